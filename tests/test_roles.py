"""Roles a line shows by itself (page header, editor line, jump marker, photo credit), captions, and story leads."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import baoku
from baoku.restore.roles import (_MAY_ROLE, may_credit, _may_edit, _may_produce, has_address, is_caption, is_lead,
                                 line_role)
from baoku.patterns import rx

from conftest import lines_dump, run_stages


@pytest.mark.parametrize("text", ["2023年6月3日 星期六 第2版 要闻", "2023年6月3日 星期六 第2版", "第2版", "第二版 要闻",
                                  "2023-06-03 第2版", "青川日报 2023年6月3日 星期六", "A2版 要闻"])
def test_page_header(text):
    assert line_role(text, first_lines=True) == "page_header"


@pytest.mark.parametrize("text", ["责任编辑：苏文澜", "责任编辑 苏文澜", "（责任编辑：苏文澜）", "本版编辑：苏文澜",
                                  "责编：苏文澜", "责任编辑：苏文澜 校对：郭宁"])
def test_editor_line(text):
    assert line_role(text) == "editor"


@pytest.mark.parametrize("text", ["（下转第三版）", "（上接第1版）", "(下转第3版)", "（转第十二版）", "（下转第２版）"])
def test_jump_marker(text):
    assert line_role(text) == "jump"


@pytest.mark.parametrize("text", ["林晓图周平文", "林 晓图 周 平文", "林\u00a0\u00a0晓图\u00a0\u00a0周\u00a0\u00a0平文",
                                  "版式设计：沈云舟", "制图：郭宁", "资料整理：韩亦舒", "本期统筹：韩亦舒", "策划：沈云舟"])
def test_production_credit(text):
    assert line_role(text) == "credit"


def test_a_production_credit_after_an_unfinished_line_stays_a_credit():
    """In a line dump a credit after a line without a stop may be a caption's wrapped end, but not a production
    credit with its label."""
    from baoku.model import Page, Source
    from baoku.pipeline import TEXT_STAGES
    page = Page(source=Source(text="馆长和青川市博物馆研究部主任。本报记者林小舟整理。图\n片由青川市博物馆提供）\n"
                                   "版式设计：沈云舟\n", format="lines"))
    for stage in TEXT_STAGES[:[s.__name__ for s in TEXT_STAGES].index("mark_lines") + 1]:
        page = stage(page)
    assert [b.role for b in page.blocks] == ["body", "body", "credit"]


@pytest.mark.parametrize("text", ["本报记者 林小舟摄", "新华社记者 罗文涛摄", "林小舟 摄", "新华社发", "本报记者 林小舟 韩亦舒摄",
                                  "通讯员 刘晓光摄", "人民视觉"])
def test_photo_credit(text):
    assert line_role(text) == "credit"


@pytest.mark.parametrize("text", ["青川港集装箱外贸班轮航线增至二十条", "本报讯（记者 王明远）6月2日，青川市召开会议。",
                                  "市委副书记、市长周启航出席并讲话。", "智慧码头建设提速", "坚持生态优先 推动绿色发展"])
def test_ordinary_lines_have_no_standalone_role(text):
    assert line_role(text, first_lines=True) is None


@pytest.mark.parametrize("word", ["编", "校", "审", "组版", "图", "文", "：", ":", "摄", "社发", "视觉", "版"])
def test_lines_without_any_role_character_are_told_at_once(word):
    """line_role answers None at once for a line holding no character of _MAY_ROLE: each word that a cheap test
    before a role's pattern looks for (or the jump marker's 版) holds one."""
    assert _may_edit(word) or _may_produce(word) or may_credit(word) or word == "版"
    assert _MAY_ROLE.search(f"青川老街{word}书房")


@pytest.mark.parametrize("text", [
    "图为6月1日，青川港二期码头集装箱装卸作业一派繁忙。本报记者 林小舟摄",
    "6月2日，临江区东湖公园的荷花竞相绽放，引来许多市民驻足观赏拍照。本报记者 韩亦舒摄",
    "图为青川港二期码头。",
    "上图：市民在城市书房阅读。新华社记者 罗文涛摄",
])
def test_captions(text):
    assert is_caption(text)


@pytest.mark.parametrize("text", [
    "市摄影家协会近日举办作品展，展出会员拍摄的清水河风光作品一百余幅。",
    "本报讯（记者 王明远）6月2日，青川市召开会议。",
    "青川港集装箱外贸班轮航线增至二十条",
])
def test_not_captions(text):
    assert not is_caption(text)


def test_a_long_text_is_a_caption_by_its_opening_and_its_credit_only():
    story = "临江区老街夜市今晚重开，摊主们早早摆好了摊位，首晚迎客两万人次。" * 10
    assert is_caption("图为" + story + "本报记者 林小舟摄")
    assert not is_caption("图为" + story)
    assert not is_caption(story + "本报记者 林小舟摄")      # prose, however it ends
    assert is_caption(story[:99] + "本报记者 林小舟摄")      # a shorter sentence closed by a credit


@pytest.mark.parametrize("text", [
    "本报讯（记者 王明远）6月2日，青川市召开会议。",
    "本报讯 6月2日，青川市召开会议。",
    "本报青川6月2日电（记者陈书婷、赵一帆）记者从青川港务集团获悉，",
    "本报北京6月16日电（记者 陈书婷）",
    "新华社北京6月2日电（记者罗文涛）记者从粮食主管部门获悉，",
    "新华社北京6月2日电 记者从粮食主管部门获悉，",
    "新华社青川2023年12月31日电 青川市老街书房今天闭馆整修。",
    "（记者 王明远）6月2日，青川市召开会议。",
])
def test_leads(text):
    assert is_lead(text)


@pytest.mark.parametrize("text", [
    "会议通报了去年以来的流域水质监测情况。",
    "本报记者从市统计局获悉，今年前五个月全市经济运行平稳。",
    "新华社的报道指出，各地夏粮收购进展顺利。",
])
def test_not_leads(text):
    assert not is_lead(text)


PAGE = (
    "2023年6月3日 星期六 第2版\n\n"
    "# 青川市启动清水河流域综合治理三年行动\n\n"
    "本报讯（记者 王明远）6月2日，青川市清水河流域综合治理三年行动启动会在临江区召开。\n\n"
    "会议要求，各区县要把治理任务细化到河段、落实到岗位。下一步，全市将建立河长巡河与\n\n"
    "（下转第三版）\n\n"
    "图为6月1日，清水河临江段的生态护岸。本报记者 林小舟摄\n\n"
    "责任编辑：苏文澜\n"
)


def test_roles_on_a_small_page():
    page = run_stages(PAGE, "assign_roles")
    roles = [(u.role, u.text[:6]) for u in page.units]
    assert roles[0] == ("page_header", "2023年6")
    assert roles[1][0] == "heading"
    assert page.units[2].lead and page.units[2].role == "body"
    assert page.units[3].role == "body" and not page.units[3].lead
    assert [u.role for u in page.units[4:]] == ["jump", "caption", "editor"]


def test_furniture_and_jump_end_to_end():
    page = baoku.restore(PAGE, date="2023-06-03").to_json()
    assert [(f["kind"], f["text"]) for f in page["furniture"]] == [
        ("page_header", "2023年6月3日 星期六 第2版"), ("jump", "（下转第三版）"), ("editor", "责任编辑：苏文澜")]
    (art,) = page["articles"]
    assert art["jump"] == {"to_page": 3, "from_page": None}
    assert "continues_elsewhere" in art["flags"]
    assert art["captions"] == [{"text": "图为6月1日，清水河临江段的生态护岸。", "credit": "本报记者 林小舟摄",
                                "spans": art["captions"][0]["spans"]}]


BODY = "会议要求，各区县要把治理任务细化到河段、落实到岗位。\n\n周启航强调，要以钉钉子精神抓好每一个项目。\n"


def _continued(page_text: str) -> dict:
    (art,) = baoku.restore(page_text).to_json()["articles"]
    return art


def test_continued_from_marker_opening_the_first_paragraph():
    art = _continued("# 清水河治理三年行动启动\n\n（上接第一版）" + BODY)
    assert art["jump"]["from_page"] == 1 and "continued_from_elsewhere" in art["flags"]


@pytest.mark.parametrize("head", ["", "# 清水河治理三年行动启动\n\n"], ids=["top-of-page", "after-headline"])
def test_continued_from_marker_on_its_own_line(head):
    art = _continued(head + "（上接第一版）\n\n" + BODY)
    assert art["jump"]["from_page"] == 1 and "continued_from_elsewhere" in art["flags"]


PORT = ["本报青川6月2日电（记者陈书婷、赵一帆）记者从青川港务集团获悉，随着两条集装箱班轮航线日前开通，青川港集装箱班轮"
        "航线已增至二十条，通达国内外三十多个港口。",
        "在青川港二期码头，十余台自动化轨道吊正有序作业。青川港务集团副总经理孙立群介绍，二期码头今年完成了自动化改造，"
        "码头综合效率提升约百分之二十五。"]
PORT_CAPTION = "图为6月1日，青川港二期码头集装箱装卸作业一派繁忙。本报记者 林小舟摄"


def test_caption_whose_credit_wraps_in_a_line_dump():
    from conftest import lines_dump, wrap
    caption = wrap(PORT_CAPTION, 14, 14)
    assert caption[-1] == "者 林小舟摄"                       # the shape this test is about
    text = "青川港集装箱外贸班轮航线增至二十条\n" + lines_dump(PORT) + "\n".join(caption) + "\n" + lines_dump(PORT[::-1])
    page = baoku.restore(text).to_json()
    (art,) = page["articles"]
    assert [(c["text"], c["credit"]) for c in art["captions"]] == [
        ("图为6月1日，青川港二期码头集装箱装卸作业一派繁忙。", "本报记者 林小舟摄")]
    assert art["paragraphs"] == PORT + PORT[::-1]


def _port_page_with(caption_text: str) -> dict:
    from conftest import lines_dump, wrap
    caption = wrap(caption_text, 14, 14)
    text = "青川港集装箱外贸班轮航线增至二十条\n" + lines_dump(PORT) + "\n".join(caption) + "\n" + lines_dump(PORT[::-1])
    (art,) = baoku.restore(text).to_json()["articles"]
    return art


def test_caption_in_a_line_dump():
    from conftest import wrap
    assert len(wrap("图为青川港二期码头作业现场。本报记者 林小舟摄", 14, 14)[-1]) < 12      # a short last line
    art = _port_page_with("图为青川港二期码头作业现场。本报记者 林小舟摄")
    assert [(c["text"], c["credit"]) for c in art["captions"]] == [("图为青川港二期码头作业现场。", "本报记者 林小舟摄")]
    assert art["paragraphs"] == PORT + PORT[::-1]


def test_caption_ending_on_a_full_line_in_a_line_dump():
    from conftest import wrap
    assert wrap("图为青川港二期码头集装箱装卸作业现场。本报记者 林小舟摄", 14, 14)[-1] == "作业现场。本报记者 林小舟摄"
    art = _port_page_with("图为青川港二期码头集装箱装卸作业现场。本报记者 林小舟摄")
    assert [(c["text"], c["credit"]) for c in art["captions"]] == [("图为青川港二期码头集装箱装卸作业现场。", "本报记者 林小舟摄")]
    assert art["paragraphs"] == PORT + PORT[::-1]


def test_prose_cut_inside_a_quotation_is_body_and_joins_the_text_that_closes_it():
    text = ("# 老街新生\n\n本报讯（记者 周启明）青川老街改造首期完工，街口的裁缝铺和豆腐坊又开张了。\n\n"
            "老街的变化，只是青川城市更新的一个缩影——\n\n"
            "“不能只顾拆，也要想着留，老街的烟火气总也得好好\n\n保存，不能一拆了之”……\n\n"
            "市住建局负责人说，今年还将改造老旧小区四十个。\n")
    units = run_stages(text, "assign_roles").units
    assert [u.role for u in units[3:5]] == ["body", "body"]
    page = baoku.restore(text)
    assert len(page.articles) == 1
    assert "“不能只顾拆，也要想着留，老街的烟火气总也得好好保存，不能一拆了之”……" in \
        [p.text for p in page.articles[0].paragraphs]


def test_in_quote():
    from baoku.restore.punct import in_quote
    assert in_quote("“街坊们都说，我们", "真的没想到！”他说。")
    assert not in_quote("“街坊们都说，我们", "“真的没想到！”他说。")      # a new quotation opens first
    assert not in_quote("他说：“好。”我们", "真的没想到！”")                # nothing left open


def test_a_short_quotation_cut_by_a_column_is_body_when_prose_closes_it():
    text = ("# 老街新生\n\n本报讯（记者 周启明）青川老街改造首期完工，街口的裁缝铺和豆腐坊又开张了。\n\n"
            "“老街真好看！”“这才是青川的\n\n老味道！”不少游客这样感叹。改造保留了青石板路和骑楼。\n")
    units = run_stages(text, "assign_roles").units
    assert units[2].role == "body"
    page = baoku.restore(text)
    assert [p.text for p in page.articles[0].paragraphs][-1].startswith("“老街真好看！”“这才是青川的老味道！”")


def test_a_letters_closing_and_signature_stay_in_the_letter():
    page = baoku.restore("# 写给老街的一封信（家书）\n\n亲爱的街坊们：\n\n老街改造就要完工了，我很想念大家。\n\n"
                         "此致\n\n敬礼！\n\n周启明\n\n（作者为青川市临江区居民）\n")
    assert len(page.articles) == 1
    assert [p.text for p in page.articles[0].paragraphs][-4:] == ["此致", "敬礼！", "周启明", "（作者为青川市临江区居民）"]


def test_a_title_with_a_comma_and_a_column_tag_is_a_heading_not_prose():
    text = ("# 青川老街改造首期完工\n\n本报讯（记者 周启明）青川老街改造首期工程昨日完工。\n\n"
            "青川港务集团董事长周启航——\n\n“留住老街，为城市留下记忆”（青川人物）\n\n"
            "眼前的周启航衣着朴素，言语温和。\n")
    units = run_stages(text, "assign_roles").units
    assert units[3].role == "heading"
    heads = [a.headline.text for a in baoku.restore(text).articles]
    assert "“留住老街，为城市留下记忆”（青川人物）" in heads


def test_a_letters_salutation_and_an_abstract_label_are_no_subheadlines():
    letter = run_stages("# 老街的路灯何时修好（来信调查）\n\n编辑同志：\n\n我是青川市临江区的居民，老街的路灯坏了半年。\n",
                        "assign_roles").units
    assert letter[1].role == "body"
    essay = baoku.restore("# 让老街留住烟火气（青川论坛）\n\n内容提要\n\n老街是城市的记忆。改造老街，要留住街坊。\n")
    assert essay.articles[0].subheadline is None
    assert essay.articles[0].paragraphs[0].text == "内容提要"


def test_a_contact_line_with_an_address_is_a_paragraph_not_a_kicker():
    page = baoku.restore("# 老街的路灯修好了（一线行走）\n\n本报讯（记者 周启明）老街的路灯昨日全部修好。\n\n"
                         "栏目投稿邮箱：qingchuan2023@example.com\n\n书香满城（青川观察）\n\n"
                         "本报讯（记者 林小舟）青川市今年新建城市书房二十个。\n")
    first, second = page.articles
    assert first.paragraphs[-1].text == "栏目投稿邮箱：qingchuan2023@example.com"
    assert second.kicker is None and second.headline.text == "书香满城（青川观察）"


@pytest.mark.parametrize("title, after", [
    ("守住城市的烟火气（青川观察）", "城市更新不能只看高楼，也要看老街。"),   # a title closed by its column's tag
    ("## 清水河畔 书声琅琅", "临江区第一所城市书房昨日开门迎客。"),        # a '#' headline set in large type
])
def test_a_title_after_a_cut_sentence_is_no_rest_of_that_sentence(title, after):
    # XY-cut order: a paragraph cut at a column's foot, its rest displaced, then the next story's title
    page = run_stages("# 老街新生\n\n青川老街改造首期完工以后，二十多家老字号重新开张。街坊们说，老街的石板路修好了，"
                      "骑楼也修好了，老街的\n\n" + title + "\n\n" + after + "\n", "assign_roles")
    assert [u.role for u in page.units][2] == "heading"


def test_a_long_line_with_clause_commas_over_a_dated_lead_is_its_headline():
    # a headline that lost its mark, long and with an enumeration comma, reads like prose cut at a column's
    # foot; but a dated lead opens no sentence it could go on with
    head = "青川市长周启航会见临江区、北塘区来访企业家代表团一行"
    page = baoku.restore(head + "\n\n本报青川6月2日电（记者 王明远）6月2日，青川市长周启航在市政府会见来访的企业家代表团一行。"
                         "\n\n周启航介绍了青川港的发展情况。\n")
    assert page.articles[0].headline.text == head


def test_a_dashed_line_with_clause_commas_right_under_a_headline_is_its_subheadline():
    page = baoku.restore("## 让老街留住烟火气\n\n——论推进青川老街、骑楼和石板路保护工作\n\n"
                         "青川老街改造进入收尾阶段，老街的道路、骑楼和排水管网已基本改造完成。\n")
    art = page.articles[0]
    assert art.subheadline.text == "论推进青川老街、骑楼和石板路保护工作"
    assert art.paragraphs[0].text.startswith("青川老街改造")


@pytest.mark.parametrize("prose, line", [
    ("## 携手建设美丽青川（社论）\n\n青川的发展离不开每一位市民的努力，让我们携手向前。", "祝福青川的明天更加美好！"),
    # of the corpus's texts of up to ten characters closing on a question mark, 78 are paragraphs and one a title
    ("## 老街的早晨（散文）\n\n天刚亮，卖豆浆的王小禾推着车从街口走过来，远远地就招呼我。", "放假回来了？"),
], ids=["exclamation", "question"])
def test_a_short_unmarked_cry_or_question_after_prose_is_a_paragraph_not_a_kicker(prose, line):
    page = baoku.restore(prose + "\n\n" + line +
                         "\n\n## 青川港新航线开通\n\n本报青川6月2日电（记者 王明远）青川港至临江港新航线6月2日正式开通。\n")
    first, second = page.articles
    assert first.paragraphs[-1].text == line
    assert second.kicker is None and second.headline.text == "青川港新航线开通"


def test_dashed_items_of_a_speech_closing_on_a_full_stop_are_paragraphs_not_a_new_story_s_titles():
    # none of the corpus's 647 dashed subheadlines ends on a full stop; 297 dashed paragraphs do
    page = baoku.restore(
        "## 青川国际花卉博览会闭幕\n\n本报青川10月9日电（记者 林小舟）青川国际花卉博览会9日晚闭幕，市长王小禾出席闭幕式并致辞。"
        "\n\n王小禾说，青川将以此次博览会为新的起点：\n\n"
        "——老街书房今年再开三家，夜间开放延长到晚上十点。\n\n"
        "——花卉市集每月办一次，摊位优先留给本地花农。\n\n"
        "博览会历时五个月，共接待中外游客九百多万人次。\n")
    (story,) = page.articles
    assert [p.text[:6] for p in story.paragraphs][2:] == ["——老街书房", "——花卉市集", "博览会历时五"]


@pytest.mark.parametrize("before", ["", "## 青川港新航线开通\n\n本报青川6月2日电 青川港至临江港新航线6月2日正式开通。\n\n"])
def test_a_kickers_first_line_wrapped_onto_its_dashed_line_stays_in_the_kicker(before):
    page = baoku.restore(before + "开展入户走访、梳理问题清单、推动现场交办，\n\n青川市人大常委会——\n\n## 让监督更接地气\n\n"
                         "近日，青川市人大常委会召开会议，听取市政府有关部门的工作汇报。\n")
    art = page.articles[-1]
    assert art.kicker.text == "开展入户走访、梳理问题清单、推动现场交办，青川市人大常委会——"
    assert art.headline.text == "让监督更接地气"


CUT_MID_CLAUSE = "老街管委会说，二期工程明年开工，老街还将在每年的端午、与"


def test_a_line_cut_mid_clause_over_a_title_is_prose_not_its_kicker():
    # XY-cut order: a paragraph cut at a column's foot after a one-character clause, the next story's title,
    # then the paragraph's rest
    page = baoku.restore("## 青川老街改造首期完工\n\n本报讯（记者 林小舟）青川老街改造首期工程上月完工，沿街四十余栋骑楼修缮"
                         "一新。\n\n" + CUT_MID_CLAUSE + "\n\n## 青川港新航线开通\n\n中秋前后举办非遗市集。\n\n"
                         "本报讯（记者 王明远）6月2日，青川港新航线开通，首批班轮从二号码头启航。\n")
    first, second = page.articles
    assert first.paragraphs[-1].text == CUT_MID_CLAUSE
    assert second.kicker is None and second.headline.text == "青川港新航线开通"


def test_a_line_cut_mid_clause_over_a_dashed_kicker_is_no_first_line_of_that_kicker():
    page = baoku.restore(CUT_MID_CLAUSE + "\n\n青川港务集团——\n\n## 青川港新航线开通\n\n"
                         "本报讯（记者 王明远）6月2日，青川港新航线开通，首批班轮从二号码头启航。\n")
    cut, port = page.articles
    assert [p.text for p in cut.paragraphs] == [CUT_MID_CLAUSE]
    assert (port.kicker.text, port.headline.text) == ("青川港务集团——", "青川港新航线开通")


def test_a_paragraph_opening_like_a_production_credit_that_runs_on_is_no_credit_in_a_line_dump():
    # its first line, filled to its indent, cuts a word that the next line ends: a paragraph, not a credit alone
    from conftest import lines_dump
    lines = ["来源：青川市文化和旅游", "局、青川市统计局、青川市交通", "运输局。"]
    assert line_role(lines[0]) == "credit"
    page = baoku.restore("青川港集装箱外贸班轮航线增至二十条\n" + lines_dump(PORT) + "\n".join(lines) + "\n"
                         + lines_dump(PORT[::-1])).to_json()
    assert page["articles"][0]["paragraphs"] == PORT + ["".join(lines)] + PORT[::-1]


def test_has_address():
    assert has_address("来信请寄：reader@qcdaily.cn") and has_address("详见 https://qc.example.cn/a")
    assert has_address("网址：www.qcdaily.cn") and has_address("http：//qc.example.cn")
    assert not has_address("记者 @林小舟") and not has_address("青川市城市书房建设提速。") and not has_address("a//b")


def test_holding_finds_the_blocks_whose_text_holds_a_character():
    from baoku.restore.roles import holding
    page = run_stages("青川市老街\n\n林小舟 摄\n\n柳河县新闻\n\n## 图说青川", "split_blocks")
    assert holding(page.norm, page.lines, "摄图") == {1, 3}
    assert holding(page.norm, page.lines, "#") == set()      # a heading's mark lies outside its block's text


def test_an_interviews_short_question_is_body_not_a_title():
    # short as a title and closing on its question mark, a question (问：……？) is its interview's text: no title of
    # the corpus opens with an interview's turn
    text = ("## 城市书房管理员 不看学历看能力\n\n本报青川6月2日电 青川市日前出台城市书房管理员培训办法。\n\n"
            "问：培训办法有哪些新内容？\n\n答：管理员每年参加两次集中培训，由市图书馆组织。\n")
    units = run_stages(text, "assign_roles").units
    assert [u.role for u in units if u.text.startswith("问")] == ["body"]


def test_an_ellipsis_alone_on_its_line_is_a_pause_in_the_text_not_a_title():
    # (a dash alone stays a heading line: a kicker's wrapped end)
    text = ("## 老街的夜\n\n本报青川6月2日电 夜深了，老街的灯笼一盏盏亮起来，摊主们收拾着桌椅。\n\n"
            "“明天还来吗？”王小禾问。\n\n……\n\n第二天傍晚，林小舟又来到了老街。\n")
    assert [u.role for u in run_stages(text, "assign_roles").units if u.text == "……"] == ["body"]
    [art] = baoku.restore(text).articles
    assert [p.text for p in art.paragraphs][2:] == ["……", "第二天傍晚，林小舟又来到了老街。"]


def test_marked_lines_finds_every_line_whose_mark_is_one_of_the_characters():
    from baoku.restore.roles import WHITESPACE, marked_lines
    assert sorted(marked_lines("甲■乙—■", "■—")) == [1, 3, 4]
    assert marked_lines("甲乙丙", "■—") == []
    assert "\u2003" in WHITESPACE and "\u3000" in WHITESPACE and "甲" not in WHITESPACE


def test_a_heading_mark_alone_on_its_line_is_asked_like_markup():
    text = "## \u3000\u3000\n\n## 老街夜市重开\n\n本报青川6月2日电 老街夜市今晚重开。\n"
    page = run_stages(text, "mark_lines")
    assert page.blocks[0].text == "" and len(page.blocks) == 3


def test_a_production_credit_is_told_in_each_of_its_forms_and_prose_is_not():
    from baoku.restore.roles import is_production
    for text in ("制图：林小舟", "版式设计：韩亦舒", "林小舟 图 韩亦舒 文", "本版由青川日报社整理", "本版图片由青禾县委宣传部整理"):
        assert is_production(text), text
    assert not is_production("青川港今年新开三条内贸航线") and not is_production("本版由青川日报社编辑")


def test_a_unit_longer_than_any_title_is_body_without_the_title_rules(monkeypatch):
    from baoku.restore import roles
    shaped = roles.headingish

    def headingish(text: str, level: int, *args, **kwargs) -> bool:
        assert level or len(text) <= roles.DASHED_TITLE_MAX, "a title's shape asked of a text too long for one"
        return shaped(text, level, *args, **kwargs)

    prose = "青川老街改造首期完工后，街口的裁缝铺和豆腐坊陆续开张，居民说老街又有了烟火气" * 2
    text = "# 老街新生\n\n本报讯（记者 周启明）青川老街改造首期完工。\n\n" + prose + "\n\n" + prose[:-1] + "\n"
    monkeypatch.setattr(roles, "headingish", headingish)
    units = run_stages(text, "assign_roles").units
    assert [u.role for u in units] == ["heading", "body", "body", "body"]


def test_short_lines_of_a_dialogue_in_a_line_dump_are_body_text():
    # a question and a cry answered in short lines next to each other: a dialogue, no run of titles
    from conftest import lines_dump
    from test_units import P_AFTER, P_LONG, P_SENTENCES
    lines = ["回来啦？", "回来了！", "路上冷不冷？", "不冷，车上暖和。"]
    page = run_stages(lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER, P_SENTENCES]),
                      "assign_roles")
    assert page.column
    assert [(u.text, u.role) for u in page.units if u.text in lines] == [(t, "body") for t in lines]


def test_an_exclamation_after_a_storys_closing_note_is_the_next_storys_title_in_a_line_dump():
    # a closing note ends its story: the exclamation under it is no line of that story's speech but the headline
    # over the next story's ——subheadline
    from conftest import lines_dump
    from test_units import P_AFTER, P_LONG
    lines = ["（新华社青川市6月2日电）", "我爱你，青川！", "——青川市首届城市书房节暨全民阅读月活动开幕侧记"]
    text = lines_dump([P_LONG]) + "\n".join(lines) + "\n" + lines_dump([P_AFTER, P_LONG])
    units = run_stages(text, "assign_roles").units
    assert [(u.text, u.role) for u in units if u.text in lines] == \
        [(lines[0], "body"), (lines[1], "heading"), (lines[2], "heading")]
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["headline"], art["subheadline"]) == ("我爱你，青川！", lines[2][2:])


def test_a_dash_and_a_name_alone_after_a_quotation_is_its_signature_not_a_heading():
    # who said the words quoted over it: a whole paragraph, not a ——subheadline opening a story
    text = ("## 守护老街三十年（街坊说）\n\n三十年里，我看着老街一点点变样，也跟着老街一起变老。只要还走得动，我就会一直守着它。"
            "\n\n——林小舟\n\n退休以后，林小舟在青川老街当起了义务讲解员，每天给游客讲老街的故事。\n")
    units = run_stages(text, "assign_roles").units
    assert [(u.text, u.role) for u in units[2:3]] == [("——林小舟", "label")]
    assert "——林小舟" in [p.text for p in baoku.restore(text).articles[0].paragraphs]


@pytest.mark.parametrize("signature", ["——林小舟（青川港引航站退休员工）", "——禤　舟", "——郏晓帆（青川码头守灯人、"])
def test_a_dash_and_any_name_after_a_finished_sentence_is_a_quotations_signature(signature):
    # a name with a note of who speaks (cut at a column's foot or not), or a surname the lexicon lacks: still the
    # signature of the words over it, not a heading, even over a line closing on a dash
    text = ("## 青川码头的灯（街坊说）\n\n码头的灯每晚亮到天明，照着归来的渔船。灯不灭，回港的船就认得路。"
            f"\n\n{signature}\n\n林小舟退休后仍守在码头边的小屋——\n\n每晚替晚归的船家看灯，添油擦罩。\n")
    units = run_stages(text, "assign_roles").units
    assert [(u.text, u.role) for u in units[2:3]] == [(signature, "label")]
    assert signature in [p.text for p in baoku.restore(text).articles[0].paragraphs]


CREDIT_PIECES = ["人民视觉", "视觉中国", "新华社发", "中新社发", "新华社", "本报", "特约", "记者", "通讯员", "摄影", "摄",
                 "图", "照", "文", "：", ":", " ", "、", "·", "林小舟", "青川", "（", "）"]


@given(st.lists(st.sampled_from(CREDIT_PIECES), max_size=8).map("".join))
def test_the_cheap_credit_test_holds_wherever_the_credit_pattern_matches(text):
    # may_credit screens the credit pattern: it must never turn away a text the pattern would match (a new credit
    # form in patterns.toml needs its characters there too)
    if rx("photo", "credit").search(text):
        assert may_credit(text)


@pytest.mark.parametrize("kicker", [("投资三亿元的青川港新码头建成不到三年，货轮往来、游人", "如织"),
                                    ("三年前投资三亿元建成的青川港新码头，如今货轮往来不断。今年以来，吞吐量逐月", "攀升")])
def test_a_long_kicker_over_a_tagged_title_is_no_last_paragraph_of_the_story_before(kicker):
    # a stream dump: a kicker of two lines with no stop, read after the story before closed on its stop
    page = baoku.restore("## 青川老街夜市重开\n\n本报讯（记者 林小舟）青川老街夜市6月2日重开，首批六十个摊位迎来市民。\n\n"
                         + "\n\n".join(kicker) + "\n\n## 青川港的新码头为何这样忙（港城观察）\n\n"
                         "本报讯（记者 王明远）青川港新码头今年上半年吞吐量比去年同期增长三成。\n")
    first, second = page.articles
    assert first.paragraphs[-1].text.endswith("迎来市民。")
    assert second.kicker.text == "".join(kicker)
    assert second.headline.text == "青川港的新码头为何这样忙（港城观察）"


BOX_BODY = ["青川市今年计划新建城市书房二十个，覆盖全部街道和重点镇。市图书馆负责人介绍，城市书房实行二十四小时开放。",
            "截至五月底，全市已建成城市书房十一个，累计接待读者四十余万人次，借出图书十二万册。"]


@pytest.mark.parametrize("box, rest, field", [
    (["投资三亿元的青川港新码头建成不到三年，货轮往来、游人"], ["如织", "青川港为何这样忙（港城观察）"], "kicker"),
    (["港口扩能，稳字当头也要快字当先（港城观察·年中看经济"], ["⑤）", "上半年，青川港吞吐量同比增长一成。"], "headline"),
    (["青川市委书记、市长林小舟在港区召开现场会部", "署新码头二期工程建设，要求各部门加快审批、"],
     ["保障用地和资金", "本报讯（记者 王明远）青川港新码头二期工程6月2日开工。"], "headline")])
def test_a_title_wrapped_in_a_box_wider_than_the_column_is_a_heading_with_its_short_end(box, rest, field):
    # a line dump: lines wider than the body column with no stop, after a story that closed, and the short line that
    # ends them: one title set across columns, not the story before's last paragraph
    text = lines_dump(BOX_BODY) + "\n".join(box + rest) + "\n" + lines_dump(BOX_BODY[::-1])
    page = baoku.restore(text)
    assert page.source.format == "lines"
    units = run_stages(text, "assign_roles").units
    boxed = [u for u in units if u.text in box + rest[:1]]
    assert [u.role for u in boxed] == ["heading"] * (len(box) + 1)
    first, second = page.articles
    assert first.paragraphs[-1].text == BOX_BODY[1]
    assert getattr(second, field).text == "".join(box + rest[:1])



def test_a_year_over_a_phrase_may_be_a_title_a_short_figure_may_not():
    from baoku.restore import roles
    assert roles.headingish("2026港城纪事", 0)
    assert not roles.headingish("826门", 0) and not roles.headingish("2026亿元", 0)
