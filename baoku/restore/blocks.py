"""Split the normalized text into line blocks and tell which kind of dump it is.

``md``: converter markdown, one column fragment or heading per line, blank lines between blocks.
``lines``: one visual line per line (PDF text extractors, OCR): paragraphs must be rebuilt from line widths.
"""
from __future__ import annotations

import re
from itertools import compress
from typing import NamedTuple

import numpy as np

from ..model import Block, Page
from .cohesion import code_points

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


_OPENING = re.compile(r"[“‘（《「(]*(?:[0-9A-Za-z.,%:/·\-]+|——(?:[“‘]+.)?|.)[，。、；：？！”’）》」,;:!?)…]*")


def fills(b: Block, nxt: Block, room: float) -> bool:
    """Line ``b`` leaves too little of ``room`` for what opens ``nxt`` and may not be parted from it: a character
    with the stops after it, a number or a Latin word, a dash (with the quotes after it and the character they
    open), opening quotes with the character they open."""
    m = _OPENING.match(nxt.text)
    return bool(m) and b.width + width(m.group()) > room


def split_blocks(page: Page) -> Page:
    """A block for each line that is not blank; the dump's format and, for a line dump, its column's width."""
    norm = page.norm
    padded = code_points(norm + "\n")     # (a line end past the text: where an empty line's first character is read)
    points = padded[:-1]
    texts = norm.split("\n")
    breaks = np.flatnonzero(points == 10)
    starts, ends = np.concatenate(([0], breaks + 1)), np.append(breaks, len(points))
    ts, te, levels = starts.copy(), ends.copy(), [0] * len(texts)
    blank = starts == ends
    # (most lines are their block's text as they are, all told at once; the others are read one by one)
    for k in _odd_lines(padded, starts, ends, blank):
        got = _parts(texts[k], int(ends[k]))
        if got is None:
            blank[k] = True
        else:
            texts[k], ts[k], te[k], levels[k] = got
    gaps = _gaps(blank)
    if blank.any():
        keep = ~blank
        starts, ends, ts, te = starts[keep], ends[keep], ts[keep], te[keep]
        keep = keep.tolist()
        texts, levels = list(compress(texts, keep)), list(compress(levels, keep))
    widths = _widths(points, ts, te)
    firsts, lasts = _ends_of(padded, ts, te)
    page.lines = Lines(ts.tolist(), te.tolist(), widths, firsts, lasts, np.flatnonzero(te[1:] - ts[1:] <= 8).tolist())
    blocks = list(map(Block, starts.tolist(), ends.tolist(), page.lines.starts, page.lines.ends, texts, levels,
                      widths.tolist()))
    page.blocks = blocks
    fmt, full = (page.source.format, None) if page.source.format else detect_format(blocks, gaps, widths)
    page.source.format = fmt
    page.column = (line_width(blocks, widths) if full is None else full) if fmt == "lines" else None
    return page


class Lines(NamedTuple):
    """Facts of a text dump's blocks read once for the page, for the stages that ask them of every line at once."""
    starts: list[int]       # where each block's text starts in the normalized text
    ends: list[int]         # and where it ends
    widths: np.ndarray      # each block's width
    firsts: str             # each block's text's first character, one a block (a space for an empty text)
    lasts: str              # and its last character
    over_short: list[int]   # the blocks over a block of eight characters or fewer (a credit may wrap onto it)


def _ends_of(padded: np.ndarray, ts: np.ndarray, te: np.ndarray) -> tuple[str, str]:
    """The first and the last character of each text ``ts``:``te`` of the text of code points ``padded`` (a
    character more past its end), one a text, as two strings (a space for an empty text)."""
    empty = ts == te
    firsts = np.where(empty, 32, padded[ts]).astype(np.uint32)
    lasts = np.where(empty, 32, padded[te - 1]).astype(np.uint32)
    return (firsts.tobytes().decode("utf-32-le", "surrogatepass"),
            lasts.tobytes().decode("utf-32-le", "surrogatepass"))


_SPACE_OF = np.zeros(0x10000, bool)     # which characters of the Basic Multilingual Plane are of _SPACE
_SPACE_OF[[ord(c) for c in _SPACE]] = True
_WHITE_OF = np.fromiter((chr(c).isspace() for c in range(0x10000)), bool, 0x10000)     # whitespace (none beyond)


def _odd_lines(padded: np.ndarray, starts: np.ndarray, ends: np.ndarray, empty: np.ndarray) -> list[int]:
    """The lines (by their ``starts`` and ``ends`` in the text of code points ``padded``, which ends with a line
    end past the last line), not ``empty``, that may not be their block's text as they are: opening with
    whitespace, ending with a space of _SPACE or holding a '#' in their first four characters (a heading's mark)."""
    odd = _WHITE_OF.take(padded[starts], mode="clip") | _SPACE_OF.take(padded[ends - 1], mode="clip")
    marks = np.flatnonzero(padded == 0x23)
    if len(marks):
        line = starts.searchsorted(marks, "right") - 1
        odd[line[marks - starts[line] < 4]] = True
    return np.flatnonzero(odd & ~empty).tolist()


def _parts(line: str, end: int) -> tuple[str, int, int, int] | None:
    """A line's block's text, where it starts and ends in the page (the line ends at ``end``) and its heading level;
    None for a blank line."""
    if not line or line.isspace():      # (no stripped copy of every line)
        return None
    level = 0
    m = _HEADING.match(line) if "#" in line[:4] else None      # a mark opens a heading's first 4 characters
    rest = line
    if m and m.end() < len(line):
        level = len(m.group(1))
        rest = line[m.end():]
    core = rest.lstrip(_SPACE)
    text = core.rstrip(_SPACE)
    ts = end - len(core)
    return text, ts, ts + len(text), level


def _gaps(blank: np.ndarray) -> int:
    """How many runs of ``blank`` lines lie between two blocks (the runs ending after the first block)."""
    lines = np.flatnonzero(~blank)
    return int(np.count_nonzero(blank[lines[0]:-1] & ~blank[lines[0] + 1:])) if len(lines) else 0


def _widths(points: np.ndarray, ts: np.ndarray, te: np.ndarray) -> np.ndarray:
    """The widths (as ``width`` has them) of the ranges ``ts``:``te`` of the text of code points ``points``: the
    narrow characters of the whole text are counted in one pass, not by a pattern per line."""
    narrow = np.empty(len(points) + 1, dtype=np.int64)     # (not zeroed: each count but the first is written)
    narrow[0] = 0
    np.cumsum((points < 0x2000) & (points != 0xB7), out=narrow[1:])    # NARROW: below U+2000 but the middle dot
    return (te - ts) - 0.45 * (narrow[te] - narrow[ts])


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
    if not len(widths):
        return 0.0
    # the full width is the upper edge of the dense band of widths (its count with those half an em and an em below),
    # the first such width to occur where two tie (counted over the page's distinct rounded widths at once)
    values, first, number = np.unique(np.round(widths * 2) / 2, return_index=True, return_counts=True)
    band = number.copy()
    for below in (0.5, 1):
        at = np.searchsorted(values, values - below)
        held = values[np.minimum(at, len(values) - 1)] == values - below
        band[held] += number[at[held]]
    order = np.argsort(first)
    best = values[order[np.argmax(band[order])]].item()
    widest = np.flatnonzero(widths >= best - 0.5).tolist()
    if widest and np.count_nonzero((widths >= best - 1.5) & (widths < best - 0.5)) >= len(widest) \
            and sum([blocks[k].text[-1:] in HANGING for k in widest]) >= 0.8 * len(widest):
        best -= 1               # stops hanging past the column make the widest lines one em too wide (asked when
        #                         as many lines are an em narrower: their ends are read only then)
    return best
