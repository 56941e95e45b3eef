"""Date values resolved against the page date (baoku/extract/dates.py)."""
import pytest

from baoku.extract import entities
from baoku.extract.dates import normalize

PAGE = "2022-06-17"


@pytest.mark.parametrize("text, value", [
    ("6月16日", "2022-06-16"),
    ("６月１６日", "2022-06-16"),
    ("2023年3月1日", "2023-03-01"),
    ("二〇二一年十月", "2021-10"),
    ("16日", "2022-06-16"),
    ("28日", "2022-05-28"),              # more than ten days ahead of the page: last month
    ("12月", "2022-12"),
    ("今年年底", "2022-12"),
    ("今年4月", "2022-04"),
    ("去年", "2021"),
    ("明年", "2023"),
    ("本月", "2022-06"),
    ("上半年", "2022-01/2022-06"),
    ("2023年3月底", "2023-03-21/2023-03-31"),
    ("6月中旬", "2022-06-11/2022-06-20"),
    ("日前", "../2022-06-17"),
    ("近日", "../2022-06-17"),
    ("昨天", "2022-06-16"),
    ("今天上午", "2022-06-17"),
    ("4月6日至6月15日", "2022-04-06/2022-06-15"),
    ("从4月6日至6月15日", "2022-04-06/2022-06-15"),
    ("4月6日至15日", "2022-04-06/2022-04-15"),
    ("今年4月到6月", "2022-04/2022-06"),
    ("98年", "1998"),
])
def test_values(text, value):
    assert normalize(text, PAGE) == value


@pytest.mark.parametrize("text", ["太和十三年", "十三年", "民国三十年", "当时", "现代", "会上", "13月", "32日"])
def test_no_modern_value(text):
    assert normalize(text, PAGE) is None


def test_december_in_a_january_paper_is_last_year():
    assert normalize("12月28日", "2023-01-03") == "2022-12-28"
    assert normalize("1月2日", "2023-01-03") == "2023-01-02"


def test_relative_dates_need_the_page_date():
    assert normalize("6月16日", None) is None
    assert normalize("日前", None) is None
    assert normalize("2023年3月1日", None) == "2023-03-01"


def test_entities_carry_values_and_ranges():
    text = "青川研究院从4月6日至6月15日对石窟开展数字化采集，今年年底前完成。"
    dates = [e for e in entities(text, date=PAGE) if e.type == "date"]
    assert [(d.text, d.value) for d in dates] == [("4月6日至6月15日", "2022-04-06/2022-06-15"),
                                                ("今年年底", "2022-12")]
    for d in dates:
        assert text[d.start:d.end] == d.text


def test_era_year_in_text_has_no_value():
    text = "明窗东壁有北魏太和十三年的题记。"
    for e in entities(text, date=PAGE):
        if e.type == "date":
            assert e.value is None


def test_normalize_cached():
    first = normalize("去年12月", "2023-03-01")
    hits = normalize.cache_info().hits
    assert normalize("去年12月", "2023-03-01") == first == "2022-12"
    assert normalize.cache_info().hits == hits + 1
