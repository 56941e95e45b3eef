"""Logical units: in markdown each line is a unit; in line dumps visual lines are rebuilt into paragraphs.

A paragraph of a line dump ends at a line shorter than the column (its last line) or before an indented line
(its first line, two characters short) that follows a line ending a sentence.
"""
from __future__ import annotations

import re

import numpy as np

from ..model import Block, Page, Unit
from ..patterns import any_of, rx
from .blocks import HANGING, INDENT, INDENT_HI, INDENT_LO, NARROW, Lines, fills, width
from .crosshead import document_part
from .headings import COLUMN_TAG, couplet
from .punct import (BINDING, BOUND_OPENERS, SENTENCE_LAST, closing_note, ends_binding, ends_sentence, open_brackets,
                    opens_bound, splits_word)
from .roles import (WHITESPACE, ends_with_credit, holding, is_dateline, marked_lines, may_credit,
                    opens_with_dateline, wraps_credit)

BULLETS = "■◆●▲★"      # marks that open a bulleted item, set flush: it starts a paragraph (a line's first
#                         character is looked up in them: one character a mark)


def build_units(page: Page) -> Page:
    if page.source.format == "lines":
        page.units = _rebuild(page.blocks, page.column, page.norm, page.lines)
    else:
        page.units = _markdown_units(page.blocks)
    return page


LETTER_RUN = 2      # one-character lines in a row that are a narrow box's text, dumped a character a line


def _markdown_units(blocks: list[Block]) -> list[Unit]:
    """Each markdown line a unit, but a run of ``LETTER_RUN`` or more one-character body lines (text set in a box
    one character wide, or wrapped around a figure, that a converter dumps a character a line: 临 / 江 / 新 /
    城，……) joins into one unit with the body line after it, which goes on with the same text, and with the line
    before it when that line's last word goes on into the run or the run opens on a stop or a closing mark, which no
    line opens on."""
    units: list[Unit] = []
    i, n = 0, len(blocks)
    while i < n:
        j = i
        while j < n and _letter(blocks[j]):
            j += 1
        if j - i < LETTER_RUN:
            units.append(Unit([blocks[i]]))
            i += 1
            continue
        if j < n and blocks[j].role == "body" and not blocks[j].level:
            j += 1
        run = blocks[i:j]
        text = "".join([b.text for b in run])
        if units and units[-1].blocks[-1].role == "body" and not units[-1].level \
                and (text[:1] in _NO_OPENING or splits_word(units[-1].text, text)):
            prev = units.pop()      # the line before goes on into the run: a word cut, or a stop no line opens on
            run, text = prev.blocks + run, prev.text + text
        units.append(Unit.joined(run, text))
        i = j
    return units


def _letter(b: Block) -> bool:
    """A body line of one character."""
    return b.role == "body" and not b.level and len(b.text.strip()) == 1


def _rebuild(blocks: list[Block], full: float, norm: str, lines: Lines) -> list[Unit]:
    units: list[Unit] = []
    cur: list[Block] = []

    count = len(blocks)
    widths = lines.widths
    # each line's last character, and its first one, one a line (the lines holding a given one are found with
    # str.find); an empty line's (a heading mark alone) is a space, as the tests below take no character of it
    ends, heads = lines.lasts, lines.firsts
    lasts = list(ends)      # a line's last character past trailing spaces: tests of what ends a line or a unit are
    spaced = marked_lines(ends, WHITESPACE)             # asked only where that character allows them
    for k in spaced:
        lasts[k] = blocks[k].text.rstrip()[-1:]
    dated = [False] * count
    dates = holding(norm, lines, "电讯")        # (a dateline ends with one of them: the lines holding one)
    for k in dates:
        dated[k] = opens_with_dateline(blocks[k].text)
    # (a line three quarters of an em wider than the column or more is the only one that may stand alone by its width)
    wide = (widths >= full + 0.75).tolist()
    beyond = [False] * count        # (asked of each line twice: as the line and the next)
    spanning = np.flatnonzero(wide).tolist()
    for k in spanning:
        beyond[k] = _beyond_column(blocks[k], full)
    # (facts asked of a line more than once, as the line, the one before the next and the next: told once each)
    filled = (widths >= full - INDENT_HI).tolist() + [False, False]     # a full line (none past the end)
    core = widths.copy()
    core[marked_lines(ends, HANGING)] -= 1     # a hanging stop sticks out of the column
    indented = (core >= full - INDENT_LO) & (core < full - INDENT_HI)
    indents = indented.tolist() + [False, False]
    stopped = [False] * count
    closed = marked_lines(ends, SENTENCE_LAST)      # (with those ending in a space: the lines that may end a sentence)
    for k in closed + [k for k in spaced if lasts[k] in SENTENCE_LAST]:
        stopped[k] = ends_sentence(blocks[k].text)
    # (a character every photo credit holds (摄, 社发, 图：) in a line, the cheap test before the credit pattern, which
    # reads a unit's last 12 characters: past its last line only when that line is shorter)
    marked = holding(norm, lines, "摄社图")
    box, reporter = any_of(("body", "label"), ("body", "box_label")), rx("byline", "reporter_line")
    bullet = rx("body", "bullet")       # a bullet or a bracketed label opening an item (【人物】……)
    firsts = list(heads)        # a line's first character (asked as the line and by its label test)
    labels = {k for k in marked_lines(heads, LABEL_OPENS + _ROLE_OPENS) if box.match(blocks[k].text)
              or heads[k] in _ROLE_OPENS and blocks[k].width < full - INDENT_HI and reporter.match(blocks[k].text)}
    # (the lines that are a box's label, or a reporter's line (本报记者 某某) under a title: asked only of the lines
    # opening with a character either pattern opens with)
    parting = [k for k in dates if dated[k]] + [k for k in spanning if beyond[k]]
    couplets = {k for k in holding(norm, lines, " ") if _couplet(blocks[k].text)}
    after_stops = [k + 1 for k in closed if stopped[k] and filled[k]]
    inner = _inner_lines(widths, full, indented, [*closed, *spaced,
                                                  *marked_lines(heads, BULLETS + "—"), *marked, *labels,
                                                  *parting, *after_stops, *couplets], parting)
    text = ""
    ahead = [*blocks, None, None]       # the line after each line, and the one after that (None past the end)
    for i, b in enumerate(blocks):
        if cur and inner[i] and b.role == "body":
            cur.append(b)       # (most lines: a full line inside a paragraph, which none of the tests below parts)
            text += b.text
            continue
        nxt, after = ahead[i + 1], ahead[i + 2]
        if b.role == "credit" and i and units and units[-1].blocks[-1] is blocks[i - 1] \
                and blocks[i - 1].role == "credit" and wraps_credit(blocks[i - 1], b, full):
            units[-1] = Unit(units[-1].blocks + [b])    # a credit's wrapped end
            continue
        if beyond[i] or b.role != "body" or wide[i] and _over_column(b, full):
            # a headline spanning columns or wider than the column, or a line of its own
            if cur:
                units.append(Unit.joined(cur, text))
                cur = []
            units.append(Unit([b], wide=_spans_columns(b, full)))
            continue
        first = firsts[i]
        if cur and (dated[i] or first in BULLETS                # a dateline, a bullet
                    or first == "—" and b.text.startswith("——") and not (filled[i] and filled[i + 1]
                                                         and not dated[i + 1] and _dash_pushed(cur, text, b, full))
                    # (a subheadline, unless a dash pushed over from a line that did not end a sentence, over
                    # full lines: 青川的“老街 / ——‘周末读者’……)
                    or i in labels                                     # a box's label
                    or i in couplets and not ends_sentence(text)       # a title of two phrases under a kicker
                    or lasts[i] in "）)" and _tagged(b.text) and not ends_sentence(text)
                    and (not filled[i] or len(cur) == 1 and not _CLAUSE.search(text) and _tag_title(b, nxt, full))
                    # (a line ending in a column tag under a line ending no sentence: a headline under its kicker,
                    # which the headline rules weigh; a full one under a line as a paragraph's first line opens,
                    # with no clause mark in the two: 在青川的田野上 / 林小舟的画意人生（追梦人）)
                    or lasts[i] in "）)" and closing_note(b.text) and ends_sentence(text)   # a closing note alone
                    or (filled[i - 1] and stopped[i - 1]
                        and (b.text.endswith("——") or _tagged(b.text) or document_part(b.text)
                             or not filled[i] and not stopped[i] or _flush_pair(b, nxt, after, full)
                             or lasts[i] in "：:" and nxt is not None and beyond[i + 1]
                             or nxt is not None and dated[i + 1] and not stopped[i]))):
            # (after a finished paragraph, a short line without a stop is a line of its own, a crosshead; a
            # line ending in a dash is a kicker, one ending in a column tag a title, one opening with a
            # document's part (第五章, 第二节) that part's title, set flush, one ending in a colon over a line
            # spanning columns the kicker introducing that title: 林小舟： / 三十年守护一条河（青川人物）; any line
            # ending no sentence right over a dateline a title over its story's lead, however wide: 14 of 14 such
            # full lines on the train pages)
            units.append(Unit.joined(cur, text))
            cur = []
        cur.append(b)
        n = len(cur)
        text = b.text if n == 1 else text + b.text
        if nxt is None or beyond[i + 1] or dated[i + 1]:
            end = True
        elif i in couplets:
            end = True                                   # a title of two phrases: 老街焕发新颜 夜市重现繁华
        elif i in labels:
            end = not _wraps_on(b, nxt, full)            # a box label alone: 核心阅读, 【绝活看点】; a reporter's
            #                                              line unless it wraps: 本报记者 林小舟 宋嘉 / 禾
        else:
            if n <= 2 and (i in dates or n == 2 and i - 1 in dates) and is_dateline(text):
                end = False                                  # 本报北京6月3日电 alone on its line: the lead goes on
                #                                              (asked only of lines holding 电 or 讯)
            elif n < 4 and nxt.role == "body" and open_brackets(text) \
                    and (not indents[i + 1] or closing_note(text + nxt.text)):
                end = False                                  # a bracket left open: （本报某地 / 6月3日电）, a note
                #                                              whose last line is short: （本报记者林小舟、 / 宋嘉禾）
            elif (len(b.text) < 12 or i in marked) and may_credit(text[-12:]) and ends_with_credit(text[-60:]):
                end = True                                   # a caption ends with its credit (its cheap test first)
            elif n == 1 and units and units[-1].blocks[-1].text[-1:] in "）)" \
                    and closing_note(units[-1].text) and not indents[i]:
                end = True                                   # a flush line after a story's closing note: a title
            elif n == 1 and i and beyond[i - 1] and open_brackets(blocks[i - 1].text) \
                    and _tagged(blocks[i - 1].text + b.text):
                end = True                                   # the rest of the column tag a title spanning columns
                #                                              left open: ……老街夜市重开（走基层· / 青川见闻）
            elif n == 1 and i and wide[i - 1] and (_under_wide_kicker(blocks[i - 1], b, full)
                                                   or _flush_under_wide(blocks[i - 1], b, nxt, full)):
                end = True                                   # the headline under a line spanning columns (each
                #                                              test asked only under a line wider than the column)
            elif n == 1 and filled[i] and full - INDENT_HI <= nxt.width <= full + 1.5 \
                    and (after is None or dated[i + 2] or i + 2 in labels) and not _STOPS.search(text + nxt.text):
                end = True                                   # two full lines without a stop over a story's lead or a
                #                                              label: two heading lines (kicker and headline, headline
                #                                              and subheadline), whose wrap the headline rules weigh
            elif n == 1:
                # a bulleted item that fills its line wraps (no headline opens with a bullet or a bracketed label:
                # ■老街书房推出周末亲子共 / 读活动, 【人物】“不打领带”的 / 林小舟)
                end = not (bullet.match(b.text) and _wraps_on(b, nxt, full)) \
                    and _first_line_ends(b, nxt, full, text, after)
            elif not filled[i]:
                # a short line ends its paragraph, unless the next line opens with a number, a Latin word or a dash
                # too wide for the room left (a typesetter does not break those, so they push the line short), or
                # with a number that fits it only without the stop after it (30.3%；), which may not open a line;
                # one ending a sentence goes on too over a full line such a number opens (``_pushed_to_full``)
                end = lasts[i] in SENTENCE_LAST and ends_sentence(text) and not _pushed_to_full(b, nxt, full) \
                    or not _pushed_over(nxt, full - b.width) and not (_UNBROKEN.match(nxt.text) and fills(b, nxt, full))
            else:
                # a full line ending a sentence, then an indented line that opens the next paragraph (it is
                # followed by a full line, or it does not end a sentence as a paragraph's last line would)
                # (or a closing note, wholly in brackets, that ends with the line: （本报记者林小舟、 / 宋嘉禾）)
                end = lasts[i] in SENTENCE_LAST and ends_sentence(text) \
                    and (indents[i + 1] or _narrow_indented(nxt, full)) \
                    and (after is None or filled[i + 2] or not stopped[i + 1]) \
                    and not _cut_by_kinsoku(nxt, after, full) and not _stop_before_push(nxt, after, full) \
                    or "\u3000" not in b.text and indents[i + 1] and _opens_between_full(nxt, after, full) \
                    or (indents[i + 1] or stopped[i] and not filled[i + 1]) and last_line_short(b, nxt, after, full) \
                    or lasts[i] in "）)" and _bracketed(text)
            # ……增长引起 / 了专家……: one sentence, whatever the widths (asked last, of a unit's end only: the
            # segmenter it takes is the costliest of these tests; each asked only where the character it needs
            # opens or ends the text, or a space hides it)
            end = end and not ((firsts[i + 1] in BOUND_OPENERS or firsts[i + 1].isspace()) and opens_bound(nxt.text)
                               or (lasts[i] in BINDING or lasts[i].isspace()) and ends_binding(text))
        if end:
            units.append(Unit.joined(cur, text))
            cur = []
    if cur:
        units.append(Unit.joined(cur, text))
    return units


def _inner_lines(widths: np.ndarray, full: float, indented: np.ndarray, ruled_out: list[int], parting: list[int]
                 ) -> list[bool]:
    """The lines that no test of the line rebuild parts from a paragraph running above them nor ends one at (most
    lines, told at once): a full line no wider than the column, twelve characters long at least (its width is
    no more than its length), over a line that is not indented nor one of those ``parting`` (a dateline or a line
    spanning columns); none of ``ruled_out`` (those that end with a stop, a closing mark or a space, open with a
    bullet or a dash, hold a credit's character, are a label, a dateline or spanning, come under a full line
    that ends a sentence)."""
    ok = (widths >= full - INDENT_HI) & (widths < full + 0.75) & (widths >= 12)
    ok[:-1] &= ~indented[1:]
    ok = ok.tolist() + [False]      # (the last line ends its paragraph; a place past it for the indexes given)
    ok[-2:] = [False, False]
    for k in [*ruled_out, *(k - 1 for k in parting)]:
        ok[k] = False
    return ok


LABEL_OPENS = "■核编开内人小相延【"     # the first characters of the box labels' patterns (■, 核心阅读, 【…】)
_ROLE_OPENS = "本新记通特实"     # the first characters a reporter's line opens with (本报记者, 通讯员, 实习生 …)
_TAGGED = re.compile("[^。！？]" + COLUMN_TAG.pattern)     # 书香满城（青川观察）: a title, not a sentence
_STOPS = re.compile("[。！？；]")
_CLAUSE = re.compile("[，、；：。！？,;:]")
_UNBROKEN = re.compile(r"[0-9A-Za-z.,%:/·\-]+|——")
_COUPLET = re.compile(r"[\u4e00-\u9fff]{3,} [\u4e00-\u9fff]{3,}")     # two phrases of Han characters and a space
_PROVISION = re.compile(r"第[〇零一二三四五六七八九十百千\d]+[条款项] ")     # a law's provision opening a paragraph


def _couplet(text: str) -> bool:
    """A line of two phrases of Han characters alone, of one length and three characters or more, set apart by a
    space (老街焕发新颜 夜市重现繁华): a title, which no paragraph's line is (not a law's provision opening with its
    number: 第十二条 老街书房……). Of such train lines 105 stood alone as whole titles, 5 whole ones had been glued to
    a line over or under them; the rebuild ends a unit after one and, under a line ending no sentence, before it
    (after a finished paragraph the title read apart was kept as a crosshead on a dev page)."""
    return bool(_COUPLET.fullmatch(text.strip())) and couplet(text) and not _PROVISION.match(text)


def _tagged(text: str) -> bool:
    """``text`` ends in a column tag (``_TAGGED``); the pattern is tried only on text ending in a bracket, not
    along every line."""
    return text[-1:] in "）)" and bool(_TAGGED.search(text))


def _flush_pair(b: Block, nxt: Block | None, after: Block | None, full: float) -> bool:
    """Line ``b``, full and flush after a finished paragraph, and the short line under it, neither holding a stop,
    over an indented line: no paragraph's lines (a first line is indented, a last one ends a sentence) but two
    heading lines, a kicker and its headline (……把闲置旧厂房改成书房 / 老街夜市重新开张); not a crosshead wrapped in the
    column, cut inside its second phrase (……服务为先 老街 / 书房开张) or before a number pushed over alone."""
    return nxt is not None and after is not None and b.width >= full - INDENT_HI and nxt.width < full - INDENT_HI \
        and full - INDENT_LO <= after.width < full - INDENT_HI and not _STOPS.search(b.text + nxt.text) \
        and not ends_sentence(nxt.text) and " " not in b.text and not (len(nxt.text) <= 5 and _UNBROKEN.match(nxt.text))


def _full_title_pair(b: Block, nxt: Block, after: Block | None, full: float) -> bool:
    """Two lines opening a unit, each filling the column within an indent, neither holding a clause mark and
    no word cut between them, over an indented line: two titles (a kicker over its headline), not one
    headline wrapped, which would end shorter than it opens."""
    return after is not None and full - INDENT_HI <= nxt.width <= full + 1.5 and b.width <= full + 1.5 \
        and full - INDENT_LO <= after.width < full - INDENT_HI \
        and not _CLAUSE.search(b.text + nxt.text) and not splits_word(b.text, nxt.text)


def _tag_title(b: Block, nxt: Block | None, full: float) -> bool:
    """A line ending in a column tag, with no clause mark in it, over a line that neither fills the column nor
    ends a sentence (a byline, a subheadline): a title closed by its tag, however wide, not a paragraph's line
    that a bracketed name ends (……青川港务集团有限公司（青港集团） / 是……)."""
    return _tagged(b.text) and not _CLAUSE.search(b.text) and nxt is not None \
        and nxt.width < full - INDENT_HI and not ends_sentence(nxt.text)


def _under_wide_kicker(prev: Block, b: Block, full: float) -> bool:
    """``b``, shorter than the column, comes right under a line spanning columns that ends in a dash: that line
    is a kicker (青川老街改造引起热烈反响——) and ``b`` its headline, a line of its own however the body under it
    opens."""
    return prev.width > full + 1.5 and prev.text.endswith("——") and b.width < full - INDENT_HI


def _flush_under_wide(prev: Block, b: Block, nxt: Block, full: float) -> bool:
    """``b``, a full line without a stop right under a line spanning columns, is over a line shorter than an
    indented one: no paragraph's first line (which is indented) but a title of its own over the story's first
    line (a figure called out, 326个); a ——subheadline filling the column may wrap there."""
    return prev.width > full + 1.5 and b.width >= full - INDENT_HI and nxt.width < full - INDENT_LO \
        and not _STOPS.search(b.text) and not b.text.startswith("——")


def _pushed_over(nxt: Block, room: float) -> bool:
    """The next line opens with a run that may not be broken (digits, a Latin word, a dash) wider than the
    room left at the end of this line."""
    m = _UNBROKEN.match(nxt.text)
    return bool(m) and width(m.group()) > room


def _pushed_to_full(b: Block, nxt: Block, full: float) -> bool:
    """Line ``b``, short and ending a sentence, sits over a full line, not indented even with its digits set
    narrower than estimated, that opens with a number too wide for the room ``b`` leaves (……事件。 / 2009年2月10日，
    ……): the number was pushed down and the paragraph goes on, as a paragraph's first line would be indented."""
    return full - INDENT_HI <= nxt.width <= full + 1.5 and not _narrow_indented(nxt, full) \
        and _pushed_over(nxt, full - b.width) and not ends_sentence(nxt.text)


_HELD = re.compile(r"[\u4e00-\u9fff]?[“‘《（(「]?[-+]?[0-9A-Za-z]")


def _narrow_indented(b: Block, full: float) -> bool:
    """A line holding digits or Latin letters that may be a paragraph's indented first line: set a little
    narrower than the width estimate has them (0.45 em each instead of 0.55), they leave the indent free."""
    narrow = len(NARROW.findall(b.text))
    return narrow >= 2 and full - INDENT_LO <= b.width - 0.1 * narrow < full - INDENT_HI


PUSHED = 1      # em a line loses to a character that line-breaking rules push down with the stop after it


def _opens_between_full(nxt: Block, after: Block | None, full: float) -> bool:
    """An indented line ``nxt`` without a stop between two full lines opens a paragraph, even after a full line
    without a stop (a summary line or a title set in the column as a paragraph): inside a paragraph a line
    stops two characters short only when what opens the line after it could not be broken there (a stop or
    bracket that may not open a line, a number or a Latin word, a character quoted with one: 记“2·19”) — but a
    line three characters short over a character pushed down with its stop lost its indent as well."""
    if after is None or not full - INDENT_HI <= after.width <= full + 1.5 \
            or ends_sentence(nxt.text) or "\u3000" in nxt.text:
        return False
    pushed = after.text[1:2] in _NO_OPENING and nxt.width <= full - INDENT - PUSHED
    # (short by its indent and the character pushed down: a line cut only by the push would be one short)
    return not (_kinsoku(after) and not pushed or after.text[1:2] in "…—" or _HELD.match(after.text))


def _cut_by_kinsoku(nxt: Block, after: Block | None, full: float) -> bool:
    """Line ``nxt``, as wide as a full line by the width estimate but ending without a stop, sits over a full line
    that opens with what line-breaking rules push down (a character before a stop, a number or a Latin word):
    it lost its end to that push and goes on in ``after``, though its digits or Latin letters, set narrower
    than estimated, make it look indented."""
    if after is None or not full - INDENT_HI <= after.width <= full + 1.5 or nxt.width < full - INDENT_HI \
            or nxt.text[-1:] in HANGING:
        return False
    return after.text[1:2] in _NO_OPENING or bool(_UNBROKEN.match(after.text))


def last_line_short(b: Block, nxt: Block, after: Block | None, full: float) -> bool:
    """Line ``b``, a character short of the column with no digit, Latin letter or space to blur its width, over a
    line that opens with nothing line-breaking rules push down (a stop or closing mark after its first character,
    an opening bracket, a number or a Latin word): no push left it short, so it is its paragraph's last line (over
    an indented line, 9 paragraphs of the train pages that ended so, most without a stop, had been joined to the
    next; the rebuild asks it too of a line ending a sentence over a line that is not full, where 5 train lines had
    been joined to the title, crosshead or note under them and none goes on). Not where a number or Latin word
    pushed from ``after`` explains why ``nxt`` looks indented: both may be lines inside one paragraph."""
    return full - INDENT_HI <= b.width <= full - 0.5 and not NARROW.search(b.text) and not _kinsoku(nxt) \
        and not _UNBROKEN.match(nxt.text) and not _HELD.match(nxt.text) and nxt.text[:1] not in "…—" \
        and not (after is not None and _pushed_over(after, full - nxt.width))


def _stop_before_push(nxt: Block, after: Block | None, full: float) -> bool:
    """Line ``nxt``, a character short of the column and ending on a stop, over a line that opens with what
    line-breaking rules push down (an opening bracket, a character before a stop, a number or a Latin word): it
    lost that character to the push and goes on, though taking its stop as hanging past the edge makes it look
    indented (8 such lines on the train pages, under a full line ending a sentence, go on in the paragraph)."""
    return after is not None and nxt.width >= full - INDENT_HI and nxt.text[-1:] in HANGING \
        and (_kinsoku(after) or bool(_UNBROKEN.match(after.text)))


def _kinsoku(nxt: Block) -> bool:
    """The line after opens with what line-breaking rules push down: an opening bracket, or a character
    followed by a stop that may not open a line (so the line before it lost a character)."""
    t = nxt.text
    return t[:1] in "“‘（《「" or t[1:2] in _NO_OPENING


_NO_OPENING = "，。、；：？！”’）》」"      # stops and closing marks that may not open a line


def _first_line_ends(b: Block, nxt: Block, full: float, text: str, after: Block | None) -> bool:
    """Whether a paragraph's first line is the whole paragraph (a crosshead, a one-line paragraph)."""
    nxt_indented = full - INDENT_LO <= nxt.width < full - INDENT_HI
    if text[-1:] in "）)" and _bracketed(text):    # (the note's closing bracket looked for before the call)
        return True             # a note wholly in brackets on its line: （作者为青川大学教授）
    if nxt.text[-1:] in "）)" and _bracketed(nxt.text) and _DATE_NOTE.search(nxt.text) and not ends_sentence(text):
        return True             # a line over a dated note in brackets: a speech's title over its date and place
        #                         (……上的讲话 / （2023年6月2日，青川）), not a first line a number pushed short
    if b.text.endswith("——"):
        return not _dash_led(b, nxt, full, after)   # a line that opens a unit and ends in a dash: a kicker
        #                                             (刘某某——) or a lead-in
    if b.width >= full - INDENT_HI and not (" " not in b.text and _narrow_indented(b, full)):
        # a full line that opens a unit goes on, unless an indented line follows it: then it stood alone
        # (a headline as wide as the column), since every paragraph of a column starts indented; or it is a
        # title closed by its column tag, with no clause mark in it; or a ——subheadline over a line without a
        # stop that no word cut in two joins to it (the title of a package's first report, which the headline
        # rules weigh); or a kicker over its headline, two flush lines without a stop (``_flush_pair``) or two
        # full lines without a clause mark over an indented line (``_full_title_pair``); a line
        # without spaces that looks full only by its digits, set narrower than estimated, is an indented first line;
        # a word cut in two between it and the indented line goes on (……个人所 / 得，……: a space or digits made
        # the indented first line look full)
        return nxt_indented and b.text[-1] not in "，、；：,;:" and not splits_word(text, nxt.text) \
            or _tag_title(b, nxt, full) \
            or _flush_pair(b, nxt, after, full) or _full_title_pair(b, nxt, after, full) \
            or b.text.startswith("——") and not _STOPS.search(b.text + nxt.text) and not splits_word(b.text, nxt.text)
    if nxt.width >= full - INDENT_HI and (b.width >= full - 2.6 or b.width >= full - 4 and _kinsoku(nxt)):
        return ends_sentence(text) and _titled_pair(nxt, after, full)
        #                         an indented line (shortened by line-breaking rules) before a full one goes on,
        #                         unless it ends a sentence over two title lines
    if not ends_sentence(text) and fills(b, nxt, full - INDENT) and nxt.width <= full + 1.5 and (
            nxt.width >= full - INDENT_HI
            or after is not None and b.width >= full - INDENT - FILLED and fills(nxt, after, full)):
        return False            # a sentence going on from a first line filled to its indent (what opens the next
        #                         line did not fit), over a full line or over one itself cut short by what opens
        #                         the line after it: ……老街书房还 / 迎来了一批“周末读 / 者”……, not two titles
    if full - INDENT_HI <= nxt.width <= full + 1.5 and _pushed_over(nxt, full - INDENT - b.width):
        return False            # an indented first line cut short by a number or Latin word pushed over, even
        #                         after a sentence's end (……号角催征。 / 2018年10月…): the full line under it
        #                         is no paragraph's first line, which would be indented
    if ends_sentence(text):
        return True
    # two short lines: an indented first line and the last line of a two-line paragraph, or two headings,
    # unless a word is cut in two between them (……城市书房建设呈 / 现新特点: one text wrapped)
    return not (full - INDENT_LO <= b.width and ends_sentence(nxt.text)) \
        and (not splits_word(text, nxt.text) or _lone_label(b, nxt))


LABEL_MAX = 4.0        # em: a line this short (two to four characters) over a line twice as wide or more


def _lone_label(b: Block, nxt: Block) -> bool:
    """A line of two to four characters (``LABEL_MAX``) over a line at least twice as wide stands alone even when a
    word seems cut between them (老街 / 道口……: 街道): a wrapped line would hold the next line's first characters,
    which fit on it. On the train line dumps 3 such lines on 3 pages, each a crosshead or a label over its text;
    no line of that shape is a wrapped one."""
    return 2 <= len(b.text.strip()) and b.width <= LABEL_MAX and nxt.width >= 2 * b.width


def _dash_led(b: Block, nxt: Block, full: float, after: Block | None) -> bool:
    """A first line ending in a dash fills its room (the indent taken off) over a full line that no dash opens:
    a paragraph led in by its dash (这是一段难忘的经历—— / 2023年6月，……), not a kicker over a title, as the dash
    was set where the line was full and the text goes on across the column. Not when that full line, without a
    clause mark, is over a line shorter than full: a paragraph would go on or end on a stop, so it is the
    kicker's headline (青川老街迎来新客人—— / 夜市书房点亮街区; on the train pages 2 such kickers, while the 3
    lead-ins go on over a full line or hold a clause mark)."""
    return b.width >= full - INDENT - FILLED and fills(b, nxt, full - INDENT) \
        and full - INDENT_HI <= nxt.width <= full + 1.5 and not nxt.text.startswith("——") \
        and not (after is not None and after.width < full - INDENT_HI and not _CLAUSE.search(nxt.text))


def _titled_pair(nxt: Block, after: Block | None, full: float) -> bool:
    """A full line and a short one under it, neither holding a clause mark nor the short one ending a sentence: no
    paragraph's last lines, as a paragraph ends on a stop, but a title and its subtitle (青川市召开全市教育大会 /
    林小舟出席并讲话) over the next story."""
    return after is not None and after.width < full - INDENT_HI and nxt.width <= full + 1.5 \
        and not _CLAUSE.search(nxt.text + after.text) and not ends_sentence(after.text)


_DATE_NOTE = re.compile(r"[\d〇零一二三四五六七八九十]+年[\d〇零一二三四五六七八九十]+月")   # 2023年6月, 二〇二三年六月

FILLED = 0.5        # a line within half an em of its room (by the width estimate) fills it


def _bracketed(text: str) -> bool:
    """The whole text is one bracketed note: the bracket that opens it closes at its end."""
    if text[:1] not in "（(" or text[-1:] not in "）)":
        return False
    depth = 0
    for k, c in enumerate(text):
        depth += (c in "（(") - (c in "）)")
        if depth == 0:
            return k == len(text) - 1
    return False


def _wraps_on(b: Block, nxt: Block, full: float) -> bool:
    """A paragraph's first line that fills its room (the indent taken off) over a line shorter than an indented
    one: the paragraph's last line."""
    return b.width >= full - INDENT - FILLED and fills(b, nxt, full - INDENT) and nxt.width < full - INDENT_LO


def _dash_pushed(cur: list[Block], text: str, b: Block, full: float) -> bool:
    """Line ``b`` opens with a dash that did not fit the room the line before it left (its indent taken off a
    first line), and ``text`` so far ends no sentence: line-breaking rules pushed the dash down."""
    room = full - (INDENT if len(cur) == 1 else 0)
    return not ends_sentence(text) and fills(cur[-1], b, room)


def fills_room(units: list[Unit], nxt: Block, full: float) -> bool:
    """In a line dump: the last line of a text made of ``units`` fills its room (the indent taken off the text's
    first line) and leaves too little of it for what opens line ``nxt``: the text wrapped there, not ended."""
    lines = [b for u in units for b in u.blocks]
    room = full - (INDENT if len(lines) == 1 else 0)
    return lines[-1].width >= room - FILLED and fills(lines[-1], nxt, room)


_SQUEEZED = "《》“”‘’（）、，。：；"       # punctuation a typesetter may set half-width to fit a line
_STOP_PAIR = "[，。、；：？！“”‘’（）《》「」]{2}"      # two stops side by side: a typesetter sets them narrower
_PAIRED = re.compile(_STOP_PAIR + "|[·\u3000]")      # such a pair, a middle dot or an ideographic space


def _beyond_column(b: Block, full: float) -> bool:
    """A line more than an em and a half wider than the body column (a headline spanning columns), unless stops
    set side by side (half an em each pair, as a typesetter squeezes them, and a little more for the width
    estimate) account for the excess: a body line's enumeration of quoted names (……”、“……”、“……)."""
    return b.width > full + 1.5 and b.width - full > 0.5 * len(_PAIRS.findall(b.text)) + SQUEEZE_SLACK


SQUEEZE_SLACK = 0.6     # em of a line's excess over the column beyond its squeezed pairs of stops (estimate errors)
_PAIRS = re.compile(f"(?={_STOP_PAIR})")      # each place two stops stand side by side


def _over_column(b: Block, full: float) -> bool:
    """A line an em or nearly wider than the body column that holds nothing a typesetter could set narrower to
    fit it (two stops side by side, a middle dot or an ideographic space, digits or Latin letters, a stop
    hanging past the column's edge): no body line, but a title set in larger type or another box."""
    return b.width >= full + 0.75 and b.text[-1] not in HANGING and not NARROW.search(b.text.replace(" ", "")) \
        and not _PAIRED.search(b.text)


def _spans_columns(b: Block, full: float) -> bool:
    """A line wider than the body column that is no body line fitted by squeezing its punctuation or
    spaces: a headline or another element spanning columns."""
    return b.width > full + 1.5 and sum(c in _SQUEEZED for c in b.text) <= 2 and "\u3000" not in b.text
