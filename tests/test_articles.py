"""Articles restored from the fictional page 2 of 青川日报 (2023-06-03), in three dumps: the MinerU-style
markdown ("md", headlines marked '#'/'##' except the kicker, crosshead and two headlines), the same markdown
with no '#' marks at all ("unmarked"), and the line-per-visual-line text ("lines"). A careful reader's
structure, asserted field by field, then small pages for headline shapes.

The page: a kicker above a marked headline with a ——subheadline and a jump marker (下转第三版) after a story
cut mid-sentence; an unmarked crosshead and a caption with its credit; an orphan headline group whose body the
converter displaced after the next story; a 新华社 story under an unmarked headline; a standalone news photo;
a section label over a story cut off at the page's end; paragraphs cut mid-word at column breaks; a page
header and an editor line.
"""
from __future__ import annotations

import pytest

import baoku

from conftest import ARTICLE_KEYS, FIXTURE_PAGES, by_headline, slice_text

NONE = {"to_page": None, "from_page": None}

STORIES = {
    "water": dict(
        section=None, kicker="坚持生态优先 推动绿色发展", headline="青川市启动清水河流域综合治理三年行动",
        subheadline="计划投资四十二亿元打造沿河生态走廊",
        paragraphs=[
            "本报讯（记者 王明远）6月2日，青川市清水河流域综合治理三年行动启动会在临江区召开。市委副书记、市长周启航出席"
            "并讲话，副市长林雅静主持会议。",
            "周启航指出，清水河是青川的母亲河，流域综合治理事关全市群众的切身利益。各级各部门要把治理任务细化到河段、落实到"
            "岗位，以钉钉子精神抓好每一个项目，确保三年行动开好局、起好步。",
            "根据行动方案，全市将在三年内实施截污纳管、河道清淤、生态补水和岸线修复四大类共六十三个项目，总投资约四十二亿元。"
            "其中，临江区和北塘区将率先完成城区段十二公里河道的截污工程，年底前基本消除沿线黑臭水体。",
            "会议通报了去年以来的流域水质监测情况。今年前五个月，清水河干流三个监测断面水质均达到三类标准，云岭县境内的两条"
            "支流水质明显好转。下一步，全市将建立河长巡河与",
        ],
        byline={"text": "本报讯（记者 王明远）", "source": "本报", "reporters": ["王明远"], "place": None, "date": None},
        captions=[], flags={"continues_elsewhere"}, jump={"to_page": 3, "from_page": None}),
    "port": dict(
        section=None, kicker=None, headline="青川港集装箱外贸班轮航线增至二十条", subheadline=None,
        paragraphs=[
            "本报青川6月2日电（记者陈书婷、赵一帆）记者从青川港务集团获悉，随着青川至东南亚的两条集装箱班轮航线日前开通，"
            "青川港集装箱班轮航线已增至二十条，通达国内外三十多个港口。",
            "今年以来，青川港务集团围绕稳外贸、拓航线的目标，先后赴多地开展招商推介，与六家船公司签订合作协议。1至5月，"
            "青川港完成集装箱吞吐量十八万标准箱，同比增长百分之二十一。",
            "智慧码头建设提速",
            "在青川港二期码头，十余台自动化轨道吊正有序作业。青川港务集团副总经理孙立群介绍，二期码头今年完成了自动化改造，"
            "单箱作业时间缩短三分之一，码头综合效率提升约百分之二十五。港务集团还将加快建设三期码头，力争明年投入试运营。",
        ],
        byline={"text": "本报青川6月2日电（记者陈书婷、赵一帆）", "source": "本报", "reporters": ["陈书婷", "赵一帆"],
                "place": "青川", "date": "2023-06-02"},
        captions=[("图为6月1日，青川港二期码头集装箱装卸作业一派繁忙。", "本报记者 林小舟摄")], flags=set(), jump=NONE),
    "housing": dict(      # the orphan: its body was displaced after the college story
        section=None, kicker=None, headline="北塘区老旧小区改造惠及两万户居民", subheadline="今年计划完成四十六个小区改造",
        paragraphs=[
            "本报讯（通讯员 刘晓光 记者 郑思远）走进北塘区东风街道纺织厂宿舍小区，新铺的沥青路面平整干净，楼道里加装的"
            "电梯正在调试。今年，北塘区把老旧小区改造列为民生实事，计划完成四十六个小区改造，惠及居民两万余户。",
            "北塘区住建局负责人介绍，老旧小区改造坚持“居民点单、政府接单”，改造前逐户征求居民意见，重点解决小区管网老化、"
            "停车难和加装电梯等问题。目前，北塘区已有十九个小区开工，纺织厂宿舍等七个小区已经基本完工。",
        ],
        byline={"text": "本报讯（通讯员 刘晓光 记者 郑思远）", "source": "本报", "reporters": ["刘晓光", "郑思远"],
                "place": None, "date": None},
        captions=[], flags={"reattached"}, jump=NONE),
    "college": dict(
        section=None, kicker=None, headline="青川职业技术学院新校区主体完工", subheadline=None,
        paragraphs=[
            "本报讯（记者 何嘉怡）6月1日，位于云岭县科教园区的青川职业技术学院新校区主体工程全面完工，预计今年秋季学期"
            "投入使用。",
            "新校区占地约六百亩，建有教学楼、实训中心、图书馆和学生公寓等二十二栋单体建筑。学院负责人介绍，实训中心将围绕"
            "智能制造、现代物流和新能源汽车维修等专业建设三十个实训室，并与本地企业共建产业学院。",
            "云岭县相关负责人表示，县里将加快完善园区道路、公交和商业配套，为师生学习生活提供便利。",
        ],
        byline={"text": "本报讯（记者 何嘉怡）", "source": "本报", "reporters": ["何嘉怡"], "place": None, "date": None},
        captions=[], flags=set(), jump=NONE),
    "grain": dict(
        section=None, kicker=None, headline="全国夏季粮油收购工作在主产区陆续展开", subheadline=None,
        paragraphs=[
            "新华社北京6月2日电（记者罗文涛）记者从粮食主管部门获悉，随着各地小麦陆续开镰，全国夏季粮油收购工作"
            "陆续展开。各地粮食部门提前做好仓容、资金和人员准备，确保农民售粮顺畅。",
            "据介绍，今年夏粮收购将继续坚持市场化收购与政策性收购相结合，引导各类企业积极入市收购，守住农民种粮卖得出的底线。",
        ],
        byline={"text": "新华社北京6月2日电（记者罗文涛）", "source": "新华社", "reporters": ["罗文涛"], "place": "北京",
                "date": "2023-06-02"},
        captions=[], flags=set(), jump=NONE),
    "reading": dict(      # cut off at the page's end
        section="文化青川·书香满城", kicker=None, headline="青川市第五届全民读书节在市图书馆开幕", subheadline=None,
        paragraphs=[
            "本报讯（记者 宋嘉禾）6月2日晚，青川市第五届全民读书节在市图书馆广场开幕。本届读书节以“阅读点亮生活”为主题，"
            "将持续至七月底。",
            "读书节期间，全市将举办名家讲座、亲子共读、图书漂流和古籍修复体验等一百二十余场活动。市图书馆还将在临江区、北塘区"
            "新建八个城市书房，让市民在家门口就能",
        ],
        byline={"text": "本报讯（记者 宋嘉禾）", "source": "本报", "reporters": ["宋嘉禾"], "place": None, "date": None},
        captions=[], flags={"continues_elsewhere"}, jump=NONE),
}
ORDER = ["water", "port", "housing", "college", "grain", "reading"]
PHOTO = ("6月2日，临江区东湖公园的荷花竞相绽放，引来许多市民驻足观赏拍照。", "本报记者 韩亦舒摄")
FURNITURE = [("page_header", "2023年6月3日 星期六 第2版 要闻"), ("jump", "（下转第三版）"), ("editor", "责任编辑：苏文澜")]

ASPECTS = ("heading", "paragraphs", "byline", "captions", "flags")

# What the current implementation gets wrong, (story, aspect, format) -> reason. Remove an entry when it is fixed.
# "unmarked" is the markdown with no '#' marks; "lines" the line dump (which has none either).
KNOWN = {}


def _params():
    for fmt in FIXTURE_PAGES:
        for story in ORDER:
            for aspect in ASPECTS:
                reason = KNOWN.get((story, aspect, fmt))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                yield pytest.param(fmt, story, aspect, marks=marks, id=f"{fmt}-{story}-{aspect}")


def by_lead(page_json: dict, lead: str) -> dict:
    """The article that opens with the story's lead paragraph (found by its start), so that each aspect of a
    story is judged on its own: a misnamed headline fails the heading aspect only."""
    start = lead[:16]
    for a in page_json["articles"]:
        if a["paragraphs"] and a["paragraphs"][0].startswith(start):
            return a
    where = [(a["headline"], k) for a in page_json["articles"] for k, p in enumerate(a["paragraphs"])
             if p.startswith(start) or start in p]
    pytest.fail(f"no article opens with {start}…; it is at (headline, paragraph index) {where}")


def kickers_and_headlines(page) -> list[tuple[str | None, str]]:
    """Each article's kicker (None when it has none) and headline, in order."""
    return [(a.kicker and a.kicker.text, a.headline.text) for a in page.articles]


@pytest.mark.parametrize("fmt,story,aspect", list(_params()))
def test_story(qc_pages, fmt, story, aspect):
    want = STORIES[story]
    art = by_lead(qc_pages[fmt], want["paragraphs"][0])
    if aspect == "heading":
        assert (art["section"], art["kicker"], art["headline"], art["subheadline"]) == \
            (want["section"], want["kicker"], want["headline"], want["subheadline"])
    elif aspect == "paragraphs":
        assert art["paragraphs"] == want["paragraphs"]
    elif aspect == "byline":
        assert art["byline"] == want["byline"]
        assert art["paragraphs"][0].startswith(want["byline"]["text"])      # the byline stays in the first paragraph
    elif aspect == "captions":
        assert [(c["text"], c["credit"]) for c in art["captions"]] == want["captions"]
    elif aspect == "flags":
        assert set(art["flags"]) == want["flags"]
        assert art["jump"] == want["jump"]


@pytest.mark.parametrize("fmt", ["md", "unmarked", "lines"])
def test_articles_in_page_order(qc_pages, fmt):
    assert [a["headline"] for a in qc_pages[fmt]["articles"]] == [STORIES[s]["headline"] for s in ORDER]


@pytest.mark.parametrize("fmt", list(FIXTURE_PAGES))
def test_standalone_photo_and_furniture(qc_pages, fmt):
    page = qc_pages[fmt]
    assert [(p["caption"], p["credit"]) for p in page["photos"]] == [PHOTO]
    assert [(f["kind"], f["text"]) for f in page["furniture"]] == FURNITURE
    assert page["dropped"] == []
    # the photo is nobody's caption and no article's text
    for a in page["articles"]:
        assert all(PHOTO[0] not in c["text"] for c in a["captions"])
        assert all(PHOTO[0][:10] not in p for p in a["paragraphs"])


@pytest.mark.parametrize("fmt", list(FIXTURE_PAGES))
def test_page_fields(qc_pages, fmt):
    page = qc_pages[fmt]
    assert page["schema"] == "baoku.page/1"
    assert (page["paper"], page["date"], page["page"]) == ("青川日报", "2023-06-03", 2)
    assert page["source"]["format"] == ("lines" if fmt == "lines" else "md") and page["source"]["encoding"] == "utf-8"
    assert page["source"]["path"] == str(FIXTURE_PAGES[fmt])


@pytest.mark.parametrize("fmt", list(FIXTURE_PAGES))
def test_schema_of_every_article(qc_pages, fmt):
    ids = []
    for a in qc_pages[fmt]["articles"]:
        missing = [k for k in ARTICLE_KEYS if k not in a]
        assert not missing, f"article {a.get('id')} lacks {missing}"
        ids.append(a["id"])
        for k in ("section", "kicker", "headline", "subheadline"):
            assert a[k] is None or (isinstance(a[k], str) and a[k] and a[k] == a[k].strip()), (k, a[k])
        assert a["subheadline"] is None or not a["subheadline"].startswith("—")
        assert a["byline"] is None or set(a["byline"]) == {"text", "source", "reporters", "place", "date"}
        assert isinstance(a["paragraphs"], list) and all(isinstance(p, str) and p for p in a["paragraphs"])
        assert len(a["paragraph_spans"]) == len(a["paragraphs"])
        assert all(set(c) >= {"text", "credit", "spans"} for c in a["captions"])
        assert isinstance(a["flags"], list) and len(set(a["flags"])) == len(a["flags"])
        assert set(a["jump"]) == {"to_page", "from_page"}
        assert isinstance(a["confidence"], float | int) and 0.0 <= a["confidence"] <= 1.0
        assert isinstance(a["decisions"], list)               # restored with explain=True
    assert len(ids) == len(set(ids)) and all(ids)


@pytest.mark.parametrize("fmt", list(FIXTURE_PAGES))
def test_spans_map_back_to_the_source(qc_pages, fmt):
    page = qc_pages[fmt]
    source = FIXTURE_PAGES[fmt].read_text(encoding="utf-8")
    for a in page["articles"]:
        for text, spans in zip(a["paragraphs"], a["paragraph_spans"]):
            assert all(0 <= s <= e <= len(source) for s, e in spans)
            assert slice_text(source, spans) == text
        for c in a["captions"]:
            assert "".join(slice_text(source, c["spans"]).split()) == "".join((c["text"] + (c["credit"] or "")).split())
        for key, spans in a["field_spans"].items():
            assert slice_text(source, spans).lstrip("—") == a[key].lstrip("—"), key
    for p in page["photos"]:
        assert "".join(slice_text(source, p["spans"]).split()) == "".join((p["caption"] + (p["credit"] or "")).split())
    for f in page["furniture"]:
        assert slice_text(source, f["spans"]) == f["text"]


@pytest.mark.parametrize("fmt", ["md", "unmarked", "lines"])
def test_decisions_explain_the_reattachment(qc_pages, fmt):
    housing = by_headline(qc_pages[fmt], STORIES["housing"]["headline"])
    assert any("reattach" in d for d in housing["decisions"])
    assert 0.0 < housing["confidence"] < 1.0


# ---- small pages: headline shapes ------------------------------------------------------------------------------
LEAD = ("本报讯（记者 王明远）6月2日，青川市清水河流域综合治理三年行动启动会在临江区召开。市委副书记、市长周启航"
        "出席并讲话。")
BODY = "会议要求，各区县要把治理任务细化到河段、落实到岗位，以钉钉子精神抓好每一个项目。"
EARLIER = "截至五月底，全市已建成城市书房十一个，累计接待读者四十余万人次，借出图书十二万册。"


@pytest.mark.parametrize("text,kicker,subheadline", [
    ("# 青川市启动清水河流域综合治理\n\n# 三年行动\n\n", None, None),
    ("青川市启动清水河流域综合治理\n\n三年行动\n\n", None, None),
    ("坚持生态优先 推动绿色发展\n\n# 青川市启动清水河流域\n\n# 综合治理三年行动\n\n——计划投资四十二亿元\n\n",
     "坚持生态优先 推动绿色发展", "计划投资四十二亿元"),
    (EARLIER + "\n\n## 青川市启动清水河流域综合治理\n\n## 三年行动\n\n", None, None),
], ids=["marked", "unmarked", "kicker-and-subheadline", "after-a-story"])
def test_wrapped_headline_lines_are_joined(text, kicker, subheadline):
    page = baoku.restore(text + LEAD + "\n\n" + BODY + "\n").to_json()
    art = page["articles"][-1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == \
        (kicker, "青川市启动清水河流域综合治理三年行动", subheadline)
    assert art["paragraphs"] == [LEAD, BODY]


def test_wrapped_headline_in_a_line_dump():
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "青川市启动清水河流域综合治理三年\n行动\n" + lines_dump([LEAD, BODY, EARLIER])
    page = baoku.restore(text).to_json()
    assert [a["headline"] for a in page["articles"]] == [None, "青川市启动清水河流域综合治理三年行动"]
    assert page["articles"][1]["paragraphs"] == [LEAD, BODY, EARLIER]


def test_a_one_column_headline_wrapped_over_lines_of_one_width_in_a_line_dump():
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "青川市启动清水河\n流域综合治理三年\n行动\n" + lines_dump([LEAD, BODY])
    page = baoku.restore(text).to_json()
    assert (page["articles"][1]["kicker"], page["articles"][1]["headline"]) == (None, "青川市启动清水河流域综合治理三年行动")


def test_a_bodys_short_name_over_a_title_is_its_kicker_not_a_box_name():
    # a short name ending like a body's (……局) is the kicker of what that body did, though the lead never writes
    # it so: no box's name over the title of its first item
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "住建局\n启动老旧小区改造三年攻坚行动\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"]) == ("住建局", "启动老旧小区改造三年攻坚行动")
    assert art["paragraphs"] == [LEAD, BODY]


def test_a_headline_cut_before_a_middle_dot_inside_its_title_marks_in_a_line_dump():
    # the wrapped end opens with the name's middle dot and closes the title mark left open: no bulleted item
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "青川国际电影周今晚开幕纪录片《青川\n·老街》将在全市影院首映\n" + lines_dump([LEAD, BODY])
    page = baoku.restore(text).to_json()
    assert page["articles"][-1]["headline"] == "青川国际电影周今晚开幕纪录片《青川·老街》将在全市影院首映"
    assert page["articles"][-1]["paragraphs"] == [LEAD, BODY]


@pytest.mark.parametrize("lines, headline", [
    ("周启航将出席2023/年青川清水河文化旅/游节开幕式并致辞", "周启航将出席2023年青川清水河文化旅游节开幕式并致辞"),
    ("青川五名工匠获/2023年全省技能大/奖", "青川五名工匠获2023年全省技能大奖"),
])
def test_a_title_line_that_fills_the_box_of_the_wrapped_line_under_it_goes_on_in_a_line_dump(lines, headline):
    # the first line has no room left for the number or the character opening the next, a full line of one box
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + lines.replace("/", "\n") + "\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == (None, headline, None)


def test_a_title_line_over_a_line_as_wide_leaving_its_column_tag_open_goes_on_in_a_line_dump():
    # the second line leaves its tag's bracket open (it wraps too), and the first fills that box: one title
    from conftest import lines_dump
    lines = ["青川市出台二十条措施支持老街商户发展夜间经济", "业态（青川市推进城市更新行动·清水河流域治理", "纪实）"]
    text = lines_dump([EARLIER, BODY]) + "\n".join(lines) + "\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"]) == (None, "".join(lines))


def test_the_rest_of_a_column_tag_left_open_by_a_title_spanning_columns_ends_the_title_in_a_line_dump():
    # the tag's rest is as wide as an indented line, and the story's first line opens with a quote it did not fit
    from conftest import lines_dump, wrap
    opening = "“上菜喽——”，老街居民林"       # an indented first line, its squeezed stops estimated an em wider
    para = opening + "小舟一声吆喝，夜市摊主们纷纷围拢过来，热气腾腾的饭菜摆满了长桌。"
    title = ["老街夜市重新开张 青川烟火气回来了（走基层·", "青川城乡新面貌新变化）"]
    text = lines_dump([EARLIER, BODY]) + "\n".join([*title, opening, *wrap(para[len(opening):], 14, 14)]) + "\n" \
        + lines_dump([BODY])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["headline"], art["paragraphs"]) == ("".join(title), [para, BODY])


def test_a_kicker_wrapped_in_a_wider_box_stays_over_the_wrapped_headline_in_a_line_dump():
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "青川老街改造工程总投\n资额达到2.55亿元\n青川城市书房网络初\n步建成\n" \
        + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"]) == ("青川老街改造工程总投资额达到2.55亿元", "青川城市书房网络初步建成")


def test_a_summary_deck_of_clauses_wrapped_over_lines_stays_one_subheadline_in_a_line_dump():
    # the deck's third line opens mid-word, with no sign of a wrap but the clauses it goes on with
    from conftest import lines_dump
    deck = ["部署推进清水河流域综合治理，加快城市书房建", "设步伐；听取老街改造情况汇报，推动夜市提",
            "档升级；研究青川港扩建方案，确保新码头年", "内开工"]
    text = lines_dump([EARLIER, BODY]) + "\n".join(["青川市政府召开常务会议", *deck, ""]) + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == (None, "青川市政府召开常务会议", "".join(deck))


@pytest.mark.parametrize("first, second, lead", [
    ("青川港完成新型智能", "装卸系统调试", "本报讯（记者林小舟）6月2日，青川港新型智能装卸系统调试顺利完成，新码头年内将投入使用。"),
    ("临江区启动老旧小区", "加装电梯工程", "本报讯（记者宋嘉禾）临江区老旧小区加装电梯工程6月2日启动，首批三十部电梯年内完工。"),
])
def test_a_title_wrapped_in_a_narrow_box_that_its_story_names_whole_is_one_headline_in_a_line_dump(first, second, lead):
    # no sign of a wrap (the second line is not short enough, no word is cut), but the story runs the first line's
    # end on into the second: one headline, not a kicker over it
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + f"{first}\n{second}\n" + lines_dump([lead, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"], art["paragraphs"]) == (None, first + second, [lead, BODY])


@pytest.mark.parametrize("first, second", [("临江区新建智慧停车", "服务平台上线"), ("北塘区老旧供水管网", "改造全面完工")])
def test_a_line_short_of_a_one_column_titles_box_over_a_shorter_one_is_one_headline_in_a_line_dump(first, second):
    # no word cut, no dangling end, the second line not short enough to look like a remainder: but the first is
    # narrower than three quarters of the body column, as only a one-column title in large type wraps
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + f"{first}\n{second}\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"], art["paragraphs"]) == (None, first + second, [LEAD, BODY])


def test_a_couplet_under_a_short_line_stays_a_title_of_its_own_in_a_line_dump():
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "临江区老街夜市\n灯火 人潮\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"]) == ("临江区老街夜市", "灯火 人潮")


@pytest.mark.parametrize("sub", ["林小舟作出批示", "林小舟陪同考察"])
def test_who_wrote_a_note_or_went_along_under_a_headline_is_its_subheadline_in_a_line_dump(sub):
    # a short line under the headline, as a wrapped end would be, but saying who wrote a note on it or went along
    from conftest import lines_dump
    lead = "本报青川6月2日电（记者王明远）全市防汛工作会议2日召开，市委书记周启明出席会议并讲话。"
    title = ["周启明在全市防汛工作会议上强调", "压紧压实防汛责任 确保城乡安全度汛"]
    text = lines_dump([EARLIER, BODY]) + "\n".join([*title, sub, ""]) + lines_dump([lead, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == (*title, sub)


def test_a_title_over_a_caption_of_two_paragraphs_closed_by_a_credit_heads_a_photo_story_not_a_crosshead():
    # the story before has crossheads, so a short line in it leans to being one more; but the text under the line
    # is a caption (two paragraphs, each a finished sentence) closed by its photographer's credit
    from conftest import lines_dump
    captions = ["6月1日，青川市临江区老街，市民在夜市选购手工灯笼。", "端午节将至，老街夜市延长营业至深夜，吸引不少市民前来游玩。"]
    text = lines_dump([EARLIER]) + "书房越建越多\n" + lines_dump([EARLIER, BODY]) + "读者越来越多\n" \
        + lines_dump([BODY, EARLIER]) + "老街夜市灯火旺\n" + lines_dump(captions) + "林小舟摄\n"
    arts = baoku.restore(text).to_json()["articles"]
    assert [a["headline"] for a in arts] == [None, "老街夜市灯火旺"]
    assert arts[0]["paragraphs"][-2:] == [BODY, EARLIER] and arts[1]["paragraphs"][:2] == captions


def test_a_title_line_under_a_kicker_and_a_line_as_wide_under_it_are_one_headline_in_a_line_dump():
    # both lines wider than the column and of one width: one title's box, though no word is cut between them
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "青川市委召开全市防汛抗旱工作会议\n号召全市各级党组织和广大党员干部\n" \
        "坚决打赢防汛抗旱救灾这场攻坚硬仗\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == \
        ("青川市委召开全市防汛抗旱工作会议", "号召全市各级党组织和广大党员干部坚决打赢防汛抗旱救灾这场攻坚硬仗", None)


def test_a_summary_deck_over_lines_with_a_short_wrapped_end_over_the_dated_lead_is_the_subheadline_in_a_line_dump():
    # the deck's lines read as prose; its short last line, no clause mark, would open a story of its own
    from conftest import lines_dump
    lead = "本报青川6月2日电（记者 王明远）近日，青川市召开小微企业融资工作座谈会，推出六项措施。"
    deck = ["青川将推出六项措施和一套评价办法，帮助科技、民", "营、小微企业融资，着力解决企业在融资方面遇到", "的各种难题"]
    text = lines_dump([EARLIER, BODY]) + "\n".join(["青川推出六项措施 扶持小微企业融资", *deck, ""]) + lines_dump([lead, BODY])
    page = baoku.restore(text).to_json()
    assert [(a["headline"], a["subheadline"]) for a in page["articles"]] == \
        [(None, None), ("青川推出六项措施 扶持小微企业融资", "".join(deck))]


DECK_LEAD = "本报青川6月2日电（记者王明远）青川市政府2日召开常务会议，部署清水河流域综合治理工作。"
DECK = ["部署清水河流域综合治理工作，要求确保三年行动如期完成；", "听取老街改造情况汇报，研究青川港扩建方案推动新码头开工"]


def _deck_page() -> dict:
    from conftest import lines_dump
    return baoku.restore(lines_dump([EARLIER, BODY]) + "\n".join(["青川市政府召开第十二次常务会议", *DECK, ""])
                         + lines_dump([DECK_LEAD, BODY])).to_json()


def test_a_summary_deck_line_of_clauses_over_the_dated_lead_opens_no_story_in_a_line_dump():
    # the deck's first line, closing a clause, read as prose; its next line, no wider, holds clauses and no stop
    assert [a["headline"] for a in _deck_page()["articles"]] == [None, "青川市政府召开第十二次常务会议"]


def test_a_summary_deck_broken_into_two_paragraphs_over_the_dated_lead_is_the_subheadline():
    # the first paragraph closes a clause (；), neither ends a sentence: one deck that a line dump broke in two
    art = _deck_page()["articles"][1]
    assert (art["subheadline"], art["paragraphs"]) == ("".join(DECK), [DECK_LEAD, BODY])


def test_a_first_paragraph_closing_no_clause_is_no_part_of_a_summary_deck_over_the_dated_lead():
    # a box's item title over its figures: two texts, not one deck broken in two
    from baoku.model import Article, Field, Paragraph
    from baoku.restore.articles import _summary_over_lead
    texts = ["集装箱吞吐量创新高", "全年完成集装箱吞吐量一百二十万标箱，同比增长一成", DECK_LEAD]
    art = Article(headline=Field("青川港务集团年报速览", []), paragraphs=[Paragraph(t, []) for t in texts])
    _summary_over_lead(art)
    assert (art.subheadline, [p.text for p in art.paragraphs]) == (None, texts)


def test_a_few_characters_and_a_column_tag_under_a_title_line_are_its_wrapped_end_in_a_line_dump():
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "青川市第一家老街书房\n开张（走基层）\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == (None, "青川市第一家老街书房开张（走基层）", None)


def test_a_colon_line_over_a_title_spanning_columns_is_its_kicker_in_a_line_dump():
    # a line ending in a colon over a line wider than the column (a title's type) after a finished paragraph
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "青川市清水河流域综合治理工作会议：\n三年行动全面启动 各区县分段推进治理\n" \
        + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"]) == ("青川市清水河流域综合治理工作会议：", "三年行动全面启动 各区县分段推进治理")


def test_a_short_colon_line_after_a_finished_paragraph_over_a_title_spanning_columns_is_its_kicker_in_a_line_dump():
    # the name and its colon are not the last line of the paragraph over them
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "林小舟：\n三十年守护一条河 守住青川好水（青川人物）\n" + lines_dump([LEAD, BODY])
    page = baoku.restore(text).to_json()
    art = page["articles"][1]
    assert (art["kicker"], art["headline"]) == ("林小舟：", "三十年守护一条河 守住青川好水（青川人物）")
    assert page["articles"][0]["paragraphs"] == [EARLIER, BODY]


def test_a_place_of_a_few_characters_over_a_longer_title_is_its_kicker_in_a_line_dump():
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "临江老街\n夜市重新开张，摊主笑迎八方客\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == ("临江老街", "夜市重新开张，摊主笑迎八方客", None)


def test_a_flush_stopless_pair_of_lines_after_a_finished_paragraph_heads_a_story_in_a_line_dump():
    # a full line set flush and a short line, neither ending a sentence, over an indented line: two title lines
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "青川老街把闲置旧厂房改成书房\n老街夜市重新开张\n" + lines_dump([EARLIER, BODY])
    page = baoku.restore(text).to_json()
    assert [a["paragraphs"] for a in page["articles"]] == [[EARLIER, BODY], [EARLIER, BODY]]
    art = page["articles"][1]
    assert (art["kicker"] or "") + art["headline"] == "青川老街把闲置旧厂房改成书房老街夜市重新开张"


def test_a_speech_title_line_over_its_dated_note_ends_its_unit_in_a_line_dump():
    # the title's last line is not a first line that the bracket and number opening the note pushed short
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "在青川市清水河流域综合治理三年行动\n工作动员大会上的讲话\n（2023年6月2日，青川）\n" \
        + lines_dump([BODY, EARLIER])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == \
        (None, "在青川市清水河流域综合治理三年行动工作动员大会上的讲话", "（2023年6月2日，青川）")
    assert art["paragraphs"] == [BODY, EARLIER]


def test_a_column_tagged_title_under_a_stray_line_heads_its_story_in_a_line_dump():
    # a box's closing label read as the next story's headline, that story's tagged title as its first paragraph: the
    # tagged line is the title, the label closes the story before
    from conftest import lines_dump
    text = "青川市城市书房达到十一个\n" + lines_dump([LEAD, EARLIER]) + "版式设计：林小舟\n更多精彩\n" \
        + "老街书房的冬夜 灯火可亲（记者手记）\n" + lines_dump([BODY, EARLIER])
    first, art = baoku.restore(text).to_json()["articles"]
    assert first["paragraphs"][-1] == "更多精彩"
    assert (art["headline"], art["paragraphs"]) == ("老街书房的冬夜 灯火可亲（记者手记）", [BODY, EARLIER])


def test_a_flush_stopless_pair_of_lines_opening_a_unit_are_a_kicker_and_headline_in_a_line_dump():
    # after a paragraph's short last line: the full flush line and the short one are two fields, not one text
    from conftest import lines_dump
    text = lines_dump([BODY, EARLIER]) + "二〇二三年青川马拉松今开跑\n三万人奔跑清水河畔\n" + lines_dump([EARLIER, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"], art["paragraphs"]) == \
        ("二〇二三年青川马拉松今开跑", "三万人奔跑清水河畔", [EARLIER, BODY])


def test_a_kicker_and_headline_of_one_width_that_end_like_a_kicker_stay_apart_in_a_line_dump():
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "坚持生态优先——\n清水河治理抓实效\n" + lines_dump([LEAD, BODY])
    page = baoku.restore(text).to_json()
    assert (page["articles"][1]["kicker"], page["articles"][1]["headline"]) == ("坚持生态优先——", "清水河治理抓实效")


@pytest.mark.parametrize("head, sub", [("实干换来好光景（新春走基层）", "青川港实现“秒通关”"),
                                       ("夜市重新开张（走基层）", "老街小吃摊位排成长龙")])
def test_a_title_closing_on_a_column_tag_is_the_headline_over_the_line_under_it_in_a_line_dump(head, sub):
    # a column tag closes a headline, never a kicker, however many title lines follow it
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "\n".join([head, sub, "——口岸服务见闻", ""]) + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"]) == (None, head)


def test_a_title_line_of_two_phrases_closing_on_a_long_column_tag_stays_one_headline_in_a_line_dump():
    # the tag closes the whole title: without it the phrase after the space is too short for a subheadline
    from conftest import lines_dump
    head = "林小川：扎根山乡 守护清水（为了乡村振兴·青川基层干部谱）"
    text = lines_dump([EARLIER, BODY]) + head + "\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["headline"], art["subheadline"]) == (head, None)


@pytest.mark.parametrize("kicker, head", [("青川市文化局联合图书馆举\n办全民读书节", "城市书房开进老街社区（文化观察）"),
                                         ("老街社区二十名居民自\n发组建志愿服务队", "老街夜市重开人气旺（新春走基层）")])
def test_a_title_closing_on_a_column_tag_under_a_wrapped_field_is_the_headline_in_a_line_dump(kicker, head):
    # a column tag closes a headline, never a subheadline: the wider tagged line is no subheadline under a
    # headline that wrapped, but the headline under its kicker
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + kicker + "\n" + head + "\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == (kicker.replace("\n", ""), head, None)


def test_a_photo_storys_standing_title_after_a_finished_story_is_no_crosshead_of_it_in_a_line_dump():
    # a photo story's standing title is always a title (never a paragraph of the corpus), however much the
    # crosshead model takes it for a line of the story above
    from conftest import lines_dump
    caption = ("近年来，青川市临江区老街社区因地制宜，发展城市书房和社区食堂，目前已建成书房十二座，"
               "进一步方便了居民。")
    text = ("老街书房里的读书声（编辑手记）\n" + lines_dump([EARLIER, BODY]) + "图片报道\n" + lines_dump([caption])
            + "图为6月2日拍摄的老街\n社区城市书房。\n本报记者 林小舟摄\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert [a["headline"] for a in arts] == ["老街书房里的读书声（编辑手记）", "图片报道"]
    assert arts[0]["paragraphs"] == [EARLIER, BODY]


def test_a_run_under_a_credit_naming_who_drew_and_who_wrote_opens_a_story_in_a_line_dump():
    # 林 舟图 宋 禾文 signs the cartoon and verse above and closes that piece: the column's name, title and author
    # under it open the next piece, not crossheads of the photo story
    from conftest import lines_dump
    caption = ("书房里有咖啡香，也有墨香，夜里也亮着灯。青川市临江区建起多处城市书房，为爱读书的人提供好去处，"
               "有效提升了居民的阅读热情。")
    text = ("图片报道\n" + lines_dump([caption, EARLIER]) + "这正是：\n书房亮灯火，\n夜读有去处。\n林 舟图 宋 禾文\n"
            + "评说\n老街改造要绣花功夫\n临江 韩亦舒\n" + lines_dump([BODY, EARLIER]))
    arts = baoku.restore(text).to_json()["articles"]
    assert [a["headline"] for a in arts] == ["图片报道", "评说"]


def test_a_subheadline_after_two_side_by_side_headlines_goes_to_the_one_the_body_after_speaks_of():
    # XY-cut reads a row of two stories as both headlines, the first one's ——subheadline, then its body
    text = ("# 青川启动清水河流域综合治理\n\n## 老街书房迎来周末读者（新春走基层）\n\n——三年行动计划投资四十二亿元\n\n"
            + LEAD + "\n\n" + BODY + "\n")
    page = baoku.restore(text).to_json()
    heads = {a["headline"]: a["subheadline"] for a in page["articles"]}
    assert heads["青川启动清水河流域综合治理"] == "三年行动计划投资四十二亿元"
    assert heads["老街书房迎来周末读者（新春走基层）"] is None


def test_a_dash_ended_kicker_over_a_marked_headline_after_a_cut_paragraph():
    text = ("# 青川市第五届全民读书节开幕\n\n本报讯（记者 宋嘉禾）6月2日晚，青川市第五届全民读书节开幕。\n\n"
            + CUT + "\n\n临江区老街社区——\n\n# 老房子变身城市书房\n\n" + COLLEGE_LEAD + "\n")
    page = baoku.restore(text).to_json()
    assert [(a["kicker"], a["headline"]) for a in page["articles"]] == \
        [(None, "青川市第五届全民读书节开幕"), ("临江区老街社区——", "老房子变身城市书房")]


@pytest.mark.parametrize("first_line", ["近年来，老街的书房、茶馆和夜市都换了新模样：林小舟的",
                                        "近年来，老街的书房、茶馆和夜市都换了新模样，林小舟开的茶馆最受欢迎。"])
def test_a_crosshead_paragraphs_first_line_over_a_dashed_kicker_is_not_the_kickers_first_line(first_line):
    # XY-cut read the story's first column (a crosshead and its paragraph's first line) before its title
    text = ("# 青川港扩建工程启动\n\n本报讯（记者 宋嘉禾）6月2日，青川港扩建工程在临江区开工，新码头预计明年投入使用。\n\n"
            "老街的书房与茶馆\n\n" + first_line + "\n\n临江区老街社区居民——\n\n# 老房子里过上新日子\n\n"
            "茶馆开到了骑楼下，夜市摆到了河岸边，居民说老街又热闹起来了。\n\n社区书房每天开放到晚上九点，周末还有亲子共读活动。\n")
    page = baoku.restore(text).to_json()
    art = by_headline(page, "老房子里过上新日子")
    assert art["kicker"] == "临江区老街社区居民——"
    assert all(first_line not in (a["kicker"] or "") for a in page["articles"])


def test_headline_lines_wider_than_the_column_after_a_stopless_line_in_a_line_dump():
    from conftest import lines_dump
    quote = "市民王秋生说，自从家门口有了书房，他每天下午都来坐一坐，书房里最受欢迎的是《青川老街志》"
    text = (lines_dump([EARLIER, quote]) + "临江区老街社区居民共享新建城市书房\n老街里的老房子变身新书房（新春走基层）\n"
            + lines_dump([LEAD, BODY]))
    page = baoku.restore(text).to_json()
    assert [(a["kicker"], a["headline"]) for a in page["articles"]] == \
        [(None, None), ("临江区老街社区居民共享新建城市书房", "老街里的老房子变身新书房（新春走基层）")]
    assert page["articles"][0]["paragraphs"] == [EARLIER, quote]


def test_a_crosshead_set_as_a_paragraph_over_two_lines_stays_in_its_story_in_a_line_dump():
    # its first line indented as a paragraph's, its second as wide as the column: a headline that wraps fills
    # its first line, so this is no new story's headline
    from conftest import lines_dump
    more = "清水河流域治理将分三年实施，今年重点推进沿河截污管网建设和河道清淤，明年起建设沿河生态走廊和湿地公园。"
    last = "临江区将清水河治理与老街改造结合起来，沿河新建三处口袋公园，让群众在家门口享受治理成果。"
    text = ("青川市启动清水河流域综合治理三年行动\n" + lines_dump([LEAD, BODY, more])
            + "清水河治理分段推进 截污\n管网和河道清淤工程年底完工\n" + lines_dump([last, BODY, more]))
    page = baoku.restore(text).to_json()
    assert [a["headline"] for a in page["articles"]] == ["青川市启动清水河流域综合治理三年行动"]
    assert page["articles"][0]["paragraphs"] == [LEAD, BODY, more, "清水河治理分段推进 截污管网和河道清淤工程年底完工",
                                                 last, BODY, more]


def test_a_crosshead_wrapped_from_a_line_filled_to_its_indent_is_one_paragraph_in_a_line_dump():
    # both lines short of the column: the first is as wide as an indented line can be, so the second goes on
    # with it (a paragraph of two lines), where a first line with room left would have been a crosshead alone
    from conftest import lines_dump
    more = "清水河流域治理将分三年实施，今年重点推进沿河截污管网建设和河道清淤，明年起建设沿河生态走廊和湿地公园。"
    last = "临江区将清水河治理与老街改造结合起来，沿河新建三处口袋公园，让群众在家门口享受治理成果。"
    first, second = "临江区把清水河治理与老街", "改造结合起来同步推进"
    assert (len(first), len(second)) == (12, 10)
    text = ("青川市启动清水河流域综合治理三年行动\n" + lines_dump([LEAD, BODY, more])
            + f"{first}\n{second}\n" + lines_dump([last, BODY]))
    page = baoku.restore(text).to_json()
    assert [a["headline"] for a in page["articles"]] == ["青川市启动清水河流域综合治理三年行动"]
    assert page["articles"][0]["paragraphs"] == [LEAD, BODY, more, first + second, last, BODY]

def test_the_first_of_a_series_of_short_crossheads_stays_in_its_story_in_a_line_dump():
    # the model sees a series only from its second crosshead: the next heading line, of like length and shape,
    # shows the first one opens the series rather than a new story
    from conftest import lines_dump
    parts = [["临江区将清水河治理与老街改造结合起来，沿河新建三处口袋公园，让群众在家门口享受治理成果。",
              "清水河流域治理将分三年实施，今年重点推进沿河截污管网建设和河道清淤。"],
             ["北塘区今年完成城区段十二公里河道的截污工程，年底前基本消除沿线黑臭水体。", "区里还建起河长巡河制度，每段河道都有人管。"],
             ["云岭县的两条支流水质明显好转，沿河村庄的污水全部接入管网。", "县里说，明年起将建设沿河湿地公园。"]]
    heads = ["截污先行", "清淤跟进", "生态补水"]
    text = "青川市启动清水河流域综合治理三年行动\n" + lines_dump([LEAD] + parts[0]) + "".join(
        h + "\n" + lines_dump(p) for h, p in zip(heads, parts[1:] + parts[:1]))
    page = baoku.restore(text).to_json()
    assert [a["headline"] for a in page["articles"]] == ["青川市启动清水河流域综合治理三年行动"]
    assert page["articles"][0]["paragraphs"] == [LEAD, *parts[0], heads[0], *parts[1], heads[1], *parts[2],
                                                 heads[2], *parts[0]]


CUT = "读书节期间，全市将举办名家讲座、亲子共读和图书漂流等一百二十余场活动。市图书馆还将新建八个城市书房，让市民在家门口就能"
COLLEGE_LEAD = "本报讯（记者 何嘉怡）6月1日，位于云岭县科教园区的青川职业技术学院新校区主体工程全面完工。"


@pytest.mark.parametrize("between", ["", "（下转第三版）\n\n"], ids=["cut-story", "jump-marker"])
def test_unmarked_headline_after_a_story_cut_mid_sentence(between):
    text = ("# 青川市第五届全民读书节开幕\n\n本报讯（记者 宋嘉禾）6月2日晚，青川市第五届全民读书节在市图书馆广场开幕。\n\n"
            + CUT + "\n\n" + between + "青川职业技术学院新校区主体完工\n\n" + COLLEGE_LEAD + "\n\n" + EARLIER + "\n")
    page = baoku.restore(text).to_json()
    assert [a["headline"] for a in page["articles"]] == ["青川市第五届全民读书节开幕", "青川职业技术学院新校区主体完工"]
    assert page["articles"][0]["paragraphs"][-1] == CUT
    assert "continues_elsewhere" in page["articles"][0]["flags"]
    assert page["articles"][1]["paragraphs"] == [COLLEGE_LEAD, EARLIER]


def test_a_documents_table_of_contents_and_chapters_stay_in_its_story():
    page = baoku.restore(
        "# 青川市国土空间总体规划纲要\n\n本报讯 市政府日前印发《青川市国土空间总体规划纲要》，全文如下。\n\n"
        "目 录\n\n前 言\n\n第一章 规划背景\n\n第一节 发展基础\n\n第二节 机遇挑战\n\n第二章 总体要求\n\n"
        "前 言\n\n本纲要是指导青川市国土空间开发保护的纲领性文件。\n\n第一章 规划背景\n\n第一节 发展基础\n\n"
        "青川地处清水河中游，港口和铁路交汇，发展基础较好。\n")
    assert len(page.articles) == 1
    paras = [p.text for p in page.articles[0].paragraphs]
    assert paras[1:4] == ["目 录", "前 言", "第一章 规划背景"]
    assert paras[-1].startswith("青川地处清水河中游")


def test_a_row_of_headlines_gives_no_paragraph_to_a_headline_the_body_does_not_speak_of():
    # XY-cut order: two headlines set side by side come first, then the first story's whole body (ending with
    # its closing note), then the next story, and the second headline's body displaced after it
    page = baoku.restore(
        "# 青川港开通第三条内贸集装箱航线\n\n# 清水河湿地公园迎来越冬候鸟\n\n"
        "本报讯（记者 周启明）青川港务集团昨日宣布，第三条内贸集装箱航线正式开通，集装箱航线每周往返两班。\n\n"
        "港务集团负责人说，集装箱航线开通后，青川港集装箱吞吐量有望增长两成。\n\n（本系列报道到此结束）\n\n"
        "# 老街改造首期完工\n\n本报讯（记者 林小舟）青川老街改造首期工程昨日完工，二十多家老字号重新开张。\n\n"
        "老街改造保留了青石板路和骑楼，街坊们说老街的味道还在。\n\n"
        "入冬以来，清水河湿地公园迎来大批越冬候鸟，白鹭、灰鹤在湿地公园的浅滩上觅食。\n\n"
        "湿地公园管理处说，今年越冬候鸟数量比去年多三成，湿地公园将增设观鸟点。\n")
    heads = {a.headline.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert heads["青川港开通第三条内贸集装箱航线"][-1] == "（本系列报道到此结束）"
    assert heads["清水河湿地公园迎来越冬候鸟"][0].startswith("入冬以来")
    assert len(heads["老街改造首期完工"]) == 2


def test_a_column_tagged_headline_before_a_marked_headline_is_not_its_kicker():
    # XY-cut order: a commentary's unmarked headline (with its column tag) and the headline set beside it
    # come first, then the commentary, then the dated story
    page = baoku.restore(
        "老街的味道要留住（青川观察）\n\n## 清水河湿地公园迎来越冬候鸟\n\n"
        "老街改造，改的是房子，留的是街坊。青石板路和骑楼是老街的记忆，也是老街的味道。\n\n"
        "本报讯（记者 周启明）入冬以来，清水河湿地公园迎来大批越冬候鸟，白鹭、灰鹤在浅滩上觅食。\n")
    assert [(a.kicker, a.headline.text) for a in page.articles] == \
        [(None, "老街的味道要留住（青川观察）"), (None, "清水河湿地公园迎来越冬候鸟")]


def test_a_whole_quotation_over_a_marked_headline_is_not_its_kicker():
    # XY-cut order: a quotation pulled out of the story beside it, read just over this story's marked headline
    page = baoku.restore(
        "“老街的味道，一定要留住”\n\n## 清水河湿地公园迎来越冬候鸟\n\n"
        "本报讯（记者 周启明）入冬以来，清水河湿地公园迎来大批越冬候鸟，白鹭、灰鹤在浅滩上觅食。\n")
    heads = {a.headline.text: a for a in page.articles}
    assert heads["清水河湿地公园迎来越冬候鸟"].kicker is None
    assert "“老街的味道，一定要留住”" in heads


def test_a_whole_quotation_under_a_dashed_kicker_is_its_title():
    # XY-cut order: a dashed kicker and its quoted title over another story's marked headline and ——subheadline
    page = baoku.restore(
        "青川老街改造首期完工——\n\n“老街的味道，一定要留住”\n\n## 清水河湿地公园迎来越冬候鸟\n\n——湿地公园增设观鸟点\n\n"
        "本报讯（记者 周启明）青川老街改造首期完工，街坊们说，老街的味道一定要留住，二十多家老字号重新开张。\n")
    first = page.articles[0]
    assert (first.kicker.text, first.headline.text) == ("青川老街改造首期完工——", "“老街的味道，一定要留住”")


@pytest.mark.parametrize("title, note, signature", [
    ("# 老街的烟火气回来了（城市更新一线）", "老街改造一年来，街坊们有哪些新期待？本版从今天起推出系列报道，敬请关注。", "——编者"),
    # a dashed signature ending in a name set wide
    ("# 护林一线的冬天（护林手记）", "巡山路上，护林员们每天要走二十多公里，冬天的山路格外难行。", "——青川市林业局局长 林 舟"),
])
def test_a_dashed_signature_is_a_paragraph_not_a_headline(title, note, signature):
    page = baoku.restore(f"{title}\n\n{note}\n\n{signature}\n\n{LEAD}\n")
    assert len(page.articles) == 1
    assert [p.text for p in page.articles[0].paragraphs][1:] == [signature, LEAD]


def test_a_remarks_web_handle_attribution_is_a_paragraph_not_a_headline():
    page = baoku.restore(
        "# 老街的烟火气回来了（暖闻热评）\n\n青川老街改造后，二十多家老字号重新开张，街坊们又能在家门口吃上一碗热汤面。\n\n"
        "老街改好了，回家的路也近了。\n\n——@清水河畔\n\n"
        "改造保留了青石板路和骑楼，这样的城市更新让人心里暖暖的。\n\n——@老街坊\n")
    assert len(page.articles) == 1
    assert [p.text for p in page.articles[0].paragraphs][2:] == \
        ["——@清水河畔", "改造保留了青石板路和骑楼，这样的城市更新让人心里暖暖的。", "——@老街坊"]


@pytest.mark.parametrize("kicker,headline", [("清水河流域综合治理三年行动完成投资四十二亿元", "河水变清了"),
                                             ("今年全市新建城市书房一百二十余座", "书香飘满老街")])
def test_a_long_kicker_over_a_short_headline_in_a_line_dump_is_not_one_wrapped_title(kicker, headline):
    # the short second line looks like a wrapped title's remainder; the wrap model tells it opens a headline
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + f"{kicker}\n{headline}\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"]) == (kicker, headline)


@pytest.mark.parametrize("first,second,fields", [
    ("临江港口论坛闭幕", "一批航运项目在青川签约", ("临江港口论坛闭幕", "一批航运项目在青川签约", None)),
    ("青川国际书展", "今起在临江书城迎客", (None, "青川国际书展", "今起在临江书城迎客"))])
def test_a_short_line_over_a_longer_one_is_a_kicker_over_its_headline_in_a_line_dump(first, second, fields):
    # the order model leans to a headline over its subheadline in both; a first field of up to nine characters over
    # a longer one is more often a kicker, unless that one opens on when (今起……), as a subheadline does
    from conftest import lines_dump
    from baoku.restore.headings import kicker_odds
    assert kicker_odds(first, second) < 0
    text = lines_dump([EARLIER, BODY]) + f"{first}\n{second}\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == fields


@pytest.mark.parametrize("first,second,body,fields", [
    ("临江至青川城际铁路通车", "沿线六个站点同步启用", LEAD, (None, "临江至青川城际铁路通车", "沿线六个站点同步启用")),
    ("青川港区第三届航运博览会结束", "成交额同比增长三成", LEAD, (None, "青川港区第三届航运博览会结束", "成交额同比增长三成")),
    ("临江区夏季灯会开幕", "老街夜市人气旺", "核心阅读\n\n夜幕降临，临江区老街的灯笼次第亮起，游人络绎不绝。",
     ("临江区夏季灯会开幕", "老街夜市人气旺", None))])
def test_a_first_field_reporting_an_event_is_named_by_whether_its_story_opens_on_a_dateline(first, second, body,
                                                                                           fields):
    # the order model leans the other way in each: over a dated report the event is its headline, over a story
    # opening otherwise (a feature) the event is a kicker
    from baoku.restore.headings import kicker_odds
    assert (kicker_odds(first, second) > 0) == (body == LEAD)
    page = baoku.restore(EARLIER + f"\n\n{first}\n\n{second}\n\n{body}\n")
    art = page.to_json()["articles"][-1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == fields


def test_a_kickers_dash_on_a_line_of_its_own_stays_with_the_kicker():
    page = baoku.restore(EARLIER + "\n\n青川市第五届全民读书节开幕\n\n——\n\n书香飘满老街\n\n" + LEAD + "\n\n" + BODY + "\n")
    art = page.to_json()["articles"][-1]
    assert (art["kicker"], art["headline"]) == ("青川市第五届全民读书节开幕——", "书香飘满老街")
    assert art["paragraphs"] == [LEAD, BODY]


def test_a_documents_title_alone_is_the_headline_under_the_line_that_issues_it():
    page = baoku.restore(EARLIER + "\n\n青川市人民政府印发\n\n《青川市老街保护条例实施办法》\n\n" + LEAD + "\n")
    art = page.to_json()["articles"][-1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == \
        ("青川市人民政府印发", "《青川市老街保护条例实施办法》", None)


def test_a_short_line_naming_who_attended_is_a_subheadline_not_a_wrapped_headlines_rest():
    page = baoku.restore(EARLIER + "\n\n## 青川市第五届全民读书节开幕\n\n林秋生出席\n\n" + LEAD + "\n")
    art = page.to_json()["articles"][-1]
    assert (art["headline"], art["subheadline"]) == ("青川市第五届全民读书节开幕", "林秋生出席")


def test_a_two_character_remainder_after_a_closing_quote_finishes_the_headline():
    page = baoku.restore(EARLIER + "\n\n青川推广“嵌入式”\n\n养老\n\n" + LEAD + "\n")
    art = page.to_json()["articles"][-1]
    assert (art["kicker"], art["headline"]) == (None, "青川推广“嵌入式”养老")


def test_the_wrapped_end_of_a_headlines_bracket_stays_in_the_headline():
    page = baoku.restore(EARLIER + "\n\n## 老街的烟火气回来了（城市更新一线·系列报道\n\n③）\n\n" + LEAD + "\n")
    art = page.to_json()["articles"][-1]
    assert art["headline"] == "老街的烟火气回来了（城市更新一线·系列报道③）"
    assert art["paragraphs"] == [LEAD]


def test_a_dash_ended_line_under_a_finished_headline_opens_the_body():
    page = baoku.restore(EARLIER + "\n\n## 老街的烟火气回来了\n\n2023年青川老街——\n\n26家\n\n老字号重新开张。\n\n"
                         + LEAD + "\n")
    art = page.to_json()["articles"][-1]
    assert (art["headline"], art["subheadline"]) == ("老街的烟火气回来了", None)
    assert art["paragraphs"][0] == "2023年青川老街——"


def test_a_row_of_two_headlines_whose_first_story_ends_with_its_closing_note():
    # XY-cut order: an unmarked headline and the marked one beside it, then the first story (no dateline,
    # closed by its note), then the second
    page = baoku.restore(
        "青川老街老字号重新开张\n\n## 清水河湿地公园迎来越冬候鸟\n\n"
        "老街改造首期完工后，二十多家老字号重新开张，老街的老字号门前又排起了长队。\n\n"
        "老字号的老师傅说，老街的老房子修好了，老字号的招牌也保住了。\n\n（本报青川电）\n\n"
        "入冬以来，清水河湿地公园迎来大批越冬候鸟，白鹭、灰鹤在湿地公园的浅滩上觅食。\n\n"
        "湿地公园管理处说，今年越冬候鸟数量比去年多三成，湿地公园将增设观鸟点。\n")
    heads = {a.headline.text: (a.kicker, [p.text for p in a.paragraphs]) for a in page.articles}
    assert heads["青川老街老字号重新开张"][1][-1] == "（本报青川电）"
    assert heads["清水河湿地公园迎来越冬候鸟"] == (None, [
        "入冬以来，清水河湿地公园迎来大批越冬候鸟，白鹭、灰鹤在湿地公园的浅滩上觅食。",
        "湿地公园管理处说，今年越冬候鸟数量比去年多三成，湿地公园将增设观鸟点。"])


def _openings(text: str) -> dict[str, list[str]]:
    """Each restored story's headline and the first six characters of each of its paragraphs."""
    return {a.headline.text: [p.text[:6] for p in a.paragraphs] for a in baoku.restore(text).articles}


def test_a_rows_last_story_opening_on_its_pull_quote_keeps_its_text_that_hardly_speaks_of_its_headline():
    # XY-cut order: two commentaries' headlines set side by side, the first one's text, then the second one's,
    # opening on its pull-quote (no stop; the quote recurs in its text) though its text hardly echoes its headline
    heads = _openings(
        "老街的味道要留住（青川观察）\n\n# 守住一江清水（清水河评论）\n\n"
        "老街改造，改的是房子，留的是街坊。青石板路和骑楼是老街的记忆，也是老街的味道。\n\n"
        "老街的老字号重新开张，街坊们说，老街的味道还在，老街的日子也更红火了。\n\n"
        "上游下游一起用力，才能让候鸟年年飞回来\n\n"
        "入冬以来，大批越冬候鸟飞回湿地，白鹭、灰鹤在浅滩上觅食，观鸟的市民也多了起来。\n\n"
        "这些年，沿岸关停了排污口，退耕还湿，上游下游一起用力，才能让候鸟年年飞回来。\n")
    assert heads["老街的味道要留住（青川观察）"] == ["老街改造，改", "老街的老字号"]
    assert heads["守住一江清水（清水河评论）"] == ["上游下游一起", "入冬以来，大", "这些年，沿岸"]


def test_a_rows_body_is_cut_at_the_pull_quote_opening_the_last_story_not_where_its_headline_is_echoed():
    # the first story's opening echoes the second headline more than its own; the second opens on its pull-quote
    heads = _openings(
        "# 青川老街焕新颜\n\n# 湿地候鸟年年来（清水河评论）\n\n"
        "老街改造首期完工，湿地公园旁的老街迎来候鸟季的游客，湿地候鸟成了老街的新名片。\n\n"
        "老字号重新开张，街坊们说，老街的味道还在，老街的日子也更红火了。\n\n"
        "上游下游一起用力，才能让白鹭年年飞回来\n\n入冬以来，大批白鹭飞回浅滩，观鸟的市民也多了起来。\n\n"
        "这些年，沿岸关停了排污口，上游下游一起用力，才能让白鹭年年飞回来。\n")
    assert heads["青川老街焕新颜"] == ["老街改造首期", "老字号重新开"]
    assert heads["湿地候鸟年年来（清水河评论）"] == ["上游下游一起", "入冬以来，大", "这些年，沿岸"]


def test_a_pull_quote_before_a_later_lead_stays_in_the_rows_first_story():
    # the quote recurs in the first story's text, and the second story opens on its dateline further on
    quote = "港口建设也要给越冬候鸟留出浅滩"
    heads = _openings(
        "# 青川港开通第三条内贸集装箱航线\n\n# 清水河湿地公园迎来越冬候鸟\n\n"
        "青川港务集团昨日宣布，第三条内贸集装箱航线正式开通，集装箱航线每周往返两班。\n\n"
        f"{quote}\n\n港务集团负责人说，集装箱吞吐量有望增长两成，{quote}。\n\n"
        "本报讯（记者 周启明）入冬以来，清水河湿地公园迎来大批越冬候鸟，白鹭、灰鹤在浅滩上觅食。\n\n"
        "湿地公园管理处说，今年越冬候鸟数量比去年多三成，湿地公园将增设观鸟点。\n")
    assert heads["青川港开通第三条内贸集装箱航线"] == ["青川港务集团", quote[:6], "港务集团负责"]
    assert heads["清水河湿地公园迎来越冬候鸟"] == ["本报讯（记者", "湿地公园管理"]


def test_a_headline_that_speaks_of_both_dated_reports_under_it_is_no_row_with_its_subheadline():
    # a report and a sidebar, each under a dateline; the headline speaks of the sidebar more than the
    # subheadline does, so the two fields are one story's titles, not a row of two stories
    page = baoku.restore(
        "## 青川港新航线下月开通三号码头同时扩建\n\n港务局答记者问\n\n"
        "新华社青川6月2日电 港务局发言人2日宣布：青川港至临江港的新航线将于下月开通，三号码头扩建工程同时启动。\n\n"
        "本报青川6月2日电（记者 林小舟）青川港新航线开通以后，每周将有六个班次往返临江港。三号码头扩建完成后，"
        "青川港的年吞吐能力将再增三成。\n")
    assert [(a.headline.text, a.subheadline and a.subheadline.text, len(a.paragraphs)) for a in page.articles] == [
        ("青川港新航线下月开通三号码头同时扩建", "港务局答记者问", 2)]


def test_a_title_made_long_by_its_column_tag_under_a_dashed_kicker_is_the_headline():
    # unmarked, longer than an unmarked title may be only for its tag; a paragraph would not close on a bracket
    title = "老街改造，让街坊说了算（青川观察·聚焦城市更新 听街坊说 看老街变 记者蹲点系列报道之三）"
    page = baoku.restore("临江区、北塘区、云岭县——\n\n" + title + "\n\n"
                         "本报青川6月2日电（记者 林小舟）临江区、北塘区、云岭县的老街改造，先问街坊，再定方案。\n\n"
                         "临江区的老街改造方案，经过三轮街坊议事会才定下来。\n")
    assert kickers_and_headlines(page) == [("临江区、北塘区、云岭县——", title)]
    assert len(page.articles[0].paragraphs) == 2


def test_a_packages_part_whose_dashed_name_came_out_as_its_headline_is_still_one_of_its_parts():
    # a headline over parts, each a dashed name, a title and a reporter's line: the middle part is read with its
    # name as headline and its title opening its text, and must not break the run of parts
    parts = [("青川港引航员王小禾——", "夜里引航到天明", "林小舟", "除夕夜，青川港的江面上雾气很重，王小禾把一艘外轮引进了三号码头。"),
             ("港务局调度员周启明——", "调度台前过大年", "韩亦舒", "大年初一，周启明在调度台前守了一整天，二十多艘船按时靠泊。"),
             ("港口医院护士林秋生——", "急诊室里守除夕", "周启明", "除夕夜，港口医院急诊室里，林秋生和同事们接诊了十几位病人。")]
    page = baoku.restore("# 港城守岁人\n\n——青川港春节值守见闻\n\n" + "".join(
        f"{k}\n\n{t}\n\n本报记者 {r}\n\n{p}\n\n{p[:8]}，守在岗位上，就是过年。\n\n" for k, t, r, p in parts))
    assert kickers_and_headlines(page) == [(None, "港城守岁人")]
    assert [p.text for p in page.articles[0].paragraphs if p.text.endswith("——") or p.text in
            ("夜里引航到天明", "调度台前过大年", "急诊室里守除夕")] == [x for part in parts for x in part[:2]]


def test_two_stories_side_by_side_with_kickers_get_each_their_kicker():
    # XY-cut order: both kickers, both marked headlines, then the two dated stories
    page = baoku.restore(
        "林秋生在老街改造工地检查时强调\n\n周启明在清水河湿地公园调研时指出\n\n"
        "## 守住老街的烟火气\n\n## 护好候鸟的越冬地\n\n"
        "本报青川6月2日电 林秋生来到老街改造工地，察看老房子修缮和老字号招牌保护情况。林秋生强调，老街改造要守住烟火气。\n\n"
        "本报青川6月2日电 周启明来到清水河湿地公园，察看候鸟越冬地保护情况。周启明指出，湿地公园要护好越冬候鸟。\n")
    assert [(a.kicker.text if a.kicker else None, a.headline.text) for a in page.articles] == [
        ("林秋生在老街改造工地检查时强调", "守住老街的烟火气"),
        ("周启明在清水河湿地公园调研时指出", "护好候鸟的越冬地")]
    assert [p.text[:13] for a in page.articles for p in a.paragraphs] == ["本报青川6月2日电 林秋生", "本报青川6月2日电 周启明"]


def test_the_stopless_lines_of_a_summary_box_are_paragraphs_of_their_own():
    # each line reads like prose cut by a column (finished sentences inside, no stop at the end)
    summary = ["老街姓“老”，留住老味道是第一位的。从街坊的角度看老街改造存在的问题，才能把老街改到街坊心坎上",
               "老街改造不是推倒重来。留住街坊才能留住烟火气"]
    page = baoku.restore("# 老街改造的青川样本\n\n核心阅读\n\n" + "\n\n".join(summary) + "\n\n" + LEAD + "\n")
    assert [p.text for p in page.articles[0].paragraphs] == ["核心阅读"] + summary + [LEAD]


def test_a_marked_headline_in_a_row_stays_the_headline_of_its_story():
    # XY-cut order: the first story's headline lost its mark; the kicker over the second (marked) headline
    # echoes its story more than the headline does, and must stay its kicker
    page = baoku.restore(
        "青川港新航线开通\n\n首批集装箱班轮从二号码头启航\n\n老街改造让街坊生活更方便\n\n## 骑楼修缮首期完工\n\n"
        "本报青川6月2日电（记者 周启明）6月1日，青川港新航线开通，首批集装箱班轮从二号码头启航，驶向沿海港口。\n\n"
        "本报青川6月2日电（记者 林小舟）老街改造让街坊生活更方便，街坊说，老街改造以后，生活更方便了。骑楼修缮也已完工。\n")
    assert kickers_and_headlines(page)[1] == \
        ("老街改造让街坊生活更方便", "骑楼修缮首期完工")


def test_a_subheadline_read_under_a_neighbour_title_in_a_row_goes_back_to_its_marked_headline():
    # XY-cut order: the marked headline, the next story's unmarked title, then the first story's ——subheadline;
    # the unmarked title echoes the first story more than its own, and the subheadline echoes both
    page = baoku.restore(
        "## 老街骑楼换上新颜\n\n街坊的日子越过越红火\n\n——青川老街改造工程引发街坊热议\n\n"
        "本报青川6月2日电（记者 周启明）6月1日，老街骑楼修缮首期完工。街坊说，街坊的日子越过越红火。"
        "老街改造工程引发街坊热议，骑楼修缮的进度天天有人问。\n\n"
        "本报青川6月2日电（记者 林小舟）清水河湿地公园迎来越冬候鸟，青川老街改造工程之后，街坊常来湿地公园散步。\n")
    heads = [(a.headline.text, a.subheadline and a.subheadline.text, a.paragraphs[0].text[:16]) for a in page.articles]
    assert heads == [("老街骑楼换上新颜", "青川老街改造工程引发街坊热议", "本报青川6月2日电（记者 周启明"),
                     ("街坊的日子越过越红火", None, "本报青川6月2日电（记者 林小舟")]


def test_a_place_with_a_dash_leading_into_a_part_of_the_story_is_no_kicker():
    # a round-up told place by place: 临江—— / the part's title / its text, inside one story
    text = ("# 青川各区县开年项目建设提速\n\n本报讯（记者 周启明）开年以来，青川各区县重点项目建设加快推进，"
            "新开工项目数量和投资额均创同期新高。\n\n临江区——\n\n港口扩建加快推进，集装箱码头年底投用\n\n"
            "临江区二号码头扩建工程春节后即复工，目前集装箱堆场已完成地基施工，港口扩建年底投用。\n\n"
            "北塘区——\n\n老街改造全面铺开，骑楼修缮进入尾声\n\n"
            "北塘区老街改造二期工程本月全面铺开，老街骑楼修缮进入尾声，老街街坊盼着老街早日焕新。\n")
    page = baoku.restore(text)
    assert len(page.articles) == 1
    paras = [p.text for p in page.articles[0].paragraphs]
    assert "临江区——" in paras and "北塘区——" in paras


def test_a_part_of_a_package_of_reports_over_its_reporters_line_stays_in_the_package():
    # one headline over several reports, each with its title and its reporter's line
    text = ("# 新春走基层 老街年味浓\n\n骑楼下的年货摊\n\n本报记者 周启明\n\n"
            "腊月二十六，青川老街的骑楼下摆满了年货摊，老街的街坊们一早就来老街置办年货，骑楼下人来人往。"
            "卖春联的林师傅说，今年老街的年货摊比去年多了一倍。\n\n"
            "老字号里的团圆饭\n\n本报记者 林小舟\n\n"
            "老街的老字号酒楼里，年夜饭的预订已经排到了正月初五。老字号的厨师说，老街的街坊们年年都来老字号吃团圆饭。\n")
    page = baoku.restore(text)
    assert len(page.articles) == 1
    assert "老字号里的团圆饭" in [p.text for p in page.articles[0].paragraphs]


def test_a_title_over_a_caption_and_its_credit_is_a_photo_storys_headline_not_a_crosshead():
    page = baoku.restore(
        "# 青川老街改造首期完工\n\n" + LEAD + "\n\n老街改造首期完工以后，二十多家老字号重新开张，老街的街坊们又回到了老街。\n\n"
        "图片报道\n\n6月1日，青川老街的街坊在新修的骑楼下乘凉。老街改造首期完工以后，骑楼成了街坊们纳凉的好去处。\n\n"
        "本报记者 林小舟摄\n")
    assert [a.headline.text for a in page.articles] == ["青川老街改造首期完工", "图片报道"]


def test_a_question_set_apart_wider_than_the_column_stays_in_its_story_in_a_line_dump():
    from conftest import lines_dump
    paras = ["清水河湿地公园管理处负责人介绍，今年越冬候鸟数量比去年多三成，公园将在北岸增设三处观鸟点，并安排志愿者讲解。",
             "入冬以来，清水河湿地公园迎来大批越冬候鸟，白鹭、灰鹤、野鸭在湿地公园的浅滩上觅食，吸引了不少摄影爱好者。"]
    text = "青川湿地迎来越冬候鸟\n" + lines_dump(paras) + "候鸟越来越多，湿地公园怎样护好它们？\n" + lines_dump(paras[::-1])
    page = baoku.restore(text)
    assert [a.headline.text for a in page.articles] == ["青川湿地迎来越冬候鸟"]
    assert page.articles[0].paragraphs[2].text == "候鸟越来越多，湿地公园怎样护好它们？"


def test_a_title_over_a_reporters_line_in_a_story_that_has_one_is_the_packages_next_part():
    # the package's first report sits under the headline itself; the next, on another subject, keeps it
    text = ("# 新春走基层\n\n本报记者 周启明\n\n"
            "腊月二十六，青川老街的骑楼下摆满了年货摊，老街的街坊们一早就来老街置办年货，骑楼下人来人往。"
            "卖春联的林师傅说，今年老街的年货摊比去年多了一倍。\n\n"
            "山村小学的新年\n\n本报记者 林小舟\n\n"
            "雪后的青禾乡，十几个孩子在操场上堆雪人。支教老师宋嘉禾说，放假前孩子们排了一台节目，要演给回乡过年的家长看。\n")
    page = baoku.restore(text)
    assert [a.headline.text for a in page.articles] == ["新春走基层"]
    assert "山村小学的新年" in [p.text for p in page.articles[0].paragraphs]


def test_a_headline_spanning_columns_wrapped_at_a_comma_is_one_headline_in_a_line_dump():
    from conftest import lines_dump
    lead = "本报青川6月2日电 6月2日，青川市委书记周启明会见了来访的青禾县委书记、县长林小舟一行，双方就港口合作深入交换意见。"
    text = "青川市委书记周启明会见青禾县委书记、\n县长林小舟一行\n" + lines_dump([lead, LEAD, lead])
    page = baoku.restore(text)
    assert [a.headline.text for a in page.articles] == ["青川市委书记周启明会见青禾县委书记、县长林小舟一行"]


def test_a_boxs_name_as_headline_has_no_subheadline_the_line_under_it_is_its_first_items_title():
    page = baoku.restore("## 速览\n\n青川港集装箱吞吐量创新高\n\n本报电 今年前五个月，青川港集装箱吞吐量比上年多一成二，"
                         "创历年同期新高。\n\n（林小舟）\n")
    art = page.articles[0]
    assert (art.headline.text, art.subheadline) == ("速览", None)
    assert art.paragraphs[0].text == "青川港集装箱吞吐量创新高"
    assert art.paragraphs[1].text.startswith("本报电 今年前五个月")


@pytest.mark.parametrize("heading, headline, subheadline", [
    # a kicker is set in smaller type than its headline: a line as wide as the first field's wrapped line
    # is not a headline under it
    ("青川港集装箱吞吐量创\n新高\n外贸班轮航线增至二十条\n", "青川港集装箱吞吐量创新高", "外贸班轮航线增至二十条"),
    # in a line dump every line is seen: one line of the subheadline holds more than the headline's full line
    ("青川今年新建书房120\n余座\n全市街道书房覆盖率达到九十五\n", "青川今年新建书房120余座", "全市街道书房覆盖率达到九十五"),
])
def test_a_wrapped_headline_over_a_line_as_wide_or_wider_is_headline_and_subheadline_in_a_line_dump(
        heading, headline, subheadline):
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + heading + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == (None, headline, subheadline)


@pytest.mark.parametrize("first,second,expected", [
    # a headline spanning columns, wrapped onto a somewhat shorter line: one headline
    ("青川与临江两市人大常委会定期", "交流机制第三次会议举行", (None, "青川与临江两市人大常委会定期交流机制第三次会议举行")),
    ("青川市与临江区政府就两地建立", "友好城市关系互致贺信", (None, "青川市与临江区政府就两地建立友好城市关系互致贺信")),
    # a line in the column over a wider line spanning columns: a kicker, not a wrap (the kicker's last word may
    # not end a title, but a wrapped title's lines share its box)
    ("以守护生态安全为前提", "青川科学推进清水河沿岸线开发", ("以守护生态安全为前提", "青川科学推进清水河沿岸线开发")),
    ("以保障群众出行为前提", "青川老街改造分段施工有序推进", ("以保障群众出行为前提", "青川老街改造分段施工有序推进"))])
def test_two_heading_lines_by_a_line_spanning_columns_are_one_wrapped_headline_or_kicker_and_headline_in_a_line_dump(
        first, second, expected):
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY], 12) + f"{first}\n{second}\n" + lines_dump([LEAD, BODY], 12)
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"]) == expected


@pytest.mark.parametrize("first,second", [
    ("临江区表彰一批优秀护林员", "和森林防火志愿者"),       # a conjunction standing alone as a word
    ("青川市召开港口工作推进会", "精神落到港区各码头")])     # a character pair seldom opening a title
def test_a_heading_line_opening_as_titles_seldom_do_is_the_wrapped_end_of_the_line_before_in_a_line_dump(
        first, second):
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + f"{first}\n{second}\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"]) == (None, first + second)


@pytest.mark.parametrize("first,second", [("临江区表彰第三批", "护河志愿者代表"), ("青禾县举办第五期", "茶艺师培训班")])
def test_a_heading_line_ending_on_an_ordinal_is_wrapped_into_the_line_under_it_in_a_line_dump(first, second):
    # 第三批 needs the noun it counts: no title ends on it, so the line under it is no headline of its own
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + f"{first}\n{second}\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"]) == (None, first + second)


def test_a_line_under_a_kicker_and_a_headline_line_of_its_width_is_the_headlines_wrapped_end_in_a_line_dump():
    # one narrow box: a kicker, then a headline's two lines of one width; few groups have a third field
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "青川马拉松改赛制\n参赛名额抽签决定\n除终点外沿途计时\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == \
        ("青川马拉松改赛制", "参赛名额抽签决定除终点外沿途计时", None)


def test_summary_lines_set_as_paragraphs_under_a_headline_are_no_subheadline_in_a_line_dump():
    # an indented first line, a full line and a comma: prose set in the column, however short of a stop
    from conftest import lines_dump
    summary = "港城的夜间巴士开进了老\n街，方便了晚归的市民尤其是港\n区工人\n"
    second = "线路覆盖港区和老街，末班\n车延至凌晨一点，票价与日间相\n同\n"
    text = lines_dump([EARLIER, BODY]) + "期待港城夜间巴士越开越好（青川时评）\n" + summary + second + lines_dump([BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["headline"], art["subheadline"]) == ("期待港城夜间巴士越开越好（青川时评）", None)
    assert art["paragraphs"][:2] == ["".join(summary.split()), "".join(second.split())]


def test_a_kicker_wrapped_at_a_comma_onto_a_dashed_line_over_a_one_line_title_in_a_line_dump():
    # the dashed line is no sentence's rest though the line before it ends at a comma, and it goes on from it
    from conftest import lines_dump
    kicker = ("开展夜间巡查、清理违建摊点、现场督办整改，", "临江区城管局——")
    text = lines_dump([EARLIER, BODY], 12) + "\n".join(kicker) + "\n让老街夜市更干净更有序\n" + lines_dump([BODY, EARLIER], 12)
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == ("".join(kicker), "让老街夜市更干净更有序", None)


def test_a_dateless_wire_credit_alone_on_its_line_opens_the_lead_not_a_subheadline_in_a_line_dump():
    from conftest import lines_dump
    lead = "新华社电（记者林小舟）\n在青川老街的一间小铺子里，\n七十岁的竹编艺人每天都要编上\n几只竹篮。\n"
    text = lines_dump([EARLIER, BODY]) + "青川老街的守艺人（港城人物）\n" + lead + lines_dump([BODY, EARLIER])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["headline"], art["subheadline"]) == ("青川老街的守艺人（港城人物）", None)
    assert art["paragraphs"][0] == "".join(lead.split())


def test_a_kicker_wrapped_onto_a_short_line_stays_a_kicker_over_the_headline_in_a_line_dump():
    from conftest import lines_dump
    lead = "本报青川6月2日电 青川港务集团复工一周以来，三号泊位已恢复作业，集装箱装卸量逐日回升，港区运转基本恢复正常。"
    text = lines_dump([LEAD]) + "青川港务集团码头复工一\n周\n泊位复工\n" + lines_dump([lead, LEAD])
    page = baoku.restore(text)
    art = page.articles[-1]
    assert (art.kicker.text, art.headline.text) == ("青川港务集团码头复工一周", "泊位复工")


def test_a_shorter_marked_title_of_its_own_is_not_the_wrapped_end_of_the_one_before():
    # two side-by-side headlines of one size, the second shorter: a title's cut-off end is mostly a few
    # characters, not a title of its own
    page = baoku.restore("## 青川港新航线今日正式开通\n\n## 临江区邻里食堂开张\n\n" + LEAD + "\n\n" + BODY + "\n").to_json()
    heads = [a["headline"] for a in page["articles"]]
    assert "青川港新航线今日正式开通" in heads and "临江区邻里食堂开张" in heads


def test_a_short_cut_off_end_still_joins_its_title():
    page = baoku.restore("## 青川港至临江港新航线今日正式\n\n## 开通\n\n" + LEAD + "\n\n" + BODY + "\n").to_json()
    assert page["articles"][0]["headline"] == "青川港至临江港新航线今日正式开通"


def test_a_long_end_of_a_marked_title_cut_mid_phrase_still_joins_it():
    # the first line stops where no title ends and the second opens where no title starts: one title wrapped
    page = baoku.restore("## 临江区：望各街道社区向独居老人\n\n## 提供上门助餐服务\n\n本报青川6月2日电（记者 韩亦舒）"
                         "临江区日前发出倡议，希望各街道社区为独居老人提供上门助餐服务。\n\n倡议发出后，已有十二个社区开设了助餐点。\n")
    assert [a.headline.text for a in page.articles] == ["临江区：望各街道社区向独居老人提供上门助餐服务"]


def test_an_unmarked_line_under_a_dashed_subheadline_is_not_its_wrapped_end_by_edge_odds():
    # the edge-odds test that joins a long cut-off end to a marked title does not apply to unmarked lines
    page = baoku.restore("青川老街改造见闻（深度观察）\n\n——城市更新工作日现场扫描\n\n直奔老街了解实情\n\n本报记者 韩亦舒\n\n"
                         "清晨七点，青川市临江区老街的改造工地上，工人们已经开始忙碌。\n\n老街改造是青川市今年的民生实事之一。\n")
    assert page.articles[0].subheadline.text == "城市更新工作日现场扫描"


def test_the_title_of_a_packages_first_report_over_its_reporter_line_opens_the_body():
    page = baoku.restore("青川老街改造见闻（深度观察）\n\n——城市更新一线扫描\n\n走进老街看变化\n\n本报记者 韩亦舒\n\n"
                         "清晨七点，青川市临江区老街的改造工地上，工人们已经开始忙碌。\n\n老街改造是青川市今年的民生实事之一。\n")
    assert len(page.articles) == 1
    art = page.articles[0]
    assert (art.headline.text, art.subheadline.text) == ("青川老街改造见闻（深度观察）", "城市更新一线扫描")
    assert [p.text for p in art.paragraphs][:2] == ["走进老街看变化", "本报记者 韩亦舒"]


def test_an_unmarked_box_name_over_its_first_items_title_is_the_headline():
    # a box's name (城事速递) is never spoken of by the items under it, as a kicker (港务局) is by its story
    page = baoku.restore("城事速递\n\n临江区邻里食堂开张\n\n临江区首家邻里食堂日前开张，为社区老人提供午餐。\n\n（韩亦舒）\n\n"
                         "老街书房迎来周末读者\n\n周末，老街书房迎来不少读者，市民在书房里读书、借书。\n\n（宋嘉禾）\n")
    art = page.articles[0]
    assert (art.kicker, art.headline.text) == (None, "城事速递")
    assert [p.text for p in art.paragraphs][:1] == ["临江区邻里食堂开张"]
    page = baoku.restore("港务局\n\n新航线开通 出货更方便\n\n港务局日前宣布，青川港至临江港新航线今日开通，每周往返三班。\n")
    assert (page.articles[0].kicker.text, page.articles[0].headline.text) == ("港务局", "新航线开通 出货更方便")


def test_a_quoted_question_set_apart_in_a_story_stays_in_it():
    # “……？” on a line of its own is a question someone asked, however little the text after it shares
    page = baoku.restore(
        "## 老街改造工地的一天\n\n本报记者 韩亦舒\n\n清晨七点，青川市临江区老街的改造工地上，工人们已经开始忙碌，"
        "搅拌机的声音此起彼伏。\n\n老街改造是青川市今年的民生实事之一，改造范围包括老街沿线的道路、骑楼和排水管网。\n\n"
        "工地负责人林小舟说，骑楼的外立面要按原样修复，每一块砖都要编号，拆下来再按号砌回去。\n\n"
        "中午十二点，工人们在临时食堂吃午饭，饭菜是附近的邻里食堂送来的，两荤一素一汤。\n\n“这批砖明天能运到吗？”\n\n"
        "“窗口一共十八位同事，两位休假，别的都在岗。”\n\n七十岁的周阿婆在窗口补办社保卡，前后不到十分钟。\n")
    assert [a.headline.text for a in page.articles] == ["老街改造工地的一天"]
    assert "“这批砖明天能运到吗？”" in [p.text for p in page.articles[0].paragraphs]


def test_a_letters_signature_of_place_and_name_closes_the_letter():
    # readers' letters end with the writer's place and name: a paragraph of its own, no kicker or headline
    page = baoku.restore(
        "## 老街路灯何时亮\n\n编辑同志：\n\n青川市临江区老街的路灯坏了半年，居民夜里出行很不方便，盼着街道早点派人修好。\n\n"
        "青川市临江区 林小舟\n\n## 公交站台请加顶棚\n\n临江县汽车站附近的公交站台没有顶棚，雨天候车的乘客只能淋雨，"
        "建议加装顶棚。\n\n临江县 韩 舒\n")
    assert [(a.kicker, a.headline.text, a.paragraphs[-1].text) for a in page.articles] == [
        (None, "老街路灯何时亮", "青川市临江区 林小舟"), (None, "公交站台请加顶棚", "临江县 韩 舒")]


def test_a_letters_title_over_its_signature_stays_in_the_column_of_letters():
    # a column of short letters: each letter's title over its writer's place (a province's short name and a city's
    # without its suffix) and name, both paragraphs of the column's story, never a kicker and a headline
    page = baoku.restore(
        "## 市民论坛\n\n老街改造要听街坊的\n\n四川青川 林小舟\n\n老街改造方案公示后，不少街坊提出了意见，"
        "街道逐条作了答复。\n\n改造涉及千家万户，多听听街坊的意见，工程才能顺利推进。\n\n渡口的灯该修了\n\n"
        "浙江临江 韩 舒\n\n临江渡口的路灯坏了两盏，夜里上下船看不清台阶，盼着早日修好。\n")
    assert [a.headline.text for a in page.articles] == ["市民论坛"]
    assert [p.text for p in page.articles[0].paragraphs][:2] == ["老街改造要听街坊的", "四川青川 林小舟"]
    assert [p.text for p in page.articles[0].paragraphs][3:6] == ["改造涉及千家万户，多听听街坊的意见，工程才能顺利推进。",
                                                              "渡口的灯该修了", "浙江临江 韩 舒"]


def test_a_signed_letters_title_after_a_closing_note_heads_a_story():
    # after a story closed by its author's note, the title over a letter's signature heads the letter's own story
    page = baoku.restore(
        "## 老街书房的一天\n\n清晨八点，老街书房已经坐满了读者，不少人是附近的退休老人。\n\n"
        "（作者为本报记者）\n\n渡口的灯该修了\n\n浙江临江 韩 舒\n\n"
        "临江渡口的路灯坏了两盏，夜里上下船看不清台阶，盼着早日修好。\n")
    assert [a.headline.text for a in page.articles] == ["老街书房的一天", "渡口的灯该修了"]
    assert page.articles[1].paragraphs[0].text == "浙江临江 韩 舒"


def test_a_column_tagged_title_after_a_box_of_short_items_heads_a_story_of_its_own():
    page = baoku.restore(
        "## 城事速递\n\n临江区邻里食堂开张\n\n临江区首家邻里食堂日前开张，为社区老人提供午餐。\n\n"
        "老街书房迎来周末读者\n\n周末，老街书房迎来不少读者，市民在书房里读书、借书。\n\n"
        "老街路灯重新亮起（青川来信）\n\n老街的路灯坏了半年，居民来信反映后，有关部门很快修好了路灯。\n")
    assert [a.headline.text for a in page.articles] == ["城事速递", "老街路灯重新亮起（青川来信）"]
    assert "老街书房迎来周末读者" in [p.text for p in page.articles[0].paragraphs]


def test_a_photo_under_a_row_of_two_titles_goes_to_the_title_that_echoes_no_text():
    # XY-cut reads a photo's title and the headline beside it, then the photo (caption and credit), then the story
    page = baoku.restore(
        "图片报道\n\n青川老街书房迎来周末读者\n\n"
        "6月2日，临江区东湖公园的荷花竞相绽放，引来许多市民驻足观赏拍照。\n\n本报记者 韩亦舒摄\n\n"
        "本报青川6月2日电（记者 宋嘉禾）周末，老街书房迎来不少读者，市民在老街书房里读书、借书。\n\n"
        "老街书房管理员说，书房每周末举办一场读书分享会。\n").to_json()
    arts = {a["headline"]: "".join(a["paragraphs"]) for a in page["articles"]}
    assert arts["青川老街书房迎来周末读者"].startswith("本报青川6月2日电")
    assert "荷花竞相绽放" in arts["图片报道"]


def test_an_unmarked_title_whose_wrapped_end_is_marked_is_the_headline_over_the_line_under_it():
    # a converter may mark only a big title's short wrapped end: the title is still the marked field
    page = baoku.restore("青川港国际航运洽谈会暨航线合作\n\n## 大会\n\n2023年6月2日 青川\n\n" + LEAD + "\n\n" + BODY + "\n")
    art = page.articles[0]
    assert art.kicker is None
    assert art.headline.text == "青川港国际航运洽谈会暨航线合作大会"
    assert art.subheadline.text == "2023年6月2日 青川"


SUMMARY = "当前，青川城市书房建设进入快车道。书房的持续发展，有赖于服务设施的完善、阅读活动的供给"


@pytest.mark.parametrize("after, alone", [
    ("近几年，青川市各区新建城市书房四十余座，读者逐年增多。不少市民说，书房成了家门口的好去处。", True),
    ("等多方面的共同努力。近几年，青川市各区新建城市书房四十余座，读者逐年增多。", False)])
def test_a_stopless_summary_line_under_a_commentarys_headline_is_a_paragraph_of_its_own(after, alone):
    # a commentary opens with a summary line set apart (导语); text that goes on mid-sentence still joins it
    page = baoku.restore("## 让城市书房更有温度（青川时评）\n\n" + SUMMARY + "\n\n" + after + "\n\n"
                         "书房管理员说，下一步还将延长开放时间。\n")
    first = page.articles[0].paragraphs[0].text
    assert first == (SUMMARY if alone else SUMMARY + after)


def test_a_first_paragraph_cut_at_a_comma_is_no_summary_line():
    # a photo story's text cut at its column's foot after a comma goes on in the next column
    cut = "清晨六点，青川市临江区老街菜场已是人声鼎沸，青菜萝卜码得整整齐齐。这几年，临江区一直把菜场翻新列为为民办实事的头一件，"
    rest = "两年里翻新了十二座社区菜场，居民买菜更方便了。"
    page = baoku.restore("## 老街菜场换新颜\n\n" + cut + "\n\n" + rest + "\n")
    assert [p.text for p in page.articles[0].paragraphs] == [cut + rest]


def test_a_bulleted_item_after_a_stopless_line_opens_a_paragraph_of_its_own():
    head = "本报青川6月2日电 青川市政府6月2日召开常务会议，审议《青川市清水河流域综合治理三年行动方案》市长周启航主持会议"
    item = "■ 要把治理任务细化到河段、落实到岗位，以钉钉子精神抓好每一个项目。"
    page = baoku.restore("## 青川市政府召开常务会议\n\n" + head + "\n\n" + item + "\n")
    assert [p.text for p in page.articles[0].paragraphs] == [head, item]


def test_the_next_items_title_in_a_box_of_short_news_stays_in_the_box():
    page = baoku.restore("## 速览\n\n青川港集装箱吞吐量创新高\n\n本报电 今年前五个月，青川港集装箱吞吐量比上年多一成二，"
                         "创历年同期新高。\n\n（林小舟）\n\n临江区邻里食堂开张\n\n本报青川6月2日电（记者 韩亦舒）日前，临江区"
                         "首家邻里食堂开张，为社区老人提供午餐。\n")
    assert [a.headline.text for a in page.articles] == ["速览"]
    assert page.articles[0].paragraphs[3].text == "临江区邻里食堂开张"


def test_a_photos_title_as_a_box_name_does_not_take_the_title_after_its_caption():
    page = baoku.restore("## 图片报道\n\n6月2日，临江区东湖公园的荷花竞相绽放，引来许多市民驻足观赏。\n\n"
                         "临江区邻里食堂开张\n\n" + LEAD + "\n\n" + BODY + "\n")
    assert [a.headline.text for a in page.articles] == ["图片报道", "临江区邻里食堂开张"]


@pytest.mark.parametrize("text, heads, closing", [
    # the note naming a commentary's author (（作者为……）) ends the story, however close the next one's words
    ("## 让城市书房更有温度（青川时评）\n\n城市书房是市民身边的公共文化空间。近年来，青川市各区新建城市书房四十余座，"
     "读者逐年增多。\n\n书房要更有温度，就要在服务细节上多下功夫，延长开放时间，丰富阅读活动。\n\n（作者为青川大学教授）\n\n"
     "城市书房点亮市民夜晚\n\n夜幕降临，青川市临江区的城市书房灯火通明，不少市民在书房里读书、借书。\n\n"
     "书房管理员说，城市书房每周末举办一场读书分享会，读者越来越多。\n",
     ["让城市书房更有温度（青川时评）", "城市书房点亮市民夜晚"], "（作者为青川大学教授）"),
    # a graphic's credit (制图：……) closes its story, however close the next title's words are to it
    ("## 青川港集装箱吞吐量创新高（经济观察）\n\n今年前五个月，青川港集装箱吞吐量比上年多一成二，创历年同期新高，"
     "港口新开通航线六条。\n\n航线增多\n\n青川港今年新开通的六条航线通往沿海各大港口，企业出货更方便了。\n\n"
     "港务集团负责人说，青川港将继续扩建码头，增开航线，服务沿线企业。\n\n制图：林小舟\n\n"
     "航线多了 企业出货更方便\n\n在青川港码头，一位货运公司老板说，港口航线多了，企业出货更方便，运费也降了。\n\n"
     "今年，青川港还将开通两条航线，服务更多企业。\n",
     ["青川港集装箱吞吐量创新高（经济观察）", "航线多了 企业出货更方便"], "制图：林小舟"),
])
def test_a_title_after_a_storys_closing_note_or_credit_heads_a_new_story(text, heads, closing):
    page = baoku.restore(text)
    assert [a.headline.text for a in page.articles] == heads
    assert page.articles[0].paragraphs[-1].text == closing


def test_a_story_closed_by_its_graphic_credit_takes_no_paragraph_back_from_the_next_story():
    # a credit (制图：林小舟) ends on a name, not mid-sentence: the next story keeps its paragraphs
    page = baoku.restore(
        "## 青川港集装箱吞吐量创新高（经济观察）\n\n今年前五个月，青川港集装箱吞吐量比上年多一成二，创历年同期新高，"
        "港口新开通航线六条。\n\n航线增多\n\n青川港今年新开通的六条航线通往沿海各大港口，企业出货更方便了。\n\n"
        "港务集团负责人说，青川港将继续扩建码头，增开航线，服务沿线企业。\n\n制图：林小舟\n\n"
        "航线多了 企业出货更方便\n\n在青川港码头，一位货运公司老板说，港口航线多了，企业出货更方便，运费也降了。\n\n"
        "港务集团负责人说，青川港今年还将开通两条航线，服务更多企业。\n")
    assert page.articles[0].paragraphs[-1].text == "制图：林小舟"
    assert len(page.articles[1].paragraphs) == 2


def test_a_longer_lead_in_with_a_dash_after_an_earlier_one_stays_a_crosshead_of_the_series():
    # parts of a story introduced by who speaks (居民—— / ……, 临江区管委会主任—— / ……): the second, longer
    # lead-in is the series' next crosshead, not a kicker over a new story
    page = baoku.restore(
        "## 青川老街改造进入收尾阶段\n\n眼下，青川老街改造工程进入收尾阶段，老街的道路、"
        "骑楼和排水管网已基本改造完成。\n\n老街改造是青川市今年的民生实事之一，改造范围包括老街沿线的道路和骑楼。\n\n"
        "居民——\n\n老街改造让生活更方便\n\n家住老街的居民说，老街改造后道路平整了，骑楼也修好了，出门买菜方便了。\n\n"
        "临江区管委会主任——\n\n老街改造将在年底前全部完成\n\n临江区管委会主任表示，老街改造剩余的骑楼工程将在年底前全部完成。\n")
    assert len(page.articles) == 1
    assert "临江区管委会主任——" in [p.text for p in page.articles[0].paragraphs]


def test_a_caption_credited_as_a_photo_report_and_its_credit_are_the_storys_text():
    page = baoku.restore("## 老街书房迎来周末读者\n\n周末，青川老街书房迎来不少读者，市民在书房里读书、借书。\n\n"
                         "书房管理员说，书房每周末举办一场读书分享会，读者越来越多。\n\n图为6月2日，读者在老街书房里挑选图书。\n\n本报记者 韩亦舒摄影报道\n")
    art = page.articles[0]
    assert [p.text for p in art.paragraphs][2:] == ["图为6月2日，读者在老街书房里挑选图书。", "本报记者 韩亦舒摄影报道"]
    assert art.captions == []


def test_a_title_after_an_author_note_in_a_package_with_crossheads_stays_its_next_part():
    # a package of signed pieces under one headline: each part has a title and ends with its author's note
    page = baoku.restore(
        "## 共话城市书房（青川论坛）\n\n城市书房是市民身边的公共文化空间，近年来青川市各区新建城市书房四十余座。\n\n"
        "书房让阅读更方便\n\n城市书房开在家门口，市民读书、借书更方便了，书房的读者逐年增多。\n\n（作者为青川大学教授）\n\n"
        "书房让城市更温暖\n\n城市书房的灯光温暖了夜归的市民，书房每周末举办读书分享会。\n\n（作者为临江区图书馆馆长）\n")
    assert [a.headline.text for a in page.articles] == ["共话城市书房（青川论坛）"]
    assert "书房让城市更温暖" in [p.text for p in page.articles[0].paragraphs]


def test_a_line_after_an_author_note_closing_a_commentary_with_crossheads_heads_a_story_in_a_line_dump():
    # a signed commentary with crossheads, then one line over a report on the same subject: the story before
    # ends with its author's note, so the line is the report's title, not one more crosshead
    from conftest import lines_dump
    parts = [["青川市近年来新建城市书房四十余座，书房开在市民家门口，市民读书、借书比过去方便多了，书房的读者也逐年增多。",
              "可走进书房的人多了，书房怎样留住读者，让读者爱上书房，是每个书房都要回答的问题。"],
             ["不少书房晚上九点就关门，下班晚的市民常常赶不上。书房要更有温度，就要延长开放时间，让夜归的市民也能进来坐一坐。",
              "临江区的做法值得借鉴：区里的书房每晚开到十点，周末全天开放，读者比过去多了一倍。"],
             ["书房不只是借书的地方。书房每周末可以举办读书分享会，请作家和读者面对面交流，让更多市民走进书房、爱上阅读。",
              "书房的温度，在灯光里，也在一场场读书活动里。"]]
    report = ["临江区的城市书房日前开始延长开放时间，每晚开到十点，不少市民下班后来书房读书、借书。",
              "书房管理员说，延长开放时间后，晚上的读者比过去多了一倍，周末的读书分享会也场场满座。"]
    text = ("让城市书房更有温度（青川时评）\n" + lines_dump(parts[0]) + "延长开放时间\n" + lines_dump(parts[1])
            + "丰富阅读活动\n" + lines_dump(parts[2]) + "（作者为青川大学教授）\n城市书房点亮市民夜晚\n"
            + lines_dump(report))
    arts = baoku.restore(text).to_json()["articles"]
    assert [a["headline"] for a in arts] == ["让城市书房更有温度（青川时评）", "城市书房点亮市民夜晚"]
    assert arts[0]["paragraphs"][-1] == "（作者为青川大学教授）" and arts[1]["paragraphs"] == report


_OLD_STREET_NEXT = ("（本报记者林小舟、韩亦舒）\n\n老街改造怎样留住老味道\n\n——来自青川市三个街道的观察\n\n"
                    "近年来，青川市持续推进老街改造，三个街道的做法各有特色，居民满意度不断提升。\n\n"
                    "调研发现，改造前充分听取居民意见，是老街改造成功的关键。\n")


@pytest.mark.parametrize("story", [
    "青川市老街改造工程日前完工，街道两旁的老房子修缮一新，居民出行更加方便。\n\n"
    "改造中，施工方保留了老街的青石板路和骑楼，还新建了三处口袋公园。\n\n街坊们说，老街既有了新模样，也留住了"
    "老味道。\n\n",
    "青川市老街改造工程日前完工，街道两旁的老房子修缮一新，居民出行更加方便。\n\n"
    "留住老味道\n\n改造中，施工方保留了老街的青石板路和骑楼，还新建了三处口袋公园。\n\n"
    "增添新功能\n\n老街新开了社区食堂和书房，街坊们说，老街既有了新模样，也有了新去处。\n\n"], ids=["plain", "crossheads"])
def test_a_title_over_its_dashed_subheadline_after_an_author_note_heads_a_story_of_its_own(story):
    # the story before ends with its reporters' note: a title and a ——subheadline under it open the next story,
    # crossheads in the story before (no package of signed pieces) or not
    page = baoku.restore("# 青川老街换新颜\n\n" + story + _OLD_STREET_NEXT)
    assert [(a.headline.text, a.subheadline and a.subheadline.text) for a in page.articles] == [
        ("青川老街换新颜", None), ("老街改造怎样留住老味道", "来自青川市三个街道的观察")]


def test_a_line_after_a_story_closed_by_its_own_dateline_heads_a_story_of_its_own():
    # a correspondent's story closes with its dateline in brackets: the unmarked line after it is the next title
    page = baoku.restore(
        "# 青川港口岸货运量稳步增长\n\n今年以来，青川港口岸货运量稳步增长，前五个月完成货物吞吐量比上年同期多一成。"
        "港口新开通的三条航线运行平稳，往来船舶明显增多。\n\n"
        "港务集团负责人林启航介绍，口岸通关时间进一步压缩，企业办理手续更加便利。\n\n（本报青川6月2日电）\n\n"
        "临江老街迎来首批游客\n\n改造一新的临江老街日前开街，首批游客在青石板路上漫步，老街的骑楼、茶馆吸引不少市民驻足。"
        "\n\n老街管委会表示，将继续完善老街的配套设施，让游客玩得更舒心。\n")
    assert [a.headline.text for a in page.articles] == ["青川港口岸货运量稳步增长", "临江老街迎来首批游客"]
    assert page.articles[1].paragraphs[0].text.startswith("改造一新的临江老街")


def test_a_line_after_a_closing_dateline_in_a_story_with_crossheads_is_left_to_the_crosshead_model():
    # a package's parts, each under a crosshead, the last closed by its dateline: the next crosshead stays in it
    page = baoku.restore(
        "## 端午时节粽飘香（节日走基层）\n\n端午节前，本报记者走进青川市各区县，记录群众欢度佳节的热闹场景。\n\n"
        "龙舟竞渡展风采\n\n临江区的龙舟赛吸引上千名群众观看，十二支龙舟队在江面上你追我赶，岸边加油声此起彼伏。\n\n"
        "参赛队员林启航说，大家训练了一个多月，就为在端午节赛出好成绩。\n\n（本报记者韩亦舒）\n\n"
        "巧手包粽传手艺\n\n青禾县的社区里，老人们手把手教孩子包粽子，粽叶的清香飘满小院。\n\n"
        "社区负责人周启明说，包粽子的活动让传统手艺代代相传。\n\n（本报青禾6月2日电）\n\n"
        "粽香里的乡愁\n\n端午的粽子，包着乡愁，也包着对美好生活的期盼。每到端午，在外打拼的游子总会想起家乡的粽香。\n")
    assert [a.headline.text for a in page.articles] == ["端午时节粽飘香（节日走基层）"]
    assert "粽香里的乡愁" in [p.text for p in page.articles[0].paragraphs]


def test_two_lines_after_an_item_in_a_box_of_short_news_head_a_story_of_their_own():
    page = baoku.restore("## 速览\n\n青川港集装箱吞吐量创新高\n\n本报电 今年前五个月，青川港集装箱吞吐量比上年多一成二，"
                         "创历年同期新高。\n\n（林小舟）\n\n线上下单 送菜上门\n\n临江区社区团购受青睐\n\n"
                         "临江区不少社区开通了线上团购，市民下单后，蔬菜当天就能送到家门口。\n")
    assert kickers_and_headlines(page) == [
        (None, "速览"), ("线上下单 送菜上门", "临江区社区团购受青睐")]


def test_a_stopless_line_under_a_photos_title_is_its_caption_cut_at_a_column_not_a_summary_line():
    cut, rest = "6月2日，青川市临江区的城市书房正加紧布置。截至二日", "晚，已有十一家城市书房开门迎客。"
    page = baoku.restore("## 图片报道\n\n" + cut + "\n\n" + rest + "\n\n本报记者 韩亦舒摄影报道\n")
    assert page.articles[0].paragraphs[0].text == cut + rest


def test_an_authors_name_under_a_parts_title_is_a_paragraph_of_its_own_in_markdown():
    # a package of short signed pieces: each part's title, its author's name alone, then its text
    page = baoku.restore(
        "## 老街改造怎么改（街坊说）\n\n青川老街改造二期即将启动，本版邀请几位街坊谈谈心里话。\n\n"
        "骑楼要修旧如旧\n\n林小舟\n\n老街的骑楼有上百年历史，修缮时要用老砖老瓦，让骑楼还是原来的模样。\n\n"
        "老字号要留得住\n\n周启明\n\n老字号是老街的魂，改造后租金不能涨得太快，让老字号留在老街。\n")
    paras = [p.text for p in page.articles[0].paragraphs]
    assert paras[1:3] == ["骑楼要修旧如旧", "林小舟"] and paras[4:6] == ["老字号要留得住", "周启明"]


def test_a_title_with_its_authors_line_after_an_author_note_is_left_to_the_crosshead_model():
    # a package's part carries its author's line under its title: the author's note before it does not force
    # a new story
    page = baoku.restore(
        "## 共话城市书房（青川论坛）\n\n城市书房是市民身边的公共文化空间，近年来青川市各区新建城市书房四十余座，书房的读者"
        "逐年增多，市民读书、借书更方便了。\n\n（作者为青川大学教授，本报记者林小舟采访整理）\n\n书房让城市更温暖\n\n"
        "（临江区）韩亦舒\n\n城市书房的灯光温暖了夜归的市民，书房每周末举办读书分享会，市民读书、借书更方便了。\n")
    assert [a.headline.text for a in page.articles] == ["共话城市书房（青川论坛）"]


def test_two_lines_over_an_items_sourced_text_in_a_box_are_left_to_the_crosshead_model():
    page = baoku.restore("## 速览\n\n青川港集装箱吞吐量创新高\n\n本报电 今年前五个月，青川港集装箱吞吐量比上年多一成二，"
                         "创历年同期新高。\n\n（林小舟）\n\n临江区邻里食堂\n\n开张\n\n本报电 日前，临江区首家邻里食堂开张，"
                         "为社区老人提供午餐。\n\n（韩亦舒）\n")
    assert [a.headline.text for a in page.articles] == ["速览"]


@pytest.mark.parametrize("before, after", [
    ("12.6万", "市民走进城市书房读书、借书，书房的读者逐年增多。"),
    ("截至目前，青川市共收到市民来信3万多件，发放奖励1500多万元", "40余起")])
def test_a_figure_called_out_alone_is_a_paragraph_of_its_own(before, after):
    page = baoku.restore("## 青川港吞吐量创新高\n\n" + before + "\n\n" + after + "\n")
    assert [p.text for p in page.articles[0].paragraphs] == [before, after]


def test_the_caption_and_credit_closing_a_short_undated_story_are_its_text():
    # a photo feature: two short paragraphs with no dateline, then the photo's caption and its credit
    text = ["清晨，青川市临江公园的步道上，市民们沿江慢跑、打拳，迎着朝阳开始新的一天。",
            "据介绍，临江公园去年完成改造，新修步道三公里，每天有上千名市民来这里锻炼身体。",
            "图为市民在江边晨练。", "林小舟摄"]
    page = baoku.restore("## 江畔晨练\n\n" + "\n\n".join(text) + "\n\n## 青川港新航线开通\n\n"
                         "本报青川6月1日电 青川港至临江港的新航线1日开通，每日往返四班。\n")
    assert [p.text for p in page.articles[0].paragraphs] == text and not page.photos


def test_bare_digits_cut_from_a_phone_number_are_not_a_figure_called_out():
    from baoku.restore.roles import is_figure
    assert is_figure("12.6万") and is_figure("40余起") and is_figure("826门") and is_figure("1234567余万元")
    assert not is_figure("4009678920") and not is_figure("67440033")


def test_a_letters_closing_after_a_stopless_line_is_a_paragraph_of_its_own():
    line = "今年的老街灯会摊位最多、游人最多，头一回把灯会办到了清水河两岸……盼着明年回乡时，再陪爸妈逛一回老街灯会"
    page = baoku.restore("## 写给家乡的一封信\n\n家乡的变化，我们都看在眼里。这些年，青川的道路宽了，老街美了。\n\n" + line +
                         "\n\n敬礼！\n")
    assert [p.text for p in page.articles[0].paragraphs][-2:] == [line, "敬礼！"]


def test_a_row_of_kickers_over_one_headline_gives_the_next_headline_its_kicker():
    # XY-cut order: the kickers of two stories side by side, the first story's headline and body, then the
    # second story's headline (set lower) and body
    page = baoku.restore(
        "老街改造工地——\n\n清水河湿地公园——\n\n## 守住老街的烟火气\n\n"
        "本报青川6月2日电 林秋生来到老街改造工地，察看老房子修缮和老字号招牌保护情况。\n\n"
        "# 护好候鸟的越冬地\n\n"
        "本报青川6月2日电 周启明来到清水河湿地公园，察看候鸟越冬地保护情况。\n")
    assert kickers_and_headlines(page) == [
        ("老街改造工地——", "守住老街的烟火气"), ("清水河湿地公园——", "护好候鸟的越冬地")]


def test_a_waiting_kicker_goes_to_no_lone_headline_whose_text_speaks_of_it_alone():
    # as above, but the next headline's text speaks of that headline and never of the kicker left waiting: the
    # headline is whole alone, and the kicker stays with the story it came with
    page = baoku.restore(
        "老街改造工地——\n\n清水河湿地公园——\n\n## 守住老街的烟火气\n\n"
        "本报青川6月2日电 林秋生来到老街改造工地，察看老房子修缮和老字号招牌保护情况。\n\n"
        "# 青川港新航线开通\n\n"
        "本报青川6月2日电 青川港新航线今天开通，新航线每周往返两班。\n")
    assert kickers_and_headlines(page)[1] == (None, "青川港新航线开通")


def test_of_a_row_of_kickers_the_story_under_the_run_takes_the_one_it_echoes():
    # the row read in another order than the headlines: the story under the first headline speaks of the second
    page = baoku.restore(
        "清水河湿地公园——\n\n老街改造工地——\n\n## 守住老街的烟火气\n\n"
        "本报青川6月2日电 林秋生来到老街改造工地，察看老房子修缮和老字号招牌保护情况。\n\n"
        "# 护好候鸟的越冬地\n\n"
        "本报青川6月2日电 周启明来到清水河湿地公园，察看候鸟越冬地保护情况。\n")
    assert kickers_and_headlines(page) == [
        ("老街改造工地——", "守住老街的烟火气"), ("清水河湿地公园——", "护好候鸟的越冬地")]


def test_two_dashed_kickers_read_a_line_of_each_in_turn_are_each_made_whole():
    # XY-cut order: the first lines of two kickers set side by side, then their ends, then the headlines
    page = baoku.restore(
        "临江区副区长韩亦\n\n青川港务局局长岑望\n\n舒——\n\n川——\n\n## 老街夜市重开\n\n"
        "本报青川6月2日电 临江区副区长韩亦舒来到老街，察看夜市摊位设置和消防通道情况。\n\n"
        "## 新航线开通\n\n"
        "本报青川6月2日电 青川港务局局长岑望川来到二号码头，察看新航线首航准备情况。\n")
    assert kickers_and_headlines(page) == [
        ("临江区副区长韩亦舒——", "老街夜市重开"), ("青川港务局局长岑望川——", "新航线开通")]


def test_a_rows_kicker_waits_past_a_story_with_a_dashed_kicker_of_its_own():
    # XY-cut order: a row of two kickers over the first story, a story with its own kicker, then the headline
    # that the row's second kicker belongs to
    page = baoku.restore(
        "老街改造工地——\n\n清水河湿地公园——\n\n## 守住老街的烟火气\n\n"
        "本报青川6月2日电 林秋生来到老街改造工地，察看老房子修缮和老字号招牌保护情况。\n\n"
        "城市书房——\n\n## 周末读者逾千人\n\n"
        "本报青川6月2日电 临江区城市书房周末迎来读者一千二百人次，市民在书房借书读书。\n\n"
        "## 护好候鸟的越冬地\n\n"
        "本报青川6月2日电 周启明来到清水河湿地公园，察看候鸟越冬地保护情况。\n")
    assert kickers_and_headlines(page) == [
        ("老街改造工地——", "守住老街的烟火气"), ("城市书房——", "周末读者逾千人"),
        ("清水河湿地公园——", "护好候鸟的越冬地")]


PORT = "本报讯（记者 王明远）6月2日，青川港新航线开通，首批集装箱班轮从二号码头启航，驶向沿海港口。"
PORT_MORE = "青川港新航线每周往返两班，港务集团说，新航线开通以后，青川港集装箱班轮航线增至二十条。"


def test_a_second_headline_that_the_story_under_the_run_never_speaks_of_is_no_subheadline():
    # XY-cut reads two headlines set side by side one after the other, then the first one's story
    page = baoku.restore("## 青川港新航线开通\n\n临江区邻里食堂开张\n\n" + PORT + "\n\n" + PORT_MORE + "\n")
    heads = [(a.headline.text, a.subheadline and a.subheadline.text) for a in page.articles]
    assert ("青川港新航线开通", None) in heads and ("临江区邻里食堂开张", None) in heads
    port = next(a for a in page.articles if a.headline.text == "青川港新航线开通")
    assert [p.text for p in port.paragraphs] == [PORT, PORT_MORE]


NIGHT = "本报讯（记者 林小舟）临江区老街夜市6月2日重新开张，夜市新设摊位一百二十个，青川夜市管理办法同日施行。"
NIGHT_MORE = "夜市重开首晚，老街客流逾两万人次，摊主们说，夜市重开以后生意好做多了。"


def test_a_plain_line_under_a_column_tagged_headline_that_the_story_speaks_of_less_is_another_storys_title():
    # the story under the run speaks a little of the line (临江区, 开张) but more of the tagged headline; the
    # line's own story comes later, its text read at the end of another story: it shares no text as a headline
    # of a row would, neither this story's nor the next one's (whose headline its text does not echo)
    water = "云岭县自来水厂加强出厂检测，每天化验两次，确保居民用上放心的自来水。"
    canteen = "本报讯（记者 王明远）临江区首家邻里食堂开张，老人凭卡用餐可享八折优惠，食堂每天供应午餐和晚餐。"
    page = baoku.restore("## 青川夜市重开（民生观察）\n\n临江区邻里食堂开张\n\n" + NIGHT + "\n\n" + NIGHT_MORE
                         + "\n\n## 严检测 保供水\n\n" + water + "\n\n" + canteen + "\n")
    assert [(a.headline.text, a.subheadline, [p.text for p in a.paragraphs]) for a in page.articles] == [
        ("青川夜市重开（民生观察）", None, [NIGHT, NIGHT_MORE]), ("临江区邻里食堂开张", None, [canteen]),
        ("严检测 保供水", None, [water])]


def test_another_storys_two_title_lines_under_a_column_tagged_headline_stay_two_fields():
    page = baoku.restore("## 青川夜市重开（民生观察）\n\n临江区首家邻里食堂开张\n\n老人凭卡用餐可享八折\n\n"
                         + NIGHT + "\n\n" + NIGHT_MORE + "\n")
    night, canteen = page.articles
    assert (night.headline.text, night.subheadline, len(night.paragraphs)) == ("青川夜市重开（民生观察）", None, 2)
    fields = {f.text for f in (canteen.kicker, canteen.headline, canteen.subheadline) if f}
    assert fields == {"临江区首家邻里食堂开张", "老人凭卡用餐可享八折"}


def test_a_kicker_the_story_never_speaks_of_goes_with_the_title_parted_from_its_headline():
    # XY-cut order: the kicker of a story set beside this one, this headline, that story's title, this text
    page = baoku.restore("港务集团董事长周启明——\n\n## 老街夜市重开\n\n新航线开通（港城观察）\n\n"
                         + NIGHT + "\n\n" + NIGHT_MORE + "\n")
    assert [(a.kicker and a.kicker.text, a.headline.text, len(a.paragraphs)) for a in page.articles] == [
        (None, "老街夜市重开", 2), ("港务集团董事长周启明——", "新航线开通（港城观察）", 0)]


HARBOUR = "本报讯（记者 王明远）今年前五个月，青川港货物吞吐量同比增长一成二，新航线开通以后，港口的集装箱运量又创了新高。"
LAMP = "6月2日，临江区老街灯会试灯，游人在灯下拍照留念。"


def _harbour_page(between: str) -> list[tuple]:
    page = baoku.restore("青川港新航线开通\n\n" + between + "\n\n# 港口吞吐量再创新高\n\n" + HARBOUR + "\n\n"
                         "## 夜市重开\n\n夜市重开首晚，摊主们说，生意好做多了。\n\n" + LAMP + "\n")
    return [(a.kicker and a.kicker.text, a.headline.text, [p.text for p in a.paragraphs]) for a in page.articles]


def test_a_title_read_between_a_kicker_and_its_headline_that_the_text_never_speaks_of_is_another_storys():
    # XY-cut order: the kicker, a photo story's title set beside, the headline; the photo's caption comes later
    assert _harbour_page("老街灯会待客来") == [
        ("青川港新航线开通", "港口吞吐量再创新高", [HARBOUR]), (None, "老街灯会待客来", [LAMP]),
        (None, "夜市重开", ["夜市重开首晚，摊主们说，生意好做多了。"])]


def test_a_line_ending_like_a_kicker_between_a_kicker_and_its_headline_is_no_other_storys_title():
    arts = _harbour_page("市交通运输局局长林秋生在会上强调")
    assert [head for _, head, _ in arts] == ["港口吞吐量再创新高", "夜市重开"]
    assert arts[0][0] == "市交通运输局局长林秋生在会上强调"


LANTERN = ["本报讯（记者 林小舟）6月2日晚，临江区老街灯会开幕，老街两侧挂起三千盏花灯，游人在灯下拍照留念。",
           "老街灯会将持续到月底，每晚六点亮灯，老街的商户也延长了营业时间。"]
BOOKS = ["本报讯（记者 周启明）青川市城市书房今年将新建八个，让市民在家门口就能借书读书。",
         "市图书馆说，城市书房的图书按月更换，市民办一张读者证就能借阅。"]
FERRY = ["本报讯（记者 王明远）6月2日起，青川渡轮夜航延长至午夜，方便市民夜间往返两岸。",
         "渡轮公司说，夜航延长以后，每晚新增四个班次，票价不变。"]


def test_a_kicker_and_title_over_a_tagged_headline_that_the_text_never_speaks_of_are_another_storys():
    # XY-cut order: another story's kicker and title over this marked headline; that story's text comes later
    page = baoku.restore("市民往返两岸更方便了\n\n渡轮夜航延长至午夜\n\n## 老街灯会待客来（城市观察）\n\n"
                         + "\n\n".join(LANTERN) + "\n\n## 城市书房今年新建八个\n\n" + "\n\n".join(BOOKS + FERRY) + "\n")
    assert [(a.kicker and a.kicker.text, a.headline.text, [p.text for p in a.paragraphs]) for a in page.articles] == [
        (None, "老街灯会待客来（城市观察）", LANTERN), ("市民往返两岸更方便了", "渡轮夜航延长至午夜", FERRY),
        (None, "城市书房今年新建八个", BOOKS)]


def test_a_headline_cut_from_its_story_takes_the_longer_line_over_that_story_as_its_subheadline():
    page = baoku.restore(
        "## 青川港新航线开通\n\n青川规范夜市管理\n\n" + PORT + "\n\n" + PORT_MORE + "\n\n"
        "拟通过划定摊位与时段整治夜市占道经营\n\n"
        "本报讯（记者 林小舟）青川规范夜市管理，临江区夜市将划定摊位与经营时段，整治夜市占道经营。\n")
    heads = [(a.headline.text, a.subheadline and a.subheadline.text) for a in page.articles]
    assert heads == [("青川港新航线开通", None), ("青川规范夜市管理", "拟通过划定摊位与时段整治夜市占道经营")]
    assert page.articles[1].paragraphs[0].text.startswith("本报讯（记者 林小舟）")


def test_a_kicker_saying_who_spoke_that_closes_a_run_heads_the_next_headline():
    # XY-cut order: a headline and its subheadline, then the next story's kicker, then the first story's text
    page = baoku.restore(
        "## 青川港新航线开通\n\n港务集团董事长周启明出席\n\n林秋生在全市文明城市创建大会上强调\n\n"
        "本报讯（记者 王明远）6月2日，青川港新航线开通，港务集团董事长周启明出席开通仪式。\n\n"
        "持续巩固文明城市创建成果\n\n"
        "本报讯（记者 林小舟）6月2日，全市文明城市创建大会召开。林秋生强调，要持续巩固创建成果。\n")
    assert [(a.kicker and a.kicker.text, a.headline.text, a.subheadline and a.subheadline.text)
            for a in page.articles] == [
        (None, "青川港新航线开通", "港务集团董事长周启明出席"),
        ("林秋生在全市文明城市创建大会上强调", "持续巩固文明城市创建成果", None)]


def test_the_text_over_the_pages_first_headline_that_its_story_goes_on_with_is_that_storys_start():
    # XY-cut read the story's first column before its headline; the text under the headline ends the sentence
    page = baoku.restore(
        "青川老街改造首期工程上月完工。\n\n"
        "二十多家老字号重新开张，街坊们说，老街的石板路修好了，骑楼也修好了，临街的铺面也都开了门，老街的\n\n"
        "## 守住老街的烟火气\n\n"
        "烟火气也回来了。老街改造二期工程明年开工。\n")
    assert [(a.headline.text, [p.text for p in a.paragraphs]) for a in page.articles] == [
        ("守住老街的烟火气", ["青川老街改造首期工程上月完工。",
                         "二十多家老字号重新开张，街坊们说，老街的石板路修好了，骑楼也修好了，临街的铺面也都开了门，"
                         "老街的烟火气也回来了。"
                         "老街改造二期工程明年开工。"])]


def test_a_dashed_kicker_read_with_its_storys_first_column_before_the_headline_goes_over_that_headline():
    # XY-cut read the kicker, then the story's first column, cut mid-sentence, then the headline
    page = baoku.restore(
        "青川市各街道书房迎来首批读者——\n\n"
        "本报青川6月2日电 青川市首批二十座街道书房2日同时开放。各街道书房每天开放十二小时，市民凭身份证即可借书。\n\n"
        "临江区老街书房开门不到一小时，就迎来了五十多位读者。退休教师林小舟一早就来到书房，他说，书房离家只有几分钟路程，"
        "今后每天都要来这里\n\n"
        "# 城市书房开进老街\n\n"
        "读书看报。\n\n青川市文化局表示，全市明年将再建三十座街道书房。\n")
    assert [(a.kicker and a.kicker.text, a.headline.text, [p.text[-6:] for p in a.paragraphs])
            for a in page.articles] == [
        ("青川市各街道书房迎来首批读者——", "城市书房开进老街", ["证即可借书。", "里读书看报。", "座街道书房。"])]


def test_a_row_of_two_kickers_read_with_the_first_column_before_a_marked_headline_goes_to_two_headlines():
    # XY-cut read the row of kickers, the first story's first column, cut mid-sentence, then its headline
    page = baoku.restore(
        "临江区推进港区改造\n\n三年建成现代化港区\n\n"
        "本报青川6月2日电 临江区港区改造工程2日启动，改造后港区年吞吐能力将提高三成。\n\n"
        "港务集团介绍，首期工程投资十二亿元，新建五个深水泊位和一座集装箱堆场，港区道路也将全部拓宽，其中新码头将在\n\n"
        "# 新码头年内开工\n\n年内开工建设，明年建成投用。\n\n港区改造还将新建一座客运中心。\n\n"
        "## 渡轮夜航延长至午夜\n\n"
        "本报青川6月2日电 三年内，青川渡轮将全部更新，夜航延长至午夜，方便市民夜间往返两岸。\n")
    assert [(a.kicker and a.kicker.text, a.headline.text, len(a.paragraphs)) for a in page.articles] == [
        ("临江区推进港区改造", "新码头年内开工", 3), ("三年建成现代化港区", "渡轮夜航延长至午夜", 1)]


def test_a_summary_box_over_the_pages_first_headline_is_that_storys_start():
    # XY-cut read the box set under the title first; its text ends with a stop, so no cut sentence ties it on
    page = baoku.restore(
        "核心阅读\n\n"
        "青禾县把闲置的粮站改成了乡村书屋，村民农闲时常来这里借书看报。\n\n"
        "## 粮站里飘出书香\n\n"
        "本报青川6月2日电（记者 林小舟）走进青禾县旧粮站，一排排书架取代了当年的粮囤。\n")
    assert [(a.headline.text, [p.text[:4] for p in a.paragraphs]) for a in page.articles] == [
        ("粮站里飘出书香", ["核心阅读", "青禾县把", "本报青川"])]


def test_an_open_line_over_the_pages_first_headline_with_no_finished_paragraph_stays_apart():
    # a long kicker cut by the converter reads so too: only a column of prose is a story's start
    page = baoku.restore(
        "二十多家老字号重新开张，街坊们说，老街的石板路修好了，骑楼也修好了，临街的铺面也都开了门，老街的\n\n"
        "## 守住老街的烟火气\n\n"
        "烟火气也回来了。老街改造二期工程明年开工。\n")
    assert [a.headline and a.headline.text for a in page.articles] == [None, "守住老街的烟火气"]


OLD_STREET = ("老街改造，改的是房子，留的是街坊。青石板路和骑楼是老街的记忆，也是老街的味道。",
              "老街的味道要留住，老街改造就要多听街坊的意见。")
WETLAND = ("入冬以来，清水河湿地公园迎来大批越冬候鸟，白鹭、灰鹤在浅滩上觅食。", "湿地公园管理处说，今年越冬候鸟数量比去年多三成。")


def test_of_two_titles_with_column_tags_read_one_after_the_other_the_story_under_them_takes_the_one_it_echoes():
    # XY-cut reads a commentary's title just before the title of the story set beside it: a kicker carries no tag
    page = baoku.restore("老街的味道要留住（青川观察）\n\n湿地公园的候鸟多了（城事漫谈）\n\n" + "\n\n".join(WETLAND) + "\n")
    assert [(a.kicker, a.headline.text, [p.text for p in a.paragraphs]) for a in page.articles] == [
        (None, "老街的味道要留住（青川观察）", []), (None, "湿地公园的候鸟多了（城事漫谈）", list(WETLAND))]


def test_a_column_tagged_title_read_before_another_storys_headline_heads_the_text_that_echoes_it():
    page = baoku.restore(
        "老街的味道要留住（青川观察）\n\n清水河湿地公园迎来越冬候鸟\n\n——今冬候鸟比去年多三成\n\n"
        + "\n\n".join(OLD_STREET) + "\n\n多\n\n本报讯（记者 周启明）" + "\n\n".join(WETLAND) + "\n")
    heads = {a.headline.text: a for a in page.articles}
    street = heads["老街的味道要留住（青川观察）"]
    assert street.kicker is None and [p.text for p in street.paragraphs] == list(OLD_STREET)
    assert heads["清水河湿地公园迎来越冬候鸟"].subheadline.text == "今冬候鸟比去年多三成"


def test_a_bodiless_headline_takes_a_whole_body_whose_own_title_its_text_never_echoes():
    # the stray line 多 (the cut-off end of a title) reads as the headline of the story's lead and text
    page = baoku.restore(
        "老街的味道要留住（青川观察）\n\n清水河湿地公园迎来越冬候鸟\n\n——今冬候鸟比去年多三成\n\n"
        + "\n\n".join(OLD_STREET) + "\n\n多\n\n本报讯（记者 周启明）" + "\n\n".join(WETLAND) + "\n")
    heads = {a.headline.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert heads["清水河湿地公园迎来越冬候鸟"] == ["本报讯（记者 周启明）" + WETLAND[0], WETLAND[1]]
    assert heads["多"] == []


def test_a_short_line_wrapped_itself_opens_the_headline_under_a_long_kicker():
    # 城市书房网络初 / 步建成: the short line goes on in the next, so it is a full line of a larger title
    text = EARLIER + "\n\n全市街道城市书房覆盖率达百分之九十五\n\n城市书房网络初\n\n步建成\n\n" + LEAD + "\n"
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"]) == ("全市街道城市书房覆盖率达百分之九十五", "城市书房网络初步建成")


def test_of_two_wrapped_unmarked_fields_the_one_with_fewer_characters_a_line_is_the_headline():
    # the headline's larger type fills the measure with fewer characters than the subheadline's smaller type
    text = EARLIER + "\n\n青川新建城市书房一百\n\n二十座\n\n全市街道书房覆盖率达到九十\n\n五\n\n" + LEAD + "\n"
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == \
        (None, "青川新建城市书房一百二十座", "全市街道书房覆盖率达到九十五")


@pytest.mark.parametrize("title, after, headline, subheadline", [
    ("青川港务集团隆重举办建港", "30周年成果发布会", "青川港务集团隆重举办建港30周年成果发布会", None),
    ("青川港务集团隆重举办建港纪念活动", "2万名市民走进港区", "青川港务集团隆重举办建港纪念活动", "2万名市民走进港区")])
def test_an_unmarked_line_opening_with_a_number_under_a_marked_title_cut_short_is_its_wrapped_end(
        title, after, headline, subheadline):
    # a converter may drop the mark of a wrapped title's end led by digits; under a title that ends well such a
    # line is a subheadline
    page = baoku.restore("## " + title + "\n\n" + after + "\n\n" + LEAD + "\n\n" + BODY + "\n")
    art = page.to_json()["articles"][0]
    assert (art["headline"], art["subheadline"]) == (headline, subheadline)


@pytest.mark.parametrize("reporter", ["本报记者 王 朗", "本报记者 周启明 李 想", "本报记者 周启明"])
def test_a_title_and_reporters_line_under_a_packages_headline_open_its_body(reporter):
    # a package's first report is titled and signed under the package's headline: no subheadline is signed apart
    text = ("# 老街夜市又热闹起来（青川走基层）\n\n临江夜市重开“烟火气”\n\n" + reporter + "\n\n"
            "6月2日傍晚，临江区夜市重新开张，摊主们早早支起了摊位。\n\n" + BODY + "\n")
    art = baoku.restore(text).to_json()["articles"][0]
    assert (art["headline"], art["subheadline"]) == ("老街夜市又热闹起来（青川走基层）", None)
    assert art["paragraphs"][:2] == ["临江夜市重开“烟火气”", reporter]


def test_a_package_part_s_title_over_its_deck_under_the_package_s_headline_opens_the_body_line_by_line():
    # a package's first report is titled over a deck and signed under the package's headline: the title and the
    # deck are two paragraphs, as printed, and neither is a subheadline
    text = ("# 老街夜市又热闹起来（青川走基层）\n\n临江区老街夜市重新开张\n\n摊主笑迎八方客\n\n本报记者 韩亦舒\n\n"
            "6月2日傍晚，临江区夜市重新开张，摊主们早早支起了摊位。\n\n" + BODY + "\n")
    art = baoku.restore(text).to_json()["articles"][0]
    assert (art["headline"], art["subheadline"]) == ("老街夜市又热闹起来（青川走基层）", None)
    assert art["paragraphs"][:3] == ["临江区老街夜市重新开张", "摊主笑迎八方客", "本报记者 韩亦舒"]


TEA = ["本报讯（记者 林秋禾）青川县云岭镇的老茶园今年迎来丰收，茶园面积扩大到三千亩，茶农人均增收四千元。",
       "云岭镇的茶农们纷纷加入茶叶合作社，统一管护、统一收购，采茶季每天能收入两百多元。为了让老茶园留住更多游客，"
       "合作社今年还引"]
TEA_REST = ["进了制茶体验项目，游客跟着云岭镇的茶农上山采茶，再到合作社的老茶坊里学炒茶。",
            "合作社负责人说，明年老茶园将再扩种五百亩，带动更多茶农增收。"]
PARK = ["本报讯（记者 周启明）临江区三座社区公园日前建成开放，新增绿地面积十二公顷，居民出门五分钟就能进公园。",
        "三座公园都建有健身步道和儿童游乐场，夜间照明覆盖全园，周边居民晚饭后常来散步。"]


def test_a_story_cut_at_its_columns_foot_takes_back_its_rest_read_inside_a_later_story():
    # XY-cut reads the cut story's next column (…引|进了…) after the story set beside it
    page = baoku.restore("# 云岭老茶园焕发新生机\n\n" + "\n\n".join(TEA) + "\n\n# 临江区三座社区公园建成开放\n\n"
                         + "\n\n".join(PARK + TEA_REST) + "\n")
    heads = {a.headline.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert heads["云岭老茶园焕发新生机"] == [TEA[0], TEA[1] + TEA_REST[0], TEA_REST[1]]
    assert heads["临江区三座社区公园建成开放"] == PARK


def test_a_cut_storys_rest_read_inside_a_later_story_begins_where_its_first_paragraph_opens_like_one():
    # the rest's first paragraph (…开到了|青川县城，…) opens like a paragraph, so a run from it must clear a floor
    # and the run from the next paragraph, opening less like one, would win: the run still begins at the first
    cut = TEA[1].rsplit("，", 1)[0] + "，合作社今年还把老茶坊开到了"
    rest = ["青川县城，游客在县城也能跟着云岭镇的茶农学炒茶，老茶坊一个月卖出两千斤云岭茶。",
            "采茶季，云岭镇老茶园的茶农们天天上山采茶，合作社的老茶坊里炒茶的游客排起了长队。",
            "合作社负责人说，明年老茶园将再扩种五百亩，带动更多茶农增收。"]
    page = baoku.restore("# 云岭老茶园焕发新生机\n\n" + TEA[0] + "\n\n" + cut + "\n\n# 临江区三座社区公园建成开放\n\n"
                         + "\n\n".join(PARK + rest) + "\n")
    heads = {a.headline.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert heads == {"云岭老茶园焕发新生机": [TEA[0], cut + rest[0]] + rest[1:], "临江区三座社区公园建成开放": PARK}


def test_a_cut_storys_rest_that_completes_its_cut_word_begins_there_though_the_paragraph_before_echoes_it():
    # the rest completes the word the cut story cuts (…还引|进了…): the host's paragraph before it stays the
    # host's, though it shares more words with the cut story than with the host's text before it
    park = PARK + ["云岭镇的茶农们纷纷来到公园，合作社的老茶坊在公园里开了茶室，老茶园的新茶每天卖出两百多斤。"]
    page = baoku.restore("# 云岭老茶园焕发新生机\n\n" + "\n\n".join(TEA) + "\n\n# 临江区三座社区公园建成开放\n\n"
                         + "\n\n".join(park + TEA_REST) + "\n")
    heads = {a.headline.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert heads == {"云岭老茶园焕发新生机": [TEA[0], TEA[1] + TEA_REST[0], TEA_REST[1]], "临江区三座社区公园建成开放": park}

CRAFT = ["本报讯（记者 林秋禾）云岭镇的老茶园今年迎来丰收，茶园面积扩大到三千亩，茶农人均增收四千元。",
         "云岭镇的茶农们纷纷加入茶叶合作社，统一管护、统一收购。合作社今年还在镇上开了一家老茶坊，请老茶农手把手"]
CRAFT_REST = ["教游客炒茶。云岭镇老茶坊开张一个月，已有两千多名游客来学炒茶。", "老茶坊的茶农说，游客炒的茶可以带回家。"]


def test_a_headline_without_a_body_takes_its_text_cut_at_a_column_and_read_in_two_stories_whole():
    # XY-cut reads the orphan's first column after the story beside it and the column's rest after a later
    # story: the cut text is made whole before the orphan takes it back, not its rest alone
    page = baoku.restore("# 云岭镇老茶坊教游客炒茶\n\n# 临江区三座社区公园建成开放\n\n" + "\n\n".join(PARK + CRAFT)
                         + "\n\n# 青川港新航线开通\n\n" + "\n\n".join([PORT, PORT_MORE] + CRAFT_REST) + "\n")
    heads = {a.headline.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert heads == {"云岭镇老茶坊教游客炒茶": [CRAFT[0], CRAFT[1] + CRAFT_REST[0], CRAFT_REST[1]],
                     "临江区三座社区公园建成开放": PARK, "青川港新航线开通": [PORT, PORT_MORE]}


def test_a_headline_without_a_body_takes_the_text_after_the_closing_note_of_the_story_holding_it():
    # XY-cut reads two titles set side by side one after the other, then both bodies: the text after the first
    # story's closing note is the second title's, though it echoes few of that title's words
    park = PARK + ["公园管理处说，三座公园开放以后，每天接待居民一万多人次，周末更多。", "（本报青川6月2日电）"]
    hill = ["6月1日，云岭镇举行采茶节，来自周边县市的游客跟着镇上的老师傅上山采茶。",
            "镇里今年新修了三条上山步道，游客多了，民宿也住满了，镇上的饭馆天天排队。",
            "镇长说，明年还要再办一届，请更多游客来云岭镇走一走。"]
    page = baoku.restore("临江区三座社区公园建成开放（城市观察）\n\n云岭镇茶事兴旺引关注\n\n"
                         + "\n\n".join(park + hill) + "\n")
    heads = {a.headline.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert heads == {"临江区三座社区公园建成开放（城市观察）": park, "云岭镇茶事兴旺引关注": hill}


def test_a_headline_without_a_body_takes_a_run_after_a_closing_note_that_echoes_it_only_a_little():
    # the text read on after a story's closing note speaks of the bodiless title here and there, under the margin
    # each paragraph must earn, and never of its host's title: the host's story ended at its note
    park = ["本报讯（记者 林秋禾）6月1日，临江区三座社区公园建成开放，居民在公园里散步、下棋。",
            "三座社区公园建在老城区，占地共九十亩，园里有步道、球场和儿童乐园。",
            "公园管理处说，三座公园开放以后，每天接待居民一万多人次。", "（据青川日报 记者林秋禾）"]
    bridge = ["青禾县石门村有座老石桥，村里人走了一百多年，桥身裂了好几道缝，雨季走着心里发慌。",
              "村里的老木匠陈守义今年七十岁，年轻时跟师傅学过手艺，他说：“这事我得管。”",
              "他带着两个徒弟上山选石料，一块一块量，一块一块凿，干了整整一个冬天。",
              "开春以后，裂缝补上了，路面也铺平了，村里的孩子们又能放心地上学。",
              "有人问他图什么，陈守义笑着说：“一辈子就会这门手艺，能帮乡亲们一把，值。”"]
    tea = ["本报讯（记者 王明远）云岭镇老茶园今年迎来丰收，茶农人均增收四千元。", "镇里打算明年再扩种一千亩。"]
    page = baoku.restore("# 临江区三座社区公园建成开放\n\n" + "\n\n".join(park + bridge)
                         + "\n\n# 七旬老木匠修好百年石桥（青川人物）\n\n# 云岭镇老茶园喜获丰收\n\n" + "\n\n".join(tea) + "\n")
    heads = {a.headline.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert heads == {"临江区三座社区公园建成开放": park, "七旬老木匠修好百年石桥（青川人物）": bridge,
                     "云岭镇老茶园喜获丰收": tea}


def test_a_headline_without_a_body_takes_back_the_lead_that_opens_its_displaced_text():
    # the lead (本报讯……) echoes none of the headline's words, the paragraphs after it do: it opens their story
    tour = ["本报讯（记者 林秋禾）6月1日，青川县游客服务中心发布消息，近一个月来，全县接待游客十二万人次。",
            "云岭镇老茶坊开张一个月，已有两千多名游客来学炒茶。", "老茶坊的茶农说，游客炒的茶可以带回家。"]
    page = baoku.restore("# 云岭镇老茶坊教游客炒茶\n\n# 临江区三座社区公园建成开放\n\n" + "\n\n".join(PARK + tour) + "\n")
    heads = {a.headline.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert heads == {"云岭镇老茶坊教游客炒茶": tour, "临江区三座社区公园建成开放": PARK}


def test_a_story_cut_at_its_columns_foot_takes_back_its_rest_read_after_another_storys_closing_note():
    # the text after the later story's closing note (（本报……电）) is no longer that story's to claim, though it
    # shares as many words with it as with the cut story
    rest = "进了制茶体验项目，游客在公园里跟着云岭镇的茶农学炒茶，临江区社区公园的居民也来了。"
    page = baoku.restore("# 云岭老茶园焕发新生机\n\n" + "\n\n".join(TEA) + "\n\n# 临江区三座社区公园建成开放\n\n"
                         + "\n\n".join(PARK + ["（本报青川6月2日电）", rest]) + "\n")
    heads = {a.headline.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert heads == {"云岭老茶园焕发新生机": [TEA[0], TEA[1] + rest],
                     "临江区三座社区公园建成开放": PARK + ["（本报青川6月2日电）"]}


@pytest.mark.parametrize("line, kicker, crosshead", [("茶农采茶忙", None, ["茶农采茶忙"]),
                                                    ("云岭镇老茶园丰收——", "云岭镇老茶园丰收——", [])],
                         ids=["crosshead", "kicker"])
def test_a_part_read_before_its_storys_marked_title_goes_under_that_title(line, kicker, crosshead):
    # XY-cut reads a story's first column, under its crosshead (or its kicker), before the story's title: the
    # column's cut sentence goes on under the title, and the line that seemed to head the column is no title
    part = ["云岭镇的老茶园今年迎来丰收，茶园面积扩大到三千亩，茶农人均增收四千元。", TEA[1]]
    page = baoku.restore("# 临江区三座社区公园建成开放\n\n" + "\n\n".join(PARK) + "\n\n" + line + "\n\n"
                         + "\n\n".join(part) + "\n\n# 云岭老茶园焕发新生机\n\n" + "\n\n".join(TEA_REST) + "\n")
    assert [(a.kicker and a.kicker.text, a.headline.text, [p.text for p in a.paragraphs]) for a in page.articles] == [
        (None, "临江区三座社区公园建成开放", PARK),
        (kicker, "云岭老茶园焕发新生机", crosshead + [part[0], part[1] + TEA_REST[0], TEA_REST[1]])]


def test_an_unmarked_title_whose_column_tag_a_wrap_cut_heads_a_story_of_its_own():
    # the tag closes the title's second line only (……（青川论坛·城市 / 观察）): still a title, no crosshead
    note = ["社区公园建得多了，居民出门就能进公园，城市也就更宜居了。", "建好公园，还要管好公园，让居民在公园里待得住、玩得好。"]
    page = baoku.restore("# 临江区三座社区公园建成开放\n\n" + "\n\n".join(PARK)
                         + "\n\n社区公园让城市更宜居（青川论坛·城市\n\n观察）\n\n" + "\n\n".join(note) + "\n")
    heads = {a.headline.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert heads == {"临江区三座社区公园建成开放": PARK, "社区公园让城市更宜居（青川论坛·城市观察）": note}


def test_a_story_ending_on_an_editors_note_takes_no_text_from_a_later_story():
    # ——编者 ends its story where it stands, stop or no stop: the text read after it stays where it is
    note = [TEA[0], TEA[1] + "进了制茶体验项目。", "本栏目欢迎读者讲述身边的茶园故事。——编者"]
    page = baoku.restore("# 云岭老茶园焕发新生机\n\n" + "\n\n".join(note) + "\n\n# 临江区三座社区公园建成开放\n\n"
                         + "\n\n".join(PARK + TEA_REST) + "\n")
    heads = {a.headline.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert heads["临江区三座社区公园建成开放"] == PARK + TEA_REST


def test_a_photo_story_closed_by_its_photographers_credit_takes_no_text_from_a_later_story():
    # a credit alone on its line (……摄（青川视觉）) closes its photo: it is no sentence cut at a column's foot
    photo = ["连日来，云岭镇茶农在老茶园采摘春茶，合作社统一收购茶青。", "林秋禾摄（青川视觉）"]
    page = baoku.restore("# 云岭茶园采茶忙\n\n" + "\n\n".join(photo) + "\n\n# 临江区三座社区公园建成开放\n\n"
                         + "\n\n".join(PARK + TEA_REST) + "\n")
    heads = {a.headline.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert heads == {"云岭茶园采茶忙": photo, "临江区三座社区公园建成开放": PARK + TEA_REST}


def test_a_stack_of_unlike_kickers_over_a_marked_headline_goes_to_the_headlines_that_follow():
    # XY-cut order: three stories' kickers (the first dashed, the others not) over the first story's headline;
    # the other two headlines come later, each alone over its story
    page = baoku.restore(
        "扩大绿道网络、增设休憩驿站、开放滨水步道，青川市园林局出新招——\n\n早晚出行，错峰为宜\n\n"
        "三年新修乡道二百公里\n\n# 城市绿道 越走越宽\n\n"
        "本报青川6月2日电 青川市园林局近日出台办法，扩大绿道网络，增设休憩驿站，开放滨水步道，方便市民出行。\n\n"
        "## 夏日出行小贴士（服务窗）\n\n"
        "入夏以来，气温升高，市民出行宜选早晚时段，错峰出行，避开午间高温。\n\n"
        "清河县畅通乡村道路\n\n"
        "本报青川6月2日电 清河县三年新修乡道二百公里，村村通上了硬化路。\n")
    assert kickers_and_headlines(page) == [
        ("扩大绿道网络、增设休憩驿站、开放滨水步道，青川市园林局出新招——", "城市绿道 越走越宽"),
        ("早晚出行，错峰为宜", "夏日出行小贴士（服务窗）"),
        ("三年新修乡道二百公里", "清河县畅通乡村道路")]


def test_a_short_second_kicker_over_two_marked_headlines_is_not_the_first_kickers_wrapped_end():
    # XY-cut order: two kickers (the second much shorter, as a wrap would be), then both marked headlines
    page = baoku.restore(
        "青川港扩建工程去年完成投资十二亿元\n\n今年起\n\n"
        "## 新码头年内开工建设\n\n## 渡轮夜航延长至午夜\n\n"
        "本报青川6月2日电 青川港扩建工程去年完成投资十二亿元，新码头年内开工建设，建成后年吞吐能力将翻番。\n\n"
        "本报青川6月2日电 今年起，青川渡轮夜航延长至午夜，方便市民夜间往返两岸。\n")
    assert kickers_and_headlines(page) == [
        ("青川港扩建工程去年完成投资十二亿元", "新码头年内开工建设"),
        ("今年起", "渡轮夜航延长至午夜")]


def test_a_title_wrapped_in_a_phrase_over_two_lines_marked_alike_is_one_headline():
    # the second marked line opens with the end of the phrase that the first one set off with a space
    page = baoku.restore(
        "青川市召开新码头建设推进会\n\n## 学习市委全会和港务局党组 扩大会议\n\n## 精神 全力推进新码头建设\n\n"
        "韩立平出席\n\n本报青川6月2日电 青川市2日召开新码头建设推进会，学习市委全会和港务局党组扩大会议精神。\n\n"
        "常务副市长韩立平出席会议并要求，新码头年内开工，明年建成五个深水泊位。\n")
    assert [(a.kicker and a.kicker.text, a.headline.text, a.subheadline and a.subheadline.text)
            for a in page.articles] == [
        ("青川市召开新码头建设推进会", "学习市委全会和港务局党组 扩大会议精神 全力推进新码头建设", "韩立平出席")]


def test_a_label_and_value_under_a_tagged_title_opens_its_story():
    # 讲述人：林小舟 under an unmarked column-tagged title is the story's first paragraph, not its subheadline
    text = "老街书房里的读书人（文化周末）\n\n讲述人：林小舟\n\n" + BODY + "\n"
    art = baoku.restore(text).to_json()["articles"][0]
    assert (art["headline"], art["subheadline"]) == ("老街书房里的读书人（文化周末）", None)
    assert art["paragraphs"][0] == "讲述人：林小舟"


def test_label_and_value_lines_after_a_deck_stay_in_the_story():
    # two fact lines (时间： / 地点：) under a title and its deck: paragraphs, not the deck's subheadline
    deck = "三年行动计划投资四十二亿元打造沿河生态走廊"
    text = ("青川启动清水河流域综合治理（现场）\n\n" + deck + "\n\n时间：6月2日\n\n地点：青川市政府常务会议\n\n"
            + BODY + "\n")
    art = baoku.restore(text).to_json()["articles"][0]
    assert art["subheadline"] != "地点：青川市政府常务会议"
    assert art["paragraphs"][:2] == ["时间：6月2日", "地点：青川市政府常务会议"]


def test_a_bracketed_titles_remainder_read_after_two_other_titles_finishes_it():
    # XY-cut reads a row of three titles: the first's line, the other two, then the first's wrapped end
    page = baoku.restore("老街书房迎来周末读者（文化周\n\n## 渡口新貌（港城观察）\n\n## 邻里食堂开张\n\n## 末）\n\n"
                         + LEAD + "\n\n" + BODY + "\n")
    heads = [a["headline"] for a in page.to_json()["articles"]]
    assert "老街书房迎来周末读者（文化周末）" in heads and "邻里食堂开张" in heads


def test_a_titles_wrapped_end_read_after_another_title_finishes_the_title_that_the_story_names_whole():
    # XY-cut reads a row: the first title's line, the second title, then the first's wrapped end, which cuts no
    # dictionary word; the story under the first title names it whole (……港口之窗博览会)
    page = baoku.restore(
        "六百余家企业新产品亮相青川港口之\n\n## 守住老街的烟火气（城市观察）\n\n## 窗博览会\n\n"
        "本报青川6月2日电 六百余家中外企业的新产品2日起亮相青川港口之窗博览会，展期五天。\n\n"
        "## 老街夜市重开\n\n本报青川6月2日电 临江区老街夜市2日重开，首晚迎客两万人次。\n")
    assert [a.headline.text for a in page.articles] == [
        "六百余家企业新产品亮相青川港口之窗博览会", "守住老街的烟火气（城市观察）", "老街夜市重开"]


def test_two_headlines_with_cut_column_tags_read_a_line_of_each_in_turn_are_each_made_whole():
    # XY-cut order: the first lines of two headlines set side by side, each cut inside its column tag, then their ends
    page = baoku.restore(
        "## 老街夜市重开（城市观\n\n## 新航线开通（民生一\n\n## 察）\n\n## 线）\n\n"
        "本报讯（记者 岑望川）临江区老街夜市6月2日重新开张，夜市新设摊位一百二十个。\n")
    assert [a.headline.text for a in page.articles][:2] == ["老街夜市重开（城市观察）", "新航线开通（民生一线）"]


def test_a_stub_that_the_page_names_with_a_title_beside_another_finishes_it_over_its_own_story():
    # XY-cut reads two titles side by side (the first taken for the second's kicker), the first one's text, then
    # the second's wrapped end, cut inside a name, over its own lead
    page = baoku.restore(
        "老街夜市\n\n青川市长会见友城市长贝里索\n\n"
        "临江区老街夜市2日重开，摊主们早早摆好了摊位，首晚迎客两万人次。\n\n萨\n\n"
        "本报青川6月2日电 青川市长2日会见来访的友城市长贝里索萨，双方商定明年互办文化周。\n\n"
        "贝里索萨表示，愿与青川在港口和旅游方面加强合作。\n")
    assert [(a.kicker and a.kicker.text, a.headline.text, len(a.paragraphs)) for a in page.articles] == [
        (None, "老街夜市", 1), (None, "青川市长会见友城市长贝里索萨", 2)]


def test_an_unmarked_title_read_between_a_dashed_kicker_and_a_marked_headline_is_another_storys_title():
    # XY-cut reads a dashed kicker, a photo story's title set beside it, then the headline under the kicker
    page = baoku.restore(
        "开通夜班公交、延长渡轮班次，临江区方便市民返乡——\n\n老街灯会\n\n# 回家的路更顺了（城市观察）\n\n"
        "春节临近，临江区开通夜班公交线路六条，渡轮班次延长到午夜，返乡市民出行更方便。\n\n"
        "区交通局介绍，夜班公交将运行到正月十五。\n\n"
        "## 青川港新航线开通\n\n本报青川6月2日电 青川港新航线2日开通，航线通达三十个港口。\n\n"
        "图为2日晚，市民在临江区老街观赏灯会。\n\n林小舟摄\n")
    assert kickers_and_headlines(page) == [
        ("开通夜班公交、延长渡轮班次，临江区方便市民返乡——", "回家的路更顺了（城市观察）"), (None, "老街灯会"),
        (None, "青川港新航线开通")]


def test_a_kicker_and_title_read_over_another_headline_group_wait_for_their_own_text():
    # XY-cut reads a story's kicker and title set beside another story's headline group before that group; the
    # text under the run speaks of the group only, and the first story's text comes further down the page
    page = baoku.restore(
        "青川市帆船公开赛第三站\n\n## 林小舟排名第五\n\n临江区老年大学开学\n\n新设书法课程 学员逾千人\n\n"
        "本报青川9月2日电 临江区老年大学2日开学，今年新设书法课程，学员逾千人。老年大学校长介绍，学校明年将再开设摄影课程。\n\n"
        "## 渡轮夜航延长至午夜\n\n本报青川9月2日电 青川渡轮夜航延长至午夜，方便市民夜间往返两岸。\n\n"
        "本报青川9月2日电 青川市帆船公开赛第三站2日结束，青川选手林小舟排名第五。\n")
    heads = {a.headline.text: (a.kicker and a.kicker.text, a.subheadline and a.subheadline.text,
                               "".join(p.text for p in a.paragraphs)) for a in page.articles}
    assert heads["林小舟排名第五"][:2] == ("青川市帆船公开赛第三站", None)
    assert "帆船" in heads["林小舟排名第五"][2] and "老年大学" not in heads["林小舟排名第五"][2]


def test_a_column_tagged_title_under_a_headline_is_another_storys_title_though_the_text_speaks_of_both():
    # XY-cut reads two titles side by side, then both stories' text with no title between them
    page = baoku.restore(
        "## 临江区老年大学开学\n\n夜市重开更要管好（城市观察）\n\n"
        "本报青川9月2日电 临江区老年大学2日开学，今年新设书法课程，学员逾千人。老年大学校长介绍，学校明年将再开设摄影课程。\n\n"
        "临江区老街夜市上月重开，首晚迎客两万人次。夜市重开是好事，更要管好：摊位要登记，垃圾要清运，夜市才能长久热闹。\n")
    assert [(a.headline.text, a.subheadline and a.subheadline.text, a.paragraphs[0].text[:6]) for a in page.articles] \
        == [("临江区老年大学开学", None, "本报青川9月"), ("夜市重开更要管好（城市观察）", None, "临江区老街夜")]


def test_a_column_tagged_title_read_between_a_headline_and_its_dashed_subheadline_is_a_headline():
    port = ["本报讯（记者 陈书婷）6月2日，青川港新航线开通，航线通达三十个港口。",
            "青川港务集团介绍，新航线开通后，青川港每周新增班轮四班。"]
    text = "## 青川港新航线开通\n\n老街夜市重开（城市观察）\n\n——通达三十个港口\n\n" + "\n\n".join(port) + "\n"
    heads = {a["headline"]: a["subheadline"] for a in baoku.restore(text).to_json()["articles"]}
    assert heads == {"青川港新航线开通": "通达三十个港口", "老街夜市重开（城市观察）": None}


def test_a_column_tags_long_wrapped_end_read_after_a_subheadline_finishes_its_title():
    # XY-cut reads a row: the first title, the second one's first line, its ——subheadline, then the rest of its tag
    page = baoku.restore("## 老街书房迎来周末读者\n\n## 青川港新航线开通（港城观\n\n——通达三十个港口\n\n## 察·夏日系列报道）\n\n"
                         + LEAD + "\n\n" + BODY + "\n")
    heads = {a["headline"]: a["subheadline"] for a in page.to_json()["articles"]}
    assert heads["青川港新航线开通（港城观察·夏日系列报道）"] == "通达三十个港口"


@pytest.mark.parametrize("run", ["## 清水河流域综合治理启动会在临江区举\n\n## 图片报道\n\n## 行\n\n",
                                 "## 清水河流域综合治理启动会在临江区举行\n\n图片报道\n\n",
                                 "图片报道\n\n## 清水河流域综合治理启动会在临江区举行\n\n"],
                         ids=["between-a-title-and-its-rest", "under-a-title", "over-a-title"])
def test_a_photo_storys_standing_title_is_a_title_of_its_own(run):
    # XY-cut reads a photo story's title after another story's headline, over that story's text
    arts = baoku.restore(run + LEAD + "\n\n" + BODY + "\n").to_json()["articles"]
    assert sorted((a["headline"], a["subheadline"], len(a["paragraphs"])) for a in arts) == \
        [("图片报道", None, 0), ("清水河流域综合治理启动会在临江区举行", None, 2)]


def test_a_subheadline_after_three_side_by_side_headlines_goes_to_the_one_the_body_after_speaks_of():
    text = ("# 青川启动清水河流域综合治理\n\n## 老街书房迎来周末读者\n\n## 临江区首家邻里食堂开张迎客\n\n——三年行动计划投资四十二亿元\n\n"
            + LEAD + "\n\n" + BODY + "\n")
    heads = {a["headline"]: a["subheadline"] for a in baoku.restore(text).to_json()["articles"]}
    assert heads["青川启动清水河流域综合治理"] == "三年行动计划投资四十二亿元"
    assert heads["临江区首家邻里食堂开张迎客"] is None


@pytest.mark.parametrize("lines", [
    # the bracket closes on a short last line (a series number) under two lines that fill the box
    ["青川老街书房迎来周末读者（城", "市更新一线·书香满城行动系列", "②）"],
    # the bracket closes at the end of a long line whose enumeration comma reads like prose
    ["青川各校推进劳动教育进课堂（走基", "层·深入开展“劳动光荣、奋斗幸福”主题活动）"]])
def test_a_headline_wrapped_inside_its_column_tag_is_one_headline_in_a_line_dump(lines):
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY], 12) + "\n".join(lines) + "\n" + lines_dump([LEAD, BODY], 12)
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["headline"], art["paragraphs"][0]) == ("".join(lines), LEAD)


@pytest.mark.parametrize("lines, headline, sub", [
    # a column tag pushed to a line of its own closes the headline, however wide that line
    (["青川老街夜市重开", "（走基层2023）"], "青川老街夜市重开（走基层2023）", None),
    # a dated note under a speech's title is its subheadline
    (["在青川港开港三十周年纪念大会上的致辞", "（2023年6月2日）"], "在青川港开港三十周年纪念大会上的致辞", "（2023年6月2日）"),
    # ... its date perhaps written in Chinese numerals
    (["青川市关于推进老街保护利用的意见", "（二〇二三年六月二日）"], "青川市关于推进老街保护利用的意见", "（二〇二三年六月二日）")])
def test_a_column_tag_on_a_line_of_its_own_ends_the_headline_in_a_line_dump(lines, headline, sub):
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "\n".join(lines) + "\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["headline"], art["subheadline"]) == (headline, sub)


@pytest.mark.parametrize("title, tag", [("## 老街重开“夜经济”", "## （青川时评）"), ("老街重开“夜经济”", "## （青川时评）")])
def test_a_column_tag_on_a_line_of_its_own_ends_a_title_closing_on_a_quotation_mark(title, tag):
    # markdown: the tag pushed under a title whose closing quotation mark ends no wrapped line, marked alike or not
    page = baoku.restore(f"{title}\n\n{tag}\n\n临江区老街夜市6月2日重新开张，夜市新设摊位一百二十个，首晚迎客两万人次。\n")
    assert kickers_and_headlines(page) == [(None, "老街重开“夜经济”（青川时评）")]


def test_a_short_colon_line_over_a_title_and_its_dated_lead_is_the_kicker_after_a_cut_sentence():
    # the story read before ends mid-sentence (its rest elsewhere): the speaker's name over the headline is no prose
    page = baoku.restore(
        "## 青川港新航线开通\n\n本报青川6月1日电 青川港至临江港的新航线1日开通，每日往返四班，沿途停靠\n\n林小舟：\n\n"
        "老街夜市要办出烟火气\n\n本报青川6月2日电 临江区区长林小舟2日在老街夜市开市仪式上说，夜市要留住老街的味道。\n")
    assert kickers_and_headlines(page) == [(None, "青川港新航线开通"), ("林小舟：", "老街夜市要办出烟火气")]


def test_an_unmarked_line_reporting_months_and_a_percentage_under_a_marked_title_is_its_subheadline():
    # a converter leaves a line opening on digits unmarked: a title's wrapped end, unless it reports a figure
    page = baoku.restore("## 青川港集装箱吞吐量规模持续扩大\n\n1—5月吞吐量增12.5%\n\n"
                         "本报青川6月2日电 青川港1—5月完成集装箱吞吐量一百二十万标箱，同比增长12.5%。\n")
    art = page.articles[0]
    assert (art.headline.text, art.subheadline and art.subheadline.text) == ("青川港集装箱吞吐量规模持续扩大", "1—5月吞吐量增12.5%")


def test_a_summary_subheadlines_short_wrapped_end_over_the_dated_lead_is_no_title():
    # the summary's last line, unmarked and short, reads like a title of its own between the summary and the lead
    summary = "新建泊位六个，改造老码头两座，疏浚进港航道十二公里；扩建集装箱堆场，新增岸桥八台，全港年吞吐"
    page = baoku.restore(f"## 青川港扩建工程启动\n\n{summary}\n\n能力将提高三成\n\n"
                         "本报青川6月2日电 青川港扩建工程2日启动，新建泊位六个，改造老码头两座。\n")
    assert [(a.headline.text, a.subheadline and a.subheadline.text) for a in page.articles] == [
        ("青川港扩建工程启动", summary + "能力将提高三成")]


def test_a_speech_kicker_and_another_storys_dashed_kicker_over_one_title_are_a_row_of_kickers():
    # XY-cut reads the kickers of two stories set side by side, then the first story's title and text
    page = baoku.restore(
        "林小舟在全市老龄工作会议上强调\n\n记者走访老街社区，倾听居民心声——\n\n让老人安享幸福晚年\n\n"
        "本报青川6月2日电 青川市市长林小舟2日在全市老龄工作会议上强调，要让老人安享幸福晚年。\n\n"
        "## 社区服务更贴心\n\n本报讯（记者 岑望川）老街社区新设助餐点三个，居民说服务更贴心了。\n")
    assert kickers_and_headlines(page) == [("林小舟在全市老龄工作会议上强调", "让老人安享幸福晚年"),
                                           ("记者走访老街社区，倾听居民心声——", "社区服务更贴心")]


@pytest.mark.parametrize("mark", ["# ", ""])
def test_a_summary_line_after_a_commentarys_dashed_subheadline_opens_its_body(mark):
    # the commentary's one-line summary, over a stop-less first line, read as the heading run's last field, is no title
    summary = "夜市是老街最浓的烟火气，也是一座城市最动人的表情"
    page = baoku.restore(f"{mark}老街的烟火气（青川时评）\n\n——老街新事①\n\n{summary}\n\n"
                         "夜市重开的消息传来，老街的老住户们奔走相告\n\n"
                         "临江区老街夜市6月2日重新开张，夜市新设摊位一百二十个，首晚迎客两万人次。\n")
    assert [(a.headline.text, a.subheadline and a.subheadline.text, a.paragraphs[0].text) for a in page.articles] \
        == [("老街的烟火气（青川时评）", "老街新事①", summary)]


def test_a_dashed_line_opening_a_rows_second_story_is_its_subheadline():
    # XY-cut reads two commentaries' titles in a row, the first one's text, then the second's ——subheadline and text
    page = baoku.restore(
        "# 督查要抓住关键问题（青川时评）\n\n# 老街的烟火气（青川观察）\n\n"
        "全市督查组深入一线，查找政策落实中的堵点，督查发现的问题已全部交办整改。\n\n"
        "督查不是挑刺，而是帮助基层把政策落到实处，让群众真正得到实惠。\n\n——老街新事②\n\n"
        "老街夜市重开了，摊主们早早摆好了摊位，老街又有了烟火气。\n\n"
        "夜市里最受欢迎的是老字号小吃，排队的市民从街头排到街尾。\n")
    assert [(a.headline.text, a.subheadline and a.subheadline.text, len(a.paragraphs)) for a in page.articles] == [
        ("督查要抓住关键问题（青川时评）", None, 2), ("老街的烟火气（青川观察）", "老街新事②", 2)]


def test_a_title_cut_inside_its_column_tag_read_beside_another_takes_the_text_after_its_tags_end():
    # XY-cut reads two titles set side by side (the second taken for the first's headline), the first story's
    # text, then the second title's tag's end over its own text
    page = baoku.restore(
        "老街夜市重开\n\n## 青川港的新航线（港城\n\n临江区老街夜市2日重新开张，夜市新设摊位一百二十个。\n\n"
        "（本报青川6月2日电）\n\n## 观察）\n\n青川港至临江港的新航线开通以来，每日往返四班，客货两旺。\n")
    assert [(a.kicker and a.kicker.text, a.headline.text, a.paragraphs[0].text[:4]) for a in page.articles] == [
        (None, "老街夜市重开", "临江区老"), (None, "青川港的新航线（港城观察）", "青川港至")]


def test_a_full_line_under_a_kicker_spanning_columns_over_a_figure_is_the_headline_in_a_line_dump():
    # a paragraph's first line is indented: a full line without a stop over a short line is a title of its own
    from conftest import lines_dump
    text = (lines_dump([EARLIER, BODY]) + "青川全面推进旧楼院落改造，惠及居民十二万户\n老旧小区换新颜 居民笑开颜\n326个\n"
            + lines_dump([LEAD, BODY]))
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"], art["paragraphs"][:2]) == \
        ("青川全面推进旧楼院落改造，惠及居民十二万户", "老旧小区换新颜 居民笑开颜", ["326个", LEAD])


def test_a_line_wider_than_the_column_with_nothing_to_squeeze_is_no_body_line_in_a_line_dump():
    # a kicker an em wider than the column under a paragraph whose last line is full: a title, not the paragraph
    from conftest import lines_dump
    last = "截至五月底，全市已建成城市书房十一个，接待读者十万。"       # its last line fills the column
    text = lines_dump([EARLIER, last]) + "青川港集装箱吞吐量再创历史新高\n外贸航线增至二十条\n" + lines_dump([LEAD, BODY])
    arts = baoku.restore(text).to_json()["articles"]
    assert (arts[0]["paragraphs"][-1], arts[-1]["kicker"], arts[-1]["headline"]) == \
        (last, "青川港集装箱吞吐量再创历史新高", "外贸航线增至二十条")


@pytest.mark.parametrize("title, first, credit", [
    # a photographer's credit closes the photo story above: the title under it is no crosshead of that story
    ("老街灯会", ["6月2日，青川市临江区老街灯会开幕，市民在老街上观灯游玩。", "老街灯会将持续到本月底，灯会期间老街商铺延长营业时间。"],
     "林小舟摄"),
    # a graphic's credit closing a story: the one title line under it opens the next story
    ("城市书房开到家门口", ["青川市今年新建城市书房十一座，每座书房藏书都在五千册以上，市民凭身份证即可借阅。",
                   "城市书房全年无休，夜间开放到晚上十点，方便上班族下班后来读书。"], "制图：林小舟"),
])
def test_a_title_right_under_a_credit_opens_a_story_in_a_line_dump(title, first, credit):
    from conftest import lines_dump
    body = ["入夏以来，青川老街的夜市一天比一天热闹，小吃摊位前排起长队，老街商户的生意也好了起来。",
            "老街商户说，夜市让老街重新热闹起来，街坊们晚饭后都愿意来老街走一走。"]
    text = title + "\n" + lines_dump(first) + credit + "\n老街夜市人气旺\n" + lines_dump(body)
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["headline"], a["paragraphs"]) for a in arts] == \
        [(title, first + [credit]), ("老街夜市人气旺", body)]


def test_a_crosshead_wrapped_in_its_column_with_a_space_in_its_indented_first_line_stays_in_a_line_dump():
    # the width estimate counts a space as wide as a digit: the indented first line only looks full
    from conftest import lines_dump
    before = ["青川市临江区是全市的农业大区，近年来临江区着力培育特色果业，农民收入逐年增长，农业产值连续三年位居全市前列。",
              "临江区果树技术站站长说，今年临江区将继续推进特色农业发展，让更多农民在家门口增收致富。"]
    after = ["走进临江区的果园，果树成行，果农们正忙着修剪枝条。临江区的柑橘远销省外，果农收入比五年前翻了一番。",
             "临江区还引导果农成立合作社，选好品种、订好标准、联系买家，柑橘的价格比过去高出两成。"]
    crosshead = ["增收账 特色农业让临江果农", "的钱袋子一年比一年更加鼓起", "来了"]
    text = "青川农业发展见闻\n" + lines_dump(before) + "\n".join(crosshead) + "\n" + lines_dump(after)
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["headline"], a["paragraphs"]) for a in arts] == \
        [("青川农业发展见闻", before + ["".join(crosshead)] + after)]


def test_two_side_by_side_headlines_each_over_a_subheadline_read_in_turn_keep_their_own():
    # XY-cut order: both headlines, then both ——subheadlines, then the first story's text
    text = ("## 青川港新航线开通\n\n老街书房迎来周末读者\n\n——通达三十个港口\n\n——周末读者逾千人\n\n"
            "本报讯（记者 陈书婷）6月2日，青川港新航线开通，航线通达三十个港口。\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert sorted((a["headline"], a["subheadline"], len(a["paragraphs"])) for a in arts) == \
        [("老街书房迎来周末读者", "周末读者逾千人", 0), ("青川港新航线开通", "通达三十个港口", 1)]


def test_a_subheadline_under_a_larger_second_headline_stays_with_it_whatever_the_text_after_speaks_of():
    # the ——subheadline is set under the story in the larger type: XY-cut reads it after both headlines
    text = ("## 老街书房迎来周末读者\n\n# 青川启动清水河流域综合治理\n\n——三年行动计划投资四十二亿元\n\n"
            "本报讯（记者 宋嘉禾）周末，临江区老街书房迎来周末读者一千余人。\n")
    heads = {a["headline"]: a["subheadline"] for a in baoku.restore(text).to_json()["articles"]}
    assert heads["老街书房迎来周末读者"] is None
    assert heads["青川启动清水河流域综合治理"] == "三年行动计划投资四十二亿元"


def test_a_title_read_inside_the_cut_sentence_of_the_text_opening_the_page_heads_that_text():
    # XY-cut reads a story's first column, cut mid-word at its foot (……万人 / 次，……), before its headline
    first = "截至五月底，全市已建成城市书房十一个，借出图书十二万册。"
    cut = "临江区老街的城市书房开放一年来，每天从早上八点开到晚上十点，周末还有亲子共读活动，累计接待读者四十余万人"
    text = first + "\n\n" + cut + "\n\n城市书房开进老街\n\n次，成为街坊们家门口的文化客厅。\n"
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["headline"], a["paragraphs"]) for a in arts] == \
        [("城市书房开进老街", [first, cut + "次，成为街坊们家门口的文化客厅。"])]


def test_a_short_cut_line_with_a_comma_before_a_title_read_inside_its_sentence_is_prose():
    # the column's last line holds a comma and no stop, like a kicker; the text after the title completes its word
    first = "截至五月底，全市已建成城市书房十一个，借出图书十二万册。"
    cut = "临江区老街的城市书房开放一年来，累计接待读者四十余万人"
    text = first + "\n\n" + cut + "\n\n城市书房开进老街\n\n次，成为街坊们家门口的文化客厅。\n"
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["kicker"], a["headline"], a["paragraphs"]) for a in arts] == \
        [(None, "城市书房开进老街", [first, cut + "次，成为街坊们家门口的文化客厅。"])]


FAIR = ["傍晚六点，临江区的老街又热闹起来，摊主们支起了小桌，街坊们三三两两走进夜市。",
        "老街夜市重开以后，夜市的摊位每晚都有三百多个，夜市的客流比去年多了一倍。",
        "戏台前又热闹了",
        "夜市重开仪式在老街的戏台前举行，街坊们早早就来到了戏台下。"]


@pytest.mark.parametrize("cut, rest", [
    (["一曲欢快的采茶舞拉开了老街夜市重开"], ["的序幕，台下的街坊们跟着节拍拍起了手。"]),
    (["一群身着彩衣的舞者挥舞着手中的折"], ["扇", "，时而拼成“福”字，时而散作一片花海。"]),
    (["孩子们围坐在戏台前的石阶"], ["上，听老艺人讲起老街的故事。"])], ids=["de", "word", "place"])
def test_a_heading_line_the_text_under_it_goes_on_from_is_a_cut_paragraphs_first_line_in_markdown(cut, rest):
    # a line without a stop, alone like a crosshead (one stays above it), over text that opens on 的, on the
    # rest of its last word or on a word of place and a stop (上，): a paragraph's first line cut at a column's foot
    end = "区商务局介绍，夜市重开前统一划定了摊位和经营时段，老街夜市管理更加规范。"
    text = "# 老街夜市重开\n\n" + "\n\n".join(FAIR + cut + rest + [end]) + "\n"
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["headline"], a["paragraphs"]) for a in arts] == [("老街夜市重开", FAIR + ["".join(cut + rest), end])]


def test_an_orphan_headline_takes_all_the_text_after_the_credit_that_closes_its_host():
    # the photo story's text closes on its production credit; the text after it is the orphan's, its first
    # paragraph speaking of the orphan's headline less than the others
    orphan = ["傍晚六点，临江区的老街又热闹起来，摊主们支起了小桌。",
              "夜市重开以后，老街夜市的摊位每晚都有三百多个，夜市的客流比去年多了一倍。",
              "区商务局介绍，夜市重开前统一划定了摊位和经营时段，夜市管理更加规范。"]
    text = ("## 图片报道\n\n6月1日，青川市民在新修的滨江步道上散步。\n\n这正是：\n\n滨江新步道，\n\n晚风送清凉。\n\n"
            "林小舟 图 王朗 文\n\n" + "\n\n".join(orphan) + "\n\n# 老街夜市重开（城市观察）\n")
    arts = {a["headline"]: a["paragraphs"] for a in baoku.restore(text).to_json()["articles"]}
    assert arts["老街夜市重开（城市观察）"] == orphan


def test_an_orphan_headline_is_matched_to_its_displaced_text_by_its_words_not_its_column_tag():
    port = ["本报讯（记者 陈书婷）6月2日，青川港新航线开通，航线通达三十个港口。",
            "青川港务集团介绍，新航线开通后，青川港每周新增班轮四班。"]
    market = ["本报讯（记者 宋嘉禾）临江区老街夜市6月1日重开，首晚迎客两万人次。",
              "夜市重开后实行摊位登记，夜市的经营时段延长到午夜。"]
    text = "## 青川港新航线开通\n\n" + "\n\n".join(port + market) + "\n\n# 夜市重开（城市观察·夏日系列报道）\n"
    arts = {a["headline"]: a["paragraphs"] for a in baoku.restore(text).to_json()["articles"]}
    assert arts == {"青川港新航线开通": port, "夜市重开（城市观察·夏日系列报道）": market}


def test_an_orphan_headline_takes_the_text_under_a_crosshead_read_as_a_title_after_the_lead_it_took():
    # XY-cut reads the feature's lead after another story's text and its first crosshead as a title of its own
    port = ["本报讯（记者 陈书婷）6月2日，青川港新航线开通，航线通达三十个港口。",
            "青川港务集团介绍，新航线开通后，青川港每周新增班轮四班。",
            "据介绍，青川港今年还将开通两条新航线，港口年吞吐量有望突破一亿吨。"]
    lead = "6月1日晚，由临江区主办的老街夜市重开仪式在老街举行，夜市的烟火气又回来了。"
    crosshead = "“老街夜市让日子更有味道”"
    rest = ["“夜市让老街的日子更有味道。”摊主王小禾一边招呼客人，一边说，老街夜市让老街的日子更有味道。",
            "老街夜市的摊位每晚都有三百多个，夜市的客流比去年多了一倍，老街的烟火气越来越浓。",
            "区商务局介绍，夜市重开前统一划定了摊位和经营时段，夜市管理更加规范。"]
    text = ("## 青川港新航线开通\n\n" + "\n\n".join(port + [lead, "### " + crosshead] + rest)
            + "\n\n# 让老街夜市更有烟火气\n\n——临江区老街夜市重开侧记\n")
    arts = {a["headline"]: a["paragraphs"] for a in baoku.restore(text).to_json()["articles"]}
    assert arts == {"青川港新航线开通": port, "让老街夜市更有烟火气": [lead, crosshead] + rest}


def test_a_line_cut_at_a_comma_after_a_subheadline_under_a_marked_headline_opens_the_body():
    # a subheadline wrapped over lines comes as one field: a second unmarked field holding a clause is prose
    body = ["本报讯（记者 陈书婷）青川港扩建工程6月2日启动，新码头计划三年建成。",
            "青川港务集团介绍，扩建后青川港年吞吐量将突破一亿吨。"]
    text = "# 青川港扩建工程启动\n\n港务集团承建\n\n新码头选址临江，三年建成\n\n" + "\n\n".join(body) + "\n"
    arts = [(a["headline"], a["subheadline"], a["paragraphs"]) for a in baoku.restore(text).to_json()["articles"]]
    assert arts == [("青川港扩建工程启动", "港务集团承建", ["新码头选址临江，三年建成"] + body)]


@pytest.mark.parametrize("dated", [False, True], ids=["undated", "dated"])
def test_an_orphan_headline_takes_the_paragraphs_echoing_neither_title_before_its_text(dated):
    # the host's text ends where it last speaks of its title; a text opening on a date opens the orphan's own
    port = ["本报讯（记者 陈书婷）6月2日，青川港新航线开通，航线通达三十个港口。",
            "青川港务集团介绍，新航线开通后，青川港每周新增班轮四班。"]
    mute = "为迎接端午假期，临江区商务局组织了一系列文化活动，吸引众多市民参与。"
    market = ("6月1日晚，" if dated else "首晚的") + "老街夜市迎客两万人次，老街夜市重开后每晚有摊位三百多个。"
    text = "## 青川港新航线开通\n\n" + "\n\n".join(port + [mute, market]) + "\n\n# 老街夜市重开\n"
    arts = {a["headline"]: a["paragraphs"] for a in baoku.restore(text).to_json()["articles"]}
    assert arts == ({"青川港新航线开通": port + [mute], "老街夜市重开": [market]} if dated
                    else {"青川港新航线开通": port, "老街夜市重开": [mute, market]})


def test_an_orphan_headline_takes_two_paragraphs_echoing_neither_title_after_a_one_paragraph_host():
    # the host keeps its lead alone, the only paragraph that speaks of its title
    port = "本报讯（记者 陈书婷）6月2日，青川港新航线开通，航线通达三十个港口。"
    mute = ["为迎接端午假期，临江区商务局组织了一系列文化活动，吸引众多市民参与。",
            "不少市民带着家人一起出门，在街头品尝各地小吃。"]
    market = "首晚的老街夜市迎客两万人次，老街夜市重开后每晚有摊位三百多个。"
    text = "## 青川港新航线开通\n\n" + "\n\n".join([port] + mute + [market]) + "\n\n# 老街夜市重开\n"
    arts = {a["headline"]: a["paragraphs"] for a in baoku.restore(text).to_json()["articles"]}
    assert arts == {"青川港新航线开通": [port], "老街夜市重开": mute + [market]}


def test_a_marked_title_under_a_line_of_bulleted_items_is_no_wrapped_end_of_that_line():
    # an advertisement's selling points, each opened by a bullet, over the title of the book it sells
    body = ["本报讯（记者 陈书婷）《青川港志》全套十二卷近日出版，收录青川港百年来的史料。",
            "青川市地方志办公室介绍，全书历时五年编成。"]
    text = "港城人的共同记忆 ◎青川港百年变迁的见证\n\n## 青川港志\n\n" + "\n\n".join(body) + "\n"
    arts = [(a["kicker"], a["headline"], a["paragraphs"]) for a in baoku.restore(text).to_json()["articles"]]
    assert arts == [("港城人的共同记忆 ◎青川港百年变迁的见证", "青川港志", body)]


def test_a_row_of_headlines_shares_its_body_after_the_credit_that_closes_the_first_story():
    # a production credit (资料整理：……) ends the first story of the row; the text after it is the next one's
    tips = ["青川老街上的老字号，多数已有百年以上的历史。", "同和酱园", "同和酱园创办于清代，以酱菜闻名。", "资料整理：林小舟"]
    steps = ["准备材料：彩纸、竹篾、胶水和一个小灯座，在文具店都能买到。", "第一步：用竹篾扎出灯架；",
             "第二步：把彩纸糊在灯架上；", "第三步：装上灯座，一盏兔子灯就做好了。"]
    text = "## 青川老字号（小贴士）\n\n## 做一盏兔子灯\n\n" + "\n\n".join(tips + steps) + "\n"
    arts = {a["headline"]: a["paragraphs"] for a in baoku.restore(text).to_json()["articles"]}
    assert arts == {"青川老字号（小贴士）": tips, "做一盏兔子灯": steps}


def test_an_orphan_headline_takes_a_photos_caption_and_credit_read_inside_another_story():
    # XY-cut reads the photo story's title over the next story's headline and its photo after that story's text
    market = ["本报讯（记者 宋嘉禾）临江区老街夜市6月1日重开，首晚迎客两万人次。",
              "夜市重开后实行摊位登记，夜市的经营时段延长到午夜。",
              "区商务局介绍，夜市共设摊位三百多个，摊主多是附近的街坊。"]
    photo = ["6月2日，青川港的龙舟队队员在清水河上划桨训练。", "新华社发"]
    text = "## 图片报道\n\n# 老街夜市重开\n\n" + "\n\n".join(market + photo) + "\n"
    arts = {a["headline"]: a["paragraphs"] for a in baoku.restore(text).to_json()["articles"]}
    assert arts == {"图片报道": photo, "老街夜市重开": market}


@pytest.mark.parametrize("over", ["", "夜经济回暖"], ids=["alone", "under-a-kicker"])
def test_a_kicker_that_a_photos_caption_in_another_story_echoes_is_that_photos_title(over):
    # XY-cut reads a photo story's title over another story's headline, its caption and credit inside a third
    market = ["本报讯（记者 宋嘉禾）临江区老街夜市6月1日重开，首晚迎客两万人次。",
              "夜市重开后实行摊位登记，夜市的经营时段延长到午夜。"]
    port = ["本报讯（记者 陈书婷）6月2日，青川港新航线开通，航线通达三十个港口。",
            "青川港务集团介绍，新航线开通后，青川港每周新增班轮四班。"]
    photo = ["6月2日，临江区的龙舟队在清水河上进行龙舟竞渡训练。", "新华社发"]
    text = ("".join(f"{line}\n\n" for line in (over, "龙舟竞渡") if line) + "# 老街夜市重开\n\n"
            + "\n\n".join(market) + "\n\n# 青川港新航线开通\n\n" + "\n\n".join(port + photo) + "\n")
    arts = {a["headline"]: (a["kicker"], a["paragraphs"]) for a in baoku.restore(text).to_json()["articles"]}
    assert arts == {"老街夜市重开": (over or None, market), "龙舟竞渡": (None, photo), "青川港新航线开通": (None, port)}


def test_a_short_last_line_of_a_headline_that_a_photos_caption_echoes_is_that_photos_title():
    # XY-cut reads a photo story's own title right under another story's headline, as its wrapped end, and the
    # photo's caption and credit at the end of that story's text
    market = ["本报讯（记者 宋嘉禾）临江区老街夜市6月1日重开，首晚迎客两万人次。",
              "夜市重开后实行摊位登记，夜市的经营时段延长到午夜。", "区商务局介绍，夜市共设摊位三百多个，摊主多是附近的街坊。"]
    photo = ["6月2日，临江区的龙舟队在清水河上进行龙舟竞渡训练。", "新华社记者 林小舟摄"]
    text = "## 老街夜市重开\n\n## 龙舟竞渡\n\n" + "\n\n".join(market + photo) + "\n"
    assert _titled(text) == [(None, "老街夜市重开", None, market), (None, "龙舟竞渡", None, photo)]


@pytest.mark.parametrize("head, caption, apart", [
    ("青川市老街文化节开幕", "6月2日清晨，青禾县的渔民在清水河上撒网捕鱼。", True),
    ("青禾队夺得龙舟赛冠军", "6月2日，青禾队在清水河上的龙舟赛中夺得冠军。", False)], ids=["unechoed", "echoed"])
def test_a_short_kicker_over_a_headline_its_photos_caption_does_not_echo_is_the_photos_title(head, caption, apart):
    # a photo's own title (晨曦渔歌), which its caption need not echo, read over another story's headline
    port = ["本报讯（记者 陈书婷）青川港上半年完成货物吞吐量八千万吨，同比增长一成。",
            "青川港务集团介绍，港口新开通航线三条，集装箱运量增长明显。"]
    photo = [caption, "林小舟摄"]
    text = (f"晨曦渔歌\n\n## {head}\n\n" + "\n\n".join(photo) + "\n\n## 青川港吞吐量稳步增长\n\n"
            + "\n\n".join(port) + "\n")
    arts = [(a["kicker"], a["headline"], a["paragraphs"]) for a in baoku.restore(text).to_json()["articles"]]
    photo_story = [(None, "晨曦渔歌", photo), (None, head, [])] if apart else [("晨曦渔歌", head, photo)]
    assert arts == photo_story + [(None, "青川港吞吐量稳步增长", port)]


def test_a_headline_read_over_a_photo_heads_the_next_story_speaking_of_it_its_own_headline_the_subheadline():
    # the headline left by the photo's title (above) is the title of a story read later under its subheadline
    fest = ["本报青川6月2日电（记者 宋嘉禾）青川市老街文化节2日开幕，文化节持续一周。",
            "开幕式上，林海为文化节志愿者代表颁发聘书。"]
    photo = ["6月2日清晨，青禾县的渔民在清水河上撒网捕鱼。", "林小舟摄"]
    text = ("晨曦渔歌\n\n## 青川市老街文化节开幕\n\n" + "\n\n".join(photo) + "\n\n## 林海出席开幕式并致辞\n\n"
            + "\n\n".join(fest) + "\n")
    arts = [(a["headline"], a["subheadline"], a["paragraphs"]) for a in baoku.restore(text).to_json()["articles"]]
    assert arts == [("晨曦渔歌", None, photo), ("青川市老街文化节开幕", "林海出席开幕式并致辞", fest)]


_DIGEST_ITEMS = ["青禾县春茶开采", "青禾县春茶2日开采，今年茶园面积扩大到五万亩。", "（据青川日报）"]


def _digest_page(head: str, name: str) -> list[tuple]:
    """A story, then a headline and a box of short news under its standing name, as XY-cut reads them."""
    port = ["本报讯（记者 陈书婷）6月2日，青川港新航线开通，航线通达三十个港口。",
            "青川港务集团介绍，新航线开通后，青川港每周新增班轮四班。"]
    text = ("## 青川港新航线开通\n\n" + "\n\n".join(port) + f"\n\n## {head}\n\n{name}\n\n"
            + "\n\n".join(_DIGEST_ITEMS) + "\n")
    return [(a["kicker"], a["headline"], a["paragraphs"]) for a in baoku.restore(text).to_json()["articles"]]


def test_a_digests_standing_name_under_a_title_is_no_wrapped_end_of_it():
    assert _digest_page("老街夜市重开", "微阅读")[1] == (None, "老街夜市重开", [])


@pytest.mark.parametrize("head, name", [("老街夜市重开", "微阅读"), ("老街夜市重开", "新闻速递")])
def test_a_digests_standing_name_over_its_first_items_title_is_the_boxs_headline(head, name):
    # the item's title is the box's first paragraph, as the gold sets every item's title
    arts = _digest_page(head, name)
    assert arts[-1] == (None, name, _DIGEST_ITEMS) and all(a[0] is None for a in arts)


def test_a_photo_storys_standing_title_after_a_cut_sentence_opens_a_story_of_its_own():
    # the cut prose and the caption under the title read as one word across it (……和法 / 图片报道 / 老街……)
    story = ["本报讯（记者 宋嘉禾）临江区老街夜市6月1日重开，首晚迎客两万人次。",
             "夜市重开后实行摊位登记，经营时段延长到午夜，区商务局还在夜市入口设了服务台，为摊主们提供政策咨询和法"]
    photo = ["老街的夜市摊位前，市民们在选购夏季水果。", "林小舟摄"]
    text = "# 老街夜市重开\n\n" + "\n\n".join(story) + "\n\n图片报道\n\n" + "\n\n".join(photo) + "\n"
    arts = {a["headline"]: a["paragraphs"] for a in baoku.restore(text).to_json()["articles"]}
    assert arts == {"老街夜市重开": story, "图片报道": photo}


def test_a_dashed_subheadline_read_alone_goes_under_the_headline_its_text_echoes():
    # XY-cut reads two headlines, the second one's text, then the first one's ——subheadline over its own text
    port = ["本报讯（记者 陈书婷）6月2日，青川港新航线开通，航线通达三十个港口。",
            "青川港务集团介绍，新航线开通后，青川港每周新增班轮四班。"]
    books = ["周末一早，老街书房门口就排起了队，来读书的有老人，也有放了学的孩子。",
             "老街书房的志愿者说，书房开放半年，周末读者已经超过一千人。"]
    text = ("## 老街书房迎来周末读者\n\n## 青川港新航线开通\n\n" + "\n\n".join(port)
            + "\n\n——记临江区的一群书房志愿者\n\n" + "\n\n".join(books) + "\n")
    arts = [(a["headline"], a["subheadline"], a["paragraphs"]) for a in baoku.restore(text).to_json()["articles"]]
    assert arts == [("老街书房迎来周末读者", "记临江区的一群书房志愿者", books), ("青川港新航线开通", None, port)]


def test_a_dashed_subheadline_read_far_below_a_bodiless_headline_goes_under_it():
    # as above, but XY-cut reads three more stories between the bodiless headline and its ——subheadline
    port = ["本报讯（记者 陈书婷）6月2日，青川港新航线开通，航线通达三十个港口。",
            "青川港务集团介绍，新航线开通后，青川港每周新增班轮四班。"]
    market = ["本报讯（记者 周启明）临江区老街夜市6月1日重开，首晚迎客两万人次。", "夜市今年新增摊位一百二十个。"]
    flood = ["本报讯（记者 韩亦舒）青禾县6月2日召开防汛工作会议，部署汛期各项准备工作。", "会议要求各乡镇做好物资储备。"]
    tea = ["本报讯（记者 林小舟）青禾县春茶6月2日开采，今年茶园面积扩大到五万亩。", "茶农们说，今年雨水足，新茶品质好。"]
    books = ["周末一早，老街书房门口就排起了队，来读书的有老人，也有放了学的孩子。",
             "老街书房的志愿者说，书房开放半年，周末读者已经超过一千人。"]
    text = ("## 老街书房迎来周末读者\n\n## 青川港新航线开通\n\n" + "\n\n".join(port)
            + "\n\n## 老街夜市重开\n\n" + "\n\n".join(market) + "\n\n## 青禾县部署防汛\n\n" + "\n\n".join(flood)
            + "\n\n## 青禾茶叶开采\n\n" + "\n\n".join(tea)
            + "\n\n——记临江区的一群书房志愿者\n\n" + "\n\n".join(books) + "\n")
    arts = [(a["headline"], a["subheadline"], a["paragraphs"]) for a in baoku.restore(text).to_json()["articles"]]
    assert arts == [("老街书房迎来周末读者", "记临江区的一群书房志愿者", books), ("青川港新航线开通", None, port),
                    ("老街夜市重开", None, market), ("青禾县部署防汛", None, flood), ("青禾茶叶开采", None, tea)]


_VISIT = ["本报青禾6月2日电 6月1日至2日，青川市委书记林海在青禾县调研乡村振兴工作，要求凝心聚力，高质量推进乡村振兴。",
          "调研期间，林海来到青禾县的茶园、农民合作社和乡村学校，看望村民，查看乡村振兴项目。",
          "林海指出，推进乡村振兴要因地制宜，发展好特色产业。",
          "林海强调，要凝心聚力，高质量推进乡村振兴，让村民日子越过越好。"]
_VISIT_RUN = ("青川市委书记林海在青禾县调研时强调\n\n# 山海之间 气象万千\n\n为高质量推进乡村振兴凝心聚力\n\n"
              "——临江市建设成就展综述\n\n")


def _titled(text: str) -> list[tuple]:
    """Each restored story's kicker, headline, subheadline and paragraphs."""
    arts = baoku.restore(text).to_json()["articles"]
    return [(a["kicker"], a["headline"], a["subheadline"], a["paragraphs"]) for a in arts]


def test_a_bodiless_title_whose_words_open_the_text_of_the_story_beside_it_heads_that_text():
    # XY-cut reads a speech kicker, a feature's marked title, a news headline and the feature's ——subheadline in one
    # run, then the news text and the feature's: the text opens on the news headline's words, not the feature's
    show = ["六月的临江，市展览馆里人来人往。临江市建设成就展在这里开幕，展出图片和实物两千余件。",
            "“这是临江的第一座跨江大桥。”讲解员指着展板上的老照片介绍，成就展从交通讲起。",
            "展厅的另一头，一组组新码头的模型吸引了不少参观者驻足。",
            "走出展厅，不少市民说，看了展览，对家乡的变化有了更深的感受。"]
    assert _titled(_VISIT_RUN + "\n\n".join(_VISIT + show) + "\n") == [
        (None, "山海之间 气象万千", "临江市建设成就展综述", show),
        ("青川市委书记林海在青禾县调研时强调", "为高质量推进乡村振兴凝心聚力", None, _VISIT)]


def test_a_marked_headline_read_over_a_photos_text_goes_over_the_lone_title_whose_text_speaks_of_it():
    # XY-cut reads a photo's title, a report's marked headline, the photo's text, then the report's subheadline
    # alone over the report's text: the headline goes over that text, the subheadline under it, and the photo's
    # title, read as the headline's kicker, heads the photo's text
    lead = ("本报青川6月2日电（记者 韩亦舒）青川国际港口论坛2日在青川开幕，来自三十个港口的代表参加论坛。"
            "青川市市长林舟宣读贺信并致辞。")
    text = ("江畔晨练\n\n## 青川国际港口论坛开幕\n\n初夏清晨，青禾江畔的步道上，市民们跑步、打拳。\n\n"
            "宋嘉禾摄（影像青川）\n\n林舟宣读贺信并致辞\n\n" + lead + "\n\n林舟说，青川港将开通更多航线。\n")
    assert [t[:3] for t in _titled(text)] == [
        (None, "江畔晨练", None), (None, "青川国际港口论坛开幕", "林舟宣读贺信并致辞")]


def test_a_marked_headline_read_over_a_stray_paragraph_goes_over_the_lone_title_whose_text_speaks_of_it():
    # XY-cut reads a row's second headline and the first story's subheadline over a paragraph of the first story,
    # then the second story's subheadline alone over its text: the headline goes over that text, and the stray
    # paragraph and subheadline go back to the story before it
    fair = ["本报青禾6月2日电（记者 宋嘉禾）青禾县第一个夜间集市2日开张，副县长韩亦舒主持开张仪式。",
            "韩亦舒表示，夜间集市将每周开放五晚，摊位优先留给本地农户。"]
    port = ["本报青川6月2日电（记者 韩亦舒）青川港新航线2日开通，货轮从青川港直达沿海三十个港口。"
            "青川市市长林舟出席开通仪式并讲话。", "林舟说，新航线开通后，青川港的货物运输时间将缩短一半。"]
    text = ("## 青禾县夜间集市开张\n\n" + fair[0] + "\n\n## 青川港新航线开通\n\n韩亦舒主持\n\n" + fair[1]
            + "\n\n林舟出席并讲话\n\n" + "\n\n".join(port) + "\n")
    assert _titled(text) == [(None, "青禾县夜间集市开张", "韩亦舒主持", fair),
                             (None, "青川港新航线开通", "林舟出席并讲话", port)]


def test_a_subheadline_the_opening_ignores_heads_the_text_from_a_later_lead_that_speaks_of_it():
    # XY-cut reads a box's two title lines under a feature's headline, the box's dated report after the feature's
    # text: the lines and the report are a story of their own, the first line its headline
    weather = ["本报青川7月9日电（记者 宋嘉禾）记者从青川市气象局获悉：今年夏季全市平均气温偏高，七月东部等地降水依然较多。",
               "气象局预计，七月下旬全市降雨将逐渐减少。"]
    text = ("青川市多部门联手整治江岸\n\n# 老码头 换新颜\n\n今年夏季全市平均气温偏高\n\n七月东部等地降水依然较多\n\n"
            "核心阅读\n\n江岸步道曾经杂草丛生，市民出行不便。今年春天，青川市多部门联手整治江岸。\n\n分段包干清杂物\n\n"
            "整治中，城管、园林等部门分段包干，清理杂物三百余吨。\n\n补种树木添绿荫\n\n"
            "园林部门在步道两旁补种树木两千多株，步道两旁绿树成荫。\n\n"
            "“步道修好了，我们天天来走一走。”家住江边的林小舟说。\n\n" + "\n\n".join(weather) + "\n")
    assert [t[:3] for t in _titled(text)] == [("青川市多部门联手整治江岸", "老码头 换新颜", None),
                                             (None, "今年夏季全市平均气温偏高", "七月东部等地降水依然较多")]
    assert _titled(text)[1][3] == weather


def test_a_speech_kicker_read_apart_over_another_text_goes_to_the_later_story_whose_opening_speaks_of_it():
    # XY-cut reads a report's kicker (……时强调) over a feature's text, the report's headline and text later: the
    # line is the report's kicker, and the feature's text stays without a title
    port = ["本报青川6月2日电（记者 宋嘉禾）青川港新航线2日开通，货轮从青川港出发，可以直达沿海三十个港口，"
            "沿途经过青禾县、临江区等地。",
            "港务局的负责人说，新航线开通后，青川港的货物运输时间将缩短一半，运输成本也将下降三成，青川的企业将因此受益。"]
    books = ["欲读好书，先有好书房。",
             "老街书房开门不到一小时，就迎来了五十多位读者，退休教师、放学的孩子和上班族在书架间挑选图书。",
             "书房管理员说，书房每周末举办一场读书分享会，今年已经办了二十多场，读者越来越多，书房还准备再添三千册新书。"]
    grain = ["本报青禾9月2日电（记者 韩亦舒）青川市市长林舟2日在青禾县调研秋粮收购。他强调，要抓好秋粮收购，保障农民收益。",
             "林舟来到青禾县粮库，察看秋粮收购情况，详细询问收购价格和仓储条件，并与前来卖粮的农民交谈。"]
    text = ("## 青川港新航线开通\n\n" + "\n\n".join(port) + "\n\n林舟在青禾县调研时强调\n\n" + "\n\n".join(books)
            + "\n\n## 抓好秋粮收购 保障农民收益\n\n" + "\n\n".join(grain) + "\n")
    assert _titled(text) == [(None, "青川港新航线开通", None, port), (None, None, None, books),
                             ("林舟在青禾县调研时强调", "抓好秋粮收购 保障农民收益", None, grain)]


def test_the_last_of_two_headline_lines_heads_the_dashed_story_whose_text_speaks_of_it():
    # XY-cut reads two marked headlines set side by side as one wrapped headline, the second story's ——subheadline
    # later over its text, which speaks of the second line, not of the first: that line is its headline
    port = ["本报青川6月2日电（记者 宋嘉禾）青川港至沿海三十个港口的新航线今天开通，货轮从青川港出发直达沿海港口。",
            "港务局的负责人说，新航线开通后，青川港的货物运输时间将缩短一半，运输成本也将下降三成。",
            "据介绍，青川港今年还将开通两条新航线，连接更多沿海城市。"]
    talk = ["本报青川6月2日电（记者 韩亦舒）“江海从此相连，家门口就能出海！”连日来，港城市民热议新航线。",
            "家住江边的林小舟说，过去货物要绕道三天，如今江海相连，生意好做多了。"]
    text = ("# 青川港至沿海三十港口新航线今天开通\n\n# “江海从此相连”\n\n" + "\n\n".join(port)
            + "\n\n——港城市民热议新航线\n\n" + "\n\n".join(talk) + "\n")
    assert _titled(text) == [(None, "青川港至沿海三十港口新航线今天开通", None, port),
                             (None, "“江海从此相连”", "港城市民热议新航线", talk)]


def test_the_title_a_story_gave_up_takes_its_text_from_where_that_text_speaks_of_it():
    # as above, but the feature's text is long and echoes its title only in its first paragraph: the title takes
    # the text from there
    show = ["六月的临江，山海之间，气象万千。临江市建设成就展在市展览馆开幕，展出图片和实物两千余件。"] + [
        f"第{n}展区里，一组组老照片和模型吸引了不少参观者驻足，讲解员一一介绍。" for n in "一二三四五六七八九十"]
    assert _titled(_VISIT_RUN + "\n\n".join(_VISIT + show) + "\n") == [
        (None, "山海之间 气象万千", "临江市建设成就展综述", show),
        ("青川市委书记林海在青禾县调研时强调", "为高质量推进乡村振兴凝心聚力", None, _VISIT)]


def test_a_photo_story_read_inside_a_cut_sentence_is_a_story_of_its_own_and_the_sentence_goes_on_after_its_credit():
    # XY-cut reads a photo story (its standing title, caption and credit) between the two halves of a sentence
    # cut at a column's foot: the title opens the photo story, and the text after its credit finishes the sentence
    port = ["本报青川6月2日电（记者 林小舟）青川港新码头工程今天开工，预计年内建成投用。",
            "港务集团介绍，新码头建成后，青川港年吞吐能力将提高三成，可停靠五万吨级货轮，码头后方还将建设物流园区，临江沿岸",
            "企业出货将更加便利。", "施工方表示，码头建设将采用装配式工艺，工期比原计划缩短两个月。"]
    photo = ["6月1日，青禾县的孩子们在老街书房里读书。书房开放半年，周末读者已经超过一千人。", "周启明摄（人民视觉）"]
    text = "## 青川港新码头年内开工\n\n" + "\n\n".join(port[:2] + ["图片报道"] + photo + port[2:]) + "\n"
    arts = [(a["headline"], a["paragraphs"]) for a in baoku.restore(text).to_json()["articles"]]
    assert arts == [("青川港新码头年内开工", [port[0], port[1] + port[2], port[3]]), ("图片报道", photo)]


def test_a_photo_storys_own_short_title_read_inside_a_cut_sentence_opens_it_and_the_sentence_goes_on_after_it():
    # a photo story under a title of its own (no standing name), set as a line of text between the halves of a
    # sentence cut at a column's foot, its caption in two lines over the credit: the title opens the photo story,
    # and the text after the credit finishes the sentence
    port = ["本报青川6月2日电（记者 林小舟）青川港新码头工程今天开工，预计年内建成投用。",
            "港务集团介绍，新码头建成后，青川港年吞吐能力将提高三成，可停靠五万吨级货轮，码头后方还将建设物流园区，临江沿岸",
            "企业出货将更加便利。", "施工方表示，码头建设将采用装配式工艺，工期比原计划缩短两个月。"]
    photo = ["6月1日，青禾县的孩子们在老街书房里读书。", "书房开放半年，周末读者已经超过一千人，成了老街的新去处。",
             "周启明摄（人民视觉）"]
    text = "## 青川港新码头年内开工\n\n" + "\n\n".join(port[:2] + ["书香老街"] + photo + port[2:]) + "\n"
    arts = [(a["headline"], a["paragraphs"]) for a in baoku.restore(text).to_json()["articles"]]
    assert arts == [("青川港新码头年内开工", [port[0], port[1] + port[2], port[3]]), ("书香老街", photo)]


def test_a_photo_agency_named_alone_under_a_caption_is_the_photo_storys_credit_not_the_next_kicker():
    # a photo story's credit may be the agency's name alone (人民视觉), with no 摄: it closes the photo story
    photo = ["6月1日，青禾县的孩子们在老街书房里读书。书房开放半年，周末读者已经超过一千人。", "人民视觉"]
    port = ["本报青川6月2日电（记者 林小舟）青川港新码头工程今天开工，预计年内建成投用。"]
    text = "## 图片报道\n\n" + "\n\n".join(photo) + "\n\n## 青川港新码头年内开工\n\n" + "\n\n".join(port) + "\n"
    assert _titled(text) == [(None, "图片报道", None, photo), (None, "青川港新码头年内开工", None, port)]


def test_a_one_character_stub_after_a_column_tagged_title_finishes_the_title_read_before_it():
    # XY-cut reads a title's line, the title set beside it (closed by its column tag), then the first one's last
    # character
    page = baoku.restore("青川队夺得联赛首\n\n老街夜市重开（城市观察）\n\n## 冠\n\n" + LEAD + "\n")
    heads = [a["headline"] for a in page.to_json()["articles"]]
    assert "青川队夺得联赛首冠" in heads and not any(h.endswith("）冠") for h in heads)


def test_a_long_first_line_without_a_comma_under_a_headline_is_its_subheadline():
    # a council session's agenda of documents and who chaired it, too long for a heading line, its last word
    # wrapped onto a line of its own, over a bulleted point of the session
    agenda = ("审议《青川市清水河保护条例（草案）》《青川市老街夜市管理办法（修订稿）》《关于滨江步道修缮情况的汇报》"
              "常委会负责人周启航主持")
    text = ("# 青川市人大常委会开例会\n\n" + agenda + "\n\n会议\n\n■ 要让清水河两岸的群众都能参与护河，共享治理成果。\n\n"
            "本报讯（记者 王明远）6月2日，青川市人大常委会开例会，听取了三份文件的起草说明。\n\n"
            "例会指出，清水河保护条例草案经过两轮修改，已具备提请表决的条件。\n")
    art = baoku.restore(text).to_json()["articles"][0]
    assert art["subheadline"] == agenda + "会议" and art["paragraphs"][0].startswith("■")


def test_a_long_first_line_without_a_comma_under_a_column_tagged_title_stays_its_summary():
    summary = "让临江区老街的每一家小店都亮起灯来、让夜市的摊主有规矩可守、让逛夜市的市民有安心的去处是这次改造的本意"
    text = ("# 老街夜市重开的背后（城市观察）\n\n" + summary + "\n\n"
            "临江区老街夜市重开已有一个月，摊主们说，今年的夜市比往年更热闹。\n\n"
            "区商务局介绍，夜市重开前统一划定了摊位和经营时段。\n")
    art = baoku.restore(text).to_json()["articles"][0]
    assert art["subheadline"] is None and art["paragraphs"][0] == summary


def test_a_colon_cut_off_alone_before_a_web_address_stays_in_its_sentence():
    # the converter set the colon before the address on a line of its own: neither that line nor the one it
    # closes is a title, and the address line and the rest of its sentence go on with that sentence
    cut, address, rest = "据了解，青川数字图书馆（网址", "http ：//www.qclib.example ）于6月1日上线，读者", "可在线借阅电子书。"
    text = ("# 青川数字图书馆上线\n\n本报讯（记者 王明远）6月2日，青川数字图书馆迎来首批读者，上架电子书两万册。\n\n"
            + cut + "\n\n：\n\n" + address + "\n\n" + rest + "\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert [a["headline"] for a in arts] == ["青川数字图书馆上线"]
    assert arts[0]["paragraphs"][1:] == [cut + "：" + address + rest]


def test_a_two_phrase_title_whose_converter_marked_only_its_long_last_line_is_one_headline():
    # the unmarked line sets its second phrase off with a space; the marked line opens with that phrase's end
    text = ("青川市召开清水河流域治理推进会\n\n落实市委全会部署和护河条例 沿河治理\n\n## 工程 全面提速\n\n周启航出席\n\n"
            "本报讯（记者 王明远）6月2日，青川市召开清水河流域治理推进会，部署下一阶段的沿河工程。\n")
    art = baoku.restore(text).to_json()["articles"][0]
    assert (art["kicker"], art["headline"].replace(" ", ""), art["subheadline"]) == (
        "青川市召开清水河流域治理推进会", "落实市委全会部署和护河条例沿河治理工程全面提速", "周启航出席")


@pytest.mark.parametrize("text, headline", [
    # the converter marked only the wrapped last line; a kicker is seldom run on into its headline so
    ("青川港新建的三号集装箱码头\n\n## 今年年底前建成投运\n\n"
     "本报讯（记者 岑望川）青川港新建的三号集装箱码头今年年底前建成投运，码头设计年吞吐量八十万标箱。\n\n"
     "港务集团说，三号码头投运以后，青川港集装箱年吞吐能力将翻一番。\n",
     "青川港新建的三号集装箱码头今年年底前建成投运"),
    # both lines marked alike: the second could be a title of its own by its length and its edges
    ("## 青川举办灯会游园会纪念新\n\n## 中心落成十周年\n\n"
     "本报讯（记者 岑望川）青川日前举办灯会游园会，纪念新中心落成十周年，到场市民有三万多人。\n\n"
     "灯会设在清水河两岸，展出花灯两百余组，游园会要办到下个月。\n",
     "青川举办灯会游园会纪念新中心落成十周年")])
def test_a_title_wrapped_over_two_lines_that_its_story_names_run_on_is_one_headline(text, headline):
    # the story names the title run on across its wrap
    page = baoku.restore(text)
    assert [(a.kicker, a.headline.text) for a in page.articles] == [(None, headline)]


SHELF = "管理员说，书房的图书按月更换。新到的城市书房绘本和地方志，会优"     # prose cut at a column's foot


def test_a_short_line_read_after_cut_prose_over_a_marked_headline_is_its_kicker():
    body = "市文化局介绍，全市今年新建城市书房二十座，街道书房覆盖率过半。"
    text = "## 老街书房开门迎客\n\n" + SHELF + "\n\n三年建成百座城市书房\n\n# 青川书房网络铺开\n\n" + body + "\n"
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["kicker"], a["headline"]) for a in arts] == \
        [(None, "老街书房开门迎客"), ("三年建成百座城市书房", "青川书房网络铺开")]
    assert arts[0]["paragraphs"] == [SHELF]


def test_the_rest_of_a_sentence_cut_before_a_run_after_a_closing_note_opens_no_story_of_a_row():
    # the text after the closing note completes the word the prose before the kicker cut: no second story starts
    body = "市文化局介绍，今年三年建成百座城市书房的计划已过半，街道书房覆盖率过半。"
    rest = "先摆上书架。青川书房网络铺开以后，街坊们借书更方便了。"
    text = ("## 老街书房开门迎客\n\n" + SHELF + "\n\n三年建成百座城市书房\n\n# 青川书房网络铺开\n\n" + body
            + "\n\n（作者为青川市文化局局长）\n\n" + rest + "\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert ("三年建成百座城市书房", "青川书房网络铺开") in [(a["kicker"], a["headline"]) for a in arts]


def test_a_plain_field_between_a_column_tagged_title_and_the_next_headline_is_that_headline_s_kicker():
    lead = "本报青川6月2日电（记者陈书婷）青川港新航线2日开通，新码头年内开工，港区今年将新增泊位四个。"
    text = "青川港务集团——\n\n新航线通达三十港（港城观察）\n\n两年新增泊位四个\n\n## 临江新码头年内开工\n\n" + lead + "\n"
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["kicker"], a["headline"], a["subheadline"]) for a in arts] == \
        [("青川港务集团——", "新航线通达三十港（港城观察）", None), ("两年新增泊位四个", "临江新码头年内开工", None)]


def test_a_line_of_three_clauses_under_a_column_tagged_title_is_the_summary_opening_its_body():
    line = "夜市重开了，摊位要登记，经营时段要延长到午夜"
    body = "临江区老街夜市上月重开，首晚迎客两万人次。夜市好不好，要看管得细不细。"
    page = baoku.restore("## 夜市重开更要管好（青川时评）\n\n" + line + "\n\n时间：6月2日\n\n地点：临江区老街\n\n" + body + "\n")
    arts = page.to_json()["articles"]
    assert [(a["headline"], a["subheadline"], a["paragraphs"][0]) for a in arts] == \
        [("夜市重开更要管好（青川时评）", None, line)]


def test_a_one_character_stub_read_between_stories_finishes_the_title_whose_cut_word_it_completes():
    lead = "本报青川6月2日电（记者陈书婷）青川港的渡轮夜航今起延长到午夜，每晚加开两班。"
    text = ("## 老街书房开门迎客\n\n青川市老街书房上月开放，每天接待读者三百多人。\n\n## 青川港渡轮夜航延\n\n"
            "临江区的城市书房开放一年来，累计接待读者四十余万人次。\n\n长\n\n" + lead + "\n")
    heads = [a["headline"] for a in baoku.restore(text).to_json()["articles"]]
    assert heads == ["老街书房开门迎客", "青川港渡轮夜航延长"]


def test_a_line_opening_with_a_number_between_a_title_and_a_dated_lead_ends_the_title_in_a_line_dump():
    # a figure called out in a box has text explaining it under it: over a story's lead it is a title's wrapped end
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "临江新港完工\n——三个新泊位建成可停靠\n5000吨级货轮\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["headline"], art["subheadline"], art["paragraphs"][0]) == \
        ("临江新港完工", "三个新泊位建成可停靠5000吨级货轮", LEAD)


def test_a_box_name_heads_its_items_and_a_title_as_wide_as_the_column_closes_the_box_in_a_line_dump():
    # the items' titles are set in the box's column, indented as its paragraphs; the next story's title fills it
    from conftest import lines_dump
    items = [("青川港开通夜航", ["青川港客运站近日开通夜间航线，末班船延至晚上十点，方便市民夜游江景。", "（据青川日报电 记者林小舟）"]),
             ("临江书房添新书", ["临江区城市书房本月上架新书两千册，以儿童绘本和地方史料为主。", "（据青川日报电 记者宋嘉禾）"])]
    body = ["青川市临江区老街夜市经过三个月的改造，将于本周末重新开放，摊位数量比改造前增加一倍。",
            "改造后的夜市增设了休息区和停车位，市民可以扫码预约摊位。"]
    text = "城事短波\n"
    for title, paras in items:
        text += title + "\n" + lines_dump(paras, 12)
    text += "临江老街夜市本周重新开放\n" + lines_dump(body, 12)
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["headline"], a["paragraphs"]) for a in arts] == \
        [("城事短波", [x for title, paras in items for x in [title] + paras]), ("临江老街夜市本周重新开放", body)]


def test_a_box_name_over_an_items_title_and_subtitle_heads_the_box_and_the_next_box_name_opens_another_in_a_line_dump():
    # a box's name over its first item's two title fields; the next box's name, then its item's title, closes it
    from conftest import lines_dump
    first = ["临江区今年为旧楼院落新装电梯六部，首批电梯本周投入使用，居民上下楼不再吃力。",
             "区住建局负责人说，其余电梯将在年底前全部装好，加装费用由财政和居民按比例分担。"]
    second = ["入夏以来老街夜市人气很旺，但摊位摆放杂乱，占道经营时有发生，影响行人通行，也给周边居民带来不便。",
              "建议有关部门统一规划摊位，划定经营区域，明确收摊时间，让夜市既热闹又有序。", "青川市临江区 宋嘉禾"]
    text = ("城事回音\n临江区旧楼院落新装\n电梯\n首批六部电梯投入使用\n本报记者 林小舟\n" + lines_dump(first, 12)
            + "城事建言\n夜市摊位应当统一管理\n" + lines_dump(second, 12))
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["kicker"], a["headline"], a["subheadline"], a["paragraphs"][-1]) for a in arts] == \
        [(None, "城事回音", None, first[-1]), (None, "城事建言", None, second[-1])]


def test_a_title_over_a_reporters_line_under_an_editors_note_is_the_packages_first_part_in_a_line_dump():
    # the editor's note under the package's headline closes on its signature: the titled, signed report under it
    # is the package's first part, not a story of its own
    from conftest import lines_dump
    note = ["年关将近，青川的街巷和乡村处处是忙碌的身影。过去一年，全市新修道路一百二十公里，新建城市书房十一座，"
            "旧楼院落改造惠及居民两万户，街坊们的光景越过越旺。",
            "这一年里，港口的货轮多了，山村的游客多了，老街的老字号也重新开张，城里城外处处透着新气象。",
            "新春佳节前夕，本报记者兵分几路，走进老街、山村和港口，听普通人讲述过去一年的收获和新一年的打算。"
            "自今日起，本版陆续刊发记者们在基层的所见所闻。"]
    report = ["雪后的青禾乡，大棚里的黄瓜挂满了藤，菜农韩大姐天不亮就下地采摘。",
              "她说，合作社统一收购，菜价比去年稳当，一个冬天能多收入两万元。"]
    text = ("老街年味浓\n" + lines_dump(note) + "——编 者\n菜篮子 青禾乡大棚蔬菜供\n应充足菜价平稳菜农冬季增\n收两成\n"
            "本报记者 周启明\n" + lines_dump(report))
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["headline"], a["paragraphs"][-3:]) for a in arts] == [("老街年味浓", ["本报记者 周启明"] + report)]


def test_a_box_name_that_its_item_uses_as_a_word_further_on_still_heads_the_box():
    # a kicker is spoken of where its story opens; a box's name may be a common word an item uses later
    from conftest import lines_dump
    item = ["入夏以来老街夜市人气很旺，但摊位摆放杂乱，占道经营时有发生，影响行人通行，也给周边居民带来不便。",
            "笔者提醒有关部门统一规划摊位，划定经营区域，明确收摊时间，让夜市既热闹又有序。", "青川市临江区 宋嘉禾"]
    text = "提醒\n夜市摊位应当统一管理\n" + lines_dump(item, 12)
    art = baoku.restore(text).to_json()["articles"][0]
    assert (art["kicker"], art["headline"], art["paragraphs"]) == (None, "提醒", ["夜市摊位应当统一管理"] + item)


def test_a_title_after_a_box_of_figures_called_out_opens_a_story_in_a_line_dump():
    # the box's items are figures, each over the text explaining it: a title set like an item's is the next story's
    from conftest import lines_dump
    figures = ["326个", "今年全市新建和改造的城市书房、社区图书角达到这个数字，比去年多出一倍。",
               "12.5万", "上半年走进城市书房借书、自习的市民人次，其中青少年占了四成。"]
    story = ["入夏以来老街夜市人气很旺，改造后的夜市增设了休息区和停车位，摊位数量比改造前增加一倍。",
             "夜市管理方说，市民可以扫码预约摊位，夜市每晚开到十一点。"]
    text = "看数字\n" + lines_dump(figures, 12) + "临江夜市重新开放\n" + lines_dump(story, 12)
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["headline"], a["paragraphs"]) for a in arts] == [("看数字", figures), ("临江夜市重新开放", story)]


def test_a_short_title_under_a_line_listing_bulleted_points_is_a_field_of_its_own_in_a_line_dump():
    # a tagline listing its points, each opened by a bullet, is no title's first line that the short line ends
    from conftest import lines_dump
    body = ["青川港新码头本周正式启用，五个深水泊位可同时停靠万吨级货轮，港区年吞吐能力提高三成。",
            "港务集团负责人说，新码头将开通通往沿海港口的集装箱班轮，每周往返六班。"]
    text = lines_dump([EARLIER, BODY]) + "通江达海的百年老港 ◎服务腹地的物流枢纽\n青川港\n" + lines_dump(body)
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"], art["paragraphs"]) == ("通江达海的百年老港 ◎服务腹地的物流枢纽", "青川港", body)


def test_two_fields_over_a_reporters_line_are_a_packages_headline_and_first_part_when_a_next_part_follows():
    # the next title under the story is signed by its reporter too: the story is a package of reports, and the
    # field right over the first reporter's line is its first part's title, not the headline under a kicker
    first = ["腊月二十六，青川老街的骑楼下摆满了年货摊，街坊们一早就来置办年货，骑楼下人来人往。",
             "卖春联的林师傅说，今年骑楼下的摊位比去年多了一倍，老字号的糕点也早早卖完。"]
    second = ["雪后的青禾乡，十几个孩子在操场上堆雪人，支教老师宋嘉禾在一旁给他们拍照。",
              "放假前孩子们排了一台节目，要演给回乡过年的家长看，节目单是孩子们自己写的。"]
    parts = ["骑楼下的年货摊 摊摊红火", "本报记者 周启明", *first, "山村小学的新年", "本报记者 林小舟", *second]
    page = baoku.restore("\n\n".join(["年关走街巷 老街年味浓", *parts]) + "\n").to_json()
    assert [(a["kicker"], a["headline"], a["paragraphs"]) for a in page["articles"]] == \
        [(None, "年关走街巷 老街年味浓", parts)]


def test_a_bracketed_titles_end_read_down_the_column_finishes_it_and_takes_the_text_after_it():
    # XY-cut reads a title's first line, other text, then the title's wrapped end amid the text under it; with no
    # lead of its own that text went to the story before, and the paragraph the wrapped end cuts goes with it
    tea = ["青禾县老茶人许春山守着一口铁锅炒茶四十年，带出徒弟三十余人。",
           "许春山十六岁拜师学艺，他说炒茶最讲究手上的分寸，火候差一点，",
           "茶香就散了。如今，他的徒弟们已在县里开起了十二家茶坊。"]
    text = ("## 清水河治理启动（港城观察）\n\n老茶人守艺四十年（青川市非遗传承人称\n\n" + LEAD + "\n\n" + BODY
            + "\n\n" + tea[0] + "\n\n" + tea[1] + "\n\n## 号获得者）\n\n" + tea[2] + "\n")
    arts = {a["headline"]: a["paragraphs"] for a in baoku.restore(text).to_json()["articles"]}
    assert "".join(arts["老茶人守艺四十年（青川市非遗传承人称号获得者）"]).endswith(tea[1] + tea[2])
    assert "号获得者）" not in arts


def test_a_row_of_kickers_over_two_headlines_read_one_after_the_other_pairs_them_in_order():
    # XY-cut order: both dashed kickers, the marked headline, the other story's unmarked headline, then the
    # first story; the second kicker goes with the second headline
    page = baoku.restore(
        "青川市临江区推行河湖巡查“一河一档”——\n\n“老街守望人”陈晓禾——\n\n"
        "## 清水河畔步道贯通（河湖治理进行时）\n\n守了老街二十年（青川人物）\n\n"
        "本报青川6月2日电 临江区推行河湖巡查“一河一档”，清水河畔步道已经贯通，沿河街坊傍晚来这里散步。\n\n"
        "临江区河长办说，清水河每段河道都有巡查员，巡查记录一河一档，问题当天交办。\n\n"
        "## 骑楼修缮首期完工\n\n"
        "陈晓禾在老街住了六十年，退休以后天天在老街巡看，哪家骑楼漏雨，他都记在本子上。\n")
    assert kickers_and_headlines(page)[:2] == [
        ("青川市临江区推行河湖巡查“一河一档”——", "清水河畔步道贯通（河湖治理进行时）"),
        ("“老街守望人”陈晓禾——", "守了老街二十年（青川人物）")]


@pytest.mark.parametrize("lead, rest, joined", [
    ("本报青川3月2日电（记者林小舟）青川市第二届城市书房阅读节", "近日开幕，全市四十余座书房将举办两百多场活动。", True),
    ("本报青川3月2日电（记者林小舟）青川市临江区的老街书房", "今年以来已接待读者三万人次，借出图书八千册。", True),
    ("本报青川3月2日电（记者林小舟）青川市第二届城市书房阅读节近日开幕。（活动安排见第二版）",
     "宋嘉禾在开幕式上说，阅读节将持续一个月。", False)])
def test_a_dated_lead_left_without_a_stop_goes_on_in_the_text_after_it(lead, rest, joined):
    # a lead is prose: cut where it lacks a stop, however like a paragraph's opening the text after it is
    page = baoku.restore("## 青川新闻\n\n" + lead + "\n\n" + rest + "\n\n市民说，老街越来越好了。\n")
    paragraphs = [p.text for p in page.articles[0].paragraphs]
    assert paragraphs[:2 - joined] == ([lead + rest] if joined else [lead, rest])


@pytest.mark.parametrize("fragment, rest", [
    ("去年底，青川市港务局牵头起草的《青川港岸线利用规划》", "经市政府常务会议审议通过，港区将新增两个泊位。"),
    ("日前，青川市文化馆编排的新剧《老街的灯》", "在市大剧院首演，观众反响热烈。")])
def test_prose_cut_right_after_the_name_of_a_work_goes_on_in_the_text_after_it(fragment, rest):
    # a comma before the name: prose, which no paragraph ends on a closing 》
    page = baoku.restore("## 青川新闻\n\n本报青川3月2日电 青川港今年吞吐量再创新高。\n\n" + fragment + "\n\n" + rest
                         + "\n\n市民说，港口越来越忙了。\n")
    assert [p.text for p in page.articles[0].paragraphs][1:] == [fragment + rest, "市民说，港口越来越忙了。"]


@pytest.mark.parametrize("fragment, rest", [
    ("预约电话：0816—3318520，或拨打0816—", "3318521，周末照常接听。"),
    ("根据规划，青川港扩建工程分三期实施，建设期为2021—", "2025年，总投资约四十二亿元。")])
def test_a_number_cut_at_the_dash_joining_it_to_the_next_goes_on_in_the_text_after_it(fragment, rest):
    page = baoku.restore("## 青川新闻\n\n本报青川3月2日电 青川港今年招聘港口技术人员。\n\n" + fragment + "\n\n" + rest
                         + "\n\n市民说，港口越来越忙了。\n")
    assert [p.text for p in page.articles[0].paragraphs][1:] == [fragment + rest, "市民说，港口越来越忙了。"]


@pytest.mark.parametrize("summary, after, alone", [
    ("书房建设，要让读者在家门口有“看得见的方便”，更要让走进书房的读者有“留得住的品质”",
     "城市书房“家家可建”，应该创造更好的条件，让更多的社区和单位都“愿意建、建得好、管得住”", True),
    ("书房建设，要让读者在家门口有看得见的方便，更要让走进书房的读者享受到留得住的品",
     "质。近几年，青川市各区新建城市书房四十余座，读者逐年增多。", False)])
def test_stopless_summary_lines_under_a_column_tagged_title_are_paragraphs_of_their_own(summary, after, alone):
    # a commentary's summary line may end on a quote and the line after it open as prose seldom does; a line
    # whose last word the text after it completes is prose cut by a break
    page = baoku.restore("## 让城市书房更有温度（青川时评）\n\n" + summary + "\n\n" + after + "\n\n"
                         "书房管理员说，下一步还将延长开放时间。\n")
    paragraphs = [p.text for p in page.articles[0].paragraphs]
    assert paragraphs[:2 if alone else 1] == ([summary, after] if alone else [summary + after])


def test_unmarked_titles_under_a_marked_headline_that_the_text_after_speaks_of_head_the_next_story():
    # XY-cut read the marked headline (its story set elsewhere), then the titles of the story beside it and
    # that story's text, which speaks of them and not of the headline
    page = baoku.restore("青川港扩建工程稳步推进\n\n## 新码头年内开工\n\n老街书房迎来周末读者\n\n亲子阅读活动每周六开放\n\n"
                         "本报讯（记者林小舟）6月3日是周六，青川老街书房迎来了周末读者。书房推出的亲子阅读活动吸引了四十多个"
                         "家庭，孩子们在老街书房里听故事、读绘本。\n\n书房管理员宋嘉禾说，亲子阅读活动今后每周六都将开放。\n")
    port, books = page.articles
    assert (port.kicker.text, port.headline.text, port.subheadline, port.paragraphs) == \
        ("青川港扩建工程稳步推进", "新码头年内开工", None, [])
    assert [f.text for f in (books.kicker, books.headline, books.subheadline) if f] == \
        ["老街书房迎来周末读者", "亲子阅读活动每周六开放"]
    assert books.paragraphs[0].text.startswith("本报讯（记者林小舟）")


ECHOED = "老街书房开张，居民读书有了去处。书房一开张，夜里的借阅量就翻了一番，也对书房管理员的排班出了难题"


@pytest.mark.parametrize("body, alone", [
    ("可以说，书房一开张，夜里的借阅量就翻了一番，也让书房成了居民晚饭后的去处。", True),
    ("可以说，书房落户老街以后，居民晚饭后多了个去处。", False)])
def test_a_summary_line_under_a_column_tagged_title_that_the_prose_restates_is_a_paragraph_of_its_own(body, alone):
    # a commentary's summary line, a finished sentence and a clause left without a stop, over text the break model
    # would join it to: a run of it printed again in the prose tells a summary; unechoed, it is a paragraph cut
    after = "是多招人手还是轮班，书房管理员一直在琢磨。今春青川市各区新添书房四十余座，读者逐年增多。"
    page = baoku.restore("## 让城市书房更有温度（青川时评）\n\n" + ECHOED + "\n\n" + after + "\n\n" + body + "\n")
    paragraphs = [p.text for p in page.articles[0].paragraphs]
    assert paragraphs == ([ECHOED, after, body] if alone else [ECHOED + after, body])


def test_the_first_of_two_summary_lines_under_a_column_tagged_title_is_a_paragraph_not_a_subheadline():
    first, second = "城市书房开进了老街，让附近的居民特别是老人有了读书的去处", "延长开放时间，丰富阅读活动，让书房与社区、学校各尽其责"
    body = "近几年，青川市各区新建城市书房四十余座，读者逐年增多。不少市民说，书房成了家门口的好去处。"
    page = baoku.restore("## 让城市书房更有温度（青川时评）\n\n" + first + "\n\n" + second + "\n\n" + body + "\n")
    [art] = page.articles
    assert art.subheadline is None
    assert [p.text for p in art.paragraphs] == [first, second, body]


def test_an_interviews_question_opens_a_paragraph_after_a_stopless_line():
    line = "全市书房每天接待读者上万人次，管理员的数量却一直不见增加"
    question = "问：青川市为什么要在今年出台城市书房管理员培训办法？主要考虑了哪些因素？"
    page = baoku.restore("## 城市书房管理员 不看学历看能力\n\n本报青川6月2日电 青川市日前出台城市书房管理员培训办法。\n\n"
                         + line + "\n\n" + question + "\n\n答：近几年，青川市新建城市书房四十余座。\n")
    assert [p.text for p in page.articles[0].paragraphs][1:3] == [line, question]


def test_an_unmarked_line_over_text_opening_with_one_character_and_a_full_stop_is_the_sentence_it_ends():
    # (……推送广告 / 案。5月初……: no paragraph opens on a word and a full stop, so the line is no crosshead)
    item = "2.青川市关停“书香伴读”应用程序违规推送广告"
    rest = "案。5月初，有市民向热线反映该应用程序弹出大量广告，青川市文化执法部门随即依法处理。"
    page = baoku.restore("## 青川查处多起侵害未成年人权益案件\n\n本报青川6月2日电 青川市日前通报了一批典型案件。\n\n"
                         "1.青川市关停某网站违规销售盗版图书案。4月，青川市文化执法部门依法关停该网站。\n\n"
                         + item + "\n\n" + rest + "\n")
    [art] = page.articles
    assert art.paragraphs[-1].text == item + rest


def test_a_kickers_dash_read_after_a_tagged_title_beside_it_closes_that_kicker_which_waits_for_its_headline():
    # XY-cut order: the first story's kicker, the second story's kicker, the first story's column-tagged title
    # set beside that second kicker, the second kicker's closing dash on a line of its own, the first story's
    # text; the second story's title and text come later
    page = baoku.restore(
        "连续五个月保持增长\n\n青川国际龙舟邀请赛在清水河开赛\n\n青川港集装箱吞吐量创新高（数说青川）\n\n——\n\n"
        "本报青川6月2日电 青川港务集团今天发布数据，前五个月集装箱吞吐量连续五个月保持增长，创历史新高。\n\n"
        "港务集团说，新航线开通以后，集装箱班轮航线增至二十条。\n\n"
        "## 百舸争流清水河\n\n"
        "6月2日，青川国际龙舟邀请赛在清水河开赛，来自十二个国家和地区的三十支队伍同场竞技。\n")
    assert kickers_and_headlines(page) == [
        ("连续五个月保持增长", "青川港集装箱吞吐量创新高（数说青川）"),
        ("青川国际龙舟邀请赛在清水河开赛——", "百舸争流清水河")]


def test_a_kicker_wrapped_around_another_storys_marked_headline_waits_for_the_next_headline():
    # XY-cut order: a kicker's first line, the marked headline set beside it, the kicker's wrapped end (which
    # completes a word cut at the end of its first line), that headline's story; the kicker's own headline and
    # story come later
    page = baoku.restore(
        "青川国际龙舟邀请赛在清水河开\n\n## 老街夜市重开（港城观察）\n\n赛\n\n" + NIGHT + "\n\n" + NIGHT_MORE + "\n\n"
        "## 百舸争流清水河（动感青川）\n\n"
        "6月2日，来自十二个国家和地区的三十支队伍同场竞技，青川国际龙舟邀请赛落下帷幕。\n")
    assert kickers_and_headlines(page) == [
        (None, "老街夜市重开（港城观察）"), ("青川国际龙舟邀请赛在清水河开赛", "百舸争流清水河（动感青川）")]


def test_a_short_second_kicker_over_one_unmarked_title_waits_for_the_headline_after_the_first_story():
    # XY-cut order: two stories' kickers (the second short, no dash, opening as titles do), the first story's
    # title and text, then the second story's title and text
    page = baoku.restore(
        "青川港推进扩建工程\n\n多地出新招\n\n新码头 年内开工\n\n"
        "本报青川6月2日电 青川港推进扩建工程，新码头年内开工建设，建成后年吞吐能力将翻番。\n\n"
        "扩建工程总投资十二亿元，计划三年建成。\n\n"
        "渡轮夜航延长至午夜\n\n"
        "本报青川6月2日电 清水河沿岸多地出台便民措施，自下月起，渡轮夜航延长至午夜，方便市民夜间往返两岸。\n")
    assert kickers_and_headlines(page) == [
        ("青川港推进扩建工程", "新码头 年内开工"), ("多地出新招", "渡轮夜航延长至午夜")]


def test_a_kickers_short_wrapped_end_that_opens_as_a_phrases_tail_stays_in_the_kicker():
    # the same run, the short line the end of the kicker's phrase (……二号线 / 正式开通), no kicker of its own
    page = baoku.restore(
        "青川市地铁二号线\n\n正式开通\n\n新码头 年内开工\n\n"
        "本报青川6月2日电 青川市地铁二号线正式开通，新码头年内开工建设，建成后年吞吐能力将翻番。\n")
    assert kickers_and_headlines(page) == [
        ("青川市地铁二号线正式开通", "新码头 年内开工")]


def test_a_boxs_name_over_a_column_tagged_item_title_opens_the_box_without_failing():
    # the item's title, closing on a column tag, is no other story's title parted from the box (a box's item)
    page = baoku.restore("速览\n\n老街夜市重开（港城观察）\n\n" + NIGHT + "\n")
    assert [(a.headline.text, a.subheadline, [p.text for p in a.paragraphs]) for a in page.articles] == [
        ("速览", None, ["老街夜市重开（港城观察）", NIGHT])]


def test_a_short_title_under_a_long_unmarked_lead_in_of_a_package_is_a_paragraph_of_its_own():
    # a package's parts, each a long labelled lead-in over a short title of its own: the title is less than half
    # the lead-in's length, but the two lines end and open as texts do, so it is no wrapped remainder
    page = baoku.restore(
        "## 青川的一年（岁末回望）\n\n这一年，青川老街的面貌变了，城市书房多了，市民的日子越过越红火。\n\n"
        "民生篇 临江区老街改造让街坊住得更舒心出行更方便\n\n老街变了人气更旺\n\n"
        "老街改造后，道路平整了，骑楼修好了，周末来逛老街的市民越来越多。\n\n"
        "文化篇 青川市新建城市书房四十余座让市民读书更方便\n\n书房开到家门口\n\n"
        "城市书房开在家门口，市民读书、借书更方便了，书房的读者逐年增多。\n")
    paras = [p.text for p in page.articles[0].paragraphs]
    assert paras[1:3] == ["民生篇 临江区老街改造让街坊住得更舒心出行更方便", "老街变了人气更旺"]
    assert paras[4:6] == ["文化篇 青川市新建城市书房四十余座让市民读书更方便", "书房开到家门口"]


def test_a_marked_title_shaped_like_a_section_label_over_unmarked_fields_is_the_headline():
    # a forum's name with a middle dot (……青川·临江……) matches a section label's shape, but it is the group's only
    # marked field, in the page's larger type: the headline, with the date line under it as its subheadline
    page = baoku.restore("## 第三届青川·临江港口物流合作论坛暨港城\n\n## 发展大会\n\n2023年6月2日 中国·青川\n\n"
                         "2023年6月2日，港口物流合作论坛在中国青川举行。青川港地处清水河入江口，是临江两岸货物往来的重要口岸。\n\n"
                         "本届论坛将邀请两地港口、航运和物流企业共商合作，发布港口物流一体化行动计划。\n")
    art = page.articles[0]
    assert (art.section, art.headline.text, art.subheadline.text) == (
        None, "第三届青川·临江港口物流合作论坛暨港城发展大会", "2023年6月2日 中国·青川")


def test_two_heading_lines_first_in_a_dated_news_story_head_the_next_story():
    # a dated report seldom has crossheads: a kicker over a headline under its last lines opens a new story
    page = baoku.restore(
        "## 青川港新航线今年开通\n\n本报青川6月2日电（记者林小舟）记者近日从青川港务集团获悉：青川港至临江港的集装箱新航线"
        "今年将正式开通，港口航线增至十二条。\n\n港务集团负责人介绍，新航线开通后，临江沿岸企业出货时间将缩短一天，运费也将下降。\n\n"
        "临江区升级老旧码头，整治沿岸环境\n\n“老码头”变干净了\n\n临江区的老码头曾是沿岸最脏乱的地方，堆场杂乱，灰尘满天。\n\n"
        "去年以来，临江区对老码头进行升级改造，新建了封闭堆场和喷淋设施，沿岸环境明显改善。\n")
    assert kickers_and_headlines(page) == [
        (None, "青川港新航线今年开通"), ("临江区升级老旧码头，整治沿岸环境", "“老码头”变干净了")]
    assert len(page.articles[0].paragraphs) == 2


@pytest.mark.parametrize("author", ["临江区图书馆馆长 韩亦舒", "韩亦舒"])
def test_a_title_over_its_authors_name_in_a_dated_news_story_is_left_to_the_crosshead_model(author):
    # a letter quoted in a report, its title over its author's name: not forced to head a story of its own
    page = baoku.restore(
        "## 青川城市书房达到四十座\n\n本报青川6月2日电（记者林小舟）记者从青川市文化局获悉：青川市今年新建城市书房十二座，"
        "全市城市书房达到四十座，城市书房的读者逐年增多。\n\n城市书房开放仪式上，临江区图书馆馆长为城市书房的读者写了一封信。\n\n"
        "致城市书房的读者\n\n" + author + "\n\n城市书房的读者朋友们：城市书房的灯光温暖了夜归的市民，城市书房每周末举办读书"
        "分享会。\n\n欢迎更多读者走进城市书房，读书、借书，让阅读成为生活的一部分。\n")
    assert [a.headline.text for a in page.articles] == ["青川城市书房达到四十座"]


def test_a_packages_headline_read_apart_takes_its_parts_titled_over_reporters_lines_from_the_story_after_it():
    # XY-cut reads a package's headline, then another story, then the package's parts, each titled over its
    # reporter's line: the bodiless headline takes the first part and all after it
    page = baoku.restore(
        "# 节后第一天 干部在一线（走基层）\n\n——青川市机关作风观察\n\n## 老街夜市重新开张\n\n"
        "临江区老街夜市经过三个月改造，本周末重新开张，摊位由八十个增至一百二十个。\n\n"
        "区市场监管局表示，夜市将实行统一管理，摊主须亮证经营。\n\n码头边的早班\n\n本报记者 林小舟\n\n"
        "清晨六点，青川港三号码头已经忙碌起来，港务集团的几名工作人员正在检查装卸设备。\n\n"
        "“今天有两条船靠港，设备一定要提前查好。”一名工作人员说。\n\n村口的办事点\n\n本报记者 韩亦舒\n\n"
        "上午九点，北塘镇便民服务点前已有村民排队，工作人员正在办理医保缴费。\n\n"
        "便民服务点负责人说，开年以来每天接待村民五十多人次。\n")
    package, market = page.articles
    assert [p.text for p in package.paragraphs][:2] == ["码头边的早班", "本报记者 林小舟"]
    assert len(package.paragraphs) == 8 and len(market.paragraphs) == 2


def test_a_part_read_under_another_wrapped_title_goes_to_its_story_and_that_title_waits_for_its_text():
    # XY-cut reads a title that wraps (two lines: no crosshead), then the first column of a commentary cut
    # mid-sentence, then the commentary's marked title and the rest; the wrapped title's own report comes later
    page = baoku.restore(
        "## 青川港口合作论坛开幕\n\n本报青川6月1日电（记者林小舟）第三届青川港口合作论坛今天开幕，来自临江等地的港口企业"
        "代表参加论坛。\n\n论坛为期两天，将围绕航线合作、港口服务等议题展开交流。\n\n青川市长会见出席港口合作论\n\n坛客人\n\n"
        "营商环境是一座城市的软实力。近年来，青川简化开办企业手续，企业办事时间缩短一半，不少外地企业因此\n\n"
        "# 营商环境好 城市更有活力（青川论坛）\n\n把总部搬到了青川，带来了新的就业岗位。\n\n"
        "优化营商环境没有终点，办事更便捷，企业才能更安心。\n\n"
        "本报青川6月2日电（记者韩亦舒）青川市长今天会见出席港口合作论坛的客人，双方就港口合作交换了意见。\n")
    _, meeting, commentary = page.articles
    assert meeting.headline.text == "青川市长会见出席港口合作论坛客人"
    assert [p.text[:4] for p in meeting.paragraphs] == ["本报青川"]
    assert [p.text[:4] for p in commentary.paragraphs] == ["营商环境", "优化营商"]


def test_a_kicker_among_two_heading_lines_makes_them_no_wrapped_title():
    from baoku.model import Block, Unit
    from baoku.restore.articles import _wrapped_title

    def unit(text):
        return Unit([Block(0, len(text), 0, len(text), text)], role="heading")
    assert _wrapped_title([unit("青川市长会见出席港口合作论"), unit("坛客人")])
    assert not _wrapped_title([unit("青川各区县举行开放日活动——"), unit("开门迎客")])
    assert not _wrapped_title([unit("青川市长会见港口企业代表")])


def test_a_part_read_before_its_title_takes_the_paragraphs_over_its_crosshead_that_speak_of_that_title():
    # XY-cut reads a story's first column after the story before it ends: the paragraph over the column's
    # crosshead, the crosshead (taken for a title), the text cut mid-word, then the story's kicker and title
    page = baoku.restore(
        "## 青川港吞吐量创新高\n\n本报青川6月1日电（记者林小舟）今年前五个月，青川港集装箱吞吐量比上年多一成二，"
        "创历年同期新高。\n\n港务集团表示，今年还将开通两条新航线，集装箱吞吐量有望继续增长。\n\n"
        "港务集团负责人说，新航线开通后，临江沿岸企业出货时间将缩短一天。\n\n"
        "不久前的周末，北塘镇老街的城市书房迎来大批读者，孩子们在书房里读绘本、听故事。\n\n"
        "数字阅读进书房\n\n去年以来，北塘镇城市书房引进电子阅读设备，读\n\n北塘镇——\n\n# 城市书房成了新客厅\n\n"
        "者在书房里就能借阅电子图书。书房还每周举办读书分享会。\n\n北塘镇负责人说，镇里还将在三个村新建城市书房。\n")
    port, library = page.articles
    assert len(port.paragraphs) == 3
    assert [p.text[:4] for p in library.paragraphs] == ["不久前的", "数字阅读", "去年以来", "北塘镇负"]


def test_a_short_line_over_a_dated_lead_that_the_story_names_run_on_from_a_headline_finishes_it():
    # XY-cut reads a marked title's first line under another title, that title's text, then the wrapped end
    # directly over the first title's dated lead, which names the title whole (……联合举办第三届港口博览会)
    page = baoku.restore(
        "## 老街夜市焕新颜\n\n## 青川港务集团等联合举办第三届\n\n——临江区夜经济发展观察\n\n"
        "临江区老街夜市2日重开，摊主们早早摆好了摊位，首晚迎客两万人次。\n\n"
        "区商务局介绍，夜市今年新增摊位一百二十个，营业到午夜。\n\n港口博览会\n\n"
        "本报青川6月2日电 由青川港务集团等联合举办的第三届港口博览会2日开幕，六百余家企业参展。\n\n"
        "博览会展期五天。\n")
    assert [(a.headline.text, len(a.paragraphs)) for a in page.articles] == [
        ("老街夜市焕新颜", 2), ("青川港务集团等联合举办第三届港口博览会", 2)]


def test_a_marked_short_title_over_a_dated_lead_that_the_story_names_run_on_from_a_headline_finishes_it():
    # as above, but the converter marked the wrapped end as a title of its own (## 港口博览会)
    page = baoku.restore(
        "## 老街夜市焕新颜\n\n## 青川港务集团等联合举办第三届\n\n——临江区夜经济发展观察\n\n"
        "临江区老街夜市2日重开，摊主们早早摆好了摊位，首晚迎客两万人次。\n\n"
        "区商务局介绍，夜市今年新增摊位一百二十个，营业到午夜。\n\n## 港口博览会\n\n"
        "本报青川6月2日电 由青川港务集团等联合举办的第三届港口博览会2日开幕，六百余家企业参展。\n\n"
        "博览会展期五天。\n")
    assert [(a.headline.text, len(a.paragraphs)) for a in page.articles] == [
        ("老街夜市焕新颜", 2), ("青川港务集团等联合举办第三届港口博览会", 2)]


def test_a_marked_title_ending_a_word_a_stacked_headline_cuts_finishes_it_over_its_dated_lead():
    # XY-cut reads a title's first line under another headline, that headline's dated text, then the title's
    # wrapped end, marked, which ends the word the first line cuts (考察学 / 习), over the title's own dated lead
    page = baoku.restore(
        "## 青川市召开防汛工作会议\n\n## 青禾县代表团赴临江考察学\n\n"
        "本报青川6月3日电 青川市防汛工作会议3日召开，会议部署了汛期各项准备工作。\n\n"
        "会议要求各区县做好物资储备和值守。\n\n## 习城市管理经验\n\n"
        "本报青禾6月3日电 青禾县代表团3日起在临江考察，看了老街改造和社区服务中心。\n\n"
        "代表团一行还与临江有关部门座谈。\n")
    assert [(a.headline.text, len(a.paragraphs)) for a in page.articles] == [
        ("青川市召开防汛工作会议", 2), ("青禾县代表团赴临江考察学习城市管理经验", 2)]


def test_a_short_unmarked_title_under_a_marked_headline_is_no_wrapped_end_of_it():
    # XY-cut reads a photo's two-character title right under another story's marked headline; the headline ends
    # and the short line opens as texts may, so it is a title of its own, not the headline's wrapped end
    page = baoku.restore(
        "## 青川港集装箱航线开通\n\n夜色\n\n本报青川6月1日电（记者林小舟）青川港至临江港的集装箱航线今天开通，"
        "每周往返三班。\n\n港务集团表示，航线开通后企业出货时间将缩短一天。\n\n"
        "6月1日晚，柳河县老街灯火通明，市民在夜色中游玩。\n\n韩亦舒摄\n")
    assert page.articles[0].headline.text == "青川港集装箱航线开通"
    assert [a.headline.text for a in page.articles] == ["青川港集装箱航线开通", "夜色"]


def test_a_two_character_event_verb_under_a_marked_headline_is_its_wrapped_end():
    # a photo's title is no bare verb that a report's title closes on (公布, 举行): the line ends the headline
    page = baoku.restore(
        "## 青川市老街夜市摊位抽签结果\n\n公布\n\n两百个摊位全部落户\n\n本报青川6月1日电（记者林小舟）老街夜市摊位"
        "今天抽签，两百个摊位全部落户。\n\n市商务局表示，夜市将于下月开张。\n")
    art = page.articles[0]
    assert (art.headline.text, art.subheadline.text) == ("青川市老街夜市摊位抽签结果公布", "两百个摊位全部落户")


def test_a_heading_line_whose_text_speaks_of_a_waiting_kicker_is_its_headline_not_a_crosshead():
    # XY-cut reads a row of two stories' kickers over the first story's headline; the second story's headline
    # comes later, one line like the first story's crossheads, but its text speaks of the kicker left waiting
    page = baoku.restore(
        "青川港——\n\n老街夜市重开——\n\n## 新码头年内开工\n\n"
        "本报青川6月1日电（记者林小舟）青川港新码头工程今天开工，预计年内建成投用，可停靠五万吨级货轮。\n\n"
        "港务集团介绍，新码头建成后，青川港年吞吐能力将提高三成，临江沿岸企业出货将更加便利。\n\n"
        "以创新精神推进建设\n\n"
        "码头建设将采用装配式工艺，工期比原计划缩短两个月。\n\n施工方表示，新工艺让码头建设更加安全。\n\n"
        "以工匠精神保证质量\n\n"
        "每一根桩基都要经过三道检测，港务集团派出专人驻场监督。\n\n"
        "市民服务全面升级\n\n"
        "老街夜市重开首晚，游客摩肩接踵。摊主王小禾说，老街夜市重开后生意比往年更好。\n\n"
        "柳河县商务局介绍，老街夜市今年新增摊位一百个，营业到午夜，夜市重开带动了周边商铺。\n")
    port, market = page.articles
    assert (port.kicker.text, len(port.paragraphs)) == ("青川港——", 7)
    assert (market.kicker.text, market.headline.text) == ("老街夜市重开——", "市民服务全面升级")


def test_a_marked_title_under_an_unmarked_one_waits_for_the_later_lead_that_speaks_of_it():
    # XY-cut reads two stories' titles set side by side (an unmarked one, then a marked one) over the first
    # story's text; the second story comes later under a lone line of who spoke and attended, over a dated lead
    # that speaks of the marked title
    page = baoku.restore(
        "青川港新航线开通\n\n## 老街夜市重开迎客\n\n"
        "本报青川6月1日电（记者林小舟）青川港至临江港的新航线今天开通，每周往返三班，老街夜市的商户也将因此受益。\n\n"
        "港务集团介绍，新航线开通后，临江沿岸企业出货时间将缩短一天。\n\n"
        "柳河县县长韩亦舒致辞 王小禾等出席\n\n"
        "本报青川6月1日电（记者林小舟）老街夜市今天重开迎客，首晚迎来游客两万人次。柳河县县长韩亦舒在开市仪式上致辞。\n\n"
        "柳河县商务局介绍，老街夜市今年新增摊位一百个。\n")
    port, market = page.articles
    assert (port.kicker, port.headline.text, len(port.paragraphs)) == (None, "青川港新航线开通", 2)
    assert (market.headline.text, market.subheadline.text) == ("老街夜市重开迎客", "柳河县县长韩亦舒致辞 王小禾等出席")


@pytest.mark.parametrize("echo", [
    "北塘镇老街的城市书房重开首个周末，迎来读者两千多人次，孩子们在书房里读绘本、听故事。",     # the title opened apart
    "青川市北塘镇老街的城市书房重开首个周末，迎来读者两千多人次，不少港口职工带着孩子来读绘本。",  # ... named a section
])
def test_a_title_read_over_another_storys_row_heads_the_later_lead_that_speaks_of_it(echo):
    # XY-cut reads a story's title over another story's kicker and marked headline; its own story comes later
    # under one line of who else met whom, over a dated lead that speaks of the title more than of that line
    page = baoku.restore(
        "青川市长会见临江港口考察团\n\n老街书房重开迎客\n\n## 周末读者络绎不绝\n\n" + echo + "\n\n"
        "书房负责人说，书房还将每周举办读书分享会。\n\n"
        "副市长韩亦舒会见临江港务代表\n\n"
        "本报青川6月2日电（记者林小舟）青川市长王小禾今天会见临江港口考察团一行，双方就港口合作交换了意见。\n\n"
        "同日，副市长韩亦舒会见了临江港务集团代表。\n")
    library, meeting = page.articles
    assert (library.section, library.kicker.text, library.headline.text) == (None, "老街书房重开迎客", "周末读者络绎不绝")
    assert (meeting.headline.text, meeting.subheadline.text) == ("青川市长会见临江港口考察团", "副市长韩亦舒会见临江港务代表")
    assert len(meeting.paragraphs) == 2


def test_a_label_run_on_into_a_quotation_under_a_headline_opens_a_series_of_crossheads():
    # under a tagged headline a label and a quotation on one line read as a subheadline; the text under it
    # repeats that form (a label as long, then a quotation): the first crosshead of the story's series
    page = baoku.restore(
        "## 老街的新故事（青川走笔）\n\n一段往事“我和老街一起长大”\n\n"
        "王小禾在老街住了六十年，街口的老槐树见证了她的童年，也见证了老街的变迁。\n\n"
        "她说，过去的老街坑坑洼洼，如今铺上了青石板，街坊们都说变美了。\n\n"
        "一座书房\n\n“孩子们放学后有了好去处”\n\n"
        "去年，老街建起了城市书房，每天放学后都有不少孩子来这里读书。\n")
    story, = page.articles
    assert story.subheadline is None
    assert [p.text[:4] for p in story.paragraphs] == ["一段往事", "“我和老", "王小禾在", "她说，过", "一座书房", "“孩子们",
                                                      "去年，老"]


def test_a_kicker_over_a_package_headline_and_its_reporter_line_is_the_first_parts_title():
    # XY-cut reads a package's first part title over the package's marked headline, then the part's reporter line;
    # the next part of the story has its title over a reporter's line too
    page = baoku.restore(
        "## 青川港新航线开通\n\n本报青川1月20日电（记者王小禾）青川港至临江港的新航线今天开通，每周往返三班。\n\n"
        "港务集团介绍，新航线开通后，临江沿岸企业出货时间将缩短一天。\n\n"
        "老街夜市 人气更旺\n\n## 新春走基层 青川年味浓\n\n本报记者 林小舟\n\n"
        "腊月二十，柳河县老街夜市灯火通明，摊主们忙着招呼客人，年货摊前排起了长队。\n\n"
        "摊主说，今年夜市新增摊位一百个，生意比往年更好。\n\n"
        "城市书房 读者更多\n\n本报记者 韩亦舒\n\n"
        "寒假第一天，北塘镇城市书房里坐满了读者，孩子们在这里读绘本、写作业。\n\n"
        "书房负责人说，春节期间书房照常开放。\n")
    _, package = page.articles
    assert package.kicker is None and package.headline.text == "新春走基层 青川年味浓"
    assert [p.text for p in package.paragraphs[:2]] == ["老街夜市 人气更旺", "本报记者 林小舟"]


def test_text_after_an_editors_note_cut_before_a_tagged_title_is_that_titles_first_column():
    # XY-cut reads an editor's note, its signature, then the first column of the commentary it introduces, cut
    # mid-sentence, before the commentary's title closing on its column tag
    page = baoku.restore(
        "青川老街的新变化\n\n"
        "今年以来，青川市推进老街改造，老街面貌焕然一新。本版今日刊发评论文章，谈谈老街改造的经验。\n\n——编 者\n\n"
        "老街是一座城市的记忆。近年来，青川市推进老街改造，既修缮了老房子，又留住了老街坊。\n\n"
        "改造中，青川坚持先听居民意见再定方案。市长王小禾说，\n\n"
        "让老街既有烟火气又有书香气（青川观察）\n\n"
        "老街改造不能大拆大建，要让居民住得舒心。\n\n"
        "如今，老街上开起了城市书房和老字号小店，周末游客络绎不绝。\n")
    note, comment = page.articles
    assert [p.text[:4] for p in note.paragraphs] == ["今年以来", "——编 "]
    assert comment.headline.text == "让老街既有烟火气又有书香气（青川观察）"
    assert [p.text[-6:] for p in comment.paragraphs] == ["住了老街坊。", "民住得舒心。", "客络绎不绝。"]


def test_a_tagged_title_read_inside_a_cut_sentence_before_text_that_opens_a_paragraph_heads_a_story():
    # XY-cut reads a commentary's column cut mid-sentence, then the unmarked tagged title of the commentary set
    # beside it and that commentary's text (its paragraph opens as paragraphs do); the cut sentence goes on
    # after the second commentary's closing note
    page = baoku.restore(
        "## 老街改造要留住烟火气（青川时评）\n\n"
        "老街是一座城市的记忆。改造老街，既要修好房子、管好线路，又要留住街坊邻里的烟火气，让老街坊\n\n"
        "让孩子们读上好书（青川论坛）\n\n"
        "近年来，柳河县走访了三十多所乡村小学，看到学校的图书室越建越多，不少孩子课后愿意来读书。\n\n"
        "办好乡村图书室，还要配好书、管好书，让孩子们读得到、读得进。\n\n"
        "（作者为柳河县教育局干部）\n\n"
        "住得舒心、过得顺心。老街的改造，要多听居民的意见。\n")
    titles = [a.headline.text for a in page.articles]
    assert titles == ["老街改造要留住烟火气（青川时评）", "让孩子们读上好书（青川论坛）"]
    street, reading = page.articles
    assert [p.text[:4] for p in reading.paragraphs] == ["近年来，", "办好乡村", "（作者为"]


def test_a_bodiless_title_takes_back_the_whole_paragraphs_that_echo_it_and_never_their_hosts_title():
    # XY-cut reads a profile's kicker and title, a photo, then another profile with its text, and only then the
    # first profile's text: each of its paragraphs names the kicker's man, none speaks of the host's title, and
    # only the last echoes the headline enough on its own
    page = baoku.restore(
        "柳河县乡村邮递员韩小川——\n\n## “山路再远，信也要送到”（青川人物）\n\n## 清晨练兵\n\n"
        "清晨，青川消防救援支队的队员在江边进行体能训练。\n\n林小舟摄\n\n"
        "青川港务集团董事长周启航——\n\n## “把码头建成开放的窗口”（青川企业家）\n\n"
        "周启航说，青川港今年新开两条外贸航线，码头吞吐量有望再创新高。\n\n"
        "港务集团今年还将建成三座智能仓库，让企业出货更快。\n\n"
        "谈起码头的未来，周启航说：“码头要建成开放的窗口。”\n\n"
        "天还没亮，韩小川就把一袋袋邮件搬上了摩托车。\n\n"
        "二十年来，韩小川骑坏了六辆摩托车，跑过的路能绕地球三圈。\n\n"
        "有一年冬天大雪封山，他推着车走了一整天，把药品送到了独居老人手中。\n\n"
        "问他累不累，韩小川笑着说：“山路再远，信也要送到。”\n")
    postman, _, port = page.articles
    assert [p.text[:4] for p in postman.paragraphs] == ["天还没亮", "二十年来", "有一年冬", "问他累不"]
    assert len(port.paragraphs) == 3


def test_a_cut_story_taking_back_its_rest_from_another_story_takes_the_closing_note_right_after_it():
    # XY-cut reads a report cut mid-word, another story, then the report's rest and its closing note, whose
    # place name the other story speaks of
    page = baoku.restore(
        "## 青川港新航线开通\n\n"
        "本报讯 青川港今天开通第二十条外贸航线，首艘货轮从新码头起航。港务集团负责人说，这条新航线的货轮每周往返港口两班，"
        "港务集团还将为新航\n\n"
        "## 老街夜市重开\n\n"
        "临江区老街夜市今晚重开，摊主们早早摆好了摊位，首晚迎客两万人次。\n\n"
        "区商务局介绍，夜市今年新增摊位一百二十个，营业到午夜。\n\n"
        "线的货轮开辟专用泊位，青川港外贸航线货轮的通关时间将缩短一半。\n\n"
        "（本报临江6月2日电）\n")
    port, market = page.articles
    assert [p.text[:4] for p in port.paragraphs] == ["本报讯 ", "（本报临"]
    assert port.paragraphs[0].text.endswith("将缩短一半。")
    assert len(market.paragraphs) == 2


def test_a_page_compiled_by_its_writers_and_its_photographers_credit_stay_with_the_story_as_credits():
    # a forum page closes on who compiled its text and who took its photos, lines set like its layout credit
    page = baoku.restore(
        "## 青川港口合作论坛观点集萃\n\n"
        "青川港务集团董事长周启航：港口要建成开放的窗口，让企业出货更快。\n\n"
        "柳河县县长韩亦舒：县里将建好通往港口的物流通道。\n\n"
        "（发言按登台次序排列）\n\n"
        "本版文字由林小舟、王朗整理\n\n本版摄影：林小舟\n\n版式设计：韩小川\n")
    assert len(page.articles) == 1
    assert [p.text for p in page.articles[0].paragraphs][-3:] == [
        "本版文字由林小舟、王朗整理", "本版摄影：林小舟", "版式设计：韩小川"]


def test_a_title_made_whole_under_its_cut_sentence_takes_the_paragraphs_before_that_echo_only_its_kicker():
    # XY-cut reads a row of kickers, one story's title, the other's first line (its bracket left open), the first
    # story's text, then the second story's first column, its sentence cut, the title's wrapped end and the rest
    page = baoku.restore(
        "临江区推进老街改造——\n\n“最美邮递员”韩小川——\n\n## 老街焕新 居民点赞（城市更新在一线）\n\n"
        "翻山越岭二十年（青川人物\n\n"
        "本报讯 临江区老街改造今年完成，三十条小巷铺上了新石板，老街的路灯全部换新。\n\n"
        "居民王朗说，老街的路平了，灯亮了，晚上出门更方便。\n\n"
        "天还没亮，韩小川就把一袋袋邮件搬上了摩托车。\n\n"
        "二十年来，韩小川骑坏了六辆摩托车，跑过的路能绕地球三圈，他却说，再难也要把信件送到村民\n\n"
        "## 故事）\n\n"
        "手中。\n\n有一年冬天大雪封山，他推着车走了一整天，把药品送到了独居老人手中。\n")
    street, postman = page.articles
    assert postman.headline.text == "翻山越岭二十年（青川人物故事）"
    assert [p.text[:4] for p in street.paragraphs] == ["本报讯 ", "居民王朗"]
    assert [p.text[:4] for p in postman.paragraphs] == ["天还没亮", "二十年来", "有一年冬"]


def test_a_columns_contact_line_after_its_closing_note_stays_with_the_story_of_a_row():
    # a row of two headlines over their texts: the column's contact line after the first one's closing note ends
    # that story, it does not open the next
    page = baoku.restore(
        "## 老街的灯亮了（一线手记）\n\n# 青川社区食堂开张\n\n"
        "老街的路灯坏了三年，今年春天终于全部换新，街坊们晚上出门方便多了。\n\n"
        "老街的灯亮了，社区干部为此跑了十几趟，才把各方拧成一股绳。\n\n"
        "（作者为本报记者）\n\n栏目投稿邮箱：qcrb2023@example.cn\n\n"
        "临江区首家社区食堂昨天开张，老人凭卡就餐可享八折优惠。\n\n"
        "社区食堂每天供应午餐和晚餐，菜品二十多种。\n")
    street, canteen = page.articles
    assert [p.text[:4] for p in street.paragraphs] == ["老街的路", "老街的灯", "（作者为", "栏目投稿"]
    assert [p.text[:4] for p in canteen.paragraphs] == ["临江区首", "社区食堂"]


def test_a_subheadline_opening_like_the_crossheads_of_its_story_is_the_first_of_that_series():
    # 一份乡愁 is shaped like the story's later crossheads (一家小店, 一座书房), which stand alone: no series of
    # label-and-quotation runs (runs._series_opener) shows it
    page = baoku.restore(
        "## 青川老街焕新颜\n\n一份乡愁“我在这条街上住了四十年”\n\n"
        "家住临江区老街的林大爷今年七十岁，他说，老街改造以后，路面平整了，门前的小河也清了。\n\n"
        "老街改造从去年春天开始，区里先后修缮了六十多栋老房子，还请来老匠人修复了门楼。\n\n"
        "一家小店\n\n"
        "韩师傅的竹器店在老街开了二十年，改造以后，来店里的游客多了，竹篮竹扇卖到了外地。\n\n"
        "他说，今年店里的生意比往年好，徒弟也多收了两个。\n\n"
        "一座书房\n\n"
        "老街东头的城市书房去年开放，藏书一万多册，每天接待读者两百多人次。\n\n"
        "书房管理员王小禾说，周末还有志愿者给孩子们讲故事。\n")
    (art,) = page.articles
    assert art.subheadline is None
    assert [p.text for p in art.paragraphs[:2]] == ["一份乡愁", "“我在这条街上住了四十年”"]
    assert page.stats()["accounted_chars"] == page.stats()["input_chars"]


def test_a_reporters_line_run_on_from_the_line_under_a_headline_makes_it_a_reports_title_not_a_subheadline():
    # the converter joined a package's first report's title and its reporters' line, which wrapped
    page = baoku.restore(
        "## 青川过大年 老街年味浓\n\n邻里同心 共迎新春本报记者 林小舟 韩\n\n亦舒\n\n"
        "腊月二十八，临江区老街上挂起了红灯笼，街坊们聚在巷口的长桌边包饺子、写春联。\n\n"
        "社区主任王小禾说，今年的年夜饭有两百多位老人报名，志愿者从一早就忙开了。\n")
    (art,) = page.articles
    assert art.subheadline is None
    assert [p.text for p in art.paragraphs[:2]] == ["邻里同心 共迎新春", "本报记者 林小舟 韩亦舒"]
    assert page.stats()["accounted_chars"] == page.stats()["input_chars"]


@pytest.mark.parametrize("head, fields", [
    ("## 青川港新航线开通 ——首月运货十二万吨", (None, "青川港新航线开通", "首月运货十二万吨")),
    ("## 临江区—— 老街夜市重开", ("临江区——", "老街夜市重开", None)),
    ("## 青川港新航线开通——首月运货十二万吨", (None, "青川港新航线开通——首月运货十二万吨", None))])
def test_a_heading_line_parted_by_a_dash_spaced_on_one_side_carries_two_titles(head, fields):
    # a dash with a space before it opens a ——subheadline (stored without its dash), with a space after it
    # closes a kicker; a dash with no space may belong to the title
    page = baoku.restore(head + "\n\n本报青川6月1日电（记者林小舟）青川港至临江港的新航线1日开通，首月预计运货十二万吨。\n")
    (art,) = page.articles
    assert tuple(f and f.text for f in (art.kicker, art.headline, art.subheadline)) == fields
    assert page.stats()["accounted_chars"] == page.stats()["input_chars"]


def test_a_dashed_line_taken_as_the_subheadline_of_a_headline_read_before_its_run_is_stored_without_its_dash():
    # the plain line under the first headline is the next story's title; the dashed line over that story's text
    # becomes its subheadline, stored without the dash like any other
    page = baoku.restore(
        "## 青川规范夜市管理\n\n老街书房迎来周末读者\n\n"
        "本报青川6月1日电（记者林小舟）青川市日前出台夜市管理办法，规范夜市摊位设置和经营时段，夜市管理有了新规矩。\n\n"
        "按照办法，夜市摊位实行登记管理，经营时段延长到午夜。\n\n"
        "——临江区老街社区书房周末读者逾千人次\n\n"
        "本报青川6月1日电（记者韩亦舒）周末的老街书房座无虚席，老街书房迎来周末读者一千多人次，孩子们在书房里读绘本。\n\n"
        "书房管理员王小禾说，老街书房还将延长开放时间。\n")
    market, library = page.articles
    assert library.headline.text == "老街书房迎来周末读者"
    assert library.subheadline.text == "临江区老街社区书房周末读者逾千人次"


def test_an_unmarked_couplet_title_over_a_marked_couplet_title_heads_a_story_of_its_own():
    # XY-cut reads two stories' titles set side by side, each two phrases of one length (a kicker and its headline
    # almost never both are), then the first story's text, then the second's
    page = baoku.restore(
        "新港通航 货畅其流\n\n## 夜市重开 烟火重燃\n\n"
        "青川新港一号码头正式通航，首批集装箱货轮靠港卸货，新港通航以后，临江沿岸企业出货更方便了。\n\n"
        "港务集团介绍，新港今年计划开通航线五条，货物吞吐量有望突破百万吨。\n\n"
        "临江区老街夜市重开，夜市摊位整齐排开，烟火气又回来了，市民晚饭后来夜市逛一逛。\n\n"
        "夜市管理方说，老街夜市重开以来，每晚客流超过一万人次。\n")
    port, market = page.articles
    assert (port.kicker, port.headline.text) == (None, "新港通航 货畅其流")
    assert market.headline.text == "夜市重开 烟火重燃"
    assert [p.text[:4] for p in market.paragraphs] == ["临江区老", "夜市管理"]


def test_an_empty_paragraph_does_not_stop_the_crosshead_series_check():
    from baoku.model import Article, Field, Paragraph
    from baoku.restore.articles import _series_sub
    art = Article(headline=Field("青川老街焕新颜", [(0, 7)]), subheadline=Field("一份乡愁", [(8, 12)]),
                  paragraphs=[Paragraph("", []), Paragraph("老街改造从去年春天开始。", [(13, 25)])])
    _series_sub(None, art)
    assert art.subheadline.text == "一份乡愁"


def test_first_of_three_lines_of_one_length_under_a_story_opens_its_series_of_crossheads():
    # the model sees a series of crossheads only from its second one: the first, as long as the next two, is no
    # headline of its own
    page = baoku.restore(
        "## 青川元宵晚会今晚播出\n\n——二十个节目讲述百姓故事\n\n"
        "本报青川2月10日电 青川广播电视台元宵晚会的节目单昨天公布，共有二十个节目。\n\n"
        "导演介绍，晚会分为三个篇章，演员大多来自各区县的文艺队伍，排练用了一个多月。\n\n"
        "晚会将在今晚八点播出，市民也可以在网上收看直播。\n\n"
        "相声新段子\n\n王小禾、林小舟合说的新作，讲的是老街邻里之间互相帮忙的趣事。\n\n"
        "北塘镇的年轻演员韩亦舒也将第一次登台。\n\n"
        "歌舞展风采\n\n老将新人同台，是今年晚会歌舞节目的一大特点。\n\n"
        "戏曲唱团圆\n\n柳河县剧团带来一段传统戏，唱的是一家人过年团圆。\n")
    (story,) = page.articles
    assert [p.text for p in story.paragraphs][3:5] == ["相声新段子", "王小禾、林小舟合说的新作，讲的是老街邻里之间互相帮忙的趣事。"]


def test_row_of_three_kickers_the_third_cut_at_a_comma_and_ended_over_its_own_headline():
    # XY-cut reads three stories' kickers over the first one's headline, the third kicker's first line only (cut
    # at a comma); its end is read further down over its own headline, after a photo story that takes no kicker
    page = baoku.restore(
        "青川市推进老街改造，让居民住得舒心、留得下来\n\n建设城市书房，延长开放时间，引进公益讲座——\n\n"
        "走访居民、整理意见清单、逐户上门回复，\n\n## 老街换新颜（新春走基层）\n\n"
        "腊月二十，青川老街上人来人往，修缮一新的老房子挂起了红灯笼。\n\n"
        "“房子修好了，还是原来的样子。”老住户王小禾说，改造前街坊们的意见都被记了下来。\n\n"
        "冬日暖阳\n\n1月15日，柳河县北塘镇的村民在晒谷场上晒太阳、聊家常。\n\n林小舟摄\n\n"
        "## 城市书房成了新课堂\n\n青川市今年新建城市书房十二家，每天开放到晚上十点。\n\n"
        "书房每周举办公益讲座，请来退休教师给孩子们讲历史故事。\n\n"
        "柳河县人大常委会——\n\n## 听民声 办实事\n\n柳河县人大常委会日前召开会议，听取县政府关于老街改造的情况报告。\n\n"
        "会前，代表们分组走访了老街的每一户居民。\n")
    assert [(a.kicker.text if a.kicker else None) for a in page.articles] == [
        "青川市推进老街改造，让居民住得舒心、留得下来", None, "建设城市书房，延长开放时间，引进公益讲座——",
        "走访居民、整理意见清单、逐户上门回复，柳河县人大常委会——"]
    assert [len(a.paragraphs) for a in page.articles] == [2, 2, 2, 2]


def test_a_deck_the_break_model_joins_to_the_text_below_is_cut_off_when_every_crosshead_has_one():
    # every crosshead of the story has a stop-less deck under it; the first deck reads on into the text below
    page = baoku.restore(
        "## 青川新港建设提速\n\n本报青川3月2日电 青川新港二期工程近日全面开工，预计明年投入使用。\n\n"
        "港区\n\n旧码头改造加快推进，沿江步道建设进入攻坚\n\n"
        "3月以来，港务集团对旧码头的四个泊位进行改造，工人们日夜赶工。\n\n"
        "航线\n\n新开通航线五条，货物运输成本明显下降\n\n"
        "“以前货物要绕道柳河县，现在直接从新港出发。”一家企业负责人王小禾说。\n\n"
        "服务\n\n通关手续简化，企业办事跑一次就够了\n\n"
        "港区服务中心设立了十个窗口，企业办事最多跑一次。\n")
    (story,) = page.articles
    assert [p.text[:4] for p in story.paragraphs][1:5] == ["港区", "旧码头改", "3月以来", "航线"]


def test_a_stopless_two_clause_line_of_a_series_of_such_lines_ends_its_paragraph():
    # the story sets its crossheads as plain lines (名称：……，……); the break model, unsure, would join the second
    # to the text below it
    page = baoku.restore(
        "## 青川公园春季开放新变化\n\n入春以来，青川市几座公园陆续推出新的服务项目，游客逛园更方便了。\n\n"
        "滨江公园：花展搬进林间，游客走上栈道\n\n"
        "滨江公园把今年的花展放在林间空地上，一条新栈道串起了三个展区。\n\n"
        "柳河公园：园内改造加快推进，新茶室年内投用\n\n"
        "3月以来，公园对旧茶室进行改造，工人们日夜赶工。\n\n"
        "园长王小禾说，改造期间公园照常开放。\n")
    (story,) = page.articles
    assert [p.text[:4] for p in story.paragraphs][3:5] == ["柳河公园", "3月以来"]


def test_a_dated_two_clause_line_in_a_story_with_clause_crossheads_goes_on_in_the_text_below():
    # the story's crossheads hold a comma; a line opening on a date (5月3日，……) is prose cut at a column's foot,
    # no crosshead of that series, whatever the break model leans to
    page = baoku.restore(
        "## 青川公园春季开放新变化\n\n入春以来，青川市几座公园陆续推出新的服务项目，游客逛园更方便了。\n\n"
        "滨江公园：花展搬进林间，游客走上栈道\n\n"
        "滨江公园把今年的花展放在林间空地上，一条新栈道串起了三个展区。\n\n"
        "2022年5月3日，林小舟来到柳河公园看望园林\n\n"
        "工人王小禾和他的工友。\n\n园长王小禾说，改造期间公园照常开放。\n")
    (story,) = page.articles
    assert story.paragraphs[3].text == "2022年5月3日，林小舟来到柳河公园看望园林工人王小禾和他的工友。"


def test_a_two_clause_line_opening_on_a_year_in_a_story_with_clause_crossheads_goes_on_in_the_text_below():
    # the story's crossheads hold a comma; a line opening on a year alone (2021年，……) is prose cut at a column's
    # foot too: hardly a crosshead opens so
    page = baoku.restore(
        "## 青川公园春季开放新变化\n\n入春以来，青川市几座公园陆续推出新的服务项目，游客逛园更方便了。\n\n"
        "滨江公园：花展搬进林间，游客走上栈道\n\n"
        "滨江公园把今年的花展放在林间空地上，一条新栈道串起了三个展区。\n\n"
        "2021年，林小舟和几位同事一起来到柳河公园看望园林\n\n"
        "工人王小禾和他的工友。\n\n园长王小禾说，改造期间公园照常开放。\n")
    (story,) = page.articles
    assert story.paragraphs[3].text == "2021年，林小舟和几位同事一起来到柳河公园看望园林工人王小禾和他的工友。"


def test_a_two_clause_line_ending_on_a_comma_goes_on_when_the_story_s_clause_crossheads_end_otherwise():
    # a series of crossheads ends its lines alike: a line ending on a comma under crossheads that do not is a
    # sentence's first clauses cut at a column's foot
    page = baoku.restore(
        "## 青川公园春季开放新变化\n\n入春以来，青川市几座公园陆续推出新的服务项目，游客逛园更方便了。\n\n"
        "滨江公园：花展搬进林间，游客走上栈道\n\n"
        "滨江公园把今年的花展放在林间空地上，一条新栈道串起了三个展区。\n\n"
        "根据方案，柳河公园今年将对旧茶室进行改造，\n\n"
        "让市民有个喝茶歇脚的好去处。\n\n园长王小禾说，改造期间公园照常开放。\n")
    (story,) = page.articles
    assert story.paragraphs[3].text == "根据方案，柳河公园今年将对旧茶室进行改造，让市民有个喝茶歇脚的好去处。"


@pytest.mark.parametrize("text, expected", [
    # the break model's odds that the fragment ends its paragraph are within a hair of even (0.51): a sentence cut
    # at a column's foot, which the text after it finishes
    ("## 青川今年新建三座社区公园\n\n本报讯（记者 林小舟）青川市园林局日前公布了今年的城市绿化计划。\n\n"
     "青川市今年将新建三座社区公园，其中两座由市园林绿化基金会\n\n全额出资建设。\n\n"
     "园林局负责人王小禾说，三座公园都将建有健身步道和儿童游乐场。\n",
     "青川市今年将新建三座社区公园，其中两座由市园林绿化基金会全额出资建设。"),
    # a sentence's first line cut at a column's foot after 的 reads like a crosshead; no crosshead ends so
    ("## 青川市政协委员建言社区公园管理\n\n本报讯（记者 林小舟）青川市政协委员王小禾日前就社区公园管理提出建议。\n\n"
     "加强公园设施管理\n\n王小禾建议，对老旧公园的健身器材进行全面检查，及时更换损坏的设施。\n\n"
     "完善社区公园特别是老旧公园日常管理方面的\n\n制度和标准，明确管理责任，让市民游园更放心。\n\n"
     "加强园林队伍建设\n\n王小禾建议，增加园林工人编制，提高待遇。\n",
     "完善社区公园特别是老旧公园日常管理方面的制度和标准，明确管理责任，让市民游园更放心。"),
    # a break cut the name of a document (《临江区 / 老街风貌导则》): the sentence goes on, whatever the model leans to
    ("## 青川老街改造方案公布\n\n本报讯（记者 林小舟）青川市日前公布了老街改造方案。\n\n"
     "按照《青川市老街保护条例》和《临江区\n\n老街风貌导则》，老街改造分三期进行。\n\n"
     "改造办负责人王小禾说，首期工程年内完工。\n",
     "按照《青川市老街保护条例》和《临江区老街风貌导则》，老街改造分三期进行。"),
    # a sentence cut by a break after 第: the line before the cut reads like a crosshead, but none ends so
    ("## 青川少年网球赛落幕\n\n本报青川3月2日电 青川市少年网球赛昨天在柳河县体育中心落幕，林小舟获得女子单打冠军。\n\n"
     "林小舟的市级积分名列第\n\n36名，比上个月上升了5名。决赛中她连胜两盘。\n\n"
     "主教练王小禾说，队员们下个月还将参加全省比赛。\n",
     "林小舟的市级积分名列第36名，比上个月上升了5名。决赛中她连胜两盘。"),
], ids=["coin-toss-break", "crosshead-ending-on-de", "open-work-name", "crosshead-ending-on-di"])
def test_a_fragment_cut_at_a_column_s_foot_goes_on_with_the_text_below(text, expected):
    (story,) = baoku.restore(text).articles
    assert expected in [p.text for p in story.paragraphs]


def test_paragraph_first_line_cut_over_a_title_its_text_does_not_echo_stays_with_the_text_before():
    # XY-cut reads a paragraph's first line, two clauses cut at a column's foot, over the next story's title:
    # no kicker of it (the text under the title speaks of something else), the last paragraph of the story before
    page = baoku.restore(
        "## 柳河冬捕开网\n\n柳河县北塘镇的冬捕节昨天开幕，渔民们凌晨就上了冰面。\n\n"
        "老渔把头王小禾说，今年的鱼比往年肥，网具也都已备齐。\n\n"
        "入冬以后，河面刚封冻，老周就\n\n# 书房夜读\n\n"
        "青川市图书馆的城市书房今年延长开放时间，每晚十点才闭馆。\n\n"
        "馆长林小舟介绍，夜读的读者多是附近的上班族和学生。\n")
    assert [a.headline.text for a in page.articles] == ["柳河冬捕开网", "书房夜读"]
    assert page.articles[1].kicker is None
    assert page.articles[0].paragraphs[-1].text == "入冬以后，河面刚封冻，老周就"


@pytest.mark.parametrize("first, second", [("临江区老街夜市——", "清水河畔城市书房——"), ("临江区：", "清水河区：")],
                         ids=["dash", "colon"])
def test_a_series_of_crossheads_each_led_in_by_a_place_stays_in_its_story(first, second):
    # two-line runs inside a story, a lead-in closing on a dash or a colon over a title, the next run alike: a series
    # of crossheads, not a row of stories each under its kicker
    page = baoku.restore(
        "## 青川老城焕新颜（城市观察）\n\n青川市今年完成老城区改造，街巷、夜市和书房都换了新模样。\n\n"
        "市住建局局长林小舟介绍，改造工程历时两年，共整修街巷四十二条。\n\n"
        f"{first}\n\n摊位重新排布后人气更旺\n\n"
        "每到傍晚，老街夜市的摊主们便支起灯箱，游客在摊位间穿行品尝小吃。\n\n"
        "摊主王小禾说，摊位排得整齐了，生意比去年好了不少。\n\n"
        f"{second}\n\n周末读者比平日多一倍\n\n"
        "清水河畔的城市书房周末总是坐满了读者，不少家长带着孩子来借书。\n\n"
        "书房管理员韩亦舒说，周末每天接待读者三百多人次。\n")
    (story,) = page.articles
    assert story.kicker is None
    assert [p.text for p in story.paragraphs][2:4] == [first, "摊位重新排布后人气更旺"]
    assert "周末读者比平日多一倍" in [p.text for p in story.paragraphs]


SERIES_INTRO = ("## 青川老城焕新颜（城市观察）\n\n青川市今年完成老城区改造，街巷、夜市和书房都换了新模样。\n\n"
                "市住建局局长林小舟介绍，改造工程历时两年，共整修街巷四十二条。\n\n")
SERIES_NIGHT = ("每到傍晚，老街夜市的摊主们便支起灯箱，游客在摊位间穿行品尝小吃。\n\n"
                "摊主王小禾说，摊位排得整齐了，生意比去年好了不少。\n\n")
SERIES_BOOKS = ("清水河畔的城市书房周末总是坐满了读者，不少家长带着孩子来借书。\n\n"
                "书房管理员韩亦舒说，周末每天接待读者三百多人次。\n")


def test_a_lead_in_pair_before_a_run_that_opens_with_one_stays_a_crosshead():
    # in a markdown dump the next part's lead-in pair is read in one run with the crosshead under it: still a series
    page = baoku.restore(SERIES_INTRO + "临江区老街夜市——\n\n摊位重新排布后人气更旺\n\n" + SERIES_NIGHT
                         + "清水河畔城市书房——\n\n周末读者比平日多一倍\n\n书房为何这样受欢迎？\n\n" + SERIES_BOOKS)
    (story,) = page.articles
    assert [p.text for p in story.paragraphs][2:4] == ["临江区老街夜市——", "摊位重新排布后人气更旺"]
    assert "书房为何这样受欢迎？" in [p.text for p in story.paragraphs]


def test_a_lead_in_pair_after_a_crosshead_that_is_a_lead_in_alone_stays_a_crosshead():
    page = baoku.restore(SERIES_INTRO + "临江区老街夜市——\n\n" + SERIES_NIGHT
                         + "清水河畔城市书房——\n\n周末读者比平日多一倍\n\n" + SERIES_BOOKS)
    (story,) = page.articles
    assert "周末读者比平日多一倍" in [p.text for p in story.paragraphs]


SERIES_LINES = ("青川老城焕新颜\n", ["每到傍晚，老街夜市的摊主们便支起灯箱，游客在摊位间穿行品尝小吃，整条街热闹非凡。",
                                     "摊主王小禾说，摊位排得整齐了，生意比去年好了不少，回头客也越来越多。"],
                ["清水河畔的城市书房周末总是坐满了读者，不少父母领着孩子前来借阅，书架前常常排起长队。",
                 "书房管理员韩亦舒说，周末每天接待读者三百多位，外借书籍五百多册。"])


@pytest.mark.parametrize("lead_in, read_as_text", [("北塘区，城市书房\n——\n“周末读者比平日多一倍”\n", []),
                                                    ("北塘区，书房——\n", ["“周末读者比平日多一倍，书架前常常排起长队”"])],
                         ids=["dash-alone", "lead-in-alone"])
def test_a_lead_in_pair_before_a_lead_in_set_apart_stays_a_crosshead_in_a_line_dump(lead_in, read_as_text):
    # the next part's lead-in has its dash on a line of its own, or stands alone over its title read as text:
    # still a series of crossheads, not a story under a kicker
    from conftest import lines_dump
    title, night, books = SERIES_LINES
    more = "清水河流域治理将分三年实施，今年重点推进沿河截污管网建设和河道清淤，明年起建设沿河生态走廊和湿地公园。"
    text = title + lines_dump([BODY, more, BODY]) + "临江区，老街夜市——\n“摊位排得整齐了”\n" + lines_dump(night) \
        + lead_in + lines_dump(read_as_text + books)
    (story,) = baoku.restore(text).to_json()["articles"]
    assert story["paragraphs"][3:5] == ["临江区，老街夜市——", "“摊位排得整齐了”"]


def test_a_photo_story_whose_caption_is_cut_in_two_leaves_a_row_s_kicker_to_the_next_headline():
    # two dashed kickers over the first story's headline; a photo story read between, its caption cut in two at a
    # column's foot over the credit, takes no kicker, and the second kicker goes to the headline after it
    page = baoku.restore(
        "临江区推行夜市摊位登记，老街管理有章可循——\n\n老渡工韩亦舒守护渡口三十年——\n\n"
        "## 夜市摊位有了“身份证”（民生观察）\n\n"
        "临江区老街夜市今年起推行摊位登记，每个摊位都挂上了编号牌。\n\n"
        "区市场监管局局长林小舟说，登记后的夜市摊位整齐有序，投诉明显减少。\n\n"
        "## 清水河畔桃花开\n\n3月2日，青川市清水河畔的桃花竞相开放，市民\n\n在河边赏花拍照。\n\n本报记者 王小禾摄\n\n"
        "# “渡口在，我就在”（最美渡工）\n\n"
        "清晨五点，老渡工韩亦舒已经把渡船擦得干干净净，等着第一批过河的村民。\n\n"
        "三十年来，韩亦舒守护渡口，风雨无阻，从未出过一次事故。\n")
    first, photo, ferry = page.articles
    assert first.kicker.text == "临江区推行夜市摊位登记，老街管理有章可循——" and first.section is None
    assert photo.headline.text == "清水河畔桃花开" and photo.kicker is None
    assert ferry.kicker.text == "老渡工韩亦舒守护渡口三十年——"


def test_two_tagged_headlines_each_over_the_text_of_the_other_trade_places():
    # XY-cut set each column-tagged title over the other story's text: each text echoes the other headline
    page = baoku.restore(
        "## 老街夜市重开（民生一线）\n\n"
        "青川市今年新建城市书房十二家，书房就开在居民家门口，每天开放到晚上十点。\n\n"
        "城市书房每周举办公益讲座，附近的孩子放学后都到书房看书。\n\n"
        "## 城市书房开到家门口（青川观察）\n\n"
        "柳河县老街夜市昨晚重开，老街两旁的夜市摊位挂起了红灯笼。\n\n"
        "夜市重开后，老街的小吃摊多了一倍，王小禾说老街又热闹起来了。\n")
    assert [(a.headline.text, a.paragraphs[0].text[:4]) for a in page.articles] == [
        ("城市书房开到家门口（青川观察）", "青川市今"), ("老街夜市重开（民生一线）", "柳河县老")]


def test_a_headline_echoed_by_the_next_storys_opening_and_not_its_own_trades_places_with_that_storys():
    # XY-cut read the titles of two neighbouring stories in an order their texts do not follow: the second text
    # opens on the first headline's words, the first text not at all; the second headline, a photo story's
    # standing title, echoes neither text
    page = baoku.restore(
        "## 青川城市书房开到居民家门口\n\n"
        "柳河县老街夜市昨晚重开，老街两旁的摊位挂起了红灯笼，游人摩肩接踵。\n\n"
        "夜市重开后，老街的小吃摊多了一倍，摊主王小禾说老街又热闹起来了。\n\n"
        "## 图片报道\n\n"
        "青川市今年新建城市书房十二家，书房开到居民家门口，每天开放到晚上十点。\n\n"
        "城市书房每周举办公益讲座，附近的孩子放学后都到书房看书。\n")
    assert [(a.headline.text, a.paragraphs[0].text[:4]) for a in page.articles] == [
        ("图片报道", "柳河县老"), ("青川城市书房开到居民家门口", "青川市今")]


def test_a_short_marked_headline_over_a_dated_lead_finishes_a_recent_headline_its_opening_echoes():
    # XY-cut read the port story's title's first line beside the book house's title (taken for its kicker), over the
    # book house's text, and the title's wrapped end down the column over the port's text: the port's opening speaks
    # of that first line, the book house's text does not, so the title is made whole and the kicker heads its text
    books = ["老街书房今年春天改造完工，周末一早门口就排起了队，不少市民带着孩子专程赶来读书。",
             "书房负责人介绍，改造后座位增加了一倍，每逢周末还开设亲子读书会，上月迎来读者三千余人次。"]
    port = ["本报青川6月2日电（记者 林小舟）青川港至东南亚集装箱新航线将于下月开通，每周往返两班。",
            "港务集团介绍，新航线开通后，青川港集装箱航线将增至三十条，年吞吐能力再增十万标准箱。"]
    text = ("老街书房迎来周末读者\n\n## 青川港至东南亚集装箱新航线\n\n" + "\n\n".join(books)
            + "\n\n## 下月开通\n\n" + "\n\n".join(port) + "\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["kicker"], a["headline"], a["paragraphs"]) for a in arts] == \
        [(None, "老街书房迎来周末读者", books), (None, "青川港至东南亚集装箱新航线下月开通", port)]


def test_tagged_headlines_whose_texts_hold_no_word_of_the_other_title_are_compared_without_weights():
    # neither text holds a bigram of the other's headline that its own text lacks: neither can echo the other
    # headline more than its own, and the page's cohesion tables are never made for the comparison
    from baoku.model import Article, Field, Paragraph
    from baoku.restore import reattach
    from baoku.restore.cohesion import Cohesion
    arts = [Article(headline=Field(head, []), paragraphs=[Paragraph(text, [])]) for head, text in (
        ("老街夜市重开（民生一线）", "柳河县老街夜市昨晚重开，老街两旁的夜市摊位挂起了红灯笼。"),
        ("城市书房开到家门口（青川观察）", "青川市今年新建城市书房十二家，每天开放到晚上十点。"))]
    coh = Cohesion([p.text for a in arts for p in a.paragraphs] + [reattach.heading(a) for a in arts])
    reattach._swap_tagged(arts, coh)
    assert [a.headline.text[:4] for a in arts] == ["老街夜市", "城市书房"]
    assert coh._ids is None


def test_bodiless_label_over_short_dated_reports_takes_them_as_its_parts():
    # XY-cut reads a package's label beside another story's title; its parts, each a title over a dated lead,
    # come out as stories of their own
    page = baoku.restore(
        "## 老街书房的夜晚（民生观）\n\n## 青川春运一线\n\n"
        "老街书房每晚都亮着灯，读书的人一年比一年多。\n\n"
        "书房的灯光，照亮了老街的夜晚，也照亮了街坊们的日子。\n\n"
        "候车室开进地铁站\n\n"
        "本报青川1月13日电 （记者林小舟）青川地铁东站今天开设春运候车室，旅客下地铁即可候车。\n\n"
        "老人乘车有专人陪\n\n"
        "本报柳河1月13日电 （记者王小禾）柳河县客运站今天起为独自出行的老人安排专人陪同上车。\n")
    assert [a.headline.text for a in page.articles] == ["老街书房的夜晚（民生观）", "青川春运一线"]
    assert [p.text[:4] for p in page.articles[1].paragraphs] == ["候车室开", "本报青川", "老人乘车", "本报柳河"]


def test_a_speakers_words_cut_into_pieces_after_a_colon_and_open_quote_stay_one_paragraph():
    # a speaker's words cut into one-character pieces at a column's foot: the first piece reads like a crosshead,
    # but a quotation opened after a colon and left open is prose, and a comma inside it ends no paragraph
    page = baoku.restore(
        "## 青川老街换新颜\n\n本报青川4月8日电 青川市老街改造工程近日完工，街道两旁的老房子修缮一新，吸引了不少市民前来游览。\n\n"
        "改造工程去年春天开工，施工队白天黑夜轮班作业，赶在清明节前完成了全部工程。\n\n"
        "老街居民王小禾介绍：“老街经\n\n过\n\n改\n\n造\n\n，\n\n"
        "街面宽了，路灯亮了，晚上出来散步的人也多了。”说起老街的变化，他很高兴。\n\n"
        "柳河县文旅局有关负责人表示，今年还将推出老街夜游线路。\n")
    (story,) = page.articles
    assert story.paragraphs[2].text.startswith("老街居民王小禾介绍：“老街经过改造，街面宽了")
    assert len(story.paragraphs) == 4


def test_a_couplet_title_read_inside_a_cut_sentence_heads_the_text_around_it():
    # XY-cut reads a commentary's first column on after a news story, then its unmarked title (two phrases set
    # apart by a space) between the two pieces of a sentence cut at the column's foot: the title heads the cut
    # paragraph, the paragraph before it that speaks of it, and the sentence's rest
    page = baoku.restore(
        "## 青川港开通两条外贸航线\n\n"
        "本报青川3月2日电 青川港今年新开两条外贸航线，码头吞吐量有望再创新高。\n\n"
        "青川港还将为两条外贸航线建成三座智能仓库，码头吞吐量再上新台阶。\n\n"
        "老街是一座城市的记忆。这几年，老街的房子修好了，路灯亮起来了。\n\n"
        "改造老街，要一步一个脚印。毕竟，每一\n\n"
        "老街焕新 夜市重开\n\n"
        "年的改造都要听居民的意见，让老街坊住得舒心。\n\n"
        "如今，老街上的夜市又热闹起来了，周末游客络绎不绝。\n")
    port, street = page.articles
    assert len(port.paragraphs) == 2
    assert street.headline.text == "老街焕新 夜市重开"
    assert [p.text[:4] for p in street.paragraphs] == ["老街是一", "改造老街", "如今，老"]
    assert street.paragraphs[1].text.endswith("每一年的改造都要听居民的意见，让老街坊住得舒心。")


def test_the_body_after_a_row_of_headlines_changes_story_after_a_closing_credit():
    # a row of two box titles read before their texts: the first box ends on its compiler's credit (no stop),
    # after which the second box's text begins, though only its last line speaks of its title
    page = baoku.restore(
        "## 青川老字号小吃（小贴士）\n\n## 纸灯笼DIY\n\n"
        "青川老街有许多老字号小吃，历史都在百年以上。\n\n"
        "桂花糕用糯米和桂花蒸制，香甜软糯，是老街坊过年必备的点心。\n\n"
        "资料整理：林小舟\n\n"
        "先准备好红纸、剪刀和胶水。\n\n"
        "第一步：把红纸裁成长条；\n\n"
        "第二步：把长条粘成圆筒；\n\n"
        "第三步：粘上提手，一盏纸灯笼就做好了。\n")
    snacks, lantern = page.articles
    assert [p.text[:4] for p in snacks.paragraphs] == ["青川老街", "桂花糕用", "资料整理"]
    assert [p.text[:4] for p in lantern.paragraphs] == ["先准备好", "第一步：", "第二步：", "第三步："]


def test_a_cut_story_takes_back_its_continuation_opening_on_a_short_tail_of_its_sentence():
    # a story cut at a column's foot goes on inside the next story, after that story's own text: first the cut
    # sentence's short tail (its few words echo neither story, and open a paragraph at middling odds), then
    # paragraphs that speak of the cut story
    page = baoku.restore(
        "## 青川民营企业家服务乡村二十年\n\n"
        "二十年来，青川民营企业家协会组织会员企业走进山区乡村，兴办工厂、修建学校。\n\n"
        "协会会长周启航说，民营企业家要健康成长，要做爱国敬业、守法\n\n"
        "## 老码头的守灯人\n\n"
        "韩小川在青川老码头守了三十年灯塔，每天傍晚点亮航标灯。\n\n"
        "三十年来，老码头的船来船往，韩小川从没误过一次点灯。\n\n"
        "经营、回报社会的典范。\n\n"
        "这些年，协会会员企业在乡村兴办工厂四十多家，修建学校十二所。\n\n"
        "周启航说，民营企业家协会还将组织更多会员企业走进乡村。\n")
    firms, keeper = page.articles
    assert firms.paragraphs[1].text.endswith("守法经营、回报社会的典范。")
    assert [p.text[:4] for p in firms.paragraphs[2:]] == ["这些年，", "周启航说"]
    assert [p.text[:4] for p in keeper.paragraphs] == ["韩小川在", "三十年来"]


def test_a_cut_storys_continuation_stops_before_another_cut_storys_continuation():
    # two stories cut at a column's foot go on inside a third story: the first story's run of paragraphs ends
    # before the paragraph that completes the word the second story cuts (……装卸平 / 台等设施……)
    page = baoku.restore(
        "## 青川民营企业家服务乡村二十年\n\n"
        "二十年来，青川民营企业家协会组织会员企业走进山区乡村，兴办工厂、修建学校。\n\n"
        "协会会长周启航说，民营企业家要健康成长，要做爱国敬业、守法\n\n"
        "## 青川港开通两条外贸航线\n\n"
        "本报青川3月2日电 青川港今年开通两条外贸航线，新建的集装箱码头也已投入使用。\n\n"
        "港务集团负责人说，今年还将建成三座智能仓库，码头的堆场、道路和装卸平\n\n"
        "## 老码头的守灯人\n\n"
        "韩小川在青川老码头守了三十年灯塔，每天傍晚点亮航标灯。\n\n"
        "三十年来，老码头的船来船往，韩小川从没误过一次点灯。\n\n"
        "经营、回报社会的典范。\n\n"
        "这些年，协会会员企业在乡村兴办工厂四十多家，修建学校十二所。\n\n"
        "台等设施都已建成，港口外贸航线的吞吐量有望再创新高。\n\n"
        "今后，民营企业家协会还将组织更多会员企业走进乡村兴办工厂。\n")
    firms, port, _ = page.articles
    assert [p.text[:4] for p in firms.paragraphs] == ["二十年来", "协会会长", "这些年，"]
    assert port.paragraphs[-1].text.endswith("装卸平台等设施都已建成，港口外贸航线的吞吐量有望再创新高。")


def test_a_cut_story_takes_back_its_continuation_that_closes_the_quotation_it_left_open():
    # a story cut at a column's foot inside a speaker's quotation goes on inside the next story with a
    # paragraph that opens as paragraphs do but closes that quotation
    page = baoku.restore(
        "## 青川人的餐桌越来越丰富\n\n"
        "七十年来，青川人的餐桌从吃得饱变成了吃得好，肉蛋奶的消费量成倍增长。\n\n"
        "青川市民林小舟说：“我小时候家里粮食不够吃，一年到头难得吃上一回肉，自己\n\n"
        "## 老码头的守灯人\n\n"
        "韩小川在青川老码头守了三十年灯塔，每天傍晚点亮航标灯。\n\n"
        "三十年来，老码头的船来船往，韩小川从没误过一次点灯。\n\n"
        "现在有了孩子，家里更注重饮食健康，餐桌上的肉蛋奶和蔬菜水果样样不缺。”\n\n"
        "如今，青川人的餐桌上，肉蛋奶和蔬菜水果越来越丰富，饮食也更讲究健康。\n")
    table, keeper = page.articles
    assert table.paragraphs[1].text.endswith("自己现在有了孩子，家里更注重饮食健康，餐桌上的肉蛋奶和蔬菜水果样样不缺。”")
    assert [p.text[:4] for p in table.paragraphs] == ["七十年来", "青川市民", "如今，青"]
    assert [p.text[:4] for p in keeper.paragraphs] == ["韩小川在", "三十年来"]


def test_a_rows_paragraph_read_before_a_dashed_subheadlines_text_goes_back_to_the_story_before():
    # a row of two headlines over their bodies: the first story's last paragraph speaks of the second title, so
    # the row's share gives it to the second, whose own ——subheadline and text XY-cut read after it; when that
    # text goes under its headline, the stray paragraph goes back to the story it was read on after
    page = baoku.restore(
        "## 青川港迎来两条新航线\n\n## “老码头是我们的根”（青川人物）\n\n"
        "本报青川3月2日电 青川港今年开通两条外贸航线，码头吞吐量有望再创新高。\n\n"
        "港务集团负责人说，今年还将建成三座智能仓库，让企业出货更快。\n\n"
        "据介绍，两条新航线每周各开行两班，主要运送机电产品和农产品。\n\n"
        "老船员周启航说，盼了多年的新航线终于开通，老码头的根还在，我们的日子更有奔头了。\n\n"
        "### ——访柳河县退休船长、全国劳动模范韩小川\n\n"
        "老码头边的小院里，韩小川正在修补一张旧渔网。\n\n"
        "韩小川在老码头跑了四十年船，见证了老码头的变迁。\n\n"
        "说起老码头，韩小川说：“老码头是我们的根。”\n")
    port, sailor = page.articles
    assert [p.text[:4] for p in port.paragraphs] == ["本报青川", "港务集团", "据介绍，", "老船员周"]
    assert sailor.subheadline.text == "访柳河县退休船长、全国劳动模范韩小川"
    assert [p.text[:4] for p in sailor.paragraphs] == ["老码头边", "韩小川在", "说起老码"]


def test_a_rows_last_headline_keeps_no_end_of_the_body_that_never_speaks_of_it():
    # a row of two headlines over the first story's text alone (the second's text is elsewhere): the body speaks
    # of the second title once, mid-way, but the end the second would keep never does, so the first keeps it all
    page = baoku.restore(
        "## 青川港开通外贸新航线（港城观察）\n\n## 老码头的灯塔\n\n"
        "本报青川3月2日电 青川港今天开通第二十条外贸航线，首艘外贸货轮从新码头起航。\n\n"
        "港口边的老码头早已停用，街坊们常在那里看货轮出港。\n\n"
        "港务集团负责人说，新航线开通后，青川港外贸货轮通关用时将缩短一半。\n\n"
        "据介绍，每周开行两班，主要运送机电产品和农产品。\n")
    port, tower = page.articles
    assert [p.text[:4] for p in port.paragraphs] == ["本报青川", "港口边的", "港务集团", "据介绍，"]
    assert tower.headline.text == "老码头的灯塔" and not tower.paragraphs


def _rejoined(*stories: tuple[str, list[str]]) -> list[list[str]]:
    """The stories' paragraphs after reattach's rejoining of sentences cut at a column's foot."""
    from baoku.model import Article, Field, Paragraph
    from baoku.restore import reattach
    from baoku.restore.cohesion import Cohesion
    arts = [Article(headline=Field(head, []), paragraphs=[Paragraph(t, []) for t in texts]) for head, texts in stories]
    reattach._rejoin_cut(arts, Cohesion([p.text for a in arts for p in a.paragraphs]
                                        + [reattach.heading(a) for a in arts]))
    return [[p.text for p in a.paragraphs] for a in arts]


def test_a_cut_sentence_takes_back_a_continuation_opening_like_a_paragraph_that_its_story_echoes_strongly():
    # the rest of the cut sentence opens with a word that often opens a paragraph (现在……), but the run it opens
    # speaks of the cut story only
    port, market = _rejoined(
        ("青川港新航线开通", ["本报讯 青川港今天开通第二十条外贸航线，首艘货轮从新码头起航。港务集团负责人说，新航线开通后，"
                             "外贸货轮通关用时将缩短到"]),
        ("老街夜市重开", ["临江区老街夜市今晚重开，摊主们早早摆好了摊位，首晚迎客两万人次。",
                          "区商务局介绍，夜市今年新增摊位一百二十个，营业到午夜。",
                          "现在的一半。青川港还将为新航线货轮开辟专用泊位，新码头全年可接卸外贸货轮四百艘次。",
                          "据介绍，新航线每周往返两班，青川港的外贸航线将增至二十条。"]))
    assert port[0].endswith("缩短到现在的一半。青川港还将为新航线货轮开辟专用泊位，新码头全年可接卸外贸货轮四百艘次。")
    assert port[1].startswith("据介绍")
    assert [p[:4] for p in market] == ["临江区老", "区商务局"]


def test_a_cut_sentences_continuation_stops_before_another_cut_stories_rest():
    # XY-cut reads two stories cut mid-word, another story, then the first one's rest and the second one's
    port, dock, market = _rejoined(
        ("青川港新航线开通", ["本报讯 青川港今天开通第二十条外贸航线，首艘货轮从新码头起航。港务集团负责人说，港务集团还将为新航"]),
        ("老码头改作滨江公园", ["本报讯 临江区今年将把老码头改作滨江公园，沿江步道长三公里，公园里将保留老吊车和老仓库，老码"]),
        ("老街夜市重开", ["临江区老街夜市今晚重开，摊主们早早摆好了摊位，首晚迎客两万人次。",
                          "区商务局介绍，夜市今年新增摊位一百二十个，营业到午夜。",
                          "线的货轮开辟专用泊位，新航线货轮的通关时间将缩短一半。",
                          "头的老仓库将改作市民书房，老吊车下将建成亲水平台。",
                          "滨江公园明年开园，新航线货轮进出青川港时将绕开公园水域，首艘货轮起航时已绕行。"]))
    assert len(port) == 1 and port[0].endswith("为新航线的货轮开辟专用泊位，新航线货轮的通关时间将缩短一半。")
    assert dock[0].endswith("老码头的老仓库将改作市民书房，老吊车下将建成亲水平台。")
    assert dock[1].startswith("滨江公园明年开园")
    assert len(market) == 2


def test_a_quotations_attribution_read_after_a_column_break_goes_on_in_the_quotations_paragraph():
    # the column ends right after a quotation's closing mark; the next column opens with who said it
    page = baoku.restore(
        "## 老街夜市重开\n\n"
        "本报讯 临江区老街夜市今晚重开，首晚迎客两万人次。\n\n"
        "“夜市重开后，我家小吃摊的生意比去年好了一倍。”\n\n"
        "摊主林小舟对记者说。\n\n"
        "区商务局介绍，夜市今年新增摊位一百二十个，营业到午夜。\n")
    assert [p.text for p in page.articles[0].paragraphs] == [
        "本报讯 临江区老街夜市今晚重开，首晚迎客两万人次。",
        "“夜市重开后，我家小吃摊的生意比去年好了一倍。”摊主林小舟对记者说。",
        "区商务局介绍，夜市今年新增摊位一百二十个，营业到午夜。"]


def test_a_photo_storys_caption_and_credit_are_its_text_after_its_one_paragraph():
    # a headline over one short paragraph holds its photo's caption: the paper prints caption and credit as its text
    from baoku.model import Article, Caption, Field, Paragraph
    from baoku.restore import reattach
    art = Article(headline=Field("江边晨练", []),
                  paragraphs=[Paragraph("入夏以来，青川市民每天清晨来到滨江步道锻炼身体。", [(0, 25)]),
                              Paragraph("本版制图：韩小川", [(60, 68)])],
                  captions=[Caption("图为市民在滨江步道上打太极拳。", "林小舟摄", [(30, 45), (50, 54)])])
    reattach._captions_as_text(art)
    assert [(p.text, p.spans) for p in art.paragraphs] == [
        ("入夏以来，青川市民每天清晨来到滨江步道锻炼身体。", [(0, 25)]), ("图为市民在滨江步道上打太极拳。", [(30, 45)]),
        ("林小舟摄", [(50, 54)]), ("本版制图：韩小川", [(60, 68)])]
    assert art.captions == []


def test_a_photo_storys_caption_read_inside_another_story_goes_back_to_it():
    # the photo story's text was reattached to its headline, but its caption stayed with the story it was read in
    from baoku.model import Article, Caption, Field, Paragraph
    from baoku.restore import reattach
    from baoku.restore.cohesion import Cohesion
    port = Article(headline=Field("青川港新航线开通", []), paragraphs=[
        Paragraph("本报讯 青川港今天开通第二十条外贸航线，首艘货轮从新码头起航。", []),
        Paragraph("港务集团负责人说，新航线的货轮每周往返两班，通关时间将缩短一半。", [])],
        captions=[Caption("图为市民在滨江步道上打太极拳。", "林小舟摄", [])])
    photo = Article(headline=Field("江边晨练", []),
                    paragraphs=[Paragraph("入夏以来，青川市民每天清晨来到滨江步道打太极拳、跑步。", [])])
    arts = [port, photo]
    reattach._move_photo_captions(arts, Cohesion([p.text for a in arts for p in a.paragraphs]
                                                 + [reattach.heading(a) for a in arts]))
    assert port.captions == [] and [c.text for c in photo.captions] == ["图为市民在滨江步道上打太极拳。"]


def test_a_photo_caption_taken_back_from_another_story_brings_the_photo_storys_text_read_before_it():
    # XY-cut reads a photo story's text after another story's and its caption after that: the headline left
    # without a body echoes the caption only, but the text before the caption speaks of the photo
    from baoku.model import Article, Field, Paragraph
    from baoku.restore import reattach
    from baoku.restore.cohesion import Cohesion
    host = Article(headline=Field("老街夜市重开", []), paragraphs=[Paragraph(t, []) for t in [
        "临江区老街夜市今晚重开，摊主们早早摆好了摊位，首晚迎客两万人次。",
        "区商务局介绍，夜市今年新增摊位一百二十个，营业到午夜，老街夜市的摊主还可线上接单。",
        "首届青川龙舟邀请赛6月2日在青川江开赛。",
        "来自十二个县区的二十四支龙舟队参赛，两岸观赛市民逾三万人，龙舟邀请赛将持续三天。",
        "图为6月2日，青川江上的龙舟队奋力划桨冲刺。",
        "本报记者 林小舟摄影报道"]])
    arts = [host, Article(headline=Field("江上竞渡", []))]
    coh = Cohesion([p.text for a in arts for p in a.paragraphs] + [reattach.heading(a) for a in arts])
    assert reattach.best_suffix(coh, "江上竞渡", host)[0] == 2


def test_taking_back_silent_paragraphs_with_none_to_take_moves_nothing():
    # a caller asking from past the host's last paragraph (nothing moved yet) and finding no paragraph to take
    # back gets that end again, not an error
    from baoku.model import Paragraph
    from baoku.restore import reattach
    from baoku.restore.cohesion import Cohesion
    paras = [Paragraph("本报青川3月2日电 青川港今年新开两条外贸航线。", []), Paragraph("码头的吞吐量有望再创新高。", []),
             Paragraph("港务集团负责人说，还将建成三座智能仓库。", [])]
    coh = Cohesion([p.text for p in paras] + ["老街焕新 夜市重开", "青川港开通两条外贸航线"])
    assert reattach.silent_before(coh, "老街焕新 夜市重开", "青川港开通两条外贸航线", paras, len(paras), 1) == 3


def test_a_long_subheadline_line_goes_on_with_its_wrapped_end_under_the_headline_in_a_line_dump():
    # a line longer than any title's line, under the headline, is a subheadline set small: the short line after it
    # is its wrapped end, not a third field (which would make the headline a kicker over the subheadline's first line)
    from conftest import lines_dump
    sub = ["听取清水河流域治理进展情况汇报 审议青川老街保护条例修订草案 周", "启航主持"]
    text = lines_dump([EARLIER, BODY]) + "\n".join(["青川市人大常委会第五次会议举行", *sub, ""]) + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == \
        (None, "青川市人大常委会第五次会议举行", "".join(sub))


def test_a_line_saying_who_attended_is_the_subheadline_under_an_unmarked_headline():
    # the order model leans to kicker + headline for two plain fields; a line naming who attended (参加, 出席,
    # 主持, 宣读, 致辞) is a subheadline in a quarter of the corpus's pairs and almost never a headline
    head, sub = "青川市人大常委会分组审议城市书房条例草案", "周启航参加审议"
    text = f"{EARLIER}\n\n{BODY}\n\n{head}\n\n{sub}\n\n{LEAD}\n\n{BODY}\n"
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == (None, head, sub)


def test_a_headline_saying_who_held_a_meeting_is_no_kicker_over_the_unmarked_line_under_it():
    # 主持召开 opens no kicker of the corpus: the field saying who held the meeting is the headline
    head, sub = "周启航主持召开市政府常务会议", "部署清水河流域综合治理工作"
    text = f"{EARLIER}\n\n{BODY}\n\n{head}\n\n{sub}\n\n{LEAD}\n\n{BODY}\n"
    art = baoku.restore(text).to_json()["articles"][1]
    assert (art["kicker"], art["headline"], art["subheadline"]) == (None, head, sub)


def test_story_opened_after_a_jump_marker_continues_no_paragraph():
    """A continued-from marker (上接) read under a story whose last paragraph was cut mid-sentence, left pending
    while a row of headlines routes the text after it, opens a story of its own at the next body text: that new
    story has no paragraph to go on, whatever the story above left open (it raised IndexError)."""
    from baoku.model import Article, Page, Paragraph
    from baoku.pipeline import TEXT_STAGES, _source
    from baoku.restore.articles import _place_body, _Reading, group_articles

    page = Page(source=_source("青川港新建码头今年投入运营，港务局表示将\n"))
    for stage in TEXT_STAGES[:TEXT_STAGES.index(group_articles)]:
        page = stage(page)
    r = _Reading(page)
    above = Article(paragraphs=[Paragraph("青禾县春耕备耕工作有序推进，农资供应", [(0, 0)])])
    page.articles, r.cur, r.open_para, r.pending_jump = [above], above, True, "（上接第一版）"
    _place_body(r, page.units[0])
    assert r.cur is not above and "starts_mid_story" in r.cur.flags
    assert [p.text for p in r.cur.paragraphs] == ["青川港新建码头今年投入运营，港务局表示将"]
    assert len(above.paragraphs) == 1


def test_package_parts_keep_their_section_label_and_captions():
    """A bodiless package label takes the short dated reports after it as its parts: a part's section label (a
    stray line XY-cut read over its kicker) and its captions go with the part's titles and text, not lost."""
    from baoku.model import Article, Caption, Field, Paragraph
    from baoku.restore import reattach

    def part(section, kicker, headline, lead, caption, at):
        return Article(section=Field(section, [(at, at + 1)]), kicker=Field(kicker, [(at + 2, at + 6)]),
                       headline=Field(headline, [(at + 7, at + 13)]),
                       paragraphs=[Paragraph(lead, [(at + 14, at + 40)])],
                       captions=[Caption(caption, spans=[(at + 41, at + 50)])])
    label = Article(headline=Field("青川春运一线", [(0, 6)]))
    arts = [label, part("|", "刷卡闸机", "扫码三秒通关", "本报青川6月2日电 旅客在青川站刷乘车码进站，三秒即可通关。",
                        "图为旅客刷码进站。", 10),
            part("■", "候车新貌", "候车室开进地铁站", "本报青禾6月2日电 青禾站候车室今年开进了地铁站，换乘更便捷。",
                 "图为候车室一角。", 70)]
    reattach._take_parts(label, arts)
    assert arts == [label]
    texts = [p.text for p in label.paragraphs]
    assert texts[:4] == ["|", "刷卡闸机", "扫码三秒通关", texts[3]] and texts[4:7] == ["■", "候车新貌", "候车室开进地铁站"]
    assert [c.text for c in label.captions] == ["图为旅客刷码进站。", "图为候车室一角。"]


def test_bodiless_label_over_parts_named_by_dashed_kickers_takes_them_as_its_parts():
    """A bodiless package label takes the parts after it, each named by a kicker ending on a dash over its title
    (and subheadline): their titles open each part's text, as the package prints them."""
    from baoku.model import Article, Field, Paragraph
    from baoku.restore import reattach

    def part(kicker, headline, sub, texts):
        return Article(kicker=Field(kicker, []), headline=Field(headline, []),
                       subheadline=Field(sub, []) if sub else None, paragraphs=[Paragraph(t, []) for t in texts])
    label = Article(headline=Field("春节我在岗", []))
    other = Article(headline=Field("青川港新航线开通", []), paragraphs=[Paragraph("青川港新航线昨天开通。", [])])
    arts = [label, part("青川港引航员王小禾——", "夜里引船进港", "一年不误一班", ["本报记者林小舟", "除夕夜，王小禾登上货轮。",
                                                                          "零点时，货轮靠上码头。"]),
            part("柳河县客运站林小满——", "守着候车室过年", None, ["本报记者李青禾", "林小满在候车室值守了十个春节。"]), other]
    reattach._take_parts(label, arts)
    assert arts == [label, other]
    assert [p.text for p in label.paragraphs][:4] == ["青川港引航员王小禾——", "夜里引船进港", "一年不误一班", "本报记者林小舟"]
    assert len(label.paragraphs) == 10
    # stories whose titles close on a column's tag, or whose text opens without a reporter's line, are not parts
    tagged = [part("青川港引航员王小禾——", "夜里引船进港（青川人物）", None, ["本报记者林小舟", "除夕夜，王小禾登上货轮。"]),
              part("柳河县客运站林小满——", "守着候车室过年（青川人物）", None, ["本报记者李青禾", "林小满值守了十个春节。"])]
    unsigned = [part("青川港引航员王小禾——", "夜里引船进港", None, ["除夕夜，王小禾登上货轮。"]),
                part("柳河县客运站林小满——", "守着候车室过年", None, ["林小满值守了十个春节。"])]
    for stories in (tagged, unsigned):
        arts = [Article(headline=Field("春节我在岗", [])), *stories]
        reattach._take_parts(arts[0], arts)
        assert len(arts) == 3


def test_a_crosshead_read_as_a_title_keeps_its_section_label_and_captions():
    """The orphan that takes the text under a crosshead read as a title after its host takes that title's section
    label (a stray line XY-cut read over it) and its captions too, not losing them with the false story."""
    from baoku.model import Article, Caption, Field, Paragraph
    from baoku.restore import reattach
    from baoku.restore.cohesion import Cohesion

    orphan = Article(headline=Field("老街夜市重开", [(0, 6)]), paragraphs=[Paragraph("老街夜市今晚重开，摊主们早早摆好了摊位。", [])])
    host = Article(headline=Field("青川港新航线开通", []), paragraphs=[Paragraph("青川港今天开通第二十条外贸航线。", [])])
    nxt = Article(section=Field("■", [(40, 41)]), headline=Field("夜市让日子更有味道", [(42, 51)]),
                  paragraphs=[Paragraph("摊主们说，老街夜市重开后，每晚都有老顾客专程来逛夜市。", [(52, 80)])],
                  captions=[Caption("图为重开的老街夜市。", spans=[(81, 90)])])
    arts = [orphan, host, nxt]
    coh = Cohesion([p.text for a in arts for p in a.paragraphs] + [reattach.heading(a) for a in arts])
    reattach._take_crossheaded(orphan, host, arts, coh, reattach.heading(orphan, untagged=True))
    assert arts == [orphan, host]
    assert [p.text for p in orphan.paragraphs][1:3] == ["■", "夜市让日子更有味道"]
    assert [c.text for c in orphan.captions] == ["图为重开的老街夜市。"]


def test_a_headline_taken_under_a_later_line_keeps_its_kicker_and_section():
    # a headline waiting for its story, taken by a lone line read later as that story's subheadline, brings its
    # kicker and section along: its own article is dropped, not its fields
    from baoku import pipeline as pl
    from baoku.model import Article, Page
    from baoku.restore import runs
    page = Page(source=pl._source("老街周刊\n\n青川港口吞吐量屡创新高\n\n老街文化节开幕\n\n何立新宣读贺信并讲话\n"))
    for stage in pl.TEXT_STAGES[:4]:
        page = stage(page)
    sec, kick, head, sub = page.units
    waiting = Article(section=runs.field_of(page, [sec]), kicker=runs.field_of(page, [kick]),
                      headline=runs.field_of(page, [head]))
    page.articles.append(waiting)
    art = runs._under_head(page, waiting, {"headline": [sub]})
    assert [f.text for f in (art.section, art.kicker, art.headline, art.subheadline)] == \
        ["老街周刊", "青川港口吞吐量屡创新高", "老街文化节开幕", "何立新宣读贺信并讲话"]
    assert waiting not in page.articles


def test_reattachment_keeps_a_story_left_with_a_title_field_only():
    # a story emptied of its headline and text by the moves but still holding its kicker keeps it: no text is lost
    from baoku.model import Article, Field, Page, Paragraph
    from baoku.restore import reattach
    page = Page(source=None)
    page.articles = [Article(kicker=Field("老街周刊", [(0, 4)])),
                     Article(headline=Field("老街文化节开幕", [(5, 12)]),
                             paragraphs=[Paragraph("老街文化节昨天开幕。", [(13, 23)])])]
    assert [a.kicker.text if a.kicker else a.headline.text for a in reattach.reattach(page).articles] == \
        ["老街周刊", "老街文化节开幕"]


def test_a_dashed_subheadlines_story_brings_its_captions_and_section():
    # the story headed by a ——subheadline read apart goes under its headline with its captions and section
    from baoku.model import Article, Caption, Field, Paragraph
    from baoku.restore import reattach
    head = Article(headline=Field("老街书房迎来周末读者", [(0, 10)]))
    dashed = Article(section=Field("青川新闻", [(11, 15)]), headline=Field("——记临江区的书房志愿者", [(16, 28)]),
                     paragraphs=[Paragraph("周末的老街书房坐满了读者。", [(29, 42)])],
                     captions=[Caption("图为读者在书房看书。", None, [(43, 53)])])
    reattach._take_dashed(head, dashed)
    assert head.section.text == "青川新闻" and head.subheadline.text == "记临江区的书房志愿者"
    assert [c.text for c in head.captions] == ["图为读者在书房看书。"]


def test_an_unmarked_line_closing_on_a_colon_over_a_marked_headline_is_its_kicker():
    # a kicker introducing its headline (……上强调：) is longer than a colon line read as a heading otherwise may be;
    # over a marked headline it is that headline's kicker, not the last paragraph of the story before
    page = baoku.restore(
        "## 青川港新航线开通\n\n本报青川6月1日电 青川港今年开通两条外贸航线，码头吞吐量有望再创新高。\n\n"
        "林小舟在全市城市更新工作会议上强调：\n\n## 老街改造要守住烟火气\n\n"
        "本报青川6月2日电（记者周启航）2日，全市城市更新工作会议召开。林小舟说，老街改造要守住烟火气。\n")
    port, street = page.articles
    assert len(port.paragraphs) == 1
    assert street.kicker.text == "林小舟在全市城市更新工作会议上强调：" and street.headline.text == "老街改造要守住烟火气"
    # over an unmarked line the colon line stays prose
    page = baoku.restore("## 青川港新航线开通\n\n本报青川6月1日电 青川港今年开通两条外贸航线。\n\n"
                         "港务集团负责人在接受记者采访时表示：\n\n新航线开通后出货更快\n")
    assert page.articles[0].paragraphs[1].text.startswith("港务集团负责人")


def test_a_summary_of_clauses_without_a_stop_over_the_dated_lead_is_the_subheadline():
    summary = "部署青川港扩建三年行动，推动临江物流园提质升级；审议《青川市老街保护条例（草案）》"
    page = baoku.restore(EARLIER + "\n\n## 青川市政府召开常务会议\n\n" + summary + "\n\n" + LEAD + "\n\n" + BODY + "\n")
    art = page.to_json()["articles"][-1]
    assert (art["headline"], art["subheadline"]) == ("青川市政府召开常务会议", summary)
    assert art["paragraphs"][0] == LEAD


@pytest.mark.parametrize("label", ["开栏的话", "人物小传"])
def test_a_series_opening_note_or_a_profile_box_under_a_headline_opens_the_body_in_a_line_dump(label):
    # a box's label, as 核心阅读 is: the story's first paragraph, not a subheadline
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + f"老街书房的十年（城市更新一线）\n{label}\n" + lines_dump([BODY, LEAD])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["headline"], art["subheadline"], art["paragraphs"][0]) == ("老街书房的十年（城市更新一线）", None, label)


def test_a_documents_signature_and_date_are_its_last_paragraphs_not_the_next_storys_titles_in_a_line_dump():
    # a date alone is never a title: it closes the notice above, with the office signing it
    from conftest import lines_dump
    text = (lines_dump([EARLIER, "特此通知。"]) + "青川市人民政府办公室\n2023年6月2日\n老街夜市重开（城市观察）\n摊位增至百个\n"
            + lines_dump([LEAD, BODY]))
    arts = baoku.restore(text).to_json()["articles"]
    assert (arts[-1]["kicker"], arts[-1]["headline"], arts[-1]["subheadline"]) == \
        (None, "老街夜市重开（城市观察）", "摊位增至百个")
    assert arts[-2]["paragraphs"][-2:] == ["青川市人民政府办公室", "2023年6月2日"]


def test_a_date_alone_is_a_paragraph_of_its_own():
    # a diary-like entry's date over its stop-less title: the date does not run on into the line under it
    text = "## 老街夜市重开\n\n" + LEAD + "\n\n2023年6月2日\n\n夜市里的特别一晚\n\n" + BODY + "\n"
    paras = baoku.restore(text).to_json()["articles"][-1]["paragraphs"]
    assert "2023年6月2日" in paras


def test_a_line_set_vertically_is_read_back_as_one_paragraph():
    # a column's contact line set vertically comes a character a line (栏 / 目 / 投 / 稿 / ……): one paragraph,
    # no run of one-character titles
    page = baoku.restore("## 老街的夜（青川时评）\n\n老街的夜市重开了，摊主们又支起了桌椅。\n\n（作者为本报记者）\n\n"
                         + "\n\n".join("栏目投稿邮箱：") + "\n\nqcsp@example.cn\n")
    [art] = page.articles
    assert [p.text for p in art.paragraphs][-1] == "栏目投稿邮箱：qcsp@example.cn"


def test_a_host_whose_text_hardly_echoes_an_orphans_headline_is_passed_over_unweighed():
    # no paragraph of a text that covers the headline by no more than the margin can gain: none is weighed
    from baoku.model import Article, Field, Paragraph
    from baoku.restore import reattach
    from baoku.restore.cohesion import Cohesion
    host = Article(headline=Field("老街夜市重开", []), paragraphs=[Paragraph(t, []) for t in [
        "临江区老街夜市今晚重开，摊主们早早摆好了摊位，首晚迎客两万人次。",
        "区商务局介绍，夜市今年新增摊位一百二十个，营业到午夜。"]])
    arts = [host, Article(headline=Field("青川港吞吐量创新高", []))]
    coh = Cohesion([p.text for a in arts for p in a.paragraphs] + [reattach.heading(a) for a in arts])
    assert reattach.best_suffix(coh, "青川港吞吐量创新高", host) == (None, 0.0, 0.0)
    assert len(coh._covered) == 1       # the host's whole text only


def test_a_short_line_between_a_kicker_and_a_marked_headline_is_not_the_kickers_wrapped_end():
    # XY-cut reads a photo's short title between a story's kicker and its marked headline
    text = ("临江区用好老街文化资源\n\n守护湿地\n\n## 老街书房迎来周末读者\n\n"
            "本报讯 临江区用好老街文化资源，把三座旧仓库改成城市书房，周末读者逾千人。\n\n"
            "书房由街道管理，志愿者轮流值守，每天开放十二小时。\n")
    arts = {a["headline"]: a["kicker"] for a in baoku.restore(text).to_json()["articles"]}
    assert arts == {"老街书房迎来周末读者": "临江区用好老街文化资源", "守护湿地": None}


def test_a_title_read_between_a_marked_headline_and_its_dashed_subheadline_is_another_storys():
    # XY-cut reads another story's title between a headline and its ——subheadline
    text = ("## 老街焕发新活力（港城观察）\n\n书房飘香\n\n——青川老街改造三年记\n\n"
            "三年前，青川老街的骑楼年久失修，街坊们出门要绕道。如今骑楼修葺一新，夜市重开，游人络绎不绝。\n\n"
            "老街改造由街道牵头，街坊们出工出力，三年完成了四十余处修缮。\n")
    arts = {a["headline"]: a["subheadline"] for a in baoku.restore(text).to_json()["articles"]}
    assert arts == {"老街焕发新活力（港城观察）": "青川老街改造三年记", "书房飘香": None}


def test_a_short_line_under_a_title_that_ends_for_sure_is_no_wrapped_end_of_it():
    # a photo's title under a headline ending as titles most often end; a wrapped end would close a title too
    text = ("## 临江区老街灯会开幕\n\n放河灯\n\n"
            "本报讯 临江区老街灯会昨晚开幕，三百余盏花灯沿河排开，街坊们扶老携幼前来赏灯。\n\n"
            "灯会将持续到下月初，每晚六时亮灯。\n")
    heads = [a["headline"] for a in baoku.restore(text).to_json()["articles"]]
    assert heads == ["临江区老街灯会开幕", "放河灯"]


def test_a_plain_line_under_a_tagged_headline_set_beside_another_goes_to_the_one_the_body_speaks_of():
    # XY-cut reads two headlines side by side, then the first one's subheadline under the second, closed by its tag
    text = ("## 青川启动清水河流域综合治理\n\n## 老街书房迎来周末读者（港城观察）\n\n三年行动计划投资四十二亿元\n\n"
            + LEAD + "\n\n" + BODY + "\n")
    heads = {a["headline"]: a["subheadline"] for a in baoku.restore(text).to_json()["articles"]}
    assert heads == {"青川启动清水河流域综合治理": "三年行动计划投资四十二亿元", "老街书房迎来周末读者（港城观察）": None}


def test_a_label_with_a_colon_under_a_tagged_headline_set_beside_another_heads_no_story():
    text = ("## 青川启动清水河流域综合治理\n\n## 老街书房迎来周末读者（港城观察）\n\n讲述人：林小舟\n\n"
            + LEAD + "\n\n" + BODY + "\n")
    heads = [a["headline"] for a in baoku.restore(text).to_json()["articles"]]
    assert heads == ["青川启动清水河流域综合治理", "老街书房迎来周末读者（港城观察）"]


def test_a_pair_of_kickers_over_a_pair_of_headlines_go_in_the_rows_order():
    # XY-cut reads both kickers, then both headlines; the text after the run is the second story's
    text = ("临江区副区长韩亦舒——\n\n青川港务局局长岑望川——\n\n## 老街夜市重开迎客（港城人物）\n\n## 新航线首航顺利（港城人物）\n\n"
            "本报青川6月2日电 青川港务局局长岑望川来到二号码头，察看新航线首航准备情况。\n")
    assert kickers_and_headlines(baoku.restore(text)) == [
        ("临江区副区长韩亦舒——", "老街夜市重开迎客（港城人物）"), ("青川港务局局长岑望川——", "新航线首航顺利（港城人物）")]


def test_a_kicker_and_title_over_a_reporters_line_under_a_package_headline_open_its_body():
    # the package's first part: its dashed kicker and title read under the package's headline, a second part after;
    # the kicker and the title are a paragraph each, as printed (in the corpus 730 short stop-less paragraphs end
    # on a dash, 32 hold one inside)
    page = baoku.restore(
        "青川新春走基层（来自一\n\n## 线的报道）\n\n老街夜市重开\n\n——\n\n摊主笑迎八方客\n\n本报记者 韩亦舒\n\n"
        "除夕前夜，临江老街的夜市重新开张，两百多个摊位沿河排开，摊主们忙着招呼往来的市民。\n\n"
        "港区码头彻夜忙——\n\n吊机昼夜不停歇\n\n本报记者 林小舟\n\n"
        "春节期间，青川港三号码头的吊机昼夜不停，港务集团的工人们轮班坚守岗位。\n")
    art = page.articles[0]
    assert (art.headline.text, art.subheadline, [p.text for p in art.paragraphs[:2]]) == \
        ("青川新春走基层（来自一线的报道）", None, ["老街夜市重开——", "摊主笑迎八方客"])


def test_a_kicker_and_title_over_a_reporters_line_under_a_package_headline_open_its_body_in_a_line_dump():
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "青川新春走基层 记者蹲点看变化（来自一线的\n报道）\n老街夜市重开\n——\n" \
        "摊主笑迎八方客\n本报记者 韩亦舒\n" + lines_dump([BODY, EARLIER]) + "港区码头彻夜忙——\n吊机昼夜不停歇\n" \
        "本报记者 林小舟\n" + lines_dump([EARLIER, BODY])
    art = baoku.restore(text).articles[1]
    assert (art.headline.text, art.subheadline, [p.text for p in art.paragraphs[:2]]) == \
        ("青川新春走基层 记者蹲点看变化（来自一线的报道）", None, ["老街夜市重开——", "摊主笑迎八方客"])


def test_a_subheadline_marked_like_the_storys_crossheads_is_the_first_of_them():
    # a name and a song's title in brackets, as the crossheads further on are: the series' first item
    page = baoku.restore(
        "## 青川老歌新唱（歌声里的青川）\n\n林小舟　《清水河之歌》\n\n"
        "这首歌写于上世纪八十年代，那时清水河两岸还是大片的稻田，我每天沿着河堤去上班，一路走一路哼。\n\n"
        "后来歌在全市传唱开来，很多老人至今还能唱出完整的歌词。\n\n韩亦舒　《老街的灯》\n\n"
        "老街的路灯是我小时候最深的记忆，傍晚灯一亮，整条街就热闹起来。\n\n"
        "写这首歌的时候，我把老街的吆喝声也写了进去。\n\n周启航　《港城夜曲》\n\n"
        "港口的夜晚从来不安静，汽笛声和吊机声混在一起，像一首没有尽头的曲子。\n\n"
        "我在码头干了二十年，这首歌是写给工友们的。\n")
    art = page.articles[0]
    assert (art.subheadline, [p.text for p in art.paragraphs][::3]) == \
        (None, ["林小舟《清水河之歌》", "韩亦舒《老街的灯》", "周启航《港城夜曲》"])


def test_a_line_of_clauses_under_a_tagged_title_over_the_summary_box_is_the_subheadline():
    # three clauses under a column's tag read as a commentary's summary line, but the box label under it opens the body
    page = baoku.restore(
        "## 书房遍街巷 阅读更便利（城市观察）\n\n截至5月底，全市建成城市书房11个，累计接待读者40万人次\n\n核心阅读\n\n"
        "青川推进城市书房建设三年来，书房从老城区走进新街区，成为市民身边的阅读空间。\n\n"
        "临江区的老街书房每天开放到晚上十点，附近居民下班后常来这里看书。\n")
    art = page.articles[0]
    assert (art.subheadline.text, art.paragraphs[0].text) == ("截至5月底，全市建成城市书房11个，累计接待读者40万人次", "核心阅读")


@pytest.mark.parametrize("fields", [("临江区老街骑楼下——", "年货摊摊摊红火"),
                                    ("青川老街的年货摊摊摊\n红火", "骑楼下迎来八方客")])
def test_a_kicker_over_a_parts_title_and_reporters_line_is_the_packages_headline_when_a_next_part_follows(fields):
    # a line dump: a short title over the first part's two fields and its reporter's line, read as kicker, headline
    # and subheadline; the next part, titled over its own reporter's line, shows the story is a package
    first = ["腊月二十六，青川老街的骑楼下摆满了年货摊，街坊们一早就来置办年货，骑楼下人来人往。",
             "卖春联的林师傅说，今年骑楼下的摊位比去年多了一倍，老字号的糕点也早早卖完。"]
    second = ["雪后的青禾乡，十几个孩子在操场上堆雪人，支教老师宋嘉禾在一旁给他们拍照。",
              "放假前孩子们排了一台节目，要演给回乡过年的家长看，节目单是孩子们自己写的。"]
    from conftest import lines_dump
    text = lines_dump([EARLIER, BODY]) + "年关走街巷\n" + "\n".join(fields) + "\n本报记者 周启明\n" + lines_dump(first) \
        + "青禾乡的雪后\n山村小学的新年\n本报记者 林小舟\n" + lines_dump(second)
    art = baoku.restore(text).articles[1]
    assert (art.kicker, art.headline.text, art.subheadline, [p.text for p in art.paragraphs[:3]]) == \
        (None, "年关走街巷", None, [f.replace("\n", "") for f in fields] + ["本报记者 周启明"])


def test_a_plain_title_over_a_reporters_line_under_a_package_headline_opens_its_body():
    page = baoku.restore(
        "# 新春走基层 港城年味浓（一线见闻）\n\n老街夜市人气旺\n\n本报记者 韩亦舒\n\n"
        "除夕前夜，临江老街的夜市重新开张，两百多个摊位沿河排开，摊主们忙着招呼往来的市民。\n\n"
        "夜市管理处说，今年摊位比去年多了三成。\n\n码头吊机不停歇\n\n本报记者 周启航\n\n"
        "春节期间，青川港三号码头的吊机昼夜不停，港务集团的工人们轮班坚守岗位。\n")
    art = page.articles[0]
    assert (art.subheadline, [p.text for p in art.paragraphs[:2]]) == (None, ["老街夜市人气旺", "本报记者 韩亦舒"])


_CROSSHEADED = ("腊月二十八，青川市老街上挂起了上千盏红灯笼，街坊们忙着贴春联、蒸年糕，巷子里飘着糯米的香气。\n\n"
                "住在巷口的韩亦舒老人说，这条街的灯笼已经挂了三十多年，每年都是街坊们一起动手。\n\n"
                "非遗摊位前排长队\n\n"
                "老街中段的非遗市集人头攒动，剪纸、糖画、面塑摊位前排起了长队，不少外地游客专程赶来。\n\n"
                "糖画艺人林小舟一上午画了两百多张，他说今年来的年轻人比往年多了不少。\n\n"
                "年夜饭预订已满\n\n"
                "老街上的十几家老字号饭馆，除夕当天的年夜饭早在半个月前就已订满，店家们正加紧备料。\n\n"
                "周启航经营的饭馆有四十多年历史，他说今年新添了几道青川本地的家常菜。\n")


def test_a_line_shaped_like_the_storys_crossheads_under_its_headline_is_its_first_crosshead():
    # no clause mark, one line, over a story with two more such lines: the series' first crosshead, not a subheadline
    art = baoku.restore("## 老街新春见闻（节日走基层）\n\n灯笼挂满青石巷\n\n" + _CROSSHEADED).articles[0]
    assert art.subheadline is None
    assert [p.text for p in art.paragraphs[:2]] == ["灯笼挂满青石巷", _CROSSHEADED.split("\n\n")[0]]


def test_a_crosshead_shaped_line_over_a_summary_box_stays_the_subheadline():
    # a story sets its summary box (核心阅读) under its title group: the line over the box is its subheadline
    text = "## 老街新春见闻（节日走基层）\n\n灯笼挂满青石巷\n\n核心阅读\n\n青川老街的年味一年比一年浓。\n\n" + _CROSSHEADED
    art = baoku.restore(text).articles[0]
    assert art.subheadline is not None and art.subheadline.text == "灯笼挂满青石巷"


def test_a_crosshead_shaped_subheadline_over_a_figure_box_stays_the_subheadline():
    # the short stop-less lines of a figure box (2019年, 35.2%) are its numbers, not a series of crossheads
    text = ("## 青川去年新增绿地三百公顷\n\n公园多了 空气好了\n\n2019年\n\n全市新增公园绿地三百公顷。\n\n35.2%\n\n"
            "全市建成区绿化覆盖率达到35.2%。\n\n"
            "本报青川1月5日电（记者林小舟）记者从青川市园林局获悉，去年全市新建口袋公园四十个，"
            "公园多了，空气好了，优良天数比上年多了二十天。\n")
    art = baoku.restore(text).articles[0]
    assert art.subheadline is not None and art.subheadline.text == "公园多了 空气好了"
    assert art.paragraphs[0].text == "2019年"


def test_a_subheadline_of_two_lines_over_crossheads_is_not_made_one_crosshead():
    # a crosshead is one line; two lines under the headline (a title and its author's name) are no one paragraph
    art = baoku.restore("## 新春寄语（节日走基层）\n\n年味里的乡愁\n\n林小舟\n\n" + _CROSSHEADED).articles[0]
    assert "年味里的乡愁林小舟" not in [p.text for p in art.paragraphs]


# a story whose text speaks of the first of two kickers read side by side over its headline
_DUST_LAW = ["本报青川6月2日电（记者 林小舟）《青川市工地扬尘污染防治条例》日前经市人大常委会审议通过，将于8月1日起施行。",
             "条例规定，建筑工地须全封闭围挡，渣土车辆须密闭运输，出台条例后，违规工地将被责令停工整改。",
             "市生态环境局负责人表示，治理工地扬尘是打好蓝天保卫战的重要一环，条例出台为执法提供了依据，住建、城管等多部门将联合执法。"]


def test_a_row_of_two_kickers_read_over_one_headline_gives_the_second_to_the_next_story_that_speaks_of_it():
    # XY-cut reads two stories' kickers side by side, then the first story's marked headline: the lines were named
    # that story's section and kicker, but its text speaks of the first line more, and the next story's of the second
    one = _DUST_LAW
    two = ["本报青禾6月2日电（记者 周启明）青禾县水利、环保、农业等多部门日前联合开展清水河护河行动，清理河道垃圾两百余吨。",
           "县水利局介绍，多部门联合护河机制建立后，清水河水质已由四类提升到三类。"]
    text = ("青川出台条例治理工地扬尘\n\n青禾县多部门联合护河\n\n## 青川立法护蓝天\n\n" + "\n\n".join(one)
            + "\n\n## 清水河重现碧波\n\n" + "\n\n".join(two) + "\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["section"], a["kicker"], a["headline"], a["paragraphs"]) for a in arts] == [
        (None, "青川出台条例治理工地扬尘", "青川立法护蓝天", one), (None, "青禾县多部门联合护河", "清水河重现碧波", two)]


def test_a_section_its_story_speaks_of_more_than_of_its_kicker_is_the_kicker():
    # as above, but no next story speaks of the second line: it stays over the story, as its section
    one = _DUST_LAW
    two = ["本报青禾6月2日电（记者 周启明）青禾县老街书房日前开放，首月接待读者三千余人次。",
           "书房每天开放到晚上九点，周末还举办亲子读书会。"]
    text = ("青川出台条例治理工地扬尘\n\n青禾县多部门联合护河\n\n## 青川立法护蓝天\n\n" + "\n\n".join(one)
            + "\n\n## 老街书房迎读者\n\n" + "\n\n".join(two) + "\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["section"], a["kicker"], a["headline"]) for a in arts] == [
        ("青禾县多部门联合护河", "青川出台条例治理工地扬尘", "青川立法护蓝天"), (None, None, "老街书房迎读者")]


def test_a_kicker_line_its_story_never_speaks_of_goes_to_the_next_story_that_does():
    # XY-cut reads a kicker, a photo story's title and two headlines in one run: the kicker was left over the first
    # story (as its section), whose text never speaks of it, while the next story's text does
    photo = ["6月1日早晨，青禾县老街书房刚开门，孩子们就来到书房里读书。", "周启明摄（人民视觉）"]
    port = ["●今年前五个月，青川港运量稳中有升，吞吐量、航线数等多项指标创新高",
            "“今年以来，港口运量稳中有升，多项指标创出新高。”市港务局负责人日前表示。",
            "港务局介绍，集装箱航线新增三条，货物吞吐量同比增长百分之六。"]
    forum = ["本报青川6月2日电（记者 林小舟）青川国际港口论坛2日开幕，来自二十多个国家的嘉宾出席。",
             "与会嘉宾围绕港口合作与航运发展交流了看法。"]
    text = ("港口运量稳中有升，多项指标创新高\n\n老街晨读\n\n## 青川国际港口论坛开幕\n\n# 青川港稳住基本盘（权威发布）\n\n"
            + "\n\n".join(photo + port) + "\n\n## 港口论坛嘉宾共话合作\n\n" + "\n\n".join(forum) + "\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["section"], a["kicker"], a["headline"]) for a in arts] == [
        (None, "老街晨读", "青川国际港口论坛开幕"), (None, "港口运量稳中有升，多项指标创新高", "青川港稳住基本盘（权威发布）"),
        (None, None, "港口论坛嘉宾共话合作")]


def test_a_second_kicker_left_bodiless_over_a_tagged_headline_goes_to_the_next_story_that_speaks_of_it():
    # XY-cut reads two stories' kickers over the first one's tagged headline: the second kicker was left a title
    # with no text, and the headline it belongs to comes later, alone, over a lead that speaks of it
    one = ["本报青川6月2日电（记者 林小舟）青川市今年起为全市老旧电梯统一投保，电梯出了事故先行赔付，维保单位按时检修。",
           "市市场监管局介绍，统一投保覆盖全市三千余部电梯，保费由财政和物业分担。"]
    two = ["本报青禾6月2日电（记者 周启明）青禾县日前在各村设立调解室，由村里的老党员、老教师调解邻里纠纷。",
           "邻里纠纷在村里调解，不出村就化解了，邻里纠纷少了，村里也和睦了。"]
    text = ("电梯安全有了保障，青川为老旧电梯统一投保——\n\n青禾县各村设立调解室\n\n# 电梯出事 先行赔付（民生观察）\n\n"
            + "\n\n".join(one) + "\n\n## 邻里纠纷 村里调解\n\n" + "\n\n".join(two) + "\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["kicker"], a["headline"], a["paragraphs"]) for a in arts] == [
        ("电梯安全有了保障，青川为老旧电梯统一投保——", "电梯出事 先行赔付（民生观察）", one),
        ("青禾县各村设立调解室", "邻里纠纷 村里调解", two)]


def test_a_title_read_between_a_tagged_title_and_the_long_remainder_closing_its_tag_is_a_title_of_its_own():
    # XY-cut reads a title cut inside its column tag, the title beside it, then the tag's long remainder, which
    # completes the word cut at the first title's end: the title between is no wrapped line of the first one
    page = baoku.restore(EARLIER + "\n\n## 青川港建设再提速（深入推进港城发展·奋\n\n## 新码头开工\n\n"
                         "## 进在新时代的青川港城故事）\n\n" + LEAD + "\n")
    heads = [a["headline"] for a in page.to_json()["articles"]]
    assert heads[1:] == ["青川港建设再提速（深入推进港城发展·奋进在新时代的青川港城故事）", "新码头开工"]


# two short stories of a row, for the XY-cut heading-run tests below
CITY_STUDY = ["青禾县第一家城市书房日前开放，藏书两万册，每天开放到晚上九点。", "书房开放首月，接待读者三千余人次。"]
NIGHT_MARKET = ["停业两年的老街夜市日前重开，摊位增至百个，每晚客流过万。", "夜市的摊主说，老街夜市重开后生意红火，摊位一铺难求。"]


def test_a_dashed_kicker_and_title_over_a_marked_headline_and_its_dashed_subheadline_head_two_stories():
    # XY-cut reads one story's kicker and title, then another's marked headline and ——subheadline, in one run:
    # the text under the run speaks of the first two; the other story's text comes later, after a third story
    port = ["青川港扩建工程日前启动，新码头年内开工，建成后可停靠万吨货轮。",
            "港务集团介绍，新码头开工后，青川港的吞吐能力将提高三成。"]
    books = CITY_STUDY
    market = NIGHT_MARKET
    text = ("青川港扩建启动——\n\n新码头年内开工\n\n## 老街夜市重开\n\n——摊位增至百个\n\n" + "\n\n".join(port)
            + "\n\n## 城市书房开放\n\n" + "\n\n".join(books + market) + "\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["section"], a["kicker"], a["headline"], a["subheadline"], a["paragraphs"]) for a in arts] == [
        (None, "青川港扩建启动——", "新码头年内开工", None, port), (None, None, "老街夜市重开", "摊位增至百个", market),
        (None, None, "城市书房开放", None, books)]


def test_a_bodiless_kicker_over_short_dated_reports_is_the_first_reports_kicker_not_a_packages_label():
    # XY-cut reads the next story's kicker under a tagged headline; that story's headline comes alone after the
    # first story's text, over a dated lead speaking of the kicker, and another short dated report follows: the
    # bodiless line is that headline's kicker, not a label over the two reports as a package's parts
    go = ["本报青川1月3日电（记者 林小舟）青川女子围棋赛3日战罢八轮，青禾县棋手周启明再度领先，积分比第二名多一分。",
          "周启明说，下一轮她将执黑先行，争取保住领先。"]
    ball = ["本报青川1月3日电（记者 韩亦舒）青禾足球俱乐部日前交由专业公司运营，球队新赛季的训练和比赛由公司安排。",
            "俱乐部负责人说，专业运营后，球队的训练条件将大大改善。"]
    text = ("## 临江公园开放冰场（动感周末）\n\n青川女子围棋赛战罢八轮\n\n"
            "为让市民在家门口滑冰，临江公园日前开放了两块冰场，每天接待市民上千人次。\n\n"
            "## 周启明再度领先\n\n" + "\n\n".join(go) + "\n\n青禾足球俱乐部\n\n## 由专业公司运营\n\n" + "\n\n".join(ball) + "\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["kicker"], a["headline"], a["paragraphs"]) for a in arts[1:]] == [
        ("青川女子围棋赛战罢八轮", "周启明再度领先", go), ("青禾足球俱乐部", "由专业公司运营", ball)]


def test_two_unmarked_kickers_over_two_unmarked_headlines_head_two_stories():
    # XY-cut reads a row of two kickers, then the two headlines under them: the text after the run speaks of the
    # first kicker's headline and of neither the second kicker nor the second headline, whose text comes later
    port = ["本报青川6月2日电（记者 韩亦舒）市长林小舟2日在港区调研时强调，港口建设要再提速，新码头要按期开工。",
            "林小舟指出，港口建设是全市发展的大事，各部门要合力推进港口建设。"]
    books = CITY_STUDY
    market = ["本报青川6月2日电（记者 周启明）" + NIGHT_MARKET[0], NIGHT_MARKET[1]]
    text = ("林小舟在港区调研时强调\n\n老街夜市重开\n\n港口建设要再提速\n\n摊位增至百个\n\n" + "\n\n".join(port)
            + "\n\n## 城市书房开放\n\n" + "\n\n".join(books + market) + "\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["kicker"], a["headline"], a["subheadline"], a["paragraphs"]) for a in arts] == [
        ("林小舟在港区调研时强调", "港口建设要再提速", None, port), ("老街夜市重开", "摊位增至百个", None, market),
        (None, "城市书房开放", None, books)]


def test_a_dashed_kicker_over_another_storys_kicker_and_title_stays_the_kicker_of_the_headline_under_them():
    # XY-cut reads this story's dashed kicker, another story's two lines around this story's tagged headline: the
    # two lines the text does not speak of head the other story; the dashed line is no section but the kicker
    shop = ["春节临近，青川市年货市场人气旺，老街夜市的摊位前排起长队，山货和年货都卖得好。",
            "市商务局介绍，今年春节前，全市年货销售额比去年增长一成，山货销售额增长两成。"]
    text = ("年货种类多，山货卖得好——\n\n青禾县拨款修缮危桥\n\n# 年货市场人气旺（青川观察）\n\n保障春节出行安全\n\n"
            + "\n\n".join(shop) + "\n")
    art = baoku.restore(text).to_json()["articles"][0]
    assert (art["section"], art["kicker"], art["headline"], art["paragraphs"]) == (
        None, "年货种类多，山货卖得好——", "年货市场人气旺（青川观察）", shop)


def test_a_sure_crosshead_with_a_comma_in_a_dated_markdown_story_is_a_paragraph_of_its_own():
    # the crosshead model is sure of the line: no prose cut at a column's foot, though the story opens with a lead
    text = ("## 青川港新航线开通\n\n本报青川3月2日电（记者林小舟）青川港至临江港的集装箱新航线2日开通，首班货轮满载出港。\n\n"
            "港务集团介绍，新航线每周往返三班，全程约十二小时。\n\n一条新航线，串起三座港口\n\n"
            "港口吊机昼夜不停，工人们轮班作业。\n\n码头工人韩亦舒说，今年码头上的吊机比往年忙得多。\n")
    paras = [p.text for p in baoku.restore(text).articles[0].paragraphs]
    assert paras[2:4] == ["一条新航线，串起三座港口", "港口吊机昼夜不停，工人们轮班作业。"]


def test_a_name_with_who_that_person_is_over_a_line_opens_a_part_of_a_package_of_accounts():
    # 林小舟（青川港引航员） is no title closed by its column's tag: a part of the story, with the line under it
    text = ("## 新春值守，我在岗位（港城之声）\n\n春节期间，青川港的一线职工坚守岗位，我们请其中几位讲一讲自己的除夕。\n\n"
            "林小舟（青川港引航员）\n\n夜航，守护航道\n\n除夕夜十点，我登上一艘进港货轮，引着它穿过弯道，靠上三号码头。\n\n"
            "靠泊完成时，岸上已经响起了新年的钟声。\n\n韩亦舒（青川港调度中心调度员）\n\n调度，分秒必争\n\n"
            "大年初一凌晨，调度大厅里灯火通明，我盯着屏幕安排十几条船进出港。\n\n忙完一轮，天已经亮了。\n")
    arts = baoku.restore(text).articles
    assert len(arts) == 1
    assert [p.text for p in arts[0].paragraphs][1:3] == ["林小舟（青川港引航员）", "夜航，守护航道"]


def test_a_story_displaced_after_a_note_that_closes_its_host_takes_the_text_after_the_note_only():
    # the host's text closes on its note in brackets; the paragraphs after it that speak of the orphan's title are
    # the orphan's, and the note, which speaks of neither, stays with the host: no story's text opens on one
    from baoku.model import Article, Field, Paragraph
    from baoku.restore import reattach
    from baoku.restore.cohesion import Cohesion
    paras = ["老街夜市昨晚重新开张，两百多个摊位沿河排开，市民们逛得很开心。",
             "夜市管理处说，今年摊位比去年多了三成，夜市将开到凌晨。", "（本报记者 林小舟采访整理）",
             "青川港至临江港的集装箱新航线昨日开通，首班货轮满载出港。",
             "港务集团介绍，新航线每周往返三班，青川港的货物可直达临江港。"]
    host = Article(headline=Field("老街夜市重开", []), paragraphs=[Paragraph(t, []) for t in paras])
    coh = Cohesion([reattach.heading(host), *paras, "青川港新航线开通"])
    assert reattach.best_suffix(coh, "青川港新航线开通", host)[0] == 3


def test_a_heading_line_closed_by_a_column_tag_is_one_headline_not_headline_and_subheadline():
    # a space parts a couplet of a headline; the longer second half closes on the column's tag, which closes a
    # headline's line and seldom a subheadline's
    title = "守好青川港口岸线 护航清水河生态（港城新观察·青川一线⑤）"
    text = (f"## {title}\n\n本报青川3月2日电（记者林小舟）青川港务集团2日起在清水河沿线增设十处巡查点。\n\n"
            "港务集团介绍，巡查点全天有人值守。\n")
    art = baoku.restore(text).articles[0]
    assert (art.headline.text, art.subheadline) == (title, None)


def test_a_bodiless_title_that_a_story_speaks_of_from_its_opening_is_its_kicker_not_the_owner_of_its_text():
    # a row of two kickers over the first story's headline; the second one's story is read after another, under
    # its own tagged headline, which its opening hardly speaks of: the title left bodiless is that story's kicker,
    # though the story's text speaks of it more than of the headline
    from baoku.model import Article, Field, Page, Paragraph
    from baoku.restore import reattach
    page = Page(source=None)
    first = ["1962年秋，青川市第一届港城运动会在临江体育场举行，三千多名运动员参赛。", "这届运动会，留下了青川体育最珍贵的记忆。"]
    between = ["青禾县老街夜市昨晚重新开张，两百多个摊位沿河排开。", "夜市管理处说，今年摊位比去年多了三成。"]
    second = ["青川港航运博物馆坐落在老码头旁，馆内陈列着上千件航运老物件。", "走进航运博物馆一层，一面由老船锚组成的展示墙格外醒目。",
              "航运博物馆二层讲述老船长林小舟的故事，他在青川港航运线上跑了四十年船。",
              "馆长说，青川港航运博物馆每年接待游客十多万人次。"]
    page.articles = [Article(kicker=Field("第一届港城运动会", []), headline=Field("新人辈出精彩亮相（港城的第一）", []),
                             paragraphs=[Paragraph(t, []) for t in first]),
                     Article(headline=Field("青川港航运博物馆", [])),
                     Article(headline=Field("老街夜市重开", []), paragraphs=[Paragraph(t, []) for t in between]),
                     Article(headline=Field("一座馆里的百年（港城的第一）", []), paragraphs=[Paragraph(t, []) for t in second])]
    arts = reattach.reattach(page).articles
    assert [(a.kicker and a.kicker.text, a.headline.text, len(a.paragraphs)) for a in arts[1:]] == \
        [(None, "老街夜市重开", 2), ("青川港航运博物馆", "一座馆里的百年（港城的第一）", 4)]


def test_a_dated_reports_first_crosshead_the_model_is_unsure_of_is_the_next_storys_title():
    # a news report under its dateline seldom has crossheads: a lone line after its end that the crosshead model
    # is unsure of heads the story read on after it
    title = "“老街书房让小城更温暖”"
    text = ("## 青川港新航线开通\n\n本报青川3月2日电（记者林小舟）青川港至临江港的集装箱新航线2日开通，首班货轮满载出港。\n\n"
            "港务集团介绍，新航线每周往返三班，全程约十二小时。\n\n新航线开通后，青川港的货物可直达临江港，物流成本降低约两成。\n\n"
            f"{title}\n\n每到傍晚，青禾县老街的一家书房里就坐满了读者。这家书房由一座老粮仓改建而成，去年底向市民免费开放。\n\n"
            "书房管理员韩亦舒说，来这里读书的多是附近的居民和学生，周末常常一座难求。\n")
    arts = baoku.restore(text).articles
    assert [(a.headline.text, len(a.paragraphs)) for a in arts] == [("青川港新航线开通", 3), (title, 2)]


def test_a_heading_line_closed_by_its_column_tag_or_spaced_inside_brackets_is_one_headline():
    # two phrases parted by a space and closed by a column tag are one headline, and so is a line whose only space
    # falls inside its column tag: neither holds a headline and its subheadline side by side
    first = "青川港扩能提速 老街夜市焕新颜（青川观察·城市新变化系列报道）"
    second = "老街书房开放（青川观察 城市书房开放一周年系列报道之二）"
    text = (f"## {first}\n\n" + "\n\n".join(NIGHT_MARKET) + f"\n\n## {second}\n\n" + "\n\n".join(CITY_STUDY) + "\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["headline"], a["subheadline"]) for a in arts] == [(first, None), (second, None)]


def test_a_marked_title_line_ending_on_an_ordinal_goes_on_in_the_unmarked_line_under_it():
    # no title ends on an ordinal (第九届): the unmarked line under it is the marked headline's wrapped end
    text = "## 青川市将于下月举办第九届\n\n港口文化旅游节\n\n" + "\n\n".join(NIGHT_MARKET) + "\n"
    art = baoku.restore(text).to_json()["articles"][0]
    assert (art["headline"], art["subheadline"]) == ("青川市将于下月举办第九届港口文化旅游节", None)


def test_a_short_line_ending_on_a_speech_word_after_of_is_a_speech_titles_wrapped_end():
    # ……上的致辞 ends a speech's title (在……上的讲话), no subheadline saying who spoke (林小舟致辞)
    speech = ["各位来宾，各位朋友：", "今天，我们在这里隆重集会，庆祝青川港开港一百周年。",
              "百年来，青川港从一个小渔港成长为现代化的综合大港。"]
    text = "在青川港开港一百周年纪念大会暨港口文化旅游节开幕\n\n仪式上的致辞\n\n" + "\n\n".join(speech) + "\n"
    art = baoku.restore(text).to_json()["articles"][0]
    assert (art["headline"], art["paragraphs"]) == ("在青川港开港一百周年纪念大会暨港口文化旅游节开幕仪式上的致辞", speech)


def test_a_couplet_kicker_takes_no_marked_headline_under_it_as_its_wrapped_end():
    # 老街焕发新颜 夜市重现繁华: two phrases of one length set apart by a space are a whole kicker over the headline
    text = "老街焕发新颜 夜市重现繁华\n\n## 青川夜市重开\n\n" + "\n\n".join(NIGHT_MARKET) + "\n"
    art = baoku.restore(text).to_json()["articles"][0]
    assert (art["kicker"], art["headline"]) == ("老街焕发新颜 夜市重现繁华", "青川夜市重开")


def test_a_photos_caption_and_credit_that_the_story_before_never_speaks_of_are_a_photo_story_of_their_own():
    # the converter read a photo's caption and credit after the last paragraph of the story beside it, the photo's
    # title elsewhere: the caption speaks of nothing in that story, so the two lines are a photo story of their own
    port = ["本报青川6月2日电（记者 林小舟）青川港二期码头自动化改造日前完工，单箱作业时间缩短三分之一。",
            "港务集团介绍，三期码头将于明年投入试运营，届时青川港年吞吐能力将再增百万标准箱。"]
    photo = ["6月1日，青禾县老街书房里，孩子们在志愿者带领下练习剪纸。", "周启明摄"]
    text = "## 青川港码头完成自动化改造\n\n" + "\n\n".join(port + photo) + "\n"
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["headline"], a["paragraphs"]) for a in arts] == [("青川港码头完成自动化改造", port), (None, photo)]


def test_text_after_a_storys_closing_note_that_speaks_of_the_next_story_opens_that_storys_text():
    # XY-cut read the first column of the next story's text right after the essay's closing note, before that story's
    # title: the paragraphs after the note speak of the next story, not of the essay, so they open its text
    essay = ["老街改造不是推倒重来，而是让老房子住得舒服、让老手艺留得下来。",
             "改造中，青川市请居民一起商量方案，哪棵树要留、哪段石板路要修，都由街坊说了算。",
             "老街的烟火气，正是这座城市最珍贵的记忆。", "（作者为青川师范学院教授）"]
    farm = ["春耕时节，青禾县的田野上，农机手驾驶着插秧机来回穿梭，一垄垄秧苗整齐排开。",
            "青禾县农业农村局介绍，今年全县农机化率达到九成，插秧机、无人机成了农户的好帮手。",
            "农机手周启明说，过去插一亩秧要一个人干一整天，如今用插秧机十几分钟就干完了，农机作业省时又省力。",
            "据了解，青禾县今年还将新建三个农机服务中心，为农户提供插秧、植保、收割一条龙服务。"]
    text = ("## 留住老街的烟火气\n\n" + "\n\n".join(essay + farm[:2]) + "\n\n## 青禾县农机春耕忙\n\n"
            + "\n\n".join(farm[2:]) + "\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["headline"], a["paragraphs"]) for a in arts] == [("留住老街的烟火气", essay), ("青禾县农机春耕忙", farm)]


def test_a_paragraph_without_a_stop_ends_at_a_line_a_character_short_over_an_indented_line_opening_freely():
    # a line inside a paragraph falls a character short of the column only when line-breaking rules push the next
    # line's first character down; the line under this one opens freely, so the stop-less line ends its paragraph
    from conftest import lines_dump
    from make_lines import width
    before = ["青川市老街书房上月迎来读者三千余人次，比去年同期翻一番多，借阅量也随之明显上升。"]
    summary = ["老街书房改造后，读者越来", "越多，书房成了市民的新客厅"]
    after = ["每逢周末老街书房里的座位满，不少市民带着孩子专程赶来读书，书房还开设了亲子读书会。"]
    assert width(summary[0]) == 14 - 2 and width(summary[1]) == 14 - 1
    text = "青川老街书房见闻\n" + lines_dump(before) + "\n".join(summary) + "\n" + lines_dump(after)
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["headline"], a["paragraphs"]) for a in arts] == \
        [("青川老街书房见闻", before + ["".join(summary)] + after)]


def test_a_last_line_a_character_short_over_an_indented_line_opening_freely_counts_as_stopping_short():
    # what the paragraph-break model is told of a line dump's break: the line a character short, that no push
    # explains, stops short of the column's edge as a paragraph's last line does; over a line that opens with a
    # character before its stop (满，) the push explains it
    from baoku.model import Block, Unit
    from baoku.restore.articles import _line_ends

    def unit(*lines):
        return Unit([Block(0, len(t), 0, len(t), t, width=float(len(t))) for t in lines])
    last = unit("越多，书房成了市民的新客厅").blocks[0]
    assert _line_ends(last, unit("每逢周末老街书房里的座位", "常常坐满了人，不少市民带着孩"), 14.0) == (True, True)
    assert _line_ends(last, unit("满，不少市民带着孩子专程", "赶来读书，书房还开设了亲子"), 14.0) == (False, True)


def test_a_series_dashed_numbered_line_read_inside_the_text_is_the_subheadline():
    # XY-cut reads a commentary series' ——……② between two pieces of a sentence: no paragraph is so written, so it
    # is the story's subheadline and the sentence goes on over it
    text = ("# 老街书房的夜灯（青川时评）\n\n夜里十点，老街书房依旧亮着灯。读者们说，这里的灯光让人安心，也让\n\n"
            "——老街新事②\n\n人愿意在书架之间多坐一会儿。\n\n书房的志愿者大多是退休教师，他们轮流值守，风雨无阻，从未缺席。\n")
    art = baoku.restore(text).to_json()["articles"][0]
    assert (art["subheadline"], art["paragraphs"]) == ("老街新事②", [
        "夜里十点，老街书房依旧亮着灯。读者们说，这里的灯光让人安心，也让人愿意在书架之间多坐一会儿。",
        "书房的志愿者大多是退休教师，他们轮流值守，风雨无阻，从未缺席。"])


def test_a_numbered_sub_is_told_by_its_last_character_before_its_pattern():
    # the cheap test of the last character keeps every line the pattern takes, spaces around it too
    from baoku.restore.reattach import numbered_sub
    assert numbered_sub("——老街新事②") and numbered_sub(" ——青川夜话⑳ \n") and numbered_sub("——老街新事①")
    assert not numbered_sub("——老街新事") and not numbered_sub("老街新事②") and not numbered_sub("——老街新事。②")
    assert not numbered_sub("") and not numbered_sub("——老街新事⑴")


def test_a_title_under_a_couplet_is_its_headline_not_its_wrapped_end_in_a_line_dump():
    # two phrases of one length set apart by a space are whole: the shorter line under them is a title of its own
    from conftest import lines_dump
    text = "修缮百年老屋 留住城市记忆\n老街焕新颜\n" + lines_dump([LEAD, BODY])
    art = baoku.restore(text).to_json()["articles"][-1]
    assert (art["kicker"], art["headline"]) == ("修缮百年老屋 留住城市记忆", "老街焕新颜")


def _first_columns_back(*stories: tuple[str | None, str, list[str]]) -> list:
    """The stories (section, headline, paragraphs) after reattach's return of first columns read too early."""
    from baoku.model import Article, Field, Paragraph
    from baoku.restore import reattach
    from baoku.restore.cohesion import Cohesion
    arts = [Article(section=Field(sec, []) if sec else None, headline=Field(head, []),
                    paragraphs=[Paragraph(t, []) for t in texts]) for sec, head, texts in stories]
    reattach._first_column_back(arts, Cohesion([p.text for a in arts for p in a.paragraphs]
                                               + [reattach.heading(a) for a in arts]))
    return arts


def test_a_story_opening_mid_word_takes_back_its_first_column_read_at_the_end_of_the_story_before():
    # XY-cut reads one story, then the next story's first column, cut mid-word (……航|线), then its headline
    market, port = _first_columns_back(
        (None, "老街夜市重开", ["本报讯 临江区老街夜市今晚重开，摊主们早早摆好了摊位，首晚迎客两万人次。",
                                "区商务局介绍，夜市今年新增摊位一百二十个，营业到午夜。",
                                "青川港今天开通第二十条外贸货轮航线，首艘外贸货轮从青川港新码头起航。",
                                "港务集团负责人说，青川港外贸货轮通关用时将缩短一半，今年还将开通三条航"]),
        (None, "青川港开通外贸货轮新航线", ["线，青川港外贸货轮航线将增至二十三条。",
                                           "据介绍，新码头全年可接卸外贸货轮四百艘次。"]))
    assert [p.text[:4] for p in market.paragraphs] == ["本报讯 ", "区商务局"]
    assert [p.text[:4] for p in port.paragraphs] == ["青川港今", "港务集团", "据介绍，"]
    assert port.paragraphs[1].text.endswith("还将开通三条航线，青川港外贸货轮航线将增至二十三条。")


def test_a_cut_sentence_read_as_a_storys_section_opens_its_text_with_its_first_column_before():
    # XY-cut reads one story, the next story's first column, the line cut at its foot (taken for the section over
    # the headline), then the headline and the rest, which opens mid-sentence
    market, port = _first_columns_back(
        (None, "老街夜市重开", ["本报讯 临江区老街夜市今晚重开，摊主们早早摆好了摊位，首晚迎客两万人次。",
                                "区商务局介绍，夜市今年新增摊位一百二十个，营业到午夜。",
                                "青川港今天开通第二十条外贸货轮航线，首艘外贸货轮从青川港新码头起航。"]),
        ("港务集团负责人说，青川港外贸货轮通关用时将缩短一半，外贸货轮航线", "青川港开通外贸货轮新航线",
         ["增长了三成，将增至二十三条。", "据介绍，新码头全年可接卸外贸货轮四百艘次。"]))
    assert port.section is None
    assert [p.text[:4] for p in market.paragraphs] == ["本报讯 ", "区商务局"]
    assert [p.text[:4] for p in port.paragraphs] == ["青川港今", "港务集团", "据介绍，"]
    assert port.paragraphs[1].text == "港务集团负责人说，青川港外贸货轮通关用时将缩短一半，外贸货轮航线增长了三成，将增至二十三条。"


def test_a_run_closed_by_its_own_note_after_a_storys_closing_note_goes_back_to_the_earlier_story_it_speaks_of():
    # XY-cut reads one story's first column, another story up to its closing note, then the first story's rest
    # with its own closing note
    from baoku.model import Article, Field, Paragraph
    from baoku.restore import reattach
    from baoku.restore.cohesion import Cohesion
    port = Article(headline=Field("青川港开通外贸货轮新航线", []), paragraphs=[
        Paragraph("本报讯 青川港今天开通第二十条外贸货轮航线，首艘外贸货轮从青川港新码头起航。", []),
        Paragraph("港务集团负责人说，新航线开通后，青川港外贸货轮通关用时将缩短一半。", [])])
    market = Article(headline=Field("老街夜市重开", []), paragraphs=[
        Paragraph("临江区老街夜市今晚重开，摊主们早早摆好了摊位，首晚迎客两万人次。", []),
        Paragraph("区商务局介绍，夜市今年新增摊位一百二十个，营业到午夜。", []),
        Paragraph("（本报临江6月2日电）", []),
        Paragraph("据介绍，青川港新码头全年可接卸外贸货轮四百艘次，港务集团还将为新航线货轮开辟专用泊位。", []),
        Paragraph("（本报青川6月2日电）", [])])
    arts = [port, market]
    reattach._note_run_back(arts[:1], market, Cohesion([p.text for a in arts for p in a.paragraphs]
                                                        + [reattach.heading(a) for a in arts]))
    assert [p.text[:4] for p in port.paragraphs] == ["本报讯 ", "港务集团", "据介绍，", "（本报青"]
    assert [p.text[:4] for p in market.paragraphs] == ["临江区老", "区商务局", "（本报临"]


def test_a_long_dashed_lead_in_over_a_parts_title_and_reporters_line_stays_in_the_package():
    # each report led in by who and where, with a dash, over its title and its reporter's line
    text = ("# 新春走基层 港城年味浓\n\n本报记者 周启明\n\n"
            "腊月二十六，青川老街的骑楼下摆满了年货摊，老街的街坊们一早就来老街置办年货，骑楼下人来人往。"
            "卖春联的林师傅说，今年老街的年货摊比去年多了一倍。\n\n"
            "青川港第三作业区引航员林小舟——\n\n除夕夜里送船出港\n\n本报记者 宋嘉禾\n\n"
            "除夕夜里，青川港第三作业区的码头灯火通明。引航员林小舟登上一艘万吨货轮，把它稳稳送出港池。\n")
    page = baoku.restore(text)
    assert [a.headline.text for a in page.articles] == ["新春走基层 港城年味浓"]
    assert "除夕夜里送船出港" in page.articles[0].paragraphs[3].text


def test_a_packages_headline_read_with_its_first_parts_wrapped_lead_in_takes_the_parts_kept_inside_it():
    # the first part's dashed lead-in, wrapped, and title were read into the headline's run; the next parts stay
    # inside the first as its crossheads, and the package's headline, left without text, takes them all
    text = ("# 新春走基层 港城年味浓\n\n博物馆里过大年 庙会\n\n上品年味\n\n青川港第三作业区引航员林小\n\n舟——\n\n除夕夜里\n\n"
            "送船出港\n\n本报记者 宋嘉禾\n\n"
            "除夕夜里，青川港第三作业区的码头灯火通明。引航员林小舟登上一艘万吨货轮，把它稳稳送出港池。\n\n"
            "青禾县山村小学支教老师宋小满——\n\n雪后的新年联欢\n\n本报记者 周启明\n\n"
            "雪后的青禾乡，十几个孩子在操场上堆雪人。支教老师宋小满说，放假前孩子们排了一台节目，要演给回乡过年的家长看。\n\n"
            "临江区老街春联摊主韩亦舒——\n\n一支毛笔写新春\n\n本报记者 林小舟\n\n"
            "腊月二十六，临江区老街的骑楼下摆满了春联摊。韩亦舒说，今年来写春联的年轻人比去年多了一倍。\n\n"
            "青川夜市\n\n小吃摊前排长队，烟火气里年味浓\n\n"
            "正月初三，青川夜市的小吃摊前排起了长队。摊主说，今年的客流比去年多了三成，糖画和炸糕卖得最好。\n")
    page = baoku.restore(text)
    assert [a.headline.text for a in page.articles] == ["新春走基层 港城年味浓", "青川夜市"]
    texts = [p.text for p in page.articles[0].paragraphs]
    assert texts[:4] == ["青川港第三作业区引航员林小舟——", "除夕夜里", "送船出港", "本报记者 宋嘉禾"]
    assert "一支毛笔写新春" in texts


def test_after_a_packages_dashed_part_the_crossheads_seen_are_the_parts_own_in_a_line_dump():
    # the part's title is no crosshead in a series: the kicker and headline after the part head a story of their own
    from conftest import lines_dump
    part = ["雪后的青禾乡，十几个孩子在操场上堆雪人。支教老师宋小满说，放假前孩子们排了一台节目，要演给回乡过年的家长看。"]
    port = ["除夕夜里，青川港第三作业区的码头灯火通明。引航员林小舟登上一艘万吨货轮，把它稳稳送出港池，回到岸上已是凌晨。",
            "林小舟说，港口过年不停工，引航员分成三班，今年是他第五个在码头过的除夕。"]
    fair = ["正月初三，青禾乡的孩子们在夜市的小吃摊前排起了长队。支教老师说，孩子们的节目演完了，家长们带孩子来逛夜市。",
            "夜市管理处介绍，春节期间夜市延长营业两小时，并增设了两处停车场。"]
    text = ("新春走基层 港城年味浓\n本报记者 宋嘉禾\n" + lines_dump(port, 22)
            + "青禾县山村小学支教老师宋小满——\n雪后的新年联欢\n本报记者 周启明\n" + lines_dump(part, 22)
            + "青川夜市春节客流增三成\n小吃摊前排起了长队\n" + lines_dump(fair, 22))
    page = baoku.restore(text)
    assert [a.headline.text for a in page.articles] == ["新春走基层 港城年味浓", "小吃摊前排起了长队"]
    assert "雪后的新年联欢" in [p.text for p in page.articles[0].paragraphs]


@pytest.mark.parametrize("last, stories", [
    # right after the story's prose: the reporter's own note is a part of the story, its title a crosshead
    ("码头负责人说，今年春节期间码头不停工，确保货物按时运出。", 1),
    # after the story's closing note the same title heads a story of its own
    ("（本报记者 林小舟采写）", 2)])
def test_a_title_closing_on_a_sidebars_tag_after_a_storys_prose_is_that_storys_sidebar_in_a_line_dump(last, stories):
    from conftest import lines_dump
    text = ("青川港夜班装卸忙\n"
            + lines_dump(["本报青川2月3日电 夜里十点，青川港二号码头灯火通明，三台吊机正在为一艘货轮卸货。",
                          "装卸队今年新添了两台电动吊机，一个夜班能多卸货两百多箱，工人们干劲更足了。", last])
            + "老码头的一本账（记者手记）\n"
            + lines_dump(["跟着装卸队走了一个夜班，记者记下了码头工人的一本账：卸一箱货要多少分钟，一个夜班能挣多少钱。",
                          "账本不厚，记下的却是一座港口的变化。"]))
    page = baoku.restore(text)
    assert len(page.articles) == stories
    assert page.articles[0].headline.text == "青川港夜班装卸忙"
    assert page.articles[-1].paragraphs[-1].text == "账本不厚，记下的却是一座港口的变化。"


def test_a_sidebars_title_under_another_tagged_title_does_not_join_the_story_before():
    # a reading order that puts two tagged titles in one run after a story's prose: they head stories of their own
    page = baoku.restore(
        "## 青川港夜班装卸忙\n\n"
        "本报青川2月3日电 夜里十点，青川港二号码头灯火通明，三台吊机正在为一艘货轮卸货。\n\n"
        "码头负责人说，今年春节期间码头不停工，确保货物按时运出。\n\n"
        "新年开工，我在岗位！（青川之声）\n\n向坚守岗位的人们致敬！（记者手记）\n\n"
        "跟着装卸队走了一个夜班，记者记下了码头工人的一本账：卸一箱货要多少分钟，一个夜班能挣多少钱。\n\n"
        "账本不厚，记下的却是一座港口的变化。\n")
    port = page.articles[0]
    assert len(page.articles) > 1
    assert len(port.paragraphs) == 2 and port.paragraphs[-1].text.endswith("按时运出。")


@pytest.mark.parametrize("line, sub", [
    ("集装箱航线直达东南亚港口", True),     # echoed by the story's opening: its subheadline
    ("老街夜市今晚重新开张", False),         # a title the opening does not speak of heads a story of its own
    ("线", False)])                         # too short: the headline's wrapped end
def test_a_plain_line_under_a_marked_headline_that_the_opening_echoes_is_the_subheadline(line, sub):
    from baoku.model import Article, Field, Page, Paragraph, Source
    from baoku.restore.reattach import reattach
    head = "青川港开通两条外贸航线"
    texts = ["本报青川3月2日电 青川港今天开通两条直达东南亚港口的集装箱航线，每周各有两班货轮往返。",
             "港务集团负责人介绍，新航线开通后，茶叶、瓷器运到东南亚港口只需六天。"]
    src = f"## {head}\n\n{line}\n\n" + "\n\n".join(texts) + "\n"

    def span(text: str) -> list[tuple[int, int]]:
        at = src.index(text)
        return [(at, at + len(text))]
    host = Article(headline=Field(head, [(0, 3 + len(head))]), paragraphs=[Paragraph(t, span(t)) for t in texts])
    page = reattach(Page(source=Source(src, format="md"), articles=[host, Article(headline=Field(line, span(line)))]))
    assert (host.subheadline is not None and host.subheadline.text == line) is sub
    assert len(page.articles) == (1 if sub else 2)


@pytest.mark.parametrize("under", [None, "青川港扩建工程竣工仪式在港区举行"])
def test_a_dated_note_heading_a_story_goes_back_under_the_title_right_over_it(under):
    # a speech's dated note is its title's subheadline: the story under the note takes that title back (or, with
    # another story's title under the note, keeps that one and the speech takes its note back)
    from baoku.model import Article, Field, Page, Paragraph, Source
    from baoku.restore.reattach import reattach
    head, note = "在青川市各界人士新年茶话会上的讲话", "（2023年12月31日）"
    speech = ["同志们，朋友们：", "过去一年，老街改造首期工程交付使用，城市书房遍布城乡，全市人民的日子越过越红火。"]
    other = ["本报青川12月31日电 青川港扩建工程今天竣工，新建的三号码头同日投入使用，每年可多装卸集装箱二十万箱。"]
    lines = [f"# {head}", note] + ([under] if under else []) + (other + speech if under else speech + other)
    src = "\n\n".join(lines) + "\n"

    def span(text: str) -> list[tuple[int, int]]:
        at = src.index(text)
        return [(at, at + len(text))]

    def paras(texts: list[str]) -> list[Paragraph]:
        return [Paragraph(t, span(t)) for t in texts]
    if under:
        title = Article(headline=Field(head, [(0, 2 + len(head))]), paragraphs=paras(speech))
        noted = Article(headline=Field(note, span(note)), subheadline=Field(under, span(under)),
                        paragraphs=paras(other))
    else:
        title = Article(headline=Field(head, [(0, 2 + len(head))]), paragraphs=paras(other))
        noted = Article(headline=Field(note, span(note)), paragraphs=paras(speech))
    arts = reattach(Page(source=Source(src, format="md"), articles=[title, noted])).articles
    heads = [(a.headline and a.headline.text, a.subheadline and a.subheadline.text, a.paragraphs[0].text)
             for a in arts]
    speaker = (head, note, speech[0])
    assert speaker in heads and ((under, None, other[0]) if under else (None, None, other[0])) in heads


def test_a_piece_ending_on_a_comma_goes_on_into_the_long_text_after_it():
    # the break model would end the paragraph after the comma; a salutation or a line of verse that ends on a
    # comma stands over a short line of its kind, never over a long stretch of prose
    from baoku.restore import breaks
    first, rest = "青川港近日举行开港仪式，", "庆祝青川港新码头正式投入运营。港务集团负责人宋嘉禾介绍，新码头可停靠万吨级货轮，年吞吐能力三百万吨。"
    assert breaks.stands_alone(first, rest, "md-stream")[0]
    lead = "本报青川6月2日电 青川港新码头今天投入运营，首艘万吨级货轮靠泊作业。"
    page = baoku.restore(f"# 青川港新码头投入运营\n\n{lead}\n\n{first}\n\n{rest}\n\n")
    assert [p.text for p in page.articles[0].paragraphs] == [lead, first + rest]
    verse = ["老街换新颜，", "夜市更热闹。"]
    page = baoku.restore("# 老街新貌\n\n" + "".join(f"{v}\n\n" for v in verse))
    assert [p.text for p in page.articles[0].paragraphs] == verse


def test_two_dashed_kickers_over_a_text_are_a_row_the_second_the_next_storys_kicker():
    # XY-cut reads a row of two stories' dashed kickers over the first story's text, that story's headline set
    # elsewhere: no title ends on a dash, so the second line is the kicker of the next story, which has none
    port = ["本报青川6月2日电（记者 宋嘉禾）青川港至沿海三十个港口的新航线今天开通，货轮从青川港出发直达沿海港口。",
            "港务局的负责人说，新航线开通后，青川港的货物运输时间将缩短一半，运输成本也将下降三成。"]
    books = ["本报青川6月2日电（记者 韩亦舒）老街书房今早开门，半个钟头里来了五十多位街坊，老教师和孩子们在书架间翻找图书。",
             "管理员林小舟说，书房每逢周末办一场分享会，来听的街坊一场比一场多。"]
    text = ("青川港去年装卸货物一亿吨，比前年多出两成——\n\n借书不出巷、看书不花钱、听书不用约——\n\n"
            + "\n\n".join(port) + "\n\n## 老街书房 街坊的客厅\n\n" + "\n\n".join(books) + "\n")
    assert _titled(text) == [("青川港去年装卸货物一亿吨，比前年多出两成——", None, None, port),
                             ("借书不出巷、看书不花钱、听书不用约——", "老街书房 街坊的客厅", None, books)]


def test_a_title_read_inside_the_cut_text_under_a_row_of_dashed_kickers_is_the_first_storys_headline():
    # the first story's title, centred over its columns, is read after its first column, inside a sentence that
    # column cut; the second dashed kicker still goes to the next story
    port = ["本报青川6月2日电（记者 宋嘉禾）青川港至沿海三十个港口的新航线今天开通，货轮从青川港出发直达沿海港口。",
            "港务局的负责人说，新航线开通后，青川港的货物运输时间将缩短一半，运输成本也将下降三成。"]
    books = ["本报青川6月2日电（记者 韩亦舒）老街书房今早开门，半个钟头里来了五十多位街坊，老教师和孩子们在书架间翻找图书。",
             "管理员林小舟说，书房每逢周末办一场分享会，来听的街坊一场比一场多。"]
    cut = port[0].index("出") + 1
    text = ("青川港去年装卸货物一亿吨，比前年多出两成——\n\n借书不出巷、看书不花钱、听书不用约——\n\n"
            + port[0][:cut] + "\n\n青川港新航线 通达三十港\n\n" + port[0][cut:] + "\n\n" + port[1]
            + "\n\n## 老街书房 街坊的客厅\n\n" + "\n\n".join(books) + "\n")
    assert _titled(text) == [("青川港去年装卸货物一亿吨，比前年多出两成——", "青川港新航线 通达三十港", None, port),
                             ("借书不出巷、看书不花钱、听书不用约——", "老街书房 街坊的客厅", None, books)]


@pytest.mark.parametrize("dump", ["md", "lines"])
def test_a_line_closing_the_page_after_a_story_is_its_last_paragraph_not_a_headline(dump):
    # a photo story closed by its column's label, the last line of the page: there is no text under it to head
    from conftest import lines_dump
    paras = ["6月2日，游客在青川老街的骑楼下拍照留念，老街的夜市也在当晚重新开张，摊位从街头一直排到街尾。",
             "今年开春，老街翻修了石板路和骑楼，又换了地下的水管，三家老铺子也陆续搬回了街上。",
             "夜市重开的头一个周末，逛夜市的街坊和外地客挤满了整条街，不少摊位的小吃不到九点就卖光了。",
             "临江区商务局说，老街夜市今后每周五至周日开放，区里还将在老街沿线增设停车位和公交站点。"]
    title = "骑楼下的夜市重开张（港城掠影）"
    text = f"## {title}\n\n" + "\n\n".join(paras) + "\n\n" if dump == "md" else f"{title}\n" + lines_dump(paras)
    page = baoku.restore(text + "港城影像\n")
    assert [a.headline.text for a in page.articles] == [title]
    assert [p.text for p in page.articles[0].paragraphs] == paras + ["港城影像"]


def test_a_line_of_two_phrases_set_apart_by_a_space_ends_its_paragraph_in_markdown():
    # a crosshead set in body type; its last character and the next text's first make a word, as a sentence cut
    # at a column's foot would, but prose never is two bare phrases with a space between them
    paras = ["今年开春，青川老街翻修了石板路和骑楼，又换了地下的水管，三家老铺子也陆续搬回了街上。",
             "骑楼修缮 修旧如旧",
             "书与茶成了修好的骑楼里的新景致，街坊们下班后常来喝杯茶、翻几页书，周末还有读书会。"]
    page = baoku.restore("## 老街的烟火气又回来了\n\n" + "\n\n".join(paras) + "\n")
    assert [p.text for p in page.articles[0].paragraphs] == paras


def test_a_short_kicker_under_a_section_titles_the_photo_read_after_the_storys_end():
    # XY-cut read a photo's short title between a story's kicker and its headline, and the photo's caption and
    # credit after the story's last paragraph: the short title the story's text never speaks of is the photo's
    farm = ["本报青禾6月2日电（记者 林小舟）青禾县县长周启明近日走访八个乡镇的秧田，叮嘱乡干部抓住农时把秧插完。",
            "周启明说，青禾县的农机站要把插秧机开到田头，缺机的村找县农机站调派，误了农时就误了全年。"]
    photo = ["6月1日，青川市老街书房里，孩子们在志愿者带领下练习剪纸。", "林小舟摄"]
    text = "周启明在青禾县走访秧田时强调\n\n灯下剪纸\n\n## 抓住农时 扎实推进春耕生产\n\n" + "\n\n".join(farm + photo) + "\n"
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["kicker"], a["headline"], a["paragraphs"]) for a in arts] == [
        ("周启明在青禾县走访秧田时强调", "抓住农时 扎实推进春耕生产", farm), (None, "灯下剪纸", photo)]


def test_a_title_read_between_another_storys_kicker_and_headline_heads_the_text_that_speaks_of_it():
    # XY-cut read the title of the story whose text follows between another story's kicker and its marked headline:
    # the text under the run speaks of that title alone, so it heads the text and the kicker stays over its headline
    market = ["本报青川6月2日电（记者 林小舟）停业三年的青川老街夜市昨晚重开，近百个摊位沿石板路一字排开。",
              "老街夜市的牵头人周启明说，夜市每晚营业到十一点，摊主都是老街的街坊。"]
    dock = ["青川港新码头的两台岸桥上月完成吊装，港务集团称新码头年内投运后，青川港的泊位将增加四个。",
            "新码头投运后，青川港每年可多接纳三十万标准箱的货物。"]
    rice = ["青禾县今春插下的早稻秧苗已经返青，县农机站的技术员每天下田查看长势。"]
    text = ("港务集团扩建工程启动\n\n青川老街夜市停业三年后重开\n\n## 新码头年内投运\n\n" + "\n\n".join(market)
            + "\n\n## 青禾县早稻秧苗返青\n\n" + "\n\n".join(rice + dock) + "\n")
    arts = baoku.restore(text).to_json()["articles"]
    assert [(a["kicker"], a["headline"], a["paragraphs"]) for a in arts] == [
        (None, "青川老街夜市停业三年后重开", market), ("港务集团扩建工程启动", "新码头年内投运", dock),
        (None, "青禾县早稻秧苗返青", rice)]


PACKAGE = ("## 青川春节一线\n\n新服务\n\n候车室开进了地铁站\n\n"
           "本报青川2月3日电（记者林小舟）年假过完，青川车站返程的旅客日渐增多。车站在地铁站厅里开设了临时"
           "候车区，旅客出了地铁就能候车。\n\n车站负责人说，临时候车区每天可容纳两千名旅客。\n\n"
           "新设备\n\n自助售票机排成一排\n\n"
           "本报青禾2月3日电（记者宋嘉禾）青禾站售票厅新添了二十台自助售票机，旅客刷证就能取票，排队的时间短了一半。\n\n"
           "车站还在进站口增设了两条快速通道。\n\n")


def test_a_label_over_a_title_over_a_dated_lead_like_the_reports_own_label_is_the_packages_next_part():
    page = baoku.restore(PACKAGE)
    assert len(page.articles) == 1
    assert ["新设备", "自助售票机排成一排"] == [p.text for p in page.articles[0].paragraphs[4:6]]


def test_a_title_over_no_lead_after_a_packages_labelled_parts_heads_the_next_story():
    page = baoku.restore(PACKAGE + "听不到的“咔嗒”声\n\n“以前坐车总能听到咔嗒咔嗒的声音。”青川工务段的林师傅说，如今的钢轨"
                         "一根就有百里长，车轮滚过去悄无声息。\n\n图为林师傅在灯笼铺里扎灯笼。\n\n宋嘉禾摄\n")
    assert [a.headline.text for a in page.articles] == ["青川春节一线", "听不到的“咔嗒”声"]


def test_a_packages_first_part_label_read_under_its_series_title_opens_its_text():
    art = baoku.restore(PACKAGE).articles[0]
    assert art.headline.text == "青川春节一线"
    assert ["新服务", "候车室开进了地铁站"] == [p.text for p in art.paragraphs[:2]]


def test_a_two_character_line_over_a_wider_flush_line_stands_alone_though_a_word_seems_cut_between_them():
    from conftest import lines_dump
    text = ("青川渔村的新年\n"
            + lines_dump(["青川市北塘区的渔民们近来忙个不停，新建的冷链仓库投入使用，渔获从码头上岸到装车只要半个小时。"])
            + "老街\n道口的早市\n重新开了张，卖年货的摊子从街\n头一直摆到了街尾\n"
            + lines_dump(["码头扩建以后，大一些的渔船也能靠岸了，渔民出海的时间比过去长了一倍。"]))
    page = baoku.restore(text)
    texts = [f.text for a in page.articles for f in [a.kicker, a.headline, a.subheadline, *a.paragraphs] if f]
    assert "老街" in texts and not any(t.startswith("老街道口") for t in texts)


def test_a_series_title_opened_by_its_year_over_its_first_parts_label_heads_the_package_in_a_line_dump():
    from conftest import lines_dump
    text = ("港口夜话\n" + lines_dump(["青川港的夜班工人说，码头的灯一直亮到天明，船来了就得有人在，夜里也有热饭吃。",
                                      "码头扩建以后，大一些的货船也能靠岸了，夜班的人手比过去多了一倍，工人们轮流歇息。"])
            + "2026港城一线\n新服务\n候车室开进了地铁站\n"
            + lines_dump(["本报青川2月3日电（记者林小舟）年假过完，青川车站返程的旅客日渐增多，车站在地铁站厅里开设了临时候车区。",
                          "车站负责人说，临时候车区每天可容纳两千名旅客，旅客出了地铁就能候车，不用再走一段路。"])
            + "新设备\n自助售票机排成一排\n"
            + lines_dump(["本报青禾2月3日电（记者宋嘉禾）青禾站售票厅新添了二十台自助售票机，旅客刷证就能取票，排队的时间短了一半。",
                          "车站还在进站口增设了两条快速通道，带着孩子的旅客可以先进站。"]))
    art = baoku.restore(text).articles[1]
    assert art.headline.text == "2026港城一线"
    assert ["新服务", "候车室开进了地铁站"] == [p.text for p in art.paragraphs[:2]]


@pytest.mark.parametrize("tail", ["读青川日报　　知天下事", "（0000）1234567"])
def test_a_line_no_kicker_opens_over_a_kicker_and_headline_closes_the_story_before_in_a_line_dump(tail):
    # a banner set apart by an ideographic space, or a number opening with a bracket: no kicker is so set
    from conftest import lines_dump
    text = "城市书房点亮夜生活\n" + lines_dump([EARLIER, "读者可凭借书证在任一书房借还图书。"]) + tail \
        + "\n坚持生态优先 推动绿色发展\n青川市启动清水河流域综合治理三年行动\n" + lines_dump([LEAD, BODY])
    page = baoku.restore(text).to_json()
    first, second = page["articles"][-2:]
    assert first["paragraphs"][-1] == tail and second["paragraphs"] == [LEAD, BODY]
    assert (second["kicker"], second["headline"], second["subheadline"]) == \
        ("坚持生态优先 推动绿色发展", "青川市启动清水河流域综合治理三年行动", None)


RIVERBANK = ["临江区老街社区的巡河队成立已有八年，队员大多是退休的老船工。每天清晨，他们沿着河堤走上一圈，捡拾垃圾、查看水位，"
             "遇到排污口有异常就拍照上报，街道接报后当天派人处理。",
             "队长林小舟说，河岸干净了，傍晚到河边散步的街坊也多了。社区每月评一次护河之星，把名字写在老街口的公告栏上，"
             "谁家门前的河段最整洁，街坊们一看便知。",
             "北塘区则在沿河的十二处排口装上了水质监测仪，读数随时送进区里的平台。去年以来，平台发出预警四十多次，"
             "每一次都有专人到场查明原因，河道水质由此稳定在三类以上。",
             "区里管环保的韩亦舒说，监测仪之外，区里还请来大学里的教员，给沿河工厂讲解污水处理的新工艺，"
             "二十来个厂子陆续改了工艺，排出的水比过去清了许多。"]


def test_a_quotation_after_a_story_s_quoted_crosshead_stays_its_next_crosshead():
    # a long story whose one crosshead so far is a quotation: a longer quotation over text of another subject is
    # one more crosshead of it (the model, unsure of a long line late in a long story, would take it for a title)
    first = "青川市地处清水河中游，沿河堤岸绵延百余里。多年来，沿岸的村庄和街道把护河当作自家的事。"
    heads = ["“河岸就是咱家的门口”", "“云岭县茶山上的新茶园今年头一回开采”"]
    tea = ["山坡上的茶树吐出新芽，采茶工人背着竹篓穿行在茶垄之间。茶厂负责人说，今年春茶的产量预计比去年多两成。",
           "县里还请来农技员，手把手教茶农修剪和施肥。"]
    body = [first, heads[0], *RIVERBANK * 4, heads[1], *tea]
    page = baoku.restore("# 守好青川的每一段河岸\n\n" + "\n\n".join(body) + "\n").to_json()
    assert [a["headline"] for a in page["articles"]] == ["守好青川的每一段河岸"]
    assert page["articles"][0]["paragraphs"] == body


def test_a_line_as_long_as_each_earlier_crosshead_or_quoted_as_each_is_shaped_like_them():
    from baoku.model import Block, Unit
    from baoku.restore.crosshead import like_earlier

    def run(text):
        return [Unit([Block(0, len(text), 0, len(text), text)], role="heading")]
    assert like_earlier(run("书房一角"), ["老街新貌", "夜市见闻"], 0.5)
    assert not like_earlier(run("书房里的周末"), ["老街新貌", "夜市见闻"], 0.5)
    assert like_earlier(run("“书房就是街坊们的客厅”"), ["“老街换了新模样”"], 0.5)
    assert not like_earlier(run("“书房就是街坊们的客厅”"), ["“老街换了新模样”", "夜市见闻"], 0.5)
    assert not like_earlier(run("书房一角"), ["老街新貌"], 0.1)      # the model does not lean towards it
    assert not like_earlier(run("书房一角"), [], 0.5)                # no crosshead yet


def test_a_title_over_a_dashed_subheadline_after_cut_prose_heads_the_next_story_in_a_markdown_dump():
    # XY-cut reads the next story's unmarked title and its ——subheadline after the story above, whose last paragraph
    # a column's foot cut mid-sentence: the two lines are that story's heading, not the cut sentence's words
    port = ["本报青川6月2日电（记者 宋嘉禾）青川港的第九条远洋航线今早首航，满载茶叶的货轮驶离三号泊位。",
            "码头调度员韩亦舒介绍，这条航线一周来回两趟，山里茶农的新茶从采摘、分拣到装船只用四天，比过去"]
    books = ["老街书房今早开门，不到半个钟头便坐满了街坊，白发的老教师领着小孙女在书架间挑绘本。",
             "管理员林小舟说，书房每逢周末请街坊讲一回老街旧事，来听的人越坐越多。"]
    text = ("# 青川港新航线今天开通\n\n" + "\n\n".join(port) + "\n\n老街书房开门迎客\n\n——青川城市书房建设侧记\n\n"
            + "\n\n".join(books) + "\n")
    assert _titled(text) == [(None, "青川港新航线今天开通", None, port),
                             (None, "老街书房开门迎客", "青川城市书房建设侧记", books)]


@pytest.mark.parametrize("tail", ["读青川日报　　知天下事", "12.5% 青川港货物到港量增长"])
def test_a_line_no_kicker_opens_over_a_marked_title_closes_the_story_before_in_a_markdown_dump(tail):
    # a banner set apart by an ideographic space, or a figure box's item (a figure, a space, what it counts)
    text = ("# 城市书房点亮夜生活\n\n" + EARLIER + "\n\n" + tail + "\n\n## 青川市启动河道治理三年行动\n\n"
            + LEAD + "\n\n" + BODY + "\n")
    first, second = baoku.restore(text).to_json()["articles"]
    assert first["paragraphs"][-1] == tail
    assert (second["kicker"], second["headline"]) == (None, "青川市启动河道治理三年行动")


def test_a_long_title_wrapped_inside_its_column_tag_under_a_marked_close_is_a_title_in_a_markdown_dump():
    # a title made long by its column tag, longer than any unmarked title, cut inside the tag: the converter
    # marked only the short line closing the bracket; the long line is the title's first line, not prose
    line = "老街改造让街坊说了算 夜市重开让烟火回来了（青川观察·城市更新进行时·深入推进“老街改造三年行动”系列"
    night = ["老街夜市昨晚重新开张，两百多个摊位沿着老街一字排开，街坊们早早赶来逛夜市。",
             "夜市管理员林小舟说，老街夜市每晚开到十一点，摊主都是附近的街坊。"]
    text = "临江区、北塘区——\n\n" + line + "\n\n## 报道）\n\n" + "\n\n".join(night) + "\n"
    assert _titled(text) == [("临江区、北塘区——", line + "报道）", None, night)]

