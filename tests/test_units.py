"""Units: markdown lines stay as they are; line dumps are rebuilt into paragraphs from indents and short lines."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import baoku
from baoku.model import Block, Unit
from baoku.patterns import rx
from baoku.restore.units import LABEL_OPENS
from conftest import FIXTURES, REPO, lines_dump, run_stages, wrap
from make_lines import width
from test_noloss import MUTATIONS, _mutate

P_LONG = ("青川市今年计划新建城市书房二十个，覆盖全部街道和重点镇。市图书馆负责人介绍，城市书房实行二十四小时开放，"
          "市民刷身份证即可入内借阅。")
P_TWO = "北塘区的五座城市书房将在七月底前建成开放。"                       # two lines: indented first, short last
P_FULL = "临江区新建的三座城市书房已于本月初全部建成投入使用。"           # its last line is a full line
P_SENTENCES = ("书房由街道提供场地、市图书馆统一配送图书，每月更新一次书目。书房内还设有自助借还机和电子阅读屏，"
               "方便市民借阅图书和查询资料。")
P_AFTER = "截至五月底，全市已建成城市书房十一个，累计接待读者四十余万人次，借出图书十二万册。"


def units_of(text: str):
    page = run_stages(text, "build_units")
    return page, ["".join(b.text for b in u.blocks) for u in page.units]


def test_line_dump_paragraphs_end_at_short_lines():
    paras = [P_LONG, P_TWO, P_SENTENCES, P_AFTER, P_LONG]
    page, units = units_of(lines_dump(paras))
    assert page.source.format == "lines"
    assert units == paras


def test_full_last_line_ending_a_sentence_then_an_indented_line():
    assert wrap(P_FULL, 12, 14)[-1] == "已于本月初全部建成投入使用。"     # the fixture's shape: a full last line
    paras = [P_LONG, P_FULL, P_AFTER, P_SENTENCES, P_FULL, P_TWO]
    _, units = units_of(lines_dump(paras))
    assert units == paras


def test_full_line_ending_a_sentence_inside_a_paragraph_does_not_end_it():
    # P_SENTENCES has a sentence end inside; whatever line it falls on, a full line after it continues the paragraph
    paras = [P_SENTENCES, "活动期间，" + P_SENTENCES, P_LONG, P_AFTER]
    _, units = units_of(lines_dump(paras))
    assert units == paras


def test_one_line_paragraph_between_paragraphs():
    paras = [P_LONG, "会议还通报了有关情况。", P_AFTER, P_SENTENCES]
    _, units = units_of(lines_dump(paras))
    assert units == paras


def test_long_heading_lines_are_units_of_their_own():
    text = "青川市城市书房建设工作推进会在临江区召开\n" + lines_dump([P_LONG, P_AFTER, P_SENTENCES])
    _, units = units_of(text)
    assert units == ["青川市城市书房建设工作推进会在临江区召开", P_LONG, P_AFTER, P_SENTENCES]


def test_crosshead_after_a_full_last_line():
    text = lines_dump([P_LONG, P_FULL]) + "书房建设提速\n" + lines_dump([P_AFTER, P_SENTENCES])
    _, units = units_of(text)
    assert units == [P_LONG, P_FULL, "书房建设提速", P_AFTER, P_SENTENCES]


def test_headline_as_wide_as_a_column_before_an_indented_lead():
    lead = "本报讯（记者 宋嘉禾）6月2日，临江区新建的三座城市书房全部投入使用，市民可以就近借阅图书。"
    text = lines_dump([P_LONG, P_AFTER]) + "临江区三座城市书房全部建成开放\n" + lines_dump([lead, P_SENTENCES])
    _, units = units_of(text)
    assert units == [P_LONG, P_AFTER, "临江区三座城市书房全部建成开放", lead, P_SENTENCES]


def test_the_headline_under_a_kicker_spanning_columns_is_a_unit_of_its_own():
    # the headline, four characters short of the column, over a full line opening with a quote, looks like an
    # indented first line shortened by line-breaking rules; under a kicker ending in a dash it is the headline
    opening = "“好看！”“热闹！”老街改造后重新开街，市民们纷纷点赞。"
    text = (lines_dump([P_LONG]) + "青川老街改造工程在市民中引起热烈反响——\n让老街留住浓浓烟火气\n"
            "“好看！”“热闹！”老街改造\n后重新开街，市民们纷纷点赞。\n" + lines_dump([P_AFTER]))
    _, units = units_of(text)
    assert units == [P_LONG, "青川老街改造工程在市民中引起热烈反响——", "让老街留住浓浓烟火气", opening, P_AFTER]


def _hanging(paragraph: str, column: int = 14) -> list[str]:
    """Wrap letting closing punctuation hang past the column (one character wider), as many typesetters do."""
    lines, cur, limit = [], "", column - 2
    for c in paragraph:
        if cur and width(cur + c) > limit and c not in "，。、；：？！”）":
            lines.append(cur)
            cur, limit = "", column
        cur += c
    return lines + [cur]


def test_hanging_punctuation_lines():
    paras = ["据介绍，" + P_AFTER, P_LONG, "同时，" + P_LONG, P_SENTENCES, "此外，" + P_AFTER, P_AFTER]
    lines = [ln for p in paras for ln in _hanging(p)]
    assert sum(width(ln) == 15 for ln in lines) >= 2          # the shape this test is about
    _, units = units_of("\n".join(lines) + "\n")
    assert units == paras


def test_hanging_punctuation_short_last_line_before_a_hanging_indent():
    paras = [lead + p for lead in ("", "此外，", "据介绍，", "同时，") for p in (P_LONG, P_SENTENCES, P_AFTER)]
    lines = [ln for p in paras for ln in _hanging(p)]
    k = lines.index("市民刷身份证即可入内借阅。")
    assert (width(lines[k]), width(lines[k + 1])) == (13, 13) and lines[k + 1].endswith("、")   # the shape
    _, units = units_of("\n".join(lines) + "\n")
    assert units == paras


def test_markdown_lines_are_units_one_to_one():
    md = "\n\n".join(["# 青川市城市书房建设推进", P_LONG, "北塘区和", "临江区书房同步开放。", P_AFTER] * 2)
    page, units = units_of(md)
    assert page.source.format == "md"
    assert units == [b.text for b in page.blocks] and len(units) == 10


def test_a_line_left_short_by_a_number_pushed_to_the_next_line_does_not_end_its_paragraph():
    # a column of 15 characters; the typesetter does not break "2.18" or "17.4%", so it moves the whole number down
    lines = ["书房由街道提供场地、市图书馆统", "一配送图书，每月更新一次书目。",
             "  去年，青川新建城市书房",          # indented, 2 em left: "2.18" needs 2.2 em
             "2.18万平方米，累计接待读者四", "十余万人次，其中青少年读者占",
             "到四成，空气优良天数比例为", "17.4%，借出图书十二万册。",             # 2 em left: "17.4%" needs 2.75
             "  截至五月底，全市已建成城市书", "房十一个，运行平稳。"] * 2
    _, units = units_of("\n".join(lines) + "\n")
    assert units[1] == ("去年，青川新建城市书房2.18万平方米，累计接待读者四十余万人次，其中青少年读者占到四成，"
                        "空气优良天数比例为17.4%，借出图书十二万册。")


def test_a_box_label_on_a_line_of_its_own_is_a_unit_of_its_own():
    head = "石上刻出山水画（青川手艺人）"
    lines = [head, "【手艺看点】", "  选石看纹路，下刀看心", "情，一方石板刻了整整三年。"] + \
        ["  书房由街道提供场地、市图书", "馆统一配送图书，每月更新一次", "书目。"] * 3
    _, units = units_of("\n".join(lines) + "\n")
    assert units[:2] == [head, "【手艺看点】"]
    assert units[2].startswith("选石看纹路，下刀看心情，一方石板刻了整整三年。")


def test_every_box_label_opens_with_a_character_the_labels_are_looked_for_by():
    words = re.search(r"\(([^()]*)\)", rx("body", "label").pattern).group(1).split("|")
    assert {w[0] for w in words} | {"■", "【"} <= set(LABEL_OPENS)
    assert rx("body", "label").pattern.startswith("^■?(") and rx("body", "box_label").pattern.startswith("^【")


def test_a_kicker_as_wide_as_the_column_after_a_finished_paragraph_starts_a_unit():
    lines = ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目，运行平稳，市民满意。",
             "青川港务集团董事长周启航——", "“留住老街，为城市留下记忆”（青川人物）"] + \
        ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目。"] * 3
    _, units = units_of("\n".join(lines) + "\n")
    assert units[1] == "青川港务集团董事长周启航——"


def test_a_title_with_a_column_tag_after_a_finished_paragraph_starts_a_unit():
    lines = ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目，运行平稳，市民满意。",
             "书香满城 温暖满城（青川观察）"] + ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目。"] * 3
    _, units = units_of("\n".join(lines) + "\n")
    assert units[1] == "书香满城 温暖满城（青川观察）"


def test_a_line_left_short_before_a_particle_goes_on_in_the_next():
    # the lines of a paragraph set short beside a picture: nothing ends on a verb whose 了 opens the next line
    import baoku
    full = ["入冬以来，清水河湿地公园迎来大批越冬候鸟，白鹭、灰鹤、野鸭在湿地公园的浅滩上觅食，吸引了不少摄影爱好者。",
            "湿地公园管理处负责人介绍，今年越冬候鸟的数量比去年多三成，公园将在北岸增设三处观鸟点，并安排志愿者讲解。"]
    text = lines_dump(full) + "湿地公园的变化引起\n了市民和游客的关注\n" + lines_dump(full)
    paras = [p.text for a in baoku.restore(text).articles for p in a.paragraphs]
    assert paras == full + ["湿地公园的变化引起了市民和游客的关注"] + full


def test_a_documents_part_title_set_flush_after_a_finished_paragraph_starts_a_unit():
    lines = ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目，运行平稳，市民满意。",
             "第三章 建设城市书房网络体", "系"] + ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目。"] * 3
    _, units = units_of("\n".join(lines) + "\n")
    assert units[1] == "第三章 建设城市书房网络体系"


def test_a_flush_line_after_a_storys_closing_note_is_a_unit_of_its_own():
    # a title as wide as the column after （本报某地电） that closes a story, then a line wider than the column
    lines = ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目，运行平稳，市民满意。", "（本报青川6月3日",
             "电）", "青川职业技术学院建校六十年", "产教融合 校企合作 服务乡村"] + \
        ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目。"] * 3
    _, units = units_of("\n".join(lines) + "\n")
    assert units[1:3] == ["（本报青川6月3日电）", "青川职业技术学院建校六十年"]
    note = ["  （作者为青川市社会科学院", "城市发展研究所研究员、青川大", "学城市治理研究中心研究员、青", "川市城市建设专家咨询委员会委", "员）"]
    _, units = units_of("\n".join(lines[:3] + note + lines[5:]) + "\n")
    assert units[1:3] == ["".join(note).strip(), "青川职业技术学院建校六十年"]


def test_a_credit_wrapped_onto_a_short_line_is_one_credit():
    cap = lines_dump([P_LONG, "清水河湿地公园迎来大批越冬候鸟，吸引了不少市民前来观赏。"])
    body = lines_dump([P_AFTER, P_SENTENCES])
    for credit in (["林小舟 宋嘉禾摄影报道（青", "川图片）"], ["本报记者 欧阳小舟 宋嘉禾", "摄影报道"],
                   ["欧阳小舟 宋嘉禾摄影报道", "（青川图片）"]):
        page = run_stages(cap + "\n".join(credit + ["书房建设提速"]) + "\n" + body, "assign_roles")
        assert [(u.text, u.role) for u in page.units[2:4]] == [("".join(credit), "credit"), ("书房建设提速", "heading")]
    # a short credit line with room left did not wrap: the line under it is a title
    page = run_stages(cap + "版式设计：林小舟\n港务集团周启航\n" + body, "assign_roles")
    assert [u.text for u in page.units[2:4]] == ["版式设计：林小舟", "港务集团周启航"]


def test_a_reporters_line_under_a_title_as_wide_as_the_column_is_a_unit_of_its_own():
    lines = ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目。", "老街书房夜里亮灯 温暖归家人",
             "本报记者 林小舟"] + ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目。"] * 3
    _, units = units_of("\n".join(lines) + "\n")
    assert units[1:3] == ["老街书房夜里亮灯 温暖归家人", "本报记者 林小舟"]


def test_a_bulleted_item_starts_a_unit_even_after_a_full_line_without_a_stop():
    lines = ["■老街改造让街坊们住得更舒心", "也让老字号重新焕发了生机活力", "■城市书房让市民就近借阅，夜", "里也亮灯"] + \
        ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目。"] * 3
    _, units = units_of("\n".join(lines) + "\n")
    assert units[:2] == ["■老街改造让街坊们住得更舒心也让老字号重新焕发了生机活力", "■城市书房让市民就近借阅，夜里也亮灯"]


def test_two_short_lines_with_a_word_cut_between_them_are_one_unit():
    _, units = units_of(lines_dump([P_LONG]) + "新时代城市书房建设呈\n现新特点\n" + lines_dump([P_AFTER, P_SENTENCES]))
    assert units == [P_LONG, "新时代城市书房建设呈现新特点", P_AFTER, P_SENTENCES]


def test_an_indented_line_between_full_lines_opens_a_paragraph_after_a_full_line_without_a_stop():
    # a title set in the column as a paragraph, its last line full and without a stop, then a paragraph whose
    # indented first line is followed by a full one: inside one paragraph no line stops two characters short
    title = "城市书房建设提速，让市民在家门口享受阅读的便利和乐趣"
    assert [len(x) for x in wrap(title, 12, 14)] == [12, 14]
    _, units = units_of(lines_dump([P_LONG, title, P_AFTER, P_SENTENCES]))
    assert units == [P_LONG, title, P_AFTER, P_SENTENCES]


def test_a_line_left_short_by_what_opens_the_next_does_not_open_a_paragraph():
    # the same shape inside a paragraph: the indented-looking line lost its end to a number the next line opens
    # with, which could not be broken there
    lines = ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目，全年累计接待读者",
             "2.18万人次，其中青少年读者约占", "四成，借出图书十二万册。"]
    _, units = units_of(lines_dump([P_LONG, P_AFTER]) + "\n".join(lines) + "\n" + lines_dump([P_SENTENCES]))
    assert units == [P_LONG, P_AFTER, "".join(lines).strip(), P_SENTENCES]


def test_two_full_lines_without_a_stop_over_a_lead_are_two_units():
    # a kicker and a headline set one column wide, both filling it, then the story's dateline: two heading lines
    # for the headline rules to weigh, not a paragraph whose last line is full
    kicker, head = "青川港务集团码头推行夜间通关", "货车司机夜里也能办手续提货了"
    lead = "本报青川6月3日电（记者林小舟）青川港务集团码头从本月起推行夜间通关服务，货车司机夜里也能办理提货手续。"
    assert len(kicker) == len(head) == 14
    _, units = units_of(lines_dump([P_LONG, P_AFTER]) + f"{kicker}\n{head}\n" + lines_dump([lead, P_SENTENCES]))
    assert units == [P_LONG, P_AFTER, kicker, head, lead, P_SENTENCES]


def test_a_first_line_ending_a_sentence_goes_on_when_a_number_pushed_over_fills_the_line_under_it():
    # the full line under it opens with a date too wide for the room left: it is no paragraph's (indented) first
    # line, so the short line over it did not end its paragraph
    lines = ["  书香满城，共读共享。", "2023年6月3日，青川市第五届全", "民读书节在市图书馆广场开幕。"]
    assert [width(x) for x in lines[:2]] == [11.0, 14.0]
    _, units = units_of(lines_dump([P_LONG, P_AFTER]) + "\n".join(lines) + "\n" + lines_dump([P_SENTENCES]))
    assert units == [P_LONG, P_AFTER, "".join(lines).strip(), P_SENTENCES]


def test_an_indented_first_line_with_latin_letters_after_a_full_line_ending_a_sentence_opens_a_paragraph():
    # letters and digits set narrower than the width estimate's half em and a bit: the line leaves its indent free
    from baoku.restore.blocks import width as em
    first = ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新。"]
    second = ["  APP上线后，青川市书房借阅", "量明显增长，累计借出图书十二", "万册。"]
    assert em(second[0].strip()) > 14 - 1.6 > em(second[0].strip()) - 0.3
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(first + second) + "\n" + lines_dump([P_SENTENCES]))
    assert units == [P_LONG, "".join(first).strip(), "".join(second).strip(), P_SENTENCES]


def test_a_closing_note_alone_on_its_line_after_a_finished_paragraph_is_a_unit_of_its_own():
    # as wide as an indented line, after a full line ending a sentence: the story's closing note, no last line
    lines = ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目，运行平稳，市民满意。", "（本报青川6月3日电）"]
    _, units = units_of("\n".join(lines) + "\n" + lines_dump([P_LONG, P_AFTER]))
    assert units == ["".join(lines[:3]).strip(), "（本报青川6月3日电）", P_LONG, P_AFTER]


def test_a_closing_note_wrapped_onto_a_short_line_is_one_unit():
    # its second line is as short as an indented line, but it closes the bracket the first one left open
    lines = ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目，运行平稳，市民满意。",
             "（本报记者林舟、宋嘉禾、", "何嘉怡、王明远、林雅静）"]
    _, units = units_of("\n".join(lines) + "\n" + lines_dump([P_LONG, P_AFTER]))
    assert units == ["".join(lines[:3]).strip(), "".join(lines[3:]), P_LONG, P_AFTER]


def test_a_first_line_filled_to_its_indent_goes_on_over_a_line_cut_short_by_what_opens_the_next():
    # the first line leaves no room for the character that opens the second; the second stops two characters
    # short because the third opens with a character and the stops that may not be parted from it
    lines = ["  青川市老街书房在春节假期", "里又迎来了一大批“周末读", "者”，书房全天开放，累计接待", "读者三千多人次。"]
    assert [width(x.strip()) for x in lines[:3]] == [12.0, 12.0, 14.0]
    _, units = units_of(lines_dump([P_LONG, P_AFTER]) + "\n".join(lines) + "\n" + lines_dump([P_SENTENCES]))
    assert units == [P_LONG, P_AFTER, "".join(lines).strip(), P_SENTENCES]


def test_a_title_a_character_short_of_the_indent_stays_over_a_first_line_cut_short_by_kinsoku():
    # the same shape under a title one character narrower than an indented line: a title and a paragraph
    title = "青川城市书房建设这一年"
    lines = ["  “老街书房是我们的第二个", "家”，一位读者说。书房全天开", "放，累计接待读者三千多人次。"]
    assert width(title) == 11.0 and [width(x.strip()) for x in lines[:2]] == [12.0, 14.0]
    _, units = units_of(lines_dump([P_LONG, P_AFTER]) + title + "\n" + "\n".join(lines) + "\n"
                        + lines_dump([P_SENTENCES]))
    assert units == [P_LONG, P_AFTER, title, "".join(lines).strip(), P_SENTENCES]


def test_a_short_line_ending_in_a_column_tag_under_a_full_line_without_a_stop_is_a_unit_of_its_own():
    # a kicker filling the column, then a headline with its column's tag, then the story's lead: two heading
    # lines for the headline rules to weigh, not one paragraph
    kicker, head = "港务集团去年为进出口企业节省", "3.2亿元（港口观察）"
    lead = "本报青川6月3日电（记者林小舟）青川港务集团码头从本月起推行夜间通关服务，货车司机夜里也能办理提货手续。"
    assert width(kicker) == 14 and width(head) < 14 - 1.6
    _, units = units_of(lines_dump([P_LONG, P_AFTER]) + f"{kicker}\n{head}\n" + lines_dump([lead, P_SENTENCES]))
    assert units == [P_LONG, P_AFTER, kicker, head, lead, P_SENTENCES]


def test_a_dash_pushed_over_from_a_first_line_goes_on_with_its_paragraph():
    # the dash, the quote after it and the character it opens do not fit the room the indented first line left
    lines = ["  书房推出的“青川老街", "——‘周末读者’系列活动”，", "吸引了许多市民前来参加，累计", "接待读者三千多人次。"]
    assert [width(x.strip()) for x in lines[:3]] == [10.0, 14.0, 14.0]
    _, units = units_of(lines_dump([P_LONG, P_AFTER]) + "\n".join(lines) + "\n" + lines_dump([P_SENTENCES]))
    assert units == [P_LONG, P_AFTER, "".join(lines).strip(), P_SENTENCES]


def test_a_subheadline_under_a_title_a_dash_too_wide_for_stays_a_unit_of_its_own():
    # the same room left, but the line under the dash line is a paragraph's indented first line: a subheadline
    title, sub = "青川城市书房建设这一年", "——记青川市老街书房的周末读者"
    assert width(title) == 11 and 14 - 1.6 <= width(sub) <= 14 + 1.5
    _, units = units_of(lines_dump([P_LONG, P_AFTER]) + f"{title}\n{sub}\n" + lines_dump([P_SENTENCES, P_LONG]))
    assert units == [P_LONG, P_AFTER, title, sub, P_SENTENCES, P_LONG]


def test_a_bulleted_item_or_a_reporters_line_filling_its_room_goes_on_over_a_short_line():
    # no headline opens with a bullet or a reporter's title: filled to its indent, such a line wrapped
    bullet, reporter = ["■老街书房推出周末亲子共", "读活动"], ["本报记者 林小舟 宋嘉禾 何", "嘉怡"]
    assert width(bullet[0]) == 12 and width(reporter[0]) >= 12 - 0.5
    text = lines_dump([P_LONG]) + "\n".join(bullet) + "\n" + lines_dump([P_AFTER]) + "\n".join(reporter) + "\n" \
        + lines_dump([P_SENTENCES])
    _, units = units_of(text)
    assert units == [P_LONG, "".join(bullet), P_AFTER, "".join(reporter), P_SENTENCES]


def test_an_item_opening_with_a_bracketed_label_filling_its_room_goes_on_over_a_short_line():
    item = ["【人物】“不穿皮鞋”的林", "小舟"]
    assert width(item[0]) == 12
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(item) + "\n" + lines_dump([P_AFTER]))
    assert units == [P_LONG, "".join(item), P_AFTER]


def test_a_bulleted_item_with_room_left_is_a_unit_of_its_own():
    bullet = "■老街书房推出亲子共读"
    _, units = units_of(lines_dump([P_LONG]) + bullet + "\n活动\n" + lines_dump([P_AFTER]))
    assert units == [P_LONG, bullet, "活动", P_AFTER]


def test_a_closing_note_ending_with_a_full_line_is_a_unit_of_its_own():
    # wholly in brackets, it ends with its bracket at a full line's end: the short line under it is a title
    lines = ["  书房由街道提供场地、市图", "书馆统一配送图书，每月更新一", "次书目，运行平稳，市民满意。",
             "  （记者林小舟、宋嘉禾、何", "嘉怡、王明远、林雅静、周启航）"]
    title = "老街书房迎新客"
    assert width(lines[-2].strip()) == 12 and width(lines[-1]) == 15      # its bracket hangs past the edge
    _, units = units_of("\n".join(lines) + "\n" + title + "\n" + lines_dump([P_LONG, P_AFTER]))
    assert units == ["".join(lines[:3]).strip(), "".join(lines[3:]).strip(), title, P_LONG, P_AFTER]


def test_a_one_line_closing_note_is_a_unit_of_its_own_over_a_title_as_wide_as_the_column():
    note, title = "（作者为青川大学副教授）", "青川老街书房周末读书会开讲"
    assert width(note) == 12 and 14 - 1.6 <= width(title) <= 14 + 1.5
    _, units = units_of(lines_dump([P_LONG, P_AFTER]) + f"{note}\n{title}\n" + lines_dump([P_SENTENCES, P_LONG]))
    assert units == [P_LONG, P_AFTER, note, title, P_SENTENCES, P_LONG]


_READ = ["  青川市老街书房上月迎来读", "者三千余人次，比去年同期翻一", "番多，借阅量也随之明显上升。"]


def test_a_line_cut_short_by_a_character_pushed_down_goes_on_after_a_full_line_ending_a_sentence():
    # with its digits set narrower than estimated the line looks indented, but the full line under it opens with a
    # character before a stop (说，): line-breaking rules cut it short, the paragraph goes on
    lines = [*_READ, "全市已有书房312处，据馆长", "说，书房今年还将增设夜间阅读", "区。"]
    assert width(lines[3]) >= 14 - 1.6 and width(lines[4]) == 14
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER]))
    assert units == [P_LONG, "".join(lines).strip(), P_AFTER]


def test_a_line_looking_indented_over_a_full_line_opening_freely_opens_a_paragraph():
    lines = [*_READ, "全市已有书房312处，据馆长", "介绍，书房今年还将增设夜间阅", "读区。"]
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER]))
    assert units == [P_LONG, "".join(lines[:3]).strip(), "".join(lines[3:]), P_AFTER]


def test_a_summary_paragraph_filling_its_last_line_ends_over_an_indented_line_cut_by_a_pushed_character():
    # the first line under the stop-less summary is three characters short: its indent and 展 pushed down with its
    # stop; it opens the body
    summary = ["  书房不只是借书的地方，也", "是市民交流学习休闲的城市客厅"]
    body = ["青川各区城市书房建设进", "展，近日已全部通过市里的验收", "工作。"]
    assert width(summary[1]) == 14 and width(body[0]) == 14 - 3 and width(body[1]) == 14
    _, units = units_of("\n".join(summary) + "\n" + "\n".join(body) + "\n" + lines_dump([P_AFTER]))
    assert units[:2] == ["".join(summary).strip(), "".join(body)]


def test_a_body_line_wider_than_the_column_by_its_squeezed_stops_stays_in_its_paragraph():
    # ”、“ set side by side are squeezed: the line overflows the estimate by two em, yet it is a body line
    para = ["三港联动以来，全市先后打", "出了“青川港”、“临江港”、“清", "水港”三张名片，港区吞吐量逐", "年增长。"]
    _, units = units_of(lines_dump([P_AFTER]) + "\n".join(para) + "\n" + lines_dump([P_LONG, P_AFTER]))
    assert units == [P_AFTER, "".join(para), P_LONG, P_AFTER]


def test_a_full_line_closed_by_a_column_tag_under_a_kicker_and_over_a_short_line_is_a_unit_of_its_own():
    # the kicker looks like an indented first line and the title like a full one; but the title ends in its
    # column tag, has no clause mark and stands over a short line ending no sentence
    kicker, title, byline = "在青川的老街上守护着梦想", "林小舟的剪纸人生（港城追梦）", "追梦人：林小舟"
    _, units = units_of(f"{kicker}\n{title}\n{byline}\n" + lines_dump([P_AFTER, P_LONG, P_TWO, P_LONG]))
    assert units[:3] == [kicker, title, byline]
    # a paragraph's full line that a bracketed name ends, over a full line, goes on
    prose = "青川港务集团下属的集装箱\n码头运营有限公司（青川码头）\n是全市最早开展此类业务的企\n业。\n"
    _, units = units_of(lines_dump([P_AFTER, P_LONG]) + prose + lines_dump([P_TWO, P_LONG]))
    assert units[2] == "".join(prose.split())


def test_a_dashed_subheadline_filling_the_column_does_not_go_on_into_the_title_under_it():
    # the title of a package's first report, under its ——subheadline; a word cut in two still wraps
    sub, title = "——青川港务工作者值守扫描", "连夜抢运保障供应"
    body = lines_dump([P_AFTER, P_LONG, P_TWO, P_LONG])
    _, units = units_of(lines_dump([P_LONG]) + f"{sub}\n{title}\n本报记者 林小舟\n" + body)
    assert units[1:3] == [sub, title]
    _, units = units_of(lines_dump([P_LONG]) + "——写在青川港新码头开港十周\n年之际\n本报记者 林小舟\n" + body)
    assert units[1] == "——写在青川港新码头开港十周年之际"


def test_the_lines_inside_a_paragraph_are_told_at_once_and_the_rebuild_is_the_same_without_that(monkeypatch):
    from baoku.restore import units as U
    paras = [P_LONG, P_SENTENCES, "■" + P_TWO, P_AFTER, P_FULL, P_LONG]
    page, rebuilt = units_of(lines_dump(paras))
    inner = {b.text for b, x in zip(page.blocks, U._inner_lines(*_widths_of(page), [], [])) if x}
    edges = {u.blocks[0].text for u in page.units} | {u.blocks[-1].text for u in page.units}
    assert len(inner) >= 6 and not inner & edges        # lines inside paragraphs, none opening or closing one
    monkeypatch.setattr(U, "_inner_lines", lambda widths, *_: [False] * (len(widths) + 1))
    assert units_of(lines_dump(paras))[1] == rebuilt == paras


def _widths_of(page):
    import numpy as np
    from baoku.restore.blocks import INDENT_HI, INDENT_LO
    widths = np.array([b.width for b in page.blocks])
    return widths, page.column, (widths >= page.column - INDENT_LO) & (widths < page.column - INDENT_HI)


def test_a_heading_mark_alone_on_its_line_is_an_empty_line_of_the_dump():
    # a mark with nothing after it but spaces (## 　　) gives a block with no text: the line tests take it as blank
    from conftest import QC_LINES
    import baoku
    from test_noloss import assert_accounted
    lines = QC_LINES.read_text(encoding="utf-8").splitlines()
    page = baoku.restore("\n".join(lines[:20] + ["## \u3000\u3000"] + lines[20:]))
    assert page.source.format == "lines"
    assert_accounted(page)


LINE_DUMPS = [FIXTURES / "qingchuan-2023-06-03-p2-lines.txt", REPO / "examples" / "qingchuan-2023-06-03-p2-lines.txt"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(LINE_DUMPS), MUTATIONS)
def test_the_fast_path_through_full_lines_restores_damaged_line_dumps_as_the_line_tests_do(path, mutations):
    # the lines _inner_lines lets through untested are lines no test of the rebuild would part: on any damaged
    # dump, the page comes out the same with the fast path switched off
    import baoku
    from baoku.restore import units as U
    lines = path.read_text(encoding="utf-8").splitlines()
    for kind, i, cut in mutations:
        lines = _mutate(lines, kind, i, cut) or [""]
    text = "\n".join(lines)
    fast = baoku.restore(text, date="2023-06-03").to_json(explain=True)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(U, "_inner_lines", lambda widths, *_: [False] * (len(widths) + 1))
        assert baoku.restore(text, date="2023-06-03").to_json(explain=True) == fast


def test_a_first_line_looking_full_by_its_digits_goes_on_over_a_short_last_line():
    # set narrower than estimated, the digits make an indented first line look as wide as the column: it is no
    # title standing alone over an indented line but a paragraph's first line over its last
    lines = ["2023年6月12日，老街书房在", "临江区正式开门迎客。"]
    assert width(lines[0]) >= 14 - 1.6 and 14 - 4.2 <= width(lines[1]) < 14 - 1.6
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER, P_SENTENCES]))
    assert units == [P_LONG, "".join(lines), P_AFTER, P_SENTENCES]


def test_a_first_line_looking_full_by_its_space_goes_on_over_an_indented_line_completing_its_cut_word():
    # an article's number set apart by a space makes an indented first line look full; the word it cuts in two
    # (管 / 理) says the indented line under it is its rest, not a paragraph of its own
    lines = ["第五条 城市书房日常运营管", "理，由市文化局负责。"]
    assert width(lines[0]) >= 14 - 1.6 and 14 - 4.2 <= width(lines[1]) < 14 - 1.6
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER, P_SENTENCES]))
    assert units[1] == "".join(lines)


def test_a_first_line_goes_on_over_a_line_cut_short_by_a_character_pushed_down_with_an_ellipsis():
    # an ellipsis may not open a line: the character before it went down with it, leaving the second line as short
    # as an indented first line, which the first line, filled to its indent, goes on into
    lines = ["端午前夕，书房里的孩子们", "正在包粽子、画龙舟、背古", "诗……管理员林小舟说，这样的", "活动每年都办。"]
    assert [width(x) for x in lines[:3]] == [12, 12, 14]
    page = baoku.restore(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER, P_SENTENCES]))
    assert [p for a in page.to_json()["articles"] for p in a["paragraphs"]] == \
        [P_LONG, "".join(lines), P_AFTER, P_SENTENCES]


def test_a_line_left_short_by_a_number_and_the_stop_after_it_goes_on():
    # 12.5% alone would fit the room the second line leaves, but not with the semicolon that may not open a line:
    # the number was pushed down with it, and the paragraph goes on
    lines = ["今年全市城市书房藏书总量", "达一百万册，比去年增长", "12.5%；年借阅量三十六万人", "次，同比增长两成。"]
    assert 14 - width(lines[1]) > width("12.5%") and width(lines[1]) + width("12.5%；") > 14
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER, P_SENTENCES]))
    assert units == [P_LONG, "".join(lines), P_AFTER, P_SENTENCES]


def test_a_short_line_ending_a_sentence_goes_on_over_a_full_line_opening_with_a_number_pushed_down():
    # the number did not fit the room the short line leaves, and the line under it is full, not indented: one
    # paragraph, the number pushed down after the sentence's end
    lines = ["全市城市书房去年接待读者", "四十余万人次，借出图书十二万", "册，比前年翻了一番还多。", "12000余名读者新办了读者证，",
             "占全市读者的三成。"]
    assert 14 - width(lines[2]) < width("12000") and width(lines[3]) >= 14 - 1.6
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER, P_SENTENCES]))
    assert units == [P_LONG, "".join(lines), P_AFTER, P_SENTENCES]


def test_a_first_line_filled_to_a_dash_goes_on_over_a_full_line():
    # a lead-in closing on a dash where its indented line is full, over a full line: the paragraph goes on
    lines = ["那是一段最难忘的岁月——", "2023年6月，老街书房正式开门", "迎来第一批读者。"]
    assert width(lines[0]) == 14 - 2 and width(lines[1]) >= 14 - 1.6
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER, P_SENTENCES]))
    assert units == [P_LONG, "".join(lines), P_AFTER, P_SENTENCES]


def test_a_one_line_paragraph_ends_over_a_title_and_its_subtitle():
    # an indented line ending a sentence over a full line and a short one, neither holding a clause mark: no
    # paragraph goes on there (its last line would end on a stop) but the next story's title and subtitle
    lines = ["会议研究了其他有关事项。", "青川市召开城市书房建设大会", "林小舟出席并讲话"]
    assert width(lines[0]) >= 14 - 2.6 and width(lines[1]) >= 14 - 1.6
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER, P_SENTENCES]))
    assert units[:2] == [P_LONG, lines[0]] and units[-2:] == [P_AFTER, P_SENTENCES]


def test_two_full_stopless_lines_over_an_indented_line_are_two_titles():
    # both lines fill the column, no clause mark in them and no word cut between them, over the indented first
    # line of the story: a kicker over its headline, not one headline wrapped (its second line would end short)
    lines = ["添置休息座椅 铺设无障碍坡道", "青川老街完成适老化改造工程"]
    assert all(14 - 1.6 <= width(t) <= 14 + 1.5 for t in lines)
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER, P_SENTENCES]))
    assert units == [P_LONG, lines[0], lines[1], P_AFTER, P_SENTENCES]


@pytest.mark.parametrize("title", ["青川港务集团发布全年货运数据", "2023年青川港货运吞吐量创新高"])
def test_a_full_line_without_a_stop_between_a_finished_paragraph_and_a_dateline_is_a_unit_of_its_own(title):
    # the paragraph before ends a sentence on a full line, and no paragraph runs on into a dateline: the line
    # between them is the next story's title, however full (or pushed full by its number)
    lead = "本报青川6月2日电（记者林小舟）青川港务集团2日发布数据，去年全港完成货物吞吐量一亿二千万吨。"
    assert width(wrap(P_FULL, 12, 14)[-1]) == 14 and 14 - 1.6 <= width(title) <= 14
    _, units = units_of(lines_dump([P_LONG, P_FULL]) + title + "\n" + lines_dump([lead, P_AFTER]))
    assert units == [P_LONG, P_FULL, title, lead, P_AFTER]


def test_a_line_a_character_short_over_a_pushed_opening_quote_goes_on_after_a_full_line_ending_a_sentence():
    # taking its closing comma as hung past the column's edge, the line under the full one looks indented; but the
    # line under it opens with a quotation mark, which may not end a line: pushed down, it left that line short
    lines = [*_READ, "书房管理员宋嘉禾告诉记者，", "“夜间阅读区的座位常常坐满，", "不少市民下班后专程赶来。”"]
    assert width(lines[3]) == 14 - 1 and width(lines[4]) == 14
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER]))
    assert units == [P_LONG, "".join(lines).strip(), P_AFTER]


def test_a_line_a_character_short_over_a_freely_opening_line_opens_a_paragraph():
    lines = [*_READ, "书房管理员宋嘉禾告诉记者，", "夜间阅读区的座位常常坐满了，", "不少市民下班后专程赶来。"]
    assert width(lines[3]) == 14 - 1 and width(lines[4]) == 14
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER]))
    assert units == [P_LONG, "".join(lines[:3]).strip(), "".join(lines[3:]), P_AFTER]


def test_a_line_a_character_short_ending_a_sentence_over_a_short_line_ends_its_paragraph():
    # nothing pushed down explains why the full line ending a sentence stops a character short, and the line under
    # it is no full line going on: the paragraph ended, and the short line is a title of its own
    lines = [*_READ[:2], "番多，借阅量随之明显上升。", "老街书房周末见！"]
    assert width(lines[2]) == 14 - 1 and width(lines[3]) < 14 - 4.2
    _, units = units_of(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER]))
    assert units == [P_LONG, "".join(lines[:3]).strip(), lines[3], P_AFTER]


def test_a_couplet_line_is_a_unit_of_its_own_under_a_line_ending_no_sentence_and_over_the_next():
    # two phrases of one length set apart by a space are a title, which no paragraph's line is: it goes on neither
    # from the kicker over it (as a full line under a line filled to its indent would) nor into the title under it
    kicker, couplet, title = "青川老街启动改造三年行动", "修缮百年老屋 留住城市记忆", "老街焕新颜"
    assert width(kicker) >= 14 - 2.6 and width(couplet) >= 14 - 1.6
    _, units = units_of(lines_dump([P_LONG]) + "\n".join([kicker, couplet]) + "\n" + lines_dump([P_AFTER]))
    assert units == [P_LONG, kicker, couplet, P_AFTER]
    _, units = units_of(lines_dump([P_LONG]) + "\n".join([couplet, title]) + "\n" + lines_dump([P_AFTER]))
    assert units == [P_LONG, couplet, title, P_AFTER]


def test_a_kicker_closing_on_a_dash_stays_apart_from_the_full_headline_over_the_story():
    # the kicker's dash fills the indented room and the headline under it is full, as a lead-in's would be; but
    # the headline holds no clause mark and the line under it is not full: no paragraph goes on there
    kicker, title = "青川老街夜市迎来新客——", "夜市书房点亮老街的周末夜晚"
    assert width(kicker) == 14 - 2 and 14 - 1.6 <= width(title) <= 14
    _, units = units_of(lines_dump([P_LONG]) + f"{kicker}\n{title}\n" + lines_dump([P_AFTER, P_SENTENCES]))
    assert units == [P_LONG, kicker, title, P_AFTER, P_SENTENCES]


def test_joined_unit_is_the_unit_of_its_blocks():
    """A unit built from text the line rebuild has joined already equals the unit built from its blocks."""
    texts = ["青川市新建的城市书房", "今日开放", "## 北塘区"]
    blocks = [Block(0, 0, 0, 0, t, level=2 if t.startswith("#") else 0, width=float(len(t))) for t in texts]
    for n in range(1, 4):
        got, want = Unit.joined(blocks[:n], "".join(texts[:n])), Unit(blocks[:n])
        assert (got.blocks, got.role, got.lead, got.wide, got.text, got.level, got.width) \
            == (want.blocks, want.role, want.lead, want.wide, want.text, want.level, want.width)


NARROW_BOX = ("# 青川老街夜市重开\n\n本报青川6月2日电（记者林小舟）停业三年的老街夜市昨晚重新开张。\n\n"
              "摊主们说，夜市重开后生意比往年红\n\n火\n\n，\n\n客\n\n流\n\n翻了一番，不少外地游客专程赶来\n\n，\n\n"
              "在\n\n老街的石板路上逛到深夜。\n\n市商务局表示，夜市将延长营业到午夜。\n")


def test_one_character_lines_of_a_narrow_box_join_the_lines_around_them():
    _, units = units_of(NARROW_BOX)
    assert "摊主们说，夜市重开后生意比往年红火，客流翻了一番，不少外地游客专程赶来，在老街的石板路上逛到深夜。" in units
    paragraphs = baoku.restore(NARROW_BOX).to_json()["articles"][0]["paragraphs"]
    assert paragraphs[1] == "摊主们说，夜市重开后生意比往年红火，客流翻了一番，不少外地游客专程赶来，在老街的石板路上逛到深夜。"
