"""Lexical cohesion between pieces of one page: TF-IDF cosine over character bigrams.

Stories on a page share few content bigrams; a story's own paragraphs share names, places and topic words.
The IDF comes from the page itself, so words every story uses weigh little.
"""
from __future__ import annotations

import math
from collections import Counter


def bigrams(text: str) -> Counter:
    t = [c for c in text if c.isalnum()]
    return Counter(a + b for a, b in zip(t, t[1:]))


class Cohesion:
    def __init__(self, documents: list[str]):
        df: Counter = Counter()
        for d in documents:
            df.update(set(bigrams(d)))
        n = max(1, len(documents))
        self.idf = {g: math.log((n + 1) / (k + 0.5)) for g, k in df.items()}
        self.default = math.log((n + 1) / 0.5)

    def vector(self, text: str) -> dict[str, float]:
        return {g: k * self.idf.get(g, self.default) for g, k in bigrams(text).items()}

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
