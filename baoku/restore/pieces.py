"""Page-model pieces built from units, each with its spans in the original text: fields, paragraphs, furniture
items and captions."""
from __future__ import annotations

import bisect

from ..model import Caption, Field, Item, Page, Paragraph, Unit
from ..patterns import rx


def field_of(page: Page, units: list[Unit]) -> Field:
    return Field("".join([u.text for u in units]), [page.span(b.start, b.end) for u in units for b in u.blocks])


def spans_of(page: Page, u: Unit):
    """Each line's span: its text's, a heading's whole line (read off the offset map here, not by a call of
    ``Page.span`` a line: a paragraph of a line dump has a span a line)."""
    omap = page.omap
    return [page.span(b.start, b.end) if b.level else (omap[b.ts], omap[b.te - 1] + 1) if b.te > b.ts
            else page.span(b.ts, b.te) for b in u.blocks]


def paragraph_of(page: Page, u: Unit) -> Paragraph:
    return Paragraph(u.text, spans_of(page, u))


def joined(page: Page, units: list[Unit]) -> Paragraph:
    return Paragraph("".join([u.text for u in units]), [s for u in units for s in spans_of(page, u)])


def cut_in_two(page: Page, para: Paragraph, n: int) -> list[Paragraph]:
    """``para`` as two paragraphs, cut after its first ``n`` characters (whole when its spans do not hold its text
    character for character)."""
    first, rest, seen = [], [], 0
    for a, b in para.spans:
        lo, hi = bisect.bisect_left(page.omap, a), bisect.bisect_left(page.omap, b)
        if seen + hi - lo <= n:
            first.append((a, b))
        elif seen >= n:
            rest.append((a, b))
        else:
            at = page.omap[lo + n - seen]
            first.append((a, at))
            rest.append((at, b))
        seen += hi - lo
    if seen != len(para.text) or not first or not rest:
        return [para]
    return [Paragraph(para.text[:n], first), Paragraph(para.text[n:], rest)]


def item_of(page: Page, u: Unit, kind: str) -> Item:
    return Item(kind, u.text, [page.span(b.start, b.end) for b in u.blocks])


def caption_of(page: Page, u: Unit) -> Caption:
    text = u.text
    m = rx("photo", "credit").search(text)
    spans = [page.span(b.start, b.end) for b in u.blocks]
    if m and m.start() > 0:
        return Caption(text[:m.start()].rstrip(), m.group("credit").strip(), spans)
    return Caption(text, None, spans)
