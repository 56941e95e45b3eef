"""Shared helpers for the tests: the fictional fixture pages, running the pipeline up to a stage, and the
text conventions that spans are checked against.

Every page under tests/fixtures/ is fictional (青川市 and its people do not exist); nothing here comes from
../shared, which tests read only at run time (tests/test_samples.py).
"""
from __future__ import annotations

import os
import re
import sys
import uuid
from pathlib import Path

import pytest
from hypothesis import settings

import baoku
from baoku import archive
from baoku.archive.store import page_record
from baoku.model import Page, Source
from baoku.normalize import normalize
from baoku.pipeline import TEXT_STAGES

# CI runs the property tests on a fixed sequence of examples (a failure there is reproducible); elsewhere
# every run draws new ones and may find new bugs.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
FIXTURES = TESTS / "fixtures"
QC_MD = FIXTURES / "qingchuan-2023-06-03-p2.md"
QC_UNMARKED = FIXTURES / "qingchuan-2023-06-03-p2-unmarked.md"     # the same markdown with no '#' marks
QC_LINES = FIXTURES / "qingchuan-2023-06-03-p2-lines.txt"
QC_DATE = "2023-06-03"
FIXTURE_PAGES = {"md": QC_MD, "unmarked": QC_UNMARKED, "lines": QC_LINES}

sys.path.insert(0, str(FIXTURES))
from make_lines import wrap  # noqa: E402  (the fixture's own line wrapper, reused for small line dumps)

ARTICLE_KEYS = ("id", "section", "kicker", "headline", "subheadline", "byline", "paragraphs", "paragraph_spans",
                "captions", "flags", "jump", "confidence")


def run_stages(text: str, until: str) -> Page:
    """Run the text pipeline on ``text`` up to and including the stage function named ``until``."""
    names = [s.__name__ for s in TEXT_STAGES]
    assert until in names, f"no stage {until!r} in {names}"
    page = Page(source=Source(text=text))
    for stage in TEXT_STAGES[:names.index(until) + 1]:
        page = stage(page)
    return page


def normalized(text: str) -> str:
    """``text`` as the normalizer gives it (radicals mapped, justification spaces dropped, LF line ends)."""
    return normalize(Page(source=Source(text=text))).norm


_MARKUP = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*")


def slice_text(source: str, spans) -> str:
    """What a list of source spans reads as: each slice normalized and stripped of heading marks, joined
    with nothing between them (the convention for fragments joined across lines and column breaks)."""
    return "".join(_MARKUP.sub("", normalized(source[s:e])).strip() for s, e in spans)


def lines_dump(paragraphs: list[str], column: int = 14) -> str:
    """A line-per-visual-line dump of body paragraphs: first lines indented (two em short), last lines short."""
    out: list[str] = []
    for p in paragraphs:
        out += wrap(p, column - 2, column)
    return "\n".join(out) + "\n"


@pytest.fixture(scope="session")
def qc_pages() -> dict[str, dict]:
    """The fictional page 2 of 青川日报, 2023-06-03, restored from each of its dumps (JSON, with decisions)."""
    return {fmt: baoku.restore(path, date=QC_DATE, paper="青川日报", page=2).to_json(explain=True)
            for fmt, path in FIXTURE_PAGES.items()}


def by_headline(page_json: dict, headline: str) -> dict:
    """The article with this headline; fails with the headlines found when there is none."""
    for a in page_json["articles"]:
        if a["headline"] == headline:
            return a
    pytest.fail(f"no article headed {headline!r}; headlines: {[a['headline'] for a in page_json['articles']]}")


# ---- archives on both backends (SQLite always; PostgreSQL at 127.0.0.1:5432, own schema per test) ----

EXAMPLES = REPO / "examples"
PG_URL = os.environ.get("BAOKU_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")

# Two fictional small pages a year apart: 周启明 as 市长 in 2022, as 市委书记 (examples p1) in 2023.
PAGE_2022 = """# 周启明到青川港调研

本报讯（记者 林小舟）5月8日，市委副书记、市长周启明到青川港调研集装箱码头建设。副市长陈晓雨参加。

他强调，要加快推进港口建设，港城联动。
"""
PAGE_2022_B = """# 平城区召开防汛工作会议

本报讯（记者 林小舟）7月1日，平城区召开防汛工作会议，部署汛期安全工作。

会议要求，各街道要落实值班制度，确保群众安全度汛。
"""


def _pg_connect():
    import psycopg
    try:
        return psycopg.connect(PG_URL, autocommit=True, connect_timeout=3)
    except Exception as e:  # noqa: BLE001
        msg = f"PostgreSQL not reachable at {PG_URL}: {type(e).__name__}: {e}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg + " (CI=true: the PostgreSQL tests must run)")
        pytest.skip(msg)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty archive URL on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'archive.db'}"
        return
    conn = _pg_connect()
    schema = f"baoku_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")
        conn.close()


@pytest.fixture
def db(db_url):
    d = archive.open(db_url)
    yield d
    d.close()


@pytest.fixture(scope="session")
def records():
    """Page records of the fictional pages (restored and extracted once)."""
    out = []
    for name, page_no in (("qingchuan-2023-06-03-p1.md", 1), ("qingchuan-2023-06-03-p2.md", 2)):
        out.append(page_record(baoku.restore(EXAMPLES / name, date="2023-06-03", paper="青川日报", page=page_no)))
    for i, (text, date, paper) in enumerate(((PAGE_2022, "2022-05-09", "青川日报"),
                                             (PAGE_2022_B, "2022-07-02", "平城晚报"))):
        out.append(page_record(baoku.restore(text, date=date, paper=paper, page=2), path=f"/fictional/{i}.md"))
    return out


@pytest.fixture
def filled(db, records):
    for r in records:
        assert db.write_record(r) == "added"
    return db


# ---- pages laid out by ../shared/tools/pagegen --------------------------------------------------------------
HELD_OUT_SETS = {"check"}      # the bench's sets kept for final checks are not read by tests


@pytest.fixture(scope="session")
def pagegen_pages(tmp_path_factory) -> list[Path]:
    """Page folders (page.pdf, the dumps, gold.json) that pagegen laid out: the bench's cached sets (but the
    held-out check set); without a cache, under CI=true with ../shared present, four pages laid out here;
    else the test skips."""
    import subprocess
    from bench import pages as P
    root = P.cache_dir() / "pages"
    found = sorted(d for d in root.glob("*/*") if d.parent.name not in HELD_OUT_SETS
                   and (d / "page.pdf").is_file() and (d / "gold.json").is_file()) if root.is_dir() else []
    if found:
        return found
    if os.environ.get("CI") == "true" and P.have_shared():
        out = tmp_path_factory.mktemp("pagegen")
        cmd = [sys.executable, str(P.pagegen_path()), "--articles", str(P.corpus_path()), "--out", str(out),
               "--pages", "4", "--seed", "11"]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"pagegen failed: {done.stderr[-500:]}"
        return sorted(d for d in out.iterdir() if (d / "page.pdf").is_file())
    pytest.skip(f"no pagegen pages cached under {root} (python -m bench.pages --set dev lays them out)")
