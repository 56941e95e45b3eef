"""Split the normalized text into line blocks and tell which kind of dump it is.

``md``: converter markdown, one column fragment or heading per line, blank lines between blocks.
``lines``: one visual line per line (PDF text extractors, OCR): paragraphs must be rebuilt from line widths.
"""
from __future__ import annotations

import re
from collections import Counter

import numpy as np

from ..model import Block, Page

_HEADING = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]*")
_SPACE = " \t\u00a0\u3000"
HANGING = "，。、；：！？”）"      # stops a typesetter may hang past the column's edge
INDENT = 2.0                        # a paragraph's first line is indented two characters
INDENT_LO, INDENT_HI = 4.2, 1.6     # an indented first line is between full-4.2 and full-1.6 em wide (indent,
#                                    kinsoku and the estimate of glyph widths all shorten lines)


NARROW = re.compile(r"[\x00-\xb6\xb8-\u1fff]")     # below U+2000 but the middle dot: Latin, digits, spaces


def width(text: str) -> float:
    """Visual width in em: CJK and full-width characters 1, Latin letters, digits and spaces about half."""
    return len(text) - 0.45 * len(NARROW.findall(text))


_OPENING = re.compile(r"[“‘（《「(]*(?:[0-9A-Za-z.,%:/·\-]+|——(?:[“‘]+.)?|.)[，。、；：？！”’）》」,;:!?)]*")


def fills(b: Block, nxt: Block, room: float) -> bool:
    """Line ``b`` leaves too little of ``room`` for what opens ``nxt`` and may not be parted from it: a character
    with the stops after it, a number or a Latin word, a dash (with the quotes after it and the character they
    open), opening quotes with the character they open."""
    m = _OPENING.match(nxt.text)
    return bool(m) and b.width + width(m.group()) > room


def split_blocks(page: Page) -> Page:
    norm = page.norm
    blocks = []
    bounds = []                 # each block's text's start and end, where the widths are read once for the page
    pos = 0
    gaps, blank = 0, False      # runs of blank lines between blocks, and whether one runs since the last block
    for line in norm.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line or line.isspace():      # (no stripped copy of every line)
            blank = bool(blocks)
            continue
        if blank:
            gaps, blank = gaps + 1, False
        level = 0
        m = _HEADING.match(line) if "#" in line[:4] else None      # a mark opens a heading's first 4 characters
        rest = line
        if m and m.end() < len(line):
            level = len(m.group(1))
            rest = line[m.end():]
        core = rest.lstrip(_SPACE)
        text = core.rstrip(_SPACE)
        ts = end - len(core)
        te = ts + len(text)
        blocks.append(Block(start, end, ts, te, text, level))
        bounds += (ts, te)
    widths = _widths(norm, bounds)
    for b, w in zip(blocks, widths.tolist()):
        b.width = w
    page.blocks = blocks
    fmt, full = (page.source.format, None) if page.source.format else detect_format(blocks, gaps, widths)
    page.source.format = fmt
    page.column = (line_width(blocks, widths) if full is None else full) if fmt == "lines" else None
    return page


def _widths(text: str, bounds: list[int]) -> np.ndarray:
    """The widths (as ``width`` has them) of the ranges of ``text`` that start and end at ``bounds`` (in pairs):
    the narrow characters of the whole text are counted in one pass, not by a pattern per line."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    narrow = np.zeros(len(points) + 1, dtype=np.int64)
    np.cumsum((points < 0x2000) & (points != 0xB7), out=narrow[1:])    # NARROW: below U+2000 but the middle dot
    ends = np.array(bounds, dtype=np.int64).reshape(-1, 2)
    sizes, counts = ends[:, 1] - ends[:, 0], narrow[ends[:, 1]] - narrow[ends[:, 0]]
    return sizes - 0.45 * counts


def detect_format(blocks: list[Block], blank_gaps: int, widths: np.ndarray) -> tuple[str, float | None]:
    """``md`` when blank lines (``blank_gaps`` runs of them between blocks) or heading marks separate blocks,
    ``lines`` when most lines share one width (that width, a full body line's, comes with it: it is measured once).
    ``widths`` are the blocks' widths, in an array (compared all at once, not line by line)."""
    if len(blocks) < 8:
        return "md", None
    if blank_gaps > 0.5 * (len(blocks) - 1):
        return "md", None
    full = line_width(blocks, widths)
    near = np.count_nonzero((widths >= full - 2.5) & (widths <= full + 0.5))
    return ("lines", full) if full <= 40 and near >= 0.5 * len(blocks) else ("md", None)


def line_width(blocks: list[Block], widths: np.ndarray) -> float:
    """The width of a full body line: the most common width among the longer lines (rounded to 0.5 em).
    ``widths`` are the blocks' widths, in an array."""
    counts = Counter()
    for w, k in _distinct(widths):
        counts[round(w * 2) / 2] += k       # (in the order the rounded widths first occur, as max breaks ties)
    if not counts:
        return 0.0
    # the full width is the upper edge of the dense band of widths (its count with those half an em and an em below)
    best = max(counts, key=lambda w: counts.get(w, 0) + counts.get(w - 0.5, 0) + counts.get(w - 1, 0))
    widest = np.flatnonzero(widths >= best - 0.5).tolist()
    if widest and sum([blocks[k].text[-1:] in HANGING for k in widest]) >= 0.8 * len(widest) and \
            np.count_nonzero((widths >= best - 1.5) & (widths < best - 0.5)) >= len(widest):
        best -= 1               # stops hanging past the column make the widest lines one em too wide
    return best


def _distinct(widths: np.ndarray) -> list[tuple[float, int]]:
    """Each distinct width with the number of lines of that width, in the order the widths first occur (lines
    share widths: each is rounded once, not each line's)."""
    values, first, number = np.unique(widths, return_index=True, return_counts=True)
    order = np.argsort(first)
    return list(zip(values[order].tolist(), number[order].tolist()))
