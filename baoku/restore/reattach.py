"""Reattach story bodies that the converter displaced away from their headline.

A headline group left without a body (an orphan) takes back the trailing paragraphs of a later story when
those paragraphs cover the orphan's headline words better than their host's; a story body found with no
headline at all goes to an orphan the same way.
"""
from __future__ import annotations

from ..model import Article, Page
from .cohesion import Cohesion
from .punct import ends_sentence

MARGIN = 0.08          # per paragraph, how much better the orphan's headline must be covered
MIN_COVER = 0.25       # the moved text must cover at least this share of the orphan's headline


def _heading(a: Article) -> str:
    return "".join(f.text for f in (a.kicker, a.headline, a.subheadline) if f)


def reattach(page: Page) -> Page:
    arts = page.articles
    coh = Cohesion([p.text for a in arts for p in a.paragraphs] + [_heading(a) for a in arts])
    for oi, orphan in enumerate(arts):
        if orphan.paragraphs or orphan.headline is None:
            continue
        head = _heading(orphan)
        best = None
        for host in arts:
            if host is orphan or not host.paragraphs:
                continue
            k, gain, cover = _best_suffix(coh, head, host)
            if k is not None and cover >= MIN_COVER and (best is None or gain > best[1]):
                best = (host, gain, k, cover)
        if best:
            host, gain, k, cover = best
            moved = host.paragraphs[k:]
            del host.paragraphs[k:]
            orphan.paragraphs = moved
            orphan.flag("reattached")
            orphan.decide(f"reattached {len(moved)} paragraph(s) displaced after “{_heading(host)[:16]}” "
                          f"(headline cover {cover:.2f})", 0.15)
            host.decide(f"gave {len(moved)} trailing paragraph(s) to “{head[:16]}”", 0.05)
    page.articles = [a for a in arts if a.paragraphs or a.headline or a.captions]
    return page


def _best_suffix(coh: Cohesion, head: str, host: Article) -> tuple[int | None, float, float]:
    """The start of the host's trailing paragraphs that belong better under ``head``."""
    paras = host.paragraphs
    host_head = _heading(host)
    gains = []
    for p in paras:
        gains.append(coh.coverage(head, p.text) - (coh.coverage(host_head, p.text) if host_head else 0.0) - MARGIN)
    best_k, best_gain, total = None, 0.0, 0.0
    start = 1 if host.headline else 0
    for k in range(len(paras) - 1, start - 1, -1):
        total += gains[k]
        if k > 0 and not ends_sentence(paras[k - 1].text):
            continue
        if total > best_gain:
            best_k, best_gain = k, total
    if best_k is None:
        return None, 0.0, 0.0
    cover = coh.coverage(head, "".join(p.text for p in paras[best_k:]))
    return best_k, best_gain, cover
