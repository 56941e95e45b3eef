"""Flags and identifiers: stories cut at the page's end or at a jump marker, stories whose lead is missing."""
from __future__ import annotations

from ..model import Article, Page
from ..patterns import rx
from .punct import ends_sentence


def set_flags(page: Page) -> Page:
    arts = page.articles
    leads = sum(1 for a in arts if a.byline)
    for n, art in enumerate(arts, 1):
        art.id = f"p{page.page or 0}-a{n}"
        if not art.paragraphs:
            art.flag("no_body")
            art.decide("headline without a body on this page", 0.5)
            continue
        last = art.paragraphs[-1].text
        m = rx("jump", "marker").search(last[-16:])
        if m:
            set_jump(art, m.group())
        elif not ends_sentence(last):
            art.flag("continues_elsewhere")
            art.decide("last paragraph ends mid-sentence: the story goes on elsewhere", 0.1)
        first = art.paragraphs[0].text
        m = rx("jump", "marker").match(first)
        if m:
            set_jump(art, m.group())
        if art.headline and not art.byline and leads >= 2 and leads >= 0.5 * len(arts) and "reattached" in art.flags:
            art.flag("starts_mid_story")
            art.decide("reattached body has no lead while the page's stories have one", 0.1)
    return page


def set_jump(art: Article, text: str) -> None:
    """Record the page a jump marker points to."""
    m = rx("jump", "marker").search(text)
    if not m:
        return
    d = m.group("dir") or m.group("dir2")
    num = _number(m.group("page") or m.group("page2"))
    if d in ("下转", "转", "转下"):
        art.jump_to = num
        art.flag("continues_elsewhere")
    else:
        art.jump_from = num
        art.flag("continued_from_elsewhere")


def _number(s: str) -> int | None:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    digits = "一二三四五六七八九"
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + digits.index(s[1]) + 1
    if "十" in s:
        a, _, b = s.partition("十")
        return (digits.index(a) + 1) * 10 + (digits.index(b) + 1 if b else 0)
    return digits.index(s) + 1 if s in digits else None
