"""Reading order inside an article region and paragraphs rebuilt from the lines' geometry.

Blocks are read column by column (a recursive XY-cut that prefers vertical cuts, so a story's columns are
read left to right and a photo inside a column interrupts it there). A paragraph starts at a line indented
from its column's left edge, or after a line that stops short of the column's right edge; a paragraph cut
at the foot of a column goes on in the next one when that column's first line is not indented.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from ..restore.punct import ends_sentence
from ..restore.roles import line_role
from .elements import Box, Line, Photo, Region, union

INDENT = 0.9            # a line starting this much (× its size) right of its column's edge is indented
SHORT = 0.9             # a line ending this much (× its size) before its column's edge is a paragraph's last


@dataclass
class Piece:
    """A unit of an article's body in reading order: a paragraph, a caption, a jump marker or editor line."""
    kind: str                           # paragraph | caption | jump | editor
    lines: list[Line] = field(default_factory=list)
    photo: Photo | None = None


def _bbox(b) -> Box:
    if isinstance(b, Photo):
        return union([b.box] + [ln.box for ln in b.caption + b.credit])
    return b.box


def xy_order(blocks: list, S: float) -> list:
    """Blocks in reading order: split at a vertical gutter when one runs through all of them (columns, left
    to right), else at a horizontal gap (top to bottom), recursively."""
    if len(blocks) <= 1:
        return list(blocks)
    boxes = [(_bbox(b), b) for b in blocks]
    for axis in (0, 1):
        boxes.sort(key=lambda t: (t[0][axis], t[0][1 - axis]))
        groups, cur, end = [], [], None
        for box, b in boxes:
            if cur and box[axis] >= end - 0.3 * S:
                groups.append(cur)
                cur, end = [], None
            cur.append(b)
            end = box[axis + 2] if end is None else max(end, box[axis + 2])
        groups.append(cur)
        if len(groups) > 1:
            return [x for g in groups for x in xy_order(g, S)]
    return [b for _, b in sorted(boxes, key=lambda t: (t[0][1], t[0][0]))]


def fix_edges(region: Region, S: float, gutter: float) -> None:
    """Columns too short to show their edges (no full line) take them from the region's other columns:
    a story's columns share one width and one gutter."""
    good = [c for c in region.columns if len(c.lines) >= 3]
    if not good:
        return
    width = median(c.right - c.left for c in good)
    for c in region.columns:
        if c.right - c.left >= width - S:
            continue
        x0 = min(ln.x0 for ln in c.lines)
        ref = min(good, key=lambda g: abs(g.left - x0))
        pitch = width + gutter
        k = round((x0 - ref.left) / pitch)
        left = ref.left + k * pitch
        if left <= x0 + 0.3 * S and x0 - left < 4 * S:
            c.left = min(c.left, left)
            c.right = max(c.right, left + width)


def pieces(region: Region, S: float, gutter: float) -> list[Piece]:
    fix_edges(region, S, gutter)
    out: list[Piece] = []
    para: list[Line] | None = None
    short = True
    room = 0.0
    for b in xy_order(region.columns + region.photos, S):
        if isinstance(b, Photo):
            if b.caption or b.credit:
                out.append(Piece("caption", b.caption + b.credit, b))
            continue
        if b.alone:
            short = True
        for ln in b.lines:
            indented = ln.x0 - b.left >= INDENT * ln.size or b.alone
            if short and para is not None and not indented and _forced_wrap(para[-1], ln, room):
                short = False
            if para is None or indented or short:
                para = [ln]
                out.append(Piece("paragraph", para))
            else:
                para.append(ln)
            room = b.right - ln.x1
            short = room >= SHORT * ln.size or b.alone
    for p in out:
        if p.kind == "paragraph" and len(p.lines) == 1:
            role = line_role(p.lines[0].key)
            if role in ("jump", "editor"):
                p.kind = role
    return out


_TOKEN = re.compile(r"[A-Za-z0-9:/._\-?=&%#@+~]{4,}")


def _forced_wrap(prev: Line, ln: Line, room: float) -> bool:
    """A line left short because the next one opens with a word too long for the room left (a web address,
    a long number): the paragraph goes on."""
    m = _TOKEN.match(ln.key)
    return bool(m) and not ends_sentence(prev.key) and room < 0.5 * ln.size * len(m.group())


def gutter(regions: list[Region], S: float) -> float:
    """The usual gap between two columns of one story."""
    gaps = []
    for r in regions:
        cols = sorted((c for c in r.columns if len(c.lines) >= 3), key=lambda c: c.left)
        for a, b in zip(cols, cols[1:]):
            g = b.left - a.right
            if 0 < g < 3 * S and abs(a.box[1] - b.box[1]) < S:
                gaps.append(g)
    return median(gaps) if gaps else 1.2 * S
