"""The pattern table (baoku/patterns.py): one pattern made of several for a yes-or-no test; what a pattern can
open with and its longest match, asked before it."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baoku.patterns import any_of, longest, openers, rx, screen
from baoku.restore.crosshead import DOCUMENT_PART
from baoku.restore.roles import DATE_MAX, FIGURE, FIGURE_MAX, FULL_DATE, is_figure

LEADS = (("byline", "dated"), ("byline", "xun"), ("byline", "credit_paren"))     # the first two name groups alike


@pytest.mark.parametrize("text, lead", [("本报青川6月3日电 青禾县老街书房今天开门迎客。", True),
                                        ("本报讯 青禾县的夜市延长营业到十点。", True),
                                        ("（记者 林小舟）青川港的新码头上周完工。", True),
                                        ("青禾县老街书房今天开门迎客。", False)])
def test_any_of_matches_where_one_of_its_patterns_does(text, lead):
    assert bool(any_of(*LEADS).match(text)) is lead
    assert any(rx(group, name).match(text) for group, name in LEADS) is lead


@pytest.mark.parametrize("pattern, first", [
    (r"图为|上图", "上图"),
    (r"^\s*(【|■)", None),                          # \s: a category, any character may open it
    (r"(本报)?记者", "本记"),                        # an optional group: what follows it may open a match too
    (r"[A-C]{2}|第[一二]章", "ABC第"),
    (r"(?=青)青川|禾", "禾青"),                      # a look-ahead opens nothing
    (r"[^青]川", None),
    (r"[\u4e00-\u9fff]{2}", None),                   # a range too wide to list
    (r"(青川)?", None),                              # may match nothing
    (r".市", None),
])
def test_openers_are_read_off_the_parsed_pattern(pattern, first):
    assert openers(re.compile(pattern)) == (None if first is None else "".join(sorted(first)))


@given(st.text(alphabet="图为上下本报记者第一二章青川禾AB【■ \n", max_size=8))
def test_a_text_not_opening_like_a_pattern_never_matches_it(text):
    for pattern in (r"图为|上图", r"(本报)?记者", r"[A-C]{2}|第[一二]章", r"(?=青)青川|禾", r"【?■"):
        p = re.compile(pattern)
        if p.match(text):
            assert text[:1] in openers(p)


def test_the_screened_patterns_open_with_listed_characters_and_have_a_longest_match():
    for group, name in (("photo", "caption_start"), ("body", "bullet"), ("body", "label"), ("body", "valediction"),
                        ("photo", "title")):
        assert screen(rx(group, name)) == openers(rx(group, name)), (group, name)
    assert "" in screen(DOCUMENT_PART)            # an empty text is asked of the pattern, as before any screen
    assert "青" not in screen(rx("photo", "title"))
    with pytest.raises(ValueError, match="cannot be screened"):
        screen(re.compile(r".市"))
    assert longest(re.compile(r"\d{1,7}[余多]?[年月]{1,2}$")) == 10 and longest(FULL_DATE) == 12
    assert len("2023年12月25日") <= DATE_MAX and FIGURE_MAX == longest(FIGURE) + 1
    assert is_figure("10.8万\n") and is_figure("1234567余万人") and not is_figure("12345678余万人")


_CREDIT_BITS = ("摄", "影", "报道", "图", "片", "照", "来源", "提供", "新华社", "中新社", "发", "本报", "特约", "记者",
                "通讯员", "和", "、", "·", " ", "\n", "：", ":", "（", "）", "(", ")", "。", "青川", "林", "小舟", "拍", "a1")


_CREDIT_CORES = ("", "摄", "图：", "照片:", "图片来源：", "新华社发", "中新社发", "本报记者 林小舟摄")
_BITS = st.lists(st.sampled_from(_CREDIT_BITS), max_size=10).map("".join)


@settings(max_examples=400)
@given(st.tuples(_BITS, st.sampled_from(_CREDIT_CORES), _BITS).map("".join))
def test_the_credit_look_ahead_changes_no_match(text):
    """The photo credit's leading look-ahead only spares work: without it the pattern finds the same credits."""
    pattern = rx("photo", "credit")
    bare = re.compile(pattern.pattern[pattern.pattern.index("(?P<credit>"):])
    assert bare.pattern != pattern.pattern
    for find in ("search", "match"):
        got, want = getattr(pattern, find)(text), getattr(bare, find)(text)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
