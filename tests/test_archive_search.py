"""Chinese full-text search, facets, filters and the registry, on both backends (fixtures in conftest.py)."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import opencc
import pytest
from hypothesis import given
from hypothesis import strategies as st

from baoku.archive import QueryError
from baoku.archive import docvalues as DV
from baoku.archive import search as S


def test_bigram_tokens():
    assert S.tokens("老街改造，港") == (["老街", "街改", "改造", "港"], ["老", "街", "改", "造", "港"])
    assert S.term_tokens("國務院") == ["国务", "务院"]
    assert S.term_tokens("GDP增长10%") == ["gdp", "增长", "10"]
    assert S.term_tokens("3×4米·café") == ["3", "4", "米", "café"]       # a sign inside a word splits it, as FTS5 does


def test_simplify_skips_opencc_only_when_it_changes_nothing():
    """The fast path is exact: every dictionary entry that holds none of ``changing()`` converts to itself, so a
    text without those characters is its own conversion; texts with them go through OpenCC as before."""
    conv = S._converter()
    folder = Path(opencc.__file__).parent / "dictionary"
    for name in S.T2S_DICTS:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            key = line.partition("\t")[0]
            if S.changing().isdisjoint(key):
                assert conv.convert(key) == key, key
    assert S.simplify("國務院關於青川港") == "国务院关于青川港"
    assert S.simplify("青川港，ＡＢＣ１２３") == "青川港,ABC123"           # NFKC still applied


@given(st.text(alphabet=st.sampled_from("青川市老街改造港會議國務院關於週啟明麼么乾隆乾坤，。ＡＢ１2 \n"), max_size=40))
def test_simplify_same_as_opencc(text):
    assert S.simplify(text) == S._converter().convert(unicodedata.normalize("NFKC", text))


def test_parse_syntax():
    n = S.parse('老街 "青川 港" OR -码头')
    assert S.to_fts5(S.parse('老街 改造')) == '(("老街" AND "改造"))'
    assert S.to_fts5(S.parse('"老街改造" OR 港')) == '("老街 街改 改造" OR "港")'
    assert S.to_fts5(S.parse('老街 -码头')) == '(("老街") NOT "码头")'
    assert S.to_tsquery(S.parse('老街 NOT 码头')) == "(('老街') & !('码头'))"
    assert n is not None
    with pytest.raises(QueryError):
        S.to_fts5(S.parse("-老街"))


def _brute(db, term):
    """Articles whose headline fields, body or captions contain ``term`` (simplified), by plain substring."""
    n = 0
    for aid, k, h, sub, body in db.all("SELECT id, kicker, headline, subheadline, body FROM articles"):
        caps = " ".join(t for (t,) in db.all("SELECT text FROM captions WHERE article_id = ?", (aid,)))
        text = S.simplify(" ".join(x or "" for x in (k, h, sub, body, caps)))
        n += S.simplify(term) in text
    return n


@pytest.mark.parametrize("term", ["港", "会", "老街", "调研", "周启明", "老街改造", "改造老街", "週啟明", "集装箱码头",
                                  "平城区", "10.2%"])
def test_one_term_finds_every_article_with_it(filled, term):
    """One- and two-character words as reliably as phrases: the index finds exactly the articles that contain
    the term (no more, no fewer)."""
    assert filled.search(term).total == _brute(filled, term), term


@pytest.mark.parametrize("q, n", [
    ("老街改造", 1),            # a phrase: adjacent bigrams
    ("改造老街", 0),            # the same characters out of order are not the phrase
    ("周启明 调研", 2),          # AND
    ("周启明 -老街", 1),         # NOT
    ("週啟明", 2),              # traditional characters find simplified text
    ("防汛 OR 港城联动", 2),
    ("(港城联动 OR 防汛) 会议", 1),
])
def test_search_counts(filled, q, n):
    assert filled.search(q).total == n, q


def test_ranked_and_highlighted(filled):
    res = filled.search("青川港", limit=5, mark=("<b>", "</b>"))
    assert res.total >= 2
    scores = [h["score"] for h in res.hits]
    assert scores == sorted(scores, reverse=True)
    assert "青川港" in res.hits[0]["headline"]                 # headline matches weigh more
    assert all("<b>青川港</b>" in h["snippet"] or "青川港" in (h["headline"] or "") for h in res.hits)
    assert filled.search("青川港", limit=1, offset=1).hits[0]["id"] == res.hits[1]["id"]


@pytest.mark.parametrize("q", [
    "'; DROP TABLE articles; --", '" OR 1=1 --', "老街\" OR \"x", "NEAR(老街 改造)", "head:老街", "{head body}: 老街",
    "老街*", "^老街", "老街 AND", "OR", "((((", "))) 老街", "'老街' | !码头", "老街 <-> 改造", "\x00老街", "%_\\",
    "a:b*c^d", "$$; select 1; $$", "NOT NOT 老街", "老街3×4", "÷老街·ά;", "ж҃老街",
])
def test_injection_attempts(filled, q):
    try:
        res = filled.search(q)
    except QueryError:
        res = None
    assert filled.stats()["articles"] >= 10                      # nothing was dropped
    if res is not None and "老街" in q and "NOT" not in q:
        assert res.total >= 0


def test_filters_and_facets(filled):
    res = filled.search("周启明", facets=["paper", "month", "title", "person", "event_type", "place", "page"])
    assert dict(map(tuple, res.facets["month"])) == {"2022-05": 1, "2023-06": 1}
    assert dict(map(tuple, res.facets["paper"])) == {"青川日报": 2}
    titles = dict(map(tuple, res.facets["title"]))
    assert titles["市长"] == 1 and titles["市委书记"] == 1
    assert res.facets["person"][0] == ["周启明", 2]
    assert "inspection" in dict(map(tuple, res.facets["event_type"]))
    assert filled.search("周启明", date_from="2023").total == 1
    assert filled.search("周启明", date_to="2022-12").total == 1
    assert filled.search(None, paper="平城晚报").total == 1
    assert filled.search("周启明", title="市长").total == 1
    assert filled.search("周启明", title="书记").total == 1
    assert filled.search(None, person="陈晓雨").total == 1
    assert filled.search(None, event_type="inspection").total >= 2
    assert filled.search(None, place="河西区").total >= 1
    assert filled.search(None, page=1).total == 4
    months = filled.facets(None, names=["month"])["month"]
    assert [m for m, _ in months] == ["2022-05", "2022-07", "2023-06"]
    with pytest.raises(ValueError):
        filled.search("x", colour="red")


def test_name_keys_and_title_places():
    from baoku.archive.names import body_place, name_key
    assert name_key("週啟明") == name_key("周启明") == name_key("周 启明") == "周启明"
    assert name_key("阿依•买买提") == name_key("阿依．买买提") == name_key("阿依・买买提") == "阿依·买买提"
    assert name_key("周启明") != name_key("周启名")
    assert [body_place(b) for b in ("青川市委", "中共河西区委", "青川市市场监管局", "山西省财政厅", "平城区人民政府",
                                    "省财政厅", "市委", "国家发改委", "青川港务集团", None)] == \
        ["青川市", "河西区", "青川市", "山西省", "平城区", None, None, None, None, None]


def test_registry_merges_spellings(db, records):
    """One person written two ways (traditional characters on a third page) is one entry of the registry with both
    spellings; the person filter finds the articles of either; career rows name the place of the title's body."""
    import copy
    rec = copy.deepcopy(next(r for r in records if r["date"] == "2022-05-09"))
    for a in rec["articles"]:
        for p in a["people"]:
            if p["name"] == "周启明":
                p["name"] = "週啟明"
                p["titles"] = [{"text": "青川市委书记", "body": "青川市委", "role": "书记"}]
    rec.update(source_path="/fictional/variant.md", sha256="a" * 64, date="2024-01-05")
    for r in records + [rec]:
        db.write_record(r)
    t = db.person("週啟明")
    assert t["found"] and [v["name"] for v in t["variants"]] == ["周启明", "週啟明"]
    assert t["last"] == "2024-01-05" and t["articles"] == db.person("周启明")["articles"] == 3
    assert [p["name"] for p in db.people(limit=50)].count("周启明") == 1
    top = next(p for p in db.people(limit=50) if p["name"] == "周启明")
    assert top["articles"] == 3 and {v["name"] for v in top["variants"]} == {"周启明", "週啟明"}
    assert db.search(None, person="週啟明").total == db.search(None, person="周启明").total == 3
    from baoku.archive.registry import CAREER_HEADER, career_rows
    rows = [dict(zip(CAREER_HEADER, r)) for r in career_rows(db)]
    mine = {r["title"]: r for r in rows if r["person"] == "周启明"}
    assert not any(r["person"] == "週啟明" for r in rows)
    assert mine["青川市委书记"]["place"] == "青川市" and mine["青川市委书记"]["first_date"] == "2024-01-05"
    assert mine["市委书记"]["place"] is None                      # 市委 of a paper whose place is not known


def test_registry_timeline(filled):
    t = filled.person("周启明")
    titles = [x["title"] for x in t["titles"]]
    assert titles.index("市长") < titles.index("市委书记")
    mayor = next(x for x in t["titles"] if x["title"] == "市长")
    assert mayor["first"] == mayor["last"] == "2022-05-09"
    assert mayor["evidence"][0]["headline"] == "周启明到青川港调研"
    assert (t["first"], t["last"]) == ("2022-05-09", "2023-06-03")
    assert not filled.person("无此人")["found"]
    names = [p["name"] for p in filled.people(limit=5)]
    assert names[0] == "周启明"
    evs = filled.events(type="inspection", person="周启明")
    assert evs and all(e["type"] == "inspection" for e in evs)


def test_ranked_on_the_index_alone_same_results(db, records, monkeypatch):
    """Without filters (or with the matching ids known, from the doc values) the best hits are ranked on the
    full-text index alone (with every match tied with the last of them) and only they are read; too many ties fall
    back to ranking every match in SQL. Hits, their order
    (score, then date, then id), counts and facets are the same as ranking every match in SQL, on copies of the
    pages (many equal scores) with different dates."""
    from baoku.archive import query as Q
    for k in range(6):
        for r in records:
            db.write_record(dict(r, source_path=f"/copy/{k}{r['source_path']}", sha256=f"{k:x}{r['sha256'][1:]}",
                                 date=f"2021-0{k % 3 + 1}-01"))
    cases = [("港", 5, 0, {}), ("港", 5, 3, {}), ("周启明", 7, 2, {}), ("老街改造", 3, 1, {}), ("会 OR 港", 20, 0, {}),
             ("港", 100, 0, {}), ("青川港", 1, 0, {}), ("週啟明 -老街", 4, 4, {}), ("无此词", 5, 0, {}),
             ("港", 5, 2, {"date_from": "2021-02"}), ("会", 4, 0, {"paper": "青川日报", "page": 2}),
             ("周启明", 3, 1, {"person": "周启明"}), ("港", 5, 0, {"paper": "无此报"})]
    seen = []
    real = Q._top
    monkeypatch.setattr(Q, "_top", lambda db, node, n, ids=None:
                        seen.append((real(db, node, n, ids), n)) or seen[-1][0])

    def run():
        out = [db.search(q, limit=n, offset=o, facets=["month", "person"], **f).to_json() for q, n, o, f in cases]
        for x in out:
            x.pop("seconds")
        return out
    fast = run()
    assert any(top is not None and len(top) > n for top, n in seen)             # ties read to order them
    monkeypatch.setattr(Q, "PEEK", 1)
    seen.clear()
    assert run() == fast                                                        # ties read in a second pass
    monkeypatch.setattr(Q, "TIES", 1)
    seen.clear()
    assert run() == fast
    assert any(top is None for top, _ in seen)                                  # too many ties: ranked in SQL
    monkeypatch.setattr(Q, "TOP_FIRST", 0)
    assert run() == fast
    monkeypatch.undo()
    monkeypatch.setattr(DV, "DOC_VALUES_MIN", 0)           # facets and filters in memory, filtered ranking on the index
    assert run() == fast


def test_facets_in_memory_same_as_sql(db_url, records, monkeypatch):
    """Facets counted on the doc values in memory (loaded at the first faceted search, then for the articles
    stored since, by this connection or another) are the SQL ones: values, counts, order, limit, totals."""
    from baoku import archive
    from baoku.archive import query as Q
    monkeypatch.setattr(DV, "DOC_VALUES_MIN", 0)
    db, other = archive.open(db_url), archive.open(db_url)
    real = DV.doc_values
    cases = [(None, {}), ("港", {}), ("周启明", {}), ("会 OR 港", {"date_from": "2022"}), ("调研", {"paper": "青川日报"}),
             (None, {"title": "书记"}), ("青川", {"page": 2}), ("港", {"date_to": "2022-06", "section": "文化青川·书香满城"}),
             ("会", {"date_from": "2022-07-02", "date_to": "2023", "paper": "青川日报", "page": "2"}),
             ("周启明", {"person": "周启明", "paper": "青川日报"}), ("无此词", {}), ("港", {"paper": "无此报"})]

    def run(in_memory: bool):
        monkeypatch.setattr(DV, "doc_values", real if in_memory else lambda db: None)
        out = []
        for q, filters in cases:
            for k in (1, 3, 50):
                res = db.search(q, limit=2, facets=list(Q.FACETS), facet_limit=k, **filters).to_json()
                res.pop("seconds")
                out.append(res)
        return out
    try:
        for r in records[:2]:
            other.write_record(r)
        assert run(True) == run(False)
        dv = real(db)
        assert dv.loaded(Q.FACETS) and dv is real(other)                  # one per archive, shared
        for r in records[2:]:                                             # stored since the load, by another
            other.write_record(r)
        fresh = run(False)
        assert run(True) == fresh
        assert any(x["total"] > 0 and x["facets"]["person"] for x in fresh)
        r = records[3]                                                    # a page replaced: new article ids
        assert db.write_record(dict(r, sha256="0" + r["sha256"][1:], date="2021-03-04")) == "replaced"
        assert run(True) == run(False)
        assert db.search(None, facets=["year"]).facets["year"][0] == ["2021", 1]
        r = records[0]                                                    # no date: NULL first on SQLite only
        db.write_record(dict(r, source_path="/undated.md", sha256="1" + r["sha256"][1:], date=None))
        assert run(True) == run(False)
    finally:
        db.close()
        other.close()

