"""The best hits of a one-token query (one CJK character, or two) or a phrase without scoring every match (SQLite).

FTS5 ranks a query of one token by ``bm25``: an article whose head holds the token h times and whose body holds
it b times scores ``-idf * g(f, D)``, where f = 5h + b (the column weights), D is the article's length in tokens
and ``g(f, D) = f (k1 + 1) / (f + k1 (1 - b + b D / avgdl))`` rises with f and falls with D. A character found in
most of the archive matches most of it, and FTS5 scores every match (reading each one's length): that is what
made such queries slow. A search engine keeps impacts for this (Lucene's impacts, block-max WAND): per term, what
bounds the score of the documents that hold it, so that only the best are scored.

Here the impacts are an auxiliary full-text index, ``article_impacts``: per article, one term for each token it
holds at least twice (every token it holds, in a short article), made of the token, f and a class of lengths that
D is in: ``会12x150`` (会, f = 12, D ≥ ``EDGES[150]``). For a query the terms of its token are read from that
index's vocabulary with their numbers of articles; a class (f, lengths) bounds the score of its articles, so the
classes are read best bound first, their articles scored exactly (FTS5's own floating-point operations, the
lengths from its ``docsize`` table, which tests check bit for bit), until no class left can reach the n-th best
score. The articles without a term (f = 1, and at least ``SHORT`` tokens long) are bounded by the score of f = 1 at
that length; when that bound can reach the n-th best, the articles whose length allows it are scored by FTS5.
The hits, their scores and their order are those of ranking every match. A phrase is bounded by the classes of
its rarest token (``top_phrase``), its candidates' hits counted from their stored token streams.

Terms are counted as FTS5's unicode61 tokenizer splits the indexed text (a character it does not keep as a letter,
e.g. a CJK character newer than its Unicode tables, splits a bigram); only tokens made of CJK characters that it
keeps whole take the fast path.
"""
from __future__ import annotations

import math
import re
import sqlite3
import threading
from bisect import bisect_right
from collections import Counter

import numpy as np

from . import search as S

WEIGHTS = (5.0, 1.0)        # bm25 weights of article_fts's columns (head, body)
K1, B = 1.2, 0.75           # FTS5's bm25 constants
SHORT = 256                 # an article shorter than this (in tokens) has a term for every token it holds
EDGES = sorted({math.ceil(2 ** (i / 16)) for i in range(16 * 20)})    # length classes: 16 per doubling
MARGIN = 1e-9               # relative slack on bounds (floating-point rounding)
FETCH_MAX = 50_000          # more articles than this read from the impacts: rank every match instead
SCORE_MAX = 20_000          # more articles than this to score by FTS5 (f = 1): rank every match instead
PHRASE_MIN = 2_000          # a phrase held by fewer articles is ranked over every match (as fast)
PHRASE_BATCH = 256          # about this many articles of a phrase's rarest token read at a time

# CJK characters of the Unicode 6.1 blocks (unicode61 keeps them as letters) and ASCII letters and digits: a text
# made of these and spaces is split by unicode61 exactly at the spaces
_CJK61 = "\u3400-\u4db5\u4e00-\u9fcc\U00020000-\U0002a6d6\U0002a700-\U0002b734\U0002b740-\U0002b81d"
_PLAIN = re.compile(f"[0-9a-z {_CJK61}]*")
_CJK_TERM = re.compile(f"[{_CJK61}]+")
_LETTER: dict[str, bool] = {}
_LETTER_LOCK = threading.Lock()


def _letters(chars: set[str]) -> None:
    """Learn whether unicode61 keeps each character as part of a token (asking an in-memory FTS5 table)."""
    todo = sorted(c for c in chars if c not in _LETTER)
    if not todo:
        return
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    con.executemany("INSERT INTO t (rowid, x) VALUES (?, ?)", [(i, f"q{c}q") for i, c in enumerate(todo)])
    split = {r for (r,) in con.execute("SELECT rowid FROM t WHERE t MATCH 'q'")}      # "q" alone: a separator
    con.close()
    for i, c in enumerate(todo):
        _LETTER[c] = i not in split


def fts_tokens(stream: str) -> tuple[list[str], bool]:
    """The tokens unicode61 makes of an indexed token stream (``search.index_text``), as far as their number and
    their CJK tokens go (case and diacritics are not folded: they change neither), and whether the stream was
    plain (split at its spaces alone)."""
    if _PLAIN.fullmatch(stream):
        return stream.split(), True
    with _LETTER_LOCK:
        _letters(set(stream) - {" "})
        out = []
        for tok in stream.split():
            out += "".join(c if _LETTER[c] else " " for c in tok).split()
    return out, False


def terms(head: str, body: str) -> str:
    """The impact terms of an article from its two indexed streams (``article_fts`` head and body)."""
    (h, plain_h), (b, plain_b) = fts_tokens(head), fts_tokens(body)
    n = len(h) + len(b)
    if not n:
        return ""
    f = Counter(b)
    for t, k in Counter(h).items():
        f[t] += int(WEIGHTS[0]) * k
    lo = 1 if n < SHORT else 2
    j = bisect_right(EDGES, n) - 1
    if plain_h and plain_b:                    # a token of a plain stream is CJK of 6.1 or ASCII throughout
        return " ".join(f"{t}{k}x{j}" for t, k in f.items() if k >= lo and t[0] > "z")
    return " ".join(f"{t}{k}x{j}" for t, k in f.items() if k >= lo and _CJK_TERM.fullmatch(t))


def fill(db, lo: int = 0) -> int:
    """Write the impact terms of every article from id ``lo`` up (a migration on an archive stored before them)."""
    n = 0
    for rows in db.stream("SELECT rowid, head, body FROM article_fts WHERE rowid >= ? ORDER BY rowid", (lo,),
                          size=2000):
        db.executemany("INSERT INTO article_impacts (rowid, terms) VALUES (?, ?)",
                       [(aid, terms(h or "", b or "")) for aid, h, b in rows])
        n += len(rows)
    return n


def delete(db, article_sql: str, params) -> None:
    """Remove the impact terms of the articles ``article_sql`` selects (before they leave ``article_fts``): a
    contentless index is told the terms it is to forget, recomputed from the stored streams."""
    rows = db.all(f"SELECT rowid, head, body FROM article_fts WHERE rowid IN ({article_sql})", params)
    db.executemany("INSERT INTO article_impacts (article_impacts, rowid, terms) VALUES ('delete', ?, ?)",
                   [(aid, terms(h or "", b or "")) for aid, h, b in rows])


def token(node) -> str | None:
    """The query's one token when it is a term of one token of CJK characters unicode61 keeps whole, else None."""
    if isinstance(node, S.Term) and len(node.toks) == 1 and _CJK_TERM.fullmatch(node.toks[0]):
        return node.toks[0]
    return None


def _varints(buf: bytes) -> np.ndarray:
    """SQLite varints (FTS5's docsize and averages records), all of them in ``buf``."""
    b = np.frombuffer(buf, np.uint8).astype(np.int64)
    ends = np.flatnonzero(b < 0x80)
    starts = np.r_[0, ends[:-1] + 1]
    if len(b) and (not len(ends) or ends[-1] != len(b) - 1 or (ends - starts).max() > 7):
        raise ValueError("unexpected varint")            # 9-byte varints: no article is that long
    v = np.zeros(len(ends), np.int64)
    for k in range(int((ends - starts).max()) + 1 if len(ends) else 0):
        at = starts + k
        inside = at <= ends
        v[inside] = (v[inside] << 7) | (b[at[inside]] & 0x7F)
    return v


class Lengths:
    """Every article's length in tokens (FTS5's docsize), in memory: loaded at the first use, then from the
    lowest id asked for that is not loaded yet (ids only grow; an article is never changed, and a deleted one never
    matches again)."""

    def __init__(self):
        self.d = np.zeros(0, np.float64)
        self.known = np.zeros(0, bool)
        self.lock = threading.Lock()

    def of(self, db, ids: np.ndarray) -> np.ndarray:
        """The lengths of the articles ``ids`` (loading those not loaded yet)."""
        with self.lock:
            if not len(self.known):
                self._load(db, 0)
            old = ids[ids < len(self.known)]
            missing = np.concatenate([ids[ids >= len(self.known)], old[~self.known[old]]])
            if len(missing):                  # every id stored since the last load, not only those asked for
                self._load(db, min(int(missing.min()), len(self.known)))
            return self.d[ids]

    def all(self, db) -> tuple[np.ndarray, np.ndarray]:
        """(ids, lengths) of every article (deleted ones may be among them)."""
        with self.lock:
            (last,) = db.one("SELECT MAX(id) FROM article_fts_docsize")
            if not len(self.known) or (last is not None and last >= len(self.known)):
                self._load(db, len(self.known))
            ids = np.flatnonzero(self.known)
            return ids, self.d[ids]

    def _load(self, db, lo: int) -> None:
        rows = db.all("SELECT id, sz FROM article_fts_docsize WHERE id >= ? ORDER BY id", (lo,))
        if not rows:
            return
        ids = np.fromiter((r[0] for r in rows), np.int64, len(rows))
        v = _varints(b"".join(r[1] for r in rows))                  # one varint per column
        if len(v) != len(WEIGHTS) * len(rows):
            raise ValueError("unexpected docsize records")
        size = max(len(self.d), int(ids[-1]) + 1)
        self.d = np.concatenate([self.d, np.zeros(size - len(self.d))])
        self.known = np.concatenate([self.known, np.zeros(size - len(self.known), bool)])
        self.d[ids] = v.reshape(len(rows), len(WEIGHTS)).sum(axis=1)
        self.known[ids] = True


def _score(f, d, idf: float, avgdl: float):
    """FTS5's bm25 of a one-phrase query, the same operations in the same order (fts5Bm25Function)."""
    return -1.0 * (0.0 + idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + B * d / avgdl))))


def _idf_avgdl(db, matches: int) -> tuple[float, float]:
    """FTS5's idf of a phrase that ``matches`` articles hold, and the average article length (its averages record)."""
    avg = _varints(db.one("SELECT block FROM article_fts_data WHERE id = 1")[0])
    rows, total = int(avg[0]), int(avg[1:].sum())
    idf = math.log((rows - matches + 0.5) / (matches + 0.5))
    if idf <= 0.0:
        idf = 1e-6
    return idf, float(total) / float(rows)


def _classes(db, tok: str, idf: float, avgdl: float) -> list[tuple[float, int, int, int]]:
    """The impact classes of a token, best bound first: (best score possible, f, length class, articles)."""
    classes = []
    for term, count in db.all("SELECT term, doc FROM article_impacts_vocab WHERE term >= ? AND term < ?",
                              (tok + "0", tok + ":")):
        m = re.fullmatch(r"(\d+)x(\d+)", term[len(tok):])
        if m:
            f, j = int(m.group(1)), int(m.group(2))
            classes.append((float(_score(float(f), float(EDGES[j]), idf, avgdl)), f, j, count))
    return sorted(classes)


def _class_ids(db, tok: str, group) -> np.ndarray:
    """The ids of the articles in a group of a token's classes."""
    match = " OR ".join(f'"{tok}{f}x{j}"' for _, f, j, _ in group)
    return np.fromstring(db.one("SELECT group_concat(rowid, ',') FROM article_impacts WHERE article_impacts "
                                "MATCH ?", (match,))[0] or "", dtype=np.int64, sep=",")


def _bar(bound: float, worst: float) -> bool:
    """Can a score of at best ``bound`` reach ``worst`` (lower is better; slack for rounding)?"""
    return bound <= worst + MARGIN * abs(worst)


def _walk(classes: list, cut, fits):
    """Groups of classes (best bound first) to read with one query, while the next one's bound can reach ``cut()``
    (the n-th best score so far, read again before each group): a group takes the classes after its first while
    ``fits(group, class)`` and they can reach it too, 64 at the most."""
    k = 0
    while k < len(classes) and _bar(classes[k][0], cut()):
        group = [classes[k]]
        while k + len(group) < len(classes) and len(group) < 64 and fits(group, classes[k + len(group)]) \
                and _bar(classes[k + len(group)][0], cut()):
            group.append(classes[k + len(group)])
        k += len(group)
        yield group


def top(db, node, n: int, matches: int, lengths: Lengths, ids=None) -> list | None:
    """The ``n`` best (id, score) of a one-token query (among the articles ``ids``, when given) and every match
    tied with the n-th, as ``query._top`` gives them; None when the query is not one token or the impacts would not
    save work (the caller ranks every match). ``matches``: the number of articles that hold the token."""
    tok = token(node)
    if tok is None or db.dialect != "sqlite" or not matches or n <= 0:
        return None
    idf, avgdl = _idf_avgdl(db, matches)
    classes = _classes(db, tok, idf, avgdl)
    rest = float(_score(1.0, float(SHORT), idf, avgdl))           # the best an article without a term can score
    keep = None
    if ids is not None:
        keep = np.zeros(int(ids.max()) + 1 if len(ids) else 0, bool)
        keep[ids] = True
    got_ids, got_scores = [], []
    best = np.zeros(0)                                            # the n best scores so far
    fetched = 0

    def cut() -> float:
        return best[-1] if len(best) >= n else math.inf

    for group in _walk(classes, cut, lambda group, c: c[1] == group[0][1]):     # one f a group: one score
        f = group[0][1]
        fetched += sum(c[3] for c in group)
        if fetched > FETCH_MAX:
            return None
        got = _class_ids(db, tok, group)
        if keep is not None:
            got = got[got < len(keep)]
            got = got[keep[got]]
        if not len(got):
            continue
        s = _score(float(f), lengths.of(db, got), idf, avgdl)
        got_ids.append(got)
        got_scores.append(s)
        best = np.sort(np.concatenate([best, s]))[:n]
    if _bar(rest, cut()):                                          # articles without a term may still reach it
        cand, d = lengths.all(db)
        worst = cut()
        reach = d >= SHORT                    # a shorter article has a term for every token it holds
        if worst < math.inf:
            reach &= _score(1.0, d, idf, avgdl) <= worst + MARGIN * abs(worst)
        cand = cand[reach]
        if keep is not None:
            cand = cand[cand < len(keep)]
            cand = cand[keep[cand]]
        if got_ids:
            cand = np.setdiff1d(cand, np.concatenate(got_ids), assume_unique=True)
        if len(cand) > SCORE_MAX:
            return None
        if len(cand):
            from .query import fts_matches
            sql, params = fts_matches(db, node, cand)
            scored = db.all(sql, params)
            if scored:
                got_ids.append(np.array([r[0] for r in scored], np.int64))
                got_scores.append(np.array([r[1] for r in scored], np.float64))
    if not got_ids:
        return []
    aid, score = np.concatenate(got_ids), np.concatenate(got_scores)
    if len(score) > n:
        last = np.partition(score, n - 1)[n - 1]
        sel = score <= last
        aid, score = aid[sel], score[sel]
    return [(int(a), float(s)) for a, s in zip(aid.tolist(), score.tolist())]


def phrase_tokens(node) -> list[str] | None:
    """The tokens of a query that is one phrase of two tokens or more, each of CJK characters unicode61 keeps whole;
    else None."""
    if isinstance(node, S.Term) and len(node.toks) > 1 and all(_CJK_TERM.fullmatch(t) for t in node.toks):
        return node.toks
    return None


def phrase_hits(db, toks: list[str], ids: np.ndarray) -> np.ndarray:
    """How often each article of ``ids`` holds the phrase ``toks``, as bm25 counts it (f: every start of the tokens
    in a row within one column, 5 for the head and 1 for the body), read from the stored token streams split as
    unicode61 splits them."""
    key = " " + " ".join(toks) + " "
    hits = {}
    for aid, head, body in db.all("SELECT id, c0, c1 FROM article_fts_content WHERE id IN "
                                  "(SELECT value FROM json_each(?))", ("[" + ",".join(map(str, ids.tolist())) + "]",)):
        f = 0
        for stream, weight in ((head or "", int(WEIGHTS[0])), (body or "", int(WEIGHTS[1]))):
            text = f" {stream} " if _PLAIN.fullmatch(stream) else " " + " ".join(fts_tokens(stream)[0]) + " "
            at = text.find(key)
            while at >= 0:
                f += weight
                at = text.find(key, at + 1)
        hits[aid] = f
    return np.array([hits.get(a, 0) for a in ids.tolist()], np.float64)


def top_phrase(db, node, n: int, matches: int, lengths: Lengths, ids: np.ndarray) -> list | None:
    """The ``n`` best (id, score) of a one-phrase query among ``ids`` (the articles that hold the phrase, all of
    them or those the filters leave) and every match tied with the n-th, as ``query._top`` gives them; None when
    the query is not such a phrase or the impacts would not save work. ``matches``: how many articles hold it.

    An article holds the phrase at most as often as each of its tokens (counted with bm25's column weights), so the
    impact classes of its rarest token bound its score, and an article with that token once holds the phrase once:
    its score follows from its length. So every match is first given the score of one hit (exact for those, a
    floor for the others); then the rarest token's classes of two hits or more are read best bound first and their
    matches scored (``phrase_hits``), until no class left can reach the n-th best score."""
    toks = phrase_tokens(node)
    if toks is None or db.dialect != "sqlite" or n <= 0 or len(ids) <= max(n, PHRASE_MIN):
        return None
    idf, avgdl = _idf_avgdl(db, matches)
    ids = np.sort(ids)
    d = lengths.of(db, ids)
    scores = _score(1.0, d, idf, avgdl)
    by_token = {t: _classes(db, t, idf, avgdl) for t in set(toks)}
    rare = min(by_token, key=lambda t: sum(c[3] for c in by_token[t]))
    classes = [c for c in by_token[rare] if c[1] >= 2]

    def worst() -> float:
        return float(np.partition(scores, n - 1)[n - 1])

    cut, fetched, scored = worst(), 0, 0
    for group in _walk(classes, lambda: cut, lambda group, c: sum(x[3] for x in group) < PHRASE_BATCH):
        fetched += sum(c[3] for c in group)
        if fetched > FETCH_MAX:
            return None
        got = _class_ids(db, rare, group)
        at = np.minimum(np.searchsorted(ids, got), len(ids) - 1)
        at = at[ids[at] == got]                                   # those that hold the phrase
        scored += len(at)
        if scored > SCORE_MAX:
            return None
        if len(at):
            scores[at] = _score(phrase_hits(db, toks, ids[at]), d[at], idf, avgdl)
            cut = worst()
    sel = scores <= cut
    return [(int(a), float(s)) for a, s in zip(ids[sel].tolist(), scores[sel].tolist())]
