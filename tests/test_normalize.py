"""Normalization: radicals and compatibility ideographs become standard ideographs, justification spaces go,
phrase gaps and Latin spaces stay, and every normalized character maps back to its source character."""
from __future__ import annotations

import re
import unicodedata
from array import array

from hypothesis import example, given, settings
from hypothesis import strategies as st

import baoku
from baoku.model import Page, Source
from baoku.normalize import _cut, _drop_spaces, _space_runs, ideograph, normalize

from conftest import QC_LINES, QC_MD, normalized


def norm_page(text: str) -> Page:
    return normalize(Page(source=Source(text=text)))


def test_kangxi_radicals():
    assert normalized("⼈") == "人"                               # U+2F08 KANGXI RADICAL MAN
    assert normalized("⻘川⼈⺠⼤会堂") == "青川人民大会堂"
    assert normalized("⽇报") == "日报"
    assert all(unicodedata.name(c).startswith("CJK UNIFIED IDEOGRAPH") for c in normalized("⼈⼤⽇⾨"))


def test_cjk_radicals_supplement():
    assert normalized("⺠") == "民"                               # U+2EA0
    assert normalized("⻓") == "长"                               # U+2ED3
    assert normalized("临江区⻓途客运站⻔前") == "临江区长途客运站门前"
    assert normalized("⻋⻢⻜") == "车马飞"


def test_compatibility_ideographs():
    assert normalized("\uF900") == "\u8C48"                      # 豈
    assert normalized("\uF91D") == "\u6B04"                      # 欄
    assert normalized("\uF9A8") == "\u4EE4"                      # 令
    assert normalized("\U0002F800") == "\u4E3D"                  # 丽 (supplement block)
    assert normalized("青川\uF9A8箭") == "青川\u4EE4箭"


def test_ordinary_text_is_unchanged():
    text = "本报讯（记者 王明远）6月2日，青川市召开会议。“要抓好落实！”他说——这是第1步…"
    assert normalized(text) == text
    assert ideograph("a") == "a" and ideograph("，") == "，" and ideograph("青") == "青"


def test_letter_spaced_justified_lines_lose_their_spaces():
    assert normalized("青 川 市 人 民 政 府 召 开 常 务 会 议") == "青川市人民政府召开常务会议"
    assert normalized("会 议 指 出 ， 要 加 快 推 进 清 水 河 治 理 。") == "会议指出，要加快推进清水河治理。"
    assert normalized("市\u3000委\u3000书\u3000记\u3000沈\u3000江\u3000涛\u3000主\u3000持") == "市委书记沈江涛主持"


def test_stray_space_beside_cjk_punctuation_goes():
    assert normalized("会议指出， 要加快建设。") == "会议指出，要加快建设。"


def test_phrase_gap_of_a_headline_is_kept():
    assert normalized("紧盯目标抓落实 凝心聚力促发展") == "紧盯目标抓落实 凝心聚力促发展"
    page = baoku.restore("# 紧盯目标抓落实 凝心聚力促发展\n\n本报讯（记者 王明远）6月2日，青川市召开会议。\n")
    assert page.articles[0].headline.text == "紧盯目标抓落实 凝心聚力促发展"


def test_byline_space_and_latin_spaces_are_kept():
    assert normalized("本报讯（记者 王明远）") == "本报讯（记者 王明远）"
    assert normalized("Qingchuan Port Group 发布 New Energy 规划") == "Qingchuan Port Group 发布 New Energy 规划"


def test_line_endings_become_lf():
    assert norm_page("甲\r\n乙\r丙\n丁").norm == "甲\n乙\n丙\n丁"


def test_cut_offsets_are_crlf_lfs_and_justification_spaces_in_order():
    text = "青 川 市 人 民\r\n紧盯目标 凝心聚力\n会议指出， 要加快\r\n"
    assert _cut(text) == [1, 3, 5, 7, 10, 26, 31]       # spaced title, CRLF, stray space by a comma, CRLF
    assert _cut("紧盯目标 凝心聚力\n") == [] and _cut("") == []


def _check_map(text: str) -> None:
    page = norm_page(text)
    norm, omap = page.norm, page.omap
    assert len(omap) == len(norm) + 1 and omap[-1] == len(text)
    assert all(a < b for a, b in zip(omap, omap[1:])), "the offset map goes strictly forward"
    for i, c in enumerate(norm):
        src = text[omap[i]]
        if c == "\n":
            assert src in "\r\n"
        else:
            assert c == src or c == ideograph(src), (i, c, src)
    # every source character that is not whitespace survives
    kept = set(omap[:-1])
    assert all(k in kept for k, ch in enumerate(text) if not ch.isspace())


def test_offset_map_on_a_radical_letter_spaced_crlf_text():
    text = "⻘ 川 市 ⼈ ⺠ 政 府 召 开 常 务 会 议\r\n\r\n# 紧盯目标 凝心聚力\r\n本报讯（记者 王明远）\uF9A8日\r"
    _check_map(text)
    page = norm_page(text)
    i = page.norm.index("民")
    assert text[page.omap[i]] == "⺠"
    assert page.span(i, i + 1) == (text.index("⺠"), text.index("⺠") + 1)


def test_offset_map_on_the_fixture_pages():
    for path in (QC_MD, QC_LINES):
        _check_map(path.read_text(encoding="utf-8"))


ALPHABET = st.sampled_from(list("青川市人民政府会议，。、“”（）— \u3000\t\r\n#aZ09") +
                           ["⼈", "⺠", "⻓", "\uF900", "\U0002F800", "  ", "\r\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=120).map("".join))
def test_offset_map_property(text):
    _check_map(text)


def test_offset_map_is_a_packed_array_of_the_offsets_kept():
    # no number object per character: a page's map is built and freed as one block
    text = "青 川 市 人 民\r\n会议指出， 要加快\r\n"
    page = norm_page(text)
    assert isinstance(page.omap, array) and page.omap.itemsize == 8
    assert list(page.omap) == [i for i in range(len(text) + 1) if i not in set(_cut(text))]


def _cut_by_lines(text: str) -> list[int]:
    """``_cut`` reading every line the page splits into (str.splitlines) that holds a space."""
    cuts, start = [m.start() + 1 for m in re.finditer("\r\n", text)], 0
    for line in text.splitlines(keepends=True):
        if any(c in line for c in " \t\u00a0\u3000"):
            cuts += (start + k for k in _drop_spaces(line.rstrip("\r\n")))
        start += len(line)
    return sorted(cuts)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("青川市，。“ \u3000\t\u00a0\r\n\x0b\x0c\x1c\x85\u2028a9") + ["\r\n", "  "]),
                max_size=60).map("".join))
@example("青 川 市 人\x0b会议会议会议会议会议")      # (a line end other than CR or LF: the spaced title is a line of its own)
def test_lines_found_from_their_spaces_are_those_the_page_splits_into(text):
    assert _cut(text) == _cut_by_lines(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("青川市，。“a9 \u3000\t\u00a0")), max_size=40).map("".join))
def test_space_runs_are_the_longest_runs_of_spaces(line):
    assert _space_runs(line) == [list(m.span()) for m in re.finditer("[ \t\u00a0\u3000]+", line)]

