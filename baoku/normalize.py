"""Normalize decoded text, keeping a map from every normalized character back to the source.

Kangxi radicals, CJK radicals and compatibility ideographs become standard ideographs (one to one); CR/CRLF
become LF; spaces that justification put between CJK characters, and between a digit and a CJK character, are
removed. Full-width punctuation and every other character are kept as they are.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from functools import lru_cache
from importlib import resources

import numpy as np

from .model import Page

_SPACES = " \t\u00a0\u3000"


@lru_cache(maxsize=1)
def _radicals() -> dict[str, str]:
    table = {}
    for line in resources.files("baoku.data").joinpath("radicals.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            _, src, dst = line.split("\t")
            table[src] = dst
    return table


def ideograph(c: str) -> str:
    """The standard ideograph for a radical or compatibility ideograph; other characters unchanged."""
    o = ord(c)
    if 0x2F00 <= o <= 0x2FDF or 0xF900 <= o <= 0xFAFF or 0x2F800 <= o <= 0x2FA1F:
        n = unicodedata.normalize("NFKC", c)
        return n if len(n) == 1 else c
    if 0x2E80 <= o <= 0x2EFF:
        return _radicals().get(c, c)
    return c


def is_cjk(c: str) -> bool:
    """A CJK ideograph or full-width punctuation/letter (text that justification spaces out)."""
    o = ord(c)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x3000 < o <= 0x303F or 0xFF01 <= o <= 0xFF5E
            or 0x2E80 <= o <= 0x2FDF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F or o in (0x201C, 0x201D,
            0x2018, 0x2019, 0x2014, 0x2026, 0xB7))


_LETTERSPACED = re.compile(r"(?:\S[ \u00a0\u3000]){3,}\S")


def _drop_spaces(line: str) -> set[int]:
    """Indexes of the spaces in ``line`` that justification or PDF extraction added."""
    drop = set()
    # (a letterspaced run holds three spaces at least and 7/3 characters a space at most, 2k + 1 for k spaces: the
    # pattern is tried only on a line holding spaces enough for its runs to fill more than half of it)
    count = line.count(" ") + line.count("\u00a0") + line.count("\u3000")
    spaced = count >= 3 and 14 * count > 3 * len(line.strip()) \
        and sum([len(m.group()) for m in _LETTERSPACED.finditer(line)]) > 0.5 * len(line.strip())
    for i, j in _space_runs(line):
        if 0 < i and j < len(line):
            a, b = line[i - 1], line[j]
            if (is_cjk(a) and is_cjk(b) and (spaced or j - i == 1 and _is_tight(line, i, j))) or \
                    (a.isdigit() and a.isascii() and _is_han(b)) or (_is_han(a) and b.isdigit() and b.isascii()
                                                                    and spaced):
                drop.update(range(i, j))
    return drop


def _space_runs(line: str) -> list[list[int]]:
    """The longest runs of the spaces of ``_SPACES`` in ``line``, ``[start, end]`` in order: put together from the
    spaces' offsets (``str.find``), not by a pattern tested at each of the line's characters
    (a markdown dump's line is a whole paragraph, with a few spaces)."""
    runs: list[list[int]] = []
    for i in sorted(_space_offsets(line)):
        if runs and runs[-1][1] == i:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    return runs


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def _is_tight(line: str, i: int, j: int) -> bool:
    """A single space between CJK characters inside a long run of prose (not a headline's phrase gap)."""
    a, b = line[i - 1], line[j]
    return a in "，。、；：？！“”（）《》" or b in "，。、；：？！“”（）《》"


# the high bytes, in UTF-16, of the radicals' and compatibility ideographs' code units (U+2E80–U+2FDF,
# U+F900–U+FAFF, and the high surrogate of U+2F800–U+2FA1F): every such character has one of them
_SPECIAL_HIGH = b"\x2e\x2f\xf9\xfa\xd8"
_CRLF = re.compile("\r\n")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """The one-to-one map of radicals and compatibility ideographs, for str.translate."""
    ranges = ((0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
    return {o: ideograph(chr(o)) for lo, hi in ranges for o in range(lo, hi + 1) if ideograph(chr(o)) != chr(o)}


def _may_hold_special(text: str) -> bool:
    """Whether ``text`` may hold a radical or compatibility ideograph (true for every text that does): one of its
    UTF-16 code units has a high byte of theirs. Bytes are searched at memory speed; a regex would test each
    character against the ranges."""
    high = text.encode("utf-16-le", "surrogatepass")[1::2]
    return any(b in high for b in _SPECIAL_HIGH)


def normalize(page: Page) -> Page:
    text = page.source.text
    mapped = text.translate(_table()) if _may_hold_special(text) else text    # one to one: offsets stay
    mapped = mapped.replace("\r", "\n")        # a CR, or a CRLF whose LF is cut, ends a line as an LF does
    cuts = _cut(text)
    out: list[str] = []
    pos = 0
    for cut in [*cuts, len(text)]:
        out.append(mapped[pos:cut])
        pos = cut + 1
    page.norm = "".join(out)
    page.omap = _offset_map(len(text), cuts)
    return page


def _offset_map(size: int, cuts: list[int]) -> array:
    """The source offset of each normalized character (and one past the end): every offset up to ``size`` but the
    ``cuts``, as a packed array (no number object per character)."""
    offsets = array("q")
    offsets.frombytes(memoryview(np.delete(np.arange(size + 1, dtype=np.int64), cuts)).cast("B"))     # (no copy)
    return offsets


def _cut(text: str) -> list[int]:
    """The offsets of the source characters that normalization drops, in order: the LF of each CRLF, and the
    spaces that ``_drop_spaces`` finds in each line that has spaces (only those lines are looked at, each found
    from one of its spaces: the page is not split into lines)."""
    cuts = [m.start() + 1 for m in _CRLF.finditer(text)]
    spaces = sorted(_space_offsets(text))
    backwards = text[::-1] if spaces else ""    # (the line's start: the first line end found going back)
    end = 0
    for i in spaces:
        if i < end:
            continue            # (a line read already)
        before = _BREAK.search(backwards, len(text) - i)
        start = len(text) - before.start() if before else 0
        after = _BREAK.search(text, i)
        # (as str.splitlines(keepends=True) cut it and rstrip("\r\n") left it: an end other than CR or LF stays)
        end = len(text) if after is None else after.start() + (text[after.start()] not in "\r\n")
        cuts += (start + k for k in _drop_spaces(text[start:end]))
    return sorted(cuts)


# what ends a line for str.splitlines (a CRLF too: a line never holds a CR or LF)
_BREAK = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _space_offsets(text: str):
    """The offsets of the spaces of ``_SPACES`` in ``text``, found with ``str.find`` (a page holds few spaces, and
    a regex would test each of its characters against the set)."""
    for space in _SPACES:
        i = text.find(space)
        while i >= 0:
            yield i
            i = text.find(space, i + 1)
