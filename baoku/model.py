"""The page model that flows through every stage, and its JSON form (schema ``baoku.page/1``).

Offsets: ``Source.text`` is the decoded input; every span (``[start, end]``, end exclusive) points into it.
Stages work on the normalized text (``Page.norm``) and map back with ``Page.omap``.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .restore.blocks import Lines
    from .restore.cohesion import Bigrams

SCHEMA = "baoku.page/1"

Span = tuple[int, int]


@dataclass
class Source:
    text: str
    path: str | None = None
    sha256: str = ""
    format: str = ""            # md | lines | pdf
    encoding: str = "utf-8"


@dataclass(slots=True)
class Block:
    """A line of the normalized text (a column fragment, a heading, a visual line).

    ``start``/``end`` cover the whole line including markup; ``text`` is ``norm[ts:te]`` without markup.
    """
    start: int
    end: int
    ts: int
    te: int
    text: str
    level: int = 0              # markdown heading level, 0 for none
    width: float = 0.0          # visual width in em (CJK 1, Latin 0.5)
    role: str = "body"
    boxes: list[list[float]] | tuple = ()   # PDF regions, when read from a PDF (a dump's line has none: no list
    #                                         is made for it, one object fewer per line for the cyclic collector)
    size: float = 0.0           # font size, when known


@dataclass(slots=True)
class Unit:
    """A logical block: one md line, or the visual lines of one paragraph or heading rebuilt from a line dump."""
    blocks: list[Block]
    role: str = "body"
    lead: bool = False          # a story's lead paragraph (it opens with a dateline or byline)
    wide: bool = False          # in a line dump: a line wider than the body column (it spans columns)
    # computed from the blocks when the unit is built (its blocks do not change afterwards)
    text: str = field(init=False)
    level: int = field(init=False)          # the highest heading level among its blocks (the smallest mark), or 0
    width: float = field(init=False)        # the widest of its lines

    def __post_init__(self):
        blocks = self.blocks
        if len(blocks) == 1:        # (a markdown line's unit, and most units of a line dump's headings)
            b = blocks[0]
            self.text, self.level, self.width = b.text, b.level, b.width
            return
        self.text = "".join([b.text for b in blocks])
        self.level, self.width = _level_width(blocks)

    @classmethod
    def joined(cls, blocks: list[Block], text: str) -> Unit:
        """A body unit of ``blocks`` whose texts joined are ``text`` (a builder that has joined them: not joined
        again)."""
        unit = cls.__new__(cls)
        unit.blocks, unit.role, unit.lead, unit.wide, unit.text = blocks, "body", False, False, text
        unit.level, unit.width = _level_width(blocks)
        return unit


def _level_width(blocks: list[Block]) -> tuple[int, float]:
    """The highest heading level among ``blocks`` (the smallest mark), or 0, and the widest block's width."""
    # (one loop: each list comprehension is a function made and called, which costs more than the loop)
    level, width = 0, blocks[0].width if blocks else 0.0
    for b in blocks:
        if b.level and (not level or b.level < level):
            level = b.level
        if b.width > width:
            width = b.width
    return level, width


@dataclass(slots=True)
class Byline:
    text: str = ""
    source: str | None = None
    reporters: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None


@dataclass(slots=True)
class Caption:
    text: str
    credit: str | None = None
    spans: list[Span] = field(default_factory=list)
    boxes: list[list[float]] = field(default_factory=list)   # PDF regions of the caption text
    photo_box: list[float] | None = None                      # PDF region of the photo itself


@dataclass(slots=True)
class Paragraph:
    text: str
    spans: list[Span]
    boxes: list[list[float]] = field(default_factory=list)


@dataclass(slots=True)
class Field:
    """A headline-group field (kicker, headline, subheadline, section)."""
    text: str
    spans: list[Span]
    boxes: list[list[float]] = field(default_factory=list)

    def as_paragraph(self) -> Paragraph:
        """The field's text as a paragraph of a story's body (a title found to be a crosshead, a label of a part)."""
        return Paragraph(self.text, self.spans, self.boxes)


@dataclass(slots=True)
class Article:
    id: str = ""
    section: Field | None = None
    kicker: Field | None = None
    headline: Field | None = None
    subheadline: Field | None = None
    byline: Byline | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    jump_to: int | None = None
    jump_from: int | None = None
    jump_to_article: str | None = None       # the id of the story's continuation, when it was found
    jump_from_article: str | None = None
    confidence: float = 1.0
    decisions: list[str] = field(default_factory=list)
    extras: dict = field(default_factory=dict)    # later stages (extraction) attach their output here

    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)

    def decide(self, what: str, cost: float = 0.0) -> None:
        """Record a decision for ``--explain``; ``cost`` lowers the article's confidence."""
        self.decisions.append(what)
        self.confidence = round(max(0.0, self.confidence * (1.0 - cost)), 3)


@dataclass(slots=True)
class Item:
    """Page furniture, a standalone photo or a dropped piece."""
    kind: str
    text: str
    spans: list[Span]
    credit: str | None = None
    boxes: list[list[float]] = field(default_factory=list)   # PDF regions of the text
    photo_box: list[float] | None = None                      # a standalone photo's PDF region


@dataclass
class Page:
    source: Source
    norm: str = ""
    omap: Sequence[int] = field(default_factory=list)   # norm index -> source index (one past the end too)
    blocks: list[Block] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    column: float | None = None     # in a line dump: the width of a full body line, in em
    lines: Lines | None = None      # in a text dump: its blocks' facts read once for the page
    paper: str | None = None
    date: str | None = None
    page: int | None = None
    articles: list[Article] = field(default_factory=list)
    photos: list[Item] = field(default_factory=list)
    furniture: list[Item] = field(default_factory=list)
    dropped: list[Item] = field(default_factory=list)
    # the units' bigrams, numbered once for the stages that weigh pieces of the page (grouping, reattachment)
    bigrams: Bigrams | None = field(default=None, repr=False, compare=False)

    def span(self, start: int, end: int) -> Span:
        """Map a normalized range to a range of the source text."""
        return (self.omap[start], self.omap[end - 1] + 1) if end > start else (self.omap[start],) * 2

    # ---- accounting -------------------------------------------------------------------------------
    def all_spans(self):
        for a in self.articles:
            for f in (a.section, a.kicker, a.headline, a.subheadline):
                if f:
                    yield from f.spans
            for p in a.paragraphs:
                yield from p.spans
            for c in a.captions:
                yield from c.spans
        for it in (*self.photos, *self.furniture, *self.dropped):
            yield from it.spans

    def stats(self) -> dict:
        text = self.source.text
        covered = bytearray(len(text))
        for s, e in self.all_spans():
            covered[s:e] = b"\x01" * (e - s)
        ink = [not c.isspace() for c in text]
        return {"input_chars": sum(ink), "accounted_chars": sum(1 for i, k in enumerate(ink) if k and covered[i])}

    # ---- JSON -------------------------------------------------------------------------------------
    def to_json(self, explain: bool = False) -> dict:
        return {
            "schema": SCHEMA,
            "source": {"path": self.source.path, "sha256": self.source.sha256,
                       "format": self.source.format, "encoding": self.source.encoding},
            "paper": self.paper, "date": self.date, "page": self.page,
            "articles": [_article_json(a, explain) for a in self.articles],
            "photos": [{"caption": p.text, "credit": p.credit, "spans": _spans(p.spans)} | _regions(p)
                       for p in self.photos],
            "furniture": [{"kind": f.kind, "text": f.text, "spans": _spans(f.spans)} | _regions(f)
                          for f in self.furniture],
            "dropped": [{"text": d.text, "reason": d.kind, "spans": _spans(d.spans)} | _regions(d)
                        for d in self.dropped],
            "stats": self.stats(),
        }

    def dumps(self, explain: bool = False) -> str:
        return json.dumps(self.to_json(explain), ensure_ascii=False, indent=1)


def _spans(spans) -> list[list[int]]:
    return [[s, e] for s, e in spans]


def _regions(x) -> dict:
    """PDF regions of a caption, photo or furniture item, when it was read from a PDF."""
    out = {}
    if x.boxes:
        out["boxes"] = x.boxes
    if x.photo_box:
        out["photo_box"] = x.photo_box
    return out


def _jump_json(a) -> dict:
    out = {"to_page": a.jump_to, "from_page": a.jump_from}
    if a.jump_to_article or a.jump_from_article:
        out |= {"to_article": a.jump_to_article, "from_article": a.jump_from_article}
    return out


def _field_json(f: Field | None):
    return f.text if f else None


def _article_json(a: Article, explain: bool) -> dict:
    out = {
        "id": a.id,
        "section": _field_json(a.section),
        "kicker": _field_json(a.kicker),
        "headline": _field_json(a.headline),
        "subheadline": _field_json(a.subheadline),
        "byline": None if a.byline is None else {
            "text": a.byline.text, "source": a.byline.source, "reporters": a.byline.reporters,
            "place": a.byline.place, "date": a.byline.date},
        "paragraphs": [p.text for p in a.paragraphs],
        "paragraph_spans": [_spans(p.spans) for p in a.paragraphs],
        "captions": [{"text": c.text, "credit": c.credit, "spans": _spans(c.spans)} | _regions(c)
                     for c in a.captions],
        "flags": list(a.flags),
        "jump": _jump_json(a),
        "confidence": a.confidence,
        "field_spans": {k: _spans(f.spans) for k, f in
                        (("section", a.section), ("kicker", a.kicker), ("headline", a.headline),
                         ("subheadline", a.subheadline)) if f},
    }
    if any(p.boxes for p in a.paragraphs):
        out["paragraph_boxes"] = [p.boxes for p in a.paragraphs]
        out["field_boxes"] = {k: f.boxes for k, f in (("kicker", a.kicker), ("headline", a.headline),
                                                      ("subheadline", a.subheadline)) if f}
    if explain:
        out["decisions"] = list(a.decisions)
    out.update(a.extras)
    return out
