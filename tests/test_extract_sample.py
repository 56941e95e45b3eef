"""The real sample page (../shared/samples, read at run time; nothing of it is copied here).

Every person named right after a title chain gets that chain, every reporter of a byline is found with the
role 记者 and the paper as body, the photo credit gives a photographer, and roll-calls share their title.
Expected values are computed from the sample's own lines at run time.
"""
import os
import re
from pathlib import Path

import pytest

SAMPLE = Path(os.environ.get("BAOKU_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "samples" / \
    "datong-2022-06-p1.md"


@pytest.fixture(scope="module")
def page():
    if not SAMPLE.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the sample page {SAMPLE} is missing on CI")
        pytest.skip(f"no sample page at {SAMPLE} (../shared absent)")
    import baoku
    from baoku.extract import extract_page
    return extract_page(baoku.restore(SAMPLE, date="2022-06-17", paper="大同日报"))


def _people(page):
    return [(a, p) for a in page.articles for p in a.extras["people"]]


def test_every_reporter_found(page):
    text = SAMPLE.read_text(encoding="utf-8")
    expected = set(re.findall(r"本报讯（记者\s*([\u4e00-\u9fff]{2,4})）", text))
    assert len(expected) >= 5
    found = {p["name"] for _, p in _people(page) if "reporter" in p.get("credits", [])}
    assert found == expected
    for _, p in _people(page):
        if "reporter" in p.get("credits", []):
            t = p["titles"][0]
            assert t["role"] == "记者" and t["body"] == "大同日报"


def test_photographer_from_the_credit(page):
    from baoku.extract import page_json
    text = SAMPLE.read_text(encoding="utf-8")
    m = re.search(r"新华社记者\s*([\u4e00-\u9fff]{2,4})摄", text)
    data = page_json(page)
    names = [p["name"] for ph in data["photos"] for p in ph.get("people", [])]
    names += [p["name"] for _, p in _people(page) if "photographer" in p.get("credits", [])]
    assert names == [m.group(1)]


# a chain of titles right before a name: (省委常委、)市委书记X / 省财政厅厅长X / 市委副书记、市长X
_CJK = r"(?:(?![与和及等在])[\u4e00-\u9fff])"
_CHAIN = re.compile(r"(?:^|[，。；：\n与])((?:" + _CJK + r"{0,12}?(?:常委|书记|厅长|主任|市长|巡视员|组长|成员|主席|董事长)"
                    r"、?)+)([\u4e00-\u9fff]{2,3}?)(?=等|认真|详细|对|表示|与|为|，|见证|参加|率)")


def _expected_pairs():
    pairs = set()
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "本报讯" in line[:4]:
            line = line.split("）", 1)[-1]
        for m in _CHAIN.finditer(line):
            titles = [t for t in m.group(1).split("、") if t]
            for t in titles:
                pairs.add((m.group(2), t))
    return pairs


def test_people_paired_with_their_titles(page):
    expected = _expected_pairs()
    assert len(expected) >= 17
    got = {(p["name"], t["text"]) for _, p in _people(page) for t in p["titles"] if not t.get("credit")}
    missing = expected - got
    assert not missing, sorted(missing)


def test_roll_call_shares_the_generic_title(page):
    text = SAMPLE.read_text(encoding="utf-8")
    m = re.search(r"市领导((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})及", text)
    names = m.group(1).split("、")
    assert len(names) >= 3
    by = {}
    for _, p in _people(page):
        by.setdefault(p["name"], set()).update(t["text"] for t in p["titles"])
    for n in names:
        assert "市领导" in by[n]


def test_local_scope_resolved(page):
    bodies = {t["body"] for _, p in _people(page) for t in p["titles"] if t.get("body_as_written") == "市委"}
    assert bodies == {"大同市委"}


def test_entities_offsets_and_events(page):
    for a in page.articles:
        for e in a.extras["entities"]:
            src = a.paragraphs[e["paragraph"]].text if "paragraph" in e else getattr(a, e["field"]).text
            assert src[e["start"]:e["end"]] == e["text"]
    kinds = {ev["type"] for a in page.articles for ev in a.extras["events"]}
    assert {"visit", "inspection", "attending", "speech", "unveiling"} <= kinds
    dates = {e.get("value") for a in page.articles for e in a.extras["entities"] if e["type"] == "date"}
    assert "2022-06-16" in dates and "../2022-06-17" in dates and "2022-04-06/2022-06-15" in dates
