"""The order model over two unmarked headline fields: a kicker over the headline, or a subheadline under it."""
from __future__ import annotations

from baoku.restore.headings import kicker_odds


def test_a_long_explanatory_lead_in_with_a_comma_is_a_kicker_over_a_short_headline():
    assert kicker_odds("青川市多措并举翻修老楼旧院，街坊满意度明显提升", "旧楼换新颜") > 0


def test_a_figure_under_an_event_is_a_subheadline():
    assert kicker_odds("临江港新航线开通", "首月货运量达12万吨，同比增长三成") < 0


def test_a_quoted_catchword_leans_to_a_kicker_over_the_headline():
    assert kicker_odds("临江区“口袋公园”建成", "“出门见绿”5分钟可达") > 0


def test_an_explicit_model_is_used_instead_of_the_shipped_one():
    even = {"classes": {"kicker": 1, "subheadline": 1}, "features": {"kicker": {}, "subheadline": {}}}
    assert kicker_odds("临江港新航线开通", "首月货运量达12万吨，同比增长三成", even) == 0


def test_two_fields_ending_alike_are_a_headline_over_its_parallel_subheadline():
    assert kicker_odds("青川港三号泊位扩建完工", "临江港五号泊位扩建完工") < 0


def test_two_phrases_of_one_length_set_apart_by_a_space_lean_to_a_kicker():
    assert kicker_odds("老街焕发新颜 夜市重现繁华", "2026年青川夜间经济示范街区揭晓") > 0


def test_a_date_opening_the_second_field_is_when_the_event_named_over_it_is_held():
    assert kicker_odds("第三届青川港口文化节", "2026年5月18日 青川港") < 0
    assert kicker_odds("临江秋季马拉松赛全面升级", "10月20日开跑 参赛人数将达两万") < 0


def test_a_second_field_opening_on_when_tells_what_has_happened_since_under_the_headline():
    assert kicker_odds("青川市夏季降雨偏多", "今年主汛期提前半个月") < 0
    assert kicker_odds("青禾县柑橘喜获丰收", "今起陆续运往临江各区") < 0
