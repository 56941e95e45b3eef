"""The geometric elements of a PDF page that layout analysis works on.

Coordinates are PDF points with the origin at the page's top left (PyMuPDF's convention); a box is
``(x0, y0, x1, y1)``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

Box = tuple[float, float, float, float]


@dataclass(eq=False, slots=True)
class Line:
    """One visual line of the text layer: its text as extracted and where its ink sits (leading and trailing
    spaces left out)."""
    text: str                   # as extracted (Kangxi radicals and all), never changed
    x0: float
    y0: float
    x1: float
    y1: float
    size: float                 # the font size most of its characters have
    bold: bool = False
    key: str = ""               # the text with radicals mapped to ideographs, for patterns
    role: str = ""              # kicker | headline | subheadline | body | caption | credit | page_header | ...

    @property
    def box(self) -> Box:
        return (self.x0, self.y0, self.x1, self.y1)

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass(eq=False)
class Column:
    """A column fragment: body lines stacked in one column at a regular pitch."""
    lines: list[Line]
    left: float = 0.0           # the column's left edge (where unindented lines start)
    right: float = 0.0          # its right edge (where full lines end)
    box: Box = (0.0, 0.0, 0.0, 0.0)
    alone: bool = False         # its lines are paragraphs of their own (a byline under the headline)

    def measure(self, full: float = 0.0) -> None:
        """Set the box and the edges from the lines. With ``full``, the usual width of a column line on the
        page, a line that sticks out further (a web address too long for the column) does not move the right
        edge."""
        lines = self.lines
        x0, x1 = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
        self.box = (x0, min(ln.y0 for ln in lines), x1, max(ln.y1 for ln in lines))
        self.left, self.right = x0, x1
        if full and x1 - x0 > full + 2 * lines[0].size:
            inside = [ln.x1 for ln in lines if ln.x1 - x0 <= full + lines[0].size]
            if len(inside) >= 2:
                self.right = max(inside)


@dataclass(eq=False)
class Heading:
    """A headline group: kicker, headline and subheadline lines stacked above a story."""
    lines: list[Line]
    crosshead: bool = False

    @property
    def box(self) -> Box:
        return union(ln.box for ln in self.lines)

    def field(self, role: str) -> list[Line]:
        return [ln for ln in self.lines if ln.role == role]


@dataclass(eq=False)
class Photo:
    box: Box
    caption: list[Line] = field(default_factory=list)
    credit: list[Line] = field(default_factory=list)


@dataclass(eq=False)
class Region:
    """An article's region: its headline group and the columns (and photos) of its body."""
    heading: Heading | None
    columns: list[Column] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    loose: list[Photo] = field(default_factory=list)     # photos found below the story, not under its headline
    notes: list[str] = field(default_factory=list)

    @property
    def box(self) -> Box:
        boxes = [c.box for c in self.columns] + [p.box for p in self.photos]
        if self.heading:
            boxes.append(self.heading.box)
        return union(boxes)


def union(boxes) -> Box:
    x0 = y0 = 1e18
    x1 = y1 = -1e18
    for b in boxes:
        x0, y0, x1, y1 = min(x0, b[0]), min(y0, b[1]), max(x1, b[2]), max(y1, b[3])
    return (x0, y0, x1, y1)


def overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    """Length of the overlap of two intervals (negative: the gap between them)."""
    return min(a1, b1) - max(a0, b0)
