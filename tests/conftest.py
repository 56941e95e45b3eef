"""Shared helpers for the tests: the fictional fixture pages, running the pipeline up to a stage, and the
text conventions that spans are checked against.

Every page under tests/fixtures/ is fictional (青川市 and its people do not exist); nothing here comes from
../shared, which tests read only at run time (tests/test_samples.py).
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from hypothesis import settings

import baoku
from baoku.model import Page, Source
from baoku.normalize import normalize
from baoku.pipeline import TEXT_STAGES

# CI runs the property tests on a fixed sequence of examples (a failure there is reproducible); elsewhere
# every run draws new ones and may find new bugs.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
FIXTURES = TESTS / "fixtures"
QC_MD = FIXTURES / "qingchuan-2023-06-03-p2.md"
QC_UNMARKED = FIXTURES / "qingchuan-2023-06-03-p2-unmarked.md"     # the same markdown with no '#' marks
QC_LINES = FIXTURES / "qingchuan-2023-06-03-p2-lines.txt"
QC_DATE = "2023-06-03"
FIXTURE_PAGES = {"md": QC_MD, "unmarked": QC_UNMARKED, "lines": QC_LINES}

sys.path.insert(0, str(FIXTURES))
from make_lines import wrap  # noqa: E402  (the fixture's own line wrapper, reused for small line dumps)

ARTICLE_KEYS = ("id", "section", "kicker", "headline", "subheadline", "byline", "paragraphs", "paragraph_spans",
                "captions", "flags", "jump", "confidence")


def run_stages(text: str, until: str) -> Page:
    """Run the text pipeline on ``text`` up to and including the stage function named ``until``."""
    names = [s.__name__ for s in TEXT_STAGES]
    assert until in names, f"no stage {until!r} in {names}"
    page = Page(source=Source(text=text))
    for stage in TEXT_STAGES[:names.index(until) + 1]:
        page = stage(page)
    return page


def normalized(text: str) -> str:
    """``text`` as the normalizer gives it (radicals mapped, justification spaces dropped, LF line ends)."""
    return normalize(Page(source=Source(text=text))).norm


_MARKUP = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*")


def slice_text(source: str, spans) -> str:
    """What a list of source spans reads as: each slice normalized and stripped of heading marks, joined
    with nothing between them (the convention for fragments joined across lines and column breaks)."""
    return "".join(_MARKUP.sub("", normalized(source[s:e])).strip() for s, e in spans)


def lines_dump(paragraphs: list[str], column: int = 14) -> str:
    """A line-per-visual-line dump of body paragraphs: first lines indented (two em short), last lines short."""
    out: list[str] = []
    for p in paragraphs:
        out += wrap(p, column - 2, column)
    return "\n".join(out) + "\n"


@pytest.fixture(scope="session")
def qc_pages() -> dict[str, dict]:
    """The fictional page 2 of 青川日报, 2023-06-03, restored from each of its dumps (JSON, with decisions)."""
    return {fmt: baoku.restore(path, date=QC_DATE, paper="青川日报", page=2).to_json(explain=True)
            for fmt, path in FIXTURE_PAGES.items()}


def by_headline(page_json: dict, headline: str) -> dict:
    """The article with this headline; fails with the headlines found when there is none."""
    for a in page_json["articles"]:
        if a["headline"] == headline:
            return a
    pytest.fail(f"no article headed {headline!r}; headlines: {[a['headline'] for a in page_json['articles']]}")
