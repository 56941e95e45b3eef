"""Normalize decoded text, keeping a map from every normalized character back to the source.

Kangxi radicals, CJK radicals and compatibility ideographs become standard ideographs (one to one); CR/CRLF
become LF; spaces that justification put between CJK characters, and between a digit and a CJK character, are
removed. Full-width punctuation and every other character are kept as they are.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

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
    spaced = sum(len(m.group()) for m in _LETTERSPACED.finditer(line)) > 0.5 * len(line.strip())
    i, n = 0, len(line)
    while i < n:
        if line[i] in _SPACES:
            j = i
            while j < n and line[j] in _SPACES:
                j += 1
            if 0 < i and j < n:
                a, b = line[i - 1], line[j]
                if (is_cjk(a) and is_cjk(b) and (spaced or j - i == 1 and _is_tight(line, i, j))) or \
                        (a.isdigit() and a.isascii() and _is_han(b)) or (_is_han(a) and b.isdigit() and b.isascii()
                                                                        and spaced):
                    drop.update(range(i, j))
            i = j
        else:
            i += 1
    return drop


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def _is_tight(line: str, i: int, j: int) -> bool:
    """A single space between CJK characters inside a long run of prose (not a headline's phrase gap)."""
    a, b = line[i - 1], line[j]
    return a in "，。、；：？！“”（）《》" or b in "，。、；：？！“”（）《》"


_SPECIAL = re.compile(r"[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
_MAYBE_SPACED = re.compile(r"[ \t\u00a0\u3000]")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """The one-to-one map of radicals and compatibility ideographs, for str.translate."""
    ranges = ((0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
    return {o: ideograph(chr(o)) for lo, hi in ranges for o in range(lo, hi + 1) if ideograph(chr(o)) != chr(o)}


def normalize(page: Page) -> Page:
    text = page.source.text
    out: list[str] = []
    omap: list[int] = []
    pos = 0
    table = _table()
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        drop = _drop_spaces(body) if _MAYBE_SPACED.search(body) else ()
        mapped = body.translate(table) if _SPECIAL.search(body) else body
        if drop:
            keep = [k for k in range(len(body)) if k not in drop]
            out.append("".join(mapped[k] for k in keep))
            omap.extend(pos + k for k in keep)
        else:
            out.append(mapped)
            omap.extend(range(pos, pos + len(body)))
        if len(body) < len(raw):                 # one LF for any line ending
            out.append("\n")
            omap.append(pos + len(body))
        pos += len(raw)
    omap.append(len(text))
    page.norm = "".join(out)
    page.omap = omap
    return page
