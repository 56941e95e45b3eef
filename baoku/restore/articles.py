"""Group units into articles in reading order.

A run of heading units opens new articles (runs.py) unless the crosshead model (crosshead.py) keeps it in the
story as a crosshead (小标题). Body units join the paragraph before them when that paragraph was cut
mid-sentence; captions go to their story, or stand alone as photos.
"""
from __future__ import annotations

import re

from ..model import Article, Block, Field, Item, Page, Paragraph, Unit
from ..patterns import rx
from .blocks import INDENT, INDENT_HI
from .breaks import TRIM, column_measure, fills_lines, stands_alone, trimmed_pairs, wraps_at_edge
from .cohesion import Cohesion
from .crosshead import editors_signature, is_box_name, is_crosshead, led_in_part, like_earlier, opens_series, \
    reporter_line
from .headings import COLUMN_TAG, KICKER_END, couplet, merge_wraps, photo_title, plain, short_title, tag_closed, \
    text_of
from .flags import set_jump
from .pieces import caption_of, cut_in_two, field_of, item_of, joined, paragraph_of, spans_of
from .punct import (CLOSE, attributes_quote, end_odds, ends_binding, ends_sentence, in_quote, splits_word, start_odds,
                    titles_names)
from .roles import (DATE_MAX, FULL_DATE, INTERVIEW_TURNS, KICKER_LEN, MARKUP, TITLE_MAX, has_address, interrupts,
                    is_box_label, is_bullet, is_figure, is_lead, is_valediction, kicker_over, lone_mark,
                    opens_with_dateline, over_title)
from .reattach import DATED_OPEN, MIN_COVER, best_suffix, heading, numbered_sub, photo_feature, silent_before
from .runs import HEAD_ECHO, SUB_ECHO, Waiting, body_after, bracket_end, caption_after, open_article, open_run, \
    settle, text_after
from .units import fills_room, last_line_short

CAPTION_COHESION = 0.03         # a caption sharing less than this with the story is a standalone photo
VERSE_MAX = 10                  # characters of a line of verse, with its stop
REPEAT_MIN = 16                 # characters of a stop-less paragraph printed again in the page: a summary line
PHOTO_REPORT = "摄影报道"        # a credit's last words when the photos and their captions are the report
SUMMARY_LINES = 2               # stop-less summary lines a story may open with, under its headline
SUMMARY_MAX = 90                # characters of such a line
SUMMARY_END = -1.5              # end-odds above which its last word may end a paragraph
SUMMARY_START = 0.5             # start-odds above which the text after it opens a paragraph
DECK_MIN, DECK_MAX = 6, 40      # characters of a crosshead's deck: a stop-less line set right under it
DECK_STOPS = "。！？…；"         # marks a deck never holds
YEAR_OPEN = re.compile(r"\d{4}年")      # a text opening on a year
LINE_SERIES_P = 0.25            # P(paragraph end) above which a line of a series of stop-less lines ends its paragraph
ADDRESS_HEAD = 16               # characters of a line within which the address it opens with is found
LONG_SUB = 42                   # characters beyond which an unmarked line is no heading by its length (headingish)
LONG_SUB_STOPS = "，。；！？：,;!?:"    # marks that a long subheadline never holds
SUMMARY_CLAUSE = "，；"          # marks of which a summary subheadline over a dated lead holds one
SUMMARY_PARAS = 2             # paragraphs of a summary subheadline over a dated lead (a deck broken into its lines)
PART_PARAGRAPHS = 3             # paragraphs of a story's part that XY-cut may read before the story's title
SURE_CROSSHEAD = 0.9            # P(crosshead) from which a markdown crosshead with a comma is no prose cut


class _Reading:
    """Where reading a page's units in order stands: the story the text goes to, whether its last paragraph was
    cut mid-sentence, and what the runs of heading lines read so far left for the units after them."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.units = page.units
        self.coh = Cohesion([u.text for u in self.units])
        page.bigrams = self.coh.bigrams           # numbered once for the page: the reattachment weighs with them too
        self.flat = self.coh.bigrams.text         # the units' text joined (once, for the bigrams)
        self.full = page.column
        self.measure = column_measure(_stopless_pieces(self.units)) if self.full is None else None
        self.cur: Article | None = None
        self.open_para = False              # the current article's last paragraph was cut mid-sentence
        self.crossheads: list[str] = []     # the current article's crossheads so far
        self.pending_jump: str | None = None
        self.route: dict[int, Article] = {}     # body units where a story of a row of headlines starts
        self.waiting = Waiting()                # fields a run left for the headlines read after it
        self.opened: dict[int, list[Unit]] = {}     # the run of heading units that opened each article (by its id)
        self.tail: Block | None = None  # the last line of body text placed
        self.piece = 0.0                # in a markdown dump: the width of the last body unit placed, indent included
        self.plain: Article | None = None   # the last article opened by a run of unmarked heading lines
        self.cut_start: Paragraph | None = None     # a kicker's first line, cut at a comma, read in a row of kickers
        self.decks = Decks()
        self.photo: tuple[Article, Article] | None = None   # a photo story read inside a story's text, that story


def group_articles(page: Page) -> Page:
    """Group the page's units into articles in reading order: furniture and markup set aside, each run of heading
    lines opening stories or kept as a crosshead, body text joined to its story's paragraphs, captions and credits
    to their story or the page's photos; then the stories settled."""
    page.articles = []
    r = _Reading(page)
    units = r.units
    i = 0
    while i < len(units):
        u = units[i]
        if i in r.route:
            r.cur, r.open_para, r.crossheads = r.route.pop(i), False, []
        if u.role in ("page_header", "editor"):
            page.furniture.append(item_of(page, u, u.role))
        elif u.role.startswith("markup:"):
            page.dropped.append(item_of(page, u, MARKUP[u.role.partition(":")[2]]))
        elif u.role == "jump":
            _place_jump(r, u)
        elif u.role == "heading" and (art := bracket_end(page, u)):
            _place_wrapped_end(r, art)
        elif u.role == "heading" and _title_in_own_text(r, i):
            _place_title_in_text(r, u)
        elif _title_under_kicker_row(r, i):
            _place_title_under_row(r, u)
        elif u.role == "heading" and not _continues_cut(r, i):
            i = _place_run(r, i)
            continue
        elif _photo_title_in_text(r, i):
            _open_photo(r, u)
        elif u.role == "caption":
            _place_caption(r, i)
        elif u.role == "credit" and r.cur is not None and r.cur.captions and r.cur.captions[-1].credit is None:
            cap = r.cur.captions[-1]
            cap.credit = u.text
            cap.spans += [page.span(b.start, b.end) for b in u.blocks]
        else:
            _place_body(r, u)
        i += 1
    _settle_page(r)
    return page


def _place_jump(r: _Reading, u: Unit) -> None:
    """A jump marker: 下转 closes the story above; 上接 under a headline opens it; （上接第一版） before a story
    applies to the story after it. It closes the paragraph cut before it."""
    r.page.furniture.append(item_of(r.page, u, "jump"))
    if r.cur is not None and (not _continued_from(u.text) or not r.cur.paragraphs):
        set_jump(r.cur, u.text)
    else:
        r.pending_jump = u.text
    r.open_para = False


def _place_wrapped_end(r: _Reading, art: Article) -> None:
    """A title's wrapped end read apart, down the column (``bracket_end``): its text follows, and the paragraph it
    cut goes on under that title."""
    if r.open_para and r.cur is not None and r.cur is not art:
        art.paragraphs.append(r.cur.paragraphs.pop())
        _take_column_before(r.cur, art, r.coh)
    r.cur, r.crossheads = art, []


def _title_in_own_text(r: _Reading, i: int) -> bool:
    """The one unmarked heading line at ``i``, two phrases of one length set apart by a space (``couplet``), is read
    inside a sentence cut at a column's foot (``interrupts``) of a titled story: the title of the text around it,
    set in its own story's columns, whose first column XY-cut read before it, on after the story above; never
    that sentence's words (prose sets no space between phrases)."""
    units, cur = r.units, r.cur
    return r.open_para and cur is not None and cur.headline is not None and bool(cur.paragraphs) \
        and not units[i].level and couplet(units[i].text) and 0 < i < len(units) - 1 and units[i + 1].role == "body" \
        and interrupts(cur.paragraphs[-1].text, units[i].text, units[i + 1].text)


def _place_title_in_text(r: _Reading, u: Unit) -> None:
    """A title read inside its own story's cut sentence opens that story, which takes the cut paragraph and the
    paragraphs of the story above before it that echo it and not their own title (``_take_column_before``); the
    sentence goes on under it."""
    prev = r.cur
    art = open_article(r.page, {"headline": [u]})
    r.page.articles.append(art)
    art.paragraphs.append(prev.paragraphs.pop())
    _take_column_before(prev, art, r.coh)
    art.decide(f"a title read inside its own story's cut sentence: {u.text[:16]}", 0.2)
    r.cur, r.crossheads = art, []


def _title_under_kicker_row(r: _Reading, i: int) -> bool:
    """In a markdown dump, an unmarked title-shaped line (``TITLE_MAX``, no clause mark, no stop) read inside the
    cut sentence of a story whose kicker and headline both end on a dash: the two are a row of kickers (no title
    ends so, ``reattach._dashed_kicker_row``), and the line is the first one's title, set centred over its story's
    columns, which XY-cut read after the first column it does not cover. Train: 2 such lines on 2 pages, both so
    (md-xycut; check 1, right; dev none)."""
    units, cur, u = r.units, r.cur, r.units[i]
    return r.full is None and r.open_para and cur is not None and cur.kicker is not None \
        and cur.headline is not None and cur.subheadline is None and cur.kicker.text.endswith("——") \
        and cur.headline.text.endswith("——") and u.role in ("heading", "body") and not u.level \
        and len(u.text) <= TITLE_MAX and not any(c in u.text for c in "，。、；：") and not ends_sentence(u.text) \
        and i + 1 < len(units) and units[i + 1].role == "body" and not units[i + 1].lead \
        and bool(_headline_units(r, cur))


def _headline_units(r: _Reading, art: Article) -> list[Unit]:
    """The units of the run that opened the article that make its headline."""
    return [h for h in r.opened.get(id(art), []) if any(r.page.span(b.start, b.end) in art.headline.spans
                                                        for b in h.blocks)]


def _place_title_under_row(r: _Reading, u: Unit) -> None:
    """The line is the story's headline; the second kicker of the row waits for the next headline (``kicker_row``)
    and the cut sentence goes on under the line."""
    cur = r.cur
    r.waiting.kickers.append((cur, _headline_units(r, cur)))
    cur.headline = field_of(r.page, [u])
    cur.decide(f"a title read inside its cut text under a row of dashed kickers: {u.text[:16]}", 0.2)


def _continues_cut(r: _Reading, i: int) -> bool:
    """An unmarked heading line read while the story's paragraph is cut mid-sentence, with nothing making it a
    title (no span over columns, no lead, kicker, interruption, photo, note or tag): the cut paragraph's next line,
    placed as body text."""
    units, cur, u = r.units, r.cur, r.units[i]
    return r.open_para and cur is not None and not u.level and not _spans_columns(units, i) \
        and not _before_lead(units, i) and not _kicker_over(units, i, r.full is None) \
        and not _interrupting(r.page, cur, units, i) and not photo_title([u]) \
        and not (r.full is None and _noted_title(cur, units, i)) and not _tagged_title_in_cut(cur, units, i) \
        and not (r.full is None and _over_dashed_sub(units, i))


def _place_run(r: _Reading, i: int) -> int:
    """The run of heading units from ``i``: a paragraph's first line cut over it goes to the story first; the run
    is kept as the story's crosshead or opens stories. The index after the run."""
    units, u, cur = r.units, r.units[i], r.cur
    j = i
    while j < len(units) and units[j].role == "heading":
        j += 1
    if r.full is None and cur is not None and cur.paragraphs and _cut_paragraph_head(units, i, j, r.coh):
        cur.paragraphs.append(paragraph_of(r.page, u))
        cur.decide(f"a paragraph's first line cut over a title its text does not echo: {u.text[:16]}", 0.2)
        i += 1
    run = units[i:j]
    crosshead, p = _crosshead_odds(r, run, i, j)
    if crosshead:
        nxt = units[j] if j < len(units) else None
        if r.full is not None and _titled_first_part(cur, nxt):
            _package_title(cur)
        if led_in_part(run, nxt, cur, r.full):
            r.crossheads = []       # a package's part led in by a dash: the crossheads after it are its own
        else:
            r.crossheads.append("".join([h.text for h in run]))
        kept = len(cur.paragraphs)
        r.open_para = _keep_crosshead(r.page, cur, run, p) or _cut_heading_line(r, nxt)
        r.decks.heads.update((id(h), h) for h in cur.paragraphs[kept:])
    else:
        _open_heading_run(r, run, u, j)
    return j


def _titled_first_part(cur: Article, nxt: Unit | None) -> bool:
    """In a line dump, a run kept over a reporter's line, a package's next part, in a story whose kicker and headline
    stand over a reporter's line of their own (its first paragraph): the kicker is the package's title and the fields
    under it the first part's (青川新春走基层 / 老街夜市重开 / 摊主笑迎八方客 / 本报记者 林小舟 / …… / 城市书房 / 本报记者
    韩亦舒). Fires on 3 train pages, each such a package (its headline mended), on no dev or check page."""
    return nxt is not None and reporter_line(nxt) and cur.kicker is not None and cur.headline is not None \
        and bool(cur.paragraphs) and bool(rx("byline", "reporter_line").match(cur.paragraphs[0].text))


def _package_title(cur: Article) -> None:
    """The story's kicker becomes its headline; its headline and subheadline, the first part's title, open its
    body."""
    part = [f.as_paragraph() for f in (cur.headline, cur.subheadline) if f is not None]
    cur.headline, cur.kicker, cur.subheadline = cur.kicker, None, None
    cur.paragraphs[:0] = part
    cur.decide(f"a package's title over its first part's: {cur.headline.text[:16]}", 0.2)


def _crosshead_odds(r: _Reading, run: list[Unit], i: int, j: int) -> tuple[bool, float]:
    """Whether the run is a crosshead of the story it is read in (``is_crosshead``, or a series of them opening, or
    one of a series each led in by a place or a label, ``_lead_in_series``, or one shaped as the story's earlier ones,
    ``like_earlier``), not a headline a row's kicker waits for, nor a run opened by a photo story's standing title
    (图片报道: 218 titles in the corpus, no paragraph); and the crosshead model's P(crosshead)."""
    units, cur, full = r.units, r.cur, r.full
    if cur is not None and cur.paragraphs and _closes_page(run, units, j):
        return True, 1.0
    nxt = units[j] if j < len(units) else None
    crosshead, p = (is_crosshead(run, nxt, cur, body_after(units, j), r.crossheads, r.coh, full)
                    if cur is not None and cur.paragraphs and not caption_after(units, j)
                    and not _under_credit(units, i, j) and not _interrupting(r.page, cur, units, i)
                    and not photo_title(run[:1])
                    else (False, 0.0))
    if not crosshead and p < 1 and cur is not None and cur.paragraphs \
            and _lead_in_series(run, units, j, r.crossheads, full is None):
        crosshead, p = True, 1.0
    elif not crosshead and full is not None and 0 < p < 1:
        crosshead = opens_series(run, _next_run(units, j), r.crossheads, p)
    elif not crosshead and full is None and 0 < p < 1 and cur.kicker is None:
        crosshead = _opens_even_series(run, units, j, r.crossheads, p)
    if not crosshead and 0 < p < 1:
        crosshead = like_earlier(run, r.crossheads, p)
    if crosshead and full is None and (_kicker_waits(r.waiting, cur, run, units, j, r.coh)
                                       or _unsure_first(cur, run, r.crossheads, p)):
        crosshead = False
    return crosshead, p


def _closes_page(run: list[Unit], units: list[Unit], j: int) -> bool:
    """One unmarked heading line with no text after it on the page (furniture and markup aside): it heads no
    story, so it closes the story before it (a column's label under a photo's caption, a quoted line, a credit)."""
    return len(run) == 1 and not run[0].level and all(
        u.role in ("page_header", "editor") or u.role.startswith("markup:") for u in units[j:])


UNSURE_CROSSHEAD = 0.8          # P(crosshead) under which a dated report's first crosshead is another story's title
SHORT_HEAD = 8                  # characters of a short line (a name, a label), which may be a crosshead still


def _unsure_first(cur: Article, run: list[Unit], earlier: list[str], p: float) -> bool:
    """In a markdown dump, a single heading line longer than ``SHORT_HEAD`` that would be the first crosshead of a
    dated report (本报青川5月2日电……), the crosshead model unsure of it (``UNSURE_CROSSHEAD``): a news report seldom
    has crossheads, so the line is the title of the next story, read on after the report's end."""
    return len(run) == 1 and not earlier and len(run[0].text) > SHORT_HEAD and p < UNSURE_CROSSHEAD \
        and is_lead(cur.paragraphs[0].text)


def _open_heading_run(r: _Reading, run: list[Unit], u: Unit, j: int) -> None:
    """The run opens stories (``open_run``); the text under it may go on with a first column XY-cut read before
    it (``_first_column``), or with the text after an editor's note, and a row of kickers cut at a comma is
    pieced together."""
    page, units, full, cur = r.page, r.units, r.full, r.cur
    r.crossheads, before = [], r.crossheads
    part = full is None and cur is not None and cur is r.plain and _part_before_title(page, cur, run)
    top = _first_column(r, u, part)
    noted, prev = (_after_editors_note(cur, run) if full is None and r.open_para and top is None else 0), cur
    cut_row = full is None and r.open_para and top is None and cur is not None \
        and _comma_cut_row(page, cur, u, r.opened.get(id(cur)), units, j)
    cur = r.cur = open_run(page, run, units, j, r.coh, full, r.route, r.waiting)
    r.opened[id(cur)] = run
    if cut_row:
        r.cut_start = _part_row(page, prev, cur, r.opened.get(id(prev), []), r.waiting)
    elif r.cut_start is not None and _ends_kicker(cur, run, r.cut_start):
        r.cut_start = None
    r.plain = None if any(h.level for h in run) else cur
    if r.pending_jump:
        set_jump(cur, r.pending_jump)
        r.pending_jump = None
    first = top
    if noted and prev is not cur:   # the text after an editor's note: the tagged title's first column
        cur.paragraphs[:0], prev.paragraphs[noted:] = prev.paragraphs[noted:], []
        cur.decide(f"took its first column read after an editor's note ({len(cur.paragraphs)})", 0.2)
        first = cur
    r.open_para = first is not None and j < len(units) and units[j].role == "body" and not units[j].lead \
        and not _ends_paragraph(r, first, units[j])[0]
    if r.open_para and part and _wrapped_title(r.opened.get(id(top), [])):
        _lend_part(top, cur)
    elif r.open_para and top is not None:
        _take_first_column(r, top, part, before)


def _first_column(r: _Reading, u: Unit, part: bool) -> Article | None:
    """XY-cut may read a story's first column (prose, cut mid-sentence) before its headline: the headless text
    opening the page, a story headed by kickers alone, or a part under a line that seemed to head it
    (``part``). That story, or None."""
    cur = r.cur
    return cur if r.open_para and cur is not None and (
        (cur.headline is None and r.page.articles[0] is cur or _kicker_alone(cur)
         or _kicker_row_alone(r.page, cur, u, r.opened.get(id(cur))))
        and any(ends_sentence(p.text) for p in cur.paragraphs) or part) else None


def _take_first_column(r: _Reading, top: Article, part: bool, before: list[str]) -> None:
    """The text under the headline goes on with the cut sentence of the first column read before it: the story
    takes that column and its crossheads; kickers left over from a row wait for the next headline."""
    cur = r.cur
    if part:
        _untitle(top, cur)
        _take_before_part(r.page, top, cur, r.coh)
    used = _take_top(r.page, top, cur)
    r.crossheads = before
    if rest := _left_over(r.page, top, r.opened.get(id(top), []), used):
        r.waiting.kickers.append((cur, rest))


def _place_caption(r: _Reading, i: int) -> None:
    """A caption is the text of a photo story, report or feature, a caption of its story when the story's text
    speaks of it (``CAPTION_COHESION``), else a standalone photo."""
    page, u, cur = r.page, r.units[i], r.cur
    if cur is not None and (_photo_story(cur) or _photo_report(r.units, i) or _photo_feature(cur, r.units, i)):
        cur.paragraphs.append(paragraph_of(page, u))
        r.open_para = False
        return
    cap = caption_of(page, u)
    story = "".join([p.text for p in cur.paragraphs]) if cur is not None else ""
    if cur is None or r.coh.similarity(cap.text, story) < CAPTION_COHESION:
        page.photos.append(Item("photo", cap.text, cap.spans, cap.credit))
    else:
        cur.captions.append(cap)


def _place_body(r: _Reading, u: Unit) -> None:
    """A unit of body text joins the story's last paragraph when that was cut mid-sentence and the break model
    does not end it there (``_ends_paragraph``), else opens a paragraph of its own."""
    page, full = r.page, r.full
    if r.cur is None or r.pending_jump and r.cur.paragraphs:
        _open_mid_story(r)
    if (host := _photo_story_host(r)) is not None:
        r.cur, r.open_para, r.crossheads = host, True, []
        host.decide("its sentence cut before a photo story goes on after that story's credit", 0.2)
    cur = r.cur
    if _numbered_sub(r, u):
        return
    alone, p = _ends_paragraph(r, cur, u) if r.open_para else (True, 1.0)
    if cur.paragraphs and (_goes_on(cur.paragraphs[-1].text, u.text)
                           or _set_vertically(cur.paragraphs[-1], u.text)):
        alone, p = False, 0.0
    elif r.open_para and full is None and not alone and _in_line_series(cur, u.text, p):
        alone = True
    if not alone:
        last = cur.paragraphs[-1]
        r.decks.note(cur, u.text)
        last.text += u.text
        last.spans += spans_of(page, u)
        cur.decide(f"joined fragment cut mid-sentence (P(paragraph end) {p:.2f}): "
                   f"…{last.text[-len(u.text) - 4:-len(u.text)]}|{u.text[:4]}…", 0.01 + p / 10)
    else:
        if p < 1.0:
            cur.decide(f"paragraph ends without a stop (P {p:.2f}): …{cur.paragraphs[-1].text[-6:]}", (1 - p) / 10)
        cur.paragraphs.append(paragraph_of(page, u))
    r.open_para = (u.role == "body" or not alone) and not ends_sentence(cur.paragraphs[-1].text) \
        and not is_valediction(cur.paragraphs[-1].text)    # 此致 / 敬礼！
    r.tail = u.blocks[-1]
    r.piece = u.blocks[-1].width + (INDENT if alone else 0)


def _numbered_sub(r: _Reading, u: Unit) -> bool:
    """A dashed line closing on a circled number (——老街新事②), a series' piece's subheadline (``numbered_sub``),
    read among a story's paragraphs is a paragraph of its own, set above the paragraph it cut, which goes on after
    it; ``reattach`` makes it its story's subheadline."""
    cur = r.cur
    if not numbered_sub(u.text):
        return False
    at = len(cur.paragraphs) - 1 if r.open_para and cur.paragraphs else len(cur.paragraphs)
    cur.paragraphs.insert(at, paragraph_of(r.page, u))
    return True


def _photo_story_host(r: _Reading) -> Article | None:
    """A photo story under its standing title (图片报道) or a title read inside a story's text
    (``_photo_title_in_text``) closed by its credit, read inside the story before it, whose last paragraph was cut
    mid-sentence (……全国 / 图片报道 / 26日，…… / 林小舟摄 / 九成学校……): the text after the credit is that story's,
    going on with its cut sentence. That story, or None."""
    arts, cur = r.page.articles, r.cur
    inside = r.photo is not None and cur is r.photo[0]
    if len(arts) < 2 or cur is not arts[-1] or cur.headline is None or not cur.paragraphs \
            or not (inside or rx("photo", "title").match(cur.headline.text)) \
            or not rx("photo", "credit").match(cur.paragraphs[-1].text):
        return None
    host = r.photo[1] if inside else arts[-2]
    return host if host.paragraphs and not ends_sentence(host.paragraphs[-1].text) else None


CAPTION_LINES = 3       # lines of a photo's caption between its title and its credit


def _photo_title_in_text(r: _Reading, i: int) -> bool:
    """A line of text of at most eight Han characters (or two such phrases set apart by a space) in a story, then
    one to three lines of text, none a lead, and a photographer's credit alone on its line (……摄): a photo story
    that XY-cut read inside the story, its title, caption and credit (on the 252 train pages it fires 4 times in
    three formats on 2 pages, each time on a photo's title)."""
    units, u = r.units, r.units[i]
    if r.cur is None or u.role != "body" or u.level or not short_title(u.text):
        return False
    for j in range(i + 1, min(len(units), i + 2 + CAPTION_LINES)):
        v = units[j]
        if v.role == "credit":
            return j > i + 1 and bool(rx("photo", "credit").match(v.text))
        if v.role not in ("body", "caption") or v.level or is_lead(v.text):
            return False
    return False


def _open_photo(r: _Reading, u: Unit) -> None:
    """Open the photo story titled by ``u``; the text after its credit goes back to the story it was read in."""
    art = Article(headline=field_of(r.page, [u]))
    art.decide("a short line over a photo's caption and credit inside a story's text is the photo's title", 0.15)
    r.page.articles.append(art)
    r.cur, r.photo, r.open_para, r.crossheads = art, (art, r.cur), False, []


def _open_mid_story(r: _Reading) -> None:
    """Body before any headline, or after a jump marker: a story whose start is not on this page. It has no
    paragraph yet, so none of its is left open (the one cut before the marker was the story above's)."""
    r.cur, r.open_para = Article(), False
    r.page.articles.append(r.cur)
    r.cur.flag("starts_mid_story")
    r.cur.decide("body before any headline: the story's start is not on this page", 0.3)
    if r.pending_jump:
        set_jump(r.cur, r.pending_jump)
        r.pending_jump = None


def _settle_page(r: _Reading) -> None:
    """At the page's end: decks split off (markdown dumps), what runs left waiting settled, a summary box read
    before its title given to that story, long first paragraphs and series openers made subheadlines."""
    page = r.page
    if r.full is None:
        for art in page.articles:
            r.decks.split(page, art)
    settle(page, r.waiting)
    if _box_before_title(page.articles):
        _take_top(page, page.articles[0], page.articles[1])
    for art in page.articles:
        _long_subheadline(art)
        _summary_over_lead(art)
        _summary_over_box(art)
        _series_sub(page, art)
        _marked_like_crossheads(art)
        if r.full is None:
            _sub_over_crossheads(art)
        if art.subheadline is not None:
            art.subheadline.text = art.subheadline.text.lstrip("—")    # print's decoration, not the title's


def _kicker_waits(waiting: Waiting, cur: Article, run: list[Unit], units: list[Unit], j: int, coh: Cohesion
                  ) -> bool:
    """A row's kicker waits for its headline (``kicker_row``) and the text under one heading line speaks of it
    (``HEAD_ECHO`` of its words or more) more than the story so far does: the line is that headline, not the
    story's crosshead (青川港—— / 老街夜市重开—— / # 新码头年内开工 / …… / 夜市摊位增至百个 / 老街夜市……)."""
    if not waiting.kickers or len(run) != 1:
        return False
    kicker = text_of(waiting.kickers[0][1])
    echo = coh.coverage(kicker, "".join([u.text for u in body_after(units, j, 8)]))
    return echo >= HEAD_ECHO and echo > coh.coverage(kicker, "".join([p.text for p in cur.paragraphs]))


def _box_before_title(arts: list[Article]) -> bool:
    """A headless story opening the page with a box label (核心阅读), a titled story after it: that story's
    summary box, which sits under its title, read before the title (XY-cut reads a wide box first)."""
    return len(arts) > 1 and arts[0].headline is None and arts[1].headline is not None \
        and bool(arts[0].paragraphs) and is_box_label(arts[0].paragraphs[0].text)


def _long_subheadline(art: Article) -> None:
    """A story's first paragraph longer than a heading line, with neither clause nor sentence punctuation, no
    lead, bullet or note, over more text, is its headline's long subheadline (审议《……》《……》 林某主持): a meeting's
    agenda and who chaired it, listed without a comma, which prose never runs on so long. Not under a column's
    tagged title (……（城市观察）), whose commentary opens with such a summary line."""
    if art.headline is None or art.subheadline is not None or len(art.paragraphs) < 2 \
            or COLUMN_TAG.search(art.headline.text):
        return
    first = art.paragraphs[0]
    text = first.text
    if len(text) <= LONG_SUB or any(c in LONG_SUB_STOPS for c in text) or text[0] in "（(【[" or is_lead(text) \
            or is_bullet(text):
        return
    art.subheadline = Field(text, first.spans, first.boxes)
    del art.paragraphs[0]
    art.decide(f"a long first paragraph without a comma is the subheadline: {text[:16]}", 0.2)


def _summary_over_lead(art: Article) -> None:
    """A story's first paragraphs (up to ``SUMMARY_PARAS``, each but the last closing a clause: a line dump may break
    a deck into its lines) of clauses (a comma or semicolon) and no sentence stop, no bullet, note or lead, right over
    its dated lead (本报青川6月2日电……) are its headline's subheadline (审议……条例，……；部署……): a summary of what
    the story reports, not prose, whose sentences end, nor a title (a heading line a dump read as text)."""
    if art.headline is None or art.subheadline is not None or len(art.paragraphs) < 2:
        return
    n = next((i for i in range(1, min(SUMMARY_PARAS, len(art.paragraphs) - 1) + 1)
              if opens_with_dateline(art.paragraphs[i].text)), 0)
    if not n:
        return
    deck = art.paragraphs[:n]
    text = "".join([p.text for p in deck])
    if ends_sentence(text) or not any(c in SUMMARY_CLAUSE for c in text) or any(c in "。！？" for c in text) \
            or any(p.text[0] in "（(" or is_lead(p.text) or is_bullet(p.text) for p in deck) \
            or any(p.text[-1] not in SUMMARY_CLAUSE for p in deck[:-1]):
        return
    art.subheadline = Field(text, [s for p in deck for s in p.spans], [b for p in deck for b in p.boxes])
    del art.paragraphs[:n]
    art.decide(f"a stop-less first paragraph over the dated lead is the subheadline: {text[:16]}", 0.2)


def _summary_over_box(art: Article) -> None:
    """A story's first paragraph of clauses (a comma) and no stop, up to a heading line's length, no lead or note,
    right over a box label (核心阅读) is its headline's subheadline (……（青川观察） / 截至5月底，全市建成书房11个，
    接待读者40万人次 / 核心阅读 / ……): the summary box opens the body, and the line over it is set with the title; a
    commentary's summary line under its tagged title (``runs._summary``) is followed by its prose."""
    if art.headline is None or art.subheadline is not None or len(art.paragraphs) < 3 \
            or not is_box_label(art.paragraphs[1].text):
        return
    first = art.paragraphs[0]
    text = first.text
    if len(text) > LONG_SUB or "，" not in text or any(c in "。！？" for c in text) or text[0] in "（(" \
            or is_lead(text):
        return
    art.subheadline = Field(text, first.spans, first.boxes)
    del art.paragraphs[0]
    art.decide(f"a stop-less first paragraph over the summary box is the subheadline: {text[:16]}", 0.2)


SERIES_HEAD = 6        # characters of a crosshead of a series (一家小店 / 一座书房) that a subheadline may open with
SERIES_SEEN = 2        # crossheads of that shape the story must hold


def _series_sub(page: Page, art: Article) -> None:
    """A plain subheadline opening with a short phrase shaped like the crossheads kept in the story (as long, the
    same first character, no mark: 一份乡愁“……” over a story with 一家小店 and 一座书房) is the first crosshead of
    that series with the line under it: both open the body."""
    sub = art.subheadline
    if sub is None or not art.paragraphs or not sub.text[:1].isalnum():
        return
    heads = [p.text for p in art.paragraphs if p.text.isalnum() and len(p.text) <= SERIES_HEAD
             and p.text[0] == sub.text[0]]
    size = {len(h) for h in heads}
    if len(heads) < SERIES_SEEN or len(size) != 1 or not sub.text[:min(size)].isalnum() \
            or len(sub.text) <= min(size) or sub.text[:min(size)] in heads:
        return
    art.subheadline = None
    art.paragraphs[:0] = cut_in_two(page, sub.as_paragraph(), min(size))
    art.decide(f"the subheadline opens like the story's crossheads: {sub.text[:16]}", 0.2)


SHAPED_HEAD = 20       # characters of a crosshead whose marks a subheadline may repeat


def _marked_like_crossheads(art: Article) -> None:
    """A subheadline whose marks, in order, are those of ``SERIES_SEEN`` or more short stop-less paragraphs of the
    story (林小舟 《……》 over a story with 韩亦舒 《……》 and 周启航 《……》) is the first crosshead of that series: it
    opens the body."""
    sub = art.subheadline
    if sub is None or not art.paragraphs:
        return
    marks = _marks(sub.text)
    if not marks or sum(len(p.text) <= SHAPED_HEAD and not ends_sentence(p.text) and _marks(p.text) == marks
                        for p in art.paragraphs) < SERIES_SEEN:
        return
    art.subheadline = None
    art.paragraphs.insert(0, sub.as_paragraph())
    art.decide(f"the subheadline is marked like the story's crossheads: {sub.text[:16]}", 0.2)


CROSSHEAD_LEN = 20     # characters of a line shaped like a crosshead: no clause mark, no stop
_CLAUSE_MARK = re.compile(r"[。！？；：，、,!?;:]")


def _crosshead_shaped(text: str) -> bool:
    """A short line with no clause mark or stop, opened by no dash or bracket (……书房里的年味)."""
    return len(text) <= CROSSHEAD_LEN and not _CLAUSE_MARK.search(text) and plain(text)


_FIGURE = re.compile(r"\d[\d.,]*\s*[%％]?[\u4e00-\u9fff]{0,3}(\s|$)")    # 12.5亿元 / 2019年: a figure box's number


def _sub_over_crossheads(art: Article) -> None:
    """A one-line subheadline shaped like a crosshead over a story that holds ``SERIES_SEEN`` or more paragraphs shaped
    alike, box labels and figures aside (the numbers of a figure box, ``_FIGURE``), and does not open with a box
    label (核心阅读, which a story sets under its title group) is the story's first crosshead: it opens the body.
    (In the corpus, of the stories with such a line under the title and such crossheads, 132 set it as the first
    paragraph, 17 as a subheadline.) Markdown dumps only: on the train pages' line dumps it took one subheadline for
    each crosshead it gave back."""
    sub = art.subheadline
    if sub is None or len(sub.spans) != 1 or not _crosshead_shaped(sub.text) or not art.paragraphs \
            or is_box_label(art.paragraphs[0].text) \
            or sum(_crosshead_shaped(p.text) and not is_box_label(p.text) and not _FIGURE.match(p.text)
                   for p in art.paragraphs) < SERIES_SEEN:
        return
    art.subheadline = None
    art.paragraphs.insert(0, sub.as_paragraph())
    art.decide(f"the subheadline is shaped like the story's crossheads: {sub.text[:16]}", 0.2)


def _marks(text: str) -> str:
    """The marks of a text in order, without its letters, digits and spaces."""
    return "".join([c for c in text if not c.isalnum() and not c.isspace()])


class Decks:
    """Crossheads' decks: short lines with no sentence end anywhere, set each right under a crosshead (规划 / 新港区
    年内动工，老码头改作公园). A story sets one under every crosshead or under none; in a markdown dump, where the
    break model may join a deck to the text below it, a story whose every crosshead has one gets its decks back."""

    def __init__(self) -> None:
        self.heads: dict[int, Paragraph] = {}   # the crosshead paragraphs kept, by id (held, so no id is reused)
        self.cuts: dict[int, tuple[Paragraph, int]] = {}  # paragraphs opening with a deck joined to the text after
        #                                                   it, by id: each with the deck's length

    def note(self, art: Article, after: str) -> None:
        """The article's last paragraph, about to take ``after``, is one line under a crosshead shaped like a deck
        (and no word spans the join)."""
        last = art.paragraphs[-1]
        if len(art.paragraphs) > 1 and id(art.paragraphs[-2]) in self.heads and id(last) not in self.cuts \
                and len(last.spans) == 1 and _deck_shaped(last.text) and not splits_word(last.text, after):
            self.cuts[id(last)] = last, len(last.text)

    def split(self, page: Page, art: Article) -> None:
        """Cut the joined decks off the text after them when every crosshead (two or more) of the story has one:
        the line after it, or the second line of its run of heading lines."""
        paras = art.paragraphs
        starts = [k for k, x in enumerate(paras)
                  if id(x) in self.heads and (k == 0 or id(paras[k - 1]) not in self.heads)]
        decks = [self._deck_of(paras, k) for k in starts]
        if len(starts) < 2 or None in decks or not any(id(x) in self.cuts for x in decks):
            return
        art.paragraphs = [q for x in paras for q in (cut_in_two(page, x, self.cuts[id(x)][1]) if id(x) in self.cuts
                                                      else [x])]
        art.decide("decks under every crosshead: those joined to the text after them cut off", 0.02)

    def _deck_of(self, paras: list[Paragraph], k: int) -> Paragraph | None:
        """The deck of the run of crosshead paragraphs from ``k``, if it has one."""
        end = next((e for e in range(k, len(paras)) if id(paras[e]) not in self.heads), len(paras))
        if end - k > 1 and _deck_shaped(paras[k + 1].text):
            return paras[k + 1]
        if end < len(paras) and (id(paras[end]) in self.cuts or _deck_shaped(paras[end].text)):
            return paras[end]
        return None


def _in_line_series(art: Article, after: str, p: float) -> bool:
    """The article's last paragraph, one line, stop-less, two clauses (夜市摊位乱摆，管理无人过问), is of a series of
    such lines the story set as crossheads in its text: an earlier paragraph has that shape; the break model, not
    sure it ends (P above LINE_SERIES_P) and with no last word that rarely ends one, is overruled. A line opening
    on a date (5月3日，……) or a year (2016年，……) is prose, cut at a column's foot: hardly a crosshead opens so (in
    the corpus 19 of 3,401 stop-less two-clause paragraphs open on a year, against 3 % of all paragraphs). A line
    ending on a comma is of a series whose lines end so (女士们，先生们，): in the corpus 92 of 97 such paragraphs
    follow a two-clause line that ends on a comma too."""
    *earlier, last = art.paragraphs
    series = [x for x in earlier if _clause_line(x)]
    return p > LINE_SERIES_P and _clause_line(last) and end_odds(last.text) > SUMMARY_END \
        and not splits_word(last.text, after) and not DATED_OPEN.match(last.text) and not YEAR_OPEN.match(last.text) \
        and bool(series) and (not last.text.endswith("，") or any(x.text.endswith("，") for x in series))


def _clause_line(para: Paragraph) -> bool:
    """One line, deck-shaped, of two clauses or more."""
    return len(para.spans) == 1 and "，" in para.text and _deck_shaped(para.text)


def _deck_shaped(text: str) -> bool:
    """Short (yet a phrase), no sentence end anywhere, its quotes closed, not one whole quotation."""
    return (DECK_MIN <= len(text) <= DECK_MAX and not any(c in DECK_STOPS for c in text)
            and text.count("“") == text.count("”") and not (text.startswith("“") and text.endswith("”")))


def _goes_on(last: str, text: str) -> bool:
    """``text`` goes on with the paragraph before it: the paragraph ends in a colon and ``text`` opens with the
    web address it introduces (……网址 / ： / http……), ``text`` is a clause mark cut off alone, or the paragraph
    ends a quotation and ``text`` opens with its attribution (……。” / 林小舟说。)."""
    return lone_mark(text) or last.endswith(("：", ":")) and has_address(text[:ADDRESS_HEAD]) \
        or attributes_quote(last, text)


def _set_vertically(last: Paragraph, text: str) -> bool:
    """``text``, one character, goes on with a paragraph whose last piece is one character too: a line of text set
    vertically, read a character at a time (来 / 稿 / 请 / 寄)."""
    return len(text) == 1 and bool(last.spans) and last.spans[-1][1] - last.spans[-1][0] == 1 and text.isalnum()


def _under_credit(units: list[Unit], i: int, j: int) -> bool:
    """The run ``units[i:j]`` comes right under a photographer's credit alone on its line (林小舟摄) or a credit
    naming who drew and who wrote (林小舟图 宋嘉禾文), which close the photo, cartoon or story above, or is one
    title under another credit (制图：林小舟; several lines under such a credit may be a graphic's title and notes
    inside a story): the run opens a story, it is no crosshead."""
    credit = units[i - 1] if i else None
    return credit is not None and credit.role == "credit" \
        and (j == i + 1 or bool(rx("photo", "credit").match(credit.text)) or bool(_DRAWN_WRITTEN.match(credit.text)))


_DRAWN_WRITTEN = re.compile(r"^\S(\s*\S){1,4}\s*[图文]\s*\S(\s*\S){1,4}\s*[图文]$")   # 林小舟 图 宋嘉禾 文


def _kicker_alone(art: Article) -> bool:
    """A story headed by a kicker alone (……——, a kicker by its form, no headline under it): XY-cut read the
    kicker and the story's first column before its headline."""
    return art.headline is not None and art.headline.text.endswith("——") and art.kicker is None \
        and art.subheadline is None


def _kicker_row_alone(page: Page, art: Article, u: Unit, run: list[Unit] | None) -> bool:
    """The page's first story headed by a kicker and a headline (so named) that no mark sets in a headline's type,
    its text cut before the marked headline ``u``: a row of two kickers that XY-cut read over the first column
    of the story under ``u`` (……青川港扩建启动 / 今年起 / ……港区 / # 新码头年内开工 / ……): the first is that
    story's kicker, the other waits for the next headline."""
    return page.articles[0] is art and u.level > 0 and art.kicker is not None and art.subheadline is None \
        and art.section is None and run is not None and not any(x.level for x in run)


def _comma_cut_row(page: Page, art: Article, u: Unit, run: list[Unit] | None, units: list[Unit], j: int) -> bool:
    """The page's first story headed by two unmarked fields (``_kicker_row_alone``), its only text one line cut at
    a comma right before the marked headline ``u``, with an unmarked line closing on a dash read further down
    right over a marked headline: a row of three kickers over the first column of the story under ``u``, the third
    wrapped and its end read over its own headline (青川港扩建启动 / 老街夜市重开—— / 整治河道、新修步道， /
    # 新码头年内开工 / …… / 北塘镇—— / # 清水河变清了)."""
    if not _kicker_row_alone(page, art, u, run) or len(art.paragraphs) != 1 \
            or not art.paragraphs[0].text.endswith("，"):
        return False
    return any(v.role == "heading" and not v.level and v.text.endswith("——") and w.level > 0
               for v, w in zip(units[j:], units[j + 1:]))


def _part_row(page: Page, top: Article, art: Article, run: list[Unit], waiting: Waiting) -> Paragraph:
    """Undo the story ``top`` that a row of three kickers (``_comma_cut_row``) opened: its kicker is ``art``'s,
    its headline waits for the next headline; its text, the third kicker's first line, is returned."""
    used = None
    if art.kicker is None:
        art.kicker = used = top.kicker
    if rest := _left_over(page, top, run, used):
        waiting.kickers.append((art, rest))
    page.articles.remove(top)
    art.decide("a row of three kickers read over its headline: the first is its kicker", 0.2)
    return top.paragraphs[0]


def _ends_kicker(art: Article, run: list[Unit], start: Paragraph) -> bool:
    """``art``'s kicker, read in its own ``run`` and closing on a dash, is the end of the kicker whose first line
    is ``start``: it takes it."""
    if art.kicker is None or not art.kicker.text.endswith("——") or art.kicker.text != run[0].text:
        return False
    art.kicker = Field(start.text + art.kicker.text, start.spans + art.kicker.spans)
    art.decide(f"its kicker's first line was read in a row of kickers: {start.text[:16]}", 0.1)
    return True


def _left_over(page: Page, top: Article, run: list[Unit], used: Field | None) -> list[Unit]:
    """The units of the title fields of ``top`` (read in ``run``) other than the field ``used``."""
    spans = [s for f in (top.kicker, top.headline) if f is not None and f is not used for s in f.spans]
    return [x for x in run if page.span(x.blocks[0].start, x.blocks[0].end) in spans]


def _part_before_title(page: Page, cur: Article, run: list[Unit]) -> bool:
    """In a markdown dump, the story being read, opened by one unmarked line and no other field, is a part of
    the story whose marked headline ``run`` holds: the last story opened, of a few paragraphs, its line a
    crosshead (or kicker) of the story's first column, which XY-cut read before the story's title (the cut
    sentence goes on under the title)."""
    return cur is page.articles[-1] and cur.headline is not None and cur.kicker is None \
        and cur.subheadline is None and cur.section is None and any(h.level for h in run) \
        and len(cur.paragraphs) <= PART_PARAGRAPHS


def _untitle(top: Article, art: Article) -> None:
    """The line that opened ``top``, a part of ``art`` read before its title, is ``art``'s kicker when it ends
    like one (……——) and ``art`` has none, else the part's crosshead: its first paragraph."""
    head, top.headline = top.headline, None
    if head is None:
        return
    if head.text.endswith(KICKER_END) and art.kicker is None:
        art.kicker = head
    else:
        top.paragraphs.insert(0, head.as_paragraph())


def _take_before_part(page: Page, top: Article, art: Article, coh: Cohesion) -> None:
    """The part ``top`` of ``art`` read before its title also takes the trailing paragraphs of the story before
    it that speak of ``art``'s titles more than of their own (``reattach.best_suffix``): the same column's text
    above the part's crosshead, read on after that story's end."""
    k = page.articles.index(top)
    prev = page.articles[k - 1] if k > 0 else None
    if prev is None or prev.headline is None or not prev.paragraphs:
        return
    s, _, cover = best_suffix(coh, heading(art, untagged=True), prev)
    if s and cover >= MIN_COVER:
        top.paragraphs[:0] = prev.paragraphs[s:]
        del prev.paragraphs[s:]


def _noted_title(cur: Article | None, units: list[Unit], i: int) -> bool:
    """The heading line at ``i``, alone in its run, is a title whose first column was read after an editor's note
    (``_after_editors_note``), not the cut sentence's words."""
    return i + 1 < len(units) and units[i + 1].role != "heading" and bool(_after_editors_note(cur, units[i:i + 1]))


def _after_editors_note(cur: Article | None, run: list[Unit]) -> int:
    """The story being read, its last paragraph cut mid-sentence, holds an editor's note closed by its signature
    (——编者) with text after it, and ``run`` is one title closed by its column tag: XY-cut read that title's
    first column after the note, which introduces it (……——编者 / 本报讯…… / 老街的变化（青川观察） / ……). The
    index of the paragraph after the signature, or 0."""
    if cur is None or len(run) != 1 or not tag_closed(run[0].text, COLUMN_TAG):
        return 0
    marks = [k for k, p in enumerate(cur.paragraphs) if editors_signature(p.text)]
    return marks[-1] + 1 if marks and marks[-1] + 1 < len(cur.paragraphs) else 0


def _take_column_before(prev: Article, art: Article, coh: Cohesion) -> None:
    """``art``, its title made whole by a wrapped end read down the column under the sentence its text opens
    with, also takes the last paragraphs of ``prev`` before that sentence that echo its titles at all and
    ``prev``'s not at all (``reattach.silent_before``): the same column of its text, read on after ``prev``'s
    end."""
    if prev.headline is None or not prev.paragraphs:
        return
    n = len(prev.paragraphs)
    s = silent_before(coh, heading(art, untagged=True), heading(prev), prev.paragraphs, n, 1)
    art.paragraphs[:0] = prev.paragraphs[s:]
    del prev.paragraphs[s:]


def _wrapped_title(run: list[Unit]) -> bool:
    """Lines of one title wrapped, no kicker among them (……——): no crosshead, which takes one line."""
    return len(run) > 1 and not any(h.text.endswith(KICKER_END) for h in run)


def _lend_part(top: Article, art: Article) -> None:
    """``art`` takes the paragraphs of ``top``, a part of its own read before its title under another story's
    title that wraps (a crosshead takes one line): that title stays, waiting for its text (reattach.py)."""
    art.paragraphs[:0] = top.paragraphs
    top.paragraphs = []
    art.decide(f"took its text read before its headline, under another title ({top.headline.text[:16]})", 0.2)


def _take_top(page: Page, top: Article, art: Article) -> Field | None:
    """``art`` takes the paragraphs of the headless story that opens the page, of a story headed by kickers
    alone, or of a part of its own read before its title (``_part_before_title``), and the first of those
    kickers as its kicker if it has none: its own start, read first. That kicker, or None."""
    art.paragraphs[:0] = top.paragraphs
    art.captions[:0] = top.captions
    used = None
    if art.kicker is None:
        art.kicker = used = top.kicker or top.headline
    art.decide(f"took its text read before its headline ({len(top.paragraphs)} paragraph(s))", 0.2)
    page.articles.remove(top)
    return used


def _in_summary_box(art: Article) -> bool:
    """The story's last paragraphs are the stop-less summary lines under a box label (核心阅读): each line
    of such a box is a paragraph of its own."""
    for k in range(len(art.paragraphs) - 1, 0, -1):
        if is_box_label(art.paragraphs[k - 1].text):
            return True
        if ends_sentence(art.paragraphs[k - 1].text):
            return False
    return False


def _ends_paragraph(r: _Reading, art: Article, u: Unit) -> tuple[bool, float]:
    """Does the article's last paragraph, left without a stop, end before unit ``u``? Hard evidence first, else
    the trained model (breaks.py) told how the text sits in its column (``_line_ends``, ``_fills_column``: worked
    out only here, where the model needs it); the decision and its probability. A bulleted item (■ ……) is a
    paragraph of its own, and so are a letter's closing (敬礼！), a figure called out alone (10.8万 / 40余起), a date
    alone (a document's, under its signature) and an interview's question or answer (问：……: the corpus opens more
    paragraphs so than it holds such a turn inside one, where a break would have to fall right before it)."""
    last, after, full = art.paragraphs[-1].text, u.text, r.full
    ends = _line_ends(r.tail, u, full)
    if u.lead or is_bullet(after) or is_valediction(after) \
            or is_figure(last) or is_figure(after) or len(last) <= DATE_MAX and FULL_DATE.fullmatch(last) \
            or full is None and last[-1:] == "）" and _note_after_stop(last) \
            or _repeated(last, after, r.flat, full, ends) \
            or full is None and _in_summary_box(art) or _verse(last, after) or _quoted_line(last) \
            or after.lstrip()[:2] in INTERVIEW_TURNS or full is None and SPACED_PHRASES.fullmatch(last.strip()):
        return True, 1.0
    if in_quote(last, after) or titles_names(last, after) or ends_binding(last) or _cut_at_de(last) or _cut_lead(last) \
            or _ends_on_named_work(last) or _number_cut_at_dash(last, after) or _opens_on_place_word(last, after) \
            or last[-1:] == "，" and (_cut_speech(last) or _comma_before_prose(after)):
        return False, 0.0
    if full is not None and ends[0] and ends[1]:
        return True, 1.0        # in a line dump a last line short of the column's edge over an indented first line:
        #                         a sentence cut by a column break leaves its column's last line full
    if full is None and (_summary_line(art, after) or _echoed_summary(art, r.flat)):
        return True, 1.0
    return stands_alone(last, after, r.page.source.format, *ends, _fills_column(r, u))


SPACED_PHRASES = re.compile(r"[\u4e00-\u9fff]{2,}\s+[\u4e00-\u9fff]{2,}")
#   a markdown piece that is two phrases of Han characters set apart by a space and nothing more (老街换新颜 夜市迎客来):
#   a title set in the text or a name under its label (本报记者 林小舟), not prose cut at a column's foot (a line
#   dump's line may be: 第一条 在青川……)


def _note_after_stop(text: str) -> bool:
    """Prose closing on a finished sentence and a note in brackets (……老街重新开张。（讲话另见青川版）): the note closes its
    paragraph, and a column break would have to fall right after it to cut the text there. Of the corpus's 36 such
    notes after a stop, 29 close their paragraph."""
    return bool(_NOTE_AFTER_STOP.search(text[-NOTE_AFTER_STOP:]))


NOTE_AFTER_STOP = 33        # characters of a stop and a note of up to 30 in brackets
_NOTE_AFTER_STOP = re.compile(r"[。！？]（[^（）]{2,30}）$")


def _comma_before_prose(after: str) -> bool:
    """After a piece ending on a comma, text longer than ``COMMA_AFTER_MAX``: prose the comma's clause goes on
    into, cut by a break. A paragraph that ends on a comma (a salutation: 尊敬的各位来宾，; a line of verse:
    老街换新颜，) stands over a short one of its kind; of the train pages' comma-ended pieces none ends its
    paragraph over a longer one (24 characters at most), 59 go on into one."""
    return len(after) > COMMA_AFTER_MAX


COMMA_AFTER_MAX = 40


def _opens_on_place_word(last: str, after: str) -> bool:
    """Prose ending on a Han character over text that opens on a word of place (上 / 中 / 里 ……) followed by a stop,
    a comma or a joining word (……坐在戏台前的石阶 / 上，……; ……藏在老街 / 里。): the noun it follows cut off by a break.
    Of the corpus's 101,828 paragraphs 3 open so."""
    return "\u4e00" <= last[-1:] <= "\u9fff" and bool(_PLACE_WORD.match(after.lstrip()))


_PLACE_WORD = re.compile("[上中下里内外][，。；！？与和的]")


def _cut_at_de(text: str) -> bool:
    """Prose ending on 的 in a clause that is no 是……的 clause (……新出的好书：林小舟的 / 《青川志》……): the word it
    qualifies cut off by a break. Of the corpus's 101,828 paragraphs 14 end on 的, 10 of them in a 是……的 clause."""
    return text.endswith("的") and "是" not in _LAST_CLAUSE.split(text)[-1]


_LAST_CLAUSE = re.compile("[，。；：！？、]")


def _cut_lead(text: str) -> bool:
    """A story's dated lead (本报青川6月2日电……) that ends with no stop or closing mark: a lead is prose, so a
    column or line break cut it; it never ends its paragraph so."""
    return text[-1:] not in CLOSE and is_lead(text)


def _ends_on_named_work(text: str) -> bool:
    """Prose, a comma before the work it names, ending on the closing mark of that name (去年底，港务局牵头起草的
    《青川港岸线利用规划》): a work's name is what a sentence speaks of, so a break cut the sentence after it (in the
    corpus hardly a paragraph in a thousand ends so, and with a comma before the name almost none)."""
    return text.endswith("》") and "，" in text[:text.rfind("《")]


def _number_cut_at_dash(text: str, after: str) -> bool:
    """A number cut at the dash that joins it to the next one (a range, a telephone number: ……0816— / 3318521),
    the rest of which opens ``after``."""
    return text[-1:] in _NUMBER_DASHES and text[-2:-1].isdigit() and after[:1].isdigit()


_NUMBER_DASHES = "—–-"


def _summary_line(art: Article, after: str) -> bool:
    """In a markdown dump: a commentary's summary line set under its headline (导语), no lead cut at a column's
    foot: the story's paragraphs so far are one or two stop-less pieces, none a dated lead, the last a short one
    not closing on a clause mark (……头一件，: a sentence cut at the column's foot) whose last word may end a
    paragraph, and the text after it opens like a paragraph. Not under a box's name
    (图片报道), where the text is a photo's caption."""
    paras, last = art.paragraphs, art.paragraphs[-1].text
    return len(paras) <= SUMMARY_LINES and len(last) <= SUMMARY_MAX and last[-1:] not in "，、；" \
        and art.headline is not None and not is_box_name(art.headline.text) \
        and all(len(p.spans) == 1 and not ends_sentence(p.text) and not is_lead(p.text) for p in paras) \
        and (end_odds(last) > SUMMARY_END and start_odds(after) > SUMMARY_START
             or _tagged_summary(art.headline.text, last, after))


def _tagged_summary(headline: str, last: str, after: str) -> bool:
    """Under a column's tagged title (……（青川时评）), whose commentary may open with up to three summary lines, a
    stop-less line with no sentence in it that cuts no word with the text after it: a summary line, however its
    words end and the next text opens."""
    return bool(COLUMN_TAG.search(headline)) and not any(c in "。！？" for c in last) and not splits_word(last, after)


def _echoed_summary(art: Article, flat: str) -> bool:
    """In a markdown dump, under a column's tagged title (……（青川时评）): the commentary's first piece is a summary
    line (导语) when a run of ``ECHO`` characters of it is printed again in the page, as a summary restates the
    prose under it; a first paragraph cut at a column's foot is not echoed so. Of the train pages' first pieces
    under a tagged title holding a finished sentence (md-stream), the 11 summary lines echo 18 characters or more,
    the 3 cut paragraphs fewer than 10; the rule fires on 2 pages in each markdown format, all summary lines that the
    break model joined to the text after them."""
    paras, last = art.paragraphs, art.paragraphs[-1].text
    return len(paras) == 1 and art.headline is not None and bool(COLUMN_TAG.search(art.headline.text)) \
        and any(flat.count(last[i:i + ECHO]) > 1 for i in range(len(last) - ECHO + 1))


ECHO = 16           # characters of a run that a summary line shares with the prose it restates


def _repeated(fragment: str, after: str, flat: str, full: float | None, ends: tuple[bool, bool]
              ) -> bool:
    """A summary line or pull quote: a paragraph without a stop whose words are printed again in the page, not
    everywhere followed by the text after it here (a summary that quotes a column-cut fragment is) and cutting no
    word with it (……主要通 / 道。: a sentence quoted elsewhere whole, cut here at a column's foot) — in a line
    dump, only where its last line stops short of the column's edge."""
    if len(fragment) < REPEAT_MIN or full is not None and not ends[0]:
        return False
    times = flat.count(fragment)
    return times > 1 and flat.count(fragment + after[:4]) < times and not splits_word(fragment, after)


def _quoted_line(text: str) -> bool:
    """A paragraph that is one quotation with no stop closing it (“……老街的烟火气”, “骑楼修好了。老街还是老样子”):
    a crosshead or pull quote."""
    return len(text) >= 8 and text[0] == "“" and text[-1] == "”" and text.count("“") == 1 \
        and text[-2] not in "。！？"


def _verse(line: str, after: str) -> bool:
    """Two lines of verse (掌上乾坤尽畅游，/ 套取隐私竞伸手。): short lines of one length, each a line of its own."""
    return len(line) == len(after) <= VERSE_MAX and line[-1:] in "，、；" and after[-1:] in "，。！？；：、"


def _keep_crosshead(page: Page, cur: Article, run: list[Unit], p: float) -> bool:
    """Keep a run of heading lines in the story as crosshead paragraphs; whether the last one stays open. In a
    markdown dump a name alone under a crosshead is a paragraph of its own (the author of a part)."""
    fields = merge_wraps(run, markdown=page.column is None, names_apart=page.column is None)
    if page.column is not None:
        fields = _filled_wraps(fields, page.column)
    for field in fields:                # a crosshead that wraps is one paragraph
        cur.paragraphs.append(joined(page, field))
    cur.decide(f"crosshead kept in the story: {run[0].text[:20]} (p={p:.2f})", 0.3 * (1 - p))
    # in a dated news story (which seldom has crossheads) a lone line with clause punctuation and no
    # sentence end is prose cut at a column's foot, unless in a markdown dump, where a paragraph is a block of its
    # own, the crosshead model is sure of a clause line as short as a crosshead (``SURE_CROSSHEAD``, ``CROSSHEAD_LEN``:
    # 一条新航线，串起三座港口; a list of titles, 、 alone, goes on into its holders' names); nor does a crosshead end
    # on a word that needs what follows (……名列第): such a line is prose cut by a break; nor does one leave open a
    # quotation it opens after a colon
    # (某某介绍：“青川经): a speaker's words cut at the column's foot; nor one that leaves a work's name open or
    # ends on 的 (…《青川市 / …方面的: ``_cut_phrase``)
    last, text = run[-1].text, cur.paragraphs[-1].text
    sure = page.column is None and p >= SURE_CROSSHEAD and "，" in last and len(last) <= CROSSHEAD_LEN
    return (len(run) == 1 and not ends_sentence(last) and ("，" in last or "、" in last)
            and is_lead(cur.paragraphs[0].text) and not sure) \
        or ends_binding(last) or _cut_speech(text) or _cut_phrase(text)


CUT_LINE_P = 0.07      # P(paragraph end) under which a markdown heading line goes on into the body text under it


def _cut_heading_line(r: _Reading, nxt: Unit | None) -> bool:
    """In a markdown dump, a heading line kept as a crosshead that closes no sentence nor quotation, over body text
    the break model all but joins to it (``CUT_LINE_P``: ……拉开了夜市重开 / 的序幕……, a word's last character alone on
    its line): a paragraph's first line cut at a column's foot; it stays open. On the 252 train pages it holds
    4 lines of 4 pages in each markdown format, all cut lines; the nearest crosshead P 0.10 (two quoted ones 0.05)."""
    last = r.cur.paragraphs[-1].text.rstrip()
    return r.full is None and nxt is not None and nxt.role == "body" and not nxt.lead and not ends_sentence(last) \
        and not last.endswith("”") \
        and (_opens_on_place_word(last, nxt.text) or stands_alone(last, nxt.text, r.page.source.format)[1] < CUT_LINE_P)


def _cut_phrase(text: str) -> bool:
    """A line that leaves a work's name open (依据《青川市) or ends on 的 (……方面的): a phrase cut by a break, not
    a crosshead. Of the corpus's 13,372 short paragraphs without a stop none leaves 《 open and 7 end on 的, all but
    one a 是……的 clause."""
    return text.count("《") > text.count("》") or text.rstrip().endswith("的")


def _cut_speech(text: str) -> bool:
    """A colon opens a quotation the text does not close (某某说：“青川的): a speaker's words, cut."""
    return "：“" in text and text.count("“") > text.count("”")


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


def _opens_even_series(run: list[Unit], units: list[Unit], j: int, earlier: list[str], p: float) -> bool:
    """In a markdown dump, under a story without a kicker (XY-cut may set a headline as a kicker over another
    story's): one unmarked line the model leans towards (``opens_series``), whose next two heading runs are each
    one unmarked line of its very length (老街换新颜 / 夜市更红火 / 书房更热闹): the first crosshead of a series,
    not a headline of its own."""
    later, k = _next_run(units, j), j
    while k < len(units) and units[k].role == "body":
        k += 1
    after = _next_run(units, k + len(later))
    return opens_series(run, later, earlier, p) and opens_series(run, after, earlier, p) \
        and len(run[0].text.strip()) == len(later[0].text.strip()) == len(after[0].text.strip())


LEAD_IN_MAX = 12                # characters of a crosshead's lead-in with its dash or colon (某市—— / 某省：)
SERIES_LEAD_IN_MAX = 20         # characters of a lead-in alone with its dash, as a series' next run (train: up to 19)


def _lead_in_pair(run: list[Unit]) -> bool:
    """Two unmarked lines, the first a short lead-in closing on a dash or a colon (某市—— / 某省：), the second a
    title closing on neither, no column tag in either: a crosshead with its lead-in, or a kicker over a title."""
    return len(run) == 2 and not any(h.level for h in run) and run[0].text.endswith(("——", "：")) \
        and len(run[0].text) <= LEAD_IN_MAX and not run[1].text.endswith(KICKER_END) \
        and not any(COLUMN_TAG.search(h.text) for h in run)


def _lead_in_series(run: list[Unit], units: list[Unit], j: int, earlier: list[str], markdown: bool) -> bool:
    """A lead-in pair (``_lead_in_pair``) over text that opens no dated report, where the story's next heading run
    is one too, or its last crosshead was, or was a lead-in alone (书房——): a series of crossheads, each led in by a
    place, a speaker or a label (老街—— / 夜市重开 / …… / 书房—— / 周末不打烊), not a row of stories each under its
    kicker. On the train pages 26 of 28 such runs next to a like one are crossheads (the other two, tagged titles
    under kickers, are left out); the lead-in alone and the markdown runs that open with a pair (``_opens_lead_in``)
    keep 7 more runs in their story on 2 train pages, all crossheads there, and change no dev or check page.
    A lead-in alone (the title under it read as text) is one of the series too, as the run or as the next run (up to
    ``SERIES_LEAD_IN_MAX`` characters there), and in a line dump so is a run opening with a pair, its title wrapped
    or a line read under it, or a lead-in whose dash stands on a line of its own; the series overrules the crosshead
    model as well as the kicker reading. These keep the parts of 2 more train stories in their story (line dumps;
    one also in both markdown formats), none broken, and change no dev or check page."""
    nxt = units[j] if j < len(units) else None
    if not (_opens_lead_in(run, markdown) or _lone_lead_in(run, markdown)) or nxt is None or nxt.role != "body" \
            or nxt.lead or opens_with_dateline(nxt.text):
        return False
    later = _next_run(units, j)
    return _opens_lead_in(later, markdown) or _lone_lead_in(later, markdown, SERIES_LEAD_IN_MAX) \
        or bool(earlier) and (_led_in(earlier[-1]) or _lead_in_alone(earlier[-1]))


def _lone_lead_in(run: list[Unit], markdown: bool, most: int = LEAD_IN_MAX) -> bool:
    """The run is one line of up to ``most`` characters closed by a dash, nothing under it in the run (the title it
    leads into read as text): a lead-in alone."""
    lines = _lead_in_lines(run, markdown)
    return len(lines) == 1 and lines[0].text.endswith("——") and len(lines[0].text) <= most


def _opens_lead_in(run: list[Unit], markdown: bool) -> bool:
    """The run opens with a lead-in pair (``_lead_in_pair``), whatever lines follow it in the run (a part's title read
    with the crosshead set under it)."""
    return _lead_in_pair(_lead_in_lines(run, markdown)[:2])


def _lead_in_lines(run: list[Unit], markdown: bool) -> list[Unit]:
    """The run's lines; in a line dump a lead-in's dash set on a line of its own is joined to the lead-in (某市 /
    ——), and the lines under the lead-in are one title, which may wrap (a column tag it closes is read whole)."""
    if markdown:
        return run
    if len(run) > 1 and run[1].text.strip() == "——":
        run = [Unit(run[0].blocks + run[1].blocks), *run[2:]]
    return run if len(run) <= 2 else [run[0], Unit([b for h in run[1:] for b in h.blocks])]


def _lead_in_alone(text: str) -> bool:
    """A crosshead that is only a lead-in of up to ``LEAD_IN_MAX`` characters closed by a dash (书房——)."""
    return text.endswith("——") and len(text) <= LEAD_IN_MAX


def _led_in(text: str) -> bool:
    """A crosshead's joined text opens on a lead-in of up to ``LEAD_IN_MAX`` characters closed by a dash or a colon
    and goes on with a title (某市——夜市重开)."""
    cut = max(text.find("——", 0, LEAD_IN_MAX) + 2, text.find("：", 0, LEAD_IN_MAX) + 1)
    return 1 < cut < len(text) and not text.endswith(KICKER_END)


def _next_run(units: list[Unit], j: int) -> list[Unit]:
    """The next run of heading lines after the body text from ``j`` on (none past other furniture)."""
    while j < len(units) and units[j].role == "body":
        j += 1
    k = j
    while k < len(units) and units[k].role == "heading":
        k += 1
    return units[j:k]


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


def _interrupting(page: Page, cur: Article | None, units: list[Unit], i: int) -> bool:
    """The one heading line at ``i`` is read inside a sentence cut at a column's foot (``roles.interrupts``) of
    the headless text that opens the page: the headline of that text, its story's first column read before it
    (``_take_top``), never a crosshead nor the sentence's words."""
    return cur is not None and cur.headline is None and page.articles[0] is cur and 0 < i < len(units) - 1 \
        and units[i - 1].role == "body" and units[i + 1].role == "body" \
        and interrupts(units[i - 1].text, units[i].text, units[i + 1].text)


def _tagged_title_in_cut(cur: Article, units: list[Unit], i: int) -> bool:
    """The unmarked heading line at ``i``, read inside a sentence cut at a column's foot, closes on a column's
    tag (……（青川论坛）) and the body text after it opens as paragraphs do, cutting no word with that sentence:
    another story's title set beside the column that XY-cut read on into it (the cut sentence goes on after
    that story), not the sentence's words. A title set inside its own story's text has the sentence go on
    right under it."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    last = cur.paragraphs[-1].text if cur.paragraphs else ""
    return bool(COLUMN_TAG.search(units[i].text)) and nxt is not None and nxt.role == "body" and bool(last) \
        and start_odds(nxt.text) > SUMMARY_START and not splits_word(last, nxt.text) and not ends_binding(last)


def _over_dashed_sub(units: list[Unit], i: int) -> bool:
    """In a markdown dump, the unmarked heading line at ``i``, short (``KICKER_LEN``) and stop-less, stands right over
    an unmarked heading line opening on a dash with no stop, a unit after it: a title and its ——subheadline that
    XY-cut read after the cut prose of the story before (……比过去 / 老街书房开门迎客 / ——青川城市书房建设侧记 / ……),
    never that prose's words. On the 252 train pages' md-xycut dumps 2 such pairs follow cut prose, both a title and
    its subheadline."""
    if i + 2 >= len(units):
        return False
    head, sub = units[i].text, units[i + 1]
    return len(head) <= KICKER_LEN[1] and not any(c in "。！？" for c in head) and sub.role == "heading" \
        and not sub.level and sub.text.startswith("——") and not any(c in "。！？" for c in sub.text)


def _kicker_over(units: list[Unit], i: int, markdown: bool) -> bool:
    """The unit at ``i`` ends in a dash right above a marked headline, or in a markdown dump is a short line
    without a stop right above one (``roles.over_title``): its kicker, even where the text before it was cut
    mid-sentence."""
    return i + 1 < len(units) and (kicker_over(units[i].text, units[i + 1])
                                   or markdown and units[i + 1].level > 0 and over_title(units[i].text, units[i + 1]))


def _continued_from(text: str) -> bool:
    m = rx("jump", "marker").search(text)
    return bool(m) and (m.group("dir") or m.group("dir2") or "") in ("上接", "接", "接上")


def _line_ends(tail: Block | None, u: Unit, full: float | None) -> tuple[bool, bool]:
    """In a line dump: did the last body line stop short of the column's edge (or a character short of it, with no
    push to explain it: ``units.last_line_short``), and is ``u``'s first line indented (shorter than the column
    though more lines follow)? Neither in a markdown dump, where the lines are not seen."""
    if full is None:
        return False, False
    indented = len(u.blocks) > 1 and u.blocks[0].width < full - INDENT_HI
    width = tail.width if tail is not None else 0.0
    return width < full - INDENT_HI or indented and last_line_short(tail, u.blocks[0], u.blocks[1], full), indented


def _fills_column(r: _Reading, u: Unit) -> bool | None:
    """In a markdown dump: does the last body unit placed (``r.piece`` wide with its indent, less what marks set
    next to each other give up: ``breaks.trimmed_pairs``) fill whole lines of a column of the reckoned measure, or,
    set line by line under line-breaking rules, leave its last line too full for what opens ``u``
    (``breaks.wraps_at_edge``)? None in a line dump or where the measure is unknown."""
    tail, measure = r.tail, r.measure
    if r.full is not None or not measure:
        return None
    piece = r.piece - (TRIM * trimmed_pairs(tail.text) if tail is not None else 0.0)
    return fills_lines(piece, measure) or tail is not None and \
        wraps_at_edge(tail.text, u.text, measure, r.piece - tail.width)


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


def _photo_feature(art: Article, units: list[Unit], i: int) -> bool:
    """The caption at ``i``, over its photographer's credit, follows a titled story's text that may be a photo
    feature's (``reattach.photo_feature``: short, undated): the caption and credit are that story's text."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    return art.headline is not None and photo_feature(art.paragraphs) and nxt is not None and nxt.role == "credit" \
        and bool(rx("photo", "credit").match(nxt.text))


def _photo_story(art: Article) -> bool:
    """A headline over a photo: no body yet, or one short line that is no story's lead."""
    return art.headline is not None and (not art.paragraphs or len(art.paragraphs) == 1 and
                                         len(art.paragraphs[0].text) < 150 and not is_lead(art.paragraphs[0].text))


def _cut_paragraph_head(units: list[Unit], i: int, j: int, coh: Cohesion) -> bool:
    """The unmarked first line of a run of headings over a marked title is a paragraph's first line of two or more
    clauses cut at a column's foot (……都已备齐。 / 入冬以后，河面刚封冻，老周就 / # 冬捕 / ……): no dash closes it and
    the text under the title hardly echoes it, as it would its kicker."""
    first = units[i].text
    return j - i >= 2 and not units[i].level and units[i + 1].level > 0 and first.count("，") >= 2 \
        and not first.endswith(KICKER_END) and coh.coverage(first, text_after(units, j)) < SUB_ECHO
