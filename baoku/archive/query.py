"""Search, filters and facets over the archive, the same SQL on both backends (only the full-text join differs).

Filters (keyword arguments): ``paper``, ``date_from``, ``date_to`` (YYYY-MM-DD, or YYYY-MM / YYYY, inclusive),
``page``, ``section``, ``person``, ``title`` (a title's text or its role, e.g. 市委书记 or 书记), ``place``,
``event_type``. Facets: ``paper``, ``year``, ``month``, ``date``, ``page``, ``section``, ``person``, ``title``,
``place``, ``org``, ``event_type``: each gives (value, number of matching articles), most frequent first
(``year``/``month``/``date`` in date order).
"""
from __future__ import annotations

import json
import os
import threading
import time
from collections import OrderedDict

import numpy as np

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
    dv = doc_values(db) if facets else None
    ids = _match_ids(db, dv, node, filters, wsql, cparams) if dv is not None and dv.loaded(facets) else None
    if ids is not None:
        total = len(ids)
    elif node and not wsql:
        total = _count_matches(db, node)
    else:
        total = db.one(f"SELECT COUNT(*) FROM {arts} {join}{wsql}", jparams + cparams)[0]
    if ids is None and dv is not None and total >= DOC_VALUES_MIN:
        ids = _match_ids(db, dv, node, filters, wsql, cparams)
    hits = []
    if limit:
        order = "f.score, a.date DESC, a.id" if node else "a.date DESC, a.page_no, a.seq"
        top = None
        if node and 0 < offset + limit <= TOP_FIRST and (not wsql or ids is not None):
            # the best offset + limit matches (with every match tied with the last) are ranked on the index
            # alone (with filters: among the matching ids); only they are then read and ordered as below, so the
            # order is the same
            top = _top(db, node, offset + limit, ids if wsql else None)
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


def _ids(db, sql: str, params) -> np.ndarray:
    """The ids (column ``aid``) a query gives, read as one string: a third of the time of reading them row by row."""
    agg = "group_concat(aid, ',')" if db.dialect == "sqlite" else "string_agg(aid::text, ',')"
    return np.fromstring(db.one(f"SELECT {agg} FROM ({sql}) q", params)[0] or "", dtype=np.int64, sep=",")


def _match_ids(db, dv, node, filters: dict, wsql: str, params: list) -> np.ndarray:
    """The ids of every matching article. Filters on an article's own values (paper, dates, page, section) are
    applied to the full-text matches in memory (``DocValues.where``), the others in SQL."""
    if node is None:
        return _ids(db, f"SELECT a.id AS aid FROM articles a{wsql}", params)
    fsql, fparams = fts_ids(db, node)
    if not wsql:
        return _ids(db, fsql, fparams)
    active = {k: v for k, v in filters.items() if v not in (None, "", [])}
    if set(active) <= set(ARTICLE_FILTERS):
        return dv.where(db, _ids(db, fsql, fparams), active)
    return _ids(db, f"SELECT a.id AS aid FROM {ARTICLES_COVER[db.dialect]} JOIN ({fsql}) f ON f.aid = a.id{wsql}",
                fparams + params)


# ---- doc values: facets counted in memory ---------------------------------------------------------------------
DOC_VALUES_MIN = 2000     # a facet over at least this many matches is loaded in memory (once per archive and
#                           process) and counted there; over fewer it is counted in SQL unless loaded already
DOC_VALUES_KEEP = 4       # archives whose doc values a process keeps (the least recently used is dropped)


class _Field:
    """One facet's values of every article loaded: the distinct (article id, value code) pairs, the values by
    code, and which article ids are loaded (an article without any value is loaded too)."""

    def __init__(self):
        self.values: list = []
        self.codes: dict = {}
        self.aid = np.zeros(0, np.int64)
        self.code = np.zeros(0, np.int64)
        self.seen = np.zeros(0, bool)

    def load(self, db, name: str, lo: int) -> None:
        """Load the articles with an id from ``lo`` up that are not loaded yet. Their ids are read before their
        values: an article is stored with all its values in one transaction, so every article read has all its
        values in the second statement (values of articles stored in between are left for a later load)."""
        arts = ARTICLES_COVER[db.dialect]
        ids = _ids(db, f"SELECT a.id AS aid FROM {arts} WHERE a.id >= ?", [lo])
        expr, fjoin = FACETS[name]
        rows = db.all(f"SELECT a.id, {expr} FROM {arts} {fjoin} WHERE a.id >= ?", (lo,))
        size = max(len(self.seen), int(ids.max()) + 1 if len(ids) else 0)
        seen = np.zeros(size, bool)
        seen[:len(self.seen)] = self.seen
        new = np.zeros(size + 1, bool)            # the last slot: articles stored after the ids were read
        new[ids[~seen[ids]]] = True
        aid = np.array([r[0] for r in rows], dtype=np.int64)
        codes = self.codes
        code = np.array([codes.setdefault(v, len(codes)) for _, v in rows], dtype=np.int64)
        self.values = list(codes)
        keep = new[np.minimum(aid, size)]
        pairs = np.sort(aid[keep] * len(codes) + code[keep])       # distinct (article, value) pairs (np.unique
        pairs = pairs[np.r_[True, pairs[1:] != pairs[:-1]]] if len(pairs) else pairs      # is far slower here)
        self.aid = np.concatenate([self.aid, pairs // max(len(codes), 1)])
        self.code = np.concatenate([self.code, pairs % max(len(codes), 1)])
        seen[new[:size]] = True
        self.seen = seen


class DocValues:
    """The facet values of every article of one archive, in memory (numpy): a facet over a search's matches is
    then a count of the value codes of the matching ids (what Lucene's and Solr's doc values do) instead of a join
    and a COUNT(DISTINCT) in SQL over every match. Each facet is loaded when first asked for.

    Articles are never changed once stored (a replaced page's articles are deleted and stored again under new ids,
    never reused), so what is loaded stays right: the articles stored since are loaded when a search first matches
    one of them (every article from the lowest such id up), and those deleted since are never matched again. The
    counts, their order (count, then value; date facets by value) and the facet limit are the SQL ones."""

    def __init__(self, dialect: str):
        self.dialect = dialect
        self.fields: dict[str, _Field] = {}
        self.lock = threading.Lock()

    def loaded(self, names) -> bool:
        return all(n in self.fields for n in names)

    def _key(self, v):
        """SQL's order of values: NULL first on SQLite and last on PostgreSQL, numbers before text."""
        if v is None:
            return (0 if self.dialect == "sqlite" else 4,)
        return (1, v) if isinstance(v, (int, float)) else (2, v) if isinstance(v, str) else (3, v)

    def _field(self, db, name: str, ids) -> _Field:
        """The facet's values, loaded first for every article of ``ids`` not loaded yet."""
        f = self.fields.get(name)
        if f is None:
            f = _Field()
            f.load(db, name, 0)
            self.fields[name] = f
            return f
        outside = ids >= len(f.seen)
        inside = ids[~outside]
        missing = np.concatenate([ids[outside], inside[~f.seen[inside]]])
        if len(missing):
            f.load(db, name, int(missing.min()))
        return f

    def facets(self, db, ids, names, limit: int) -> dict:
        """Each facet's (value, number of articles) over the articles ``ids`` (distinct), as in SQL."""
        out = {}
        with self.lock:
            for name in names:
                f = self._field(db, name, ids)
                match = np.zeros(max(len(f.seen), int(ids.max()) + 1 if len(ids) else 0), bool)
                match[ids] = True
                n = np.bincount(f.code[match[f.aid]], minlength=len(f.values))
                out[name] = self._top(f.values, n, limit, name in DATE_ORDER)
        return out

    def where(self, db, ids, filters: dict):
        """The articles of ``ids`` that pass ``filters`` on their own values (``ARTICLE_FILTERS``), as ``where``."""
        tests = []
        if "paper" in filters:
            tests.append(("paper", lambda v: v == filters["paper"]))
        if "date_from" in filters or "date_to" in filters:
            lo = _date_bound(filters["date_from"], False) if "date_from" in filters else None
            hi = _date_bound(filters["date_to"], True) if "date_to" in filters else None
            tests.append(("date", lambda v: v is not None and (lo is None or v >= lo) and (hi is None or v <= hi)))
        if "page" in filters:
            tests.append(("page", lambda v, p=int(filters["page"]): v is not None and v == p))
        if "section" in filters:
            tests.append(("section", lambda v: v == filters["section"]))
        with self.lock:
            for name, test in tests:
                f = self._field(db, name, ids)
                ok = np.array([bool(test(v)) for v in f.values], dtype=bool)
                keep = np.zeros(max(len(f.seen), int(ids.max()) + 1 if len(ids) else 0), bool)
                keep[f.aid[ok[f.code]]] = True
                ids = ids[keep[ids]]
        return ids

    def _top(self, values: list, n, limit: int, by_value: bool) -> list:
        """The first ``limit`` (value, count) by count then value (or by value), empty values left out after."""
        nz = np.flatnonzero(n)
        end = None if limit < 0 else limit                # SQLite's LIMIT -1: no limit
        if by_value:
            rows = sorted(((values[c], int(n[c])) for c in nz), key=lambda r: self._key(r[0]))[:end]
        else:
            if len(nz) > limit > 0:                       # only the counts down to the limit-th largest
                cut = np.partition(n[nz], len(nz) - limit)[len(nz) - limit]
                nz = nz[n[nz] >= cut]
            rows = sorted(((values[c], int(n[c])) for c in nz), key=lambda r: (-r[1], self._key(r[0])))[:end]
        return [[v, k] for v, k in rows if v not in (None, "")]


_DOC_VALUES: OrderedDict = OrderedDict()
_DOC_VALUES_LOCK = threading.Lock()
_C_COLLATIONS = {"C", "POSIX", "C.UTF-8", "C.utf8", "ucs_basic"}


def doc_values(db) -> DocValues | None:
    """The doc values of this archive in this process (shared by its connections), or None where the order of
    facet values in memory could differ from SQL's: a PostgreSQL database whose collation is not C (codepoint
    order, as SQLite's)."""
    key = getattr(db, "_doc_values_key", None)
    if key is None:
        created = db.one("SELECT applied_at FROM schema_version WHERE version = 1")
        if db.dialect == "sqlite":
            st = os.stat(db.path) if db.path and os.path.exists(db.path) else None
            ident = (os.path.realpath(db.path), st.st_dev, st.st_ino) if st else object()    # object: in memory
        else:
            (coll,) = db.one("SELECT datcollate FROM pg_database WHERE datname = current_database()")
            ident = (db.url, db.one("SELECT current_schema()")[0]) if coll in _C_COLLATIONS else None
        key = db._doc_values_key = (ident, created and created[0]) if ident is not None else False
    if key is False:
        return None
    with _DOC_VALUES_LOCK:
        dv = _DOC_VALUES.pop(key, None) or DocValues(db.dialect)
        _DOC_VALUES[key] = dv
        while len(_DOC_VALUES) > DOC_VALUES_KEEP:
            _DOC_VALUES.popitem(last=False)
    return dv


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
