"""The registry of officials: each person's titles over time, with first and last dates and the articles that
are evidence; events; archive statistics.

A person is identified by name (namesakes are merged: the registry cannot tell two 张伟 apart). Byline and
photo credits (reporters, photographers) are kept but left out of the career view unless asked for.
"""
from __future__ import annotations

import json
import os

from .query import clause

CAREER_HEADER = ("person", "title", "body", "role", "first_date", "last_date", "articles", "evidence")


def person_timeline(db, name: str, evidence: int = 5) -> dict:
    """A person's titles in date order of first appearance, each with first/last date, article count and up to
    ``evidence`` articles (id, date, paper, headline)."""
    row = db.one("SELECT id FROM people WHERE name = ?", (name,))
    if not row:
        return {"name": name, "found": False, "titles": [], "articles": 0}
    pid = row[0]
    out = {"name": name, "found": True, "titles": []}
    for tid, text, body, role, first, last, n in db.all(
            "SELECT t.id, t.text, t.body, t.role, MIN(m.date), MAX(m.date), COUNT(DISTINCT m.article_id) "
            "FROM mentions m JOIN titles t ON t.id = m.title_id WHERE m.person_id = ? "
            "GROUP BY t.id, t.text, t.body, t.role ORDER BY MIN(m.date), MAX(m.date), t.text", (pid,)):
        ev = db.all("SELECT DISTINCT a.id, a.date, p.name, a.headline FROM mentions m "
                    "JOIN articles a ON a.id = m.article_id JOIN papers p ON p.id = a.paper_id "
                    "WHERE m.person_id = ? AND m.title_id = ? ORDER BY a.date, a.id LIMIT ?", (pid, tid, evidence))
        out["titles"].append({"title": text, "body": body or None, "role": role or None, "first": first,
                              "last": last, "articles": n,
                              "evidence": [{"id": a, "date": d, "paper": p, "headline": h} for a, d, p, h in ev]})
    out["articles"] = db.one("SELECT COUNT(DISTINCT article_id) FROM mentions WHERE person_id = ?", (pid,))[0]
    first_last = db.one("SELECT MIN(date), MAX(date) FROM mentions WHERE person_id = ?", (pid,))
    out["first"], out["last"] = first_last
    return out


def people(db, *, prefix: str | None = None, title: str | None = None, credits: bool = False,
           limit: int = 50) -> list[dict]:
    """People with the most articles (optionally: names starting with ``prefix``, holding ``title``)."""
    w, params = clause([("m.credit = 0", None if credits else ()),
                        ("substr(pp.name, 1, ?) = ?", (len(prefix), prefix) if prefix else None),
                        ("m.title_id IN (SELECT id FROM titles WHERE text = ? OR role = ?)",
                         (title, title) if title else None)])
    rows = db.all(f"SELECT pp.name, COUNT(DISTINCT m.article_id), MIN(m.date), MAX(m.date) FROM mentions m "
                  f"JOIN people pp ON pp.id = m.person_id{w} GROUP BY pp.name "
                  f"ORDER BY COUNT(DISTINCT m.article_id) DESC, pp.name LIMIT ?", params + [limit])
    return [{"name": n, "articles": c, "first": f, "last": l} for n, c, f, l in rows]


def career_rows(db, *, credits: bool = False):
    """One row per person and title (CAREER_HEADER): the shape of career datasets."""
    w = "" if credits else " WHERE m.credit = 0"
    for rows in db.stream(
        "SELECT pp.name, t.text, t.body, t.role, MIN(m.date), MAX(m.date), COUNT(DISTINCT m.article_id), "
        f"MIN(m.article_id) FROM mentions m JOIN people pp ON pp.id = m.person_id JOIN titles t ON t.id = m.title_id{w} "
        "GROUP BY pp.name, t.text, t.body, t.role ORDER BY pp.name, MIN(m.date), t.text"):
        for name, text, body, role, first, last, n, ev in rows:
            yield (name, text, body or None, role or None, first, last, n, ev)


def events(db, *, type: str | None = None, person: str | None = None, date_from: str | None = None,
           date_to: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
    w, params = clause([
        ("ev.type = ?", type),
        ("EXISTS (SELECT 1 FROM mentions m JOIN people pp ON pp.id = m.person_id "
         "WHERE m.article_id = ev.article_id AND pp.name = ?)", person),
        ("ev.date >= ?", date_from),
        ("ev.date <= ?", date_to)])
    rows = db.all(f"SELECT ev.id, ev.type, ev.trigger_word, ev.date, ev.actors, ev.places, a.id, a.headline, p.name "
                  f"FROM events ev JOIN articles a ON a.id = ev.article_id JOIN papers p ON p.id = a.paper_id{w} "
                  f"ORDER BY ev.date, ev.id LIMIT ? OFFSET ?", params + [limit, offset])
    return [{"id": i, "type": t, "trigger": tr, "date": d, "actors": json.loads(ac), "places": json.loads(pl),
             "article": aid, "headline": h, "paper": pn} for i, t, tr, d, ac, pl, aid, h, pn in rows]


def stats(db) -> dict:
    out = {"backend": db.dialect, "schema_version": db.schema_version()}
    for t in ("papers", "issues", "pages", "articles", "paragraphs", "captions", "people", "titles", "mentions",
              "events", "entities", "ingest_errors"):
        out[t] = db.one(f"SELECT COUNT(*) FROM {t}")[0]
    out["first_date"], out["last_date"] = db.one("SELECT MIN(date), MAX(date) FROM articles")
    out["by_paper"] = [[n, c] for n, c in db.all(
        "SELECT p.name, COUNT(*) FROM pages pg JOIN papers p ON p.id = pg.paper_id GROUP BY p.name ORDER BY p.name")]
    if db.dialect == "sqlite" and db.path and os.path.exists(db.path):
        out["bytes"] = sum(os.path.getsize(p) for p in (db.path, db.path + "-wal") if os.path.exists(p))
    return out
