"""baoku on pages that ../shared/tools/pagegen laid out with Chromium (page.pdf + gold.json).

The pages come from the ``pagegen_pages`` fixture (tests/conftest.py): the bench's cache, or under CI=true a
few pages laid out in a temporary folder.
The pages hold newspaper text: they are read at run time and never copied into the repository.
"""
import json
from collections import Counter

import pytest

import baoku
from bench.score import score_page, summary

SAMPLE = 12             # pages scored per run (spread over the cached sets)


@pytest.fixture(scope="module")
def folders(pagegen_pages):
    step = max(1, len(pagegen_pages) // SAMPLE)
    return pagegen_pages[::step][:SAMPLE]


@pytest.fixture(scope="module")
def restored(folders):
    out = []
    for d in folders:
        name = d.name
        date, number = (name[:10], int(name[11:])) if name[:10].count("-") == 2 and name[11:].isdigit() else (None, None)
        out.append((d, baoku.restore(d / "page.pdf", date=date, page=number)))
    return out


def test_scores_on_laid_out_pages(restored):
    counts = Counter()
    for d, page in restored:
        counts.update(score_page(json.loads((d / "gold.json").read_text(encoding="utf-8")), page.to_json()))
    s = summary(counts)
    assert s["noloss_rate"] == 1.0
    assert s["grouping_f1"] >= 0.98, s
    assert s["headline_acc"] >= 0.97, s
    assert s["paragraph_f1"] >= 0.96, s
    assert s["exact_rate"] >= 0.9, s


def test_regions_and_spans_on_laid_out_pages(restored):
    import pymupdf
    for d, page in restored:
        with pymupdf.open(d / "page.pdf") as doc:
            rect = doc[0].rect
        text = page.source.text
        for a in page.articles:
            assert a.headline is not None and a.headline.boxes
            for p in a.paragraphs:
                assert p.boxes and p.spans
                assert all(0 <= s < e <= len(text) for s, e in p.spans)
                for x0, y0, x1, y1 in p.boxes:
                    assert -1 <= x0 < x1 <= rect.width + 1 and -1 <= y0 < y1 <= rect.height + 1
        assert [f.kind for f in page.furniture][:1] == ["page_header"]     # "2019-02-05  第1版" on top
        assert page.page is not None and page.date
