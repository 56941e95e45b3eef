"""Turn a page's layout into the page model: the text in reading order, blocks, units and articles.

``Source.text`` is the page's text layer, one visual line per line, in reading order (page header, each
article's headline group and body, standalone photos, footer, then anything set aside); every span points
into it, and every line of the text layer is in it once, so every character is accounted for.
"""
from __future__ import annotations

import re

from ..model import Article, Block, Caption, Field, Item, Page, Paragraph, Unit
from ..normalize import normalize
from ..patterns import rx
from ..restore.flags import set_jump
from .analyze import Layout
from .elements import Line, Region
from .order import Piece, gutter, pieces

_PAGE_NO = re.compile(r"第\s*([0-9０-９]+)\s*版|(?<![0-9])([A-Z]?\d{1,2})\s*版")
_DATE = re.compile(r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")


def build(pg: Page, lay: Layout, vertical: list[Line]) -> Page:
    S = lay.body
    g = gutter(lay.regions, S)
    plan = [(r, pieces(r, S, g)) for r in lay.regions]
    order: list[Line] = sorted(lay.header, key=lambda ln: (ln.y0, ln.x0))
    for r, ps in plan:
        if r.heading:
            order += r.heading.lines
        for p in ps:
            order += p.lines
    for ph in lay.photos:
        order += ph.caption + ph.credit
    order += sorted(lay.footer, key=lambda ln: (ln.y0, ln.x0))
    order += vertical
    pg.source.text = "".join([ln.text + "\n" for ln in order])
    pg = normalize(pg)
    blocks = _blocks(pg, order)
    index = {id(ln): b for ln, b in zip(order, blocks)}
    pg.blocks = blocks
    _meta(pg, lay)
    units: list[Unit] = []
    for ln in sorted(lay.header, key=lambda ln: (ln.y0, ln.x0)):
        pg.furniture.append(_item(pg, [index[id(ln)]], "page_header"))
        units.append(Unit([index[id(ln)]], "page_header"))
    for r, ps in plan:
        art = _article(pg, r, ps, index, units, S)
        pg.articles.append(art)
    for ph in lay.photos:
        cap = _caption(pg, [index[id(ln)] for ln in ph.caption], [index[id(ln)] for ln in ph.credit], ph.box)
        pg.photos.append(Item("photo", cap.text, cap.spans, cap.credit, cap.boxes, cap.photo_box))
        units.append(Unit([index[id(ln)] for ln in ph.caption + ph.credit], "caption"))
    for ln in sorted(lay.footer, key=lambda ln: (ln.y0, ln.x0)):
        kind = "editor" if rx("furniture", "editor").match(ln.key) else "page_footer"
        pg.furniture.append(_item(pg, [index[id(ln)]], kind))
        units.append(Unit([index[id(ln)]], kind))
    for ln in vertical:
        pg.dropped.append(_item(pg, [index[id(ln)]], "vertical or rotated text"))
    pg.units = units
    return pg


def _blocks(pg: Page, order: list[Line]) -> list[Block]:
    """A block per line of ``order``: its text without the spaces at its ends, its width in ems and its box
    (rounded here: a helper call and a tuple per line were a tenth of the layout's Python time on dev pages)."""
    norm = pg.norm
    out = []
    pos = 0
    for ln in order:
        end = norm.index("\n", pos)
        ts, te = pos, end
        while ts < te and norm[ts] in " \t\u00a0\u3000":
            ts += 1
        while te > ts and norm[te - 1] in " \t\u00a0\u3000":
            te -= 1
        x0, x1, size = ln.x0, ln.x1, ln.size
        box = [round(x0, 2), round(ln.y0, 2), round(x1, 2), round(ln.y1, 2)]
        out.append(Block(pos, end, ts, te, norm[ts:te], 0, round((x1 - x0) / size, 2), ln.role or "body", [box], size))
        pos = end + 1
    return out


def _round(box) -> list[float]:
    return [round(v, 2) for v in box]


def _spans(pg: Page, blocks: list[Block]):
    """One span per run of lines that are adjacent in the text (only line ends between them)."""
    out: list[list[int]] = []
    text = pg.source.text
    for b in blocks:
        s, e = pg.span(b.ts, b.te) if b.te > b.ts else pg.span(b.start, b.end)
        if out and not text[out[-1][1]:s].strip():
            out[-1][1] = e
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _boxes(blocks: list[Block]) -> list[list[float]]:
    """Line boxes merged into one box per column piece."""
    out: list[list[float]] = []
    for b in blocks:
        x0, y0, x1, y1 = b.boxes[0]
        if out:
            c = out[-1]
            if min(x1, c[2]) - max(x0, c[0]) > 0 and -0.5 * b.size <= y0 - c[3] <= 1.5 * b.size:
                out[-1] = [min(c[0], x0), c[1], max(c[2], x1), max(c[3], y1)]
                continue
        out.append([x0, y0, x1, y1])
    return out


def _item(pg: Page, blocks: list[Block], kind: str) -> Item:
    return Item(kind, "".join(b.text for b in blocks), _spans(pg, blocks), boxes=_boxes(blocks))


def _field(pg: Page, blocks: list[Block]) -> Field:
    return Field("".join(b.text for b in blocks), _spans(pg, blocks), _boxes(blocks))


def _caption(pg: Page, caption: list[Block], credit: list[Block], photo_box) -> Caption:
    text = "".join(b.text for b in caption)
    cred = "".join(b.text for b in credit) or None
    if cred is None:
        m = rx("photo", "credit").search(text)
        if m and m.start() > 0:
            text, cred = text[:m.start()].rstrip(), m.group("credit").strip()
    return Caption(text, cred, _spans(pg, caption + credit), _boxes(caption + credit), _round(photo_box))


def _article(pg: Page, r: Region, ps: list[Piece], index: dict, units: list[Unit], S: float) -> Article:
    art = Article()
    if r.heading:
        for role in ("kicker", "headline", "subheadline"):
            blocks = [index[id(ln)] for ln in r.heading.field(role)]
            if blocks:
                setattr(art, role, _field(pg, blocks))
                units.append(Unit(blocks, "heading"))
        if art.subheadline and art.subheadline.text.startswith("——"):
            art.subheadline.text = art.subheadline.text.lstrip("—")
        if art.headline:
            size = max(ln.size for ln in r.heading.field("headline"))
            art.decide(f"headline set in {size:g} pt (body {S:g} pt) over {len(r.columns)} column(s)")
    else:
        art.flag("starts_mid_story")
        art.decide("body without a headline above it: the story's start is not on this page", 0.3)
    for note in r.notes:
        art.decide(note)
    for p in ps:
        blocks = [index[id(ln)] for ln in p.lines]
        if p.kind == "paragraph":
            art.paragraphs.append(Paragraph("".join(b.text for b in blocks), _spans(pg, blocks), _boxes(blocks)))
            units.append(Unit(blocks, "body"))
        elif p.kind == "caption":
            cap = _caption(pg, [index[id(ln)] for ln in p.photo.caption], [index[id(ln)] for ln in p.photo.credit],
                           p.photo.box)
            art.captions.append(cap)
            units.append(Unit(blocks, "caption"))
        else:
            it = _item(pg, blocks, p.kind)
            pg.furniture.append(it)
            units.append(Unit(blocks, p.kind))
            if p.kind == "jump":
                set_jump(art, it.text)
    return art


def _meta(pg: Page, lay: Layout) -> None:
    """The page number and date printed in the page header, when the caller gave none."""
    text = " ".join(ln.key for ln in lay.header + lay.footer)
    if pg.page is None:
        m = _PAGE_NO.search(text)
        if m and (m.group(1) or m.group(2)).isdigit():
            pg.page = int((m.group(1) or m.group(2)).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if pg.date is None:
        m = _DATE.search(text)
        if m:
            y, mo, d = (int(x) for x in m.groups())
            if 1 <= mo <= 12 and 1 <= d <= 31:
                pg.date = f"{y:04d}-{mo:02d}-{d:02d}"
