"""Headline groups: merge wrapped heading lines into fields, then name the fields (section label, kicker,
headline, subheadline) by their markup, their order and their punctuation."""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Callable

from ..model import Unit
from ..patterns import rx, screen
from . import logistic
from .blocks import fills
from .punct import end_odds, head_odds, open_brackets, opens_conjunction, person_name, splits_word, start_odds

DANGLING = -1.5         # end-odds below which a headline line's last word cannot end it (line dumps)
FIGURE_END_ODDS = -1.0  # end-odds below which a marked line's last word seldom ends a title (markdown dumps)
WRAP_RATIO = 0.65       # a wrapped headline's remainder (a separate line) is much shorter than its first line
WIDE_WRAP_RATIO = 0.8   # under a line spanning columns (a headline filling its box) a remainder need only be shorter
WRAP_MODEL = "wraps.json"
OPEN_CLAUSE = ("，", "、")   # a title line ending at one goes on in the next
ORDINAL_END = re.compile(r"第[〇零一二三四五六七八九十百千两\d]+[届次批期个]$")  # 第九届: no title ends on one
SPEECH_END = ("强调", "指出", "表示", "要求")      # a kicker saying who spoke: 某某在某会议上强调
KICKER_END = ("——", "：", ":") + SPEECH_END
STUB_KICKER_LEN = 5      # characters of a short kicker (an office's name) that a kicker's line may leave beside it
KICKER_STACK = 3         # unmarked fields, the first a dashed kicker, over a marked headline: a row of kickers
COLUMN_TAG = re.compile(r"[（(][^（()）]{2,14}[)）]$")
TAG_END = re.compile(r"[（(][^（()）]{2,24}[)）]$")    # a column tag closing a title: ……（青川观察·民生一线）
_WORK = re.compile(r"《[^《》]+》")         # the title of a document or a work, alone
_SECTION = re.compile(r"^[^（()）]{2,}\S[·•][\u4e00-\u9fff][^（()）]+$|^[^（()]{2,}\s[^（()]+——[\u4e00-\u9fff]{3,}$")


def tag_closed(text: str, tag: re.Pattern = TAG_END) -> bool:
    """A title closing on its column's tag (……（青川观察）), not a bracketed note (（……）)."""
    return bool(tag.search(text)) and not text.startswith(("（", "("))


def plain(text: str) -> bool:
    """A field opened by neither a dash nor a bracket: no ——subheadline or bracketed note by its form."""
    return not text.startswith(("——", "（", "("))


def merge_wraps(units: list[Unit], lines: bool = False, markdown: bool = True, names_apart: bool = False,
                text: str = "", column: float | None = None) -> list[list[Unit]]:
    """Group heading units into fields: a line continues the one before when it is shorter (a wrapped title's
    remainder) and neither line marks a field edge (a leading or trailing dash, a different heading level).
    In a line dump, where every wrap is a line of its own, a line ending on a word that cannot end a title
    (……活动在, ……新时代的) goes on too, and the trained wrap model can overrule these signs
    (``continues_line``). In a markdown dump a shorter line that is a title of its own does not go on with the
    line before it on its shortness alone (``_titled``), nor, with ``names_apart``, a person's name alone (the
    author's, under the title of a piece), nor a line marked otherwise than a line listing bulleted items
    (港城人的共同记忆 ◎青川港百年变迁的见证 / ## 青川港志: a title under an advertisement's selling points).
    ``text``, the page's text, may name a title read apart whole (``_named_whole``)."""
    fields: list[list[Unit]] = []
    for u in units:
        if fields and u.text.strip() in ("——", "—"):
            fields[_dash_owner(fields)].append(u)   # a kicker's closing dash pushed to a line of its own
            continue
        back = 0 if lines else _remainder_back(fields, u, text)
        if back:                        # side-by-side headlines come out interleaved: A1 B A2, A1 B C A2 (a
            fields[-back].append(u)     # converter's blocks; a line dump keeps a box's lines together)
            continue
        if fields and not photo_title([u]) and not photo_title(fields[-1]) \
                and (continues_line(fields[-1], u, units, text, column)[0] if lines
                     else _continues(fields[-1], u, units, markdown, names_apart, text)):
            fields[-1].append(u)
            continue
        fields.append([u])
    return fields


def _dash_owner(fields: list[list[Unit]]) -> int:
    """Which field a dash alone on its line closes: the last one, unless that is a title closed by its column tag
    (a kicker never carries one) over an unmarked field that is no kicker by its form yet: XY-cut read another
    story's title between a kicker and its closing dash (青川港扩建启动 / 老街夜市重开（港城观察） / ——)."""
    last = text_of(fields[-1])
    if len(fields) >= 2 and tag_closed(last, COLUMN_TAG) \
            and not fields[-2][-1].level and not text_of(fields[-2]).endswith(KICKER_END):
        return -2
    return -1


_PHOTO_TITLE_FIRST = screen(rx("photo", "title"))     # what a photo story's standing title opens with


def photo_title(field: list[Unit]) -> bool:
    """A photo story's standing title (图片报道): a field of its own, which XY-cut may read between the lines of
    another title."""
    text = text_of(field)
    return text[:1] in _PHOTO_TITLE_FIRST and bool(rx("photo", "title").match(text))


_SHORT_TITLE = re.compile(r"([\u4e00-\u9fff]{1,8})( [\u4e00-\u9fff]{1,8})?")
SHORT_TITLE_MAX = 17    # characters of the longest short title (two phrases of eight and a space)


def short_title(text: str, least: int = 1) -> bool:
    """A photo's own short title: a phrase of ``least`` to eight Han characters, or two such phrases set apart by a
    space (龙舟竞渡, 春到 老街), no stop; a longer line is not tried."""
    m = len(text) <= SHORT_TITLE_MAX and _SHORT_TITLE.fullmatch(text)
    return bool(m) and len(m.group(1)) >= least


def _wrap_evidence(field: list[Unit], u: Unit, units: list[Unit], lines: bool) -> dict[str, bool]:
    """The hand-set signs that ``u`` goes on with ``field``: an open bracket, a shorter line of the same kind,
    a word that cannot end a title, a line filling the same narrow box, a dictionary word cut in two, a line
    opening as titles seldom do."""
    last = field[-1]
    t, p, lw = u.text, last.text, last.blocks[-1].width       # the width of the field's last visual line
    shorter = lw - 0.9 if u.level and u.level == last.level else (WIDE_WRAP_RATIO if last.wide else WRAP_RATIO) * lw
    return {
        "unclosed": open_brackets(text_of(field)) and (lines or not _closes_alone(text_of(field), t, units)),
        "wrapped": ((u.level == last.level or len(t) <= 6) and u.width < min(lw - 0.9, shorter)
                    and not t.startswith("——") and not _note(t) and not p.endswith(KICKER_END)
                    and not (p.endswith(("）", ")", "”")) and len(t) > 2)     # ……“嵌入式” / 养老: a stub goes on
                    and len(field) < 3 and len(t) <= 12 and "，" not in t and " " not in t
                    # 某某出席 / 某某致辞: a subheadline; ……上的致辞: a speech's title (16 corpus titles, no subtitle)
                    and not (len(t) >= 4 and t.endswith(_ATTENDS + _ACCOMPANIES)
                             and not t.endswith(_SPEECH_TITLE_END))),
        "dangling": lines and end_odds(p) < DANGLING and not t.startswith("——") and not _note(t) and len(t) <= 14,
        "boxed": lines and _same_box(field, u),
        "opens_inside": lines and _opens_inside(last, u),
        "splits_word": splits_word(p, t),
    }


HEAD_START_ODDS = -2.0  # head-odds below which a line's first character pair seldom opens a title


def _opens_inside(last: Unit, u: Unit) -> bool:
    """In a line dump: ``u`` opens as a title seldom does (its first character pair is mostly found inside
    titles, or it opens on a conjunction: ……青川港 / 和临江港联手……) and is no wider than the line before it by
    more than a character, as the line after a wrap is: a title's line is cut where the next character does not
    fit (a wider line is set in a box of its own)."""
    t = u.text
    if len(t) <= 2 or t.startswith(("——", "（", "(", "“")) or u.width > last.blocks[-1].width + 1:
        return False
    return head_odds(t, False) < HEAD_START_ODDS or opens_conjunction(t)


def _continues(field: list[Unit], u: Unit, units: list[Unit], markdown: bool = True, names_apart: bool = False,
               text: str = "") -> bool:
    if text_of(field).endswith(OPEN_CLAUSE):
        return True             # a title line left open at a comma (……敦促现场交办， / 青川市人大常委会——)
    if ORDINAL_END.search(text_of(field)) and not u.text.startswith("——"):
        return True             # left open on an ordinal (……举办第九届), unless a ——subheadline opens a field
    if _unmarked_figure_end(field, u):
        return True
    if markdown and (_marked_end(field, u) or _named_marked_end(field, u, text) or _tag_after_quote(field, u)):
        return True
    if markdown and (_kicker_pair(field, u, units) or _stub_apart(field, u) or _remainder_later(field, u, units)
                     or _digest_name(field, u)):
        return False
    if _LISTED.search(field[-1].text) and u.level != field[-1].level:
        return False            # items listed on a line, each opened by a bullet, over a title set apart
    evidence = _wrap_evidence(field, u, units, False)
    if not any(evidence.values()):
        return False
    if any(v for k, v in evidence.items() if k != "wrapped"):
        return True
    if markdown and _couplet_whole(field, u):
        return False
    if names_apart and person_name(u.text) or _wraps_itself(u, units):
        return False
    if markdown and _stub_title(field, u, text):
        return False
    return not (markdown and _titled(text_of(field), u.text, u.level == field[-1].level > 0)) \
        or field[-1].level == u.level == 1         # the page's largest type: its lead story, seldom set beside another


def _couplet_whole(field: list[Unit], u: Unit) -> bool:
    """A field that is a couplet (two phrases of one length set apart by a space, no bracket left open: 老街焕发新颜
    夜市重现繁华) is whole: a line under it longer than a stub (``STUB_TITLE_LEN``) is a title of its own or a name,
    not its wrapped end."""
    f = text_of(field)
    return couplet(f) and not open_brackets(f) and len(u.text) > STUB_TITLE_LEN


STUB_TITLE_LEN = 2      # characters of a photo's title that a line under a headline may be


def _remainder_later(field: list[Unit], u: Unit, units: list[Unit]) -> bool:
    """A later line of the run closes the bracket the field leaves open and completes the word cut at its end
    (``_closes_earlier_tag``): that line is the field's wrapped end, and ``u``, read between them, another title
    (## 青川港建设再提速（港城观察·奋 / ## 新码头开工 / ## 进在新时代）)."""
    k = next((i for i, x in enumerate(units) if x is u), len(units))
    return not _closes_earlier_tag(text_of(field), u.text) \
        and any(_closes_earlier_tag(text_of(field), v.text) for v in units[k + 1:])


def _stub_title(field: list[Unit], u: Unit, text: str) -> bool:
    """In a markdown dump, an unmarked line of two characters or fewer, with no bracket in it, under a marked title
    that ends as titles do, the two ending and opening as texts may (their corpus edge odds sum above 0): a photo's
    short title read under a headline (……打击侵权盗版 / 巡演), not that headline's wrapped end, which a converter
    marks alike or leaves cut mid-word or mid-phrase (……名家 / 寄语, ……民族复 / 兴大任), which the page's
    ``text`` may name run on (……提供有力 / 支撑), and which may be the verb a report's title closes on
    (……抽签结果 / 公布: ``_EVENT``), no photo's title."""
    t, head = u.text, text_of(field)
    return len(t) <= STUB_TITLE_LEN and field[-1].level > 0 and not u.level and not any(c in t for c in "（()）") \
        and t not in _EVENT and head_odds(head, True) >= 0 and end_odds(head) + start_odds(t) > 0 \
        and bool(text) and not named_whole(head, t, text)


_STUB_OPEN = re.compile(r"[\u4e00-\u9fff]{1,2} \S")    # 路线 优化……: a phrase's last word, a space, the next phrase


def _marked_end(field: list[Unit], u: Unit) -> bool:
    """A two-phrase title wrapped in a phrase, its converter marking only the long last line (青川港扩建 新码头 /
    ## 工程 年内开工) or both lines alike: the marked line opens with the end of the phrase the line before it set
    off with a space, which a kicker over a headline, or a headline set beside it, does not share with it."""
    return u.level > 0 and field[-1].level in (0, u.level) and " " in field[-1].text.strip() \
        and bool(_STUB_OPEN.match(u.text))


def _tag_after_quote(field: list[Unit], u: Unit) -> bool:
    """A column tag alone on its line (``_tag_alone``) under a title closing on a quotation mark (……“夜经济” /
    （青川时评）): the tag closing that title, pushed to a line of its own, whatever the two lines' marks; a
    title ending otherwise takes it as a wrapped end already."""
    return text_of(field).endswith("”") and _tag_alone(u.text)


def _named_marked_end(field: list[Unit], u: Unit, text: str) -> bool:
    """A title wrapped over two lines, its converter marking only the last one (青川港新建的三号 / ## 码头年内投
    运) or both alike: one line ending as no kicker does, run on into the marked line in the page's ``text``
    (``named_whole``), as the story names its title; a kicker run on into its headline is seldom found so, nor a
    headline into the title of a story set beside it, whatever its length (``_titled``)."""
    return len(field) == 1 and field[0].level in (0, u.level) and u.level > 0 \
        and not field[0].text.endswith(KICKER_END) and named_whole(field[0].text, u.text, text)


def _kicker_pair(field: list[Unit], u: Unit, units: list[Unit]) -> bool:
    """Two stories side by side, each with a kicker, as XY-cut reads them: two unmarked lines, then the two
    headlines marked alike closing the run (青川港扩建启动 / 今年起 / ## 新码头年内开工 / ## 渡轮夜航延长), or a short
    second line (``_stub_kicker``) over one unmarked title closing the run or over lines holding a marked headline.
    The second line is the second story's kicker or a photo's title, not the first one's wrapped end."""
    k = next((i for i, x in enumerate(units) if x is u), -1)
    rest = units[k + 1:]
    return len(field) == 1 and not field[0].level and not u.level \
        and (len(rest) == 2 and rest[0].level > 0 and rest[0].level == rest[1].level
             or (len(rest) == 1 and not rest[0].level or any(x.level for x in rest))
             and _stub_kicker(text_of(field), u.text))


CLOSED_END = 2.0        # head-end odds above which a line's last character pair closes a title for sure
_STUB_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _stub_apart(field: list[Unit], u: Unit) -> bool:
    """An unmarked line of two to four characters under a line that ends as titles most often end (``CLOSED_END``),
    itself ending on a pair that closes no title seen and cutting no word across the two: a box's name, an
    office's or a photo's title read under a complete title (……老街灯会开幕 / 放河灯), not its wrapped end, which
    closes a title (……临江区举办夏季 / 灯会)."""
    t = u.text
    return not u.level and bool(_STUB_WORD.fullmatch(t)) and head_odds(text_of(field), True) > CLOSED_END \
        and head_odds(t, True) <= 0 and not splits_word(field[-1].text, t)


_DIGEST = re.compile(r"[\u4e00-\u9fff]{1,2}(速递|阅读|资讯|速览|短波|快讯|简讯)")


def digest_name(text: str) -> bool:
    """Three or four characters naming a box of short news by a digest's word after a word of its own (新闻速递,
    微阅读): the box's standing name."""
    return bool(_DIGEST.fullmatch(text))


def _digest_name(field: list[Unit], u: Unit) -> bool:
    """An unmarked box's name (``digest_name``) cutting no word across the lines: read under a title, not that
    title's wrapped end (……推广全 / 民阅读 cuts a word)."""
    return not u.level and digest_name(u.text) and not splits_word(field[-1].text, u.text)


def _stub_kicker(first: str, t: str) -> bool:
    """A short line after a kicker's line, no dash closing it, no word cut across the two and opening as titles
    do (a kicker's wrapped end would close on its dash, cut a word, or open as a phrase's tail), with one unmarked
    title after it closing the run (青川港扩建工程启动 / 港务局 / 新码头年内开工): the kicker of a headline read after
    the first story's text."""
    return len(t) <= STUB_KICKER_LEN and not t.endswith(KICKER_END) and not first.endswith(KICKER_END + OPEN_CLAUSE) \
        and not splits_word(first, t) and head_odds(t, False) > 0


_FIGURE_NEWS = re.compile(r"^\d+(\s*[—–~～-]\s*\d+)?\s*月|[%％]")   # 1—5月……, ……12.5%: a figure reported, not a title's


def _unmarked_figure_end(field: list[Unit], u: Unit) -> bool:
    """A marked title line's wrapped end that lost its mark because it opens with a number (……举办建港 / 30周年
    庆祝大会: a converter sizing type by letters misreads a line led by Latin digits): an unmarked line after a
    one-line marked field whose last word seldom ends a title, long enough to be no bare figure (826门), shorter
    than the marked line and with no clause break or space in it; under a title that ends well such a line is
    a subheadline (……纪念活动 / 2万名市民走进港区), and so is one opening on months or holding a percentage,
    whatever the title's end (……持续扩大 / 1—5月客流增12.5%): a figure the story reports."""
    last, t = field[-1], u.text
    return (len(field) == 1 and last.level > 0 and not u.level and t[:1].isdigit() and not _FIGURE_NEWS.search(t)
            and TITLE_LEN <= len(t) < len(last.text) and not any(c in t for c in "，、：: ")
            and "\u4e00" <= last.text[-1] <= "\u9fff" and end_odds(last.text) < FIGURE_END_ODDS)


def _wraps_itself(u: Unit, units: list[Unit]) -> bool:
    """The line after ``u`` completes a word that ``u`` cuts (……城市书房网络初 / 步建成): ``u`` is a full line of a
    wrapped title, not the short last line of the field before it, which only a title in larger type can
    follow with a shorter full line (a kicker, then its headline)."""
    k = next((i for i, v in enumerate(units) if v is u), None)
    return k is not None and k + 1 < len(units) and splits_word(u.text, units[k + 1].text)


TITLE_LEN, TITLE_RATIO = 7, 0.45


def _titled(field: str, t: str, marked: bool = False) -> bool:
    """A shorter line that is a title of its own rather than a title's cut-off last line: seven characters or
    more and nearly half the field's length or more, opening with no bracket or dash (a column tag, a
    subheadline) and cutting no word across the boundary: a converter's block of a title's full lines leaves
    a remainder that is mostly a few characters (……青川市新建 / 城市书房设施 is a long one). Two lines
    ``marked`` alike must also end and open as texts may (their corpus edge odds sum above 0): ……向独居老人 /
    提供上门助餐服务 is one title cut mid-phrase. Two unmarked lines that end and open so need no such length
    ratio: a package's long lead-in over a short title of its part (民生篇 ……出行更方便 / 老街变了人气更旺)."""
    return len(t) >= TITLE_LEN and not t.startswith(("（", "(", "——")) \
        and (len(t) >= TITLE_RATIO * len(field) or not marked and end_odds(field) + start_odds(t) > 0) \
        and not (marked and end_odds(field) + start_odds(t) <= 0)


def wrap_features(field: list[Unit], u: Unit, units: list[Unit], evidence: dict[str, bool] | None = None
                  ) -> dict[str, float]:
    """Features of a line-dump heading line ``u`` after ``field``, for the wrap model (``evidence``: the hand-set
    signs, when the caller has read them already)."""
    last = field[-1]
    t, p, lw = u.text, last.text, last.blocks[-1].width
    if evidence is None:
        evidence = _wrap_evidence(field, u, units, True)
    feats = {k: float(v) for k, v in evidence.items()}
    feats.update({
        "end_odds": end_odds(p),
        "start_odds": start_odds(t),
        "head_end": head_odds(p, True),
        "head_start": head_odds(t, False),
        "ratio": u.width / max(lw, 1.0),
        "same_width": float(abs(u.width - lw) <= 0.6),
        "length": math.log1p(len(p)),
        "after_length": math.log1p(len(t)),
        "joined_length": math.log1p(len(text_of(field)) + len(t)),
        "field_lines": float(len(field)),
        "closes": float(p.endswith(("）", ")", "”", "！", "？", "。"))),
        "kicker_end": float(p.endswith(KICKER_END)),
        "tag": float(bool(COLUMN_TAG.search(t))),
        "tagged": float(bool(COLUMN_TAG.search(p))),
        "comma": float("，" in t),
        "field_comma": float("，" in p),
        "space": float(" " in t.strip() or " " in p.strip()),
        "quote": float(t.startswith("“")),
        "wide": float(u.wide),
        "field_wide": float(last.wide),
        "attends": float(t.endswith(_ATTENDS)),
        "digit": float(t[:1].isdigit()),
    })
    return feats


def continues_line(field: list[Unit], u: Unit, units: list[Unit], text: str = "", column: float | None = None
                   ) -> tuple[bool, float]:
    """In a line dump: does heading line ``u`` go on with ``field`` (a wrapped title) rather than open a field
    of its own? An open bracket or a line left open at a comma or on an ordinal (……举办第九届) goes on, so does a
    column tag alone on its line (``_tag_alone``), and so does a line the story under the run (``text``) names run on
    from the field (``_named_on``); a line with no sign of a wrap, or under a line listing
    bulleted items or a couplet (``_couplet_whole``: 2 train titles had taken the line under them), opens a field;
    where a sign says wrap (also a short line in a one-column title's box, ``_narrow_box``, which ``column``, the body
    column's width, tells), a line under a field set under another goes on with it (``_under_first_field``), else
    the trained wrap model can still tell a kicker from the headline under it (……“窃密” / 外交部回应……)."""
    evidence = _wrap_evidence(field, u, units, True)
    if evidence["unclosed"] or text_of(field).endswith(OPEN_CLAUSE) or ORDINAL_END.search(text_of(field)) \
            or (_tag_alone(u.text) or _tag_remainder(field, u)) \
            and not text_of(field).endswith(KICKER_END + ("）", ")")):
        return True, 1.0
    if _long_line_on(field, u, units) or _fills_box(field, u, units) or _deck_goes_on(field, u, units) \
            or _wide_box_on(field, u, units) or _named_on(field, u, text):
        return True, 1.0
    sign = any(evidence.values()) or _narrow_box(field, u, column)
    if not sign or _widens(field[-1], u) and not evidence["splits_word"] \
            or _LISTED.search(field[-1].text) or _couplet_whole(field, u):
        return False, 0.0
    if _under_first_field(field, units):
        return True, 1.0
    model = logistic.load(WRAP_MODEL)
    p = logistic.probability(model, wrap_features(field, u, units, evidence))
    return p >= model["threshold"], p


def _named_on(field: list[Unit], u: Unit, text: str) -> bool:
    """In a line dump: the story under the run (``text``) holds the field's end run on into ``u`` (``named_whole``),
    opened by no dash or bracket, under a field that ends as no kicker does: one title wrapped in a narrow box
    (青川港新建三号 / 码头年内投运, the story saying 三号码头年内投运), as a story names its title."""
    return bool(text) and not u.text.startswith(("——", "（", "(")) and not text_of(field).endswith(KICKER_END) \
        and named_whole(text_of(field), u.text, text)


NARROW_BOX = 0.76       # share of the body column under which a heading line is a one-column title's full line


def _narrow_box(field: list[Unit], u: Unit, column: float | None) -> bool:
    """In a line dump: a sign of a wrap for the wrap model to weigh: the field's last line is no wider than
    ``NARROW_BOX`` of the body ``column`` (a one-column story's title, set in larger type than the body, wraps at
    so short a line; a kicker, in smaller type, holds more) and ``u`` is narrower still, opened by no dash or
    bracket and no couplet, under a field that ends as no kicker and no sentence does (青川港新建 / 三号码头). In the
    corpus (8,347 articles, a body column of 12 em), 7 kickers over their title and 3 titles over their subheadline
    make such a pair; on the train pages 43 heading line pairs are of this shape, all lines of one title."""
    last, t = field[-1].blocks[-1], u.text
    return column is not None and last.width <= NARROW_BOX * column and u.width < last.width - 1 \
        and not t.startswith(("——", "（", "(")) and not couplet(t) \
        and not text_of(field).endswith(KICKER_END + ("。", "！", "？", "）", ")"))


BOX_SLACK = 0.6         # em by which a title's full line may pass the width of the next full line of its box


def _fills_box(field: list[Unit], u: Unit, units: list[Unit]) -> bool:
    """In a line dump: ``u`` is a full line of a title's box (it wrapped: the line rebuild joined the next line to
    it, the next line completes a word it cuts, or it leaves a bracket open), and the field's last line leaves too
    little of that box for what opens ``u``, no line of the field being wider: all are lines of one wrapped title
    (周启航将出席2023 / 年青川清水河文化旅 / 游节……), not a kicker over its headline, whose lines would have room
    left or differ in width."""
    last, first = field[-1].blocks[-1], u.blocks[0]
    if not (len(u.blocks) >= 2 or _wraps_itself(u, units) or open_brackets(u.text)) \
            or text_of(field).endswith(KICKER_END) \
            or u.text.startswith(("——", "（", "(")):
        return False
    return all(b.width <= first.width + BOX_SLACK for v in field for b in v.blocks) and fills(last, first, first.width)


def _wide_box_on(field: list[Unit], u: Unit, units: list[Unit]) -> bool:
    """In a line dump: the field, one line under another field of the run (its kicker), is wider than the body
    column, and ``u`` is as wide (within ``BOX_SLACK``), opened by no dash or bracket: the next full line of that
    title's box (……防汛抗旱工作会议 / 号召全市各级党组织和广大党员干部 / 坚决打赢……), not a subheadline, which
    a third field of a run seldom is and which is seldom set to its headline's very width."""
    last, p = field[-1], field[-1].text
    return len(field) == 1 and field[0] is not units[0] and last.wide and abs(u.width - last.width) <= BOX_SLACK \
        and not u.text.startswith(("——", "（", "(")) and not p.endswith(KICKER_END + ("。", "！", "？", "）", ")"))


LONG_LINE = 30          # characters of a heading line longer than any title's line: a subheadline's, set small


def _long_line_on(field: list[Unit], u: Unit, units: list[Unit]) -> bool:
    """In a line dump: the field, under another field of the run (its title), has a last line holding more
    characters than a title's line does (a subheadline set in small type across its box) that ends no sentence
    nor a kicker, and ``u``, shorter and opened by no dash or bracket, goes on with it: its wrapped end (青川市人大
    常委会会议举行 / ……为召开全市大会作 / 准备 林小舟主持). A long first field is a kicker over the title under it."""
    p, t = field[-1].text, u.text
    return field[0] is not units[0] and len(p) >= LONG_LINE and len(t) < len(p) and not t.startswith(("——", "（", "(")) \
        and not p.endswith(KICKER_END + ("。", "！", "？", "）", ")"))


DECK_LINE = 16          # characters of a summary deck's line, set small under its title


def _deck_goes_on(field: list[Unit], u: Unit, units: list[Unit]) -> bool:
    """In a line dump: the field, under another field of the run (its title), is a summary deck of clauses (its
    last line, long, holds a comma or a semicolon and ends no sentence nor a kicker), and ``u``, no wider, opened
    by no dash or bracket, holds a clause mark too: the deck's next line (……推动夜市提 / 档升级；通过……),
    however the line before it ended."""
    p, t = field[-1].text, u.text
    return field[0] is not units[0] and len(p) >= DECK_LINE and bool(_DECK_CLAUSE.search(p)) \
        and bool(_DECK_CLAUSE.search(t)) and u.width <= field[-1].blocks[-1].width + 1 \
        and not t.startswith(("——", "（", "(")) and not p.endswith(KICKER_END + ("。", "！", "？", "）", ")"))


_DECK_CLAUSE = re.compile("[，；]")


def _under_first_field(field: list[Unit], units: list[Unit]) -> bool:
    """``field`` follows another field of the run (a kicker over it, or the headline it is set under), and is
    no ——subheadline: a line under it that shows a sign of a wrap is its wrapped end, as a group seldom has a
    third field (few stories with a kicker have a subheadline too); a section label over the run does not count."""
    return field[0] is not units[0] and not text_of(field).startswith("——") and not is_section(units[0].text)


_LISTED = re.compile(r"\s[■◆●◎▲★]")     # items listed on one line, each opened by a bullet: no title's line
_NUMERAL = r"[\d〇零一二三四五六七八九十]+"
_DATE = re.compile(f"{_NUMERAL}年{_NUMERAL}月|{_NUMERAL}月{_NUMERAL}日")     # 2023年6月, 二〇二三年六月二日


def _tag_alone(text: str) -> bool:
    """A line that is only a column tag (（青川观察）, （走基层2023）): the end of the title over it, which it
    closes, pushed to a line of its own; not a dated note (（2023年6月2日）, （二〇二三年六月二日）), which a speech's
    or a document's title has under it as its subheadline."""
    return bool(COLUMN_TAG.fullmatch(text)) and not _DATE.search(text)


TAG_STUB_LEN = 3        # characters before its column tag of a title's wrapped end (……人才培育 / 土壤（编辑手记）)


def _tag_remainder(field: list[Unit], u: Unit) -> bool:
    """``u`` is a column tag after a word of a few characters, no wider than the field's last line by more than a
    character (a tag may be set in smaller type): the title's wrapped end with its tag (……老街书房 / 开张（走基层）),
    not a title of its own, as a title that short (a photo's, 晨练（青川影像）) is seldom set under a heading line."""
    m = COLUMN_TAG.search(u.text)
    return bool(m) and 0 < m.start() <= TAG_STUB_LEN and u.width <= field[-1].blocks[-1].width + 1 \
        and not _DATE.search(u.text)


def _widens(last: Unit, u: Unit) -> bool:
    """In a line dump: ``u`` spans columns though the line before it does not, and is wider by more than a
    character: the two lines are set in boxes of their own (a kicker in the column, its headline spanning
    columns), not one title wrapped in its box."""
    return u.wide and not last.wide and u.width > last.width + 1


def _same_box(field: list[Unit], u: Unit) -> bool:
    """In a line dump: ``u`` goes on filling the narrow box of the field's lines, as wide as each of them (a
    one-column headline wrapped over several lines), not a field of its own."""
    last = field[-1]
    return (len(field) < 3 and not u.wide and 5 <= len(last.text) <= 16 and abs(u.width - last.width) <= 0.6
            and all(abs(v.width - last.width) <= 0.6 for v in field)
            and not last.text.endswith(KICKER_END + ("）", ")", "”", "！", "？", "。"))
            and not u.text.startswith(("——", "（", "(", "“")) and not any(c in last.text for c in "，、 ")
            and " " not in u.text)


REMAINDER_BACK = 3      # fields back that a title's wrapped remainder may be read after its first line
REMAINDER_LEN = 8       # characters of a title's wrapped remainder
TAG_REMAINDER_LEN = 12  # ... or of a column tag's wrapped end, which closes the bracket (……（青川 / 观察·民生一线）)


def _remainder_back(fields: list[list[Unit]], u: Unit, text: str = "") -> int:
    """How many fields back ``u`` is the wrapped remainder of a field other than the one just before it (0:
    none): it closes the bracket that field left open, or completes a word cut at its end, or the page's
    ``text`` names that field whole (``_named_whole``), while each field read between them is complete and does
    neither (XY-cut reads the titles of a row in between); one that does both (``_closes_earlier_tag``) is that
    field's remainder whatever its length and the fields between."""
    t = u.text
    for back in range(2, min(len(fields), REMAINDER_BACK) + 1):
        if _closes_earlier_tag(text_of(fields[-back]), t):
            return back
    if len(t) > (TAG_REMAINDER_LEN if closes_bracket(t) else REMAINDER_LEN):
        return 0
    for back in range(2, min(len(fields), REMAINDER_BACK) + 1):
        between, earlier = text_of(fields[-back + 1]), text_of(fields[-back])
        if open_brackets(between) and not _closes_earlier_tag(earlier, t) or splits_word(between, t):
            return 0
        if open_brackets(earlier) and closes_bracket(t) or splits_word(earlier, t) \
                or _stub_after_tag(earlier, between, t) or _named_whole(earlier, between, t, text):
            return back
    return 0


def _closes_earlier_tag(earlier: str, t: str) -> bool:
    """``t`` closes the bracket ``earlier`` leaves open and completes a word cut at its end: two titles side by side,
    each with its column tag cut, read a line of each in turn (……（青 / ……（港城观 / 川观察） / 察）)."""
    return open_brackets(earlier) and closes_bracket(t) and splits_word(earlier, t)


JOIN_SPAN = 4           # characters across a title's cut that the page's text must hold to name it whole


def _named_whole(earlier: str, between: str, t: str, text: str) -> bool:
    """The page's ``text`` holds the end of the ``earlier`` title run on into ``t`` and not the end of the title
    read between them run on into it (……新产品亮相青川港口之 / 守住老街的烟火气（城市观察） / 窗博览会, and the story
    says 港口之窗博览会): ``t`` is the earlier title's wrapped end, which a story names as its title does. A kicker's
    closing dash is no word of it (……临江区副区长林小 / ……港务局局长 / 舟—— / 周启明——: two kickers read a line of each
    in turn)."""
    t = t.removesuffix("——")
    return bool(t) and named_whole(earlier, t, text) and not named_whole(between, t, text)


def named_whole(title: str, t: str, text: str) -> bool:
    """The page's ``text`` holds the end of ``title`` run on into ``t``: a story naming the title whole."""
    return bool(text) and _across(title, t) in text


def _across(title: str, t: str) -> str:
    """The end of ``title`` run on into ``t``: ``JOIN_SPAN`` characters or more, two of them the title's."""
    return title[-max(2, JOIN_SPAN - len(t)):] + t


def closes_bracket(text: str) -> bool:
    """``text`` closes more round brackets than it opens."""
    return text.count("）") + text.count(")") > text.count("（") + text.count("(")


def _stub_after_tag(earlier: str, between: str, t: str) -> bool:
    """A one- or two-character stub cannot go on after a title closed by its column tag (……（青川观察）): it is
    the wrapped end of the title before, which ends on a character (……夺得赛季首 / 老街夜市（城市观察） / 冠)."""
    return len(t) <= 2 and bool(COLUMN_TAG.search(between)) and "\u4e00" <= earlier[-1:] <= "\u9fff"


def _closes_alone(field: str, nxt: str, units: list[Unit]) -> bool:
    """The bracket ``field`` leaves open is closed by a later short line, not by ``nxt`` (another headline read
    between them, as a converter's blocks may come; not asked in a line dump)."""
    if closes_bracket(nxt):
        return False
    return any(len(v.text) <= TAG_REMAINDER_LEN and closes_bracket(v.text) for v in units)


def _note(text: str) -> bool:
    """A bracketed note under a headline, such as （2019年9月30日）; not a wrapped column tag like （钟声）."""
    return text.startswith(("（", "(")) and (len(text) > 10 or any(c.isdigit() for c in text))


def dated_note(text: str) -> bool:
    """A bracketed note that dates a speech or a document under its title (（2023年6月2日）, （2023年6月2日，青川）):
    that title's subheadline, never a headline of its own; not a story's closing note (（本报青川6月2日电）)."""
    return text.startswith(("（", "(")) and text.endswith(("）", ")")) and bool(_DATE.search(text)) \
        and not text[:-1].endswith("电")


def split_groups(fields: list[list[Unit]]) -> list[list[list[Unit]]]:
    """Split a run of heading fields into headline groups, one headline each.

    A ——subheadline closes its group. Within the rest, headlines are the marked fields and the field after a
    kicker (a field ending in —— or 强调), unless that field is unmarked right over a marked one: XY-cut may read
    another story's title between a kicker and its headline (``runs._title_between``); fields between two
    headlines go with the first as its subheadline, unless they end like a kicker. A group that is only a
    section label or a kicker joins the group after it. A photo story's standing title (图片报道) right over a marked
    headline is no kicker of it but a group of its own, first (``_photo_over``).
    """
    photos = _photo_over(fields)
    if photos:
        return [[f] for f in photos] + split_groups([f for f in fields if not any(f is p for p in photos)])
    chunks, start = [], 0
    for k, f in enumerate(fields):
        if text_of(f).startswith("——") and k + 1 < len(fields) and not text_of(fields[k + 1]).startswith("——") \
                and not (k + 2 == len(fields) and summary_field(fields[k + 1])):
            chunks.append(fields[start:k + 1])
            start = k + 1
    chunks.append(fields[start:])
    groups = [g for chunk in chunks if chunk for g in (_paired_subs(chunk) or _by_headlines(chunk))]
    merged: list[list[list[Unit]]] = []
    for g in groups:
        if merged and _incomplete(merged[-1]):
            merged[-1] = merged[-1] + g
        else:
            merged.append(g)
    return merged


def _photo_over(fields: list[list[Unit]]) -> list[list[Unit]]:
    """Photo stories' standing titles (图片报道) that XY-cut read right over a marked headline: the photo's box set
    beside or above that story, whose kicker it is not."""
    return [f for f, g in zip(fields, fields[1:]) if photo_title(f) and g[0].level]


SUMMARY_FIELD = 20      # characters of a commentary's summary line read as the last field of a heading run


def summary_field(field: list[Unit]) -> bool:
    """An unmarked plain field of clauses (a comma) of ``SUMMARY_FIELD`` characters or more: the summary line opening
    a commentary under its title and ——subheadline (……（青川时评） / ——老街新事① / 夜市是老街的烟火，也是……), not the
    next story's title."""
    t = text_of(field)
    return not field[0].level and plain(t) and "，" in t and len(t) >= SUMMARY_FIELD


def _paired_subs(fields: list[list[Unit]]) -> list[list[list[Unit]]] | None:
    """Stories set side by side, each a headline over a ——subheadline, as XY-cut reads them: the headlines,
    then the subheadlines in the same order (青川港新航线开通 / 老街书房迎来周末读者 / ——通达三十个港口 /
    ——周末读者逾千人). Each headline with its subheadline, or None."""
    k = len(fields) // 2
    texts = [text_of(f) for f in fields]
    if k < 2 or len(fields) != 2 * k or not all(t.startswith("——") for t in texts[k:]) \
            or any(t.startswith("——") or t.endswith(KICKER_END) or is_section(t) for t in texts[:k]):
        return None
    return [[fields[i], fields[k + i]] for i in range(k)]


def _by_headlines(fields: list[list[Unit]]) -> list[list[list[Unit]]]:
    titles = []
    stack = _kicker_stack(fields)
    for k, f in enumerate(fields):
        if f[0].level or (k > stack and text_of(fields[k - 1]).endswith(KICKER_END) and not f[0].level
                          and not text_of(f).endswith(KICKER_END) and (k - 1) not in titles
                          and not (k + 1 < len(fields) and fields[k + 1][0].level)) \
                or _tagged_title(fields, k):
            titles.append(k)
    if len(titles) <= 1:
        return [fields]
    cuts = [0]
    for a, b in zip(titles, titles[1:]):
        cut = a + 1
        while cut < b and not text_of(fields[cut]).endswith(KICKER_END) and not is_section(text_of(fields[cut])) \
                and not _tag_closed(text_of(fields[a]), text_of(fields[cut])):
            cut += 1
        cuts.append(cut)
    return [fields[s:e] for s, e in zip(cuts, cuts[1:] + [len(fields)]) if fields[s:e]]


def _tag_closed(title: str, field: str) -> bool:
    """A title closed by its column tag (……（青川观察）) seldom has a subheadline but a dashed or bracketed one: a
    plain field after it, before the next headline, is that headline's kicker."""
    return tag_closed(title, COLUMN_TAG) and plain(field)


def _tagged_title(fields: list[list[Unit]], k: int) -> bool:
    """An unmarked field ending in a column tag (……（青川观察）) before a marked headline or a ——subheadline is a
    headline of its own: a kicker or a subheadline seldom carries a column tag."""
    return (not fields[k][0].level and k + 1 < len(fields)
            and (bool(fields[k + 1][0].level) or text_of(fields[k + 1]).startswith("——"))
            and tag_closed(text_of(fields[k]), COLUMN_TAG))


def _incomplete(group: list[list[Unit]]) -> bool:
    """A group that cannot stand alone: a lone section label or kicker."""
    if len(group) != 1:
        return False
    t = text_of(group[0])
    return is_section(t) or t.endswith(KICKER_END)


def text_of(field: list[Unit]) -> str:
    return "".join([u.text for u in field])     # (a list: join makes one of a generator anyway)


def is_section(text: str) -> bool:
    return bool(_SECTION.match(text)) and not text.endswith("——")


def name_fields(fields: list[list[Unit]], lines: bool = False, dated: bool | None = None) -> dict[str, list[Unit]]:
    """Map field names (section, kicker, headline, subheadline) to the units that make them up; ``lines``: the
    fields' units are visual lines (a line dump); ``dated``: whether the text under the group opens on a dateline
    (None: not known)."""
    out: dict[str, list[Unit]] = {}
    fields = list(fields)
    if len(fields) >= 2 and is_section(text_of(fields[0])) and not _marked_alone(fields) \
            and (fields[0][0].level or len(fields) >= 3 or len(text_of(fields[0])) <= 12):
        out["section"] = fields.pop(0)
    t = _title_index(fields, lines, dated)
    before, after = fields[:t], fields[t + 1:]
    if len(before) >= 2 and "section" not in out:
        out["section"] = before.pop(0)
    if before:
        out["kicker"] = [u for f in before for u in f]
    out["headline"] = fields[t]
    if after:
        out["subheadline"] = [u for f in after for u in f]
    return out


def _marked_alone(fields: list[list[Unit]]) -> bool:
    """The first field is the group's only marked one: the headline in the page's larger type over unmarked
    fields, not a section label shaped like one (……青川·临江……论坛 / 6月2日 青川)."""
    return bool(fields[0][0].level) and not any(u.level for f in fields[1:] for u in f)


def _field_level(field: list[Unit]) -> int:
    """A field's heading level: its largest marked line's (a converter may mark only a wrapped title's last
    line), 0 when none is marked."""
    return min((u.level for u in field if u.level), default=0)


def _title_index(fields: list[list[Unit]], lines: bool = False, dated: bool | None = None) -> int:
    """Which field is the headline: the largest marked one, else as ``_unmarked_title`` tells."""
    levels = [_field_level(f) for f in fields]
    marked = [lv for lv in levels if lv]
    return levels.index(min(marked)) if marked else _unmarked_title(fields, lines, dated)


def kicker_row(fields: list[list[Unit]], echo: Callable[[str], float], pair: bool = False
               ) -> tuple[list[list[Unit]], list[list[Unit]]]:
    """Stories set side by side, each with a kicker, reach an XY-cut dump as a row of kickers over the first
    story's headline (临江区—— / 青川港—— / # 清水河治理启动): the kicker that the story under the run echoes
    most (``echo``; the first on a tie) is this headline's, the others belong to the headlines that come next; over a
    ``pair`` of headlines the first kicker is the first one's, as the row sets them, whichever story the text after
    the run is.
    The kickers are set alike (``_parallel``), stack up as ``_kicker_stack`` tells, are a ``pair`` over two
    headlines marked alike that close the run, or two over a tagged title (``_kickers_over_tag``), or unmarked
    kickers the text does not speak of over the headline it does (``_unspoken_row``). The group without those
    others, and them."""
    t = _unspoken_row(fields, echo) or _title_index(fields)
    if t < 2 or is_section(text_of(fields[0])) or not (all(_parallel(fields[0], f) for f in fields[1:t])
                                                        or _kicker_stack(fields) == t or pair
                                                        or _kickers_over_tag(fields) or _stub_row(fields)
                                                        or t == _unspoken_row(fields, echo)
                                                        or all(text_of(f).endswith(KICKER_END) for f in fields[:t])):
        return fields, []
    row = fields[:t]
    own = row[0] if pair else max(row, key=lambda f: echo(text_of(f)))
    return [own] + fields[t:], [f for f in row if f is not own]


UNSPOKEN, SPOKEN = 0.1, 0.2     # echo under which the text after a run does not speak of a field; from which it does


def _unspoken_row(fields: list[list[Unit]], echo: Callable[[str], float]) -> int:
    """Unmarked fields only, the first a kicker by its form (……强调, ……——), then fields the text after the run does
    not speak of (``UNSPOKEN``) over the first one it does speak of (``SPOKEN``), and a field after that it does not
    speak of either: XY-cut read a row of kickers, then the first story's headline and the next one's (青川市长在港区
    调研时强调 / 老街夜市重开 / 港口建设要再提速 / 摊位增至百个 / 本报讯……港口……). The headline's index, else 0."""
    if len(fields) < 4 or any(u.level for f in fields for u in f) or not text_of(fields[0]).endswith(KICKER_END):
        return 0
    t = next((k for k in range(1, len(fields)) if echo(text_of(fields[k])) >= UNSPOKEN), 0)
    return t if 2 <= t < len(fields) - 1 and echo(text_of(fields[t])) >= SPOKEN \
        and echo(text_of(fields[t + 1])) < UNSPOKEN else 0


def _kickers_over_tag(fields: list[list[Unit]]) -> bool:
    """Three unmarked fields, the second a dashed kicker, the first no kicker by its form nor a section label,
    the last a title closed by its column tag: two stories' kickers over one title, as XY-cut reads a row
    (青川港扩建启动 / 老街夜市重开—— / 新码头年内开工（港城观察）)."""
    if len(fields) != 3:
        return False
    texts = [text_of(f) for f in fields]
    return not any(f[0].level for f in fields) and texts[1].endswith("——") \
        and not texts[0].endswith(KICKER_END) and not is_section(texts[0]) \
        and tag_closed(texts[2], COLUMN_TAG)


def _stub_row(fields: list[list[Unit]]) -> bool:
    """Three unmarked fields, the second a short kicker as ``_stub_kicker`` tells, the first no section label: two
    stories' kickers over the first story's title (青川港扩建工程启动 / 港务局 / 新码头年内开工)."""
    if len(fields) != 3 or any(f[0].level for f in fields):
        return False
    return not is_section(text_of(fields[0])) and _stub_kicker(text_of(fields[0]), text_of(fields[1]))


def _kicker_stack(fields: list[list[Unit]]) -> int:
    """How many unmarked fields open a run over its first marked headline when they are a row of kickers as
    XY-cut reads them: at least ``KICKER_STACK``, the first closing on a dash, none closing on a column tag (a
    title's mark) (青川港—— / 老街新貌 / 三年见变化 / # 清水河治理启动); else 0."""
    t = next((k for k, f in enumerate(fields) if f[0].level), 0)
    texts = [text_of(f) for f in fields[:t]]
    return t if t >= KICKER_STACK and texts[0].endswith("——") and not any(COLUMN_TAG.search(x) for x in texts) else 0


def trailing_kicker(fields: list[list[Unit]]) -> tuple[list[list[Unit]], list[list[Unit]]]:
    """A kicker that says who spoke (……在全市会议上强调) closing a run after another story's headline and
    subheadline: XY-cut read it before its headline, which opens the next run. The group without it, and it."""
    if len(fields) > 2 and text_of(fields[-1]).endswith(SPEECH_END) and _title_index(fields) < len(fields) - 2:
        return fields[:-1], [fields[-1]]
    return fields, []


def _parallel(a: list[Unit], b: list[Unit]) -> bool:
    """Two kickers set alike: both end in a dash, or they are of one length."""
    x, y = text_of(a), text_of(b)
    return x.endswith("——") and y.endswith("——") or len(x) == len(y)


def _unmarked_title(fields: list[list[Unit]], lines: bool = False, dated: bool | None = None) -> int:
    """Which of unmarked fields is the headline: by punctuation where it tells (in a line dump a field closing
    on a column tag is the headline over the fields after it, however many; a title under two stories'
    kickers, ``_kickers_over_tag`` and ``_stub_row``, is the headline), in a line dump by the widths
    of its lines where they tell, by the story's lead (``dated``) under a first field reporting an event
    (``_REPORTED``), else by the trained order model (kicker + headline against headline + subheadline)."""
    texts = [text_of(f) for f in fields]
    if len(texts) == 1:
        return 0
    first, second = texts[0], texts[1]
    if first.endswith(KICKER_END) or _WORK.fullmatch(second):
        return _after_kickers(texts)    # ……强调 / ……印发 over 《……纲要》: a kicker over the headline
    if not plain(second) or lines and COLUMN_TAG.search(first):
        return 0                # a ——subheadline or a tag under it; in a line dump a column tag closes no kicker
    if _kickers_over_tag(fields) or _stub_row(fields):
        return 2
    if len(texts) > 2:
        return 1
    if tag_closed(second, COLUMN_TAG):
        return 1                # a column tag closes a headline, not a subheadline: a kicker over it
    if lines and len(first) <= SHORT_KICKER < len(second):
        return 1                # a name or a place over a title (林小舟 / ……): a kicker
    larger = _larger_type(fields, lines)
    if larger is not None:
        return larger
    if lines and _wider_than_wrap(fields[0], fields[1]):
        return 0
    if _ATTENDED.search(second) or "主持召开" in first:
        return 0                # ……会议召开 / 林小舟出席并讲话: who attended, under the headline; a headline
        #                         saying who held a meeting (林小舟主持召开……会议) over what it did
    if lines and len(first) <= LEAN_KICKER and len(second) > len(first) and not second.endswith(KICKER_END) \
            and not _WHEN.match(second):
        return 1                # a short line over a longer one that ends as no kicker does and opens on no time said
        #                         (今起……: a subheadline): a kicker over its title
    told = _event_told(first, second, dated)
    if told is not None:
        return told
    return 1 if kicker_odds(first, second) > 0 else 0


def _event_told(first: str, second: str, dated: bool | None) -> int | None:
    """A first field reporting an event (``_REPORTED``: ……会议召开, ……铁路通车) is the headline over a dated report
    (``dated``: the text under the group opens on a dateline) and a second field in one phrase, a kicker over a story
    opening otherwise (a feature's); None where neither holds or the lead is not known. A second field of two phrases
    set apart by a space is shaped as a headline is (新码头 年内开工), so the dated reading leaves it to the model."""
    if dated is None or not first.endswith(_REPORTED):
        return None
    if not dated:
        return 1
    return None if " " in second.strip() else 0


def _after_kickers(texts: list[str]) -> int:
    """The first field after the first that does not end like a kicker (……强调 / ……心声—— / 标题: two stories'
    kickers over one title, as XY-cut reads a row), else the second."""
    return next((k for k in range(1, len(texts)) if not texts[k].endswith(KICKER_END)), 1)


SHORT_KICKER = 5        # characters of a first field that is a kicker over a longer title, not a headline over a
#                         subheadline (corpus: 168 kicker pairs against 1 headline pair)
LEAN_KICKER = 9         # characters of a first field that, over a longer one, is a kicker rather than the order
#                         model's word: in the corpus outside the dev and check dates, of the 77 such pairs the
#                         model is asked of, it errs on 18, the kicker reading on 11 (over a field opening on a time
#                         said, 今起……, a subheadline, it is not taken)
_ATTENDED = re.compile("出席|主持|参加|宣读|致辞")   # in a quarter of the corpus's subheadlines, almost no headline

TYPE_MARGIN = 1.0       # em by which one field's full line must hold more than the other's
TYPE_RATIO = 1.6        # ... but not so many more that it may be two full lines that a converter joined


def _larger_type(fields: list[list[Unit]], lines: bool = False) -> int | None:
    """Of two fields, the one whose full line (a unit the field goes on after, wrapped) holds fewer characters
    than a line of the other by more than a margin is set in larger type across the same measure: the
    headline, over a kicker or a subheadline in smaller type (青川新建书房一百 / 二十座 over 全市街道书房覆盖率达到九
    十 / 五). In a markdown dump, where a unit may be several visual lines joined, the other's line must be a full
    line too, and not so much longer that it may be two; in a line dump (``lines``) any of its lines will do.
    None when neither field tells, or both do."""
    if len(fields) != 2:
        return None
    full = [max((u.width for u in f[:-1]), default=None) for f in fields]
    other = [max(u.width for u in f) for f in fields] if lines else full
    larger = [x for x, y in ((0, 1), (1, 0)) if full[x] is not None and other[y] is not None
              and full[x] + TYPE_MARGIN < other[y] < TYPE_RATIO * full[x]]
    return larger[0] if len(larger) == 1 else None


def _wider_than_wrap(first: list[Unit], second: list[Unit]) -> bool:
    """In a line dump, where ``_larger_type`` did not tell (it weighs units, and a unit may hold a title's wrapped
    lines): ``first`` wrapped over visual lines and ``second`` has a line as wide as its first line or wider.
    A kicker is set in smaller type than its headline, so a headline under a kicker that wrapped in their box
    is narrower than the kicker's first line: ``first`` is the headline, ``second`` its subheadline
    (青川新区与临江签约共建 / 产业园 over 两地将共建三个物流园区)."""
    above = [b for u in first for b in u.blocks]
    return len(above) >= 2 and above[-1].width < above[0].width <= max(u.width for u in second)


_EVENT = ("举行", "举办", "发布", "召开", "开幕", "启动", "闭幕", "落幕", "成立", "开通", "印发", "出台", "揭晓",
          "通过", "会见", "会谈", "开展", "实施", "公布", "签署", "上线", "完成", "建成", "投运", "增长")


_REPORTED = _EVENT + ("结束", "启用", "就绪", "截止", "揭牌", "生效", "竣工", "开工", "通车", "落成", "开馆")
#                         a first field reporting an event (……会议召开): in the corpus outside the dev and check
#                         dates, over a dated report and a second field in one phrase the report's headline (54 of
#                         66 such pairs; the model reads 8 of the 54 as kickers, and 1 of the 12 kickers right),
#                         over a story opening otherwise a kicker (25 of 26; the model reads 18 of the 25 right)


_WHEN = re.compile(f"(今起|今天|今年|昨天|昨日|明天|近日|近期|目前|日前|{_NUMERAL}月)")
#                         a field opening on when (今年……, 三月……): what has happened since, under a headline


_ATTENDS = ("出席", "致辞", "讲话", "参加", "主持", "会见", "出席并讲话", "强调", "指出")
_SPEECH_TITLE_END = ("的讲话", "的致辞")     # 在……上的讲话: the end of a speech's title, not who spoke
_ACCOMPANIES = ("陪同", "陪同考察", "陪同调研", "批示")   # 某某陪同考察 / 某某作出批示: who went along or wrote
#                         a note under a leader's headline (5 corpus subtitles end so, no title nor kicker)


def order_features(first: str, second: str) -> dict[str, bool]:
    """Binary features of a pair of headline fields, for the order model."""
    out = {}
    for tag, t in (("a", first), ("b", second)):
        out[f"{tag}_event"] = t.endswith(_EVENT)
        out[f"{tag}_digit"] = any(c.isdigit() for c in t)
        out[f"{tag}_figure"] = bool(re.search(r"[\d.]+\s*(%|％|亿|万|元|人|个|家|项|件|倍|米|吨)", t))
        out[f"{tag}_column_tag"] = bool(COLUMN_TAG.search(t))
        out[f"{tag}_comma"] = "，" in t
        out[f"{tag}_space"] = " " in t.strip()
        out[f"{tag}_quote"] = "“" in t
        out[f"{tag}_date"] = bool(_DATE.match(t))
    out["b_when"] = bool(_WHEN.match(second))
    out["b_attends"] = second.endswith(_ATTENDS)
    out["a_attends"] = first.endswith(_ATTENDS)
    out["b_longer"] = len(second) > len(first)
    out["b_much_longer"] = len(second) > 1.5 * len(first)
    out["a_much_longer"] = len(first) > 1.5 * len(second)
    out["same_end"] = first[-2:] == second[-2:]     # parallel fields: a headline and its subheadline
    out["a_couplet"] = couplet(first)
    return out


def couplet(text: str) -> bool:
    """Two phrases of one length set apart by a space (老街焕发新颜 夜市重现繁华), as kickers often are."""
    parts = text.split()
    return len(parts) == 2 and len(parts[0]) == len(parts[1])


@lru_cache(maxsize=1)
def _order_model() -> dict:
    return json.loads(resources.files("baoku.data").joinpath("heading_order.json").read_text("utf-8"))


def kicker_odds(first: str, second: str, model: dict | None = None) -> float:
    """Log-odds that ``first`` is a kicker over ``second`` being a subheadline (naive Bayes, add-one), by the
    shipped model or by ``model`` (its training script's cross-validation)."""
    m = model or _order_model()
    nk, ns = m["classes"]["kicker"], m["classes"]["subheadline"]
    odds = math.log(nk / ns)
    for name, on in order_features(first, second).items():
        pk = (m["features"]["kicker"].get(name, 0) + 1) / (nk + 2)
        ps = (m["features"]["subheadline"].get(name, 0) + 1) / (ns + 2)
        odds += math.log(pk / ps) if on else math.log((1 - pk) / (1 - ps))
    return odds


SPLIT_MIN = 2           # characters of each title of a heading line parted by a spaced dash


def split_line(text: str) -> tuple[str, str, str] | None:
    """A heading line that carries two titles side by side (kicker + headline, or headline + subheadline),
    separated by a space: (first, second, which) where which names the longer, explanatory part (never a
    subheadline closed by a column tag, which closes a headline's line: 8 of 8,347 corpus subheadlines end on one),
    or where a dash set off by a space tells (青川港新航线开通 ——首月运货十二万吨: a ——subheadline; 临江区—— 老街夜市重开:
    a kicker). A space inside brackets parts no titles (老街书房开放（青川观察 城市书房系列报道之二）)."""
    dashed = _spaced_dash(text.strip())
    if dashed:
        return dashed
    parts = text.split()
    if len(parts) != 2 or open_brackets(parts[0]):
        return None
    a, b = parts
    n, m = len(a), len(b)
    if n + m < 26 or min(n, m) < 6:
        return None
    if n >= 1.25 * m:
        return a, b, "kicker"
    if m >= 1.25 * n and not TAG_END.search(b):
        return a, b, "subheadline"
    return None


def _spaced_dash(text: str) -> tuple[str, str, str] | None:
    """Two titles parted by the line's one dash, with a space on one side only: before it a ——subheadline opens,
    after it a kicker closes. None when no such dash parts the line into two titles."""
    if text.count("——") != 1 or (" ——" in text) == ("—— " in text):
        return None
    which = "subheadline" if " ——" in text else "kicker"
    a, _, b = (x.strip() for x in text.partition("——"))
    if len(a) < SPLIT_MIN or len(b) < SPLIT_MIN or open_brackets(a):
        return None
    return (a, "——" + b, which) if which == "subheadline" else (a + "——", b, which)
