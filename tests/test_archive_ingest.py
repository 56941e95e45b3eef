"""Ingest (idempotent, resumable, one bad page never stops the batch) and the archive commands, on both
backends (fixtures in conftest.py). The pages are the fictional examples/."""
from __future__ import annotations

import csv
import io
import json
import shutil
from contextlib import redirect_stdout

import pytest

from baoku import archive
from baoku.archive.ingest import date_from_path, find_files, ingest, page_from_path
from baoku.cli import main
from conftest import EXAMPLES


@pytest.fixture
def pages_dir(tmp_path):
    d = tmp_path / "pages" / "2023-06-03"
    d.mkdir(parents=True)
    shutil.copy(EXAMPLES / "qingchuan-2023-06-03-p1.md", d / "qc-p1.md")
    shutil.copy(EXAMPLES / "qingchuan-2023-06-03-p2.md", d / "qc-p2.md")
    shutil.copy(EXAMPLES / "qinghe-2023-06-03.pdf", tmp_path / "pages" / "qinghe-20230604.pdf")
    return tmp_path / "pages"


def run(*argv) -> tuple[int, str]:
    buf = io.StringIO()
    with redirect_stdout(buf):
        rc = main([str(a) for a in argv])
    return rc, buf.getvalue()


def test_paths_dates_pages(tmp_path):
    assert date_from_path("/x/2023-06-03/p1.md") == "2023-06-03"
    assert date_from_path("/x/2022/05/09/a.md") == "2022-05-09"
    assert date_from_path("/x/rmrb20230604-p2.md") == "2023-06-04"
    assert date_from_path("/x/no-date.md") is None
    assert date_from_path("/x/2023-13-40.md") is None
    assert date_from_path("/x/qc_03.06.2023.md", r"(?P<d>\d\d)\.(?P<m>\d\d)\.(?P<y>\d{4})") == "2023-06-03"
    assert page_from_path("/x/qc-p12.md") == 12 and page_from_path("/x/第3版.md") == 3
    assert page_from_path("/x/report.md") is None
    (tmp_path / "a").mkdir()
    for n in ("a/x.md", "a/y.txt", "a/z.json", "b.md"):
        (tmp_path / n).write_text("x", encoding="utf-8")
    got = [p.name for p in find_files([tmp_path / "a", str(tmp_path / "*.md"), tmp_path / "b.md"])]
    assert got == ["x.md", "y.txt", "b.md"]


def test_ingest_cli_idempotent(db_url, pages_dir, tmp_path):
    rc, out = run("ingest", pages_dir, "--db", db_url, "--paper", "青川日报", "--workers", "2", "--json")
    s = json.loads(out)
    assert rc == 0 and s["files"] == 3 and s["pages_added"] == 4 and s["errors"] == 0   # the PDF has 2 pages
    rc, out = run("ingest", pages_dir, "--db", db_url, "--paper", "青川日报", "--json")
    s = json.loads(out)
    assert rc == 0 and s["files_unchanged"] == 3 and s["pages_added"] == 0
    with archive.open(db_url) as db:
        st = db.stats()
        assert st["pages"] == 4 and st["issues"] == 2
        dates = dict(db.all("SELECT page_no, date FROM pages WHERE format = 'md'"))
        assert dates == {1: "2023-06-03", 2: "2023-06-03"}
        assert db.one("SELECT date FROM pages WHERE format = 'pdf' AND file_index = 0")[0] == "2023-06-04"
    # changed content replaces the old version
    p1 = pages_dir / "2023-06-03" / "qc-p1.md"
    p1.write_text(p1.read_text(encoding="utf-8").replace("老街", "古街"), encoding="utf-8")
    rc, out = run("ingest", pages_dir, "--db", db_url, "--paper", "青川日报", "--json")
    s = json.loads(out)
    assert s["pages_replaced"] == 1 and s["files_unchanged"] == 2
    with archive.open(db_url) as db:
        assert db.stats()["pages"] == 4
        assert db.search("古街").total == 1 and db.search("老街改造").total == 0


def test_bad_page_does_not_stop_batch(db_url, pages_dir, tmp_path):
    (pages_dir / "empty.md").write_text("", encoding="utf-8")
    (pages_dir / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    log = tmp_path / "errors.log"
    rc, out = run("ingest", pages_dir, "--db", db_url, "--workers", "1", "--error-log", log, "--json")
    s = json.loads(out)
    assert rc == 1 and s["errors"] == 2 and s["pages_added"] == 4
    assert "empty.md" in log.read_text(encoding="utf-8") and "broken.pdf" in log.read_text(encoding="utf-8")
    with archive.open(db_url) as db:
        assert db.stats()["ingest_errors"] == 2


@pytest.mark.parametrize("batch_pages", [1, 50])
def test_resume_after_kill(db_url, pages_dir, monkeypatch, batch_pages):
    """Killed in the middle of a batch (here: after the third page's rows were inserted, before its commit), a
    re-run finishes the batch with no duplicates and nothing lost. One page per transaction: the two pages
    before are kept; pages stored in batches: the uncommitted batch is lost whole, and stored by the re-run."""
    clean_url = db_url
    real = archive.Archive._write
    calls = {"n": 0}

    def dying(self, rec):
        real(self, rec)
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt            # as if the process were killed mid-page
    monkeypatch.setattr(archive.Archive, "_write", dying)
    with pytest.raises(KeyboardInterrupt):
        ingest([pages_dir], clean_url, workers=1, progress=False, batch_pages=batch_pages, batch_seconds=60)
    monkeypatch.setattr(archive.Archive, "_write", real)
    with archive.open(clean_url) as db:
        kept = db.stats()["pages"]
        assert kept == (2 if batch_pages == 1 else 0)          # 3 files, 4 pages: all in one batch of 50
        assert db.stats()["articles"] == db.one("SELECT COUNT(*) FROM article_fts")[0]
    s = ingest([pages_dir], clean_url, workers=1, progress=False)
    assert s["pages_added"] == 4 - kept and s["errors"] == 0
    with archive.open(clean_url) as db:
        st = db.stats()
        assert st["pages"] == 4
        assert db.one("SELECT COUNT(*) FROM (SELECT source_path, file_index FROM pages "
                      "GROUP BY source_path, file_index HAVING COUNT(*) > 1) d")[0] == 0
        n_art = st["articles"]
    s = ingest([pages_dir], clean_url, workers=1, progress=False)
    with archive.open(clean_url) as db:
        assert db.stats()["articles"] == n_art


def test_archive_commands(db_url, pages_dir, tmp_path):
    assert run("ingest", pages_dir, "--db", db_url, "--paper", "青川日报", "--workers", "1")[0] == 0
    rc, out = run("search", "週啟明", "--db", db_url, "--json", "--facet", "month", "--facet", "title")
    res = json.loads(out)
    assert rc == 0 and res["total"] == 1 and res["facets"]["month"] == [["2023-06", 1]]
    assert "[周启明]" in res["hits"][0]["snippet"]
    rc, out = run("search", "港", "--db", db_url, "--from", "2023-06-04", "--limit", "1")
    assert rc == 0 and out.splitlines()[0].endswith(")")
    assert run("search", "NOT 港", "--db", db_url)[0] == 2            # nothing to find: a usage error
    rc, out = run("people", "周启明", "--db", db_url)
    assert rc == 0 and "市委书记" in out
    assert run("people", "无此人", "--db", db_url)[0] == 1
    rc, out = run("people", "--db", db_url, "--json")
    assert rc == 0 and json.loads(out)
    rc, out = run("events", "--db", db_url, "--json", "--type", "inspection")
    assert rc == 0 and all(e["type"] == "inspection" for e in json.loads(out))
    rc, out = run("stats", "--db", db_url, "--json")
    assert json.loads(out)["pages"] == 4
    rc, out = run("export", "--db", db_url, "--format", "jsonl", "--query", "老街", "--to", "2023-06-03")
    rows = [json.loads(x) for x in out.splitlines()]
    assert rc == 0 and len(rows) == 1 and rows[0]["people"][0]["name"] == "周启明"
    rc, out = run("export", "--db", db_url, "--format", "csv", "--paper", "青川日报", "--to", "2023-06-03")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rc == 0 and rows and all(r["date"] == "2023-06-03" for r in rows)
    out_csv = tmp_path / "careers.csv"
    assert run("export", "--db", db_url, "--format", "csv", "--table", "careers", "-o", out_csv)[0] == 0
    careers = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert {"person": "周启明", "title": "市委书记"}.items() <= careers[[r["person"] for r in careers].index("周启明")].items()
    pq = pytest.importorskip("pyarrow.parquet")
    out_pq = tmp_path / "a.parquet"
    assert run("export", "--db", db_url, "--format", "parquet", "-o", out_pq)[0] == 0
    with archive.open(db_url) as db:
        assert pq.read_table(out_pq).num_rows == db.stats()["articles"]


def test_sigkill_then_rerun(db_url, tmp_path):
    """A real kill (SIGKILL of the ingest process while it writes), then a re-run: every page once, none lost."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from bench.archive_bench import make_pages
    make_pages(tmp_path / "many", 120)            # pages are stored 50 to a transaction: kill after the first
    cmd = [sys.executable, "-m", "baoku.cli", "ingest", str(tmp_path / "many"), "--db", db_url, "--workers", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    killed = False
    try:
        deadline = time.time() + 60
        while time.time() < deadline and proc.poll() is None:
            try:
                with archive.open(db_url) as db:
                    n = db.stats()["pages"]
            except Exception:  # noqa: BLE001 - the schema may not be there yet
                n = 0
            if n >= 3:
                os.killpg(proc.pid, signal.SIGKILL)
                killed = True
                break
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    with archive.open(db_url) as db:
        before = db.stats()["pages"]
    assert killed and before < 120
    s = ingest([tmp_path / "many"], db_url, workers=1, progress=False)
    assert s["errors"] == 0 and s["files_unchanged"] == before
    with archive.open(db_url) as db:
        st = db.stats()
        assert st["pages"] == 120
        assert db.one("SELECT COUNT(*) FROM articles")[0] == db.one(
            "SELECT COUNT(*) FROM (SELECT DISTINCT page_id, seq FROM articles) d")[0]
        assert db.search("老街改造").total == 60                   # every p1 copy once
