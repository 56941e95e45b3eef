"""Lexical cohesion between pieces of one page: TF-IDF cosine over character bigrams.

Stories on a page share few content bigrams; a story's own paragraphs share names, places and topic words.
The IDF comes from the page itself, so words every story uses weigh little.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from operator import add


_NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def bigrams(text: str) -> Counter:
    t = _NOT_WORD.sub("", text)
    return Counter(map(add, t[:-1], t[1:]))


class Cohesion:
    def __init__(self, documents: list[str]):
        self.df: Counter = Counter()
        for d in documents:
            self.df.update(bigrams(d).keys())
        self.n = max(1, len(documents))
        top = math.log(self.n + 1)
        # IDF by document count (0: a bigram no document holds): one logarithm per count, not per bigram
        self._idf = [top - math.log(k + 0.5) for k in range(self.n + 1)]
        self._vectors: dict[str, tuple[dict[str, float], float]] = {}

    def vector(self, text: str) -> dict[str, float]:
        return self._weighted(text)[0]

    def _weighted(self, text: str) -> tuple[dict[str, float], float]:
        """The TF-IDF vector of ``text`` and its norm, computed once per text."""
        hit = self._vectors.get(text)
        if hit is None:
            idf, df = self._idf, self.df.get
            vec = {g: k * idf[df(g, 0)] for g, k in bigrams(text).items()}
            hit = self._vectors[text] = (vec, math.sqrt(sum(w * w for w in vec.values())))
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
