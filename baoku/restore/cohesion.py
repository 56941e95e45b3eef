"""Lexical cohesion between pieces of one page: TF-IDF cosine over character bigrams.

Stories on a page share few content bigrams; a story's own paragraphs share names, places and topic words.
The IDF comes from the page itself, so words every story uses weigh little.

A bigram is one integer, its two characters' code points side by side (青川 is 0x9752 << 21 | 0x5ddd), so that
numpy reads the bigrams of a whole page in one pass. Each distinct bigram of the page's text (its units' joined
text) gets a number, and each of its occurrences knows where the one before it lies: the texts weighed and the
documents counted are nearly all pieces of that text (a unit, a paragraph, the paragraphs of a story), whose
distinct bigrams, in the order they first occur, are read off those places without sorting anything. The page's
numbering is made once and shared by the stages that weigh text, each with its own documents. Whether a bigram
occurs in a text is a substring test on the text's word characters, which needs no weights.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
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


class Bigrams:
    """The bigrams of one text numbered (a page's units, shared by the stages that weigh pieces of the page): the
    word characters before each character, the distinct bigrams sorted, and for each bigram of the text its number
    and the place of its occurrence before it. Made when first asked for (a page may ask nothing of them)."""

    def __init__(self, text: str):
        self.text = text
        self.ids: np.ndarray | None = None
        self._zeroed: tuple[np.ndarray, np.ndarray] | None = None

    def numbered(self) -> Bigrams:
        """These bigrams, numbered once."""
        if self.ids is None:
            self._number()
        return self

    def _number(self) -> None:
        points = code_points(self.text)
        word = _is_word(points)
        self.before = np.empty(len(points) + 1, np.intp)         # the word characters before each character
        self.before[0] = 0
        np.cumsum(word, out=self.before[1:])
        codes = _codes(points[word].astype(np.uint64))
        ordered, at = _by_bigram(codes)
        new = _new_runs(ordered)
        self.grams = ordered[new]                               # the distinct bigrams, sorted
        rank = new.cumsum()
        rank -= 1
        prev = np.empty(len(at), np.intp)           # the place before plus one (0 for a first occurrence)
        prev[:1] = 0
        np.add(at[:-1], 1, out=prev[1:])
        prev *= ~new                                # (a product, not an assignment through a mask)
        # (both put back in text order by one scatter: the number above 32 bits, the place before plus one under
        # them; a page's bigrams are far fewer than 2 ** 31)
        rank <<= 32
        rank |= prev
        packed = np.empty(len(codes), np.intp)
        packed[at] = rank
        self.ids = packed >> 32
        packed &= 0xFFFFFFFF
        packed -= 1
        self.prev = packed

    def zeroed(self) -> tuple[np.ndarray, np.ndarray]:
        """A count and a weight for each distinct bigram, all zero: scratch arrays that the stages weighing pieces of
        the text share, each leaving them zero after every use (zeroed once a page, not once a stage)."""
        if self._zeroed is None:
            self._zeroed = np.zeros(len(self.grams), np.intp), np.zeros(len(self.grams))
        return self._zeroed

    def known(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The numbers of ``codes`` (one past the text's bigrams' for those it lacks), and which it holds."""
        if not len(self.grams):
            return np.full(len(codes), len(self.grams)), np.zeros(len(codes), bool)
        at = self.grams[:-1].searchsorted(codes)     # (short of the last: a code past it is compared with it)
        held = self.grams[at] == codes
        return np.where(held, at, len(self.grams)), held

    def held(self, starts: Sequence[int], ends: Sequence[int]) -> np.ndarray:
        """The numbers of the distinct bigrams of each piece ``starts[i]:ends[i]`` of the text (none across its
        edges), once for each piece holding one."""
        first = self.before[starts]
        n = self.before[ends]
        n -= first
        n -= 1
        np.maximum(n, 0, out=n)                                # each piece's bigrams: first:first + n
        some = n > 0
        if _apart_in_order(first[some], n[some]):
            return self._held_in_order(first[some], n[some])
        at = np.repeat(first, n)                                 # each bigram's piece's first bigram
        k = np.arange(len(at))
        k += np.repeat(first - (n.cumsum() - n), n)
        return self.ids[k[self.prev[k] < at]]

    def _held_in_order(self, first: np.ndarray, n: np.ndarray) -> np.ndarray:
        """``held`` for pieces ``first[i]:first[i] + n[i]`` (of the text's bigrams) in order and apart, as nearly
        all are (2,899 of 2,958 documents of 20 dev pages lie right after the one before): each bigram of the text
        tagged with its piece's first bigram (-1 outside them) in one pass, not gathered piece by piece (the same
        numbers, in the same order)."""
        if not len(first):
            return self.ids[:0]
        end = first + n
        gap = np.empty(len(first) + 1, np.intp)                 # the bigrams before each piece, after the last
        gap[0] = first[0]
        np.subtract(first[1:], end[:-1], out=gap[1:-1])
        gap[-1] = len(self.ids) - end[-1]
        value = np.full(2 * len(first) + 1, -1, np.intp)
        value[1::2] = first
        length = np.empty(len(value), np.intp)
        length[::2] = gap
        length[1::2] = n
        return self.ids[self.prev < np.repeat(value, length)]


def _apart_in_order(first: np.ndarray, n: np.ndarray) -> bool:
    """Whether the pieces ``first[i]:first[i] + n[i]`` follow one another without overlapping."""
    return bool((first[1:] >= first[:-1] + n[:-1]).all())


class Cohesion:
    def __init__(self, documents: list[str], bigrams: Bigrams | None = None):
        """``bigrams``: those of a text that holds most of the documents (by default, their joined text)."""
        self._documents = documents
        self._joined = bigrams is None          # the text is the documents joined, each right after the one before
        self.bigrams = Bigrams("".join(documents)) if bigrams is None else bigrams
        self._ids: np.ndarray | None = None     # the page's tables, made when a text is first weighed (a page
        #                                         may ask nothing of them: about 2 M instructions saved)
        self._vectors: dict[str, _Vector] = {}
        self._lists: dict[str, tuple[list[float], float]] = {}
        # similarities and coverages by pair of texts: stages ask again of a fifth to a third of the pairs
        self._similar: dict[tuple[str, str], float] = {}
        self._covered: dict[tuple[str, str], float] = {}
        self._unseen: dict[int, int] = {}       # numbers for bigrams of texts weighed that the page lacks

    def _index(self) -> None:
        """The page's numbered bigrams; how many documents hold each bigram, and its IDF."""
        b = self.bigrams.numbered()
        self._text, self._before, self._grams, self._ids, self._prev = b.text, b.before, b.grams, b.ids, b.prev
        held = self._held()
        # (a count past the bigrams of the page and of its documents: 0, that of a bigram no document holds)
        self._df = np.bincount(held, minlength=len(self._grams) + len(self._unseen) + 1)
        top = math.log(max(1, len(self._documents)) + 1)
        # IDF by document count (0: a bigram no document holds): one logarithm per count, not per bigram, up to
        # the largest count a bigram has (most hold a few documents of the page's many)
        most = int(self._df.max())
        self._idf = np.array([top - math.log(k + 0.5) for k in range(most + 1)])
        self._idf_of = self._idf[self._df]          # (last: the IDF of a bigram no document holds)
        self._counts, self._scratch = b.zeroed()                # (kept zero between uses)

    def _held(self) -> np.ndarray:
        """The numbers of each document's distinct bigrams, once for each document holding one: read off the
        page's text where the document is a piece of it, else counted apart."""
        starts, ends, apart = self._places()
        held = self.bigrams.held(starts, ends)
        return np.concatenate([held, self._numbers(np.concatenate(apart))]) if apart else held

    def _places(self) -> tuple[Sequence[int], Sequence[int], list[np.ndarray]]:
        """Where the documents lie in the page's text (each mostly right after the one before it), and the distinct
        bigrams of those that lie nowhere in it."""
        if self._joined:            # (told by their lengths, none searched for, as arrays: no list is converted)
            docs = self._documents
            lengths = np.fromiter(map(len, docs), np.intp, len(docs))
            ends = lengths.cumsum()
            return ends - lengths, ends, []
        text, end = self._text, 0
        starts: list[int] = []
        ends: list[int] = []
        apart = []
        for d in self._documents:
            start = end if text.startswith(d, end) else text.find(d)
            if start < 0:
                apart.append(np.unique(_codes(_words(d))))
            else:
                end = start + len(d)
                starts.append(start)
                ends.append(end)
        return starts, ends, apart

    def df(self, grams: list[int]) -> list[int]:
        """How many of the documents hold each of ``grams``."""
        if self._ids is None:
            self._index()
        return self._df.take(self._numbers(np.array(grams, np.uint64)), mode="clip").tolist()

    def _numbers(self, codes: np.ndarray) -> np.ndarray:
        """The page's numbers for ``codes``; those it lacks numbered past its bigrams (the same number for the same
        bigram wherever it is met)."""
        ids, held = self.bigrams.known(codes)
        lacking = (~held).nonzero()[0]
        if len(lacking):
            ids[lacking] = [self._unseen.setdefault(c, len(self._grams) + len(self._unseen))
                            for c in codes[lacking].tolist()]
        return ids

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
        """The distinct bigrams of the page's text's characters ``start:end`` in the order they first occur (those
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
        """``_piece`` for a text that is no piece of the page's text: its bigrams counted apart."""
        codes = _codes(_words(text))
        at = codes.argsort(kind="stable")          # stable: each run of equal bigrams starts at its first occurrence
        ordered = codes[at]
        starts = _new_runs(ordered).nonzero()[0]
        counts = np.concatenate((starts[1:], [len(at)])) - starts
        order = at[starts].argsort()                # the distinct bigrams by their first occurrence
        seen, counts = ordered[starts][order], counts[order]
        ids = self._numbers(seen)
        # (past the bigrams of the page and of its documents: the IDF of a bigram no document holds)
        return ids, counts * self._idf_of.take(ids, mode="clip")

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
