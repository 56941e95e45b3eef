"""Link the stories that jump between the pages of one PDF.

A story that ends with 下转第X版 (or 转X版) goes on in the story of page X that opens with 上接第Y版 (Y being
the story's own page); a headline printed on two pages (the continuation repeats it, often shortened) links the
two stories too. When several stories of page X could continue it, the one sharing the most words with it wins.
"""
from __future__ import annotations

import unicodedata

from ..model import Article, Page
from ..restore.cohesion import Cohesion


def _key(text: str | None) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text or "") if c.isalnum())


def _text(a: Article) -> str:
    return "".join(p.text for p in a.paragraphs)


def _link(src: Article, src_page: Page, dst: Article, dst_page: Page, why: str) -> None:
    src.jump_to = dst_page.page
    dst.jump_from = src_page.page
    src.flag("continues_elsewhere")
    dst.flag("continued_from_elsewhere")
    src.jump_to_article = dst.id
    dst.jump_from_article = src.id
    src.decide(f"continues on page {dst_page.page} in {dst.id} ({why})")
    dst.decide(f"continued from page {src_page.page}, {src.id} ({why})")


def link_jumps(pages: list[Page]) -> None:
    by_number: dict[int, list[Page]] = {}
    for p in pages:
        by_number.setdefault(p.page, []).append(p)
    coh = Cohesion([_text(a) for p in pages for a in p.articles])
    linked: set[int] = set()
    # jump markers: 下转第X版 on one page, 上接第Y版 (or a headline without a lead) on page X
    for p in pages:
        for a in p.articles:
            if a.jump_to is None or id(a) in linked:
                continue
            cands = [(q, b) for q in by_number.get(a.jump_to, []) if q is not p for b in q.articles
                     if id(b) not in linked and b is not a and b.jump_from in (None, p.page)]
            marked = [(q, b) for q, b in cands if b.jump_from == p.page]
            pool = marked or [(q, b) for q, b in cands if _same_head(a, b) or "starts_mid_story" in b.flags]
            if not pool:
                continue
            q, b = max(pool, key=lambda qb: (_same_head(a, qb[1]), coh.similarity(_text(a), _text(qb[1]))))
            _link(a, p, b, q, "jump marker")
            linked.update((id(a), id(b)))
    # the same headline on two pages, the first one cut mid-story
    seen: dict[str, tuple[Page, Article]] = {}
    for p in pages:
        for a in p.articles:
            k = _key(a.headline.text if a.headline else "")
            if len(k) < 4:
                continue
            if k in seen and id(a) not in linked:
                q, b = seen[k]
                agrees = b.jump_to in (None, p.page) and a.jump_from in (None, q.page)   # no printed marker says otherwise
                if id(b) not in linked and q is not p and agrees:
                    _link(b, q, a, p, "same headline")
                    linked.update((id(a), id(b)))
                    continue
            seen.setdefault(k, (p, a))


def _same_head(a: Article, b: Article) -> bool:
    ka, kb = _key(a.headline.text if a.headline else ""), _key(b.headline.text if b.headline else "")
    return bool(ka and kb) and (ka == kb or (min(len(ka), len(kb)) >= 4 and (ka in kb or kb in ka)))
