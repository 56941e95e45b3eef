"""Lexical cohesion between pieces of one page: TF-IDF cosine over character bigrams.

Stories on a page share few content bigrams; a story's own paragraphs share names, places and topic words.
The IDF comes from the page itself, so words every story uses weigh little.

A bigram is one integer, its two characters' code points side by side (青川 is 0x9752 << 21 | 0x5ddd), so that
numpy reads the bigrams of a whole page in one pass and keeps their document counts in sorted arrays.
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import NamedTuple

import numpy as np

_DOC_BITS = 20          # a page's documents are numbered in the low bits of a (bigram, document) pair
# which characters of the Basic Multilingual Plane are word characters (letters and digits: what [^\W_] matches)
_WORD_BMP = np.fromiter((chr(c).isalnum() for c in range(0x10000)), bool, 0x10000)


def _points(text: str) -> np.ndarray:
    """The code points of ``text``."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _words(text: str) -> np.ndarray:
    """The code points of ``text``'s word characters, in order."""
    points = _points(text)
    return points[_is_word(points)].astype(np.uint64)


def _is_word(points: np.ndarray) -> np.ndarray:
    """Which of the code points ``points`` are word characters."""
    word = _WORD_BMP.take(points, mode="clip")
    astral = (points > 0xFFFF).nonzero()[0]        # beyond the table (rare: CJK extension B, emoji)
    if len(astral):
        word[astral] = [chr(c).isalnum() for c in points[astral].tolist()]
    return word


def _codes(words: np.ndarray) -> np.ndarray:
    """The bigrams of the code points ``words`` (word characters only) in order, as integers."""
    return (words[:-1] << np.uint64(21)) | words[1:]


@lru_cache(maxsize=4096)
def _grams(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct bigrams of ``text``'s word characters, sorted; how often each occurs; where each first
    occurs."""
    codes = _codes(_words(text))
    at = codes.argsort(kind="stable")      # stable: each run of equal bigrams starts at its first occurrence
    starts = _run_starts(codes[at])
    first = at[starts]
    return codes[first], _run_lengths(starts, len(codes)), first


@lru_cache(maxsize=4096)
def _gram_set(text: str) -> np.ndarray:
    """The distinct bigrams of ``text``'s word characters, sorted."""
    codes = _codes(_words(text))
    codes.sort()
    return codes[_run_starts(codes)]


def _total(a: np.ndarray) -> float:
    """The sum of ``a`` added up left to right, as Python's ``sum`` adds the list (the same float)."""
    return float(a.cumsum()[-1]) if len(a) else 0.0


def _lookup(table: np.ndarray, grams: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of ``grams`` would stand in the sorted ``table``, and whether it is there."""
    if not len(table):
        return np.zeros(len(grams), dtype=np.intp), np.zeros(len(grams), dtype=bool)
    at = table[:-1].searchsorted(grams)      # (searched short of the last: a gram past it is compared with it)
    return at, table[at] == grams


class _Vector(NamedTuple):
    """A text's TF-IDF vector: its distinct bigrams (sorted) and their weights, the order in which the bigrams
    first occur (the order its sums add up in), and its norm."""
    grams: np.ndarray
    weights: np.ndarray
    order: np.ndarray
    norm: float


def _run_starts(a: np.ndarray) -> np.ndarray:
    """The indexes where the runs of equal values of the sorted array ``a`` start."""
    return np.concatenate(([len(a) > 0], a[1:] != a[:-1])).nonzero()[0]


def _run_lengths(starts: np.ndarray, size: int) -> np.ndarray:
    """The lengths of the runs that start at ``starts`` in an array of ``size`` values."""
    return np.concatenate((starts[1:], [size])) - starts


class Cohesion:
    def __init__(self, documents: list[str]):
        self._documents = documents
        self._grams: np.ndarray | None = None       # the page's tables, made when a text is first weighed (a
        #                                             page may ask nothing of them: about 2 M instructions saved)
        self._vectors: dict[str, _Vector] = {}

    def _index(self) -> None:
        """The page's bigrams, sorted, how many documents hold each, and the IDF by document count."""
        documents = self._documents
        points = _points("".join(documents))
        word = _is_word(points)
        doc = np.arange(len(documents), dtype=np.uint64).repeat([len(d) for d in documents])[word]
        inside = doc[:-1] == doc[1:]        # the bigrams of the page that lie within one document
        pairs = ((_codes(points[word].astype(np.uint64)) << np.uint64(_DOC_BITS)) | doc[1:])[inside]
        pairs.sort()
        grams = pairs[_run_starts(pairs)] >> np.uint64(_DOC_BITS)   # each bigram once per document holding it
        starts = _run_starts(grams)
        self._grams = grams[starts]                                    # the page's bigrams, sorted
        self._df = _run_lengths(starts, len(grams))                    # how many documents hold each
        self.n = max(1, len(documents))
        top = math.log(self.n + 1)
        # IDF by document count (0: a bigram no document holds): one logarithm per count, not per bigram, up to
        # the largest count a bigram has (most hold a few documents of the page's many)
        most = int(self._df.max()) if len(self._df) else 0
        self._idf = np.array([top - math.log(k + 0.5) for k in range(most + 1)])

    def df(self, grams: list[int]) -> list[int]:
        """How many of the documents hold each of ``grams``."""
        return self._doc_counts(np.array(grams, dtype=np.uint64)).tolist()

    def _doc_counts(self, grams: np.ndarray) -> np.ndarray:
        if self._grams is None:
            self._index()
        if not len(self._grams):
            return np.zeros(len(grams), dtype=np.int64)
        at, held = _lookup(self._grams, grams)
        return np.where(held, self._df[at], 0)

    def _weighted(self, text: str) -> _Vector:
        """The TF-IDF vector of ``text``, computed once per text."""
        hit = self._vectors.get(text)
        if hit is None:
            grams, counts, first = _grams(text)
            docs = self._doc_counts(grams)      # (first: it makes the page's tables, the IDF among them)
            w = counts * self._idf[docs]
            order = first.argsort()
            hit = self._vectors[text] = _Vector(grams, w, order, math.sqrt(_total((w * w)[order])))
        return hit

    def similarity(self, a: str, b: str) -> float:
        va, vb = self._weighted(a), self._weighted(b)
        if not len(va.grams) or not len(vb.grams):
            return 0.0
        if len(va.grams) > len(vb.grams):
            va, vb = vb, va
        at, shared = _lookup(vb.grams, va.grams)
        # the products of the bigrams both share, added up in the order they first occur in ``a`` (0 for the rest)
        return _total((va.weights * np.where(shared, vb.weights[at], 0.0))[va.order]) / (va.norm * vb.norm)

    def coverage(self, short: str, long: str) -> float:
        """Share of ``short``'s weighted bigrams that occur in ``long`` (for a headline against a body)."""
        v = self._weighted(short)
        total = _total(v.weights[v.order])
        return _total(np.where(_lookup(_gram_set(long), v.grams)[1], v.weights, 0.0)[v.order]) / total \
            if total else 0.0
