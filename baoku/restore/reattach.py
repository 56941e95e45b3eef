"""Reattach story bodies that the converter displaced away from their headline.

Headlines set side by side come out of a converter one after another, their bodies after them in the same order:
such a row of bodiless headlines shares the body that follows, cut where the stories change (at a lead or after a
closing credit, by which headline each paragraph echoes). A story whose text stops mid-sentence takes back its
continuation read inside a later story; a headline left without a body (an orphan) then takes back the trailing
paragraphs of a later story, its cut text made whole, when those paragraphs cover the orphan's headline words better
than their host's (enough of them, unless they follow the host's closing note, where a run echoing the orphan's
headline enough as a whole and the host's not at all suffices; with the lead that opens them or up
to two paragraphs echoing neither title before them, and the next story when that is a crosshead read as a lone
title over text speaking of the orphan's headline), or else a photo's caption and credit read inside another story
(a photo story's title); a package's first part read inside a later story (a title over its reporter's line alone)
and the text after it go to the orphan before any such search. A kicker that such a caption echoes is that photo
story's title, read over another headline; so is a short kicker over a headline that the story's only text, a
photo's caption and credit, does not speak of (that headline heads a story just after whose opening speaks of
it, the story's own headline its subheadline). A story headed by a ——subheadline alone goes under the recent headline
its text echoes (a stray paragraph that headline held, read on after the story before it, going back there). Two
column-tagged headlines whose texts each echo the other's headline well beyond their own trade places; so do two
neighbouring headlines when one's words open the other's text far more than its own. A headline
left without a body over short dated reports in a row, or over parts named by dashed kickers, is a package's label:
it takes them as its parts. A title left bodiless and alone is the kicker of a next story without one whose opening
speaks of it. A digest's standing name read as the kicker of its first item's title is the box's headline, that title
its first paragraph. A photo's caption and credit closing a story whose text they do not speak of are a photo story of
their own (titled by a short kicker under a section that the story's text does not speak of); the text after a
story's closing note that speaks of the next story opens that story's text. A story whose text opens mid-sentence
takes back its first column read at the end of the story before it; a run closed by its own note after a story's
closing note goes back to the earlier story, not closed by a note, that it speaks of.
"""
from __future__ import annotations

import re

from ..model import Article, Field, Page, Paragraph
from ..patterns import rx
from .cohesion import Cohesion
from .crosshead import PART_LABEL, sister_labels
from .headings import COLUMN_TAG, KICKER_END, TAG_END, dated_note, digest_name, is_section, short_title
from .punct import closing_note, end_odds, ends_sentence, in_quote, splits_word, start_odds
from .roles import has_address, is_lead, is_production, may_credit, opens_with_dateline

MARGIN = 0.08          # per paragraph, how much better the orphan's headline must be covered
MIN_COVER = 0.25       # the moved text must cover at least this share of the orphan's headline
SWAP_GAIN = 0.15       # how much better each of two tagged headlines must be covered by the other's text


def heading(a: Article, untagged: bool = False) -> str:
    """The text of the story's headline fields; ``untagged``: without the column's tag closing its headline
    (……（青川观察）), which no story's text echoes."""
    return "".join(COLUMN_TAG.sub("", f.text) if untagged and f is a.headline else f.text
                   for f in (a.kicker, a.headline, a.subheadline) if f)


LEAD_BONUS = 0.5       # a story change at a lead paragraph (本报北京…电) or after a closing credit is likely
SWITCH_COST = 0.15     # a story change anywhere else must be earned by the headlines' words
LAST_COVER = 0.1       # the last headline of a row keeps the body's end only if a paragraph covers this share


def reattach(page: Page) -> Page:
    arts = page.articles
    # each story's headline fields before its paragraphs: a headline with the text after it is one piece
    coh = Cohesion([t for a in arts for t in (heading(a), *(p.text for p in a.paragraphs))], page.bigrams)
    src = page.source.text if page.source is not None else ""
    _share_rows(arts, coh)
    for art in arts:
        _dashed_first(art)
    if next(_photos(arts), None) is not None:      # (a page without a photo's credit has no photo's title)
        for art in list(arts):
            if art.kicker is not None and art.headline is not None and (photo := _photo_kicker(art, arts, coh)):
                arts.insert(arts.index(art) + 1, photo)
            elif art.headline is not None and (photo := _photo_title_end(art, arts, coh, src)):
                arts.insert(arts.index(art) + 1, photo)
    for k in range(len(arts) - 1, 0, -1):
        if (head := _dashed_to(arts[:k], arts[k], coh)) is not None:
            _return_stray(arts, head, arts[k])
            _take_dashed(head, arts.pop(k))
    _title_line_to_dashed(src, arts, coh)
    _head_read_before(src, arts, coh)
    _swap_bodiless(arts, coh)
    _first_column_back(arts, coh)
    _rejoin_cut(arts, coh)      # first: an orphan's text cut at a column's foot and read in two stories is
    _plain_line_under(src, arts, coh)
    for orphan in list(arts):   # taken whole from the first of them, not only its rest from the second
        if orphan.paragraphs or orphan.headline is None:
            continue
        head = heading(orphan, untagged=True)
        if best := _package_host(orphan, arts, coh, head) or _covering_host(orphan, arts, coh, head):
            host, k, cover = best
            if _opens_on(orphan, host, k, arts, coh):
                continue
            moved = host.paragraphs[k:]
            del host.paragraphs[k:]
            orphan.paragraphs = moved
            orphan.flag("reattached")
            orphan.decide(f"reattached {len(moved)} paragraph(s) displaced after “{heading(host)[:16]}” "
                          f"(headline cover {cover:.2f})", 0.15)
            host.decide(f"gave {len(moved)} trailing paragraph(s) to “{head[:16]}”", 0.05)
            _take_crossheaded(orphan, host, arts, coh, head)
    _orphan_to_kicker(arts, coh)
    for orphan in arts:
        if not orphan.paragraphs and orphan.headline is not None:
            _take_parts(orphan, arts)
    for orphan in arts:
        if not orphan.paragraphs and orphan.headline is not None:
            _take_photo(orphan, arts, coh)
    for host in list(arts):
        if (photo := _stray_photo(host, coh)) is not None:
            arts.insert(arts.index(host) + 1, photo)
    for host, nxt in zip(arts, arts[1:]):
        _note_run_to_next(host, nxt, coh)
    for k, host in enumerate(arts):
        _note_run_back(arts[:k], host, coh)
    _kicker_from_section(arts, coh)
    _kicker_to_next(arts, coh)
    _headline_to_deck(src, arts, coh)
    _deck_over_later_lead(src, arts, coh)
    _note_under_title(src, arts)
    for art in arts:
        _series_label_apart(src, art)
    _dashed_kicker_row(arts)
    _kicker_read_apart(arts, coh)
    _swap_tagged(arts, coh)
    _tagged_title_under_stray(arts)
    _swap_echoed(arts, coh)
    _move_photo_captions(arts, coh)
    for art in arts:
        _numbered_sub(art)
    for art in arts:
        _captions_as_text(art)
    for art in list(arts):
        if (other := _photo_under_kicker(art, coh)) is not None:
            k = arts.index(art) + 1
            if (host := _speaks_of(other, arts[k:k + KICKER_AHEAD], coh)) is not None:
                host.headline, host.subheadline = other.headline, host.headline
                host.decide("its headline read over a photo is the title, its own the subheadline", 0.1)
            else:
                arts.insert(k, other)
    for art in arts:
        _digest_over_item(art)
    page.articles = [a for a in arts if _holds_text(a)]
    return page


SUB_OPEN_COVER = 0.12  # how much of a plain line under a marked headline the story's opening must echo
OPENING = 2             # paragraphs of a story's opening
SUB_LEAST = 6           # characters of such a line (a shorter one, 复测, is the headline's wrapped end)


def _plain_line_under(src: str, arts: list[Article], coh: Cohesion) -> None:
    """A bodiless lone title, an unmarked line right under the marked headline of the story before it (## 青川
    新桥通车 / 两岸往来只需五分钟), that story without a subheadline and its opening echoing the line's words
    (``SUB_OPEN_COVER``), is that story's subheadline, not a story whose text was read elsewhere (unless the text
    that covers the line best opens on a lead, ``_own_lead_later``); a short line or one going on with a word the
    headline cuts is the headline's wrapped end, one closed by a column tag another story's title (train: 2
    pages, in md-xycut and md-stream, all right)."""
    for prev, art in list(zip(arts, arts[1:])):
        if art.paragraphs or art.captions or art.kicker or art.subheadline or art.headline is None \
                or prev.headline is None or prev.subheadline is not None or not prev.paragraphs:
            continue
        if not _marked(src, prev.headline) or _marked(src, art.headline) \
                or not _right_over(src, prev.headline, art.headline) \
                or len(art.headline.text) < SUB_LEAST or splits_word(prev.headline.text, art.headline.text) \
                or TAG_END.search(art.headline.text):
            continue
        opening = "".join([p.text for p in prev.paragraphs[:OPENING]])
        if coh.coverage(art.headline.text, opening) >= SUB_OPEN_COVER and not _own_lead_later(art, arts, coh):
            prev.subheadline = art.headline
            arts.remove(art)
            prev.decide(f"the plain line under its headline, echoed by its opening, is its subheadline: "
                        f"{prev.subheadline.text[:16]}", 0.1)


def _own_lead_later(orphan: Article, arts: list[Article], coh: Cohesion) -> bool:
    """The trailing text that covers the orphan's headline best opens on a lead: the title's own story."""
    best = _covering_host(orphan, arts, coh, heading(orphan, untagged=True))
    return best is not None and is_lead(best[0].paragraphs[best[1]].text)


DASHED_SUB = 40         # characters of a ——subheadline


def _dashed_first(art: Article) -> None:
    """A story under a headline with no subheadline whose first paragraph is a short line opened by a dash, with no
    sentence stop, over more text (——老街新事②): its ——subheadline, read after the headlines of a row set side by side
    and kept as a crosshead in the body they share, until the body was shared out."""
    if art.headline is None or art.subheadline is not None or len(art.paragraphs) < 2:
        return
    first = art.paragraphs[0]
    text = first.text
    if not text.startswith("——") or len(text) > DASHED_SUB or any(c in text for c in "。！？"):
        return
    art.subheadline = Field(text.lstrip("—"), first.spans, first.boxes)
    del art.paragraphs[0]
    art.decide(f"a dashed first paragraph is the subheadline: {text[:16]}", 0.2)


def _holds_text(art: Article) -> bool:
    """The story still holds text after the moves: a paragraph, a caption or any title field (a section or kicker
    alone too: dropping it would lose that text)."""
    return any((art.paragraphs, art.captions, art.section, art.kicker, art.headline, art.subheadline))


PHOTO_TEXT = 150       # characters of the one paragraph a photo story's headline stands over


CAPTION_STEP = 0.02    # per paragraph, how much closer to a photo's caption than to its host a photo story's text is
CAPTION_GAIN = 0.1     # how much closer to a photo story's text than to its holder's a caption must be to move


def photo_feature(paras: list[Paragraph]) -> bool:
    """Paragraphs that may be a photo feature's text before its caption and credit: no lead, up to ``FEATURE_TEXT``
    characters. Of the corpus's 123 stories closed by a caption and its credit, none opens with a dated lead and
    117 hold 300 characters or fewer before it."""
    return bool(paras) and not is_lead(paras[0].text) and sum(len(p.text) for p in paras) <= FEATURE_TEXT


FEATURE_TEXT = 300      # characters of a photo feature's text before its caption


def _photo_text(art: Article) -> Paragraph | None:
    """A photo story's one short paragraph that is no story's lead, under its headline (production credits
    aside), or None."""
    if art.headline is None:
        return None
    text = None
    for p in art.paragraphs:
        if not is_production(p.text):
            if text is not None:
                return None     # a second paragraph of text: no photo story
            text = p
    return text if text is not None and len(text.text) < PHOTO_TEXT and not is_lead(text.text) else None


def _move_photo_captions(arts: list[Article], coh: Cohesion) -> None:
    """A photo's caption (图为……) that another story holds goes to the photo story without one whose text it is
    closer to by ``CAPTION_GAIN`` (a photo story's text reattached away from the story it was read in)."""
    if not any(c.text.startswith("图为") for a in arts for c in a.captions):
        return
    photos = [(a, p.text) for a in arts if not a.captions and (p := _photo_text(a)) is not None]
    for holder in arts:
        own = "".join([p.text for p in holder.paragraphs])
        for c in [c for c in holder.captions if c.text.startswith("图为")]:
            best = max(photos, key=lambda x: coh.similarity(c.text, x[1]), default=None)
            if best is not None and best[0] is not holder \
                    and coh.similarity(c.text, best[1]) >= coh.similarity(c.text, own) + CAPTION_GAIN:
                holder.captions.remove(c)
                best[0].captions.append(c)
                best[0].decide("took its photo's caption read inside another story", 0.05)


def _captions_as_text(art: Article) -> None:
    """A photo story, its headline over one short paragraph that is no story's lead (production credits aside),
    prints its photo's caption (图为……) and the photographer's credit as its text, right after that paragraph."""
    if not art.captions or not all(c.text.startswith("图为") for c in art.captions):
        return
    first = _photo_text(art)
    if first is None:
        return
    at = art.paragraphs.index(first) + 1
    for c in art.captions:
        apart = c.credit is not None and len(c.spans) > 1     # the credit on a line of its own: its span last
        spans = c.spans[:-1] if apart else c.spans
        text = [Paragraph(c.text, spans)] + ([Paragraph(c.credit, c.spans[-1:] if apart else [])] if c.credit else [])
        art.paragraphs[at:at] = text
        at += len(text)
    art.captions = []
    art.decide("a photo story's caption and credit are its text", 0.02)


def _take_crossheaded(orphan: Article, host: Article, arts: list[Article], coh: Cohesion, head: str) -> None:
    """The story right after the host, under a lone title (no kicker, no subheadline) over text that opens on no
    lead and covers the orphan's headline at least ``MIN_COVER``, is the rest of the text the orphan took: its title
    is one of that text's crossheads (……夜市重开侧记 / 6月1日晚，…… / “老街夜市让日子更有味道” / ……), which read after
    the lead alone looked like a story's title. The orphan takes the title (and a section label over it) as
    paragraphs, the text under it and its captions."""
    k = arts.index(host) + 1
    nxt = arts[k] if k < len(arts) else None
    if nxt is None or nxt is orphan or nxt.headline is None or nxt.kicker or nxt.subheadline \
            or not nxt.paragraphs or is_lead(nxt.paragraphs[0].text) \
            or coh.coverage(head, "".join([p.text for p in nxt.paragraphs])) < MIN_COVER:
        return
    title = nxt.headline
    orphan.paragraphs += [f.as_paragraph() for f in (nxt.section, title) if f] + nxt.paragraphs
    orphan.captions += nxt.captions
    del arts[k]
    orphan.decide(f"took the text under a crosshead read as a title after it: {title.text[:16]}", 0.1)


def _swap_tagged(arts: list[Article], coh: Cohesion) -> None:
    """Two stories under column-tagged headlines (……（青川观察）), each text echoing the other's headline by
    ``SWAP_GAIN`` more than its own: XY-cut set each title over the other's text (a title read apart in a row of
    titles, the other over the text it left). They trade headlines; kickers and subheadlines stay with the text."""
    tagged = [a for a in arts if a.headline is not None and a.paragraphs and COLUMN_TAG.search(a.headline.text)]
    for i, a in enumerate(tagged):
        for b in tagged[i + 1:]:
            if _echoes_other(coh, a, b) and _echoes_other(coh, b, a):
                a.headline, b.headline = b.headline, a.headline
                for x in (a, b):
                    x.decide(f"took the tagged headline its text echoes: {x.headline.text[:16]}", 0.2)


STRAY_HEAD = 6          # characters of a stray line read as a story's headline over its column-tagged title
TAGGED_TITLE_MAX = 42   # characters of that title (the longest unmarked title, ``roles.UNMARKED_TITLE_MAX``)


def _tagged_title_under_stray(arts: list[Article]) -> None:
    """A story headed by a short stray line (a box's closing label, 更多精彩; a word set down a margin) with no kicker
    or subheadline, whose first or second paragraph is a lone line closed by a column tag (……（记者手记）) with no stop
    and no photo credit, under at most one line of a title's length that ends no sentence: that line is the story's
    title, and the stray line and the line before the title close the story before (its last paragraphs)."""
    for prev, art in zip(arts, arts[1:]):
        h = art.headline
        if h is None or art.kicker is not None or art.subheadline is not None or len(h.text) > STRAY_HEAD \
                or COLUMN_TAG.search(h.text) or not prev.paragraphs:
            continue
        k = next((k for k, p in enumerate(art.paragraphs[:2]) if _lone_tagged_title(p.text)), None)
        if k is None or k + 1 >= len(art.paragraphs) \
                or any(len(p.text) > TAGGED_TITLE_MAX or ends_sentence(p.text) for p in art.paragraphs[:k]):
            continue
        title = art.paragraphs[k]
        prev.paragraphs += [h.as_paragraph(), *art.paragraphs[:k]]
        art.headline = Field(title.text, title.spans, title.boxes)
        del art.paragraphs[:k + 1]
        art.decide(f"its column-tagged title read as text under a stray line: {title.text[:16]}", 0.1)


def _lone_tagged_title(text: str) -> bool:
    """A paragraph that is a title closed by its column tag: no stop in it, no photo's credit (某某摄（影像中国）)."""
    return len(text) <= TAGGED_TITLE_MAX and bool(COLUMN_TAG.search(text)) and not text.startswith(("（", "(")) \
        and not re.search("[。！？]", text) and not may_credit(text)


OPENING_PARAS = 3       # paragraphs of a story's opening weighed against a bodiless neighbour's title
OPENING_ECHO = 0.4      # ... which that opening echoes at least this much
OWN_ECHO = 0.1          # ... and the story's own headline and subheadline less than this


def _swap_bodiless(arts: list[Article], coh: Cohesion) -> None:
    """A bodiless headline (no text, caption nor subheadline) next to a story whose opening paragraphs speak of
    it (``OPENING_ECHO``) and hardly of the story's own headline and subheadline (``OWN_ECHO``): XY-cut
    read the two titles in one run and gave this text to the wrong one (## 老街书房迎客 / 青川港新航线开通 /
    本报讯……航线……). The bodiless headline takes the text with its captions, and the story's kicker when it has
    none (the kicker speaks of the text); the title left bodiless is then matched to its own text."""
    for k, b in enumerate(arts):
        if b.paragraphs or b.captions or b.headline is None or b.subheadline is not None:
            continue
        for a in arts[max(k - 1, 0):k + 2]:
            if a is b or not a.paragraphs or a.headline is None:
                continue
            opening = "".join([p.text for p in a.paragraphs[:OPENING_PARAS]])
            own = "".join([f.text for f in (a.headline, a.subheadline) if f])
            if coh.coverage(COLUMN_TAG.sub("", b.headline.text), opening) >= OPENING_ECHO \
                    and coh.coverage(COLUMN_TAG.sub("", own), opening) < OWN_ECHO:
                b.paragraphs, b.captions, a.paragraphs, a.captions = a.paragraphs, a.captions, [], []
                if b.kicker is None:
                    b.kicker, a.kicker = a.kicker, None
                b.decide(f"took the text read under the title beside it, opening on its own words: "
                         f"{a.headline.text[:16]}", 0.2)
                _text_from_echo(b, a, coh)
                break


def _text_from_echo(host: Article, orphan: Article, coh: Cohesion) -> None:
    """The orphan's text is the host's paragraphs from the first one after the host's opening, following a
    finished sentence, that speaks of the orphan's title (``OPENING_ECHO``): the two texts XY-cut read on as one
    (……调研时强调 / ……成就展综述 / 本报讯……调研…… / 金秋十月，成就展……). None found: the orphan waits."""
    head = heading(orphan, untagged=True)
    paras = host.paragraphs
    k = next((k for k in range(OPENING_PARAS, len(paras))
              if coh.coverage(head, paras[k].text) >= OPENING_ECHO and ends_sentence(paras[k - 1].text)), None)
    if k is not None:
        orphan.paragraphs = paras[k:]
        del paras[k:]
        orphan.decide(f"took the text from where it speaks of its title: {orphan.paragraphs[0].text[:8]}…", 0.2)


KICKER_AHEAD = 3        # stories after a bodiless title among which the story it is the kicker of is sought


def _orphan_to_kicker(arts: list[Article], coh: Cohesion) -> None:
    """A title left bodiless and alone (no kicker, subheadline, text or caption), no column tag closing it (a
    kicker never carries one), is the kicker of the first of the next ``KICKER_AHEAD`` stories that has none and
    whose opening speaks of it (``OPENING_ECHO``): XY-cut read a row of two kickers over the first story's
    headline, and the second one's headline later, alone (青川港—— / 青禾县试行夜间集市 / ## 港口扩建 / …… /
    ## 夜市开张 / 青禾县……夜间集市……). Asked before a bodiless title is read as a package's label over short
    dated reports (``_take_parts``): the first report speaking of it is the story it is the kicker of."""
    for k, orphan in enumerate(arts):
        if orphan.paragraphs or orphan.captions or orphan.kicker is not None or orphan.subheadline is not None \
                or orphan.headline is None or COLUMN_TAG.search(orphan.headline.text):
            continue
        for b in arts[k + 1:k + 1 + KICKER_AHEAD]:
            if b.kicker is None and b.headline is not None and b.paragraphs and coh.coverage(
                    orphan.headline.text, "".join([p.text for p in b.paragraphs[:OPENING_PARAS]])) >= OPENING_ECHO:
                b.kicker = orphan.headline
                b.decide(f"took the kicker left bodiless before it: {b.kicker.text[:16]}", 0.1)
                orphan.headline = None
                break


OWN_ECHO_MAX = 0.2      # a story's opening that echoes its own untagged headline less than this hardly speaks of it


def _opens_on(orphan: Article, host: Article, k: int, arts: list[Article], coh: Cohesion) -> bool:
    """A title left bodiless and alone, no column tag closing it, whose words the host (one of the next
    ``KICKER_AHEAD`` stories, without a kicker) takes up from its opening (``OPENING_ECHO``) while that opening
    hardly speaks of the host's own headline (``OWN_ECHO_MAX``), and whose text from ``k`` on, which it would
    take, opens on no lead (a lead opens a story's own text): the host's kicker, read in a row of kickers over the
    story before (青川港—— / 青禾县夜市 / ## 港口扩建 / …… / ## 烟火里的小城（走基层） / 青禾县夜市……), not the
    owner of the host's trailing text. Makes it so and says whether it did."""
    at = arts.index(orphan)
    if orphan.captions or orphan.kicker is not None or orphan.subheadline is not None or host.kicker is not None \
            or COLUMN_TAG.search(orphan.headline.text) or host not in arts[at + 1:at + 1 + KICKER_AHEAD] \
            or k and is_lead(host.paragraphs[k].text):
        return False
    opening = "".join([p.text for p in host.paragraphs[:OPENING_PARAS]])
    if coh.coverage(orphan.headline.text, opening) < OPENING_ECHO \
            or coh.coverage(COLUMN_TAG.sub("", host.headline.text), opening) >= OWN_ECHO_MAX:
        return False
    host.kicker, orphan.headline = orphan.headline, None
    host.decide(f"took the kicker left bodiless before it: {host.kicker.text[:16]}", 0.1)
    return True


def _kicker_from_section(arts: list[Article], coh: Cohesion) -> None:
    """A story under a section that is no section label by its form and a kicker that does not end as kickers do
    (……——, ……强调), whose text speaks of the section more than of the kicker: the two unmarked lines over its
    headline were a row of kickers, or a kicker and another story's title, that XY-cut read in one run
    (青川出台条例治理工地扬尘 / 青禾县多部门联合护河 / # 青川立法护蓝天). The section is the story's kicker; the
    kicker goes to the next story when that one has none and its text speaks of it (``OPENING_ECHO``) more than
    this text does, else it stays as the section."""
    for k, a in enumerate(arts):
        if a.section is None or a.kicker is None or a.headline is None or is_section(a.section.text) \
                or a.kicker.text.endswith(KICKER_END):
            continue
        text = "".join([p.text for p in a.paragraphs])
        if coh.coverage(a.section.text, text) <= coh.coverage(a.kicker.text, text):
            continue
        a.section, a.kicker = a.kicker, a.section
        a.decide(f"the section its text speaks of is its kicker: {a.kicker.text[:16]}", 0.1)
        b = arts[k + 1] if k + 1 < len(arts) else None
        if b is None or b.kicker is not None or b.headline is None:
            continue
        echo = coh.coverage(a.section.text, "".join([p.text for p in b.paragraphs]))
        if echo >= OPENING_ECHO and echo > coh.coverage(a.section.text, text):
            b.kicker, a.section = a.section, None
            b.decide(f"took the kicker read in a row over the story before it: {b.kicker.text[:16]}", 0.1)


def _kicker_to_next(arts: list[Article], coh: Cohesion) -> None:
    """A kicker, or a section that is no section label by its form, that its story's text hardly speaks of
    (``OWN_ECHO``) while the text of the next story, which has no kicker, speaks of it (``OPENING_ECHO``): that
    story's kicker, which XY-cut read in one run over the headline before it (青川港口运量创新高，港务局表示—— /
    老街书房迎客 / ## 港口稳住基本盘 / 本报讯……港口运量……)."""
    for a, b in zip(arts, arts[1:]):
        fields = [(name, f) for name in ("kicker", "section") if (f := getattr(a, name)) is not None
                  and not (name == "section" and is_section(f.text))]
        if not fields or b.kicker is not None or b.headline is None:
            continue
        text, later = ("".join([p.text for p in x.paragraphs]) for x in (a, b))
        for name, f in fields:
            if coh.coverage(f.text, later) >= OPENING_ECHO and coh.coverage(f.text, text) < OWN_ECHO:
                setattr(a, name, None)
                b.kicker = f
                b.decide(f"took the kicker read over the headline before it: {f.text[:16]}", 0.1)
                break


STRAY_PARAS = 2        # paragraphs a headline read over a neighbour's stray text or a photo's text holds at most
STRAY_ECHO = 0.15      # ... which that text speaks of less than this (a stray shares a word with it at most)
DECK_REPEAT = 0.5      # share of that headline's words a title under it may repeat (more: its wrapped part)


def _headline_to_deck(src: str, arts: list[Article], coh: Cohesion) -> None:
    """A marked headline over at most ``STRAY_PARAS`` paragraphs that hardly speak of it (``STRAY_ECHO``), and one
    of the next ``KICKER_AHEAD`` stories under an unmarked lone title (no kicker, no subheadline) whose opening
    speaks of the headline (``OPENING_ECHO``) and which repeats few of its words (``DECK_REPEAT``): XY-cut read
    the titles of stories set side by side in one run, the headline over a neighbour's text and its subheadline
    over its own (## 青川港新航线开通 / 江畔晨练 / 林舟出席并讲话 / 本报讯……航线……). The headline goes over
    that title, which becomes its subheadline; the story it left takes its kicker as headline (a photo's title),
    or else, its text opening on no lead, goes on the last titled story before it, which takes its
    subheadline. ``src``: the dump's text."""
    for k, a in enumerate(arts):
        if a.headline is None or not a.paragraphs or len(a.paragraphs) > STRAY_PARAS \
                or not _marked(src, a.headline):
            continue
        head = COLUMN_TAG.sub("", a.headline.text)
        if coh.coverage(head, "".join([p.text for p in a.paragraphs])) >= STRAY_ECHO:
            continue
        prev = next((x for x in reversed(arts[:k]) if x.headline is not None), None)
        if a.kicker is None and (prev is None or is_lead(a.paragraphs[0].text)
                                 or a.subheadline is not None and prev.subheadline is not None):
            continue
        b = next((b for b in arts[k + 1:k + 1 + KICKER_AHEAD] if b.headline is not None and b.paragraphs
                  and b.kicker is None and b.subheadline is None and not _marked(src, b.headline)
                  and coh.coverage(head, "".join([p.text for p in b.paragraphs[:OPENING_PARAS]])) >= OPENING_ECHO
                  and coh.coverage(head, b.headline.text) < DECK_REPEAT), None)
        if b is None:
            continue
        b.headline, b.subheadline = a.headline, b.headline
        b.decide(f"took the headline read over another story's text: {b.headline.text[:16]}", 0.2)
        if a.kicker is not None:
            a.headline, a.kicker = a.kicker, None
            a.decide(f"its kicker is its headline: {a.headline.text[:16]}", 0.1)
        else:
            prev.paragraphs += a.paragraphs
            prev.subheadline = prev.subheadline or a.subheadline
            prev.decide(f"took the text read under another story's headline: {a.paragraphs[0].text[:8]}…", 0.1)
            a.headline, a.subheadline, a.paragraphs = None, None, []


def _deck_over_later_lead(src: str, arts: list[Article], coh: Cohesion) -> None:
    """A subheadline the story's opening hardly speaks of (``OWN_ECHO``) while the text from a later lead
    (本报某地某日电……, after a finished sentence) speaks of it (``OPENING_ECHO``) and hardly of the story's
    headline: another story's title that XY-cut read under this headline (a box's title over its own lead, set
    beside the story). That text is a story of its own under it: its first line the headline, a second line
    the subheadline."""
    for art in list(arts):
        sub, paras = art.subheadline, art.paragraphs
        if sub is None or art.headline is None \
                or coh.coverage(sub.text, "".join([p.text for p in paras[:OPENING_PARAS]])) >= OWN_ECHO:
            continue
        head = COLUMN_TAG.sub("", art.headline.text)
        k = next((k for k in range(1, len(paras)) if is_lead(paras[k].text) and ends_sentence(paras[k - 1].text)
                  and coh.coverage(sub.text, "".join([p.text for p in paras[k:k + OPENING_PARAS]])) >= OPENING_ECHO
                  and coh.coverage(head, "".join([p.text for p in paras[k:]])) < OWN_ECHO), None)
        if k is None:
            continue
        other = Article(paragraphs=paras[k:], headline=sub)
        first = _line_text(src, sub.spans[0])
        if len(sub.spans) == 2 and first and sub.text.startswith(first) and len(first) < len(sub.text):
            other.headline = Field(first, sub.spans[:1])
            other.subheadline = Field(sub.text[len(first):], sub.spans[1:])
        del paras[k:]
        art.subheadline = None
        other.flag("reattached")
        other.decide(f"a title read under “{head[:16]}” heads the text from a later lead", 0.15)
        arts.insert(arts.index(art) + 1, other)


def _note_under_title(src: str, arts: list[Article]) -> None:
    """A dated note (``dated_note``: （2023年6月2日）) heading a story is the subheadline of the title right over it
    in the dump (a speech's or a document's), which XY-cut or a row's split gave to another story: a story with
    that title and no subheadline takes the note back. The note's story keeps the title under the note as its
    headline, or, with none, takes the speech's title, leaving the other story's text untitled."""
    for a in arts:
        if a.headline is None or a.kicker is not None or not dated_note(a.headline.text):
            continue
        b = next((b for b in arts if b is not a and b.headline is not None and b.kicker is None
                  and b.subheadline is None and _right_over(src, b.headline, a.headline)), None)
        if b is None:
            continue
        if a.subheadline is not None:
            b.subheadline, a.headline, a.subheadline = a.headline, a.subheadline, None
            b.decide(f"took back its dated note: {b.subheadline.text}", 0.1)
        else:
            a.headline, a.subheadline, b.headline = b.headline, a.headline, None
            a.decide(f"its dated note's title is its headline: {a.headline.text[:16]}", 0.1)


def _right_over(src: str, f: Field, g: Field) -> bool:
    """Field ``f`` ends on the dump's line right over field ``g`` (only blank lines and marks between)."""
    return bool(f.spans and g.spans) and not src[f.spans[-1][1]:g.spans[0][0]].strip(" #\n\t")


def _kicker_read_apart(arts: list[Article], coh: Cohesion) -> None:
    """A lone title (no kicker, no subheadline) ending as kickers do (……强调, ……——) over text that hardly speaks
    of it (``OWN_ECHO``), while the opening of one of the next ``KICKER_AHEAD`` stories, without a kicker, speaks
    of it (``OPENING_ECHO``): that story's kicker, which XY-cut read apart from its headline over a neighbour's
    text (林舟在青禾调研时强调 / 江边新码头开港 / …… / ## 抓好秋粮收购 / 本报讯 林舟在青禾县调研……). The text
    stays, untitled."""
    for k, a in enumerate(arts):
        if a.headline is None or a.kicker or a.subheadline or not a.headline.text.endswith(KICKER_END) \
                or coh.coverage(a.headline.text, "".join([p.text for p in a.paragraphs])) >= OWN_ECHO:
            continue
        b = next((b for b in arts[k + 1:k + 1 + KICKER_AHEAD] if b.kicker is None and b.headline is not None
                  and coh.coverage(a.headline.text, "".join([p.text for p in b.paragraphs[:OPENING_PARAS]]))
                  >= OPENING_ECHO), None)
        if b is not None:
            b.kicker, a.headline = a.headline, None
            b.decide(f"took its kicker read apart over another story's text: {b.kicker.text[:16]}", 0.1)


def _dashed_kicker_row(arts: list[Article]) -> None:
    """A story whose kicker and headline both end on a dash: no title ends so (none of the 1,197 of the train
    pages), so the two are a row of kickers that XY-cut read over the first story's text, whose headline it read
    elsewhere (临江区—— / 青川港—— / 本报讯……). The second is the kicker of the next story, when that has none and a
    headline that does not end as kickers do; the first story is left with its kicker."""
    for a, b in zip(arts, arts[1:]):
        if a.kicker is not None and a.headline is not None and a.kicker.text.endswith("——") \
                and a.headline.text.endswith("——") and b.kicker is None and b.headline is not None \
                and not b.headline.text.endswith(KICKER_END):
            b.kicker, a.headline = a.headline, None
            b.decide(f"took its kicker read in a row with another story's: {b.kicker.text[:16]}", 0.1)


def _series_label_apart(src: str, art: Article) -> None:
    """A package's series title (## 青川春运纪事, marked or not) with its first part's short label under it,
    unmarked (``PART_LABEL``: 新站台), read as the title's wrapped end, and the part's title under them as the
    subheadline: label and title open the story's text when a later paragraph of it is a sister label of the same
    length and first character (新站台 / 新航线), as the package's next part opens (``crosshead.labelled_part``).
    Train: 4 firings on 2 pages (md-stream 2, lines 2), all right."""
    h = art.headline
    if h is None or len(h.spans) < 2 or src.startswith("#", h.spans[-1][0]):
        return
    label = _line_text(src, h.spans[-1])
    if not (2 <= len(label) <= PART_LABEL and label.isalnum() and h.text.endswith(label)):
        return
    if not any(p.text != label and sister_labels(p.text, label) for p in art.paragraphs):
        return
    cut = len(h.spans) - 1
    split = len(h.boxes) == len(h.spans)
    art.headline = Field(h.text[:-len(label)].rstrip(), h.spans[:cut], h.boxes[:cut] if split else h.boxes)
    opening = [Paragraph(label, h.spans[cut:], h.boxes[cut:] if split else [])]
    if art.subheadline is not None:
        opening.append(art.subheadline.as_paragraph())
        art.subheadline = None
    art.paragraphs[:0] = opening
    art.decide(f"its first part's label read under its series title opens its text: {label}", 0.05)


def _line_text(src: str, span: tuple[int, int]) -> str:
    """The text of a heading line of the dump ``src``, its marks and spaces around it dropped."""
    return src[span[0]:span[1]].lstrip("#").strip()


def _marked(src: str, f: Field) -> bool:
    """A field with a line marked as a heading in a markdown dump (## ……)."""
    return any(src.startswith("#", start) for start, _ in f.spans)


NEIGHBOUR_ECHO = 0.5     # how much more a neighbour's opening echoes a story's headline than its own opening does


def _swap_echoed(arts: list[Article], coh: Cohesion) -> None:
    """A headline that the opening of a story at most two places on echoes by ``NEIGHBOUR_ECHO`` more than its own
    opening does (or the other way round), where the other headline is echoed by its own opening no more than by
    this one: XY-cut read the titles of neighbouring stories in an order their texts do not follow (青川港新航线开通 /
    本报讯……书房…… / 老街书房重开 / 本报讯……航线……). They trade headlines; kickers and subheadlines stay with the
    text. On the train pages (md-xycut) it fires on 4 pages: 6 headlines set right, none set wrong."""
    openings = ["".join([p.text for p in x.paragraphs[:OPENING_PARAS]]) for x in arts]     # (no swap moves text)
    for i, a in enumerate(arts):
        for j, b in enumerate(arts[i + 1:i + 3], i + 1):
            if a.headline is None or b.headline is None or not a.paragraphs or not b.paragraphs:
                continue
            mine, theirs = openings[i], openings[j]
            head_a = COLUMN_TAG.sub("", a.headline.text)
            gain_a = _gain(coh, head_a, theirs, mine)
            if gain_a < 0:
                continue        # (the usual case: a headline echoed by its own opening most; ``b``'s is not weighed)
            gain_b = _gain(coh, COLUMN_TAG.sub("", b.headline.text), mine, theirs)
            if gain_b >= 0 and max(gain_a, gain_b) >= NEIGHBOUR_ECHO:
                a.headline, b.headline = b.headline, a.headline
                for x in (a, b):
                    x.decide(f"took the headline its opening echoes: {x.headline.text[:16]}", 0.2)


def _gain(coh: Cohesion, head: str, other: str, own: str) -> float:
    """How much more ``other`` covers ``head`` than ``own`` does, weighed only where ``other`` holds a word of
    ``head`` that ``own`` lacks: else it is 0 where both hold the same words, below 0 (-1) where ``own`` holds more
    (weights are positive)."""
    beyond = coh.held_beyond(head, other, own)
    if beyond < 1:
        return float(beyond)
    return coh.coverage(head, other) - coh.coverage(head, own)


def _echoes_other(coh: Cohesion, a: Article, b: Article) -> bool:
    """``b``'s text covers ``a``'s untagged headline by ``SWAP_GAIN`` more than ``a``'s own text does."""
    head = COLUMN_TAG.sub("", a.headline.text)
    own, other = ("".join([p.text for p in x.paragraphs]) for x in (a, b))
    if coh.held_beyond(head, other, own) < 1:
        return False            # (``b``'s text holds no word of the headline that ``a``'s lacks: no weighing)
    return coh.coverage(head, other) >= coh.coverage(head, own) + SWAP_GAIN


def _covering_host(orphan: Article, arts: list[Article], coh: Cohesion, head: str
                   ) -> tuple[Article, int, float] | None:
    """The story whose trailing paragraphs cover the orphan's ``head`` best, where they start, and how much."""
    best = None
    for host in arts:
        if host is orphan or not host.paragraphs:
            continue
        k, gain, cover = best_suffix(coh, head, host)
        if k is not None and (cover >= MIN_COVER or _after_note(host, k)) and (best is None or gain > best[1]):
            best = (host, gain, k, cover)
    if best is None:            # no trailing text earns the margin: a run read on after a host's closing note
        runs = ((h, 0.0, *r) for h in arts if h is not orphan and (r := _run_after_note(coh, head, h)))
        best = max(runs, key=lambda b: b[3], default=None)
    return best and (best[0], best[2], best[3])


def _run_after_note(coh: Cohesion, head: str, host: Article) -> tuple[int, float] | None:
    """Where the paragraphs after the host's last closing note (（据某社电 记者……）) start, and how much they cover
    ``head``, when together they cover it by ``MIN_COVER`` and none echoes the host's title: the host's story ended
    at its note, so the text read on after it is the orphan's even where no single paragraph earns the margin."""
    paras, title = host.paragraphs, heading(host)
    c = next((k for k in range(len(paras) - 2, 0, -1) if closing_note(paras[k].text)), None)
    if c is None or any(coh.coverage(title, p.text) for p in paras[c + 1:]):
        return None
    cover = coh.coverage(head, "".join([p.text for p in paras[c + 1:]]))
    return (c + 1, cover) if cover >= MIN_COVER else None


PART_TITLE_MAX = 20    # characters of a title over a package's part


def _package_host(orphan: Article, arts: list[Article], coh: Cohesion, head: str
                  ) -> tuple[Article, int, float] | None:
    """The first story after the orphan holding the first part of a package (``_first_part``), where it starts,
    and how much the moved text covers ``head``: a package's headline read apart from its parts takes them."""
    for host in arts[arts.index(orphan) + 1:]:
        if (k := _first_part(host)) is not None:
            return host, k, coh.coverage(head, "".join([p.text for p in host.paragraphs[k:]]))
    return None


def _first_part(host: Article) -> int | None:
    """Where a package's first part opens inside the host's text: a short title closing no sentence over a
    reporter's line alone (老街夜市重开 / 本报记者 林小舟), the first such line the host holds, under the host's
    own text closed by a sentence, a closing note or a signature."""
    paras = host.paragraphs
    k = next((k for k, p in enumerate(paras) if rx("byline", "reporter_line").match(p.text)), None)
    if k is None or k < 3:
        return None
    title, before = paras[k - 1].text, paras[k - 2].text
    return k - 1 if len(title) <= PART_TITLE_MAX and not ends_sentence(title) and (
        ends_sentence(before) or _closes(before) or rx("body", "attribution").match(before)) else None


def best_suffix(coh: Cohesion, head: str, host: Article) -> tuple[int | None, float, float]:
    """The start of the host's trailing paragraphs that belong better under ``head``; none when the host's whole
    text covers ``head`` by no more than ``MARGIN``, as then no paragraph of it gains (a part covers no more)."""
    paras = host.paragraphs
    if coh.coverage(head, "".join([p.text for p in paras])) <= MARGIN:
        return None, 0.0, 0.0
    host_head = heading(host)
    gains = []
    for p in paras:
        gains.append(coh.coverage(head, p.text) - (coh.coverage(host_head, p.text) if host_head else 0.0) - MARGIN)
    best_k, best_gain, total = None, 0.0, 0.0
    start = 1 if _titled(coh, host) else 0      # a host keeps at least the first paragraph under its own title
    for k in range(len(paras) - 1, start - 1, -1):
        total += gains[k]
        if _closes(paras[k].text) or k > 0 and not (ends_sentence(paras[k - 1].text) or _closes(paras[k - 1].text)):
            continue            # a story's text never opens on a closing note; it ends on one or on a sentence
        if total > best_gain:
            best_k, best_gain = k, total
    if best_k is None:
        return None, 0.0, 0.0
    best_k = silent_before(coh, head, host_head, paras, best_k, start)
    best_k = _photo_text_before(coh, host_head, paras, best_k, start)
    if best_k - 1 >= max(start, 1) and is_lead(paras[best_k - 1].text):
        best_k -= 1             # a lead (本报某地某日电……) right before them opens their story's text
    # the host's text ends at its closing note or credit (（作者为……）, 林小舟 图), also one the moves above start at
    # (a story's text never opens on one): what follows goes with the rest
    top = best_k if best_k + 1 < len(paras) else best_k - 1
    best_k = next((k + 1 for k in range(top, start - 1, -1) if _closes(paras[k].text)), best_k)
    cover = coh.coverage(head, "".join([p.text for p in paras[best_k:]]))
    return best_k, best_gain, cover


def _photo_text_before(coh: Cohesion, host_head: str, paras: list, k: int, start: int) -> int:
    """The start ``k`` of the trailing paragraphs, a photo's caption (图为……) at their head, moved back over the
    whole paragraphs before it that are closer to the caption and the text after it than to the host's text before
    them, by ``CAPTION_STEP`` each, taken together (the most): the photo story's text, read on after the host's."""
    if not paras[k].text.startswith("图为"):
        return k
    moved = "".join([p.text for p in paras[k:]])
    best, most, total = k, 0.0, 0.0
    for j in range(k - 1, start, -1):
        if _closes(paras[j].text) or not (ends_sentence(paras[j - 1].text) or _closes(paras[j - 1].text)):
            break
        before = host_head + "".join([p.text for p in paras[:j]])
        total += coh.similarity(moved, paras[j].text) - coh.similarity(before, paras[j].text) - CAPTION_STEP
        if total > most:
            best, most = j, total
    return best


def silent_before(coh: Cohesion, head: str, host_head: str, paras: list, k: int, start: int) -> int:
    """The start ``k`` of the trailing paragraphs that go under ``head``, moved back over the whole paragraphs
    before it that echo ``head`` at all and their host's title not at all (a story's text read on after another
    story's end speaks of its own title here and there, under the margin a single paragraph must earn)."""
    while k - 1 >= start and not _closes(paras[k - 1].text) and coh.coverage(head, paras[k - 1].text) > 0 \
            and not (host_head and coh.coverage(host_head, paras[k - 1].text)) \
            and (k - 2 < 0 or ends_sentence(paras[k - 2].text) or _closes(paras[k - 2].text)):
        k -= 1
    return _mute_before(coh, host_head, paras, k, start)


MUTE_MAX = 2           # paragraphs echoing neither title that the moved text may take back
MUTE_ECHO = 0.1        # ... each echoing the host's text before it less than this (a speaker's words go on there)
DATED_OPEN = re.compile(r"(\d+年)?\d+月\d+日")


def _mute_before(coh: Cohesion, host_head: str, paras: list, k: int, start: int) -> int:
    """``k`` moved back over up to ``MUTE_MAX`` whole paragraphs that echo the host's title not at all (nor the
    orphan's, which ``silent_before`` would have taken) and its text hardly, read right after a paragraph that
    speaks of the host's title: the host's text ends where it last speaks of its title, and the moved text opens
    before its first words of the orphan's title, unless it opens on a lead or a date (本报讯……, 6月2日，……), as a
    story's own text does, or when nothing is moved (``k`` past the last paragraph)."""
    if k >= len(paras) or is_lead(paras[k].text) or DATED_OPEN.match(paras[k].text):
        return k
    j = k
    while k - j < MUTE_MAX and j - 1 >= max(start, 1) and not _closes(paras[j - 1].text) \
            and not coh.coverage(host_head, paras[j - 1].text) and ends_sentence(paras[j - 2].text) \
            and coh.coverage(paras[j - 1].text, "".join([p.text for p in paras[:j - 1]])) < MUTE_ECHO:
        j -= 1
    return j if j < k and coh.coverage(host_head, paras[j - 1].text) > 0 else k


def _after_note(host: Article, k: int) -> bool:
    """The host's paragraphs from ``k`` on follow its closing note (（本报某地某日电）, （作者为……）): the host's story
    ended there, so the text after it is another story's even where it echoes few of that story's headline words."""
    return k > 0 and closing_note(host.paragraphs[k - 1].text)


NOTE_HOST = 3          # paragraphs up to its closing note of a host that gives the text after the note away
NOTE_RUN_GAIN = 0.08   # how much closer to the next story's text than to its host's that text must be


def _note_run_to_next(host: Article, nxt: Article, coh: Cohesion) -> None:
    """The paragraphs after the host's last closing note (（据某社电）, （作者为……）), opening on no lead, that echo
    the next story's titles and text more than the host's text before them by ``NOTE_RUN_GAIN`` open the next
    story's text: its first column, read before its title, after the host's end (on the train pages 6 such runs in
    the three text formats, each the next story's text; a host of one or two paragraphs up to its note may be a
    dispatch heading a longer report whose text goes on after it)."""
    paras = host.paragraphs
    c = next((k for k in range(len(paras) - 2, 0, -1) if closing_note(paras[k].text)), None)
    if c is None or c + 1 < NOTE_HOST or not nxt.paragraphs or is_lead(paras[c + 1].text):
        return
    run = "".join([p.text for p in paras[c + 1:]])
    own = heading(host) + "".join([p.text for p in paras[:c + 1]])
    if coh.similarity(_text_of(nxt), run) < coh.similarity(own, run) + NOTE_RUN_GAIN:
        return
    moved = paras[c + 1:]
    del paras[c + 1:]
    nxt.paragraphs[:0] = moved
    nxt.decide(f"took {len(moved)} paragraph(s) read after the closing note of “{heading(host)[:16]}”", 0.1)
    host.decide(f"gave the {len(moved)} paragraph(s) after its closing note to the next story", 0.05)


def _note_run_back(before: list[Article], host: Article, coh: Cohesion) -> None:
    """The paragraphs after the host's closing note, closed by a note of their own, that are closer by
    ``NOTE_RUN_GAIN`` to the text of an earlier story not closed by a note than to the host's text before them are
    that story's rest, read on after the host's end. Train pages: 3 runs (in md-xycut and lines) back with their
    story, none wrong; check: 1 more; dev: it never fires."""
    paras = host.paragraphs
    if len(paras) < 4 or not _closes(paras[-1].text):
        return                  # (most stories, told before their notes are looked for)
    c = next((k for k in range(len(paras) - 2, 0, -1) if closing_note(paras[k].text)), None)
    if c is None or c + 2 >= len(paras):
        return
    run = "".join([p.text for p in paras[c + 1:]])
    own = heading(host) + "".join([p.text for p in paras[:c + 1]])
    cands = [a for a in before if a.paragraphs and not _closes(a.paragraphs[-1].text)]
    best = max(cands, key=lambda a: coh.similarity(_text_of(a), run), default=None)
    if best is None or coh.similarity(_text_of(best), run) < coh.similarity(own, run) + NOTE_RUN_GAIN:
        return
    moved = paras[c + 1:]
    del paras[c + 1:]
    best.paragraphs += moved
    best.decide(f"took back {len(moved)} paragraph(s) read after the closing note of “{heading(host)[:16]}”", 0.1)


NUMBERED_SUB = re.compile(r"——[^。！？]{2,30}[①-⑳]")     # ——治理新论②: the subheadline of a series' piece
DASH_BACK = 3          # stories back whose headline a lone ——subheadline read apart may be under (any, bodiless)
DASH_ECHO = 0.5        # ... when its story echoes that headline at least this much


def numbered_sub(text: str) -> bool:
    """``text`` is a dashed line closing on a circled number (``NUMBERED_SUB``), its last character told first (most
    texts end otherwise: no pattern tried)."""
    t = text.strip()
    return "①" <= t[-1:] <= "⑳" and bool(NUMBERED_SUB.fullmatch(t))


def _numbered_sub(art: Article) -> None:
    """A series' dashed numbered line (——老街新事②) left among the paragraphs of a story without a subheadline is
    its subheadline (68 corpus subtitles are so written, no paragraph is; train md-xycut: 2 subheadlines set right,
    1 on another story, whose page has the piece's own headline bodiless)."""
    if art.subheadline is not None:
        return                  # (its paragraphs not looked through)
    k = next((k for k, p in enumerate(art.paragraphs) if numbered_sub(p.text)), None)
    if k is not None:
        p = art.paragraphs.pop(k)
        art.subheadline = Field(p.text.strip().lstrip("—"), p.spans)
        art.decide(f"a series' dashed numbered line among its paragraphs is the subheadline: {p.text[:16]}", 0.1)


def _dashed_to(before: list[Article], dashed: Article, coh: Cohesion) -> Article | None:
    """A story headed by a ——subheadline alone (……老街书房…… under ——记临江区的书房志愿者) is the story of the
    nearest of the last ``DASH_BACK`` headlines without a subheadline whose words its text echoes, which XY-cut
    read apart from it, over no text or one stray paragraph, or of an earlier such headline over no text at all
    (a story's long text read between them): that story, or None."""
    if dashed.headline is None or not dashed.headline.text.startswith("——") or dashed.kicker is not None \
            or dashed.subheadline is not None:
        return None
    text = "".join([p.text for p in dashed.paragraphs])
    for k, art in enumerate(reversed(before)):
        room = 1 if k < DASH_BACK else 0
        if art.headline is not None and art.subheadline is None and len(art.paragraphs) <= room \
                and coh.coverage(heading(art, untagged=True), text) >= DASH_ECHO:
            return art
    return None


def _title_line_to_dashed(src: str, arts: list[Article], coh: Cohesion) -> None:
    """A story still headed by a ——subheadline alone, and among the last ``DASH_BACK`` stories before it one
    whose headline is two or more lines marked alike, the last of them one its text hardly speaks of
    (``OPENING_ECHO``) while the ——story's text does (``DASH_ECHO``) and the lines before it speaks of: XY-cut
    read two headlines set side by side as one (## 青川港新航线开通 / ## “江海相连” / …… / ——访港务局长林舟).
    The last line is the ——story's headline, the dashed line its subheadline."""
    for k, dashed in enumerate(arts):
        if dashed.headline is None or not dashed.headline.text.startswith("——") or dashed.kicker is not None \
                or dashed.subheadline is not None:
            continue
        text = "".join([p.text for p in dashed.paragraphs])
        for a in arts[max(k - DASH_BACK, 0):k]:
            spans = a.headline.spans if a.headline is not None else []
            marks = {src[s:e].split(" ", 1)[0] for s, e in spans}
            if len(spans) < 2 or len(marks) != 1 or not next(iter(marks)).startswith("#"):
                continue
            line = _line_text(src, spans[-1])
            rest, own = a.headline.text[:-len(line)], "".join([p.text for p in a.paragraphs])
            if line and a.headline.text.endswith(line) and coh.coverage(line, text) >= DASH_ECHO \
                    and coh.coverage(line, own) < OPENING_ECHO <= coh.coverage(rest, own):
                a.headline = Field(rest, spans[:-1])
                dashed.subheadline = Field(dashed.headline.text.lstrip("—"), dashed.headline.spans)
                dashed.headline = Field(line, spans[-1:])
                dashed.decide(f"took the headline read on with the one beside it: {line[:16]}", 0.15)
                break


END_LEN = 10           # characters of a title's wrapped end read apart over its story's dated lead
END_SHARE = 2 / 3      # of the title's first line's length, at most, for its wrapped end
HEAD_BACK = 3          # stories back whose headline such a wrapped end may finish
FIRST_ECHO = 0.4       # how well the end's story opening must echo the title's first line
HEAD_MUTE = 0.1        # how little the opening of the story holding that first line may echo it


def _head_read_before(src: str, arts: list[Article], coh: Cohesion) -> None:
    """A short marked headline over a dated lead (……电) whose story's opening echoes a recent headline marked alike
    (``FIRST_ECHO``) that its own story's opening hardly does (``HEAD_MUTE``): XY-cut read a long title's first line
    beside other titles, where another story's text took it, and its wrapped end down the column (青川港新航线 /
    …书房… / 下月开通 / 本报讯……港……新航线……). The title is made whole; the story it left takes its kicker as headline,
    or has none. On the train pages (md-xycut) it fires 4 times, all right."""
    for i, art in enumerate(arts):
        end = art.headline
        if end is None or art.kicker is not None or len(end.text) > END_LEN or not art.paragraphs \
                or not opens_with_dateline(art.paragraphs[0].text) or not _marked(src, end):
            continue
        opening = "".join([p.text for p in art.paragraphs[:OPENING_PARAS]])
        for other in reversed(arts[max(i - HEAD_BACK, 0):i]):
            if _first_line_of(src, other, end, opening, coh):
                head = other.headline
                art.headline = Field(head.text + end.text, head.spans + end.spans, head.boxes + end.boxes)
                other.headline, other.kicker = other.kicker, None
                art.decide(f"its headline's first line was read over another story: {head.text[:16]}", 0.2)
                break


def _first_line_of(src: str, other: Article, end: Field, opening: str, coh: Cohesion) -> bool:
    """``other``'s headline, marked as ``end`` is, is the first line of the title ``end`` finishes: a full line
    that ``end`` is what is left of (``END_SHARE``; a subheadline under it may be as long), which ``opening``
    echoes and ``other``'s own opening hardly does."""
    head = other.headline
    if head is None or not other.paragraphs or _level(src, head) != _level(src, end) \
            or len(end.text) > END_SHARE * len(head.text):
        return False
    own = "".join([p.text for p in other.paragraphs[:OPENING_PARAS]])
    return coh.coverage(head.text, opening) >= FIRST_ECHO and coh.coverage(head.text, own) < HEAD_MUTE


def _level(src: str, f: Field) -> int:
    """How many marks (#) open the field's first line in a markdown dump."""
    start = f.spans[0][0]
    return len(src[start:start + 6]) - len(src[start:start + 6].lstrip("#"))


def _return_stray(arts: list[Article], head: Article, dashed: Article) -> None:
    """``head``'s one stray paragraph, a finished one read right on after the last paragraph of the story before
    ``head`` and before the text of its ——subheadline (a row's shared body gave it the paragraph before its text),
    goes back to that story."""
    i = arts.index(head)
    if i == 0 or len(head.paragraphs) != 1 or not arts[i - 1].paragraphs or not dashed.paragraphs:
        return
    prev, stray = arts[i - 1], head.paragraphs[0]
    start = stray.spans[0][0] if stray.spans else None
    last, after = prev.paragraphs[-1], dashed.paragraphs[0]
    if start is not None and last.spans and after.spans and last.spans[-1][1] <= start < after.spans[0][0] \
            and ends_sentence(last.text) and not any(_between(a, last.spans[-1][1], start) for a in arts):
        prev.paragraphs.append(head.paragraphs.pop())
        prev.decide("took back its last paragraph, read before a ——subheadline's text", 0.1)


def _between(art: Article, lo: int, hi: int) -> bool:
    """A paragraph of ``art`` starts in the source between ``lo`` and ``hi``."""
    return any(p.spans and lo <= p.spans[0][0] < hi for p in art.paragraphs)


def _take_dashed(head: Article, dashed: Article) -> None:
    """``head`` takes the ——subheadline and the text of the story it heads, before any paragraph of its own, with
    its captions, and its section when ``head`` has none (else as its first paragraph)."""
    head.subheadline = dashed.headline
    head.subheadline.text = head.subheadline.text.lstrip("—")
    label = []
    if head.section is None:
        head.section = dashed.section
    elif dashed.section is not None:
        label = [dashed.section.as_paragraph()]
    head.paragraphs = label + dashed.paragraphs + head.paragraphs
    head.captions += dashed.captions
    head.flag("reattached")
    head.decide(f"its ——subheadline and text read apart: {head.subheadline.text[:16]}", 0.15)


PARTS_MIN = 2          # short dated reports right after a bodiless headline that make it a package of reports
PART_PARAS = 3         # paragraphs of such a report at most


def _take_parts(orphan: Article, arts: list[Article]) -> None:
    """A headline left without a body over ``PARTS_MIN`` or more short reports in a row, each with a title and
    no subheadline, its text opening on a dated lead (青川春运一线 / 候车室开进地铁站 / 本报青川1月3日电……): a package's
    label over its parts, which XY-cut read as stories of their own; so are parts each named by a kicker ending on a
    dash over a title without a column's tag, each text opening on its reporter's line, or one such part that holds
    the next ones (``_holds_parts``). Each part's titles (a section label over them too) open its text, and its
    captions go with it."""
    k = arts.index(orphan) + 1
    e = k
    while e < len(arts) and _dated_part(arts[e]):
        e += 1
    if e - k < PARTS_MIN:
        e = k
        while e < len(arts) and _dashed_part(arts[e]):
            e += 1
        if e - k < PARTS_MIN and not (e - k == 1 and _holds_parts(arts[k])):
            return
    for part in arts[k:e]:
        titles = [f for f in (part.section, part.kicker, part.headline, part.subheadline) if f is not None]
        orphan.paragraphs += [f.as_paragraph() for f in titles] + part.paragraphs
        orphan.captions += part.captions
    del arts[k:e]
    orphan.flag("reattached")
    orphan.decide(f"a package's label over {e - k} short dated reports or dash-named parts: its parts", 0.2)


def _dashed_part(art: Article) -> bool:
    """A part named by a kicker ending on a dash (青川港引航员王小禾——) over its title, its text opening on its
    reporter's line (本报记者 林小舟); a title closed by a column's tag (……（青川人物）) heads a story of its own. The
    part may have come out with its dashed name as headline and its title opening the text, over the reporter's
    line (``runs._first_part`` reads a package's first report so): on the train pages that broke the run of parts
    on 2 pages, each a package of reports under one headline."""
    if art.headline is not None and art.kicker is None and art.headline.text.rstrip().endswith("——"):
        return len(art.paragraphs) >= 2 and rx("byline", "reporter_line").match(art.paragraphs[1].text) is not None \
            and not TAG_END.search(art.paragraphs[0].text.rstrip())
    return art.headline is not None and art.kicker is not None and art.kicker.text.rstrip().endswith("——") \
        and _reporter_opens(art.paragraphs) and not TAG_END.search(art.headline.text.rstrip())


def _reporter_opens(paras: list[Paragraph]) -> bool:
    """The text opens on a reporter's line, or on the title's second line over it (a subheadline shaped like the
    crossheads of the parts kept inside the part goes to its text: 1 train page)."""
    at = next((k for k, p in enumerate(paras[:2]) if rx("byline", "reporter_line").match(p.text)), None)
    return at == 0 or at == 1 and not ends_sentence(paras[0].text)


def _holds_parts(art: Article) -> bool:
    """A dashed part (``_dashed_part``) whose text holds another reporter's line: the package's next parts, kept
    inside it as its crossheads (``crosshead.led_in_part``)."""
    return any(rx("byline", "reporter_line").match(p.text) for p in art.paragraphs[2:])


def _dated_part(art: Article) -> bool:
    """A short report under a title of its own, no subheadline, its text opening on a dated lead."""
    return art.headline is not None and art.subheadline is None and 0 < len(art.paragraphs) <= PART_PARAS \
        and is_lead(art.paragraphs[0].text)


PHOTO_HOST = 2         # paragraphs a host keeps besides a photo's caption and credit: a story of its own
PHOTO_ECHO = 0.3       # a photo's title whose words its caption echoes at least this much


def _take_photo(orphan: Article, arts: list[Article], coh: Cohesion) -> None:
    """A headline left without a body is a photo story's title (图片报道, 龙舟竞渡) when another story holds a
    photo's caption and its credit alone on a line (……划桨训练。 / 新华社发) besides text of its own: XY-cut read
    the photo inside that story. The orphan takes the pair whose caption echoes its headline most."""
    head = heading(orphan, untagged=True)
    best = None
    for host, c in _photos(arts):
        echo = coh.coverage(head, host.paragraphs[c - 1].text)
        if best is None or echo > best[0]:
            best = (echo, host, c)
    if best:
        _, host, c = best
        orphan.paragraphs = host.paragraphs[c - 1:c + 1]
        del host.paragraphs[c - 1:c + 1]
        orphan.flag("reattached")
        orphan.decide(f"a photo's caption and credit read inside “{heading(host)[:16]}”", 0.15)
        host.decide(f"gave a photo's caption and credit to “{head[:16]}”", 0.05)


def _photo_kicker(art: Article, arts: list[Article], coh: Cohesion) -> Article | None:
    """A story's kicker is a photo story's title that XY-cut read over another headline (龙舟竞渡 / 老街夜市重开)
    when a photo's caption somewhere on the page echoes it, more than its host's headline: the paragraphs
    before the photo's credit that do so are the caption. The photo story opened with them and the credit, or
    None (a section over the kicker becomes the kicker)."""
    title = art.kicker.text
    for host, c in _photos(arts):
        if host is art:
            continue
        k = _caption_start(host, c, title, coh)
        if k < c and coh.coverage(title, "".join([p.text for p in host.paragraphs[k:c]])) >= PHOTO_ECHO:
            photo = Article(headline=art.kicker, paragraphs=host.paragraphs[k:c + 1])
            del host.paragraphs[k:c + 1]
            art.kicker, art.section = art.section, None
            photo.flag("reattached")
            photo.decide(f"a photo story's title read over “{art.headline.text[:16]}”", 0.15)
            return photo
    return None


PHOTO_APART = 0.05      # a caption more alien than this to the story it closes is another story's photo


def _stray_photo(host: Article, coh: Cohesion) -> Article | None:
    """A story of its own text (``PHOTO_HOST`` paragraphs) that ends on a photo's caption and its credit alone on
    a line (……练习剪纸。 / 林小舟摄), the caption hardly speaking of the story's titles and text before it
    (``PHOTO_APART``: the 16 such captions of the train pages in the three text formats that echo it less are all
    another story's photo, the 6 closing their own story there echo it 0.084 or more): a photo story read after
    the story's end. It is opened on its own, untitled, unless the story holds a short title (``short_title``) as
    its kicker under a section, which its text does not speak of: the photo's title, which XY-cut read between
    the story's kicker and its headline (林小舟在青禾走访时叮嘱 / 灯下剪纸 / ## ……); or None. A host whose text may be
    a photo feature's (``photo_feature``: short, undated) keeps the photo: it is that feature's own."""
    paras = host.paragraphs
    k = len(paras) - 2
    if k < PHOTO_HOST or not _photo_credit(paras[k + 1].text):
        return None
    caption = paras[k].text
    if not ends_sentence(caption) or is_lead(caption) or closing_note(caption) or photo_feature(paras[:k]) \
            or not (ends_sentence(paras[k - 1].text) or _closes(paras[k - 1].text)) \
            or coh.similarity(heading(host) + "".join([p.text for p in paras[:k]]), caption) >= PHOTO_APART:
        return None
    photo = Article(paragraphs=paras[k:])
    del paras[k:]
    title = host.kicker
    if host.section is not None and title is not None and short_title(title.text) \
            and coh.coverage(title.text, "".join([p.text for p in paras])) < UNECHOED:
        photo.headline, host.kicker, host.section = title, host.section, None
        photo.decide(f"the short title read between the kicker and headline of “{heading(host)[:16]}”", 0.1)
    photo.flag("reattached")
    photo.decide(f"a photo's caption and credit read after the end of “{heading(host)[:16]}”", 0.15)
    host.decide("gave the photo read after its end to a story of its own", 0.05)
    return photo


def _photo_title_end(art: Article, arts: list[Article], coh: Cohesion, src: str) -> Article | None:
    """A headline's last line is a photo story's short title (牧歌) that XY-cut read as the headline's wrapped end
    (老街夜市重开 / 牧歌) when a photo's caption somewhere on the page echoes it (``PHOTO_ECHO``) and the story's
    own text hardly does (``UNECHOED``): the paragraphs before the photo's credit that echo it are the caption.
    The photo story opened with that line, the caption and the credit, or None (it fires on 2 of the 252 train
    pages, md-xycut, each time on a photo's title; a caption need not echo its title, so others are missed)."""
    head = art.headline
    if len(head.spans) < 2:
        return None
    s, e = head.spans[-1]
    line = src[s:e].lstrip("#").strip()
    if not short_title(line, least=2) or not head.text.endswith(line) or len(head.text) == len(line):
        return None
    for host, c in _photos(arts):
        k = _caption_start(host, c, line, coh)
        rest = [p.text for j, p in enumerate(host.paragraphs) if not k <= j <= c] if host is art \
            else [p.text for p in art.paragraphs]
        if k < c and coh.coverage(line, "".join([p.text for p in host.paragraphs[k:c]])) >= PHOTO_ECHO \
                and coh.coverage(line, "".join(rest)) < UNECHOED:
            photo = Article(headline=Field(line, head.spans[-1:]), paragraphs=host.paragraphs[k:c + 1])
            del host.paragraphs[k:c + 1]
            art.headline = Field(head.text[:-len(line)], head.spans[:-1])
            photo.flag("reattached")
            photo.decide(f"a photo story's title read as the end of “{art.headline.text[:16]}”", 0.15)
            return photo
    return None


PHOTO_TITLE_LEN = 6     # characters of a photo's own title read as a story's kicker
UNECHOED = 0.1          # a headline its photo's caption echoes less than this titles another story


def _photo_under_kicker(art: Article, coh: Cohesion) -> Article | None:
    """A story whose whole text is a photo's caption and its credit (……放牧。 / 林小舟摄), under a kicker of a
    few characters without punctuation and a headline the caption does not speak of (``UNECHOED``): the kicker is
    the photo's own title, which a caption need not echo (牧歌), and the headline another story's title XY-cut
    read next to it. The photo story keeps the text; the headline, with any subheadline, is returned bodiless."""
    paras = art.paragraphs
    if art.kicker is None or art.headline is None or len(paras) != 2 or art.captions \
            or not _photo_credit(paras[1].text) or not ends_sentence(paras[0].text) or is_lead(paras[0].text) \
            or len(art.kicker.text) > PHOTO_TITLE_LEN or not _HAN.fullmatch(art.kicker.text) \
            or coh.coverage(COLUMN_TAG.sub("", art.headline.text), paras[0].text) >= UNECHOED:
        return None
    other = Article(headline=art.headline, subheadline=art.subheadline)
    art.headline, art.kicker, art.subheadline = art.kicker, None, None
    art.decide(f"a photo's own title read as the kicker of “{other.headline.text[:16]}”", 0.15)
    return other


def _speaks_of(title: Article, arts: list[Article], coh: Cohesion) -> Article | None:
    """The first story among ``arts`` with a headline alone (no kicker nor subheadline) whose opening speaks of the
    bodiless ``title`` (``OPENING_ECHO``): ``title`` is its headline, read apart (……会议举行 / …… / 某某出席并讲话)."""
    if title.subheadline is not None:
        return None
    head = COLUMN_TAG.sub("", title.headline.text)
    return next((a for a in arts if a.headline is not None and a.kicker is None and a.subheadline is None
                 and a.paragraphs
                 and coh.coverage(head, "".join([p.text for p in a.paragraphs[:OPENING_PARAS]])) >= OPENING_ECHO), None)


def _digest_over_item(art: Article) -> None:
    """A box of short news under its standing name (``digest_name``: 新闻速递) read as the kicker of its first
    item's title: the name is the box's headline, the item's title its first paragraph, as the later items' are."""
    if art.kicker is None or art.headline is None or art.subheadline is not None or not digest_name(art.kicker.text):
        return
    art.paragraphs.insert(0, art.headline.as_paragraph())
    art.headline, art.kicker = art.kicker, None
    art.decide("a box's standing name over its first item's title is the box's headline", 0.05)


_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _caption_start(host: Article, c: int, title: str, coh: Cohesion) -> int:
    """Where the caption over the credit at ``c`` starts: the finished paragraphs right before it that echo
    ``title`` more than their host's headline (none when the first does not)."""
    own = "".join([f.text for f in (host.headline, host.subheadline) if f])
    k = c
    while k > 0 and not is_lead(host.paragraphs[k - 1].text) and ends_sentence(host.paragraphs[k - 1].text) \
            and coh.coverage(title, host.paragraphs[k - 1].text) > coh.coverage(own, host.paragraphs[k - 1].text):
        k -= 1
    return k


def _photos(arts: list[Article]):
    """(story, index) of each photo credit alone on its line under a caption that ends a sentence, in a story
    with text of its own besides them (not a photo story)."""
    for host in arts:
        paras = host.paragraphs
        for c in range(1, len(paras) if len(paras) - 2 >= PHOTO_HOST else 0):
            if _photo_credit(paras[c].text) and ends_sentence(paras[c - 1].text) and not is_lead(paras[c - 1].text):
                yield host, c


def _photo_credit(text: str) -> bool:
    """A photographer's or agency's credit alone on its line (林小舟摄, 新华社发), not a production credit."""
    return may_credit(text) and bool(rx("photo", "credit").match(text)) \
        and not is_production(text)


def _closes(text: str) -> bool:
    """A paragraph without a stop that closes a story: a note in brackets or a production credit (林小舟 图 / 王朗 文)."""
    return closing_note(text) or is_production(text)


def _titled(coh: Cohesion, host: Article) -> bool:
    """The host's headline is its text's title: its text echoes some of its words. A stray line its text never
    echoes (多, a title's cut-off end read as a headline) titles nothing: an orphan may take all its text."""
    return host.headline is not None and coh.coverage(heading(host), "".join([p.text for p in host.paragraphs])) > 0


def _share_rows(arts: list[Article], coh: Cohesion) -> None:
    """Split the body after a row of bodiless headlines among them, in order."""
    k = 0
    while k < len(arts):
        j = k
        while j < len(arts) and not arts[j].paragraphs and arts[j].headline is not None and not _apart(arts, j):
            j += 1
        if j > k and j < len(arts) and arts[j].headline is not None and len(arts[j].paragraphs) > 1 \
                and not _read_before_title(arts[j]):
            _split_body(arts[k:j + 1], coh)
        k = j + 1


def _read_before_title(art: Article) -> bool:
    """The story's text opens before its headline (a part of it XY-cut read first, articles._lend_part): no
    body of a row, which follows the row's headlines."""
    first, head = art.paragraphs[0].spans, art.headline.spans
    return bool(first) and bool(head) and first[0][0] < head[0][0]


def _apart(arts: list[Article], j: int) -> bool:
    """The bodiless headline ``arts[j]`` was read before the text of the story before it (another story's title
    that XY-cut read under that story's headline, runs._sub_elsewhere): no headline of a row, whose bodies
    follow the row's headlines; its text is elsewhere."""
    return j > 0 and any(p.spans and p.spans[0][0] > arts[j].headline.spans[0][0] for p in arts[j - 1].paragraphs)


def _footer(paras: list, i: int) -> bool:
    """The paragraph at ``i`` is a column's contact line (栏目投稿邮箱：……@……) right after a story's closing note
    (（作者为……）): the end of that story, which the next story's text never opens with."""
    return 0 < i < len(paras) and closing_note(paras[i - 1].text) and has_address(paras[i].text) \
        and len(paras[i].text) <= FOOTER_MAX


FOOTER_MAX = 40        # characters of a column's contact line


def _split_body(row: list[Article], coh: Cohesion) -> None:
    """Monotone segmentation of the last article's paragraphs over the row's headlines (dynamic programming); the
    stories change at a finished sentence or after a closing note or credit, likeliest there or at a lead."""
    paras = row[-1].paragraphs
    heads = [heading(a) for a in row]
    n, m = len(row), len(paras)
    aff = [[coh.coverage(h, p.text) for p in paras] for h in heads]
    NEG = float("-inf")
    best = [[NEG] * n for _ in range(m)]
    back = [[0] * n for _ in range(m)]
    for g in range(n):
        best[0][g] = aff[g][0] - (0.0 if g == 0 else SWITCH_COST * g)
    for i in range(1, m):
        closed = _closes(paras[i - 1].text)     # a closing note or credit ends a story's text
        can_cut = (ends_sentence(paras[i - 1].text) or _footer(paras, i - 1) or closed) \
            and not closing_note(paras[i].text) and not _footer(paras, i)
        bonus = LEAD_BONUS if is_lead(paras[i].text) or closed or _pull_quote(paras, i) else -SWITCH_COST
        for g in range(n):
            stay = best[i - 1][g]
            move, src = NEG, g
            if can_cut:
                for f in range(g):
                    v = best[i - 1][f] + bonus - SWITCH_COST * (g - f - 1)
                    if v > move:
                        move, src = v, f
            if stay >= move:
                best[i][g], back[i][g] = stay + aff[g][i], g
            else:
                best[i][g], back[i][g] = move + aff[g][i], src
    labels = _labels(back, n - 1)
    if not (_keeps_end(aff, labels) or _pull_quote(paras, labels.index(n - 1))):
        labels = _labels(back, max(range(n - 1), key=lambda f: best[m - 1][f]))
    if labels[0] == n - 1:
        return
    for gi, art in enumerate(row):
        art.paragraphs = [p for p, lab in zip(paras, labels) if lab == gi]
        if gi < n - 1 and art.paragraphs:
            art.flag("reattached")
            art.decide(f"shares the body after a row of {n} headlines: {len(art.paragraphs)} paragraph(s)", 0.1)


def _keeps_end(aff: list[list[float]], labels: list[int]) -> bool:
    """The last headline of a row keeps the end of the body that it holds, unless the body hardly speaks of it (no
    paragraph covers ``LAST_COVER`` of it), or the end it would keep never does while the body opens on an earlier
    headline's text (its first paragraph speaks of that headline as much as of the last): then the last one's text
    is elsewhere, and that end is the last column of the story before it (train: 5 pages mended in md-xycut, 1 in
    line dumps, none broken). A body opening on the last headline's text was read before the first one's."""
    last, g = aff[-1], len(aff) - 1
    return max(last) >= LAST_COVER and (any(a for a, lab in zip(last, labels) if lab == g)
                                        or last[0] > max(a[0] for a in aff[:-1]))


def _pull_quote(paras: list[Paragraph], i: int) -> bool:
    """The paragraph at ``i``, after a finished sentence and itself without a stop, is a pull-quote: its text
    recurs inside a later paragraph of the body. XY-cut reads a quote set in large type at the top of its story's
    text, so a story change is likely there, and a row's last headline whose text opens on one keeps it though its
    words are hardly echoed. A lead later in the body, not right after it, opens the story: the quote lies inside
    the story before that lead. Train (md-xycut): 3 rows mended on 3 pages, none broken; dev and check: no firing."""
    text, later = paras[i].text, paras[i + 1:]
    return 0 < i and len(text) >= PULL_MIN and ends_sentence(paras[i - 1].text) and not ends_sentence(text) \
        and any(text in p.text for p in later) and not any(is_lead(p.text) for p in later[1:])


PULL_MIN = 8           # characters of a pull-quote, below which a recurring phrase is no quote


def _labels(back: list[list[int]], g: int) -> list[int]:
    """The row story of each paragraph, traced back from story ``g`` holding the last one."""
    labels = [0] * len(back)
    for i in range(len(back) - 1, -1, -1):
        labels[i] = g
        g = back[i][g]
    return labels


def _first_column_back(arts: list[Article], coh: Cohesion) -> None:
    """A story whose text opens mid-sentence (……航|线，……) takes back its first column, read at the end of the
    story before it: that story's trailing run, ending on the cut sentence whose rest opens the story (the cut
    falling inside a word), or ending on a finished sentence when the cut sentence was read over the story's
    headline as its section (……，……通关用时 over 28%，……). Train pages (md-xycut): 3 stories made whole, none
    broken; dev and check: it never fires."""
    for a, b in zip(arts, arts[1:]):
        if not (a.paragraphs and b.paragraphs) or start_odds(b.paragraphs[0].text) >= CUT_START \
                or is_lead(b.paragraphs[0].text):
            continue
        first = b.paragraphs[0]
        if _cut_section(b):
            head = b.section.as_paragraph()
            b.section = None
            first.text, first.spans = head.text + first.text, head.spans + first.spans
        elif not (_cut_off(a.paragraphs[-1].text) and splits_word(a.paragraphs[-1].text, first.text)):
            continue
        k = _column_start(a, b, coh)
        run = a.paragraphs[k:]
        del a.paragraphs[k:]
        if run and not ends_sentence(run[-1].text):
            last = run.pop()
            first.text, first.spans = last.text + first.text, last.spans + first.spans
        b.paragraphs[:0] = run
        b.decide(f"took back its first column read at the end of “{heading(a)[:16]}”", 0.1)


def _cut_section(art: Article) -> bool:
    """The story's section is a sentence cut mid-way (……，……通关用时), no column's name."""
    return art.section is not None and "，" in art.section.text and _cut_off(art.section.text)


def _column_start(a: Article, b: Article, coh: Cohesion) -> int:
    """Where ``a``'s trailing run that is ``b``'s first column starts: at its cut last paragraph, or earlier where
    the run's paragraphs, summed, are the most closer to ``b``'s text than to ``a``'s text before each; a run opens
    after a finished sentence or a note, and an earlier start leaves ``a`` its first paragraph (a story of one cut
    paragraph gives that paragraph)."""
    paras, mine = a.paragraphs, _text_of(b)
    end = len(paras) - 1 if not ends_sentence(paras[-1].text) else len(paras)
    best, most, total = end, 0.0, 0.0
    for k in range(end - 1, 0, -1):
        before = heading(a) + "".join([p.text for p in paras[:k]])
        total += coh.similarity(mine, paras[k].text) - coh.similarity(before, paras[k].text)
        if total > most and (ends_sentence(paras[k - 1].text) or _closes(paras[k - 1].text)):
            best, most = k, total
    return best


CUT_START = 0.5        # start-odds below which a paragraph's first words go on with a sentence rather than open one
CUT_END = 2.0          # end-odds from which a paragraph without a stop ends where it is (a credit, a note)
CUT_GAIN = 0.02        # per paragraph, how much closer to the cut story than to its host a continuation must be
CUT_STRONG = 0.15      # the gain from which a run whose first words open like a paragraph may go on with a cut sentence


def _rejoin_cut(arts: list[Article], coh: Cohesion) -> None:
    """A story whose text stops mid-sentence (its column's foot) takes back its continuation, read inside a
    later story: a run of that story's paragraphs whose first opens like no paragraph (…建|立健全…), or does so
    but the run is far closer to the cut story (``CUT_STRONG``) or closes a quotation the cut story leaves open,
    and whose text is closer to the cut story's than to its host's text before the run (if that text did not
    close on its note: then the run need only be close to the cut story's), with the note in brackets right after
    the run, which closes the text before it. The run stops before another cut story's rest: a paragraph that
    completes a word that story cuts, or that opens mid-sentence and is closer to it (``_claimed``)."""
    for ia, cut in enumerate(arts):
        if not _cut_story(cut):
            continue
        best, others = None, [a for a in arts if a is not cut and _cut_story(a)]
        for host in arts[ia + 1:]:
            k, e, gain = _continuation(coh, cut, host, others)
            if k is not None and (best is None or gain > best[3]):
                best = (host, k, e, gain)
        if best:
            host, k, e, _ = best
            if e < len(host.paragraphs) and closing_note(host.paragraphs[e].text) \
                    and ends_sentence(host.paragraphs[e - 1].text):
                e += 1      # the note in brackets right after the run (（……电）, （作者为……）) closes the run's story
            run = host.paragraphs[k:e]
            del host.paragraphs[k:e]
            last = cut.paragraphs[-1]
            last.text += run[0].text
            last.spans += run[0].spans
            cut.paragraphs += run[1:]
            cut.decide(f"took back {len(run)} paragraph(s) of its text cut mid-sentence and read inside "
                       f"“{heading(host)[:16]}”", 0.1)
            host.decide(f"gave {len(run)} paragraph(s) to the story cut before them", 0.05)


def _claimed(coh: Cohesion, mine: str, text: str, others: list[str]) -> bool:
    """``text`` opens mid-sentence and is closer by ``CUT_GAIN`` to one of ``others`` than to ``mine``: it goes
    on with that other story's cut sentence."""
    return start_odds(text) < CUT_START and any(coh.similarity(o, text) > coh.similarity(mine, text) + CUT_GAIN
                                                 for o in others)


def _cut_story(art: Article) -> bool:
    """The story's text stops mid-sentence, with no jump marker saying where it goes on."""
    return bool(art.paragraphs) and _cut_off(art.paragraphs[-1].text) and art.jump_to is None


def _text_of(art: Article) -> str:
    """The story's headline fields and text, as the cohesion of a continuation with it is weighed."""
    return heading(art) + "".join([p.text for p in art.paragraphs])


def _cut_off(text: str) -> bool:
    """The paragraph stops mid-sentence, on words that do not end a note (制图：某某, ——编者), and is no
    production credit (制图：林小舟, whose name the odds do not know) nor a photographer's credit alone on its
    line (林小舟摄（青川视觉）), which closes a photo or a story."""
    return not ends_sentence(text) and end_odds(text) < CUT_END and not is_production(text) \
        and not _photo_credit(text)


CUT_TAIL = 20          # characters of a sentence's tail too short to tell whose text it is by its words


def _opening(paras: list, k: int) -> str:
    """The text by which a run from ``k`` is judged: its first paragraph, with the next one when the first is a
    sentence's short tail (……守法 / 经营、回报社会。), whose few words echo no story."""
    short = len(paras[k].text) <= CUT_TAIL and k + 1 < len(paras)
    return paras[k].text + (paras[k + 1].text if short else "")


def _continuation(coh: Cohesion, cut: Article, host: Article, others: list[Article]
                  ) -> tuple[int | None, int, float]:
    """The run ``host.paragraphs[k:e]`` (not its first) that best goes on with ``cut``'s text, and its gain. A
    run opening like a paragraph must gain ``CUT_STRONG`` (and counts that much less), unless it closes a
    quotation ``cut``'s text leaves open; it ends before a paragraph that goes on with one of ``others`` (the
    other stories cut mid-sentence): one completing a word such a story cuts, or one opening mid-sentence,
    gaining nothing and closer to it. A run not completing the word ``cut`` cuts may begin earlier
    (``_back_to_start``)."""
    paras = host.paragraphs
    mine, last = _text_of(cut), cut.paragraphs[-1].text
    tails, texts = [a.paragraphs[-1].text for a in others], [_text_of(a) for a in others]
    best = (None, 0, 0.0)
    for k in range(1, len(paras)):
        opening = _opening(paras, k)
        if is_lead(paras[k].text) or coh.similarity(mine, opening) <= CUT_GAIN:
            continue        # (the run's first paragraph gains nothing, whatever the host's text before it)
        opens = start_odds(paras[k].text) >= CUT_START and not in_quote(last, paras[k].text)
        floor = CUT_STRONG if opens else 0.0
        # the host's text before the run claims it, unless the host's story closed before it (（……电）)
        before = "" if _closes(paras[k - 1].text) else heading(host) + "".join([p.text for p in paras[:k]])
        total = 0.0
        for e in range(k + 1, len(paras) + 1):
            p = paras[e - 1].text
            if e > k + 1 and start_odds(p) < CUT_START and any(splits_word(o, p) for o in tails):
                break
            gain = coh.similarity(mine, p) - coh.similarity(before, p) - CUT_GAIN
            if e == k + 1 and coh.similarity(mine, opening) - coh.similarity(before, opening) - CUT_GAIN <= 0:
                break
            if e > k + 1 and gain <= 0 and _claimed(coh, mine, p, texts):
                break
            total += gain
            if total - floor > best[2]:
                best = (k, e, total - floor)
    if best[0] is None or splits_word(last, paras[best[0]].text):
        return best         # a run completing the word the cut story cuts begins where it should
    return _back_to_start(coh, mine, host, best)


def _back_to_start(coh: Cohesion, mine: str, host: Article, best: tuple[int | None, int, float]
                   ) -> tuple[int | None, int, float]:
    """The run ``best`` begun earlier while the paragraph before it (not the host's first, its lead nor a note
    closing its text) is closer by ``CUT_GAIN`` to the cut story than to the host's text before it: once a run
    has cleared its floor, the cut story's text read inside the host may go on with words that open like a
    paragraph (…开到了|县城，…) and its best start be a later paragraph that opens less like one."""
    k, e, total = best
    paras = host.paragraphs
    while k > 1 and not is_lead(paras[k - 1].text) and not _closes(paras[k - 1].text):
        opening = _opening(paras, k - 1)
        before = "" if _closes(paras[k - 2].text) else heading(host) + "".join([p.text for p in paras[:k - 1]])
        if coh.similarity(mine, opening) - coh.similarity(before, opening) - CUT_GAIN <= 0:
            break
        k -= 1
    return k, e, total
