"""Page-model pieces built from units, each with its spans in the original text: fields, paragraphs, furniture
items and captions."""
from __future__ import annotations

from ..model import Caption, Field, Item, Page, Paragraph, Unit
from ..patterns import rx


def field_of(page: Page, units: list[Unit]) -> Field:
    return Field("".join(u.text for u in units), [page.span(b.start, b.end) for u in units for b in u.blocks])


def spans_of(page: Page, u: Unit):
    return [page.span(b.ts, b.te) if not b.level else page.span(b.start, b.end) for b in u.blocks]


def paragraph_of(page: Page, u: Unit) -> Paragraph:
    return Paragraph(u.text, spans_of(page, u))


def joined(page: Page, units: list[Unit]) -> Paragraph:
    return Paragraph("".join(u.text for u in units), [s for u in units for s in spans_of(page, u)])


def item_of(page: Page, u: Unit, kind: str) -> Item:
    return Item(kind, u.text, [page.span(b.start, b.end) for b in u.blocks])


def caption_of(page: Page, u: Unit) -> Caption:
    text = u.text
    m = rx("photo", "credit").search(text)
    spans = [page.span(b.start, b.end) for b in u.blocks]
    if m and m.start() > 0:
        return Caption(text[:m.start()].rstrip(), m.group("credit").strip(), spans)
    return Caption(text, None, spans)
