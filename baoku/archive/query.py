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

import numpy as np

from . import impacts
from . import search as S
from .names import name_key

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
ARTICLE_FILTERS = FILTERS[:5]      # on an article's own values (the others: on its mentions, entities, events)

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
# facets whose value is a name unique to a row id: counted per id, and only the ids counted are named (the same
# counts, without carrying the names through the grouping): (id expression, join, table of names, name column)
BY_ID = {"person": ("m.person_id", "JOIN mentions m ON m.article_id = a.id AND m.credit = 0", "people", "name")}


def date_bound(d: str, end: bool) -> str:
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
        ("a.date >= ?", date_bound(f["date_from"], False) if "date_from" in f else None),
        ("a.date <= ?", date_bound(f["date_to"], True) if "date_to" in f else None),
        ("a.page_no = ?", int(f["page"]) if "page" in f else None),
        ("a.section = ?", f.get("section")),
        ("EXISTS (SELECT 1 FROM mentions m JOIN people pp ON pp.id = m.person_id "
         "WHERE m.article_id = a.id AND pp.name_key = ?)", name_key(f["person"]) if "person" in f else None),
        ("EXISTS (SELECT 1 FROM mentions m JOIN titles t ON t.id = m.title_id "
         "WHERE m.article_id = a.id AND (t.text = ? OR t.role = ?))", (f["title"],) * 2 if "title" in f else None),
        ("EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.type = 'place' AND e.text = ?)",
         f.get("place")),
        ("EXISTS (SELECT 1 FROM events ev WHERE ev.article_id = a.id AND ev.type = ?)", f.get("event_type"))])


def fts_matches(db, node, ids=None) -> tuple[str, list]:
    """A query on the full-text index alone: the matching articles (``aid``) with their score (``score``, lower
    is better), and its parameters; with ``ids``, only the matches among those articles (the others not scored)."""
    if db.dialect == "sqlite":
        among = "" if ids is None else " AND +rowid IN (SELECT value FROM json_each(?))"    # +: a filter, not a lookup
        return ("SELECT rowid AS aid, bm25(article_fts, 5.0, 1.0) AS score FROM article_fts "
                f"WHERE article_fts MATCH ?{among}", [S.to_fts5(node)] + ([] if ids is None else [_json(ids)]))
    # float8: the score read back and compared (ties, below) is exactly the one computed (float4 is printed short)
    among = "" if ids is None else " AND article_id = ANY(?)"
    return ("SELECT article_id AS aid, -ts_rank_cd(fts, q)::float8 AS score FROM article_fts, "
            f"to_tsquery('simple', ?) q WHERE fts @@ q{among}",
            [S.to_tsquery(node)] + ([] if ids is None else [ids.tolist()]))


def _json(ids) -> str:
    """A numpy array of ids as a JSON array (for SQLite's json_each)."""
    return "[" + ",".join(map(str, ids.tolist())) + "]"


def fts_join(db, query: str | None):
    """The join that restricts articles to a query's matches and gives each a score (lower is better),
    its parameters, and the parsed query (None without a query)."""
    if not query or not query.strip():
        return "", [], None
    node = S.parse(query)
    if node is None:
        raise S.QueryError(f"nothing to search for in {query!r}")
    sql, params = fts_matches(db, node)
    return f"JOIN ({sql}) f ON f.aid = a.id", params, node


def fts_ids(db, node) -> tuple[str, list]:
    """A query on the full-text index alone giving the ids of the matching articles (``aid``), unscored."""
    if db.dialect == "sqlite":
        return "SELECT rowid AS aid FROM article_fts WHERE article_fts MATCH ?", [S.to_fts5(node)]
    return "SELECT article_id AS aid FROM article_fts WHERE fts @@ to_tsquery('simple', ?)", [S.to_tsquery(node)]


def _count_matches(db, node) -> int:
    """How many articles match (every row of the full-text index is one article: no need to look them up)."""
    if db.dialect == "sqlite":
        return db.one("SELECT COUNT(*) FROM article_fts WHERE article_fts MATCH ?", (S.to_fts5(node),))[0]
    return db.one("SELECT COUNT(*) FROM article_fts WHERE fts @@ to_tsquery('simple', ?)", (S.to_tsquery(node),))[0]


TOP_FIRST = 1000     # up to this many hits (offset + limit), a query without filters is ranked on the index alone


PEEK = 256           # matches read past the n best, so that ties with the n-th are usually read at once
TIES = 5000          # at most this many matches tied with the last of the best are read to order them by date


def _top(db, node, n: int, ids=None) -> list | None:
    """The ``n`` best-scored matches (among the articles ``ids``, when given), (id, score), ranked on the full-text
    index alone (no article is read), and every match tied with the last of them (their order is the articles'
    dates, then ids); None when there are more than ``TIES`` such ties (the caller then ranks every match in SQL)."""
    sql, params = fts_matches(db, node, ids)
    top = db.all(f"SELECT aid, score FROM ({sql}) f ORDER BY score LIMIT ?", params + [n + PEEK])
    if len(top) <= n:
        return [(aid, score) for aid, score in top]
    last = top[n - 1][1]
    if top[-1][1] > last or len(top) < n + PEEK:           # every tie with the n-th is among the rows read
        return [(aid, score) for aid, score in top if score <= last]
    top = db.all(f"SELECT aid, score FROM ({sql}) f WHERE score <= ? ORDER BY score LIMIT ?",
                 params + [last, n + TIES + 1])
    return None if len(top) > n + TIES else [(aid, score) for aid, score in top]


def _ranked_among_matches(db, node) -> bool:
    """Whether the query's best hits are found among the ids of its matches (a phrase on SQLite, see
    impacts.top_phrase), so that they are worth reading at once."""
    return db.dialect == "sqlite" and impacts.phrase_tokens(node) is not None


def _best(db, node, n: int, ids=None, matches: int | None = None, matched=None) -> list | None:
    """``_top``, from the impacts when the query is one token or one phrase (SQLite, see impacts.py): the same hits
    and scores. ``matches``: the number of articles the query matches, ``matched``: their ids, when known."""
    from .docvalues import doc_values
    one, phrase = impacts.token(node), _ranked_among_matches(db, node)
    dv = doc_values(db) if db.dialect == "sqlite" and (one or phrase) else None
    if dv is not None:
        matches = _count_matches(db, node) if matches is None else matches
        if one:
            top = impacts.top(db, node, n, matches, dv.lengths, ids)
        elif matches <= impacts.PHRASE_MIN:
            top = None
        else:
            among = ids if ids is not None else matched if matched is not None else ids_of(db, *fts_ids(db, node))
            top = impacts.top_phrase(db, node, n, matches, dv.lengths, among)
        if top is not None and len(top) <= n + TIES:
            return top
    return _top(db, node, n, ids)


# SQLite: with a full-text join, articles are read through this covering index (migration 003), which is far
# smaller than the table (no text): counts and facets over many matches read a fraction of the pages.
ARTICLES_COVER = {"sqlite": "articles a INDEXED BY articles_cover", "postgresql": "articles a"}


def run_search(db, query, *, limit, offset, facets, facet_limit, mark, filters):
    from .store import SearchResult
    t0 = time.perf_counter()
    join, jparams, node = fts_join(db, query)
    wsql, cparams = where(filters)
    arts = ARTICLES_COVER[db.dialect] if node else "articles a"
    for name in facets or ():
        if name not in FACETS:
            raise ValueError(f"unknown facet {name!r} (known: {', '.join(FACETS)})")
    from .docvalues import DOC_VALUES_MIN, doc_values
    dv = doc_values(db) if facets else None
    ids, matches = _match_ids(db, dv, node, filters, wsql, cparams) if dv is not None and dv.loaded(facets) \
        else (None, None)
    matched = None                              # the ids of every match, when read for ranking without filters
    if ids is not None:
        total = len(ids)
    elif node and not wsql and limit and _ranked_among_matches(db, node):
        matched = ids_of(db, *fts_ids(db, node))
        total = len(matched)
    elif node and not wsql:
        total = _count_matches(db, node)
    else:
        total = db.one(f"SELECT COUNT(*) FROM {arts} {join}{wsql}", jparams + cparams)[0]
    if ids is None and dv is not None and total >= DOC_VALUES_MIN:
        ids, matches = _match_ids(db, dv, node, filters, wsql, cparams)
    hits = []
    if limit:
        order = "f.score, a.date DESC, a.id" if node else "a.date DESC, a.page_no, a.seq"
        top = None
        if node and 0 < offset + limit <= TOP_FIRST and (not wsql or ids is not None):
            # the best offset + limit matches (with every match tied with the last) are ranked on the index
            # alone (with filters: among the matching ids); only they are then read and ordered as below, so the
            # order is the same
            top = _best(db, node, offset + limit, ids if wsql else None, matches if wsql else total,
                        ids if matched is None and not wsql else matched)
        hjoin, hparams = join, jparams
        if top:                                       # the ranked ids and their scores as a table
            hjoin = (f"JOIN (SELECT column1 AS aid, column2 AS score FROM (VALUES "
                     f"{','.join(['(?, ?)'] * len(top))}) v) f ON f.aid = a.id")
            hparams = [x for row in top for x in row]
        rows = [] if top == [] else db.all(
            f"SELECT a.id, p.name, a.date, a.page_no, a.section, a.kicker, a.headline, a.subheadline, a.body, "
            f"{'f.score' if node else '0'} FROM articles a {hjoin} JOIN papers p ON p.id = a.paper_id{wsql} "
            f"ORDER BY {order} LIMIT ? OFFSET ?", hparams + cparams + [int(limit), int(offset)])
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
    if ids is not None:
        return SearchResult(query, total, hits, dv.facets(db, ids, facets, int(facet_limit)),
                            time.perf_counter() - t0)
    for name in facets or ():
        expr, fjoin = FACETS[name]
        order = "v" if name in DATE_ORDER else "n DESC, v"
        if name in BY_ID:
            key, kjoin, table, col = BY_ID[name]
            rows = db.all(f"SELECT t.{col} AS v, c.n FROM (SELECT {key} AS k, COUNT(DISTINCT a.id) AS n FROM {arts} "
                          f"{join} {kjoin}{wsql} GROUP BY {key}) c JOIN {table} t ON t.id = c.k "
                          f"ORDER BY c.n DESC, v LIMIT ?", jparams + cparams + [int(facet_limit)])
        else:
            rows = db.all(f"SELECT {expr} AS v, COUNT(DISTINCT a.id) AS n FROM {arts} {join} {fjoin}{wsql} "
                          f"GROUP BY {expr} ORDER BY {order} LIMIT ?", jparams + cparams + [int(facet_limit)])
        out_facets[name] = [[v, n] for v, n in rows if v not in (None, "")]
    return SearchResult(query, total, hits, out_facets, time.perf_counter() - t0)


def ids_of(db, sql: str, params) -> np.ndarray:
    """The ids (column ``aid``) a query gives, read as one string: a third of the time of reading them row by row."""
    agg = "group_concat(aid, ',')" if db.dialect == "sqlite" else "string_agg(aid::text, ',')"
    return np.fromstring(db.one(f"SELECT {agg} FROM ({sql}) q", params)[0] or "", dtype=np.int64, sep=",")


def _match_ids(db, dv, node, filters: dict, wsql: str, params: list) -> tuple[np.ndarray, int | None]:
    """The ids of every matching article, and the number of the query's full-text matches before the filters
    when it was read on the way (else None). Filters on an article's own values (paper, dates, page, section) are
    applied to the full-text matches in memory (``DocValues.where``), the others in SQL."""
    if node is None:
        return ids_of(db, f"SELECT a.id AS aid FROM articles a{wsql}", params), None
    fsql, fparams = fts_ids(db, node)
    if not wsql:
        ids = ids_of(db, fsql, fparams)
        return ids, len(ids)
    active = {k: v for k, v in filters.items() if v not in (None, "", [])}
    if set(active) <= set(ARTICLE_FILTERS):
        ids = ids_of(db, fsql, fparams)
        return dv.where(db, ids, active), len(ids)
    return ids_of(db, f"SELECT a.id AS aid FROM {ARTICLES_COVER[db.dialect]} JOIN ({fsql}) f ON f.aid = a.id{wsql}",
                  fparams + params), None


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
