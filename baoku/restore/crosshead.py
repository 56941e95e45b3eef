"""Crosshead or headline: is a run of heading-like lines inside a story a crosshead (小标题) of that story, or
the headline of a new one?

Hard evidence decides first (a heading mark, a lead after the run, a column tag, a line wider than a column, a
box's next item, an author's note closing the story before the run).
Otherwise a logistic model weighs the run's shape and its lexical cohesion with the text around it; it is
trained by scripts/train_crosshead.py on pages laid out from the corpus (see baoku/data/crosshead.json).
"""
from __future__ import annotations

import math
import re

from ..model import Article, Unit
from ..patterns import longest, rx, screen
from . import logistic
from .blocks import INDENT_HI
from .cohesion import Cohesion
from .headings import COLUMN_TAG, KICKER_END, photo_title, tag_closed
from .punct import ends_sentence, person_name, start_odds
from .roles import is_figure, is_production


MODEL = "crosshead.json"
DATED = ("本报", "新华", "据新")     # a dateline's first characters
SERIES_FIRST = 0.25     # the least probability of a crosshead kept for its series (a line dump's first: with the next)
SERIES_LEAD_IN = 12     # characters of a speaker's lead-in with its dash, in a series of them (欧委会主席——)
SPACE_EXCESS = 0.3      # em by which the width estimate (0.55 em) overcounts a space set between CJK characters
ITEM_TITLE_MAX = 30     # characters of an item's title in a box of short news
BOX_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}$")     # a box's or column's name as its headline (速览, 来论)
DOCUMENT_PART = re.compile(r"^(第[一二三四五六七八九十百\d]+[章节编篇]|第[一二三四五六七八九十百\d]+部分|"
                            r"目\s*录|前\s*言|序\s*言|引\s*言|附\s*[则录]|结\s*束\s*语)")
BOX_NAME_MAX = longest(BOX_NAME) + 1     # (and a newline that $ lets a match end before)
_PART_OPENERS = screen(DOCUMENT_PART)     # what DOCUMENT_PART opens with
_ORGAN_ENDS = "部委局厅署办院"     # the last character of a body's short name (宣传部, 卫健委, 统计局)


def is_box_name(text: str) -> bool:
    """A box's or column's name (``BOX_NAME``), its pattern tried only on a text short enough to be one; not a
    body's short name (市委办, 住建局), which is a kicker over what that body did: in the corpus no title of two to
    four characters ends like one, while kickers do."""
    return len(text) <= BOX_NAME_MAX and bool(BOX_NAME.match(text)) and text[-1] not in _ORGAN_ENDS


def document_part(text: str) -> bool:
    """A document's part (第一章, 前言: ``DOCUMENT_PART``), its pattern tried only on a text opening as one does."""
    return text[:1] in _PART_OPENERS and bool(DOCUMENT_PART.match(text))


_NUMBERED = re.compile(r"^(第[一二三四五六七八九十百\d]+[章节部分条篇]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|"
                       r"\d+[、.．](?!\d)|[①-⑳])")


def features(run: list[Unit], cur: Article, after: list[Unit], earlier: list[str], coh: Cohesion,
             column: float | None) -> dict[str, float]:
    """What the model sees of a run of heading lines, the story before it and the text after it."""
    text = "".join([h.text for h in run])
    before = "".join([p.text for p in cur.paragraphs[-4:]])
    body = "".join([u.text for u in after])
    size = len(text)
    story = sum(len(p.text) for p in cur.paragraphs)
    around = coh.similarity(before, body)
    return {
        "sim_before_after": around,
        "sim_run_after": coh.similarity(text, body),
        "sim_run_before": coh.similarity(text, before),
        "lines": float(len(run)),
        "chars": size / 10,
        "comma": float("，" in text or "、" in text),
        "digit": float(any(c.isdigit() for c in text)),
        "space": float(" " in text.strip()),
        "quote": float(text.startswith("“") or text.endswith("”")),
        "series": float(any(0.6 * size <= len(x) <= 1.6 * size for x in earlier)),
        "earlier": float(min(len(earlier), 3)),
        "dated_story": float(_dated(cur)),
        "story_len": math.log1p(story) / 5,
        "body_len": math.log1p(len(body)) / 5,
        "next_opens": start_odds(body) / 5,
        "width": max(h.width for h in run) / column if column else 0.0,
        "line_dump": float(column is not None),
        "cohesive": float(around >= 0.02),
        "short": float(size <= 8),
    }


def probability(feats: dict[str, float]) -> float:
    """P(crosshead) under the trained logistic model."""
    return logistic.probability(logistic.load(MODEL), feats)


def _lead_in(text: str, earlier: list[str]) -> bool:
    """A place or a word of up to four characters with a dash (青川临江——) leading into a part of a story, not
    a kicker (a kicker's sentence, or a person: 港务集团周启航——, is longer); or a longer one of up to
    ``SERIES_LEAD_IN`` characters in a story whose earlier crosshead opened with one (青川市民—— / …… then
    临江区管委会—— / ……)."""
    return text.endswith("——") and (len(text) <= 6 or len(text) <= SERIES_LEAD_IN and any(
        "——" in x and _lead_in(x[:x.index("——") + 2], []) for x in earlier))


def reporter_line(u: Unit) -> bool:
    """A reporter's line alone (本报记者 某某): under a story's headline, or under a part of a package of reports."""
    return u.role == "label" and bool(rx("byline", "reporter_line").match(u.text))


def _package(cur: Article) -> bool:
    """The story so far holds a reporter's line among its paragraphs (a package of reports has one per part),
    or it closes on an editor's note's signature (——编者), the note that introduces a package's parts."""
    return any(rx("byline", "reporter_line").match(p.text) for p in cur.paragraphs) \
        or bool(cur.paragraphs) and editors_signature(cur.paragraphs[-1].text)


def editors_signature(text: str) -> bool:
    """An editor's note's signature alone (——编者)."""
    return bool(_EDITORS_SIGNATURE.match(text))


_EDITORS_SIGNATURE = re.compile(r"^——\s*(编\s*者|编辑部|本报编辑部)$")


def _asks(run: list[Unit]) -> bool:
    """One line that is a sentence asking a question (……，……？): prose set apart, not a title."""
    return len(run) == 1 and run[0].text.endswith(("？", "?")) and "，" in run[0].text


def _quoted_question(text: str) -> bool:
    """One quotation closing on a question mark (“老街的路灯什么时候修？”): a question asked, not a title."""
    return text.startswith("“") and text.endswith(("？”", "?”")) and text.count("“") == 1


def _set_as_paragraph(h: Unit, column: float) -> bool:
    """In a line dump: a title of several lines set inside the column as a paragraph, its first line indented
    (a headline that wraps fills its first line); a space in that line is narrower than the width estimate has
    it."""
    first = h.blocks[0]
    return len(h.blocks) > 1 and first.width - SPACE_EXCESS * first.text.count(" ") < column - INDENT_HI \
        and h.width <= column + 1.5


def forced(run: list[Unit], nxt: Unit | None, column: float | None, earlier: list[str]) -> bool | None:
    """The decision when hard evidence makes it, else None (``earlier``: the story's crossheads so far)."""
    if any(h.level for h in run) or nxt is None or nxt.lead or nxt.role != "body" and not reporter_line(nxt):
        return False
    if all(document_part(h.text) for h in run):
        return True             # a document's parts (第一章 / 第二节 / 前言), or its table of contents
    if len(run) > 4 or (len(run) > 1 and any(h.text.endswith(KICKER_END) and not _lead_in(h.text, earlier)
                                             for h in run)):
        return False            # a kicker, or more lines than crossheads take: a headline group
    if any(_tagged(h.text) for h in run) or _tag_closing(run):
        return False            # a title with its column's tag: 标题（今日谈）
    if _unindented(run, column):
        return False            # in a line dump a crosshead sits inside a column, indented like a paragraph
    if _NUMBERED.match(run[0].text):
        return True             # 一、 / （二） / 3. / 第四章: a numbered part of the story
    if len(run) == 1 and _quoted_question(run[0].text):
        return True             # “……？”: a question someone asked, set apart in the story
    return None


def _unindented(run: list[Unit], column: float | None) -> bool:
    """In a line dump: a line of the run fills the column, as no paragraph's indented first line does (unless
    the run is a title set as a paragraph, or a question asked)."""
    return bool(column) and any(h.width >= column - 1 and not _set_as_paragraph(h, column) for h in run) \
        and not _asks(run)


def _tag_closing(run: list[Unit]) -> bool:
    """The run's lines close on a column's tag, however long, that a wrap may have cut (……（青川论坛·城市 / 观察）)."""
    return tag_closed("".join([h.text for h in run]))


def _tagged(text: str) -> bool:
    """A title with its column's tag (标题（今日谈）), not a bracketed note, nor a name of two or three characters
    with who that person is (林小舟（青川港引航员）): a part of a package of accounts opens so (45 paragraphs of the
    corpus, no title)."""
    tag = COLUMN_TAG.search(text)
    return bool(tag) and not text.startswith(("（", "(")) \
        and not (2 <= tag.start() <= 3 and person_name(text[:tag.start()]))


def _box_item(run: list[Unit], nxt: Unit | None, cur: Article, column: float | None) -> bool | None:
    """In a story headed by a box's name that opens with an item's title (速览 / 青川港吞吐量创新高 / 本报电……):
    one unmarked line over body text is the title of the box's next item, unless it carries a column's tag (a
    story's title after the box); in a markdown dump more lines (a kicker over a headline) head a story of
    their own unless the text under them opens with its source as an item's does (本报电……; a line dump's
    title may wrap, but a first line that is a box's name opens the next box); a box whose first item is a
    figure called out (326个 / ……) holds figures only. None outside such a box (a photo's title, 图片报道,
    opens with its caption)."""
    if cur.headline is None or not is_box_name(cur.headline.text) \
            or len(cur.paragraphs[0].text) > ITEM_TITLE_MAX or ends_sentence(cur.paragraphs[0].text):
        return None
    if is_figure(cur.paragraphs[0].text) and not is_figure(run[0].text):
        return False            # a box of figures called out takes no titled item
    if len(run) > 1:
        sourced = nxt is not None and bool(rx("byline", "agency").match(nxt.text))
        return False if (column is None or is_box_name(run[0].text)) and not sourced else None
    return True if not run[0].level and not _tagged(run[0].text) and nxt is not None and nxt.role == "body" else None


def _dated(cur: Article) -> bool:
    """The story opens with a dateline (本报青川5月2日电, 新华社……电): a news report."""
    return bool(cur.paragraphs) and cur.paragraphs[0].text[:2] in DATED


def _title_pair(run: list[Unit]) -> bool:
    """Two heading lines, the first no lead-in to a part (临江区——), the second no person's name (林小舟, 林 舟)
    and not closing on a name of two or three characters after a space (青川市市长 林小舟, 本报记者 林 舟): the
    author under a piece's title."""
    name = run[-1].text.strip()
    return len(run) == 2 and not _lead_in(run[0].text, []) and not _SIGNED.search(name) \
        and not person_name(name.replace(" ", ""))


_SIGNED = re.compile(r"\S\s+[\u4e00-\u9fff](\s?[\u4e00-\u9fff]){1,2}$")


PART_LABEL = 4         # characters of a package's part label at most (新服务, 新设备)


def labelled_part(run: list[Unit], nxt: Unit | None, cur: Article) -> bool:
    """A package's next part under one series label: a short label over a title (新设备 / ……), over a dated lead,
    read in a dated report whose kicker or headline ends on a label of the same length opened by the same
    character (新服务 / 新设备). A run over a lead heads a story otherwise (``forced``): on the
    train pages' markdown dumps 3 such runs on 2 pages are parts, none of the other runs over a lead is one."""
    return len(run) == 2 and nxt is not None and nxt.lead and _dated(cur) and _sister_label(run[0].text, cur)


def _sister_label(text: str, cur: Article) -> bool:
    """A short label (``PART_LABEL``) of the same length and first character as the end of the story's kicker or
    headline (新设备 under 新服务)."""
    label = text.strip()
    if len(label) > PART_LABEL or not label.isalnum():
        return False
    ends = [f.text.strip()[-len(label):] for f in (cur.kicker, cur.headline) if f is not None]
    return any(sister_labels(e, label) for e in ends)


def sister_labels(a: str, b: str) -> bool:
    """Whether two labels are a package's parts under one series: the same length, the same first character."""
    return len(a) == len(b) and a[:1] == b[:1]


def _past_parts(nxt: Unit | None, cur: Article, earlier: list[str]) -> bool:
    """A run over no lead in a dated report whose crossheads are all labelled parts (``labelled_part``, each kept
    as one crosshead opened by its label: 新设备……): the package has ended, the run heads the next story (a photo
    story's title after a package of two parts: 1 firing on the train pages, right)."""
    return nxt is not None and not nxt.lead and bool(earlier) and _dated(cur) \
        and all(any(_sister_label(h[:n], cur) for n in range(2, PART_LABEL + 1)) for h in earlier)


def led_in_part(run: list[Unit], nxt: Unit | None, cur: Article, column: float | None) -> bool:
    """A package's next part (``_package``): an unmarked lead-in closed by a dash, on one line or wrapped over two,
    of any length (a place or a person: 青川港引航站引航员林小舟——), over the part's title of one or two lines,
    then a reporter's line; no column tag. The lead-in's dash reads as a kicker's otherwise. On the train pages
    (md-stream) 8 such runs in 3 packages are parts, none heads a story of its own. The crossheads the model sees
    after it are the part's own (``articles._place_run``)."""
    cut = next((k for k, h in enumerate(run[:2]) if h.text.endswith("——")), None)
    return cut is not None and 1 <= len(run) - cut - 1 <= 2 and not run[0].text.startswith("——") \
        and not any(h.level or _tagged(h.text) for h in run) \
        and not any(h.text.endswith(KICKER_END) for h in run[cut + 1:]) \
        and nxt is not None and reporter_line(nxt) and _package(cur) and not _unindented(run, column)


def _dashed_pair(run: list[Unit]) -> bool:
    """A title over its ——subheadline: two lines, the second opened by a dash, the first not."""
    return len(run) == 2 and run[1].text.startswith("——") and not run[0].text.startswith("——")


def _closing_credit(text: str) -> bool:
    """A production credit (制图：林小舟, 版式设计：韩亦舒), set under a story's last lines; not a data source
    (资料来源：……), which may stand under a table inside the story."""
    return "来源" not in text and is_production(text)


def settled(run: list[Unit], nxt: Unit | None, cur: Article, earlier: list[str], column: float | None) -> bool | None:
    """The decision when a hard rule makes it (``forced``, a box's item, a closing note, credit or dateline, a
    title pair, a package's part, a sidebar), else None: the runs the model decides, and is trained on."""
    hard = forced(run, nxt, column, earlier)
    box = _box_item(run, nxt, cur, column)
    if box is not None and not (box and _unindented(run, column)):
        hard = box              # (a line as wide as the column is no item's title set in a box's column)
    if hard is None and (len(run) == 1 and (not earlier or column is not None) or _dashed_pair(run)) \
            and cur.paragraphs and rx("body", "author_note").match(cur.paragraphs[-1].text):
        hard = False            # the story before the run ends with its author's note: the run heads a new one,
        #                         as a title over its ——subheadline does even after crossheads (a package's
        #                         parts may each end with one, but they carry crossheads, or their author's line
        #                         under their title); in a line dump one line does so after crossheads too (11 of
        #                         12 such lines on the train pages head a story)
    if hard is None and len(run) == 1 and cur.paragraphs and _closing_credit(cur.paragraphs[-1].text):
        hard = False            # one line after a story closed by its graphic's or layout's credit heads a new story
    if hard is None and not earlier and cur.paragraphs \
            and rx("body", "closing_dateline").match(cur.paragraphs[-1].text):
        hard = False            # after a story closed by its own dateline (（本报青川6月2日电）) a run heads a new
        #                         story, unless the story has crossheads: a package's report may close its part so
    if hard is None and column is None and not earlier and _title_pair(run) and _dated(cur):
        hard = False            # in a markdown dump (where a line is a whole block) a dated news story seldom
        #                         has crossheads: two heading lines that are no title over its author's name,
        #                         first in it, head the next story (a kicker over its headline, or a headline's
        #                         wrap)
    if hard is False and led_in_part(run, nxt, cur, column):
        hard = True             # a dashed lead-in over a part's title and its reporter's line, in a package
    if hard is False and labelled_part(run, nxt, cur):
        hard = True             # a label over a title, like the story's own label: the package's next part
    if hard is None and _past_parts(nxt, cur, earlier):
        hard = False            # after a package's labelled parts a title over no lead heads the next story
    if hard is None and nxt is not None and reporter_line(nxt) and _package(cur):
        hard = True             # a title over a reporter's line in a story that has one, or under the editor's
        #                         note: the package's next part (a story of its own shows it by a heading mark or
        #                         a headline's width)
    if hard is not True and sidebar_title(run, cur):
        hard = True
    return hard


def is_crosshead(run: list[Unit], nxt: Unit | None, cur: Article, after: list[Unit], earlier: list[str],
                 coh: Cohesion, column: float | None) -> tuple[bool, float]:
    """The decision and its probability (1.0 or 0.0 when a hard rule settles it)."""
    hard = settled(run, nxt, cur, earlier, column)
    if hard is not None:
        return hard, float(hard)
    f = features(run, cur, after, earlier, coh, column)
    p = probability(f)
    return p >= logistic.load(MODEL)["threshold"], p


_SIDEBAR = re.compile(r"[（(](记者手记|采访手记|短评|延伸阅读|编后)[)）]$")     # a story's own sidebar: 标题（记者手记）


def sidebar_title(run: list[Unit], cur: Article) -> bool:
    """A title closing on a sidebar's tag (……（记者手记）, （短评）, （延伸阅读）) right after the story's prose heads
    that story's own sidebar, a part of it: in the corpus 16 of 19 such titles after a paragraph ending a sentence
    are the story's paragraphs; after a closing note, dateline or credit they head stories of their own (8 of 10).
    A run holding another tagged title before it (……（青川之声） / ……（记者手记）) heads a story of its own."""
    if not cur.paragraphs or not _SIDEBAR.search("".join([h.text for h in run]).replace(" ", "")) \
            or any(_tagged(h.text) for h in run[:-1]):
        return False
    last = cur.paragraphs[-1].text.strip()
    return ends_sentence(last) and not last.startswith(("（", "("))


def opens_series(run: list[Unit], later: list[Unit], earlier: list[str], p: float) -> bool:
    """In a line dump: one unmarked line the model leans towards (``SERIES_FIRST``), first in its story, whose
    next heading run (``later``) is one unmarked line of like length and shape: the first crosshead of a series
    (the model sees a series only from its second one)."""
    if earlier or p < SERIES_FIRST or len(run) != 1 or len(later) != 1 or run[0].level or later[0].level:
        return False
    a, b = run[0].text.strip(), later[0].text.strip()
    return 0.6 * len(a) <= len(b) <= 1.6 * len(a) and _quoted(a) == _quoted(b) \
        and not a.endswith("：") and not b.endswith("：") and not photo_title(later)


def like_earlier(run: list[Unit], earlier: list[str], p: float) -> bool:
    """One unmarked line the model leans towards (``SERIES_FIRST``) shaped as every crosshead the story has kept: as
    long as each (老街书房 after 夜市见闻 and 河畔新景), or a quotation as each is (“……” after “……”). The model's
    series feature takes a length within a range, not the very length, and no quotation shape. On the train pages 5
    such runs fell under the model's threshold (3 pages, 3 formats), all crossheads; no headline is so shaped."""
    if not earlier or p < SERIES_FIRST or len(run) != 1 or run[0].level:
        return False
    text = run[0].text.strip()
    return all(len(x.strip()) == len(text) for x in earlier) or _quotation(text) and all(map(_quotation, earlier))


def _quotation(text: str) -> bool:
    """The text is one quotation: it opens and closes on a quotation mark."""
    return text.startswith("“") and text.endswith("”")


def _quoted(text: str) -> bool:
    """The line opens or closes on a quotation mark."""
    return text.startswith("“") or text.endswith("”")
