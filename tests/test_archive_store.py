"""The archive store on both backends: SQLite always, PostgreSQL on the server at 127.0.0.1:5432 (its own schema
per test run, dropped afterwards). Without a reachable server the PostgreSQL cases skip — except under CI=true,
where they fail. The fixtures (db_url, db, records, filled) are in conftest.py.

The pages are fictional: the examples/ and tests/fixtures/ pages and the small texts of conftest.py.
"""
from __future__ import annotations

import pytest

import baoku
from baoku import archive
from baoku.archive.store import migrations
from conftest import EXAMPLES, PAGE_2022

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


def test_replaced_within_one_batch(db, records):
    """A page stored and replaced in the same batch (its full-text rows are indexed at the commit): only the new
    version is found, and the index is that of storing the new version alone."""
    rec = records[0]
    changed = dict(rec, sha256="0" * 64, articles=rec["articles"][:1])
    assert db.write_records([rec, records[1], changed]) == ["added", "added", "replaced"]
    assert db.stats()["articles"] == 1 + len(records[1]["articles"])
    ids = sorted(aid for (aid,) in db.all("SELECT id FROM articles"))
    fts = "SELECT rowid FROM article_fts" if db.dialect == "sqlite" else "SELECT article_id FROM article_fts"
    assert sorted(aid for (aid,) in db.all(fts)) == ids
    if db.dialect == "sqlite":
        assert db.one("SELECT COUNT(*) FROM article_impacts")[0] == len(ids)


def test_name_keys_written_by_the_migration(db_url, records):
    """An archive stored before the name keys (migration 006) gets them, for every person, when it is opened."""
    db = archive.open(db_url)
    db.write_records(records)
    want = db.all("SELECT name, name_key FROM people ORDER BY name")
    assert want and all(key for _, key in want)
    with db.tx():
        db.execute("DROP INDEX people_by_key")
        db.execute("ALTER TABLE people DROP COLUMN name_key")
        db.execute("DELETE FROM schema_version WHERE version >= 6")
    db.close()
    db = archive.open(db_url)
    assert db.all("SELECT name, name_key FROM people ORDER BY name") == want
    assert db.person("週啟明")["found"]
    db.close()


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


def test_write_records_one_bad_page(db, records):
    """Pages stored in one transaction; when one fails, one per transaction: only the bad page is left out."""
    bad = dict(records[1], articles=records[1]["articles"] + [{"seq": 99}])    # breaks after some inserts
    out = db.write_records([records[0], bad, records[2]])
    assert out[0] == "added" and isinstance(out[1], Exception) and out[2] == "added"
    s = db.stats()
    assert s["pages"] == 2
    assert s["articles"] == len(records[0]["articles"]) + len(records[2]["articles"])
    assert db.one("SELECT COUNT(*) FROM article_fts")[0] == s["articles"]
    assert db.write_records([records[0], records[1]]) == ["skipped", "added"]
