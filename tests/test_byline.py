"""Byline parsing: source, reporters, place and date (resolved against the page date)."""
from __future__ import annotations

import pytest

import baoku
from baoku.restore.byline import parse_byline

CASES = [
    # (paragraph, page date, text, source, reporters, place, date)
    ("本报讯（记者 王明远）6月2日，青川市召开防汛工作会议。", "2023-06-03",
     "本报讯（记者 王明远）", "本报", ["王明远"], None, None),
    ("本报北京6月16日电（记者 陈书婷、赵一帆）国家有关部门近日发布通知。", "2023-06-17",
     "本报北京6月16日电（记者 陈书婷、赵一帆）", "本报", ["陈书婷", "赵一帆"], "北京", "2023-06-16"),
    ("本报青川6月2日电（记者陈书婷、赵一帆）记者从青川港务集团获悉，", "2023-06-03",
     "本报青川6月2日电（记者陈书婷、赵一帆）", "本报", ["陈书婷", "赵一帆"], "青川", "2023-06-02"),
    ("新华社北京6月2日电（记者罗文涛）记者从粮食主管部门获悉，", "2023-06-03",
     "新华社北京6月2日电（记者罗文涛）", "新华社", ["罗文涛"], "北京", "2023-06-02"),
    ("新华社北京6月2日电（记者 罗文涛 韩亦舒）各地小麦陆续开镰。", "2023-06-03",
     "新华社北京6月2日电（记者 罗文涛 韩亦舒）", "新华社", ["罗文涛", "韩亦舒"], "北京", "2023-06-02"),
    ("新华社北京2日电 各地小麦陆续开镰。", "2023-06-03",
     "新华社北京2日电", "新华社", [], "北京", "2023-06-02"),
    ("本报讯（通讯员 刘晓光 记者 郑思远）走进北塘区东风街道，", "2023-06-03",
     "本报讯（通讯员 刘晓光 记者 郑思远）", "本报", ["刘晓光", "郑思远"], None, None),
    ("本报讯（记者 郑思远 通讯员 黄 涛）6月1日，北塘区召开会议。", "2023-06-03",      # a two-character name padded
     "本报讯（记者 郑思远 通讯员 黄 涛）", "本报", ["郑思远", "黄涛"], None, None),
    ("据新华社北京6月2日电 各地小麦陆续开镰。", "2023-06-03",
     "据新华社北京6月2日电", "新华社", [], "北京", "2023-06-02"),
    ("本报记者 韩亦舒", "2023-06-03", "本报记者 韩亦舒", "本报", ["韩亦舒"], None, None),
    ("本报记者 韩亦舒 通讯员 刘晓光", "2023-06-03", "本报记者 韩亦舒 通讯员 刘晓光", "本报", ["韩亦舒", "刘晓光"], None, None),
    ("通讯员 刘晓光", "2023-06-03", "通讯员 刘晓光", None, ["刘晓光"], None, None),
    ("记者 何嘉怡", "2023-06-03", "记者 何嘉怡", None, ["何嘉怡"], None, None),
    # a January paper with a December dateline: the previous year
    ("本报青川12月31日电（记者 王明远）全市各景区迎来跨年游客高峰。", "2024-01-02",
     "本报青川12月31日电（记者 王明远）", "本报", ["王明远"], "青川", "2023-12-31"),
    ("新华社北京12月30日电（记者罗文涛）", "2024-01-01",
     "新华社北京12月30日电（记者罗文涛）", "新华社", ["罗文涛"], "北京", "2023-12-30"),
    # a dateline that writes its year keeps it, with or without the page's date
    ("新华社青川2023年12月31日电 青川市老街书房今天闭馆整修。", "2024-01-02",
     "新华社青川2023年12月31日电", "新华社", [], "青川", "2023-12-31"),
    ("本报青川2023年6月2日电（记者 王明远）青川港新航线开通。", None,
     "本报青川2023年6月2日电（记者 王明远）", "本报", ["王明远"], "青川", "2023-06-02"),
]


@pytest.mark.parametrize("para,page_date,text,source,reporters,place,date", CASES,
                         ids=[c[2] for c in CASES])
def test_parse_byline(para, page_date, text, source, reporters, place, date):
    b = parse_byline(para, page_date)
    assert b is not None
    assert (b.text, b.source, b.reporters, b.place, b.date) == (text, source, reporters, place, date)


def test_date_needs_the_page_date():
    b = parse_byline("本报青川6月2日电（记者 王明远）青川市召开会议。", None)
    assert b.place == "青川" and b.date is None and b.reporters == ["王明远"]


def test_same_month_late_in_the_year_is_not_moved():
    assert parse_byline("本报青川12月30日电（记者 王明远）", "2023-12-31").date == "2023-12-30"
    assert parse_byline("本报青川11月30日电（记者 王明远）", "2023-12-01").date == "2023-11-30"


@pytest.mark.parametrize("para", ["会议通报了去年以来的流域水质监测情况。", "周启航指出，清水河是青川的母亲河。",
                                  "本报记者从市统计局获悉，今年前五个月全市经济运行平稳。"])
def test_no_byline(para):
    assert parse_byline(para, "2023-06-03") is None


def test_bylines_end_to_end_with_the_page_date():
    text = ("# 青川港集装箱外贸班轮航线增至二十条\n\n"
            "本报青川6月2日电（记者陈书婷、赵一帆）记者从青川港务集团获悉，青川港集装箱班轮航线已增至二十条。\n")
    with_date = baoku.restore(text, date="2023-06-03").to_json()["articles"][0]["byline"]
    assert with_date == {"text": "本报青川6月2日电（记者陈书婷、赵一帆）", "source": "本报",
                         "reporters": ["陈书婷", "赵一帆"], "place": "青川", "date": "2023-06-02"}
    assert baoku.restore(text).to_json()["articles"][0]["byline"]["date"] is None
    # the byline stays inside the first paragraph as printed
    assert baoku.restore(text).articles[0].paragraphs[0].text.startswith("本报青川6月2日电（记者陈书婷、赵一帆）记者从")


def test_a_reporters_line_with_a_two_character_name_set_wide_is_the_byline_not_a_subheadline():
    page = baoku.restore("## 青川港新航线开通\n\n本报记者 林 舟\n\n"
                         "本报青川6月2日电 青川港至临江港的新航线2日开通，每周往返十班。\n\n港务集团说，新航线将带动沿岸企业出货。\n")
    art = page.articles[0]
    assert (art.subheadline, art.byline.reporters) == (None, ["林舟"])
