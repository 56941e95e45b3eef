"""Archive speed: ingest pages/s and search latency, on SQLite and (when reachable) PostgreSQL.

    python -m bench.archive_bench [--pages 60] [--workers N] [--pg postgresql://postgres@127.0.0.1:5432/test]

The pages are the fictional example pages, copied under dated folders with a distinct editor line each (so
every copy has its own content hash and is really ingested). Nothing from ../shared is used.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from baoku import archive

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = [REPO / "examples" / "qingchuan-2023-06-03-p1.md", REPO / "examples" / "qingchuan-2023-06-03-p2.md"]
QUERIES = ["港", "老街", "周启明", "老街改造", "周启明 调研", "青川港 OR 防汛", "週啟明", "集装箱 -码头"]


def make_pages(root: Path, n: int) -> None:
    for i in range(n):
        src = EXAMPLES[i % len(EXAMPLES)]
        day = f"2023-{1 + (i // 2) % 12:02d}-{1 + (i // 24) % 28:02d}"
        d = root / day
        d.mkdir(parents=True, exist_ok=True)
        text = src.read_text(encoding="utf-8") + f"\n（本版编辑 编号{i}）\n"
        (d / f"qc-{i}-p{1 + i % 2}.md").write_text(text, encoding="utf-8")


def bench(url: str, pages: Path, workers: int | None) -> dict:
    s = archive.ingest([pages], url, paper="青川日报", workers=workers, progress=False)
    out = {"ingest_pages": s["pages_added"], "ingest_s": s["seconds"], "pages_per_s": s["pages_per_s"],
           "workers": s["workers"]}
    t0 = time.perf_counter()
    s2 = archive.ingest([pages], url, paper="青川日报", workers=workers, progress=False)
    out["reingest_unchanged_s"] = round(time.perf_counter() - t0, 3)
    assert s2["pages_added"] == 0
    db = archive.open(url)
    lat = {}
    for q in QUERIES:
        times = []
        for _ in range(20):
            t = time.perf_counter()
            db.search(q, limit=10, facets=["month"])
            times.append((time.perf_counter() - t) * 1000)
        lat[q] = round(statistics.median(times), 2)
    out["search_ms_median"] = lat
    out["articles"] = db.stats()["articles"]
    db.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--workers", type=int)
    ap.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="baoku-archive-bench-"))
    try:
        make_pages(tmp / "pages", args.pages)
        print("sqlite:", bench(f"sqlite:///{tmp / 'bench.db'}", tmp / "pages", args.workers))
        try:
            import psycopg
            conn = psycopg.connect(args.pg, autocommit=True, connect_timeout=3)
        except Exception as e:  # noqa: BLE001
            print(f"postgresql: not reachable ({e})")
            return
        schema = f"baoku_bench_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        conn.execute(f"CREATE SCHEMA {schema}")
        try:
            print("postgresql:", bench(f"{args.pg}?options=-csearch_path%3D{schema}", tmp / "pages", args.workers))
        finally:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
