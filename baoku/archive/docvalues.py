"""Doc values: facets counted, and filters on an article's own values applied, in memory (see ``DocValues``)."""
from __future__ import annotations

import os
import threading
from collections import OrderedDict

import numpy as np

from .impacts import Lengths
from .query import ARTICLES_COVER, DATE_ORDER, FACETS, date_bound, ids_of

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
        ids = ids_of(db, f"SELECT a.id AS aid FROM {arts} WHERE a.id >= ?", [lo])
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
        self.lengths = Lengths()                 # every article's length in tokens (SQLite; see impacts.py)
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
            lo = date_bound(filters["date_from"], False) if "date_from" in filters else None
            hi = date_bound(filters["date_to"], True) if "date_to" in filters else None
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
