"""Read helpers the web reader needs on top of the archive's public API (``Archive.one/all/stream`` and the
documented tables): pages with their stored JSON, an article joined with its page JSON, a person's records.
Nothing here writes.
"""
from __future__ import annotations

import csv
import io
import json

from ..archive.export import ARTICLE_HEADER, article_rows
from ..archive.names import name_key
from ..archive.query import clause

PERSON_RECORD_HEADER = ("person", "date", "paper", "page", "article", "headline", "title", "body", "role", "credit")
LOW_CONFIDENCE = 0.9


def page_row(db, page_id: int) -> dict | None:
    """A stored page: paper, date, number, source, the original text and its page JSON, and its articles' ids."""
    row = db.one("SELECT pg.id, p.name, pg.date, pg.page_no, pg.source_path, pg.format, pg.encoding, "
                 "pg.original_text, pg.page_json FROM pages pg JOIN papers p ON p.id = pg.paper_id WHERE pg.id = ?",
                 (page_id,))
    if not row:
        return None
    keys = ("id", "paper", "date", "page", "source_path", "format", "encoding", "original_text", "page_json")
    out = dict(zip(keys, row))
    out["page_json"] = json.loads(out["page_json"])
    out["article_ids"] = {k: i for i, k in db.all("SELECT id, article_key FROM articles WHERE page_id = ?",
                                                     (page_id,))}
    return out


def page_source(db, page_id: int, data: bool = False) -> dict | None:
    """A PDF page's stored source (migration 002): media_type, width and height in points, ``sha256`` of its
    file and ``file_index`` (which identify the content), and with ``data`` the one-page PDF's bytes."""
    row = db.one(f"SELECT s.media_type, s.width, s.height, pg.sha256, pg.file_index{', s.data' if data else ''} "
                 "FROM page_sources s JOIN pages pg ON pg.id = s.page_id WHERE s.page_id = ?", (page_id,))
    if not row:
        return None
    out = dict(zip(("media_type", "width", "height", "sha256", "file_index", "data"), row))
    if data:
        out["data"] = bytes(out["data"])
    return out


def pages(db, *, paper: str | None = None, date: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    w, params = clause([("p.name = ?", paper), ("pg.date = ?", date)])
    total = db.one(f"SELECT COUNT(*) FROM pages pg JOIN papers p ON p.id = pg.paper_id{w}", params)[0]
    rows = db.all(f"SELECT pg.id, p.name, pg.date, pg.page_no, pg.format, "
                  f"(SELECT COUNT(*) FROM articles a WHERE a.page_id = pg.id) FROM pages pg "
                  f"JOIN papers p ON p.id = pg.paper_id{w} ORDER BY pg.date DESC, p.name, pg.page_no, pg.id "
                  f"LIMIT ? OFFSET ?", params + [limit, offset])
    return {"total": total, "limit": limit, "offset": offset,
            "pages": [{"id": i, "paper": n, "date": d, "page": no, "format": f, "articles": c}
                      for i, n, d, no, f, c in rows]}


def article_full(db, article_id: int) -> dict | None:
    """``Archive.article`` plus the article's page id, its key in the page JSON and that JSON's article
    (entities with offsets, people with mentions, events, spans, captions, byline)."""
    a = db.article(article_id)
    if a is None:
        return None
    page_id, key = db.one("SELECT page_id, article_key FROM articles WHERE id = ?", (article_id,))
    pj = json.loads(db.one("SELECT page_json FROM pages WHERE id = ?", (page_id,))[0])
    a["page_id"] = page_id
    a["key"] = key
    a["page_article"] = next((x for x in pj.get("articles", []) if x.get("id") == key), None)
    return a


def person_records(db, name: str):
    """One dict per article and title (or no title) naming a person, in date order."""
    for batch in db.stream(
            "SELECT pp.name, a.date, p.name, a.page_no, a.id, a.headline, t.text, t.body, t.role, m.credit "
            "FROM mentions m JOIN people pp ON pp.id = m.person_id JOIN articles a ON a.id = m.article_id "
            "JOIN papers p ON p.id = a.paper_id LEFT JOIN titles t ON t.id = m.title_id WHERE pp.name_key = ? "
            "ORDER BY a.date, a.id, m.id", (name_key(name),)):
        for r in batch:
            d = dict(zip(PERSON_RECORD_HEADER, r))
            d["body"] = d["body"] or None
            d["role"] = d["role"] or None
            d["credit"] = bool(d["credit"])
            yield d


def decisions(page: dict) -> dict[str, list[str]]:
    """Each article's restore decisions (joins, crossheads, reattachments, …), by article key: the archive
    keeps the page JSON without them, so a text page is restored again from its stored original text (a PDF
    page is not: its layout is not stored). Only articles whose headline is unchanged get them; {} on any
    failure."""
    if page.get("format") == "pdf" or not page.get("original_text"):
        return {}
    try:
        from .. import restore
        again = restore(page["original_text"], date=page.get("date") or None, paper=page.get("paper"),
                        page=page.get("page")).to_json(explain=True)
    except Exception:  # noqa: BLE001 - the decisions are an extra; the page is shown without them
        return {}
    stored = {a["id"]: a.get("headline") for a in page["page_json"].get("articles", [])}
    return {a["id"]: a.get("decisions") or [] for a in again.get("articles", [])
            if a["id"] in stored and stored[a["id"]] == a.get("headline")}


def _flat(d: dict) -> dict:
    out = dict(d)
    if isinstance(d.get("flags"), list):
        out["flags"] = " ".join(d["flags"])
    if isinstance(d.get("people"), list):
        out["people"] = "; ".join(p["name"] + (f"({'/'.join(p['titles'])})" if p["titles"] else "")
                                  for p in d["people"])
    if isinstance(d.get("events"), list):
        out["events"] = "; ".join(e["type"] for e in d["events"])
    return out


def stream_rows(rows, header, fmt: str):
    """Encode dict rows as CSV (with a header; lists flattened) or JSON Lines, a chunk of text per batch."""
    buf = io.StringIO()
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
    n = 0
    for d in rows:
        if writer:
            writer.writerow(_flat(d))
        else:
            buf.write(json.dumps(d, ensure_ascii=False) + "\n")
        n += 1
        if n % 200 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    if buf.getvalue():
        yield buf.getvalue()


def search_rows(db, query, filters):
    return article_rows(db, query, **filters)


__all__ = ["ARTICLE_HEADER", "PERSON_RECORD_HEADER", "page_row", "page_source", "pages", "article_full", "person_records",
           "stream_rows", "search_rows"]
