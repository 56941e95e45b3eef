"""Layout analysis of one page: page furniture, headline groups, photos and captions, columns, and the article
regions that tie a headline group to the columns of its body.

Everything is measured against the body size: the font size most characters of the page have.
- Page header and footer: the top (bottom) rows of short, small text set apart from the rest.
- Headline groups: lines clearly larger than the body stacked on each other; the largest lines are the
  headline, smaller lines above it the kicker, smaller lines below it the subheadline.
- Columns: body lines stacked at a regular pitch in one column; a line in a larger size inside a column
  (a crosshead) stays in it.
- Photos: images of the page; the short block just below one, within its width, is its caption.
- Article regions: columns whose tops align side by side form a row; the headline groups just above a row
  share its columns out, each taking the run of columns it is centred over (a headline spans the columns of
  its body). A row with no headline above continues the region just above it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..patterns import rx
from ..restore.cohesion import Cohesion
from .elements import Box, Column, Heading, Line, Photo, Region, overlap, union

_FOLIO = re.compile(r"^[-\d\s/.·|年月日第版期星一二三四五六七八九十日天A-Z（）()]+$")   # a page number or date alone
HEAD_RATIO = 1.1        # a line this much larger than the body is part of a headline group
TITLE_TOL = 0.92        # lines at least this share of a group's largest size are its headline
CROSSHEAD_MAX = 1.35    # a one-column heading inside a column, smaller than this (× body), is a crosshead
ROW_TOL = 0.6           # column tops within this (× body) are aligned
GUTTER_MAX = 3.0        # columns of one row are at most this far apart (× body)
HEAD_GAP = 5.0          # a row's columns start at most this far below its headline group (× body)
FOLLOW_GAP = 8.0        # a block without headline continues the region at most this far above it (× body)
CAPTION_COVER = 0.2     # a caption with less of its words in the story above it is a photo of its own


@dataclass
class Layout:
    body: float
    header: list[Line] = field(default_factory=list)
    footer: list[Line] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)          # standalone photos


def body_size(lines: list[Line]) -> float:
    sizes: Counter = Counter()
    for ln in lines:
        sizes[round(ln.size * 4) / 4] += len(ln.key)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def analyze(lines: list[Line], images: list[Box], width: float, height: float) -> Layout:
    S = body_size(lines)
    lay = Layout(body=S)
    lines = sorted(lines, key=lambda ln: (ln.y0, ln.x0))
    lines = _furniture(lines, lay, S, height)
    heads = [ln for ln in lines if ln.size >= HEAD_RATIO * S]
    body = [ln for ln in lines if ln.size < HEAD_RATIO * S]
    headings = _headings(heads, S)
    photos, body = _photos(images, body, S)
    widths = Counter(round(ln.width) for ln in body if ln.width > 5 * S)
    full = widths.most_common(1)[0][0] if widths else 0.0      # the usual width of a full column line
    columns = _columns(body, full, S)
    headings, columns = _crossheads(headings, columns, full, S)
    lay.regions, lay.photos = _regions(headings, columns, photos, S)
    return lay


# ---- page furniture ---------------------------------------------------------------------------------

def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into horizontal rows (lines that share vertical extent), top to bottom."""
    rows: list[list[Line]] = []
    bottom = -1e18
    for ln in lines:
        mid = (ln.y0 + ln.y1) / 2
        if rows and mid < bottom:
            rows[-1].append(ln)
            bottom = max(bottom, ln.y1)
        else:
            rows.append([ln])
            bottom = ln.y1
    return rows


def _is_furniture_row(row: list[Line], S: float, edge: bool) -> bool:
    text = " ".join(ln.key for ln in sorted(row, key=lambda ln: ln.x0))
    if any(ln.size >= 1.3 * S for ln in row) or len(text) > 60:
        return False
    if rx("furniture", "page_header").match(text) or rx("furniture", "masthead").match(text):
        return True
    if any(rx("furniture", "page_header").match(ln.key) or rx("furniture", "editor").match(ln.key) for ln in row):
        return True
    return edge and len(text) <= 30 and bool(_FOLIO.match(text))


def _furniture(lines: list[Line], lay: Layout, S: float, height: float) -> list[Line]:
    """Take the page header (top rows) and footer (bottom rows) off the page's lines."""
    rows = _rows(lines)
    band = max(6 * S, 0.06 * height)
    top = 0
    while top < min(3, len(rows) - 1):
        row, nxt = rows[top], rows[top + 1]
        gap = min(ln.y0 for ln in nxt) - max(ln.y1 for ln in row)
        edge = max(ln.y1 for ln in row) <= rows[0][0].y0 + band
        if gap >= 0.8 * S and _is_furniture_row(row, S, edge):
            for ln in row:
                ln.role = "page_header"
            lay.header += row
            top += 1
        else:
            break
    bottom = len(rows)
    last_y = max(ln.y1 for ln in rows[-1]) if rows else 0
    while bottom - 1 > top and len(rows) - bottom < 2:
        row, prev = rows[bottom - 1], rows[bottom - 2]
        gap = min(ln.y0 for ln in row) - max(ln.y1 for ln in prev)
        edge = min(ln.y0 for ln in row) >= last_y - band
        if gap >= 0.8 * S and _is_furniture_row(row, S, edge):
            for ln in row:
                ln.role = "page_footer"
            lay.footer = row + lay.footer
            bottom -= 1
        else:
            break
    return [ln for row in rows[top:bottom] for ln in row]


# ---- headline groups ----------------------------------------------------------------------------------

def _headings(heads: list[Line], S: float) -> list[Heading]:
    groups: list[Heading] = []
    for ln in heads:                          # top to bottom
        best = None
        for g in groups:
            last = g.lines[-1]
            big = max(ln.size, last.size)
            gap = ln.y0 - last.y1
            if -0.3 * big <= gap <= 0.9 * big and overlap(ln.x0, ln.x1, last.x0, last.x1) > 0:
                if best is None or last.y1 > best.lines[-1].y1:
                    best = g
        if best is not None:
            best.lines.append(ln)
        else:
            groups.append(Heading([ln]))
    for g in groups:
        top = max(ln.size for ln in g.lines)
        titles = [i for i, ln in enumerate(g.lines) if ln.size >= TITLE_TOL * top]
        first, last = titles[0], titles[-1]
        for i, ln in enumerate(g.lines):
            ln.role = "kicker" if i < first else "subheadline" if i > last else "headline"
    return groups


# ---- photos and captions ----------------------------------------------------------------------------------

def _photos(images: list[Box], body: list[Line], S: float) -> tuple[list[Photo], list[Line]]:
    photos = []
    taken: set[int] = set()
    for box in sorted(images, key=lambda b: (b[1], b[0])):
        same = next((p for p in photos if overlap(box[0], box[2], p.box[0], p.box[2]) > 0
                     and overlap(box[1], box[3], p.box[1], p.box[3]) > 0), None)
        if same is not None:                 # pieces of one picture
            same.box = union([same.box, box])
            continue
        ph = Photo(box)
        below = [ln for ln in body if id(ln) not in taken and box[1] < ln.y0 and ln.x0 >= box[0] - S
                 and ln.x1 <= box[2] + S]
        stack: list[Line] = []
        y = box[3]
        for ln in below:                     # top to bottom
            if ln.y0 - y > (1.5 if not stack else 0.9) * S:
                break
            if stack and abs(ln.size - stack[0].size) > 0.05 * S:
                break
            stack.append(ln)
            y = max(y, ln.y1)
        if stack and (len(stack) <= 4 or stack[0].size < 0.95 * S):
            for ln in stack:
                taken.add(id(ln))
                m = rx("photo", "credit").search(ln.key)
                if m and m.start() == 0 and len(ln.key) <= 40 and ln is stack[-1] and len(stack) > 1:
                    ln.role = "credit"
                    ph.credit.append(ln)
                else:
                    ln.role = "caption"
                    ph.caption.append(ln)
        photos.append(ph)
    return photos, [ln for ln in body if id(ln) not in taken]


# ---- columns ------------------------------------------------------------------------------------------

def _letterspaced(body: list[Line], full: float, S: float) -> list[Line]:
    """Join the pieces of lines justified with so few characters that the extractor cut them apart: three or
    more pieces of a few characters each on one baseline, evenly spaced, no wider together than a column."""
    out: list[Line] = []
    i = 0
    while i < len(body):
        run = [body[i]]
        j = i + 1
        while j < len(body):
            a, b = run[-1], body[j]
            gap = b.x0 - a.x1
            if abs(b.y0 - a.y0) > 0.15 * b.size or abs(b.size - a.size) > 0.05 * S or len(b.key) > 3 \
                    or len(a.key) > 3 or not 0.2 * b.size <= gap <= 4 * b.size or b.x1 - run[0].x0 > full + 0.5 * S:
                break
            if len(run) > 1 and abs(gap - (run[1].x0 - run[0].x1)) > 0.25 * b.size + 0.1 * gap:
                break
            run.append(b)
            j += 1
        if len(run) >= 3:
            first, last = run[0], run[-1]
            out.append(Line("".join(x.text for x in run), first.x0, min(x.y0 for x in run), last.x1,
                            max(x.y1 for x in run), first.size, first.bold, "".join(x.key for x in run), first.role))
            i = j
        else:
            out.append(body[i])
            i += 1
    return out


def _columns(body: list[Line], full: float, S: float) -> list[Column]:
    body = _letterspaced(body, full, S)
    cols: list[Column] = []
    open_: list[list] = []                    # [column, x0, x1] of the columns still open
    far, min_gap, size_tol, stale = 3 * S, -0.3 * S, 0.05 * S, 2 * S      # (once, not per line and column)
    for ln in body:                           # top to bottom
        best = None
        x0, x1, y0, size = ln.x0, ln.x1, ln.y0, ln.size
        for entry in open_:
            c, cx0, cx1 = entry
            if x1 < cx0 - far or x0 > cx1 + far:
                continue                      # another column
            last = c.lines[-1]
            gap = y0 - last.y1
            if gap < min_gap or gap > 1.1 * max(size, last.size):
                continue
            if abs(size - last.size) > size_tol:
                continue
            if not _in_column(ln, c, cx0, cx1, S):
                continue
            if best is None or last.y1 > best[0].lines[-1].y1:
                best = entry
        if best is None:
            best = _same_row(open_, ln, S)
            if best is not None:              # a piece of a letter-spaced line that the extractor cut
                last = best[0].lines[-1]
                best[0].lines[-1] = Line(last.text + ln.text, last.x0, min(last.y0, ln.y0), ln.x1,
                                         max(last.y1, ln.y1), last.size, last.bold, last.key + ln.key, last.role)
                best[2] = max(best[2], ln.x1)
                continue
        if best is not None:
            best[0].lines.append(ln)
            best[1], best[2] = min(best[1], ln.x0), max(best[2], ln.x1)
        else:
            c = Column([ln])
            cols.append(c)
            open_.append([c, ln.x0, ln.x1])
        open_ = [e for e in open_ if y0 - e[0].lines[-1].y1 <= stale]
    for c in cols:
        c.measure(full)
    return cols


def _in_column(ln: Line, c: Column, cx0: float, cx1: float, S: float) -> bool:
    """Whether ``ln`` sits in the column spanning ``cx0``-``cx1`` (horizontally)."""
    if overlap(ln.x0, ln.x1, cx0, cx1) >= 0.5 * min(ln.width, cx1 - cx0):
        return True
    if cx0 - 0.5 * S <= ln.x0 <= cx0 + 3 * S and (ln.x1 <= cx1 + 0.5 * S or len(c.lines) <= 3):
        return True                 # a short line (a paragraph's last, one indented), or a column that began short
    # the column's first lines were indented (a paragraph's first line, a crosshead): this one starts left of them
    return len(c.lines) <= 3 and cx0 - 3 * S <= ln.x0 < cx0 and ln.x1 <= cx1 + 0.5 * S \
        and all(abs(x.x0 - cx0) < 0.3 * S for x in c.lines)


def _same_row(open_: list[list], ln: Line, S: float):
    """The open column whose last line ``ln`` continues on the same row, inside the column's width: a line
    whose characters were spread so far apart (justified with few characters) that the extractor cut it."""
    for entry in open_:
        c, cx0, cx1 = entry
        last = c.lines[-1]
        if len(c.lines) < 2 or abs(ln.y0 - last.y0) > 0.15 * ln.size or abs(ln.size - last.size) > 0.05 * S:
            continue
        if last.x1 - 0.1 * S <= ln.x0 and ln.x1 <= cx1 + 0.5 * S:
            return entry
    return None


def _crossheads(headings: list[Heading], columns: list[Column], full: float, S: float):
    """A small heading inside one column, with that column's text right above and below it, is a crosshead:
    it becomes a line of the column."""
    keep = []
    for h in headings:
        x0, y0, x1, y1 = h.box
        if max(ln.size for ln in h.lines) >= CROSSHEAD_MAX * S or len(h.lines) > 2:
            keep.append(h)
            continue
        above = [c for c in columns if 0 <= y0 - c.box[3] <= 1.6 * S and c.left - S <= x0 and x1 <= c.right + S]
        below = [c for c in columns if 0 <= c.box[1] - y1 <= 1.6 * S and c.left - S <= x0 and x1 <= c.right + S]
        pair = next(((a, b) for a in above for b in below if abs(a.left - b.left) < S and abs(a.right - b.right) < S),
                    None)
        if pair is None:
            keep.append(h)
            continue
        a, b = pair
        for ln in h.lines:
            ln.role = "body"
        a.lines += h.lines + b.lines
        columns.remove(b)
        a.measure(full)
    return keep, columns


# ---- article regions ------------------------------------------------------------------------------------

Block = Column | Photo


def _box(b: Block) -> Box:
    if isinstance(b, Photo):
        return union([b.box] + [ln.box for ln in b.caption + b.credit])
    return b.box


def _block_rows(blocks: list[Block], S: float) -> list[list[Block]]:
    """Blocks whose tops align and that stand side by side, chained left to right."""
    boxes = {id(b): _box(b) for b in blocks}
    order = sorted(blocks, key=lambda b: boxes[id(b)][1])
    parent = {id(b): id(b) for b in blocks}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, a in enumerate(order):
        ba = boxes[id(a)]
        for b in order[i + 1:]:
            bb = boxes[id(b)]
            if bb[1] - ba[1] > ROW_TOL * S:
                break
            gap = max(bb[0] - ba[2], ba[0] - bb[2])
            if -0.5 * S <= gap <= GUTTER_MAX * S:
                parent[find(id(b))] = find(id(a))
    rows: dict[int, list[Block]] = {}
    for b in order:
        rows.setdefault(find(id(b)), []).append(b)
    out = [sorted(r, key=lambda b: boxes[id(b)][0]) for r in rows.values()]
    return sorted(out, key=lambda r: (min(boxes[id(b)][1] for b in r), boxes[id(r[0])][0]))


def _regions(headings: list[Heading], columns: list[Column], photos: list[Photo], S: float):
    blocks: list[Block] = [*columns, *photos]
    rows = _block_rows(blocks, S)
    row_box = [union(_box(b) for b in r) for r in rows]
    claims: dict[int, list[Heading]] = {}
    lead: set[int] = set()
    for h in headings:
        for k, is_lead in _rows_under(h, headings, rows, row_box, S):
            claims.setdefault(k, []).append(h)
            if is_lead:
                lead.add(k)
    regions = [Region(h) for h in headings]
    by_heading = {id(r.heading): r for r in regions}
    placed: list[tuple[Box, Region]] = [(r.heading.box, r) for r in regions]
    for k, row in enumerate(rows):
        heads = sorted(claims.get(k, []), key=lambda h: (h.box[0] + h.box[2]) / 2)
        if heads:
            for h, part in zip(heads, _partition(row, heads, S)):
                reg = by_heading[id(h)]
                for b in part:
                    if k in lead and isinstance(b, Column):
                        b.alone = True
                    reg.columns.append(b) if isinstance(b, Column) else reg.photos.append(b)
                    placed.append((_box(b), reg))
            continue
        for b in row:
            bb = _box(b)
            reg = _above(bb, placed, S)
            if reg is None:
                reg = Region(None)
                reg.notes.append("body without a headline above it")
                regions.append(reg)
            if isinstance(b, Column):
                reg.columns.append(b)
            else:
                reg.photos.append(b)
                reg.loose.append(b)
            placed.append((bb, reg))
    return _finish(regions, S)


def _rows_under(h: Heading, headings: list[Heading], rows: list[list[Block]], row_box: list[Box], S: float):
    """The rows a headline group stands over: those starting just below it that it overlaps, unless another
    row or headline group lies between (the story's columns may start at different heights, as when a byline
    opens the first one). A byline or jump line right under the headline is a lead row: it does not block."""
    hx0, _, hx1, hy1 = h.box
    cands = sorted((k for k, rb in enumerate(row_box) if hy1 - ROW_TOL * S <= rb[1] <= hy1 + HEAD_GAP * S
                    and overlap(hx0, hx1, rb[0], rb[2]) > 0), key=lambda k: row_box[k][1])
    out: list[tuple[int, bool]] = []
    leads: set[int] = set()
    for k in cands:
        rb = row_box[k]
        blocked = any(j != k and j not in leads and hy1 - ROW_TOL * S <= row_box[j][1] < rb[1] - ROW_TOL * S
                      and row_box[j][3] <= rb[1] + ROW_TOL * S and overlap(hx0, hx1, row_box[j][0], row_box[j][2]) > 0
                      and overlap(rb[0], rb[2], row_box[j][0], row_box[j][2]) > 0 for j in range(len(rows)))
        blocked = blocked or any(g is not h and g.box[1] >= hy1 - ROW_TOL * S and g.box[3] <= rb[1] + ROW_TOL * S
                                 and overlap(rb[0], rb[2], g.box[0], g.box[2]) > 0 for g in headings)
        if blocked:
            continue
        is_lead = not out and _is_lead_row(rows[k], rb, h.box, S)
        if is_lead:
            leads.add(k)
        out.append((k, is_lead))
    if len(out) == 1 and out[0][1]:
        return [(out[0][0], False)]       # a short body, not a byline: nothing follows it
    return out


def _is_lead_row(row: list[Block], rb: Box, head: Box, S: float) -> bool:
    """One short line or two under a headline group (a byline, a jump line), narrower than it and centred
    under it or flush left with it."""
    if len(row) != 1 or not isinstance(row[0], Column) or len(row[0].lines) > 2:
        return False
    width, hw = rb[2] - rb[0], head[2] - head[0]
    centre = abs((rb[0] + rb[2]) - (head[0] + head[2])) / 2
    return width <= 0.7 * hw and (centre <= 0.15 * hw + S or abs(rb[0] - head[0]) <= S)


def _above(bb: Box, placed: list[tuple[Box, Region]], S: float) -> Region | None:
    """The region of the nearest placed element right above ``bb`` (overlapping it horizontally)."""
    best, best_y = None, None
    for box, reg in placed:
        if overlap(bb[0], bb[2], box[0], box[2]) <= 0.2 * min(bb[2] - bb[0], box[2] - box[0]):
            continue
        if box[3] > bb[1] + ROW_TOL * S or bb[1] - box[3] > FOLLOW_GAP * S:
            continue
        if best_y is None or box[3] > best_y:
            best, best_y = reg, box[3]
    return best


def _text(r: Region) -> str:
    head = "".join(ln.key for ln in r.heading.lines) if r.heading else ""
    return head + "".join(ln.key for c in r.columns for ln in c.lines)


def _belongs(ph: Photo, r: Region, coh: Cohesion, S: float) -> bool:
    """A photo found under a story (not under its headline) belongs to it when it stays within the story's
    width and its caption's words recur in the story; else it is a photo of its own."""
    cols = [c.box for c in r.columns] + [p.box for p in r.photos if p is not ph]
    if r.heading:
        cols.append(r.heading.box)
    if not cols:
        return False
    x0, x1 = min(b[0] for b in cols), max(b[2] for b in cols)
    if ph.box[0] < x0 - 2 * S or ph.box[2] > x1 + 2 * S:
        return False
    caption = "".join(ln.key for ln in ph.caption)
    return not caption or coh.coverage(caption, _text(r)) >= CAPTION_COVER


def _partition(row: list[Block], heads: list[Heading], S: float) -> list[list[Block]]:
    """Share a row's blocks (left to right) out among the headline groups above it (left to right): each
    takes a run of adjacent blocks, the one it is centred over (or set flush left on) and spans."""
    n, m = len(row), len(heads)
    if m == 1:
        return [row]
    boxes = [_box(b) for b in row]
    if m > n:
        out: list[list[Block]] = [[] for _ in heads]
        for b, bb in zip(row, boxes):
            c = (bb[0] + bb[2]) / 2
            k = min(range(m), key=lambda i: abs((heads[i].box[0] + heads[i].box[2]) / 2 - c))
            out[k].append(b)
        return out
    # dynamic programming over the cut positions: cost[h][j], the best split of blocks[:j] among heads[:h + 1]
    def cost(h: Heading, i: int, j: int) -> float:
        x0, x1 = boxes[i][0], boxes[j - 1][2]
        hx0, _, hx1, _ = h.box
        placed = min(abs((hx0 + hx1) / 2 - (x0 + x1) / 2), abs(hx0 - x0))     # centred, or flush left
        return placed + 10 * (max(0.0, x0 - hx0 - S) + max(0.0, hx1 - x1 - S))

    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(m)]
    back = [[0] * (n + 1) for _ in range(m)]
    for j in range(1, n - m + 2):
        best[0][j] = cost(heads[0], 0, j)
    for h in range(1, m):
        for j in range(h + 1, n - m + h + 2):
            for i in range(h, j):
                c = best[h - 1][i] + cost(heads[h], i, j)
                if c < best[h][j]:
                    best[h][j], back[h][j] = c, i
    bounds = [n]
    for h in range(m - 1, 0, -1):
        bounds.append(back[h][bounds[-1]])
    bounds.append(0)
    bounds.reverse()
    return [row[bounds[i]:bounds[i + 1]] for i in range(m)]


def _finish(regions: list[Region], S: float):
    out, standalone = [], []
    loose = [ph for r in regions for ph in r.loose]
    coh = Cohesion([_text(r) for r in regions] + ["".join(ln.key for ln in ph.caption) for ph in loose]) \
        if loose else None
    for r in regions:
        for ph in r.loose:
            if not _belongs(ph, r, coh, S):
                r.photos.remove(ph)
                standalone.append(ph)
        if r.heading is None and not r.columns:
            standalone += r.photos
            continue
        out.append(r)
    out.sort(key=lambda r: (round(r.box[1] / (2 * S)), r.box[0]))
    return out, standalone
