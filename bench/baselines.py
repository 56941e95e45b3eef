"""Baselines that give baoku's figures a floor to stand on; both return the ``baoku.page/1`` JSON shape.

naive  a line starting with '#' starts an article (its text is the headline); every other non-empty line is a
       fragment, and a fragment that does not end with closing punctuation joins the next one.
whole  the whole input as one article, each non-empty line a paragraph.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

CLOSING = "。！？!?…”」』）)"
_MARK = re.compile(r"^#+\s*")


@functools.lru_cache(maxsize=4)
def read_input(path: Path) -> str:
    """A dump's text, or the text layer of a PDF's pages as a plain extractor gives it (kept for the next
    baseline on the same page)."""
    if path.suffix == ".pdf":
        import pymupdf
        with pymupdf.open(path) as doc:
            return "\n".join(page.get_text() for page in doc)
    return path.read_text(encoding="utf-8")


def _ink(text: str) -> int:
    return sum(not c.isspace() for c in text)


def _page(text: str, articles: list[dict]) -> dict:
    """Every input line ends up in an article, so everything is accounted for."""
    n = _ink(text)
    return {"schema": "baoku.page/1", "articles": articles, "photos": [], "furniture": [], "dropped": [],
            "stats": {"input_chars": n, "accounted_chars": n}}


def _article(headline: str | None = None) -> dict:
    return {"kicker": None, "headline": headline, "subheadline": None, "paragraphs": [], "captions": []}


def naive(text: str) -> dict:
    articles: list[dict] = []
    pending = ""

    def flush():
        nonlocal pending
        if pending:
            if not articles:
                articles.append(_article())
            articles[-1]["paragraphs"].append(pending)
            pending = ""

    for line in map(str.strip, text.splitlines()):
        if line.startswith("#"):
            flush()
            articles.append(_article(_MARK.sub("", line)))
        elif line:
            pending += line
            if pending.endswith(tuple(CLOSING)):
                flush()
    flush()
    return _page(text, articles)


def whole(text: str) -> dict:
    article = _article()
    article["paragraphs"] = [_MARK.sub("", line) for line in map(str.strip, text.splitlines()) if line]
    return _page(text, [article])


BASELINES = {"naive": naive, "whole": whole}
