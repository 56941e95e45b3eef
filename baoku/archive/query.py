"""Search, filters and facets over the archive, the same SQL on both backends (only the full-text join differs).

Filters (keyword arguments): ``paper``, ``date_from``, ``date_to`` (YYYY-MM-DD, or YYYY-MM / YYYY, inclusive),
``page``, ``section``, ``person``, ``title`` (a title's text or its role, e.g. 市委书记 or 书记), ``place``,
``event_type``. Facets: ``paper``, ``year``, ``month``, ``date``, ``page``, ``section``, ``person``, ``title``,
``place``, ``org``, ``event_type``: each gives (value, number of matching articles), most frequent first
(``year``/``month``/``date`` in date order).
"""
from __future__ import annotations

import json
import time

from . import search as S

def clause(conditions: list[tuple[str, object]]) -> tuple[str, list]:
    """A WHERE clause (or "") and its parameters from (SQL with ?, value) pairs; a pair whose value is None or
    empty is left out. A tuple value fills that many placeholders (an empty one: a condition without any)."""
    sql, params = [], []
    for cond, value in conditions:
        if value is None or value == "":
            continue
        sql.append(cond)
        params.extend(value if isinstance(value, tuple) else (value,))
    return (" WHERE " + " AND ".join(sql)) if sql else "", params


FILTERS = ("paper", "date_from", "date_to", "page", "section", "person", "title", "place", "event_type")

FACETS = {
    # name: (value expression, join)
    "paper": ("p.name", "JOIN papers p ON p.id = a.paper_id"),
    "year": ("substr(a.date, 1, 4)", ""),
    "month": ("substr(a.date, 1, 7)", ""),
    "date": ("a.date", ""),
    "page": ("a.page_no", ""),
    "section": ("a.section", ""),
    "person": ("pp.name", "JOIN mentions m ON m.article_id = a.id AND m.credit = 0 "
                          "JOIN people pp ON pp.id = m.person_id"),
    "title": ("t.text", "JOIN mentions m ON m.article_id = a.id JOIN titles t ON t.id = m.title_id"),
    "place": ("e.text", "JOIN entities e ON e.article_id = a.id AND e.type = 'place'"),
    "org": ("e.text", "JOIN entities e ON e.article_id = a.id AND e.type = 'org'"),
    "event_type": ("ev.type", "JOIN events ev ON ev.article_id = a.id"),
}
DATE_ORDER = {"year", "month", "date"}


def _date_bound(d: str, end: bool) -> str:
    d = str(d)
    if len(d) == 4:
        return d + ("-12-31" if end else "-01-01")
    if len(d) == 7:
        return d + ("-31" if end else "-01")
    return d


def where(filters: dict) -> tuple[str, list]:
    """The WHERE clause on articles ``a`` and its parameters; unknown filters are an error."""
    bad = set(k for k, v in filters.items() if v is not None) - set(FILTERS)
    if bad:
        raise ValueError(f"unknown filter(s): {', '.join(sorted(bad))} (known: {', '.join(FILTERS)})")
    f = {k: v for k, v in filters.items() if v not in (None, "", [])}
    return clause([
        ("a.paper_id IN (SELECT id FROM papers WHERE name = ?)", f.get("paper")),
        ("a.date >= ?", _date_bound(f["date_from"], False) if "date_from" in f else None),
        ("a.date <= ?", _date_bound(f["date_to"], True) if "date_to" in f else None),
        ("a.page_no = ?", int(f["page"]) if "page" in f else None),
        ("a.section = ?", f.get("section")),
        ("EXISTS (SELECT 1 FROM mentions m JOIN people pp ON pp.id = m.person_id "
         "WHERE m.article_id = a.id AND pp.name = ?)", f.get("person")),
        ("EXISTS (SELECT 1 FROM mentions m JOIN titles t ON t.id = m.title_id "
         "WHERE m.article_id = a.id AND (t.text = ? OR t.role = ?))", (f["title"],) * 2 if "title" in f else None),
        ("EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.type = 'place' AND e.text = ?)",
         f.get("place")),
        ("EXISTS (SELECT 1 FROM events ev WHERE ev.article_id = a.id AND ev.type = ?)", f.get("event_type"))])


def fts_join(db, query: str | None):
    """The join that restricts articles to a query's matches and gives each a score (lower is better),
    its parameters, and the parsed query (None without a query)."""
    if not query or not query.strip():
        return "", [], None
    node = S.parse(query)
    if node is None:
        raise S.QueryError(f"nothing to search for in {query!r}")
    if db.dialect == "sqlite":
        return ("JOIN (SELECT rowid AS aid, bm25(article_fts, 5.0, 1.0) AS score FROM article_fts "
                "WHERE article_fts MATCH ?) f ON f.aid = a.id", [S.to_fts5(node)], node)
    return ("JOIN (SELECT article_id AS aid, -ts_rank_cd(fts, q) AS score FROM article_fts, "
            "to_tsquery('simple', ?) q WHERE fts @@ q) f ON f.aid = a.id", [S.to_tsquery(node)], node)


def run_search(db, query, *, limit, offset, facets, facet_limit, mark, filters):
    from .store import SearchResult
    t0 = time.perf_counter()
    join, jparams, node = fts_join(db, query)
    wsql, cparams = where(filters)
    total = db.one(f"SELECT COUNT(*) FROM articles a {join}{wsql}", jparams + cparams)[0]
    hits = []
    if limit:
        order = "f.score, a.date DESC, a.id" if node else "a.date DESC, a.page_no, a.seq"
        rows = db.all(
            f"SELECT a.id, p.name, a.date, a.page_no, a.section, a.kicker, a.headline, a.subheadline, a.body, "
            f"{'f.score' if node else '0'} FROM articles a {join} JOIN papers p ON p.id = a.paper_id{wsql} "
            f"ORDER BY {order} LIMIT ? OFFSET ?", jparams + cparams + [int(limit), int(offset)])
        terms = S.positive_terms(node)
        for aid, paper, date, page_no, section, kicker, headline, sub, body, score in rows:
            hits.append({
                "id": aid, "paper": paper, "date": date, "page": page_no, "section": section,
                "kicker": kicker, "headline": headline, "subheadline": sub,
                "headline_marked": S.snippet(headline, terms, width=200, mark=mark) if headline and terms
                else headline,
                "snippet": S.snippet(body, terms, mark=mark),
                "score": round(-float(score), 4) if node else None,
            })
    out_facets = {}
    for name in facets or ():
        if name not in FACETS:
            raise ValueError(f"unknown facet {name!r} (known: {', '.join(FACETS)})")
        expr, fjoin = FACETS[name]
        order = "v" if name in DATE_ORDER else "n DESC, v"
        rows = db.all(f"SELECT {expr} AS v, COUNT(DISTINCT a.id) AS n FROM articles a {join} {fjoin}{wsql} "
                      f"GROUP BY {expr} ORDER BY {order} LIMIT ?", jparams + cparams + [int(facet_limit)])
        out_facets[name] = [[v, n] for v, n in rows if v not in (None, "")]
    return SearchResult(query, total, hits, out_facets, time.perf_counter() - t0)


def article(db, article_id: int) -> dict | None:
    row = db.one("SELECT a.id, p.name, a.date, a.page_no, a.section, a.kicker, a.headline, a.subheadline, "
                 "a.byline, a.body, a.flags, a.confidence, pg.source_path FROM articles a "
                 "JOIN papers p ON p.id = a.paper_id JOIN pages pg ON pg.id = a.page_id WHERE a.id = ?",
                 (article_id,))
    if not row:
        return None
    keys = ("id", "paper", "date", "page", "section", "kicker", "headline", "subheadline", "byline", "body",
            "flags", "confidence", "source_path")
    out = dict(zip(keys, row))
    out["flags"] = json.loads(out["flags"])
    out["paragraphs"] = [t for (t,) in db.all("SELECT text FROM paragraphs WHERE article_id = ? ORDER BY seq",
                                               (article_id,))]
    out["people"] = people_of(db, [article_id]).get(article_id, [])
    out["events"] = [json.loads(d) for (d,) in db.all("SELECT data FROM events WHERE article_id = ? ORDER BY id",
                                                       (article_id,))]
    return out


def people_of(db, article_ids: list[int]) -> dict[int, list[dict]]:
    """People (with titles) of each article."""
    out: dict[int, dict[str, dict]] = {}
    if not article_ids:
        return {}
    marks = ",".join("?" * len(article_ids))
    for aid, name, title, credit in db.all(
            f"SELECT m.article_id, pp.name, t.text, m.credit FROM mentions m JOIN people pp ON pp.id = m.person_id "
            f"LEFT JOIN titles t ON t.id = m.title_id WHERE m.article_id IN ({marks}) ORDER BY m.id", article_ids):
        p = out.setdefault(aid, {}).setdefault(name, {"name": name, "titles": [], "credit": bool(credit)})
        if title and title not in p["titles"]:
            p["titles"].append(title)
    return {k: list(v.values()) for k, v in out.items()}
