"""The archive store on both backends: SQLite always, PostgreSQL on the server at 127.0.0.1:5432 (its own schema
per test run, dropped afterwards). Without a reachable server the PostgreSQL cases skip — except under CI=true,
where they fail. Other test_archive_* modules import the fixtures from here.

The pages are fictional: the examples/ and tests/fixtures/ pages and the small texts below.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

import baoku
from baoku import archive
from baoku.archive.store import migrations, page_record

REPO = Path(__file__).resolve().parent.parent
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


def test_schema_versioned(db):
    assert db.schema_version() == migrations()[-1][0]
    assert db.migrate() == []                    # opening again applies nothing
    rows = db.all("SELECT version, name FROM schema_version ORDER BY version")
    assert [tuple(r) for r in rows] == migrations()


def test_reopen_keeps_data(db_url, records):
    with archive.open(db_url) as d:
        d.write_record(records[0])
    with archive.open(db_url) as d:
        assert d.stats()["pages"] == 1


def test_ingest_page_counts(filled):
    s = filled.stats()
    assert s["pages"] == 4 and s["papers"] == 2 and s["issues"] == 3
    assert s["articles"] >= 10 and s["people"] > 5 and s["events"] > 0
    assert s["first_date"] == "2022-05-09" and s["last_date"] == "2023-06-03"
    text = filled.one("SELECT original_text FROM pages WHERE date = ? AND page_no = 1", ("2023-06-03",))[0]
    assert text == (EXAMPLES / "qingchuan-2023-06-03-p1.md").read_text(encoding="utf-8")


def test_idempotent_and_replace(db, records):
    rec = records[0]
    assert db.write_record(rec) == "added"
    n = db.stats()
    assert db.write_record(rec) == "skipped"
    assert db.stats() == n
    changed = dict(rec, sha256="0" * 64, articles=rec["articles"][:1])
    assert db.write_record(changed) == "replaced"
    s = db.stats()
    assert s["pages"] == 1 and s["articles"] == 1
    assert db.search("青川港").total == 0             # the old version's articles are gone from the index too
    assert db.search("老街").total == 1


def test_failed_write_leaves_nothing(db, records):
    bad = dict(records[0], articles=records[0]["articles"] + [{"seq": 99}])   # breaks after some inserts
    with pytest.raises(Exception):
        db.write_record(bad)
    s = db.stats()
    assert s["pages"] == 0 and s["articles"] == 0 and s["papers"] == 0
    assert db.write_record(records[0]) == "added"


def test_ingest_page_api_extracts(db):
    page = baoku.restore(PAGE_2022, date="2022-05-09", paper="青川日报", page=2)
    assert db.ingest_page(page) == "added"
    assert db.ingest_page(page) == "skipped"
    art = db.article(db.search("港城联动").hits[0]["id"])
    assert art["headline"] == "周启明到青川港调研"
    names = {p["name"]: p for p in art["people"]}
    assert "市长" in names["周启明"]["titles"]
