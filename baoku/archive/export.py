"""Streamed exports: articles (with their people and events) matching a query and filters, or the career table
(person, title, first/last date, articles), as JSON Lines, CSV or Parquet. Rows are read in batches, so an
export of any size runs in constant memory.
"""
from __future__ import annotations

import csv
import json
import sys

from . import query as Q
from .registry import CAREER_HEADER, career_rows

ARTICLE_HEADER = ("id", "paper", "date", "page", "section", "kicker", "headline", "subheadline", "byline", "body",
                  "flags", "confidence", "people", "events", "source_path")
BATCH = 500


def article_rows(db, query: str | None = None, **filters):
    """Dicts of every article matching ``query`` and ``filters``, in date order, streamed."""
    join, jparams, _ = Q.fts_join(db, query)
    wsql, cparams = Q.where(filters)
    sql = (f"SELECT a.id, p.name, a.date, a.page_no, a.section, a.kicker, a.headline, a.subheadline, a.byline, "
           f"a.body, a.flags, a.confidence, pg.source_path FROM articles a {join} "
           f"JOIN papers p ON p.id = a.paper_id JOIN pages pg ON pg.id = a.page_id{wsql} "
           f"ORDER BY a.date, p.name, a.page_no, a.seq")
    keys = [k for k in ARTICLE_HEADER if k not in ("people", "events")]
    for batch in db.stream(sql, jparams + cparams, BATCH):
        ids = [r[0] for r in batch]
        people = Q.people_of(db, ids)
        events: dict[int, list] = {}
        marks = ",".join("?" * len(ids))
        for aid, typ, trig, date in db.all(f"SELECT article_id, type, trigger_word, date FROM events "
                                           f"WHERE article_id IN ({marks}) ORDER BY id", ids):
            events.setdefault(aid, []).append({"type": typ, "trigger": trig, "date": date})
        for r in batch:
            d = dict(zip(keys, r))
            d["flags"] = json.loads(d["flags"])
            d["people"] = people.get(d["id"], [])
            d["events"] = events.get(d["id"], [])
            yield d


def _flat(d: dict) -> dict:
    out = dict(d)
    out["flags"] = " ".join(d["flags"])
    out["people"] = "; ".join(p["name"] + (f"({'/'.join(p['titles'])})" if p["titles"] else "") for p in d["people"])
    out["events"] = "; ".join(e["type"] for e in d["events"])
    return out


def export(db, out=None, *, format: str = "jsonl", table: str = "articles", query: str | None = None,
           **filters) -> int:
    """Write the export to ``out`` (a text file object; for Parquet a path or binary file); the row count."""
    out = out or sys.stdout
    if table == "careers":
        header = CAREER_HEADER
        rows = (dict(zip(CAREER_HEADER, r)) for r in career_rows(db))
    elif table == "articles":
        header = ARTICLE_HEADER
        rows = article_rows(db, query, **filters)
    else:
        raise ValueError(f"unknown table {table!r} (articles or careers)")
    n = 0
    if format == "jsonl":
        for d in rows:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
            n += 1
    elif format == "csv":
        w = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
        w.writeheader()
        for d in rows:
            w.writerow(_flat(d) if table == "articles" else d)
            n += 1
    elif format == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        writer = None
        batch: list[dict] = []

        def flush():
            nonlocal writer
            cols = {k: [(_flat(d) if table == "articles" else d)[k] for d in batch] for k in header}
            tbl = pa.table(cols, schema=writer.schema if writer else None)
            if writer is None:
                writer = pq.ParquetWriter(out, tbl.schema)
            writer.write_table(tbl)
            batch.clear()
        for d in rows:
            batch.append(d)
            n += 1
            if len(batch) >= BATCH:
                flush()
        if batch or writer is None:
            if writer is None and not batch:
                pq.write_table(pa.table({k: pa.array([], pa.string()) for k in header}), out)
            else:
                flush()
        if writer:
            writer.close()
    else:
        raise ValueError(f"unknown format {format!r} (jsonl, csv or parquet)")
    return n
