"""The pattern table (baoku/patterns.py): one pattern made of several for a yes-or-no test."""
import pytest

from baoku.patterns import any_of, rx

LEADS = (("byline", "dated"), ("byline", "xun"), ("byline", "credit_paren"))     # the first two name groups alike


@pytest.mark.parametrize("text, lead", [("本报青川6月3日电 青禾县老街书房今天开门迎客。", True),
                                        ("本报讯 青禾县的夜市延长营业到十点。", True),
                                        ("（记者 林小舟）青川港的新码头上周完工。", True),
                                        ("青禾县老街书房今天开门迎客。", False)])
def test_any_of_matches_where_one_of_its_patterns_does(text, lead):
    assert bool(any_of(*LEADS).match(text)) is lead
    assert any(rx(group, name).match(text) for group, name in LEADS) is lead
