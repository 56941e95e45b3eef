"""Roles that a line shows by itself: page furniture, jump markers, editor lines, photo credits, captions,
story leads (datelines and bylines), and the lines that may belong to a headline group."""
from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Block, Page, Unit
from ..patterns import any_of, longest, rx, screen
from .blocks import INDENT, INDENT_HI, INDENT_LO, Lines, fills
from .headings import COLUMN_TAG, TAG_REMAINDER_LEN, closes_bracket
from .punct import closing_note, ends_sentence, in_quote, person_name, splits_word

MARKUP = {"image": "markdown image reference", "html": "HTML markup", "rule": "horizontal rule"}
FULL_DATE = re.compile(r"[\d〇零一二三四五六七八九十]{2,4}年[\d〇零一二三四五六七八九十]{1,2}月[\d〇零一二三四五六七八九十]{1,3}日")
DATE_MAX = longest(FULL_DATE)
YEAR_TITLE = re.compile(r"(19|20)\d\d[\u4e00-\u9fff]{4,}")   # a year over a phrase: a series' title
# a figure called out alone with its unit (10.8万, 40余起); bare digits are a number cut by a column break
FIGURE = re.compile(r"^[\d.]{1,7}[余多]?[\u4e00-\u9fff]{1,2}$")
FIGURE_MAX = longest(FIGURE) + 1     # (and a newline that $ lets a match end before)
INTERVIEW_TURNS = ("问：", "答：", "问:", "答:")   # an interview's question or answer opens a paragraph


def line_role(text: str, first_lines: bool = False) -> str | None:
    """The role of a line that stands alone by its pattern, or None."""
    t = text.strip()
    if t[:1] in "!<-*_=":
        for name in MARKUP:
            if rx("markup", name).match(t):
                return "markup:" + name
    if not first_lines and not _MAY_ROLE.search(t):
        return None             # none of what the tests below look for (most lines, told at once)
    if len(t) <= 16 and "版" in t:
        m = rx("jump", "marker").search(t)
        if m and m.end() >= len(t) - 1:
            return "jump"
    if len(t) <= 40 and first_lines and (rx("furniture", "page_header").match(t)
                                         or rx("furniture", "masthead").match(t)):
        return "page_header"
    if _may_edit(t) and rx("furniture", "editor").match(t):
        return "editor"
    if len(t) <= 60 and _may_produce(t) and rx("furniture", "production").match(t):
        return "credit"
    if len(t) <= 40 and may_credit(t) and rx("photo", "credit").match(t):
        return "credit"         # (matched at the start only: a search would try every start the line has)
    return None


WHITESPACE = "".join(filter(str.isspace, map(chr, range(0x3001))))      # every whitespace character (up to U+3000)
_ROLE_CHARS = "版编校审图文：:摄社视"   # a character that each test below the markup's needs (组版, 社发, 人民视觉)
_MAY_ROLE = re.compile(f"[{_ROLE_CHARS}]")


def _may_edit(text: str) -> bool:
    """Cheap test before the editor pattern, true wherever it can match (编辑, 责编, 校对, 终审, 审校, 组版)."""
    return "编" in text or "校" in text or "审" in text or "组版" in text


def _may_produce(text: str) -> bool:
    """Cheap test before the production-credit pattern: 图 or 文 (李某 图 王某 文), or a colon (设计：……)."""
    return "图" in text or "文" in text or "：" in text or ":" in text


def may_credit(text: str) -> bool:
    """Cheap test before the credit pattern, true wherever it can match: 摄, 社发, 视觉 (a photo agency's name
    alone: 人民视觉), or 图 and a colon."""
    return "摄" in text or "社发" in text or "视觉" in text or "图" in text and ("：" in text or ":" in text)


def mark_lines(page: Page) -> Page:
    """Give blocks that stand alone by their pattern their role (before units are built)."""
    lines = page.source.format == "lines"
    blocks = page.blocks
    asked = holding(page.norm, page.lines, _ROLE_CHARS)
    for i in _may_mark(blocks, page.lines.firsts, page.lines.over_short, asked, lines):
        b = blocks[i]
        if lines and i and blocks[i - 1].role == "credit" and wraps_credit(blocks[i - 1], b, page.column):
            b.role = "credit"   # the wrapped end of the credit above (……摄影报道（青 / 川图片）)
            continue
        # (a line holding no character of _ROLE_CHARS, opening with no markup, has no role: told without the call)
        role = line_role(b.text, first_lines=i < 3) if i < 3 or i in asked or b.text[:1] in "!<-*_=" \
            or b.text[:1].isspace() else None
        if lines and role is None and i + 1 < len(blocks) and len(blocks[i + 1].text) <= 8 \
                and wraps_credit(b, blocks[i + 1], page.column):
            role = "credit"     # a credit wrapped onto the next line (本报记者 林小舟 / 摄影报道)
        if role == "credit" and lines and i and not ends_sentence(blocks[i - 1].text) \
                and blocks[i - 1].role == "body" and len(blocks[i - 1].text) >= len(b.text) \
                and not is_production(b.text):
            role = None         # the last line of a caption whose credit wrapped (……本报记 / 者 林小舟摄)
        if role == "credit" and lines and i + 1 < len(blocks) and is_production(b.text) \
                and fills(b, blocks[i + 1], page.column - INDENT) and splits_word(b.text, blocks[i + 1].text):
            role = None         # a paragraph that opens like a production credit and runs on: a word cut at its
            #                     line's end, which what opens the next line did not fit (资料来源：青川市统计 / 局、……)
        if role:
            b.role = role
    return page


def _may_mark(blocks: list[Block], firsts: str, over_short: list[int], asked: set[int], lines: bool):
    """The indexes, in order, of the lines ``mark_lines`` may give a role (the others are told without a test):
    the first three, those ``asked`` (holding a character a role's pattern needs), those opening with markup or a
    space, and in a line dump each line over a short one (a credit wrapped onto it) and each line under one just
    marked a credit (its wrapped end). ``firsts``: each line's first character, one a line (an empty line's a
    space, asked as one opening with a space); ``over_short``: the lines over a line of eight characters or fewer."""
    todo = asked | set(range(min(3, len(blocks)))) | set(marked_lines(firsts, "!<-*_=" + WHITESPACE))
    if lines:
        todo.update(over_short)
    prev = -1
    for i in [*sorted(todo), len(blocks)]:
        while lines and 0 <= prev < i - 1 and blocks[prev].role == "credit":
            prev += 1
            yield prev          # (asked after the credit above it was marked)
        if i < len(blocks):
            yield i
        prev = i


def holding(norm: str, lines: Lines, chars: str) -> set[int]:
    """The indexes of the blocks (their ``lines``, of the text ``norm``) whose text holds one of ``chars``, found
    with ``str.find`` over the whole text (a pattern searched line by line tests each character against the set)."""
    starts, ends = lines.starts, lines.ends
    held = set()
    for c in chars:
        at = norm.find(c)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            if k >= 0 and at < ends[k]:
                held.add(k)
            at = norm.find(c, at + 1)
    return held


def marked_lines(marks: str, chars: str) -> list[int]:
    """The indexes in ``marks`` (one character a line, as its first or last) of the characters of ``chars``,
    found with ``str.find`` (not by a test of each line)."""
    found = []
    for c in chars:
        k = marks.find(c)
        while k >= 0:
            found.append(k)
            k = marks.find(c, k + 1)
    return found


def wraps_credit(b: Block, nxt: Block, full: float) -> bool:
    """A short line that stands alone as nothing ends a credit wrapped from the full line before it
    (……摄影报道（青 / 川图片）, 本报记者 林小舟 / 摄影报道, 资料整理：林 / 小舟); a credit is set with up to
    two characters to spare, so a line with room for three more did not wrap."""
    if len(nxt.text) > 8 or full - b.width >= 3:
        return False
    t = b.text + nxt.text
    return ("摄" in t or "：" in t or ":" in t) and line_role(t) == "credit" and line_role(nxt.text) is None


def ends_with_credit(text: str) -> bool:
    """A caption closing with its photographer's credit (……。本报记者 林小舟摄)."""
    if not may_credit(text[-12:]):
        return False
    m = rx("photo", "credit").search(text)
    return bool(m and m.start() > 0 and ends_sentence(text[:m.start()]))


def is_lead(text: str) -> bool:
    """A story's opening paragraph: a dateline (本报北京6月16日电, 新华社……电) or a byline (本报讯（记者……）)."""
    if "电" not in text and "讯" not in text and text.lstrip()[:1] not in "（(":
        return False            # a dateline ends with 电 or 讯, a bracketed byline opens with its bracket (most
        #                         texts, told at once: the patterns try many starts before they fail)
    return bool(any_of(("byline", "dated"), ("byline", "xun"), ("byline", "credit_paren")).match(text))


def opens_with_dateline(text: str) -> bool:
    """Opens with a dateline or 本报讯 (a lead always starts a paragraph)."""
    return ("电" in text or "讯" in text) and bool(any_of(("byline", "dated"), ("byline", "xun")).match(text))


def is_dateline(text: str) -> bool:
    """Only a dateline (本报北京6月3日电, 新华社北京电, or a dateless wire credit: 新华社电（记者林小舟）), nothing
    after it yet."""
    if "电" not in text and "讯" not in text:
        return False            # the dateline pattern ends with one of them
    if rx("byline", "wire_credit").match(text.strip()):
        return True
    m = rx("byline", "dated").match(text.strip())
    return bool(m) and m.end() >= len(text.strip()) - 1


def is_caption(text: str) -> bool:
    """A photo's caption: it opens as one (图为……) and is short or closes with a credit, or it is a sentence closed
    by a credit (……。林小舟摄). The credit is looked for along the text only where it can decide."""
    opens = text[:1] in _CAPTION_FIRST and bool(rx("photo", "caption_start").match(text))
    if opens and len(text) < 200 or not opens and len(text) >= 300:
        return opens
    m = rx("photo", "credit").search(text) if may_credit(text) else None
    return bool(m) and (opens or m.start() > 0 and ends_sentence(text[:m.start()]))


# what the patterns tried on every unit can open with (图为, ■, 核心阅读, 此致: ``screen``), asked before them
_CAPTION_FIRST = screen(rx("photo", "caption_start"))
_BULLET_FIRST = screen(rx("body", "bullet"))
_LABEL_FIRST = screen(rx("body", "label"))
_VALEDICTION_FIRST = screen(rx("body", "valediction"))


def is_figure(text: str) -> bool:
    """A figure called out alone with its unit (``FIGURE``), its pattern tried only on a text short enough."""
    return len(text) <= FIGURE_MAX and bool(FIGURE.match(text))


def is_bullet(text: str) -> bool:
    """A bulleted item (■ ……, 【人物】……), its pattern tried only on a text opening as one does."""
    return text[:1] in _BULLET_FIRST and bool(rx("body", "bullet").match(text))


def is_box_label(text: str) -> bool:
    """A box's label alone (核心阅读, 编者按), its pattern tried only on a text opening as one does."""
    return text[:1] in _LABEL_FIRST and bool(rx("body", "label").match(text))


def is_production(text: str) -> bool:
    """A production credit (制图：林小舟, 林小舟 图 韩亦舒 文, 本版由……整理)."""
    return bool(rx("furniture", "production").match(text))


def is_valediction(text: str) -> bool:
    """A letter's closing (此致, 敬礼！, 祝……安好), its pattern tried only on a text opening as it does."""
    return text[:1] in _VALEDICTION_FIRST and bool(rx("body", "valediction").match(text))


def headingish(text: str, level: int, after_heading: bool = False) -> bool:
    """Could this unit be a kicker, headline, subheadline or section label (by its shape alone)?"""
    t = text.strip()
    if not t:
        return False
    if level:
        return len(t) <= 80
    if t[:2] in INTERVIEW_TURNS:
        return False            # an interview's question (问：……？), however short: no title of the corpus opens so
    if t[0] in "（(" and t[-1] in "）)" and not after_heading:
        return False            # a whole-line note (作者为……, 本报某地电) closes the story before it
    if len(t) <= 8 and t[0].isdigit() and not YEAR_TITLE.fullmatch(t):
        return False            # a figure called out in a box: 826门, 7.7万; a year over four Han characters or
        #                         more is a series' title (2019港城纪事: on the train pages' line dumps 2 such
        #                         lines on 2 pages, both so; no figure there has that shape)
    if len(t) <= DATE_MAX and FULL_DATE.fullmatch(t):
        return False            # 2023年6月2日 alone: a document's date under its signature, never a title
    if not t or len(t) > (DASHED_TITLE_MAX if t.startswith("——") else UNMARKED_TITLE_MAX) or lone_mark(t):
        return False
    if "。" in t[:-1] or t[-1] in "，、；,;" or t[-1] == "。":
        return False            # a full stop ends prose, also a dashed item of a list (——我们将……。): none of the
        #                         corpus's 647 dashed subheadlines ends so, 297 dashed paragraphs do
    if t[-1] in "：:" and len(t) > 12:
        return False
    if not _WORDISH.search(t):
        return False            # marks alone (……, ※ ※ ※): a pause or a break in the text, never a title (a dash
        #                         alone may be a kicker's wrapped end)
    return not (t[-1] in "！？!?" and len(t) > 30)


def _long_title_under_kicker(text: str, level: int, prev: Unit | None) -> bool:
    """An unmarked line longer than ``headingish`` lets an unmarked title be, closed by a bracket, with no full stop,
    right under a kicker closing on a dash: a title made long by its column tag (临江区、北塘区—— / 老街改造，让街坊说了
    算（青川观察·……系列报道之三）). 26 of the corpus's 97 titles longer than 42 characters sit under a dashed kicker,
    all closing on a bracket; of 870 paragraphs right after a paragraph ending on a dash none is such a line."""
    t = text.strip()
    return not level and prev is not None and prev.role == "heading" and prev.text.rstrip().endswith("——") \
        and len(t) > UNMARKED_TITLE_MAX and t.endswith(("）", ")")) and "。" not in t


def _long_title_cut_in_tag(text: str, level: int, nxt: Unit | None) -> bool:
    """An unmarked line longer than ``headingish`` lets an unmarked title be, with no full stop, cut inside a round
    bracket that the short marked line under it closes (``TAG_REMAINDER_LEN``): a title made long by its column tag,
    wrapped inside the tag, its converter marking only the last line (老街改造让街坊说了算（青川观察·城市更新 / ## 系列报道）)."""
    t = text.strip()
    return not level and nxt is not None and nxt.level > 0 and len(t) > UNMARKED_TITLE_MAX and "。" not in t \
        and t.count("（") > t.count("）") and len(nxt.text.strip()) <= TAG_REMAINDER_LEN and closes_bracket(nxt.text)


_WORDISH = re.compile(r"[^\W_]|—")     # a letter, a digit or a dash
DASHED_TITLE_MAX = 70   # characters at most of an unmarked title opening with a dash (——……), the longest one
UNMARKED_TITLE_MAX = 42     # characters at most of any other unmarked title (but ``_long_title_under_kicker``)


def assign_roles(page: Page) -> Page:
    """Role of each unit: standalone patterns, captions, labels, leads, heading candidates; body otherwise."""
    units = page.units
    for u in units:
        u.lead = is_lead(u.text)
    run = ""            # the text of the heading units right before the unit
    for k, u in enumerate(units):
        prev = units[k - 1] if k else None
        nxt = units[k + 1] if k + 1 < len(units) else None
        u.role = _role(u, prev, nxt, page.column, run)
        run = run + u.text if u.role == "heading" else ""
    _read_down(units)
    if page.column is not None:
        _boxed_titles(units, page.column)
    for k in range(len(units) - 2):
        if units[k + 1].role != "heading":
            continue                        # (both tests below ask for a heading next: most units, told at once)
        if _prose_over_kicker(units, k):
            units[k].role = "body"          # the first line of a crosshead's paragraph, read over a kicker
        elif _kicker_start(units, k, page.column):
            units[k].role = "heading"       # a kicker's first line, wrapped onto the dashed line under it
        elif _cut_before_title(units, k):
            units[k].role = "body"          # prose cut at a column's foot, a title read before its rest
        elif _colon_over_dated(units, k):
            units[k].role = "heading"       # 林小舟： / 标题 / 本报青川6月2日电……: the kicker saying who speaks
        elif k and _summary_end(units, k + 1):
            units[k + 1].role = "body"      # a summary line's wrapped end over the dated lead
        elif page.column is None and _long_kicker_over_tag(units, k + 1):
            units[k - 1].role = units[k].role = "heading"     # a long kicker's two lines over a tagged title
    return page


BOX_RUN_SLACK = 1.0     # em within which the lines of one box wider than the body column are as wide
BOXED_STOPS = re.compile("[。！？!?]")


def _boxed_titles(units: list[Unit], column: float) -> None:
    """In a line dump: one or more body lines of one width, each wider than the body column by more than ``WIDER``,
    read after a story or a box closed (``_closed_before``), with the shorter line under them that may end a title
    (``headingish``) or closes the bracket they left open, the whole with no stop and no longer than
    ``DASHED_TITLE_MAX``, are a title wrapped in a box of its own across columns, not prose, which fills the column
    (……商铺关门、游人 / 寥寥, ……（感言·系列 / ⑨）)."""
    k = 0
    while k < len(units):
        if not _box_line(units[k], column) or not _closed_before(units, k):
            k += 1
            continue
        j = k + 1
        while j < len(units) and _box_line(units[j], column) and abs(units[j].width - units[k].width) <= BOX_RUN_SLACK:
            j += 1
        text = "".join([u.text for u in units[k:j]])
        end = units[j] if j < len(units) else None
        if end is not None and len(end.blocks) == 1 and not end.level and not end.lead and end.role != "credit" \
                and end.width < units[j - 1].width - WIDER \
                and (headingish(end.text, 0) or _brackets(text) > 0 == _brackets(text + end.text)) \
                and not BOXED_STOPS.search(text + end.text) \
                and len(text + end.text) <= DASHED_TITLE_MAX:
            for u in units[k:j + 1]:
                u.role = "heading"
        k = j


def _box_line(u: Unit, column: float) -> bool:
    """A body unit of one line, no heading mark, wider than the body column by more than ``WIDER``."""
    return u.role == "body" and len(u.blocks) == 1 and not u.level and not u.lead and u.width > column + WIDER


def _closed_before(units: list[Unit], k: int) -> bool:
    """A story or a box closed right before the unit at ``k``: it is the first, or the unit before is no body text
    nor a heading (a credit, a label), or it is body text ending a sentence. Lines under a heading are its
    summary deck, which the rules of decks weigh (``_summary_end``)."""
    prev = units[k - 1] if k else None
    return prev is None or prev.role not in ("body", "heading") or ends_sentence(prev.text) and prev.role == "body"


SUMMARY_END_LEN = 12    # characters of a summary line's wrapped end
SUMMARY_LINES = 3       # lines of a summary deck set under its title, before its wrapped end


def _summary_end(units: list[Unit], k: int) -> bool:
    """The short unmarked line at ``k``, with no clause mark, over a dated lead, after up to ``SUMMARY_LINES`` lines
    of clauses with no stop set right under a title (## 青川港扩建 / 新建泊位六个，年吞吐能力将提高 / 三成 /
    本报青川6月2日电……; a line dump breaks a deck into its lines), or a line of clauses no wider than the one before
    it (``_deck_line``): the wrapped end of that summary subheadline, not the next story's title."""
    u, lead = units[k], units[k + 1]
    if u.role != "heading" or u.level or not opens_with_dateline(lead.text):
        return False
    if (len(u.text) > SUMMARY_END_LEN or _CLAUSE.search(u.text)) and not _deck_line(u, units[k - 1]):
        return False
    i = k - 1
    while i > 0 and k - i < SUMMARY_LINES and units[i - 1].role == "body" and not units[i - 1].lead:
        i -= 1
    summary = "".join([v.text for v in units[i:k]])
    return i > 0 and units[i - 1].role == "heading" and all(v.role == "body" and not v.lead for v in units[i:k]) \
        and any(c in summary for c in "，；") and not any(c in summary for c in "。！？")


def _long_kicker_over_tag(units: list[Unit], k: int) -> bool:
    """In a markdown dump, the two unmarked body lines right over the marked title at ``k``, closed by its column
    tag (or on the marked line after it, where the tag wraps): a paragraph with no stop, its second line short of
    half the first, read after a story that closed (on a stop, a closing note or a signature). A long kicker, a
    sentence, that the stream reads as the story before's last paragraph (……新码头建成不到三年，货轮往来、游人 / 如
    织 / ## 青川港为何这样忙（港城观察）): a story's last paragraph ends on its stop. On the train set's markdown
    dumps it fires on 3 such pairs (2 pages), each a gold kicker over a tagged title, and on none of dev's."""
    title = units[k]
    if not title.level or k < 3:
        return False
    first, end, before = units[k - 2], units[k - 1], units[k - 3]
    tagged = title.text + (units[k + 1].text if k + 1 < len(units) and units[k + 1].level else "")
    return first.role == end.role == "body" and not first.level and not end.level and not first.lead \
        and end.width < first.width / 2 and not ends_sentence(first.text) and not ends_sentence(end.text) \
        and bool(COLUMN_TAG.search(tagged)) \
        and (before.role == "label" or before.role == "body" and ends_sentence(before.text))


def _deck_line(u: Unit, before: Unit) -> bool:
    """``u`` holds clauses and no stop, and is no wider than the deck's line before it: the deck's next line."""
    return any(c in u.text for c in "，；") and not any(c in u.text for c in "。！？") and u.width <= before.width + 1


def _colon_over_dated(units: list[Unit], k: int) -> bool:
    """An unmarked line of up to ``COLON_KICKER`` characters closing on a colon, with no comma or stop, right over a
    one-line title without clause marks that a dated lead follows (林小舟： / 老街夜市今起重开 / 本报青川6月2日电……): the
    kicker introducing that headline, whatever was read before it; a line introducing prose is followed by it."""
    u, title, lead = units[k], units[k + 1], units[k + 2]
    t = u.text
    return u.role == "body" and not u.level and not u.lead and t[-1:] in "：:" and len(t) <= COLON_KICKER \
        and not any(c in t for c in "，,。；;！？") and not t.rstrip("：:").endswith("如下") \
        and title.role == "heading" and len(title.blocks) == 1 and not _CLAUSE.search(title.text) \
        and opens_with_dateline(lead.text)


VERTICAL_MIN = 3        # unmarked one-character lines in a row that are text set vertically


def _read_down(units: list[Unit]) -> None:
    """``VERTICAL_MIN`` or more unmarked lines of one character each in a row are a line of text set vertically
    (来 / 稿 / 请 / 寄 / ：……): body text, never a title (none of the corpus is one character long)."""
    ones = [k for k, u in enumerate(units) if len(u.text) == 1 and not u.level]
    if len(ones) < VERTICAL_MIN:
        return                  # (most pages: told at once)
    runs = [[ones[0]]]
    for k in ones[1:]:
        if k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    for k in (k for run in runs if len(run) >= VERTICAL_MIN for k in run):
        if units[k].role == "heading":
            units[k].role = "body"


def _cut_before_title(units: list[Unit], k: int) -> bool:
    """The unmarked unit at ``k`` is prose with clause punctuation cut at a column's foot, its sentence going on
    in the body unit after the title line that follows it (……各街道的书房将在六月同 / 城市书房开进老街 / 时开放。……):
    a heading only by its missing stop."""
    u, title, rest = units[k], units[k + 1], units[k + 2]
    return u.role == "heading" and not u.level and _fragment_like(u.text) and title.role == "heading" \
        and rest.role == "body" and interrupts(u.text, title.text, rest.text)


def _kicker_start(units: list[Unit], k: int, column: float | None = None) -> bool:
    """The unit at ``k`` is the first line of a kicker that wraps onto the next unit, a line ending in a dash
    right above a marked headline (开展田野调查、敦促现场交办， / 青川市人大常委会—— / ## 标题; in a line dump an unmarked
    title under a first line wider than the column): a paragraph of its own
    (no body text before it, or a finished sentence and it goes on into that line, ending at a comma or cutting
    a word in two with it), not prose cut mid-clause (``_cut_clause``)."""
    u, kick = units[k], units[k + 1]
    before = units[k - 1] if k else None
    return u.role == "body" and kick.role == "heading" and not u.lead and not u.level and k + 2 < len(units) \
        and not _cut_clause(u.text) \
        and kicker_over(kick.text, units[k + 2], _in_wider_box(u, column)) \
        and (before is None or before.role != "body" or ends_sentence(before.text) and _wraps_into(u.text, kick.text))


def _prose_over_kicker(units: list[Unit], k: int) -> bool:
    """The unmarked unit at ``k``, prose (``_prose``) under an unmarked heading and over a dashed kicker right above
    a marked headline, that neither stops at a comma nor cuts a word with the kicker: the paragraph under a
    crosshead of the story's first column, which XY-cut read before the story's title (老街的变化 / 近年来，老街的
    书房、茶馆和夜市都 / 临江区北塘镇—— / # 标题 / 换了新模样……), not the kicker's first line."""
    if k == 0 or k + 2 >= len(units):
        return False
    before, u, kick = units[k - 1], units[k], units[k + 1]
    return before.role == "heading" and not before.level and u.role in ("heading", "body") and not u.level \
        and not u.lead and _prose(u.text) and kick.role == "heading" \
        and kicker_over(kick.text, units[k + 2]) and not _wraps_into(u.text, kick.text)


PROSE_MIN = 20          # characters of a line with a clause mark that reads as prose, not a kicker's first line


def _prose(text: str) -> bool:
    """A line of ``PROSE_MIN`` characters or more with a clause mark in it."""
    return len(text) >= PROSE_MIN and bool(_CLAUSE.search(text))


def _wraps_into(text: str, kick: str) -> bool:
    """A kicker's first line goes on into the line under it: it ends at a comma or cuts a word with it."""
    return text.endswith(("，", "、")) or splits_word(text, kick)


def _dashed_name(text: str) -> bool:
    """A dash and a person's name alone (——林小舟): who said the words quoted over it, no ——subheadline, which
    says what a story is about."""
    return text.startswith("——") and person_name(text[2:])


_SIGNATURE = re.compile(r"——[\u4e00-\u9fff][\u4e00-\u9fff\u3000 ]{1,4}(?:[（(][^）)]*[）)]?)?")


def _signs_quote(text: str, prev: Unit | None) -> bool:
    """A dash and two to four characters, perhaps over a bracketed note of who they are (——林小舟（青川港引航员）),
    right after a finished sentence: who said the words over it, whatever the name. Of the corpus's 75 paragraphs
    and titles so shaped, 74 are paragraphs, all after a finished sentence; the one title, a subheadline, sits under
    its headline. Markdown only: in line dumps the train pages lost by it."""
    return prev is not None and prev.role == "body" and ends_sentence(prev.text) and bool(_SIGNATURE.fullmatch(text))


def _role(u: Unit, prev: Unit | None, nxt: Unit | None, column: float | None, run: str = "") -> str:
    text = u.text
    lines = column is not None
    if u.blocks[0].role != "body" and all(b.role == u.blocks[0].role for b in u.blocks):
        return u.blocks[0].role     # a line of its own, or a credit with its wrapped end
    if not u.level and is_caption(text):
        return "caption"
    if is_valediction(text) or prev is not None and prev.role == "body" and len(text) <= 12 \
            and is_valediction(prev.text):
        return "body"           # a letter's closing and the signature under it
    if run and text[:1] == "·" and _marks(run) > 0 > _marks(text):
        return "heading"        # a name's middle dot opening the wrapped end of a title cut inside its title marks
        #                         (……新片《青川 / ·老街》首映): no bulleted item
    if text[:1] in _WHOLE_FIRST and _WHOLE.match(text) or has_address(text) \
            or signed(text) or _dashed_name(text) or not (lines or u.level) and _signs_quote(text, prev):
        return "label"          # a box label (核心阅读), a bulleted item, 本报记者 X alone, an address line, a
        #                         signature (——@handle, ——编者, a letter's 青川市 林小舟, a quotation's ——林小舟):
        #                         a whole paragraph
    if not u.level and len(text) <= PIECE_TITLE and nxt is not None and _piece_title(text, nxt.text) \
            and not (prev is not None and closing_note(prev.text)):     # (most units longer: told without the call)
        return "label"          # a letter's title over its writer's signature, inside a column of letters (after a
        #                         story closed by its note, the column's first letter heads a story of its own)
    if u.lead or len(u.blocks) > 3 or len(u.blocks) > 1 and any(b.role != "body" for b in u.blocks) \
            or lines and _set_as_prose(u, column):       # (a one-line unit's role is its line's: read above)
        return "body"
    if not u.level and _fact_line(text, prev, nxt):
        return "label"          # 嘉宾：林小舟 under a title: one of its story's first paragraphs
    if run and (len(text) <= 6 or text.endswith(("）", ")"))) and _brackets(run) > 0 > _brackets(text):
        return "heading"        # the wrapped end of a headline's bracket, opened lines before: ……（系列报道 / ②）,
        #                         ……（青川观察 / ·民生一线 / ②）
    if lines and _exchange(text, prev, nxt):
        return "body"           # in a line dump, a short question or cry answered or asked in a short line next
        #                         to it: dialogue
    if not u.level and len(text.strip()) > DASHED_TITLE_MAX:
        return "body"           # longer than any unmarked title (``headingish``): each rule below asks for one
        #                         shorter, or makes it body (most units, told at once)
    if prev is not None and prev.role == "body" and not u.level and not ends_sentence(prev.text) \
            and not (u.wide and not prev.wide) \
            and not (nxt is not None and (nxt.lead or kicker_over(text, nxt, _in_wider_box(prev, column)))) \
            and not _tagged_title(text) and not rx("photo", "title").match(text) \
            and not (nxt is not None and interrupts(prev.text, text, nxt.text)) \
            and not (not lines and nxt is not None and over_title(text, nxt)):
        return "body"           # the rest of a sentence cut at a column's foot (not a '#' heading, a headline over
        #                         a lead, a photo story's standing title, nor a line wider than the column the
        #                         sentence was in)
    if u.wide and text[-1] in "，、" and len(text) <= 42 and "。" not in text and nxt is not None \
            and headingish(nxt.text, nxt.level) and not nxt.lead:
        return "heading"        # a title spanning columns, wrapped at a comma (……县委书记、 / 县长……)
    if _figure_wrapped(text, prev, nxt):
        return "heading"
    if _colon_kicker(u, prev, nxt, lines):
        return "heading"        # 林小舟在全市工作会议上强调： over a title: a kicker introducing the headline
    if _long_title_under_kicker(text, u.level, prev) or _long_title_cut_in_tag(text, u.level, nxt):
        return "heading"        # a title under its dashed kicker, or wrapped inside its tag, longer than others
    if not headingish(text, u.level, after_heading=prev is not None and prev.role == "heading") \
            or _exclaims_after_prose(text, u.level, prev, nxt):
        return "body"
    if not u.level and text.rstrip("：:").endswith("如下"):
        return "body"           # ……留言如下： introduces what follows
    if not u.level and _cut_clause(text):
        return "body"           # ……军士长林小舟，端午 / # 标题 / 假期……: prose cut at a column's foot
    if nxt is not None and not headingish(nxt.text, nxt.level) and not u.level and not _heads_lead(prev, nxt) \
            and not _dashed_under(text, prev) and not _between_cut(prev, text, nxt) \
            and (_fragment_like(text) or splits_word(text, nxt.text) or _introduces(text) or lone_mark(nxt.text)
                 or _clipped_opening(nxt.text)):
        return "body"           # prose whose sentence goes on in the next unit
    if not (lines or u.level) and nxt is not None and in_quote(text, nxt.text) and \
            (_fragment_like(text) or not headingish(nxt.text, nxt.level)):
        return "body"           # prose cut inside a quotation that the next unit closes (a line dump's
        #                         wrapped headlines may be cut so too)
    return "heading"


COLON_KICKER = 30       # characters at most of an unmarked kicker closing on a colon (……时强调：)


def signed(text: str) -> bool:
    """A reader's letter's signature: the writer's place and name (青川市 林小舟, 四川青川 林 舟)."""
    return " " in text and bool(rx("body", "signature").match(text))


PIECE_TITLE = 20        # characters of a letter's title set over its signature


def _piece_title(text: str, nxt: str) -> bool:
    """A short line with no stop over a signature (``signed``) is the title of a letter inside a column of letters,
    a whole paragraph of the column's story (渡口的灯该修了 / 四川青川 林小舟): of the corpus's 64 signatures none opens
    a story, 13 sit under such a line inside one (2 train pages, all three formats; no train figure fell)."""
    return len(text) <= PIECE_TITLE and not ends_sentence(text) and signed(nxt)


def _colon_kicker(u: Unit, prev: Unit | None, nxt: Unit | None, lines: bool = False) -> bool:
    """An unmarked line longer than ``headingish`` lets a colon line be, up to ``COLON_KICKER`` characters, with no
    comma or stop, closing on a colon right over a marked heading-shaped line (in a line dump, a line spanning
    columns: set in a title's type) that opens no story's lead, and read after no sentence left open: a kicker
    introducing the headline under it (over an unmarked line it was as often a paragraph introducing the next:
    dev md-stream and lines fell without the mark)."""
    t = u.text
    return not u.level and t[-1:] in "：:" and 12 < len(t) <= COLON_KICKER and not any(c in t for c in "，,。；;！？") \
        and nxt is not None and (nxt.level > 0 or lines and nxt.wide) and not nxt.lead \
        and headingish(nxt.text, nxt.level) and (prev is None or prev.role != "body" or ends_sentence(prev.text))


def _between_cut(prev: Unit | None, text: str, nxt: Unit) -> bool:
    """The line is read between the two pieces of a body sentence cut at a column's foot (``interrupts``): a
    title set in that text's columns, whatever word its own end makes with the text after it (……每一 / 老街焕新
    夜市重开 / 年的……)."""
    return prev is not None and prev.role == "body" and interrupts(prev.text, text, nxt.text)


def _clipped_opening(text: str) -> bool:
    """``text`` opens with one character and a full stop (……推送广告 / 案。5月初……): the end of a sentence cut before
    it. No paragraph of the corpus opens so (a handful open with one character and an exclamation mark)."""
    return len(text) > 2 and "\u4e00" <= text[0] <= "\u9fff" and text[1] == "。"


def _figure_wrapped(text: str, prev: Unit | None, nxt: Unit | None) -> bool:
    """A short line opening with a number, more than a figure with its unit (326个, 51万), between a heading line
    and a story's lead: the title's wrapped end (……新建码头设在海拔 / 3200米以上 / 本报青川电……), not a figure
    called out, which stands alone with its unit (or has text explaining it under it: 826门 / 全市……)."""
    return prev is not None and prev.role == "heading" and nxt is not None and nxt.lead \
        and len(text) <= 8 and text[:1].isdigit() and not FIGURE.match(text)


# the patterns of a whole paragraph (a box label, a bulleted item, a reporter's line alone, an attribution) as
# one, and what they open with (■核心阅读, 【看点】, 本报记者, ——编者), asked first
_WHOLE = any_of(("body", "label"), ("body", "bullet"), ("byline", "reporter_line"), ("body", "attribution"))
_WHOLE_FIRST = screen(_WHOLE)


def _set_as_prose(u: Unit, column: float) -> bool:
    """In a line dump: a unit set as a paragraph is, its first line indented (two characters short) and a line
    after it as wide as the column, with a comma in it: prose (a summary line under a headline), not a title,
    whose lines are centred in type larger than the body's."""
    first, rest = u.blocks[0].width, u.blocks[1:]
    return "，" in u.text and column - INDENT_LO <= first < column - INDENT_HI \
        and any(abs(b.width - column) <= FULL_SLACK for b in rest)


FULL_SLACK = 0.5        # em within which a line is as wide as the column


def _exchange(text: str, prev: Unit | None, nxt: Unit | None) -> bool:
    """``text``, a short line closing on a question or exclamation mark, has a short line closing a sentence next
    to it (路上冷不冷？ / 不冷，车上暖和。): lines of a dialogue, not a title over its subtitle: of the corpus's
    titles and kickers closing so, none has a kicker or subtitle closing a sentence next to it, while 14 such
    pairs of short paragraphs follow each other."""
    if len(text) > EXCHANGE_MAX or not text.rstrip("”’").endswith(("？", "！")):
        return False
    return any(v is not None and len(v.text) <= EXCHANGE_MAX and ends_sentence(v.text)
               and not v.text.endswith("——") for v in (prev, nxt))


EXCHANGE_MAX = 12       # characters of a dialogue's short line


def _marks(text: str) -> int:
    """Round brackets and title marks ``text`` opens less those it closes."""
    return _brackets(text) + text.count("《") - text.count("》")


def _brackets(text: str) -> int:
    """Round brackets ``text`` opens less those it closes."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


_LABEL_VALUE = re.compile(r"[\u4e00-\u9fff]{2,4}[：:][^，。；：:,;]{1,16}$")   # 时间：3月2日, a label and its value
_ADDRESS = re.compile(r"[\w.-]+@[\w-]+\.\w|https?\s*[:：]\s*//|www\.", re.ASCII)   # e-mail, web address


def has_address(text: str) -> bool:
    """``text`` holds an e-mail or web address; the pattern is tried only on text holding what each of its
    matches holds (an @, a // or www.), not along every paragraph."""
    return ("@" in text or "//" in text or "www." in text) and bool(_ADDRESS.search(text))


def _exclaims_after_prose(text: str, level: int, prev: Unit | None, nxt: Unit | None) -> bool:
    """An unmarked exclamation right after prose and over no dated lead (同志们、朋友们！ / 祝福青川越来越好！): a
    line of the speech or the story's closing call, not a title; after a story's closing note ((新华社某地电)) the
    story is over, and the line opens the next one."""
    return not level and (text.endswith(("！", "!")) or _short_question(text)) and prev is not None \
        and prev.role == "body" and not (nxt is not None and nxt.lead) and not closing_note(prev.text)


def _short_question(text: str) -> bool:
    """A short question (你回来了？): a line of dialogue. Of the corpus's texts of up to ten characters closing on a
    question mark, 78 are paragraphs and one a title."""
    t = text.strip()
    return len(t) <= QUESTION_MAX and t.endswith(("？", "?"))


QUESTION_MAX = 10       # characters of a question line that is dialogue, not a title


TITLE_MAX = 20          # characters of a title that XY-cut reads inside a sentence cut at a column's foot


def interrupts(before: str, text: str, after: str) -> bool:
    """A short title line without clause punctuation read between the two pieces of a sentence cut at a column's
    foot: the text after it completes a word that the text before it cuts (……接待读者四十余万人 / 城市书房开进老街 /
    次，……), which the line does not. XY-cut reads a story's first column before its headline so."""
    return len(text) <= TITLE_MAX and not any(c in text for c in "，。、；：") and not ends_sentence(before) \
        and splits_word(before, after) and not splits_word(before, text.lstrip("# "))


KICKER_LEN = (4, 24)    # characters of a stop-less kicker line that XY-cut reads right after cut prose


def over_title(text: str, nxt: Unit) -> bool:
    """In a markdown dump, a short line with no stop right above a title line (not a lead): a kicker that XY-cut
    reads after the cut prose of the story before it (……各街道的书房将在 / 三年建成百座书房 / ## 青川城市书房开进老
    街), not that prose's rest, which a converter reads on to its stop before any title."""
    return KICKER_LEN[0] <= len(text) <= KICKER_LEN[1] and not ends_sentence(text) \
        and headingish(nxt.text, nxt.level) and not nxt.lead


def _dashed_under(text: str, prev: Unit | None) -> bool:
    """A line opening with a dash right under a heading: its ——subheadline, not prose (一、 items of a list in
    the body may open with a dash too)."""
    return text.startswith("——") and prev is not None and prev.role == "heading"


def _heads_lead(prev: Unit | None, nxt: Unit) -> bool:
    """A line between text that is no heading and a story's dated lead (not a closing note in brackets): that
    story's headline, however long its clauses (a summary line under a headline may stand over the lead too)."""
    return nxt.lead and not closing_note(nxt.text) and (prev is None or prev.role != "heading")


def _tagged_title(text: str) -> bool:
    """A stop-less line ending in a column's tag (……（青川观察）): a title, never the rest of a sentence."""
    return len(text) <= 42 and not text.startswith(("（", "(")) and bool(COLUMN_TAG.search(text)) \
        and not any(c in "。！？" for c in text)


def _fact_line(text: str, prev: Unit | None, nxt: Unit | None) -> bool:
    """A label and its value under an unmarked column-tagged title, or one of two or more such lines under
    a heading (时间：3月2日 / 地点：青川市图书馆): a fact line of the story, not a heading."""
    if not _label_value(text) or prev is None or prev.level:
        return False
    if prev.role == "heading":
        return _tagged_title(prev.text) or nxt is not None and not nxt.level and _label_value(nxt.text)
    return prev.role == "label" and _label_value(prev.text)


def _label_value(text: str) -> bool:
    """A short label and its value (时间：3月2日, 主讲人：林小舟): a fact line, not a subheadline."""
    return ("：" in text[2:5] or ":" in text[2:5]) and bool(_LABEL_VALUE.match(text))     # (its colon's place)


def kicker_over(text: str, nxt: Unit, unmarked: bool = False) -> bool:
    """A short line ending in a dash right above a marked headline (or, where the dump marks none, an
    ``unmarked`` one-line title with no clause mark): its kicker (青川市临江新区——)."""
    return text.endswith("——") and len(text) <= 40 and (nxt.level > 0 or unmarked and len(nxt.blocks) == 1
                                                         and headingish(nxt.text, 0) and not _CLAUSE.search(nxt.text))


def _in_wider_box(u: Unit, column: float | None) -> bool:
    """In a line dump: ``u`` is wider than the body column (set in a box of its own): the dashed line under it
    goes on from no sentence of the column, and may be a kicker's wrapped end over an unmarked title."""
    return column is not None and u.width > column + WIDER


WIDER = 1.5             # em beyond the body column of a line set in a wider box


_CLAUSE = re.compile("[，、；：。！？]")


def lone_mark(text: str) -> bool:
    """A unit that is a clause mark alone (：), cut off from the sentence it belongs in (……网址 / ： / http…)."""
    return 0 < len(text) <= 2 and all(c in "：:，,、；;" for c in text)


_SHORT_LAST_CLAUSE = re.compile(r"[，、][\u4e00-\u9fff]{1,2}$")


def _cut_clause(text: str) -> bool:
    """A long line with clause marks whose last clause is one or two characters (……军士长林小舟，端午 / ……离开
    老街、与): prose cut at a column's foot mid-clause, not a kicker or title, whose clauses are phrases of
    their own."""
    return _fragment_like(text) and bool(_SHORT_LAST_CLAUSE.search(text[-4:]))     # (the pattern's reach at the end)


def _introduces(text: str) -> bool:
    """A sentence that ends in a colon before prose introduces that prose (……留言如下：); a kicker so ended
    (a speaker's name) is short and stands over a headline."""
    return text.endswith(("：", ":")) and len(text) > 4


def _fragment_like(text: str) -> bool:
    """A long line with clause punctuation: more likely prose cut at a column's foot than a title."""
    return len(text) >= 20 and ("，" in text or "、" in text[8:]) and not text.endswith("——") \
        and not (text[-1:] in "）)" and COLUMN_TAG.search(text))   # ……（钟声）: a title's column tag, not prose
