"""Lexical cohesion between pieces of one page: TF-IDF cosine over character bigrams.

Stories on a page share few content bigrams; a story's own paragraphs share names, places and topic words.
The IDF comes from the page itself, so words every story uses weigh little.

A bigram is one integer, its two characters' code points side by side (青川 is 0x9752 << 21 | 0x5ddd), so that
numpy reads the bigrams of a whole page in one pass and keeps their document counts in sorted arrays.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np

_WORD = re.compile(r"[^\W_]+")
_DOC_BITS = 20          # a page's documents are numbered in the low bits of a (bigram, document) pair


def _codes(words: str) -> np.ndarray:
    """The bigrams of ``words`` (word characters only) in order, as integers."""
    c = np.frombuffer(words.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    return (c[:-1] << np.uint64(21)) | c[1:]


@lru_cache(maxsize=4096)
def _words(text: str) -> str:
    """``text``'s word characters (cached: the units a page's cohesion is built on come back as its paragraphs
    when the stories are reattached). Its runs are joined: cheaper than cutting out what lies between them."""
    return "".join(_WORD.findall(text))


@lru_cache(maxsize=4096)
def bigrams(text: str) -> Counter:
    """How often each bigram of ``text``'s word characters occurs, in the order they first occur."""
    return Counter(_codes(_words(text)).tolist())


def _run_starts(a: np.ndarray) -> np.ndarray:
    """The indexes where the runs of equal values of the sorted array ``a`` start."""
    return np.flatnonzero(np.concatenate(([len(a) > 0], a[1:] != a[:-1])))


class Cohesion:
    def __init__(self, documents: list[str]):
        words = [_words(d) for d in documents]
        doc = np.repeat(np.arange(len(words), dtype=np.uint64), [len(w) for w in words])
        inside = doc[:-1] == doc[1:]        # the bigrams of the page that lie within one document
        pairs = np.sort((_codes("".join(words))[inside] << np.uint64(_DOC_BITS)) | doc[1:][inside])
        grams = pairs[_run_starts(pairs)] >> np.uint64(_DOC_BITS)   # each bigram once per document holding it
        starts = _run_starts(grams)
        self._grams = grams[starts]                                    # the page's bigrams, sorted
        self._df = np.diff(np.append(starts, len(grams)))              # how many documents hold each
        self.n = max(1, len(documents))
        top = math.log(self.n + 1)
        # IDF by document count (0: a bigram no document holds): one logarithm per count, not per bigram
        self._idf = np.array([top - math.log(k + 0.5) for k in range(self.n + 1)])
        self._vectors: dict[str, tuple[dict[int, float], float]] = {}

    def df(self, grams: list[int]) -> list[int]:
        """How many of the documents hold each of ``grams``."""
        return self._doc_counts(grams).tolist()

    def _doc_counts(self, grams: list[int]) -> np.ndarray:
        """``df`` as an array."""
        if not len(self._grams):
            return np.zeros(len(grams), dtype=np.int64)
        g = np.array(grams, dtype=np.uint64)
        at = np.minimum(np.searchsorted(self._grams, g), len(self._grams) - 1)
        return np.where(self._grams[at] == g, self._df[at], 0)

    def vector(self, text: str) -> dict[int, float]:
        return self._weighted(text)[0]

    def _weighted(self, text: str) -> tuple[dict[int, float], float]:
        """The TF-IDF vector of ``text`` and its norm, computed once per text."""
        hit = self._vectors.get(text)
        if hit is None:
            counts = bigrams(text)
            grams = list(counts)
            # each weight and square in one numpy pass (the same products), summed in order as before
            w = np.fromiter(counts.values(), float, len(grams)) * self._idf[self._doc_counts(grams)]
            hit = self._vectors[text] = (dict(zip(grams, w.tolist())), math.sqrt(sum((w * w).tolist())))
        return hit

    def similarity(self, a: str, b: str) -> float:
        (va, na), (vb, nb) = self._weighted(a), self._weighted(b)
        if not va or not vb:
            return 0.0
        if len(va) > len(vb):
            va, vb = vb, va
        return sum(w * vb[g] for g, w in va.items() if g in vb) / (na * nb)

    def coverage(self, short: str, long: str) -> float:
        """Share of ``short``'s weighted bigrams that occur in ``long`` (for a headline against a body)."""
        vs, gl = self.vector(short), bigrams(long)
        total = sum(vs.values())
        return sum(w for g, w in vs.items() if g in gl) / total if total else 0.0
