"""Blocks: one per non-blank line, heading levels from '#' marks, visual width, and the dump's format."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import baoku
from baoku.model import Block, Page, Source
from baoku.restore.blocks import _parts, detect_format, line_width, split_blocks, width

from conftest import QC_LINES, QC_MD, QC_UNMARKED, lines_dump, run_stages

HEADINGS = (
    "# 青川市召开全市经济工作会议\n\n"
    "## 沈江涛出席并讲话\n\n"
    "### 周启航主持\n\n"
    "   ##   北塘区新建三所幼儿园  \n\n"
    "本报讯（记者 王明远）6月2日，青川市召开全市经济工作会议。#这不是标题\n"
)


def test_blocks_heading_levels_and_text_without_markup():
    page = run_stages(HEADINGS, "split_blocks")
    got = [(b.level, b.text) for b in page.blocks]
    assert got == [(1, "青川市召开全市经济工作会议"), (2, "沈江涛出席并讲话"), (3, "周启航主持"),
                   (2, "北塘区新建三所幼儿园"),
                   (0, "本报讯（记者 王明远）6月2日，青川市召开全市经济工作会议。#这不是标题")]
    for b in page.blocks:
        assert page.norm[b.ts:b.te] == b.text
        assert b.start <= b.ts <= b.te <= b.end
        assert "\n" not in page.norm[b.start:b.end]


def test_blank_and_whitespace_lines_make_no_blocks():
    page = run_stages("甲乙丙\n\n   \n\t\n\u3000\u3000\n丁戊己\n", "split_blocks")
    assert [b.text for b in page.blocks] == ["甲乙丙", "丁戊己"]


def test_visual_width():
    assert width("青川市") == 3
    assert width("，。“”（）") == 6                               # full-width punctuation takes a full em
    assert 0.4 <= width("a") <= 0.6 and 0.4 <= width("7") <= 0.6
    assert width("５Ｇ") == 2                                   # full-width letters and digits
    assert 3.8 <= width("6月2日电") <= 4.2                  # three ideographs, two half-width digits
    page = run_stages("本报讯（记者 王明远）6月2日，青川市召开会议。\n", "split_blocks")
    assert page.blocks[0].width == width(page.blocks[0].text)


@pytest.mark.parametrize("path,fmt", [(QC_MD, "md"), (QC_UNMARKED, "md"), (QC_LINES, "lines")],
                         ids=["md", "unmarked", "lines"])
def test_format_of_the_fixture_pages(path, fmt):
    assert baoku.restore(path).source.format == fmt
    assert baoku.restore(path.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-16")).source.format == fmt


def test_format_of_small_dumps():
    para = ("青川市今年将新建改建农村公路三百公里，实施危桥改造二十座，进一步完善农村交通网络。"
            "市交通运输局负责人介绍，项目建成后，全市所有行政村将实现通双车道公路。")
    md = "\n\n".join(["# 青川市今年新建改建农村公路三百公里"] + [para] * 5)
    assert baoku.restore(md).source.format == "md"
    lines = lines_dump([para] * 4)
    assert len(lines.splitlines()) >= 8
    assert baoku.restore(lines).source.format == "lines"


def test_block_widths_read_for_the_page_are_the_width_of_each_line():
    text = "青川市 2024年\n\n  Ab·c，柳河县😀\n# 标题 x\n\u3000\u3000老街"
    page = run_stages(text, "split_blocks")
    assert [b.width for b in page.blocks] == [width(b.text) for b in page.blocks]


def _line_by_line(norm: str) -> tuple[list[tuple], int]:
    """Each line read on its own (``_parts``): the blocks' fields, and the runs of blank lines between blocks."""
    got, gaps, blank, pos = [], 0, False, 0
    for line in norm.split("\n"):
        end, pos = pos + len(line), pos + len(line) + 1
        parts = _parts(line, end)
        if parts is None:
            blank = bool(got)
            continue
        gaps, blank = gaps + blank, False
        text, ts, te, level = parts
        got.append((end - len(line), end, ts, te, text, level, width(text)))
    return got, gaps


@given(st.lists(st.text(alphabet="青川市 #\t\u00a0\u3000\u2003\x0bAb1·，😀", max_size=9), max_size=14))
def test_blocks_told_all_at_once_are_those_read_line_by_line(lines):
    norm = "\n".join(lines)
    page = split_blocks(Page(source=Source(text=norm), norm=norm))
    want, gaps = _line_by_line(norm)
    assert [(b.start, b.end, b.ts, b.te, b.text, b.level, b.width) for b in page.blocks] == want
    lines = page.lines      # (the blocks' facts the later stages read for every line at once)
    assert (lines.starts, lines.ends, lines.widths.tolist()) == ([w[2] for w in want], [w[3] for w in want],
                                                                 [w[6] for w in want])
    assert lines.firsts == "".join(w[4][:1] or " " for w in want)
    assert lines.lasts == "".join(w[4][-1:] or " " for w in want)
    assert lines.over_short == [k - 1 for k in range(1, len(want)) if len(want[k][4]) <= 8]
    assert page.source.format == detect_format(page.blocks, gaps, np.array([w[6] for w in want]))[0]


def test_line_width_takes_the_upper_edge_of_the_densest_band():
    """The full width is the rounded width whose count with those half an em and an em below is largest, the first
    such width of the page where two tie; the hanging-stop correction is asked only of the widest lines."""
    for ws, want in (([20.0, 20.0, 19.5, 12.0, 12.0, 12.0], 20.0),     # 20 with 19.5 ties 12: the first read
                     ([7.0, 7.0, 3.0, 3.0], 7.0),
                     ([3.0, 3.0, 7.0, 7.0], 3.0),
                     ([10.2, 10.3, 9.8], 10.5)):    # 10.2 and 9.8 round to 10, 10.3 to 10.5: the band's upper edge
        blocks = [Block(0, 0, 0, 0, "某") for _ in ws]
        got = line_width(blocks, np.array(ws))
        assert got == want and type(got) is float, (ws, got)
    assert line_width([], np.array([])) == 0.0
