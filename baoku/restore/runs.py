"""Heading runs: open the articles a run of heading lines heads.

A run is one headline group, or several: stories set side by side (a row, whose bodies follow the run and are
shared out by cohesion), kickers of a row read over its first headline and waiting for the headlines that come
next, a second headline read as the first one's subheadline (XY-cut order), another story's title read between
a kicker and its headline (or its kicker and title read over a headline), a column-tagged title taken for a
kicker. The fields of each group are named
(headings.name_fields) and the article opened.
"""
from __future__ import annotations

import dataclasses
import re
from itertools import permutations

from ..model import Article, Field, Page, Unit
from ..patterns import rx
from .cohesion import Cohesion
from .crosshead import is_box_name, reporter_line
from .headings import (KICKER_END, TAG_END, TAG_REMAINDER_LEN, closes_bracket, couplet, is_section, kicker_row,
                       merge_wraps, name_fields, named_whole, photo_title, plain, split_groups, split_line,
                       summary_field, tag_closed, text_of, trailing_kicker)
from .pieces import cut_in_two, field_of, joined
from .punct import closing_note, ends_sentence, splits_word, whole_quote
from .roles import opens_with_dateline

ROW_COVER = 0.2                 # a story of a row echoes at least this share of its headline's words
SUB_ECHO = 0.1                  # a subheadline is echoed by its story's text at least this much
STUB_SUB_LEN = 4                # characters of a field too short to be a subheadline
HEAD_ECHO = 0.5                 # a story takes back a headline cut from it that it echoes at least this much
TITLE_MIN = 4                   # characters of a title a reporter's line may run on from
PADDED_NAME = re.compile(r"(?<=\s[\u4e00-\u9fff])\s(?=[\u4e00-\u9fff](\s|$))")   # 王 朗: a two-character name set wide


@dataclasses.dataclass
class Waiting:
    """What a run of heading lines leaves for the next headline: the other kickers of a row of kickers
    (``kicker_row``), and a headline cut from the story it heads (``_sub_elsewhere``)."""
    kickers: list[tuple[Article, list[Unit]]] = dataclasses.field(default_factory=list)
    head: Article | None = None


def open_run(page: Page, run: list[Unit], units: list[Unit], j: int, coh: Cohesion, full: float | None,
             route: dict[int, Article], waiting: Waiting) -> Article:
    """Open the articles a run of heading lines heads; the one the following body belongs to is returned,
    the others of a row of stories are routed to where their bodies start. A lone headline takes the next
    kicker waiting from a row of kickers set over an earlier headline (``kicker_row``) or closing an earlier
    run (``trailing_kicker``) or wrapped around an earlier headline (``_kicker_beside``), or becomes the
    subheadline of a headline waiting for its story (``_takes_head``).
    Another story's title read in the group (``_sub_elsewhere``, ``_title_between``, ``_head_elsewhere``), or its
    kicker and title (``_pair_over``; ``_spoken_between``: around the title the text speaks of), opens a story of
    its own, after this one, that waits for its text; it takes the next kicker of a row of kickers over the run;
    so does a marked headline with its ——subheadline under a dashed kicker and title that the text after the run
    speaks of (``_pair_over_dashed``). The next story's titles read under a marked headline whose text is elsewhere
    (``_titles_under_elsewhere``) head the text after the run, the headline opened before them to wait for its own."""
    nxt = units[j] if j < len(units) else None
    if len(run) == 1 and (art := _title_end(page, run[0], nxt) or _dated_end(page, run[0], nxt)):
        return art
    after = text_after(units, j)
    fields = merge_wraps(run, lines=full is not None, text=page.norm if full is None else after, column=full)
    groups = _sub_to_first(_photo_apart(_echoed_last(split_groups(fields), units, j, coh), units, j, coh),
                           units, j, coh)
    part = _first_part(groups, units, j)
    row = _row(fields, units, j, coh) if len(groups) == 1 and len(fields) > 1 or _kicker_row(groups) else None
    if row:
        return _open_row(page, row, route, waiting)
    opening = units[j].text if j < len(units) else ""
    for g, group in enumerate(groups):
        group, spare = _spare_kickers(group, groups, g, run, after, coh, full)
        if g == 0 and (_untitled_first(page, group) if full is not None else _unkicked_first(page, group)):
            _close_story_before(page, group.pop(0))
        spoken = _spoken_between(group, after, coh) if full is None else None
        beside = (_title_between(group, after, coh) or _title_over_dash(group)) if full is None and not spoken \
            else None
        if beside:
            group = [f for f in group if f is not beside]
        pair = spoken or (_pair_over(group, after, units, j, coh) if full is None and not beside else None)
        if spoken:
            group = [group[1]]
        elif pair:
            group = group[2:]
        named = name_fields(group, lines=full is not None,
                            dated=opens_with_dateline(opening) if g == len(groups) - 1 and opening else None)
        boxed = _box_name(named, opening, coh)
        if boxed:
            named = {"headline": named["kicker"], "subheadline": named["headline"] + named.get("subheadline", [])}
        summary, series = None, 0
        if full is None and g == len(groups) - 1:
            summary, series = _body_openers(named, group, units, j)
        elif g == len(groups) - 1 and _part_under_title(named, units, j):
            summary = named.pop("subheadline")      # (in a line dump, the only opener of those looked for)
        if parted := _tagged_kicker(named, after, coh) or _quoted_kicker(named):
            named, other = parted
            page.articles.append(open_article(page, other))
        if full is None and (other := _titles_under_elsewhere(group, named, after, coh)):
            page.articles.append(open_article(page, {k: v for k, v in named.items() if k != "subheadline"}))
            page.articles[-1].decide("the titles under this headline are the next story's: its text is elsewhere", 0.2)
            named = other
        _take_waiting_kicker(page, group, named, units, j, waiting, coh)
        head, waiting.head = waiting.head, None
        if head is not None and len(group) == 1 and _takes_head(head, group, units, j, coh):
            art = _under_head(page, head, named)
        elif full is None and (owner := _title_owner(page, group, units, j, coh)):
            art = _under_owner(page, owner, named)
        elif full is None:
            art = _open_own(page, group, named, spare, units, j, coh, boxed, after, waiting)
        else:
            art = open_article(page, named)
        _open_with_summary(page, art, summary, series)
        waiting.kickers.extend((art, f) for f in spare)
        page.articles.append(art)
        if waiting.head is not None:
            page.articles.append(waiting.head)      # after the story whose text follows: it waits for its own
        if beside:
            page.articles.append(open_article(page, {"headline": beside}))
        if pair:
            page.articles.append(open_article(page, {"kicker": pair[0], "headline": pair[1]}))
    if part:
        art.paragraphs.append(joined(page, part))
        art.decide(f"the title of a package's first report opens its body: {text_of(part)[:16]}", 0.1)
    return art


def _untitled_first(page: Page, group: list[list[Unit]]) -> bool:
    """In a line dump, the first of three unmarked fields over a story's text opens with a bracket or holds an
    ideographic space, as no kicker does (none of 2,430 corpus kickers): the line closing the story before, a
    number it gave or its closing banner (……传真： / （0000）1234567, 读青川日报　　知天下事), not a field of this group
    of a kicker, headline and subheadline, which seldom come together."""
    if len(group) != 3 or not page.articles or any(u.level for f in group for u in f):
        return False
    first = text_of(group[0])
    return first.startswith(("（", "(")) or "\u3000" in first


def _unkicked_first(page: Page, group: list[list[Unit]]) -> bool:
    """In a markdown dump, an unmarked first field over a title that holds an ideographic space or opens on a figure
    and a space, as no corpus kicker does (22 short paragraphs hold such a space, 136 items of figure boxes open so):
    the line closing the story before (读青川日报　　知天下事, 12.5% 港口吞吐量增长), not a kicker."""
    first = text_of(group[0])
    return len(group) >= 2 and bool(page.articles) and not any(u.level for u in group[0]) \
        and ("\u3000" in first or bool(_FIGURE_ITEM.match(first)))


_FIGURE_ITEM = re.compile(r"\d[\d.,]*\s*[%％]?[\u4e00-\u9fff]{0,3}\s+\S")   # a figure, a space, what it counts


def _close_story_before(page: Page, field: list[Unit]) -> None:
    """The story read before the run takes ``field`` as its last paragraph."""
    art = page.articles[-1]
    art.paragraphs.append(joined(page, field))
    art.decide(f"a line over the next story's titles that no kicker is closes this story: {text_of(field)[:16]}", 0.2)


def _spare_kickers(group: list[list[Unit]], groups: list[list[list[Unit]]], g: int, run: list[Unit], after: str,
                   coh: Cohesion, full: float | None) -> tuple[list[list[Unit]], list[list[Unit]]]:
    """The kickers the group holds for headlines read after it: a row of kickers over its headline
    (``kicker_row``), a kicker closing the run (``trailing_kicker``), one wrapped around the headline in an XY-cut
    dump (``_kicker_beside``). The group without them, and them."""
    group, spare = kicker_row(group, lambda t: coh.coverage(t, after), _kicker_row(groups))
    if g == len(groups) - 1 and not spare:
        group, spare = trailing_kicker(group)
    if not spare and full is None:
        group, spare = _kicker_beside(group, run)
    return group, spare


def _open_row(page: Page, row: list[tuple[int, dict[str, list[Unit]]]], route: dict[int, Article],
              waiting: Waiting) -> Article:
    """A row of stories set side by side: what earlier runs left waiting is settled, each story opened and routed
    to where its body starts; the first one's is returned."""
    settle(page, waiting)
    waiting.head = None
    for start, named in row:
        route[start] = open_article(page, named)
        route[start].decide(f"one of a row of {len(row)} headlines whose bodies follow them", 0.1)
        page.articles.append(route[start])
    return route.pop(row[0][0])


def _take_waiting_kicker(page: Page, group: list[list[Unit]], named: dict[str, list[Unit]], units: list[Unit],
                         j: int, waiting: Waiting, coh: Cohesion) -> None:
    """A lone headline takes the next kicker waiting from a row of kickers, unless its text speaks of the headline
    and not of the kicker (``_unspoken_kicker``); any other group, save a photo story read amid a row (which takes
    no kicker) or a headline under a dashed kicker of its own (a story of the row's kind read between), settles
    what earlier runs left waiting. A photo's caption may come whole or cut in two (``_cut_caption_after``)."""
    photo = len(group) == 1 and (photo_after(units, j) or _cut_caption_after(units, j))
    if waiting.kickers and len(group) == 1 and not photo and not _unspoken_kicker(waiting, group, units, j, coh):
        origin, named["kicker"] = waiting.kickers.pop(0)
        origin.decide(f"a kicker of its row went to the next headline: {text_of(named['kicker'])[:16]}", 0.2)
    elif not photo and not _own_dashed_kicker(group, named):
        settle(page, waiting)


def _unspoken_kicker(waiting: Waiting, group: list[list[Unit]], units: list[Unit], j: int, coh: Cohesion) -> bool:
    """The text under a lone headline speaks of it (``HEAD_ECHO``) and not of the next kicker waiting (under
    ``SUB_ECHO``): the headline is whole alone, and the waiting field is no kicker of it (a line of dialogue, a
    title read apart whose text went elsewhere)."""
    text = text_after(units, j)
    head = TAG_END.sub("", text_of(group[0]))
    return coh.coverage(text_of(waiting.kickers[0][1]), text) < SUB_ECHO and coh.coverage(head, text) >= HEAD_ECHO


def _own_dashed_kicker(group: list[list[Unit]], named: dict[str, list[Unit]]) -> bool:
    """A kicker closing on a dash over a marked headline, the group's only fields: a story with its own kicker,
    which XY-cut may read between a row of dashed kickers and the headline that waits for one of them (林小舟—— /
    周启明—— / ## 标题 / …… / 韩亦舒—— / ## 标题 / …… / ## 标题)."""
    kicker = named.get("kicker")
    return len(group) == 2 and set(named) == {"kicker", "headline"} and text_of(kicker).endswith("——") \
        and named["headline"][0].level > 0


def _body_openers(named: dict[str, list[Unit]], group: list[list[Unit]], units: list[Unit], j: int
                  ) -> tuple[list[Unit] | None, int]:
    """The heading lines of a markdown dump's last group that open its story's body, taken from ``named``: a
    subheadline that is the first crosshead of a series (``_series_opener``) or a summary line
    (``_summary_over_summary``), else a kicker that is the title of a package's first part (``_part_title``),
    else the unmarked fields after the first one under a marked headline (``_beyond_subheadline``).
    They (or None), and the series label's length (or 0)."""
    series = _series_opener(named, units, j)
    summary = named.pop("subheadline") if series or _summary_over_summary(named, units, j) else None
    if not summary and _part_title(named, units, j):
        summary = named.pop("kicker")
    if not summary and _part_under_title(named, units, j):
        summary = named.pop("subheadline")
    if not summary and (beyond := _beyond_subheadline(named, group)):
        named["subheadline"], summary = beyond
    return summary, series


def _beyond_subheadline(named: dict[str, list[Unit]], group: list[list[Unit]]
                        ) -> tuple[list[Unit], list[Unit]] | None:
    """Unmarked fields under a marked headline, none a ——subheadline, those after the first each holding a clause
    break: a subheadline wrapped over lines comes as one field, and a line cut at a comma that did not go on with
    it is the body's first line read in the heading run (# 青川港扩建工程启动 / 港务集团承建 / 新码头选址临江，三年
    建成 / ……), not another story's title; so is a commentary's summary line (``summary_field``) under a ——subheadline,
    whatever the headline's mark: (the subheadline, the rest), or None."""
    head = named.get("headline")
    if "subheadline" not in named or not head or not any(f is head for f in group):
        return None
    after = _fields_after(group, head)
    dashed = len(after) == 2 and text_of(after[0]).startswith("——") and summary_field(after[1])
    if not dashed and (not head[0].level or len(after) < 2
                       or any(f[0].level or not plain(text_of(f)) for f in after)
                       or not all("，" in text_of(f) for f in after[1:])):
        return None
    return after[0], [u for f in after[1:] for u in f]


def _under_head(page: Page, head: Article, named: dict[str, list[Unit]]) -> Article:
    """A lone line after a headline cut from its story (``_takes_head``): that headline heads this story, the line
    becoming its subheadline; the headline's own article is dropped, its section and kicker kept."""
    page.articles.remove(head)
    art = Article(section=head.section, kicker=head.kicker, headline=head.headline,
                  subheadline=field_of(page, named["headline"]))
    art.decide(f"the headline read before its run is this story's: {head.headline.text[:16]}", 0.2)
    return art


def _under_owner(page: Page, owner: Article, named: dict[str, list[Unit]]) -> Article:
    """A lone headline under a title read apart over an earlier row (``_title_owner``): that title heads this
    story, the headline becoming its subheadline; the owner loses it (or is dropped)."""
    art = Article(headline=_lone_title(owner), subheadline=field_of(page, named["headline"]))
    if art.headline is owner.section:
        owner.section = None
    else:
        page.articles.remove(owner)
    art.decide(f"a title read apart over an earlier row heads this story: {art.headline.text[:16]}", 0.2)
    return art


def _open_own(page: Page, group: list[list[Unit]], named: dict[str, list[Unit]], spare: list[list[Unit]],
              units: list[Unit], j: int, coh: Cohesion, boxed: bool, after: str, waiting: Waiting) -> Article:
    """In an XY-cut dump, the group heads a story of its own. Where another story's title was read in it, that
    title opens a story waiting for its text (``waiting.head``) and the rest heads this one."""
    if not boxed and _sub_elsewhere(named, units, j, coh):
        named.pop("subheadline")
        waiting.head = open_article(page, name_fields(_fields_after(group, named["headline"])))
        if waiting.head.kicker is None and spare:
            waiting.head.kicker = field_of(page, spare.pop(0))
            waiting.head.decide("the next kicker of its row is the title's read after this headline", 0.2)
        elif waiting.head.kicker is None and _unechoed_kicker(named, after, coh):
            waiting.head.kicker = field_of(page, named.pop("kicker"))
            if "section" in named and text_of(named["section"]).endswith("——"):
                named["kicker"] = named.pop("section")
    elif _head_elsewhere(named, after, coh):
        waiting.head = open_article(page, {k: v for k, v in named.items() if k != "subheadline"})
        waiting.head.decide("a title read over the group of the story under the run waits for its text", 0.2)
        named = name_fields(_fields_after(group, named["headline"]))
    elif _pair_over_dashed(named, after, coh):
        waiting.head = open_article(page, {k: named[k] for k in ("headline", "subheadline")})
        waiting.head.decide("a title and its ——subheadline read under another story's kicker and title wait", 0.2)
        named = {"kicker": named["section"], "headline": named["kicker"]}
    elif _head_over_kicker(named, units, j, coh):
        waiting.head = open_article(page, {"headline": named["headline"]})
        waiting.head.decide("the marked title under this one heads a later story that speaks of it", 0.2)
        named = {"headline": named["kicker"]}
    elif _couplets_apart(named):
        waiting.head = open_article(page, {"headline": named["headline"]})
        waiting.head.decide("a couplet title under another story's couplet title waits for its text", 0.2)
        named = {"headline": named["kicker"]}
    return open_article(page, named)


def _open_with_summary(page: Page, art: Article, summary: list[Unit] | None, series: int) -> None:
    """The summary lines taken from under a title open the story's body: cut in two at the first crosshead of
    its series (``_series_opener``), else a paragraph for each of their fields, as the print sets a part's title
    over its deck (大运河边的新码头 / 三年建成，年内通航) and a wrapped line stays whole."""
    if series:
        art.paragraphs.extend(cut_in_two(page, joined(page, summary), series))
        art.decide(f"the first crosshead of the story's series: {text_of(summary)[:16]}", 0.2)
    elif summary:
        art.paragraphs.extend(joined(page, f) for f in merge_wraps(summary, lines=page.column is not None,
                                                                    text=page.norm))
        art.decide(f"heading lines under the title open the story's body: {text_of(summary)[:16]}", 0.2)


STUB_BACK = 3            # stories back whose title a stub read apart may complete


def _title_end(page: Page, u: Unit, nxt: Unit | None = None) -> Article | None:
    """A stub of one or two characters read alone between stories (……通关时间缩 / …… / 短 / 本报讯……) that completes
    a word cut at the end of a recent story's last title field, or that the page's text names with it
    (``named_whole``): that title's wrapped end, which XY-cut read apart from it. The story the text after
    the stub goes to (``_beside``), its field made whole, or None."""
    if len(u.text) > 2 or u.level:
        return None
    for art in reversed(page.articles[-STUB_BACK:]):
        field = art.subheadline or art.headline
        if field is not None and (splits_word(field.text, u.text) or named_whole(field.text, u.text, page.norm)):
            return _beside(page, _made_whole(page, art, field, u), nxt)
    return None


DATED_END_LEN = 10      # characters of a title's wrapped end read over its story's dated lead


def _dated_end(page: Page, u: Unit, nxt: Unit | None) -> Article | None:
    """A short line directly over a dated lead (港口博览会 / 本报青川……电) that the page's text names run on from a
    recent story's headline (``named_whole``; 青川举办第三届), or, marked as a title, that ends a word the headline
    cuts (……考察学 / 习城市管理), that story without a lead of its own (a lead under it is the story's read before,
    when that one has neither text nor subheadline): the headline's wrapped end, which XY-cut read down the column,
    over the story's text. The text the story took meanwhile goes back to the story read before it; the story, its
    headline made whole, takes the text after. The story, or None."""
    if len(u.text) > DATED_END_LEN or nxt is None or not nxt.lead or not opens_with_dateline(nxt.text):
        return None
    arts = page.articles
    for k in range(len(arts) - 1, max(len(arts) - STUB_BACK, 1) - 1, -1):
        art = arts[k]
        if art.headline is None or art.subheadline is not None:
            continue
        head = art.headline.text
        if not (named_whole(head, u.text, page.norm) or u.level and splits_word(head, u.text)):
            continue
        before = arts[k - 1]
        if (before.paragraphs or before.subheadline) and any(opens_with_dateline(p.text) for p in art.paragraphs):
            return None
        arts[k - 1].paragraphs.extend(art.paragraphs)
        art.paragraphs = []
        art.decide("its text before its headline's wrapped end is the story's read before it", 0.2)
        return _made_whole(page, art, art.headline, u)
    return None


def _beside(page: Page, art: Article, nxt: Unit | None) -> Article:
    """A headline made whole by its wrapped end over a story's lead (``nxt``), its story holding text already
    under a kicker: XY-cut read the title's first line beside another title, taken for its kicker, then that
    title's text, then the wrapped end (老街夜市 / 青川港新航线开 / ……夜市…… / 通 / 本报讯……航线……). The kicker is
    the headline of the text read before; the title opens a story of its own, which the text after takes."""
    if nxt is None or not nxt.lead or not art.paragraphs or art.kicker is None or art.subheadline is not None:
        return art
    own = Article(headline=art.headline)
    art.headline, art.kicker = art.kicker, None
    own.decide(f"a title read beside another, taken for its kicker: {art.headline.text[:16]}", 0.2)
    page.articles.append(own)
    return own


def bracket_end(page: Page, u: Unit) -> Article | None:
    """A short line closing a round bracket it does not open (称号）), read among body text: the wrapped
    end of the last title field of a recent story still without text that leaves a bracket open (……（青川非遗
    传承人), which XY-cut read apart from it, down the column; or of a headline whose story holds text under a
    field taken for its kicker (``_over_kicker``). The story, its field made whole, or None."""
    t = u.text
    if len(t) > TAG_REMAINDER_LEN or not closes_bracket(t) or "（" in t or "(" in t:
        return None
    for art in reversed(page.articles[-STUB_BACK:]):
        field = art.subheadline or art.headline
        if field is None or field.text.count("（") <= field.text.count("）"):
            continue
        if not art.paragraphs:
            return _made_whole(page, art, field, u)
        if art.kicker is not None and field is art.headline and not art.kicker.text.endswith(KICKER_END):
            return _over_kicker(page, art, u)
    return None


def _over_kicker(page: Page, art: Article, u: Unit) -> Article:
    """A title left open inside its column tag, over a story's text, under a field taken for its kicker that does not
    end like one (老街夜市重开 / 青川港的新航线（港城 / ……夜市…… / 观察） / ……航线……): XY-cut read that title beside the
    field, the story's own title. The field heads the text read; the title, made whole by its tag's end, opens a
    story of its own, which the text after the stub takes."""
    own = Article(headline=art.headline)
    art.headline, art.kicker = art.kicker, None
    own.decide(f"a title read beside another, its tag's end read apart: {own.headline.text[:16]}", 0.2)
    page.articles.append(own)
    return _made_whole(page, own, own.headline, u)


def _made_whole(page: Page, art: Article, field: Field, u: Unit) -> Article:
    """Append ``u``, a title's wrapped end read apart from it, to the story's ``field``; the story."""
    extra = field_of(page, [u])
    field.text += extra.text
    field.spans += extra.spans
    art.decide(f"a title's wrapped end read apart: {field.text[-8:]}", 0.1)
    return art


def _first_part(groups: list[list[list[Unit]]], units: list[Unit], j: int) -> list[Unit] | None:
    """A package's first report under its headline and ——subheadline: the report's title, one unmarked field
    closing the run over its reporter's line (老街改造见闻 / ——城市更新一线扫描 / 走进老街 / 本报记者 韩亦舒), opens
    the package's body; so does the second of two unmarked fields over a reporter's line when the next title
    under them is over a reporter's line too (``_next_part``), a package with no subheadline. The field, taken
    off the groups, or None."""
    if len(groups) >= 2 and len(groups[-1]) == 1 and not groups[-1][0][0].level and len(groups[-2]) >= 2 \
            and text_of(groups[-2][-1]).startswith("——") and j < len(units) and reporter_line(units[j]):
        return groups.pop()[0]
    if len(groups) == 1 and len(groups[0]) == 2 and not any(f[0].level for f in groups[0]) \
            and j < len(units) and reporter_line(units[j]) and _next_part(units, j + 1):
        return groups[0].pop()
    return None


def _next_part(units: list[Unit], j: int) -> bool:
    """The next title after ``j`` is over a reporter's line too: the next part of a package."""
    k = next((i for i in range(j, len(units)) if units[i].role == "heading"), len(units))
    while k < len(units) and units[k].role == "heading":
        k += 1
    return k < len(units) and reporter_line(units[k])


def _tagged_kicker(named: dict[str, list[Unit]], text: str, coh: Cohesion
                   ) -> tuple[dict[str, list[Unit]], dict[str, list[Unit]]] | None:
    """A field named kicker that ends in a column tag (……（青川观察）) is the title of a story of its own, read by
    XY-cut just before another story's headline: a kicker never carries a tag. It heads the text under the run
    when that text echoes it more than the headline; else it is parted only when the headline carries a tag
    too (two titles), for an untagged headline may be a summary line under it. The fields that head the text
    and the other fields, or None."""
    kicker = named.get("kicker")
    if not kicker or not tag_closed(text_of(kicker)):
        return None
    head = text_of(named["headline"])
    rest = {k: v for k, v in named.items() if k != "kicker"}
    if coh.coverage(text_of(kicker), text) > coh.coverage(head, text):
        return {"headline": kicker}, rest
    return (rest, {"headline": kicker}) if TAG_END.search(head) else None


def _quoted_kicker(named: dict[str, list[Unit]]) -> tuple[dict[str, list[Unit]], dict[str, list[Unit]]] | None:
    """A field named kicker that is one whole quotation (“青川的路，我们自己修”) is no kicker, which never is one:
    another story's title, or a quotation pulled out of a story's text, that XY-cut read over this headline. It
    opens a story of its own, unless a dashed kicker is named over it (a section closing on ——): it is then that
    kicker's title. The fields that head the text and the quotation's, or None."""
    kicker, section = named.get("kicker"), named.get("section")
    if not kicker or not whole_quote(text_of(kicker)) or section and text_of(section).endswith("——"):
        return None
    return {k: v for k, v in named.items() if k != "kicker"}, {"headline": kicker}


def _box_name(named: dict[str, list[Unit]], text: str, coh: Cohesion) -> bool:
    """An unmarked kicker that is a box's name (速览, 建议) over the title of its first item (and the item's
    subtitle): the paragraph under them never speaks of it, as a story's opening would of its kicker (港务局 /
    新航线……; a box's name may be a common word that an item uses further on). The name is the headline (the
    item's title opens the body); in a line dump a title as wide as the column, or the next box's name, closes
    the box after its items (``crosshead.is_crosshead``)."""
    kicker = named.get("kicker")
    return {"kicker", "headline"} <= set(named) <= {"kicker", "headline", "subheadline"} and len(kicker) == 1 \
        and not kicker[0].level and not named["headline"][0].level and is_box_name(kicker[0].text) \
        and coh.coverage(kicker[0].text, text) == 0


def _sub_elsewhere(named: dict[str, list[Unit]], units: list[Unit], j: int, coh: Cohesion) -> bool:
    """XY-cut reads two headlines set side by side one after the other, then the first one's story: the second
    reads as the first one's subheadline. In a markdown dump, a subheadline closing on a column tag (……（青川
    观察）) is another story's title, which a subheadline never carries, as is a ``_stub_sub``; so is a subheadline
    (without dash or bracket) that the text after the run does not speak of while that text speaks of the
    headline; under a headline closed by its column tag (……（青川观察）), which seldom has a plain subheadline, it
    need only be spoken of less than the headline (unless it is the summary line opening the body, ``_summary``)."""
    sub = named.get("subheadline")
    if not sub or not plain(sub[0].text):
        return False
    if TAG_END.search(text_of(sub)) or _stub_sub(named["headline"], sub):
        return True
    text = text_after(units, j)
    head, echo = text_of(named["headline"]), coh.coverage(text_of(sub), text)
    if tag_closed(head):
        return echo < coh.coverage(head, text) and not _summary(text_of(sub), head)
    return echo < SUB_ECHO and coh.coverage(head, text) >= ROW_COVER


def _stub_sub(head: list[Unit], sub: list[Unit]) -> bool:
    """An unmarked field of a few characters under a marked headline: a photo's title read after it (……打击侵权盗版 /
    巡演), as a subheadline says more than a headline, never less."""
    return len(text_of(sub)) <= STUB_SUB_LEN and head[-1].level > 0 and not sub[0].level


def _head_elsewhere(named: dict[str, list[Unit]], text: str, coh: Cohesion) -> bool:
    """XY-cut reads another story's kicker and title, set beside a headline group, before that group: the text
    after the run speaks of the "subheadline" (a plain field, no dash or bracket) and not of the headline or the
    kicker over it. The fields after the headline are that text's headline group."""
    sub = named.get("subheadline")
    if not sub or "kicker" not in named or not plain(sub[0].text):
        return False
    return coh.coverage(text_of(sub), text) >= ROW_COVER \
        and all(coh.coverage(text_of(named[k]), text) < SUB_ECHO for k in ("kicker", "headline"))


def _pair_over_dashed(named: dict[str, list[Unit]], text: str, coh: Cohesion) -> bool:
    """A dashed kicker and a plain unmarked title over a marked headline and its ——subheadline (青川港扩建启动—— /
    新码头年内开工 / ## 老街夜市重开 / ——摊位增至百个): XY-cut read two stories' headings in one run. The text after
    the run speaks of the kicker and title (``ROW_COVER``) and not of the marked headline (``SUB_ECHO``): the
    first two are its story's kicker and headline, the marked headline and its subheadline another story's."""
    kicker, title, head, sub = (named.get(k) for k in ("section", "kicker", "headline", "subheadline"))
    if not (kicker and title and head and sub) or not text_of(kicker).endswith("——") or title[0].level \
            or not head[0].level or not text_of(sub).startswith("——") or not plain(text_of(title)) \
            or text_of(title).endswith(KICKER_END):
        return False
    return coh.coverage(text_of(kicker) + text_of(title), text) >= ROW_COVER \
        and coh.coverage(text_of(head), text) < SUB_ECHO


def _couplets_apart(named: dict[str, list[Unit]]) -> bool:
    """An unmarked kicker over a marked headline, both two phrases of one length set apart by a space (新港通航 货畅其流
    / # 夜市重开 烟火重燃), which a kicker and its headline almost never both are: the titles of two stories
    set side by side, XY-cut reading both before the first one's text (the second's comes after it and is found
    again by the reattachment)."""
    kicker = named.get("kicker")
    if set(named) != {"kicker", "headline"} or len(kicker) != 1 or kicker[0].level or not named["headline"][0].level:
        return False
    first, second = text_of(kicker), text_of(named["headline"])
    return couplet(first) and couplet(second)


def _titles_under_elsewhere(group: list[list[Unit]], named: dict[str, list[Unit]], text: str, coh: Cohesion
                            ) -> dict[str, list[Unit]] | None:
    """XY-cut reads a story's marked headline, its text set elsewhere, then the unmarked title lines of the story
    beside it and that story's text. In a markdown dump, two unmarked fields or more named as the subheadline of a
    marked headline, the text after the run speaking of them and not of the headline, are the next story's titles:
    their named fields, or None. Not under a box's name, nor over a reporter's line."""
    sub, head = named.get("subheadline"), named["headline"]
    if not sub or not any(f is head for f in group):
        return None             # a headline joined from several fields
    rest = _fields_after(group, head)
    if len(rest) < 2 or not head[0].level or any(f[0].level for f in rest) \
            or not plain(text_of(sub)) or is_box_name(text_of(head)) \
            or any(rx("byline", "reporter_line").match(PADDED_NAME.sub("", text_of(f))) for f in rest):
        return None             # (a box's name over its first item's title; a package's part over its reporters)
    if coh.coverage(text_of(head), text) >= SUB_ECHO or coh.coverage(text_of(sub), text) < ROW_COVER:
        return None
    return name_fields(rest)


def _kicker_beside(group: list[list[Unit]], run: list[Unit]) -> tuple[list[list[Unit]], list[list[Unit]]]:
    """A kicker, no line of it marked, whose wrapped end XY-cut read after the marked headline under it
    (青川国际龙舟邀请赛在清水河开 / ## 老街夜市重开 / 赛) was set beside that headline, not over it: it is the kicker
    of a headline that comes next. The group without it, and it."""
    if len(group) != 2 or any(u.level for u in group[0]) or not group[1][0].level:
        return group, []
    order = {id(u): k for k, u in enumerate(run)}
    kicker, head = group
    if order[id(kicker[-1])] < order[id(head[0])]:
        return group, []
    return [head], [kicker]


def _unechoed_kicker(named: dict[str, list[Unit]], text: str, coh: Cohesion) -> bool:
    """The headline's kicker is one the text after the run does not speak of: with a subheadline parted as
    another story's title (``_sub_elsewhere``), it is that title's kicker, which XY-cut read over the headline
    set beside it (港务集团董事长某某—— / 老街夜市重开 / 新航线开通（港城观察） / 本报讯……夜市……). A section
    named over that kicker and closing on a dash is then a kicker by its form: this headline's."""
    kicker = named.get("kicker")
    return kicker is not None and coh.coverage(text_of(kicker), text) < SUB_ECHO


def _two_over_marked(group: list[list[Unit]]) -> bool:
    """Two unmarked fields over a marked headline, the first no section label."""
    return len(group) == 3 and bool(group[2][0].level) and not group[0][0].level and not group[1][0].level \
        and not is_section(text_of(group[0]))


def _title_between(group: list[list[Unit]], text: str, coh: Cohesion) -> list[Unit] | None:
    """Two unmarked fields over a marked headline, the first no section label: XY-cut may have read another
    story's title between this headline and its kicker (青川港新航线开通 / 老街灯会待客来 / # 港口运量创新高).
    When the text under the run speaks of one of them and not of the other, that other is the other story's
    title and the one spoken of this headline's kicker. That title, or None."""
    if not _two_over_marked(group):
        return None
    echo = [coh.coverage(text_of(f), text) for f in group[:2]]
    if max(echo) < ROW_COVER or min(echo) >= SUB_ECHO:
        return None
    other = group[echo.index(min(echo))]
    return None if text_of(other).endswith(KICKER_END) else other     # ……—— / ……强调: a kicker by its form


def _spoken_between(group: list[list[Unit]], text: str, coh: Cohesion) -> list[list[Unit]] | None:
    """Two unmarked fields over a marked headline, the text under the run speaking of the second as a story of a
    row speaks of its headline (``ROW_COVER``) and of neither the first nor the headline so: XY-cut read the title
    of the story whose text follows between another story's kicker and headline (青川港扩建启动 / 老街夜市重开 /
    ## 新码头年内投运 / 老街……). That title heads the text; the kicker and headline are another story, waiting for
    its own. The kicker and headline, or None."""
    if not _two_over_marked(group):
        return None
    head = TAG_END.sub("", text_of(group[2]))
    if coh.coverage(text_of(group[1]), text) < ROW_COVER \
            or max(coh.coverage(text_of(group[0]), text), coh.coverage(head, text)) >= ROW_COVER:
        return None
    return [group[0], group[2]]


def _title_over_dash(group: list[list[Unit]]) -> list[Unit] | None:
    """A plain unmarked field between a marked headline and the ——subheadline closing the run: another story's
    title that XY-cut read between this headline and its subheadline (# 青川港扩建启动 / 老街灯会待客来 /
    ——新码头年内开工), not the first part of a subheadline, which never runs on into a dash. That title, or None."""
    if len(group) < 3 or not group[-3][0].level or group[-2][0].level or not text_of(group[-1]).startswith("——"):
        return None
    t = text_of(group[-2])
    return group[-2] if plain(t) and not t.endswith(KICKER_END) else None


def _pair_over(group: list[list[Unit]], text: str, units: list[Unit], j: int, coh: Cohesion
               ) -> list[list[Unit]] | None:
    """Two unmarked fields over a marked headline, the first no section label nor a kicker by its form, neither
    spoken of by the text under the run while that text speaks of the headline, both spoken of by the page's
    text elsewhere: another story's kicker and title, which XY-cut read over this headline (that story's text
    comes elsewhere; a kicker of this headline is spoken of nowhere else). The two fields, or None."""
    if not _two_over_marked(group) or text_of(group[0]).endswith(KICKER_END):
        return None
    head = TAG_END.sub("", text_of(group[2]))      # no text echoes its column's tag
    if max(coh.coverage(text_of(f), text) for f in group[:2]) >= SUB_ECHO or coh.coverage(head, text) < ROW_COVER:
        return None
    under = range(j, j + len(_text_after(units, j)))
    elsewhere = "".join([u.text for k, u in enumerate(units) if u.role == "body" and k not in under])
    return group[:2] if min(coh.coverage(text_of(f), elsewhere) for f in group[:2]) >= ROW_COVER else None


def _fields_after(group: list[list[Unit]], head: list[Unit]) -> list[list[Unit]]:
    """The fields of a group after its headline field (a kicker and headline, or a headline and subheadline, of
    another story that XY-cut read under it)."""
    k = next(i for i, f in enumerate(group) if f is head)
    return group[k + 1:]


def _head_over_kicker(named: dict[str, list[Unit]], units: list[Unit], j: int, coh: Cohesion) -> bool:
    """XY-cut reads two stories' titles set side by side, an unmarked one then a marked one, over the first
    story's text (青川港新航线开通 / ## 老街夜市重开 / 本报讯……航线……): when the next run is one unmarked line
    over a dated lead that speaks of the marked title (``_takes_head`` of a headline cut from its story), more
    than the text under this run does, and this text speaks of the unmarked title, the unmarked title heads this
    text and the marked one waits for that lead, the line after it its subheadline."""
    if set(named) != {"kicker", "headline"} or named["kicker"][0].level or not named["headline"][0].level:
        return False
    k = next((i for i in range(j, len(units)) if units[i].role == "heading"), len(units))
    m = next((i for i in range(k, len(units)) if units[i].role != "heading"), len(units))
    if m - k != 1 or m == len(units) or not units[m].lead or units[k].level:
        return False
    head, kicker = text_of(named["headline"]), text_of(named["kicker"])
    here, there = "".join([u.text for u in units[j:k]]), "".join([u.text for u in _text_after(units, m)])
    return len(units[k].text) > len(head) and coh.coverage(kicker, here) >= HEAD_ECHO \
        and coh.coverage(head, there) >= HEAD_ECHO and coh.coverage(head, there) > coh.coverage(head, here)


def _lone_title(art: Article) -> Field | None:
    """A title read apart over a row of another story's fields: the section label of an article, when it is none
    by its form, or the headline of an article with no other field nor text."""
    if art.section is not None and not is_section(art.section.text):
        return art.section
    bare = not (art.paragraphs or art.kicker or art.subheadline or art.section)
    return art.headline if bare else None


def _title_owner(page: Page, group: list[list[Unit]], units: list[Unit], j: int, coh: Cohesion
                 ) -> Article | None:
    """XY-cut reads a story's title over another story's kicker and headline, where it is named their section
    label or opened apart without text (青川港新航线开通 / 老街书房重开—— / ## 周末读者多); its story comes later
    under one unmarked line over a dated lead that speaks of that title (``HEAD_ECHO`` of its words or more) more
    than of the line: the recent article that holds the title (``_lone_title``) gives it up, the title the
    story's headline and the line its subheadline."""
    if len(group) != 1 or group[0][0].level or j >= len(units) or not units[j].lead:
        return None
    line, lead = text_of(group[0]), units[j].text
    for art in reversed(page.articles[-STUB_BACK:]):
        title = _lone_title(art)
        if title is not None and coh.coverage(title.text, lead) >= HEAD_ECHO > coh.coverage(line, lead):
            return art
    return None


def _takes_head(head: Article, group: list[list[Unit]], units: list[Unit], j: int, coh: Cohesion) -> bool:
    """The next run after a headline cut from its story (``_sub_elsewhere``) is one unmarked line, longer than
    that headline, over text that speaks of it: that line is the headline's subheadline and the text its story
    (青川规范夜市管理 … 拟通过划定摊位与时段整治占道经营 / 本报讯……夜市……)."""
    line = text_of(group[0])
    text = text_after(units, j)
    return not group[0][0].level and len(line) > len(head.headline.text) \
        and coh.coverage(head.headline.text, text) >= HEAD_ECHO


def settle(page: Page, waiting: Waiting) -> None:
    """Kickers of a row that no next headline took: they stay over the story they came with, as its section."""
    for art, units in waiting.kickers:
        field = field_of(page, units)
        if art.section is None:
            art.section = field
        else:
            art.section.text += field.text
            art.section.spans += field.spans
    waiting.kickers.clear()


def _sub_to_first(groups: list[list[list[Unit]]], units: list[Unit], j: int, coh: Cohesion
                  ) -> list[list[list[Unit]]]:
    """Stories side by side, as XY-cut sets them: their headlines, then the ——subheadline, then the body of the
    first column. When the body after the run echoes an earlier lone headline more than the last one, the
    subheadline set over it is that headline's (青川启动清水河流域综合治理 / 老街书房迎来周末读者 /
    ——三年行动计划投资四十二亿元 / 本报讯……清水河流域综合治理三年行动启动会……), unless the last headline is
    marked in larger type than that one: a subheadline sits under the larger story's headline. So does a plain
    field under a last headline closed by its column tag (``_tagged_over_plain``)."""
    if len(groups) < 2 or any(len(g) != 1 for g in groups[:-1]) or len(groups[-1]) != 2 \
            or not (text_of(groups[-1][1]).startswith("——") or _tagged_over_plain(groups[-1])):
        return groups
    body = "".join([u.text for u in body_after(units, j, 8)])
    if not body:
        return groups
    echo = [coh.coverage(text_of(g[0]), body) for g in groups]
    best = max(range(len(groups)), key=echo.__getitem__)
    level, last = groups[best][0][0].level, groups[-1][0][0].level
    if echo[best] > echo[-1] and not 0 < last < level:
        sub = groups[-1][1]
        return [g + [sub] if k == best else g for k, g in enumerate(groups[:-1])] + [groups[-1][:1]]
    return groups


def _tagged_over_plain(group: list[list[Unit]]) -> bool:
    """A headline closed by its column tag over a plain unmarked field with no label's colon (讲述人：……): a
    subheadline it seldom has (……（青川观察） / 老街夜市重开), which may be a headline's set beside it."""
    t = text_of(group[1])
    return tag_closed(text_of(group[0])) and not group[1][0].level and plain(t) and "：" not in t


def _echoed_last(groups: list[list[list[Unit]]], units: list[Unit], j: int, coh: Cohesion
                 ) -> list[list[list[Unit]]]:
    """Groups that are each a headline over its ——subheadline (stories side by side, which XY-cut may read as
    both headlines, then both subheadlines): the text after the run is the story whose headline it echoes
    most, whose group is opened last to take it (the others wait for their text, reattach.py)."""
    if len(groups) < 2 or any(len(g) != 2 or not text_of(g[1]).startswith("——") for g in groups):
        return groups
    body = "".join([u.text for u in body_after(units, j, 8)])
    if not body:
        return groups
    best = max(range(len(groups)), key=lambda k: coh.coverage(text_of(groups[k][0]), body))
    return groups[:best] + groups[best + 1:] + [groups[best]]


def _photo_apart(groups: list[list[list[Unit]]], units: list[Unit], j: int, coh: Cohesion
                 ) -> list[list[list[Unit]]]:
    """A photo story's standing title (图片报道) read by XY-cut after another story's headline is no field of that
    headline's group when the text after the run speaks of a title of the run (a photo's caption speaks of
    none): the photo story is opened first, on its own, and the other titles are named without it."""
    photos = [f for g in groups for f in g[1:] if photo_title(f)]
    if not photos:
        return groups
    body = "".join([u.text for u in body_after(units, j, 8)])
    if not body or max(coh.coverage(text_of(f), body) for g in groups for f in g) < ROW_COVER:
        return groups
    return [[f] for f in photos] + [[f for f in g if not any(f is p for p in photos)] for g in groups]


def _kicker_row(groups: list[list[list[Unit]]]) -> bool:
    """Side-by-side stories each with a kicker, as XY-cut sets them: both kickers, then both headlines."""
    return len(groups) == 2 and len(groups[0]) == 3 and len(groups[1]) == 1 and groups[1][0][0].level > 0 \
        and not groups[0][1][0].level and groups[0][2][0].level == groups[1][0][0].level


def _row(fields: list[list[Unit]], units: list[Unit], j: int, coh: Cohesion):
    """Headlines set side by side reach a converter as one run of lines with the stories' bodies after them.
    When the body after a run opens with a dateline and holds several, each dated segment is a story: it takes
    the field of the run whose words it echoes best (one field per story) and each other field that speaks of
    it most, and its fields are named as any headline group's (a marked field is its headline). Every marked
    field heads a story, and a ——subheadline heads none (``_undashed``); two fields that do not each echo their
    own story most are one story's (``_crossed``). Returns
    [(start unit, fields by name)] in body order, or None."""
    starts, k = [], j
    i = j - sum(len(f) for f in fields)
    cut = units[i - 1].text if i > 0 and units[i - 1].role == "body" and not ends_sentence(units[i - 1].text) else ""
    while k < len(units) and units[k].role != "heading":
        if units[k].role == "body" and opens_with_dateline(units[k].text) or \
                units[k].role == "label" and rx("body", "label").match(units[k].text) or \
                k > j and closing_note(units[k - 1].text) and units[k].role == "body" \
                and not (cut and splits_word(cut, units[k].text)) or \
                k == j + 2 and photo_after(units, j) and units[k].role == "body":
            starts.append(k)        # a dateline, a box label that opens a story (核心阅读), the text after a
            #                         story's closing note (（本报某地电）) unless it is the rest of the sentence
            #                         cut before the run, or the text after a photo right under the run
        k += 1
    if starts and starts[0] != j and (any(k > j and closing_note(units[k - 1].text) for k in starts)
                                      or starts[0] == j + 2 and photo_after(units, j)):
        starts.insert(0, j)         # a story without a dateline, closed by its note before the next one; a photo
    if len(starts) < 2 or starts[0] != j or len(fields) < len(starts) or len(fields) > 6:
        return None
    bounds = starts + [k]
    segments = ["".join([u.text for u in units[a:b]]) for a, b in zip(bounds, bounds[1:])]
    photo = [units[b - 1].role == "credit" for b in bounds[1:]]     # a photo's title (图片报道) may echo no text
    heads = [text_of(f) for f in fields]
    aff = [[coh.coverage(h, s) for s in segments] for h in heads]
    best, choice = 0.0, None
    marked = [f for f in range(len(fields)) if fields[f][0].level]
    candidates = marked if len(marked) >= len(segments) else range(len(fields))    # marks name headlines
    must = set(marked) if len(marked) < len(segments) else set()                    # each a story's
    for pick in permutations(candidates, len(segments)):
        score = sum(aff[f][m] for m, f in enumerate(pick))
        if score > best and must <= set(pick) and all(
                aff[f][m] >= ROW_COVER or photo[m] and max(aff[f]) < ROW_COVER for m, f in enumerate(pick)):
            best, choice = score, pick
    if choice is None:
        return None
    choice = _undashed(choice, heads, aff)
    if len(fields) == 2 and _crossed(choice, aff):
        return None
    members: dict[int, list[int]] = {f: [f] for f in choice}
    for f in range(len(fields)):
        if f not in members:
            members[choice[max(range(len(segments)), key=lambda m: aff[f][m])]].append(f)  # the story it speaks of
    return [(starts[m], name_fields([fields[g] for g in sorted(members[f])])) for m, f in enumerate(choice)]


def _crossed(choice: tuple[int, ...], aff: list[list[float]]) -> bool:
    """A field speaks of the text a row gives another field more than that field does: both are one story's
    titles, a headline over its subheadline (or under its kicker) whose text holds two datelines, a report and a
    sidebar (青川港新航线下月开通 / 港务局答记者问 / 新华社……电 / 本报……电). On the train pages two fields read as a
    row are so on 3 pages, all one story's titles."""
    return any(aff[g][m] > aff[f][m] for m, f in enumerate(choice) for g in choice if g != f)


def _undashed(choice: tuple[int, ...], heads: list[str], aff: list[list[float]]) -> tuple[int, ...]:
    """A ——subheadline picked to head a story of a row gives way to the plain field left over that echoes the
    story best: XY-cut reads a neighbour's title between a headline and its subheadline (青川港新航线开通 /
    老街书房重开 / ——通达三十个港口), and the subheadline then joins the story it speaks of."""
    picked = list(choice)
    for m, f in enumerate(picked):
        spare = [g for g in range(len(heads)) if g not in picked and not heads[g].startswith("——")]
        if heads[f].startswith("——") and spare:
            picked[m] = max(spare, key=lambda g: aff[g][m])
    return tuple(picked)


def text_after(units: list[Unit], j: int) -> str:
    """The text of the units after a run of heading lines up to the next heading."""
    return "".join([u.text for u in _text_after(units, j)])


def _text_after(units: list[Unit], j: int, limit: int = 12) -> list[Unit]:
    """The units after a run of heading lines up to the next heading (box labels and captions included)."""
    out = []
    for u in units[j:j + limit]:
        if u.role == "heading":
            break
        out.append(u)
    return out


def body_after(units: list[Unit], j: int, limit: int = 4) -> list[Unit]:
    out = []
    if j < len(units) and reporter_line(units[j]):
        j += 1                  # the text under a reporter's line
    for u in units[j:j + limit]:
        if u.role != "body":
            break
        out.append(u)
    return out


def _cut_caption_after(units: list[Unit], j: int) -> bool:
    """The text after a run of heading lines is a picture's caption cut in two at a column's foot (its first piece
    ends no sentence and is no dated lead, the second closes it over its photographer's credit: ``photo_after``):
    a photo story's title, as when the caption comes whole. On the train pages (md-xycut) 20 pages hold such a cut
    caption under a title, every one a photo's."""
    return j + 2 < len(units) and units[j].role == units[j + 1].role == "body" and not ends_sentence(units[j].text) \
        and not units[j].lead and photo_after(units, j + 1)


def photo_after(units: list[Unit], j: int) -> bool:
    """The text after a run of heading lines is a picture's caption closed by its photographer's credit on a
    line of its own (……。 / 本报记者 林小舟摄): the run is a photo story's title, not a crosshead."""
    return j + 1 < len(units) and units[j].role == "body" and units[j + 1].role == "credit" \
        and ends_sentence(units[j].text) and bool(rx("photo", "credit").match(units[j + 1].text))


CAPTION_PARAS = 3       # paragraphs of a photo story's caption over its photographer's credit


def caption_after(units: list[Unit], j: int) -> bool:
    """The text after a run of heading lines is a photo story's caption of up to ``CAPTION_PARAS`` paragraphs, each
    ending a sentence and none a story's lead, closed by its photographer's credit on a line of its own (……。 / ……。 /
    本报记者 林小舟摄): the run is that story's title, not a crosshead (``photo_after`` asks for one paragraph)."""
    k = j
    while k < len(units) and k - j < CAPTION_PARAS and units[k].role == "body" and not units[k].lead \
            and ends_sentence(units[k].text):
        k += 1
    return j < k < len(units) and units[k].role == "credit" and bool(rx("photo", "credit").match(units[k].text))


def open_article(page: Page, named: dict[str, list[Unit]]) -> Article:
    """An article from its named headline fields (section, kicker, headline, subheadline)."""
    art = Article()
    lead_in = named.get("subheadline")
    if lead_in and not text_of(lead_in).startswith("——") and (text_of(lead_in).endswith("——")
                                                             or is_box_name(text_of(named["headline"]))
                                                             or _summary(text_of(lead_in), text_of(named["headline"]))):
        named = {k: v for k, v in named.items() if k != "subheadline"}
        art.paragraphs.append(joined(page, lead_in))     # 2018年某市—— over a figure: the body's first line; the
        #                                                 title of a box's first item under the box's name; a summary
    elif lead_in and (at := _part_byline(lead_in)):
        named = {k: v for k, v in named.items() if k != "subheadline"}
        k = next((k for k in range(1, len(lead_in)) if len(text_of(lead_in[:k])) == at), 0)
        art.paragraphs += [joined(page, lead_in[:k]), joined(page, lead_in[k:])] if k \
            else cut_in_two(page, joined(page, lead_in), at)
    for name, us in named.items():
        setattr(art, name, field_of(page, us))
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
    return art


SUMMARY_CLAUSES = 3      # clauses of a summary line that opens a story's body under its tagged title


def _summary(text: str, head: str) -> bool:
    """A plain line of several clauses under a title closed by its column tag (……（青川时评） / 夜市重开了，摊位要登
    记，经营时段要延长到午夜): the summary line that opens the body; such a title seldom has a subheadline but a
    dashed one, and a subheadline seldom runs to three clauses."""
    return bool(TAG_END.search(head)) and not text.startswith(("（", "(")) \
        and text.count("，") + 1 >= SUMMARY_CLAUSES


def _summary_over_summary(named: dict[str, list[Unit]], units: list[Unit], j: int) -> bool:
    """In a markdown dump, a plain line with a clause break under a title closed by its column tag, over a body line
    that ends no sentence and is no lead (……（青川时评） / 夜市重开了，摊位要登记 / 经营时段延长到午夜，市民更方便 /
    ……): the first of the summary lines that open the commentary, not a subheadline."""
    sub = named.get("subheadline")
    if not sub or "，" not in text_of(sub) or not plain(text_of(sub)) \
            or not TAG_END.search(text_of(named["headline"])) or j >= len(units):
        return False
    nxt = units[j]
    return nxt.role == "body" and not nxt.lead and not ends_sentence(nxt.text)


def _part_title(named: dict[str, list[Unit]], units: list[Unit], j: int) -> bool:
    """In a markdown dump, an unmarked kicker over a marked headline with a reporter's line under them, where a
    later heading run of the story, before the next marked heading, is over a reporter's line too: a package of
    reports, the kicker the title of its first part, which XY-cut read over the package's headline (老街夜市 /
    ## 青川新春走基层 / 本报记者 林小舟 / …… / 城市书房 / 本报记者 韩亦舒)."""
    kicker = named.get("kicker")
    if kicker is None or kicker[0].level or not named["headline"][0].level \
            or j + 1 >= len(units) or not reporter_line(units[j]):
        return False
    k = j + 1
    while k + 1 < len(units) and not units[k].level:
        if units[k].role == "heading" and reporter_line(units[k + 1]):
            return True
        k += 1
    return False


def _part_under_title(named: dict[str, list[Unit]], units: list[Unit], j: int) -> bool:
    """A plain subheadline (a title, or a kicker and its title with a dash between them) over a reporter's line: the
    first part of a package, its title read under the package's headline (## 青川新春走基层 / 老街夜市重开—— /
    摊主笑迎八方客 / 本报记者 韩亦舒 / ……), as a subheadline is not signed apart (``_part_byline``)."""
    sub = text_of(named.get("subheadline") or [])
    return bool(sub) and not sub.startswith("——") and "kicker" not in named and j < len(units) \
        and reporter_line(units[j])


def _series_opener(named: dict[str, list[Unit]], units: list[Unit], j: int) -> int:
    """In a markdown dump, a plain subheadline, a short label run on into a quotation (一段往事“……”), whose form a
    heading run in the text under it repeats (a label as long, then a quotation: 一座书房 / “……”) before the next
    marked heading: the first crosshead of the story's series, not its subheadline. The label's length, or 0."""
    sub = text_of(named.get("subheadline") or [])
    label = sub.partition("“")[0]
    if not plain(sub) or not 2 <= len(label) < len(sub) or not sub.endswith("”"):
        return 0
    k = j
    while k < len(units) and not units[k].level:
        run = []
        while k < len(units) and units[k].role == "heading" and not units[k].level:
            run.append(units[k].text)
            k += 1
        if len(run) == 2 and len(run[0]) == len(label) and run[1].startswith("“") and run[1].endswith("”"):
            return len(label)
        k += 1
    return 0


def _part_byline(lead_in: list[Unit]) -> int:
    """Lines under a headline closing on a reporter's line, alone (临江夜市重开 / 本报记者 王 朗) or run on from the
    title (临江夜市重开本报记者 王 朗): the title and byline of a package's first report, which open the body; a
    subheadline is not signed apart. Where the byline starts in the lines' text, or 0."""
    text = text_of(lead_in)
    if text.startswith("——"):
        return 0
    last = lead_in[-1].text
    if len(lead_in) >= 2 and _reporters(last):
        return len(text) - len(last)
    return next((k for k in range(TITLE_MIN, len(text)) if _reporters(text[k:])), 0)


def _reporters(text: str) -> bool:
    """``text`` is a reporter's line (本报记者 王 朗, a two-character name perhaps set wide)."""
    return bool(rx("byline", "reporter_line").match(PADDED_NAME.sub("", text)))


