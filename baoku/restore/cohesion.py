"""Lexical cohesion between pieces of one page: TF-IDF cosine over character bigrams.

Stories on a page share few content bigrams; a story's own paragraphs share names, places and topic words.
The IDF comes from the page itself, so words every story uses weigh little.

A bigram is one integer, its two characters' code points side by side (青川 is 0x9752 << 21 | 0x5ddd), so that
numpy reads the bigrams of a whole page in one pass. Each distinct bigram of the documents' joined text gets a
number, and each of its occurrences knows where the one before it lies: the texts weighed are nearly all pieces of
that text (a unit, a paragraph, the paragraphs of a story), whose distinct bigrams, in the order they first occur,
are read off those places without sorting anything. Whether a bigram occurs in a text is a substring test on the
text's word characters, which needs no weights.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import NamedTuple

import numpy as np

_PLACE_BITS = 22        # a bigram's place in a text, packed under its 42 bits when the text is short enough
# which characters of the Basic Multilingual Plane are word characters (letters and digits: what [^\W_] matches)
_WORD_BMP = np.fromiter((chr(c).isalnum() for c in range(0x10000)), bool, 0x10000)


def code_points(text: str) -> np.ndarray:
    """The code points of ``text``, lone surrogates too: numpy copies them out of the string (no UTF-32 codec run,
    a third of the instructions; an empty text has none, where numpy would make one character)."""
    return np.array(text).reshape(1).view(np.uint32) if text else np.zeros(0, np.uint32)


def _words(text: str) -> np.ndarray:
    """The code points of ``text``'s word characters, in order."""
    points = code_points(text)
    return points[_is_word(points)].astype(np.uint64)


def _is_word(points: np.ndarray) -> np.ndarray:
    """Which of the code points ``points`` are word characters."""
    word = _WORD_BMP.take(points, mode="clip")
    if len(points) and points.max() > 0xFFFF:       # beyond the table (rare: CJK extension B, emoji)
        astral = (points > 0xFFFF).nonzero()[0]
        word[astral] = [chr(c).isalnum() for c in points[astral].tolist()]
    return word


SHORT_TEXT = 128        # characters of a text whose word characters a pattern finds faster than numpy
_NON_WORD = re.compile(r"[\W_]+")     # what is no word character (a word character is what isalnum() holds)


def _codes(words: np.ndarray) -> np.ndarray:
    """The bigrams of the code points ``words`` (word characters only) in order, as integers."""
    return (words[:-1] << np.uint64(21)) | words[1:]


@lru_cache(maxsize=4096)
def _word_string(text: str) -> str:
    """``text``'s word characters, in order: a bigram occurs in ``text`` when it is a substring of them."""
    if len(text) < SHORT_TEXT:
        return _NON_WORD.sub("", text)
    points = code_points(text)
    words = points[_is_word(points)]
    # (numpy reads the code points back as a string, no UTF-32 codec run: a word character is never a NUL, which
    # numpy would drop from the string's end)
    return words.view(f"U{len(words)}").item() if len(words) else ""


@lru_cache(maxsize=4096)
def _spelled(text: str) -> tuple[str, ...]:
    """The distinct bigrams of ``text``'s word characters as strings, in the order they first occur."""
    words = _word_string(text)
    return tuple(dict.fromkeys(words[i:i + 2] for i in range(len(words) - 1)))


def _total(a: np.ndarray) -> float:
    """The sum of ``a`` added up left to right (cumsum adds in order, where ``sum`` may not; a short array's
    numbers are added in a loop, the same sums without numpy's cost per call)."""
    if len(a) < SHORT_ARRAY:
        return _added(a.tolist())
    return float(a.cumsum()[-1])


SHORT_ARRAY = 32        # numbers of an array that a Python loop adds up faster than cumsum


def _added(values: list[float]) -> float:
    """The sum of ``values`` added up left to right, as ``_total`` adds an array."""
    total = 0.0
    for v in values:
        total += v
    return total


def _by_bigram(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The bigrams ``codes`` sorted, and their places in that order (each bigram's places in order)."""
    if len(codes) < 1 << _PLACE_BITS:       # one sort of (bigram, place) packed in 64 bits
        keys = codes << np.uint64(_PLACE_BITS)
        keys |= np.arange(len(codes), dtype=np.uint64)
        keys.sort()
        # (a place is under 2 ** 22: its bits read as a signed integer are the same number)
        return keys >> np.uint64(_PLACE_BITS), (keys & np.uint64((1 << _PLACE_BITS) - 1)).view(np.intp)
    at = codes.argsort(kind="stable")
    return codes[at], at


def _new_runs(a: np.ndarray) -> np.ndarray:
    """Which values of the sorted array ``a`` start a run of equal values."""
    new = np.empty(len(a), bool)
    new[:1] = True
    np.not_equal(a[1:], a[:-1], out=new[1:])
    return new


class _Vector(NamedTuple):
    """A text's TF-IDF vector: its distinct bigrams (the page's numbers for them) and their weights, in the order
    the bigrams first occur (the order its sums add up in), and its norm."""
    ids: np.ndarray
    weights: np.ndarray
    norm: float


class Cohesion:
    def __init__(self, documents: list[str]):
        self._documents = documents
        self._ids: np.ndarray | None = None     # the page's tables, made when a text is first weighed (a page
        #                                         may ask nothing of them: about 2 M instructions saved)
        self._vectors: dict[str, _Vector] = {}
        self._lists: dict[str, tuple[list[float], float]] = {}
        # similarities and coverages by pair of texts: stages ask again of a fifth to a third of the pairs
        self._similar: dict[tuple[str, str], float] = {}
        self._covered: dict[tuple[str, str], float] = {}
        self._unseen: dict[int, int] = {}       # numbers for bigrams of texts weighed that the page lacks

    def _index(self) -> None:
        """Number the bigrams of the documents' joined text (those across two documents too); for each of its
        bigrams, its number and the place of the bigram's occurrence before it; how many documents hold each
        bigram, and its IDF."""
        documents = self._documents
        self._text = "".join(documents)
        points = code_points(self._text)
        word = _is_word(points)
        self._before = np.empty(len(points) + 1, np.intp)         # the word characters before each character
        self._before[0] = 0
        np.cumsum(word, out=self._before[1:])
        codes = _codes(points[word].astype(np.uint64))
        ordered, at = _by_bigram(codes)
        new = _new_runs(ordered)
        self._grams = ordered[new]                              # the page's distinct bigrams, sorted
        rank = new.cumsum()
        rank -= 1
        prev = np.empty(len(at), np.intp)
        prev[1:] = at[:-1]
        prev[new] = -1
        # (both put back in text order by one scatter: the number above 32 bits, the place before plus one under
        # them; a page's bigrams are far fewer than 2 ** 31)
        rank <<= 32
        prev += 1
        rank |= prev
        packed = np.empty(len(codes), np.intp)
        packed[at] = rank
        self._ids = packed >> 32
        packed &= 0xFFFFFFFF
        packed -= 1
        self._prev = packed
        self._df = np.bincount(self._ids[self._first_in_document()], minlength=len(self._grams))
        top = math.log(max(1, len(documents)) + 1)
        # IDF by document count (0: a bigram no document holds): one logarithm per count, not per bigram, up to
        # the largest count a bigram has (most hold a few documents of the page's many)
        most = int(self._df.max()) if len(self._df) else 0
        self._idf = np.array([top - math.log(k + 0.5) for k in range(most + 1)])
        self._idf_of = self._idf[np.append(self._df, 0)]          # (last: the IDF of a bigram the page lacks)
        self._counts = np.zeros(len(self._grams), np.intp)     # kept zero between uses
        self._scratch = np.zeros(len(self._grams))              # kept zero between uses

    def _first_in_document(self) -> np.ndarray:
        """Which bigrams of the joined text lie inside one document, the first of their kind in it."""
        starts = self._before[np.cumsum([0] + [len(d) for d in self._documents[:-1]], dtype=np.intp)]
        words = int(self._before[-1])
        starts = starts[starts < words]                             # where each document's words start
        start = np.repeat(starts, np.diff(starts, append=words))    # where the words of each word's document start
        return (start[1:] == start[:-1]) & (self._prev < start[:-1])

    def df(self, grams: list[int]) -> list[int]:
        """How many of the documents hold each of ``grams``."""
        if self._ids is None:
            self._index()
        return np.append(self._df, 0)[self._known(np.array(grams, np.uint64))[0]].tolist()

    def _known(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The page's numbers for ``codes`` (one past its bigrams' for those it lacks), and which it holds."""
        if not len(self._grams):
            return np.full(len(codes), len(self._grams)), np.zeros(len(codes), bool)
        at = self._grams[:-1].searchsorted(codes)     # (short of the last: a code past it is compared with it)
        held = self._grams[at] == codes
        return np.where(held, at, len(self._grams)), held

    def _weighted(self, text: str) -> _Vector:
        """The TF-IDF vector of ``text``, computed once per text."""
        hit = self._vectors.get(text)
        if hit is None:
            if self._ids is None:
                self._index()
            start = self._text.find(text) if text else -1
            ids, weights = self._piece(start, start + len(text)) if start >= 0 else self._apart(text)
            hit = self._vectors[text] = _Vector(ids, weights, math.sqrt(_total(weights * weights)))
        return hit

    def _piece(self, start: int, end: int) -> tuple[np.ndarray, np.ndarray]:
        """The distinct bigrams of the joined text's characters ``start:end`` in the order they first occur (those
        whose occurrence before lies outside), and their weights."""
        a, b = int(self._before[start]), int(self._before[end]) - 1     # the piece's bigrams: a:b
        if b <= a:
            return np.zeros(0, np.intp), np.zeros(0)
        ids = self._ids[a:b]
        seen = ids[self._prev[a:b] < a]
        np.add.at(self._counts, ids, 1)
        counts = self._counts[seen]
        self._counts[seen] = 0
        return seen, counts * self._idf_of[seen]

    def _apart(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """``_piece`` for a text that is no piece of the documents' joined text: its bigrams counted apart, those
        the page lacks numbered past the page's (the same number for the same bigram in every such text)."""
        codes = _codes(_words(text))
        at = codes.argsort(kind="stable")          # stable: each run of equal bigrams starts at its first occurrence
        ordered = codes[at]
        starts = _new_runs(ordered).nonzero()[0]
        counts = np.concatenate((starts[1:], [len(at)])) - starts
        order = at[starts].argsort()                # the distinct bigrams by their first occurrence
        seen, counts = ordered[starts][order], counts[order]
        ids, held = self._known(seen)
        weights = counts * self._idf_of[ids]
        lacking = (~held).nonzero()[0]
        if len(lacking):
            ids[lacking] = [self._unseen.setdefault(c, len(self._grams) + len(self._unseen))
                            for c in seen[lacking].tolist()]
        return ids, weights

    def similarity(self, a: str, b: str) -> float:
        """The cosine of the TF-IDF vectors of ``a`` and ``b``, computed once per pair."""
        hit = self._similar.get((a, b))
        if hit is None:
            hit = self._similar[a, b] = self._cosine(a, b)
        return hit

    def _cosine(self, a: str, b: str) -> float:
        """``similarity``, computed."""
        va, vb = self._weighted(a), self._weighted(b)
        if not len(va.ids) or not len(vb.ids):
            return 0.0
        if len(va.ids) > len(vb.ids):
            va, vb = vb, va
        if len(self._scratch) < len(self._grams) + len(self._unseen):
            self._scratch = np.zeros(len(self._grams) + len(self._unseen))
        other = self._scratch
        other[vb.ids] = vb.weights
        # the products of the bigrams both share, added up in the order they first occur in ``a`` (0 for the rest)
        products = va.weights * other[va.ids]
        other[vb.ids] = 0.0
        return _total(products) / (va.norm * vb.norm)

    def coverage(self, short: str, long: str) -> float:
        """Share of ``short``'s weighted bigrams that occur in ``long`` (for a headline against a body), computed once
        per pair."""
        hit = self._covered.get((short, long))
        if hit is None:
            hit = self._covered[short, long] = self._share(short, long)
        return hit

    def _share(self, short: str, long: str) -> float:
        """``coverage``, computed."""
        within = _word_string(long)
        held = [g in within for g in _spelled(short)]
        if not any(held):
            return 0.0          # (no weight needed: a page whose coverages are all 0 never makes its tables)
        weights, total = self._listed(short)
        return _added([w for w, h in zip(weights, held) if h]) / total

    def held_beyond(self, short: str, long: str, other: str) -> int:
        """1 where ``long`` holds a bigram of ``short`` that ``other`` lacks; else -1 where ``other`` holds one that
        ``long`` lacks, 0 where both hold the same ones: ``long`` then covers ``short`` less than ``other`` does, or
        as much (weights are positive), known without weighing. Each bigram is searched for only as far as the
        answer needs (the second text mostly not at all once it holds one the first lacks)."""
        within, beside = _word_string(long), _word_string(other)
        less = False
        for g in _spelled(short):
            if g in within:
                if g not in beside:
                    return 1
            elif not less and g in beside:
                less = True
        return -1 if less else 0

    def _listed(self, text: str) -> tuple[list[float], float]:
        """The weights of ``text``'s distinct bigrams in the order they first occur, and their total; computed
        once per text."""
        hit = self._lists.get(text)
        if hit is None:
            weights = self._weighted(text).weights.tolist()
            hit = self._lists[text] = weights, _added(weights)
        return hit
