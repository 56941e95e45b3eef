"""Lexical cohesion between pieces of one page: TF-IDF cosine over character bigrams.

Stories on a page share few content bigrams; a story's own paragraphs share names, places and topic words.
The IDF comes from the page itself, so words every story uses weigh little.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache


_NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def bigrams(text: str) -> Counter:
    t = _NOT_WORD.sub("", text)
    return Counter(t[i:i + 2] for i in range(len(t) - 1))


class Cohesion:
    def __init__(self, documents: list[str]):
        self.df: Counter = Counter()
        for d in documents:
            self.df.update(bigrams(d).keys())
        self.n = max(1, len(documents))

    def idf(self, gram: str) -> float:
        return math.log((self.n + 1) / (self.df.get(gram, 0) + 0.5))

    def vector(self, text: str) -> dict[str, float]:
        return {g: k * self.idf(g) for g, k in bigrams(text).items()}

    def similarity(self, a: str, b: str) -> float:
        va, vb = self.vector(a), self.vector(b)
        if not va or not vb:
            return 0.0
        dot = sum(w * vb.get(g, 0.0) for g, w in va.items())
        na = math.sqrt(sum(w * w for w in va.values()))
        nb = math.sqrt(sum(w * w for w in vb.values()))
        return dot / (na * nb)

    def coverage(self, short: str, long: str) -> float:
        """Share of ``short``'s weighted bigrams that occur in ``long`` (for a headline against a body)."""
        vs, gl = self.vector(short), bigrams(long)
        total = sum(vs.values())
        return sum(w for g, w in vs.items() if g in gl) / total if total else 0.0
