"""Group units into articles in reading order.

A run of heading units opens new articles (one per headline group) unless the crosshead model (crosshead.py)
keeps it in the story as a crosshead (小标题). A run over several dated bodies is a row of stories side by
side. Body units join the paragraph before them when that paragraph was cut mid-sentence; captions go to
their story, or stand alone as photos.
"""
from __future__ import annotations

import dataclasses
import re
from itertools import permutations

from ..model import Article, Caption, Field, Item, Page, Paragraph, Unit
from ..patterns import rx
from .blocks import INDENT, INDENT_HI
from .breaks import column_measure, fills_lines, stands_alone
from .cohesion import Cohesion
from .crosshead import BOX_NAME, is_crosshead, reporter_line
from .headings import kicker_row, merge_wraps, name_fields, split_groups, split_line, text_of, trailing_kicker
from .flags import set_jump
from .punct import closing_note, end_odds, ends_binding, ends_sentence, in_quote, start_odds, titles_names
from .roles import MARKUP, is_lead, kicker_over, opens_with_dateline
from .units import fills_room

# a figure called out alone with its unit (10.8万, 40余起); bare digits are a number cut by a column break
FIGURE = re.compile(r"^[\d.]{1,7}[余多]?[\u4e00-\u9fff]{1,2}$")
ROW_COVER = 0.2                 # a story of a row echoes at least this share of its headline's words
SUB_ECHO = 0.1                  # a subheadline is echoed by its story's text at least this much
HEAD_ECHO = 0.5                 # a story takes back a headline cut from it that it echoes at least this much
CAPTION_COHESION = 0.03         # a caption sharing less than this with the story is a standalone photo
VERSE_MAX = 10                  # characters of a line of verse, with its stop
REPEAT_MIN = 16                 # characters of a stop-less paragraph printed again in the page: a summary line
PHOTO_REPORT = "摄影报道"        # a credit's last words when the photos and their captions are the report
SUMMARY_LINES = 2               # stop-less summary lines a story may open with, under its headline
SUMMARY_MAX = 90                # characters of such a line
SUMMARY_END = -1.5              # end-odds above which its last word may end a paragraph
SUMMARY_START = 0.5             # start-odds above which the text after it opens a paragraph
PADDED_NAME = re.compile(r"(?<=\s[\u4e00-\u9fff])\s(?=[\u4e00-\u9fff](\s|$))")   # 王 朗: a two-character name set wide
_TAG_END = re.compile(r"[（(][^（()）]{2,24}[)）]$")    # a column tag closing a title: ……（青川观察·民生一线）


def group_articles(page: Page) -> Page:
    units = page.units
    coh = Cohesion([u.text for u in units])
    flat = "".join(u.text for u in units)
    full = page.column
    page.articles = []
    cur: Article | None = None
    open_para = False            # the current article's last paragraph was cut mid-sentence
    crossheads: list[str] = []   # the current article's crossheads so far
    pending_jump: str | None = None
    route: dict[int, Article] = {}   # body units where a story of a row of headlines starts
    waiting = _Waiting()             # fields a run left for the headlines read after it
    tail = 0.0                       # the width of the last line of body text placed
    piece = 0.0                      # in a markdown dump: the width of the last body unit placed, indent included
    measure = column_measure(_stopless_pieces(units)) if full is None else None
    i = 0
    while i < len(units):
        u = units[i]
        if i in route:
            cur, open_para, crossheads = route.pop(i), False, []
        if u.role in ("page_header", "editor"):
            page.furniture.append(_item(page, u, u.role))
        elif u.role.startswith("markup:"):
            page.dropped.append(_item(page, u, MARKUP[u.role.partition(":")[2]]))
        elif u.role == "jump":
            page.furniture.append(_item(page, u, "jump"))
            if cur is not None and (not _continued_from(u.text) or not cur.paragraphs):
                set_jump(cur, u.text)       # 下转 closes the story above; 上接 under a headline opens it
            else:
                pending_jump = u.text       # （上接第一版） before a story applies to the story after it
            open_para = False               # a jump marker closes the paragraph cut before it
        elif u.role == "heading" and not (open_para and cur is not None and not u.level and not _spans_columns(units, i)
                                          and not _before_lead(units, i) and not _kicker_over(units, i)):
            j = i
            while j < len(units) and units[j].role == "heading":
                j += 1
            run = units[i:j]
            nxt = units[j] if j < len(units) else None
            crosshead, p = (is_crosshead(run, nxt, cur, _body_after(units, j), crossheads, coh, full)
                            if cur is not None and cur.paragraphs and not _photo_after(units, j) else (False, 0.0))
            if crosshead:
                crossheads.append("".join(h.text for h in run))
                open_para = _keep_crosshead(page, cur, run, p)
            else:
                crossheads = []
                # XY-cut may read a story's first column (prose, cut mid-sentence) before its headline
                top = cur if open_para and cur is not None and cur.headline is None and page.articles[0] is cur \
                    and any(ends_sentence(p.text) for p in cur.paragraphs) else None
                cur = _open_run(page, run, units, j, coh, full, route, waiting)
                if pending_jump:
                    set_jump(cur, pending_jump)
                    pending_jump = None
                open_para = top is not None and j < len(units) and units[j].role == "body" and not units[j].lead \
                    and not _ends_paragraph(top, units[j], page.source.format, flat, full,
                                            _line_ends(tail, units[j], full, piece, measure))[0]
                if open_para:       # the text under the headline goes on with that column's cut sentence
                    _take_top(page, top, cur)
            i = j
            continue
        elif u.role == "caption" and cur is not None and (_photo_story(cur) or _photo_report(units, i)):
            cur.paragraphs.append(_para(page, u))     # a photo story or report: its caption is its text
            open_para = False
        elif u.role == "caption":
            cap = _caption(page, u)
            story = "".join(p.text for p in cur.paragraphs) if cur is not None else ""
            if cur is None or coh.similarity(cap.text, story) < CAPTION_COHESION:
                page.photos.append(Item("photo", cap.text, cap.spans, cap.credit))
            else:
                cur.captions.append(cap)
        elif u.role == "credit" and cur is not None and cur.captions and cur.captions[-1].credit is None:
            cap = cur.captions[-1]
            cap.credit = u.text
            cap.spans += [page.span(b.start, b.end) for b in u.blocks]
        else:
            if cur is None or pending_jump and cur.paragraphs:
                cur = Article()
                page.articles.append(cur)
                cur.flag("starts_mid_story")
                cur.decide("body before any headline: the story's start is not on this page", 0.3)
                if pending_jump:
                    set_jump(cur, pending_jump)
                    pending_jump = None
            alone, p = _ends_paragraph(cur, u, page.source.format, flat, full,
                                       _line_ends(tail, u, full, piece, measure)) if open_para else (True, 1.0)
            if not alone:
                last = cur.paragraphs[-1]
                last.text += u.text
                last.spans += _spans(page, u)
                cur.decide(f"joined fragment cut mid-sentence (P(paragraph end) {p:.2f}): "
                           f"…{last.text[-len(u.text) - 4:-len(u.text)]}|{u.text[:4]}…", 0.01 + p / 10)
            else:
                if p < 1.0:
                    cur.decide(f"paragraph ends without a stop (P {p:.2f}): …{cur.paragraphs[-1].text[-6:]}",
                               (1 - p) / 10)
                cur.paragraphs.append(_para(page, u))
            open_para = u.role == "body" and not ends_sentence(cur.paragraphs[-1].text) \
                and not rx("body", "valediction").match(cur.paragraphs[-1].text)    # 此致 / 敬礼！
            tail = u.blocks[-1].width
            piece = u.blocks[-1].width + (INDENT if alone else 0)
        i += 1
    _settle(page, waiting)
    return page


@dataclasses.dataclass
class _Waiting:
    """What a run of heading lines leaves for the next headline: the other kickers of a row of kickers
    (``kicker_row``), and a headline cut from the story it heads (``_sub_elsewhere``)."""
    kickers: list[tuple[Article, list[Unit]]] = dataclasses.field(default_factory=list)
    head: Article | None = None


def _take_top(page: Page, top: Article, art: Article) -> None:
    """``art`` takes the paragraphs of the headless story that opens the page: its own start, read first."""
    art.paragraphs[:0] = top.paragraphs
    art.captions[:0] = top.captions
    art.decide(f"took the page's opening text read before its headline ({len(top.paragraphs)} paragraph(s))", 0.2)
    page.articles.remove(top)


def _in_summary_box(art: Article) -> bool:
    """The story's last paragraphs are the stop-less summary lines under a box label (核心阅读): each line
    of such a box is a paragraph of its own."""
    for k in range(len(art.paragraphs) - 1, 0, -1):
        if rx("body", "label").match(art.paragraphs[k - 1].text):
            return True
        if ends_sentence(art.paragraphs[k - 1].text):
            return False
    return False


def _ends_paragraph(art: Article, u: Unit, fmt: str, flat: str, full: float | None,
                    ends: tuple[bool, bool, bool | None]) -> tuple[bool, float]:
    """Does the article's last paragraph, left without a stop, end before unit ``u``? Hard evidence first, else
    the trained model (breaks.py); the decision and its probability. A bulleted item (■ ……) is a paragraph
    of its own, and so are a letter's closing (敬礼！) and a figure called out alone (10.8万 / 40余起)."""
    last, after = art.paragraphs[-1].text, u.text
    if u.lead or rx("body", "bullet").match(after) or rx("body", "valediction").match(after) \
            or FIGURE.match(last) or FIGURE.match(after) \
            or _repeated(last, after, flat, full, ends) \
            or full is None and _in_summary_box(art) or _verse(last, after) or _quoted_line(last):
        return True, 1.0
    if in_quote(last, after) or titles_names(last, after) or ends_binding(last):
        return False, 0.0
    if full is not None and ends[0] and ends[1]:
        return True, 1.0        # in a line dump a last line short of the column's edge over an indented first line:
        #                         a sentence cut by a column break leaves its column's last line full
    if full is None and _summary_line(art, after):
        return True, 1.0
    return stands_alone(last, after, fmt, *ends)


def _summary_line(art: Article, after: str) -> bool:
    """In a markdown dump: a commentary's summary line set under its headline (导语), no lead cut at a column's
    foot: the story's paragraphs so far are one or two stop-less pieces, none a dated lead, the last a short one
    whose last word may end a paragraph, and the text after it opens like a paragraph. Not under a box's name
    (图片报道), where the text is a photo's caption."""
    paras, last = art.paragraphs, art.paragraphs[-1].text
    return len(paras) <= SUMMARY_LINES and len(last) <= SUMMARY_MAX \
        and art.headline is not None and not BOX_NAME.match(art.headline.text) \
        and all(len(p.spans) == 1 and not ends_sentence(p.text) and not is_lead(p.text) for p in paras) \
        and end_odds(last) > SUMMARY_END and start_odds(after) > SUMMARY_START


def _repeated(fragment: str, after: str, flat: str, full: float | None, ends: tuple[bool, bool, bool | None]
              ) -> bool:
    """A summary line or pull quote: a paragraph without a stop whose words are printed again in the page, not
    everywhere followed by the text after it here (a summary that quotes a column-cut fragment is) — in a line
    dump, only where its last line stops short of the column's edge."""
    if len(fragment) < REPEAT_MIN or full is not None and not ends[0]:
        return False
    times = flat.count(fragment)
    return times > 1 and flat.count(fragment + after[:4]) < times


def _quoted_line(text: str) -> bool:
    """A paragraph that is one quotation without a stop inside it (“……老街的烟火气”): a crosshead or pull quote."""
    return len(text) >= 8 and text[0] == "“" and text[-1] == "”" and text.count("“") == 1 \
        and not any(c in "。！？" for c in text)


def _verse(line: str, after: str) -> bool:
    """Two lines of verse (掌上乾坤尽畅游，/ 套取隐私竞伸手。): short lines of one length, each a line of its own."""
    return len(line) == len(after) <= VERSE_MAX and line[-1:] in "，、；" and after[-1:] in "，。！？；：、"


def _keep_crosshead(page: Page, cur: Article, run: list[Unit], p: float) -> bool:
    """Keep a run of heading lines in the story as crosshead paragraphs; whether the last one stays open."""
    fields = merge_wraps(run, markdown=page.column is None)
    if page.column is not None:
        fields = _filled_wraps(fields, page.column)
    for field in fields:                # a crosshead that wraps is one paragraph
        cur.paragraphs.append(_join(page, field))
    cur.decide(f"crosshead kept in the story: {run[0].text[:20]} (p={p:.2f})", 0.3 * (1 - p))
    # in a dated news story (which seldom has crossheads) a lone line with clause punctuation and no
    # sentence end is prose cut at a column's foot
    last = run[-1].text
    return (len(run) == 1 and not ends_sentence(last) and ("，" in last or "、" in last)
            and is_lead(cur.paragraphs[0].text))


def _filled_wraps(fields: list[list[Unit]], full: float) -> list[list[Unit]]:
    """In a line dump: a crosshead's field that does not end a sentence and whose last line fills its room goes
    on in the next field (a crosshead set in the column as a paragraph, wrapped over two lines)."""
    out = [fields[0]]
    for f in fields[1:]:
        if not ends_sentence(text_of(out[-1])) and fills_room(out[-1], f[0].blocks[0], full):
            out[-1] = out[-1] + f
        else:
            out.append(f)
    return out


def _open_run(page: Page, run: list[Unit], units: list[Unit], j: int, coh: Cohesion, full: float | None,
              route: dict[int, Article], waiting: _Waiting) -> Article:
    """Open the articles a run of heading lines heads; the one the following body belongs to is returned,
    the others of a row of stories are routed to where their bodies start. A lone headline takes the next
    kicker waiting from a row of kickers set over an earlier headline (``kicker_row``) or closing an earlier
    run (``trailing_kicker``), or becomes the subheadline of a headline waiting for its story (``_takes_head``)."""
    fields = merge_wraps(run, lines=full is not None)
    groups = _sub_to_first(split_groups(fields), units, j, coh)
    row = _row(fields, units, j, coh) if len(groups) == 1 and len(fields) > 1 or _kicker_row(groups) else None
    if row:
        _settle(page, waiting)
        waiting.head = None
        for start, named in row:
            route[start] = _open(page, named)
            route[start].decide(f"one of a row of {len(row)} headlines whose bodies follow them", 0.1)
            page.articles.append(route[start])
        return route.pop(row[0][0])
    after = "".join(u.text for u in _text_after(units, j))
    for g, group in enumerate(groups):
        group, spare = kicker_row(group, lambda t: coh.coverage(t, after), _kicker_row(groups))
        if g == len(groups) - 1 and not spare:
            group, spare = trailing_kicker(group)
        named = name_fields(group, lines=full is not None)
        if parted := _tagged_kicker(named, after, coh):
            named, other = parted
            page.articles.append(_open(page, other))
        if waiting.kickers and len(group) == 1:
            origin, named["kicker"] = waiting.kickers.pop(0)
            origin.decide(f"a kicker of its row went to the next headline: {text_of(named['kicker'])[:16]}", 0.2)
        else:
            _settle(page, waiting)
        head, waiting.head = waiting.head, None
        if head is not None and len(group) == 1 and _takes_head(head, group, units, j, coh):
            page.articles.remove(head)
            art = Article(headline=head.headline, subheadline=_field(page, named["headline"]))
            art.decide(f"the headline read before its run is this story's: {head.headline.text[:16]}", 0.2)
        else:
            if full is None and _sub_elsewhere(named, units, j, coh):
                waiting.head = _open(page, {"headline": named.pop("subheadline")})
                page.articles.append(waiting.head)
            art = _open(page, named)
        waiting.kickers.extend((art, f) for f in spare)
        page.articles.append(art)
    return art


def _tagged_kicker(named: dict[str, list[Unit]], text: str, coh: Cohesion
                   ) -> tuple[dict[str, list[Unit]], dict[str, list[Unit]]] | None:
    """A field named kicker that ends in a column tag (……（青川观察）) is the title of a story of its own, read by
    XY-cut just before another story's headline: a kicker never carries a tag. It heads the text under the run
    when that text echoes it more than the headline; else it is parted only when the headline carries a tag
    too (two titles), for an untagged headline may be a summary line under it. The fields that head the text
    and the other fields, or None."""
    kicker = named.get("kicker")
    if not kicker or not _TAG_END.search(text_of(kicker)) or text_of(kicker).startswith(("（", "(")):
        return None
    head = text_of(named["headline"])
    rest = {k: v for k, v in named.items() if k != "kicker"}
    if coh.coverage(text_of(kicker), text) > coh.coverage(head, text):
        return {"headline": kicker}, rest
    return (rest, {"headline": kicker}) if _TAG_END.search(head) else None


def _sub_elsewhere(named: dict[str, list[Unit]], units: list[Unit], j: int, coh: Cohesion) -> bool:
    """XY-cut reads two headlines set side by side one after the other, then the first one's story: the second
    reads as the first one's subheadline. In a markdown dump, a subheadline (without dash or bracket) that the
    text after the run does not speak of while that text speaks of the headline is another story's headline."""
    sub = named.get("subheadline")
    if not sub or sub[0].text.startswith(("——", "（", "(")):
        return False
    text = "".join(u.text for u in _text_after(units, j))
    return coh.coverage(text_of(sub), text) < SUB_ECHO and coh.coverage(text_of(named["headline"]), text) >= ROW_COVER


def _takes_head(head: Article, group: list[list[Unit]], units: list[Unit], j: int, coh: Cohesion) -> bool:
    """The next run after a headline cut from its story (``_sub_elsewhere``) is one unmarked line, longer than
    that headline, over text that speaks of it: that line is the headline's subheadline and the text its story
    (青川规范夜市管理 … 拟通过划定摊位与时段整治占道经营 / 本报讯……夜市……)."""
    line = text_of(group[0])
    text = "".join(u.text for u in _text_after(units, j))
    return not group[0][0].level and len(line) > len(head.headline.text) \
        and coh.coverage(head.headline.text, text) >= HEAD_ECHO


def _settle(page: Page, waiting: _Waiting) -> None:
    """Kickers of a row that no next headline took: they stay over the story they came with, as its section."""
    for art, units in waiting.kickers:
        field = _field(page, units)
        if art.section is None:
            art.section = field
        else:
            art.section.text += field.text
            art.section.spans += field.spans
    waiting.kickers.clear()


def _sub_to_first(groups: list[list[list[Unit]]], units: list[Unit], j: int, coh: Cohesion
                  ) -> list[list[list[Unit]]]:
    """Two stories side by side, as XY-cut sets them: both headlines, then the ——subheadline, then the body of
    the first column. When the body after the run echoes the first headline more than the second, the
    subheadline set over it is the first story's (青川启动清水河流域综合治理 / 老街书房迎来周末读者 /
    ——三年行动计划投资四十二亿元 / 本报讯……清水河流域综合治理三年行动启动会……)."""
    if len(groups) != 2 or len(groups[0]) != 1 or len(groups[1]) != 2 or not text_of(groups[1][1]).startswith("——"):
        return groups
    body = "".join(u.text for u in _body_after(units, j, 8))
    if body and coh.coverage(text_of(groups[0][0]), body) > coh.coverage(text_of(groups[1][0]), body):
        return [groups[0] + [groups[1][1]], [groups[1][0]]]
    return groups


def _kicker_row(groups: list[list[list[Unit]]]) -> bool:
    """Side-by-side stories each with a kicker, as XY-cut sets them: both kickers, then both headlines."""
    return len(groups) == 2 and len(groups[0]) == 3 and len(groups[1]) == 1 and groups[1][0][0].level > 0 \
        and not groups[0][1][0].level and groups[0][2][0].level == groups[1][0][0].level


def _row(fields: list[list[Unit]], units: list[Unit], j: int, coh: Cohesion):
    """Headlines set side by side reach a converter as one run of lines with the stories' bodies after them.
    When the body after a run opens with a dateline and holds several, each dated segment is a story: it takes
    the field of the run whose words it echoes best (one field per story) and each other field that speaks of
    it most, and its fields are named as any headline group's (a marked field is its headline). Returns
    [(start unit, fields by name)] in body order, or None."""
    starts, k = [], j
    while k < len(units) and units[k].role != "heading":
        if units[k].role == "body" and opens_with_dateline(units[k].text) or \
                units[k].role == "label" and rx("body", "label").match(units[k].text) or \
                k > j and closing_note(units[k - 1].text) and units[k].role == "body" or \
                k == j + 2 and _photo_after(units, j) and units[k].role == "body":
            starts.append(k)        # a dateline, a box label that opens a story (核心阅读), the text after a
            #                         story's closing note (（本报某地电）) or after a photo right under the run
        k += 1
    if starts and starts[0] != j and (any(k > j and closing_note(units[k - 1].text) for k in starts)
                                      or starts[0] == j + 2 and _photo_after(units, j)):
        starts.insert(0, j)         # a story without a dateline, closed by its note before the next one; a photo
    if len(starts) < 2 or starts[0] != j or len(fields) < len(starts) or len(fields) > 6:
        return None
    bounds = starts + [k]
    segments = ["".join(u.text for u in units[a:b]) for a, b in zip(bounds, bounds[1:])]
    photo = [units[b - 1].role == "credit" for b in bounds[1:]]     # a photo's title (图片报道) may echo no text
    heads = [text_of(f) for f in fields]
    aff = [[coh.coverage(h, s) for s in segments] for h in heads]
    best, choice = 0.0, None
    marked = [f for f in range(len(fields)) if fields[f][0].level]
    candidates = marked if len(marked) >= len(segments) else range(len(fields))    # marks name headlines
    for pick in permutations(candidates, len(segments)):
        score = sum(aff[f][m] for m, f in enumerate(pick))
        if score > best and all(aff[f][m] >= ROW_COVER or photo[m] and max(aff[f]) < ROW_COVER
                                for m, f in enumerate(pick)):
            best, choice = score, pick
    if choice is None:
        return None
    members: dict[int, list[int]] = {f: [f] for f in choice}
    for f in range(len(fields)):
        if f not in members:
            members[choice[max(range(len(segments)), key=lambda m: aff[f][m])]].append(f)  # the story it speaks of
    return [(starts[m], name_fields([fields[g] for g in sorted(members[f])])) for m, f in enumerate(choice)]


def _text_after(units: list[Unit], j: int, limit: int = 12) -> list[Unit]:
    """The units after a run of heading lines up to the next heading (box labels and captions included)."""
    out = []
    for u in units[j:j + limit]:
        if u.role == "heading":
            break
        out.append(u)
    return out


def _body_after(units: list[Unit], j: int, limit: int = 4) -> list[Unit]:
    out = []
    if j < len(units) and reporter_line(units[j]):
        j += 1                  # the text under a reporter's line
    for u in units[j:j + limit]:
        if u.role != "body":
            break
        out.append(u)
    return out


def _photo_after(units: list[Unit], j: int) -> bool:
    """The text after a run of heading lines is a picture's caption closed by its photographer's credit on a
    line of its own (……。 / 本报记者 林小舟摄): the run is a photo story's title, not a crosshead."""
    return j + 1 < len(units) and units[j].role == "body" and units[j + 1].role == "credit" \
        and ends_sentence(units[j].text) and bool(rx("photo", "credit").match(units[j + 1].text))


def _before_lead(units: list[Unit], i: int) -> bool:
    """The heading lines from ``i`` on are followed by a story's lead (so they are its headline)."""
    j = i
    while j < len(units) and units[j].role == "heading":
        j += 1
    return j < len(units) and units[j].lead


def _spans_columns(units: list[Unit], i: int) -> bool:
    """In a line dump: the unit at ``i`` is wider than the column of the text before it, so it cannot go on
    with that text's sentence."""
    return units[i].wide and i > 0 and not units[i - 1].wide


def _kicker_over(units: list[Unit], i: int) -> bool:
    """The unit at ``i`` ends in a dash right above a marked headline: its kicker, even where the text before
    it was cut mid-sentence."""
    return i + 1 < len(units) and kicker_over(units[i].text, units[i + 1])


def _continued_from(text: str) -> bool:
    m = rx("jump", "marker").search(text)
    return bool(m) and (m.group("dir") or m.group("dir2") or "") in ("上接", "接", "接上")


def _line_ends(tail: float, u: Unit, full: float | None, piece: float, measure: int | None
               ) -> tuple[bool, bool, bool | None]:
    """In a line dump: did the last body line stop short of the column's edge, and is ``u``'s first line
    indented (shorter than the column though more lines follow)? In a markdown dump: does the last body
    unit fill whole lines of a column of the reckoned measure (None when the measure is unknown)?"""
    if full is None:
        return False, False, fills_lines(piece, measure) if measure else None
    return tail < full - INDENT_HI, len(u.blocks) > 1 and u.blocks[0].width < full - INDENT_HI, None


def _stopless_pieces(units: list[Unit]) -> list[float]:
    """The widths, first line's indent included, of the body units of a markdown dump that end without a
    stop (a unit after one cut mid-sentence goes on with it, unindented)."""
    out, cut = [], False
    for u in units:
        if u.role != "body":
            cut = False
            continue
        stopless = not ends_sentence(u.text)
        if stopless and len(u.text) >= 6:
            out.append(u.blocks[0].width + (0 if cut else INDENT))
        cut = stopless
    return out


def _photo_report(units: list[Unit], i: int) -> bool:
    """The caption at ``i`` is credited as a photo report (……摄影报道): it and its credit are the story's text."""
    return i + 1 < len(units) and units[i + 1].role == "credit" and units[i + 1].text.rstrip().endswith(PHOTO_REPORT)


def _photo_story(art: Article) -> bool:
    """A headline over a photo: no body yet, or one short line that is no story's lead."""
    return art.headline is not None and (not art.paragraphs or len(art.paragraphs) == 1 and
                                         len(art.paragraphs[0].text) < 150 and not is_lead(art.paragraphs[0].text))


def _open(page: Page, named: dict[str, list[Unit]]) -> Article:
    """An article from its named headline fields (section, kicker, headline, subheadline)."""
    art = Article()
    lead_in = named.get("subheadline")
    if lead_in and not text_of(lead_in).startswith("——") and (text_of(lead_in).endswith("——")
                                                             or BOX_NAME.match(text_of(named["headline"]))):
        named = {k: v for k, v in named.items() if k != "subheadline"}
        art.paragraphs.append(_join(page, lead_in))     # 2018年某市—— over a figure: the body's first line; the
        #                                                 title of a box's first item under the box's name
    elif lead_in and _part_byline(lead_in):
        named = {k: v for k, v in named.items() if k != "subheadline"}
        art.paragraphs += [_join(page, lead_in[:-1]), _join(page, lead_in[-1:])]
    for name, us in named.items():
        setattr(art, name, _field(page, us))
    head = named["headline"]
    if set(named) <= {"headline", "section"} and len(head) == 1 and len(head[0].blocks) == 1 \
            and (parts := split_line(head[0].text)):
        a, b, which = parts
        blk = head[0].blocks[0]
        cut = page.norm.index(b, blk.ts + len(a))
        first = Field(a, [page.span(blk.start, cut)])
        second = Field(b, [page.span(cut, blk.end)])
        if which == "kicker":
            art.kicker, art.headline = first, second
        else:
            art.headline, art.subheadline = first, second
        art.decide(f"heading line split into {which} and headline", 0.1)
    if art.subheadline and art.subheadline.text.startswith("——"):
        art.subheadline.text = art.subheadline.text.lstrip("—")
    return art


def _field(page: Page, units: list[Unit]) -> Field:
    return Field("".join(u.text for u in units), [page.span(b.start, b.end) for u in units for b in u.blocks])


def _spans(page: Page, u: Unit):
    return [page.span(b.ts, b.te) if not b.level else page.span(b.start, b.end) for b in u.blocks]


def _para(page: Page, u: Unit) -> Paragraph:
    return Paragraph(u.text, _spans(page, u))


def _part_byline(lead_in: list[Unit]) -> bool:
    """Lines under a headline closing on a reporter's line alone (临江夜市重开 / 本报记者 王 朗): the title and
    byline of a package's first report, which open the body; a subheadline is not signed apart."""
    line = PADDED_NAME.sub("", lead_in[-1].text)
    return len(lead_in) >= 2 and not lead_in[0].text.startswith("——") \
        and bool(rx("byline", "reporter_line").match(line))


def _join(page: Page, units: list[Unit]) -> Paragraph:
    return Paragraph("".join(u.text for u in units), [s for u in units for s in _spans(page, u)])


def _item(page: Page, u: Unit, kind: str) -> Item:
    return Item(kind, u.text, [page.span(b.start, b.end) for b in u.blocks])


def _caption(page: Page, u: Unit) -> Caption:
    text = u.text
    m = rx("photo", "credit").search(text)
    spans = [page.span(b.start, b.end) for b in u.blocks]
    if m and m.start() > 0:
        return Caption(text[:m.start()].rstrip(), m.group("credit").strip(), spans)
    return Caption(text, None, spans)
