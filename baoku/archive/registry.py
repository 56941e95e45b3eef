"""The registry of officials: each person's titles over time, with first and last dates and the articles that
are evidence, and the spellings of their name; events; archive statistics.

A person is identified by name (namesakes are merged: the registry cannot tell two 张伟 apart), compared as
``name_key`` gives it, so that the variants of one name (traditional and simplified characters, full- and
half-width forms, spaces, the kinds of middle dot in a transliterated name) are one person; each spelling is
kept and listed. Byline and photo credits (reporters, photographers) are kept but left out of the career view
unless asked for.
"""
from __future__ import annotations

import json
import os

from .names import body_place, name_key
from .query import clause

CAREER_HEADER = ("person", "title", "body", "place", "role", "first_date", "last_date", "articles", "evidence")


def _spellings(db, keys: list[str]) -> dict[str, list[dict]]:
    """The spellings of each name key with their numbers of articles, most written first."""
    out: dict[str, list[dict]] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        for key, name, n in db.all(
                f"SELECT pp.name_key, pp.name, COUNT(DISTINCT m.article_id) FROM people pp JOIN mentions m "
                f"ON m.person_id = pp.id WHERE pp.name_key IN ({','.join('?' * len(chunk))}) "
                f"GROUP BY pp.name_key, pp.name", chunk):
            out.setdefault(key, []).append({"name": name, "articles": n})
    for v in out.values():
        v.sort(key=lambda x: (-x["articles"], x["name"]))
    return out


def person_timeline(db, name: str, evidence: int = 5) -> dict:
    """A person's titles in date order of first appearance, each with first/last date, article count and up to
    ``evidence`` articles (id, date, paper, headline)."""
    key = name_key(name)
    if not db.one("SELECT 1 FROM people WHERE name_key = ?", (key,)):
        return {"name": name, "found": False, "titles": [], "articles": 0, "variants": []}
    who = "m.person_id IN (SELECT id FROM people WHERE name_key = ?)"
    out = {"name": name, "found": True, "titles": [], "variants": _spellings(db, [key]).get(key, [])}
    for tid, text, body, role, first, last, n in db.all(
            "SELECT t.id, t.text, t.body, t.role, MIN(m.date), MAX(m.date), COUNT(DISTINCT m.article_id) "
            f"FROM mentions m JOIN titles t ON t.id = m.title_id WHERE {who} "
            "GROUP BY t.id, t.text, t.body, t.role ORDER BY MIN(m.date), MAX(m.date), t.text", (key,)):
        ev = db.all("SELECT DISTINCT a.id, a.date, p.name, a.headline FROM mentions m "
                    "JOIN articles a ON a.id = m.article_id JOIN papers p ON p.id = a.paper_id "
                    f"WHERE {who} AND m.title_id = ? ORDER BY a.date, a.id LIMIT ?", (key, tid, evidence))
        out["titles"].append({"title": text, "body": body or None, "place": body_place(body), "role": role or None,
                              "first": first, "last": last, "articles": n,
                              "evidence": [{"id": a, "date": d, "paper": p, "headline": h} for a, d, p, h in ev]})
    out["articles"], out["first"], out["last"] = db.one(
        f"SELECT COUNT(DISTINCT article_id), MIN(date), MAX(date) FROM mentions m WHERE {who}", (key,))
    return out


def people(db, *, prefix: str | None = None, title: str | None = None, credits: bool = False,
           limit: int = 50) -> list[dict]:
    """People with the most articles (optionally: names starting with ``prefix``, holding ``title``), each named
    by their most written spelling, with every spelling (``variants``)."""
    prefix = name_key(prefix) if prefix else prefix
    w, params = clause([("m.credit = 0", None if credits else ()),
                        ("substr(pp.name_key, 1, ?) = ?", (len(prefix), prefix) if prefix else None),
                        ("m.title_id IN (SELECT id FROM titles WHERE text = ? OR role = ?)",
                         (title, title) if title else None)])
    rows = db.all(f"SELECT pp.name_key, COUNT(DISTINCT m.article_id), MIN(m.date), MAX(m.date) FROM mentions m "
                  f"JOIN people pp ON pp.id = m.person_id{w} GROUP BY pp.name_key "
                  f"ORDER BY COUNT(DISTINCT m.article_id) DESC, pp.name_key LIMIT ?", params + [limit])
    names = _spellings(db, [k for k, *_ in rows])
    return [{"name": names[k][0]["name"], "articles": c, "first": f, "last": l, "variants": names[k]}
            for k, c, f, l in rows]


def career_rows(db, *, credits: bool = False):
    """One row per person and title (CAREER_HEADER): the shape of career datasets. A person is named by the most
    written spelling of their name; the place is the one the title's body opens with (``body_place``)."""
    w = "" if credits else " WHERE m.credit = 0"
    for rows in db.stream(
        "SELECT pp.name_key, t.text, t.body, t.role, MIN(m.date), MAX(m.date), COUNT(DISTINCT m.article_id), "
        f"MIN(m.article_id) FROM mentions m JOIN people pp ON pp.id = m.person_id JOIN titles t ON t.id = m.title_id{w} "
        "GROUP BY pp.name_key, t.text, t.body, t.role ORDER BY pp.name_key, MIN(m.date), t.text"):
        names = _spellings(db, sorted({r[0] for r in rows}))
        for key, text, body, role, first, last, n, ev in rows:
            yield (names[key][0]["name"], text, body or None, body_place(body), role or None, first, last, n, ev)


def events(db, *, type: str | None = None, person: str | None = None, date_from: str | None = None,
           date_to: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
    w, params = clause([
        ("ev.type = ?", type),
        ("EXISTS (SELECT 1 FROM mentions m JOIN people pp ON pp.id = m.person_id "
         "WHERE m.article_id = ev.article_id AND pp.name_key = ?)", name_key(person) if person else None),
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
