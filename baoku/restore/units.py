"""Logical units: in markdown each line is a unit; in line dumps visual lines are rebuilt into paragraphs.

A paragraph of a line dump ends at a line shorter than the column (its last line) or before an indented line
(its first line, two characters short) that follows a line ending a sentence.
"""
from __future__ import annotations

import re

from ..model import Block, Page, Unit
from ..patterns import rx
from .blocks import HANGING, INDENT, INDENT_HI, INDENT_LO, NARROW, width
from .crosshead import DOCUMENT_PART
from .headings import COLUMN_TAG
from .punct import closing_note, ends_binding, ends_sentence, open_brackets, opens_bound, splits_word
from .roles import ends_with_credit, is_dateline, opens_with_dateline, wraps_credit

BULLETS = ("■", "◆", "●", "▲", "★")    # marks that open a bulleted item, set flush: it starts a paragraph


def build_units(page: Page) -> Page:
    if page.source.format == "lines":
        page.units = _rebuild(page.blocks, page.column)
    else:
        page.units = [Unit([b]) for b in page.blocks]
    return page


def _rebuild(blocks: list[Block], full: float) -> list[Unit]:
    units: list[Unit] = []
    cur: list[Block] = []

    def indented(b: Block | None) -> bool:
        if b is None:
            return False
        core = b.width - 1 if b.text[-1:] in HANGING else b.width    # a hanging stop sticks out of the column
        return full - INDENT_LO <= core < full - INDENT_HI

    def is_full(b: Block) -> bool:
        return b.width >= full - INDENT_HI

    dated = [opens_with_dateline(b.text) for b in blocks]
    box, boxed, reporter = rx("body", "label"), rx("body", "box_label"), rx("byline", "reporter_line")
    label = [bool(box.match(b.text) or boxed.match(b.text)
                  or b.text[:1] in _ROLE_OPENS and b.width < full - INDENT_HI and reporter.match(b.text))
             for b in blocks]       # a box's label, or a reporter's line (本报记者 某某) under a title
    text = ""
    ahead = [*blocks, None, None]       # the line after each line, and the one after that (None past the end)
    for i, b in enumerate(blocks):
        nxt, after = ahead[i + 1], ahead[i + 2]
        if b.role == "credit" and i and units and units[-1].blocks[-1] is blocks[i - 1] \
                and blocks[i - 1].role == "credit" and wraps_credit(blocks[i - 1], b, full):
            units[-1] = Unit(units[-1].blocks + [b])    # a credit's wrapped end
            continue
        if b.width > full + 1.5 or b.role != "body":   # a headline spanning columns, or a line of its own
            if cur:
                units.append(Unit(cur))
                cur = []
            units.append(Unit([b], wide=_spans_columns(b, full)))
            continue
        if cur and (dated[i] or b.text.startswith(_OPENS_UNIT)        # a dateline, a subheadline, a bullet
                    or label[i]                                     # a box's label
                    or closing_note(b.text) and ends_sentence(text)  # a closing note alone on its line
                    or (is_full(cur[-1]) and ends_sentence(cur[-1].text)
                        and (b.text.endswith("——") or _TAGGED.search(b.text) or DOCUMENT_PART.match(b.text)
                             or not is_full(b) and not ends_sentence(b.text)))):
            # (after a finished paragraph, a short line without a stop is a line of its own, a crosshead; a
            # line ending in a dash is a kicker, one ending in a column tag a title, one opening with a
            # document's part (第五章, 第二节) that part's title, set flush)
            units.append(Unit(cur))
            cur = []
        cur.append(b)
        text = b.text if len(cur) == 1 else text + b.text
        if nxt is None or nxt.width > full + 1.5 or dated[i + 1]:
            end = True
        elif label[i]:
            end = True                                   # a box label alone: 核心阅读, 【绝活看点】
        elif opens_bound(nxt.text) or ends_binding(text):
            end = False                                  # ……增长引起 / 了专家……: one sentence, whatever the widths
        elif len(cur) <= 2 and is_dateline(text):
            end = False                                  # 本报北京6月3日电 alone on its line: the lead goes on
        elif len(cur) < 4 and nxt.role == "body" and open_brackets(text) \
                and (not indented(nxt) or closing_note(text + nxt.text)):
            end = False                                  # a bracket left open: （本报某地 / 6月3日电）, a note
            #                                              whose last line is short: （本报记者林小舟、 / 宋嘉禾）
        elif ends_with_credit(text[-60:]):
            end = True                                   # a caption ends with its credit
        elif len(cur) == 1 and units and units[-1].blocks[-1].text[-1:] in "）)" \
                and closing_note(units[-1].text) and not indented(b):
            end = True                                   # a flush line after a story's closing note: a title
        elif len(cur) == 1 and is_full(b) and full - INDENT_HI <= nxt.width <= full + 1.5 \
                and (after is None or dated[i + 2] or label[i + 2]) and not _STOPS.search(text + nxt.text):
            end = True                                   # two full lines without a stop over a story's lead or a
            #                                              label: two heading lines (kicker and headline, headline
            #                                              and subheadline), whose wrap the headline rules weigh
        elif len(cur) == 1:
            end = _first_line_ends(b, nxt, full, text)
        elif not is_full(b):
            # a short line ends its paragraph, unless the next line opens with a number, a Latin word or a dash
            # too wide for the room left (a typesetter does not break those, so they push the line short)
            end = ends_sentence(text) or not _pushed_over(nxt, full - b.width)
        else:
            # a full line ending a sentence, then an indented line that opens the next paragraph (it is
            # followed by a full line, or it does not end a sentence as a paragraph's last line would)
            end = ends_sentence(text) and (indented(nxt) or _narrow_indented(nxt, full)) \
                and (after is None or is_full(after) or not ends_sentence(nxt.text)) \
                or "\u3000" not in b.text and indented(nxt) and _opens_between_full(nxt, after, full)
        if end:
            units.append(Unit(cur))
            cur = []
    if cur:
        units.append(Unit(cur))
    return units


_OPENS_UNIT = ("——", *BULLETS)   # a subheadline's dash or a bullet opens a unit
_ROLE_OPENS = "本新记通特实"     # the first characters a reporter's line opens with (本报记者, 通讯员, 实习生 …)
_TAGGED = re.compile("[^。！？]" + COLUMN_TAG.pattern)     # 书香满城（青川观察）: a title, not a sentence
_STOPS = re.compile("[。！？；]")
_UNBROKEN = re.compile(r"[0-9A-Za-z.,%:/·\-]+|——")


def _pushed_over(nxt: Block, room: float) -> bool:
    """The next line opens with a run that may not be broken (digits, a Latin word, a dash) wider than the
    room left at the end of this line."""
    m = _UNBROKEN.match(nxt.text)
    return bool(m) and width(m.group()) > room


_HELD = re.compile(r"[\u4e00-\u9fff]?[“‘《（(「]?[-+]?[0-9A-Za-z]")


def _narrow_indented(b: Block, full: float) -> bool:
    """A line holding digits or Latin letters that may be a paragraph's indented first line: set a little
    narrower than the width estimate has them (0.45 em each instead of 0.55), they leave the indent free."""
    narrow = len(NARROW.findall(b.text))
    return narrow >= 2 and full - INDENT_LO <= b.width - 0.1 * narrow < full - INDENT_HI


def _opens_between_full(nxt: Block, after: Block | None, full: float) -> bool:
    """An indented line ``nxt`` without a stop between two full lines opens a paragraph, even after a full line
    without a stop (a summary line or a title set in the column as a paragraph): inside a paragraph a line
    stops two characters short only when what opens the line after it could not be broken there (a stop or
    bracket that may not open a line, a number or a Latin word, a character quoted with one: 记“2·19”)."""
    if after is None or not full - INDENT_HI <= after.width <= full + 1.5 \
            or ends_sentence(nxt.text) or "\u3000" in nxt.text:
        return False
    return not (_kinsoku(after) or after.text[1:2] in "…—" or _HELD.match(after.text))


def _kinsoku(nxt: Block) -> bool:
    """The line after opens with what line-breaking rules push down: an opening bracket, or a character
    followed by a stop that may not open a line (so the line before it lost a character)."""
    t = nxt.text
    return t[:1] in "“‘（《「" or t[1:2] in "，。、；：？！”’）》」"


def _first_line_ends(b: Block, nxt: Block, full: float, text: str) -> bool:
    """Whether a paragraph's first line is the whole paragraph (a crosshead, a one-line paragraph)."""
    nxt_indented = full - INDENT_LO <= nxt.width < full - INDENT_HI
    if b.text.endswith("——"):
        return True             # a line that opens a unit and ends in a dash: a kicker (刘某某——) or a lead-in
    if b.width >= full - INDENT_HI:
        # a full line that opens a unit goes on, unless an indented line follows it: then it stood alone
        # (a headline as wide as the column), since every paragraph of a column starts indented
        return nxt_indented and b.text[-1] not in "，、；：,;:"
    if nxt.width >= full - INDENT_HI and (b.width >= full - 2.6 or b.width >= full - 4 and _kinsoku(nxt)):
        return False            # an indented line (shortened by line-breaking rules) before a full one
    if full - INDENT_HI <= nxt.width <= full + 1.5 and _pushed_over(nxt, full - INDENT - b.width):
        return False            # an indented first line cut short by a number or Latin word pushed over, even
        #                         after a sentence's end (……号角催征。 / 2018年10月…): the full line under it
        #                         is no paragraph's first line, which would be indented
    if ends_sentence(text):
        return True
    # two short lines: an indented first line and the last line of a two-line paragraph, or two headings,
    # unless a word is cut in two between them (……城市书房建设呈 / 现新特点: one text wrapped)
    return not (full - INDENT_LO <= b.width and ends_sentence(nxt.text)) and not splits_word(text, nxt.text)


_SQUEEZED = "《》“”‘’（）、，。：；"       # punctuation a typesetter may set half-width to fit a line


def _spans_columns(b: Block, full: float) -> bool:
    """A line wider than the body column that is no body line fitted by squeezing its punctuation or
    spaces: a headline or another element spanning columns."""
    return b.width > full + 1.5 and sum(c in _SQUEEZED for c in b.text) <= 2 and "\u3000" not in b.text
