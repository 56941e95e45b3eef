"""Entities with offsets (baoku/extract/ner.py, orgs.py) on fictional sentences."""
import pytest

from baoku.extract import Entity, entities
from baoku.extract.orgs import _by_length, _suffix_length, org_type

TEXTS = [
    "本报讯（记者 林小舟）6月2日，市委副书记、市长周启明带队到河西区调研老街改造工作。",
    "青川港务集团董事长赵明辉介绍了一季度生产情况，集团今年将新增三条航线。",
    "省交通运输厅厅长郑怀安表示，将支持青川港建设。",
    "",
    "   ",
    "ABC 123 ２０２３年",
    "“专精特新”中小企业是推动产业高质量发展的重要生力军。",
]


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_are_valid(text):
    ents = entities(text, date="2023-06-03")
    for e in ents:
        assert isinstance(e, Entity)
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text
        assert e.type in {"person", "title", "gov_org", "org", "place", "date"}
    assert [e.start for e in ents] == sorted(e.start for e in ents)


def test_types_on_a_lead():
    text = TEXTS[0]
    got = {(e.type, e.text) for e in entities(text, date="2023-06-03")}
    assert ("person", "周启明") in got
    assert ("person", "林小舟") in got
    assert ("title", "市委副书记") in got and ("title", "市长") in got
    assert ("date", "6月2日") in got
    assert ("place", "河西区") in got


def test_compound_title_keeps_its_body():
    text = TEXTS[2]
    ents = entities(text)
    title = next(e for e in ents if e.type == "title")
    assert title.text == "省交通运输厅厅长"
    assert title.parts["body_end"] == title.start + len("省交通运输厅")
    assert any(e.type == "person" and e.text == "郑怀安" for e in ents)


def test_company_title():
    ents = entities(TEXTS[1])
    assert any(e.type == "title" and e.text == "青川港务集团董事长" for e in ents)
    assert any(e.type == "org" and e.text == "青川港务集团" for e in ents)


@pytest.mark.parametrize("name, typ", [
    ("省财政厅", "gov_org"), ("市委", "gov_org"), ("省发改委", "gov_org"), ("国务院", "gov_org"),
    ("青川市人民政府", "gov_org"), ("东湖县公安局", "gov_org"), ("市社会保险中心", "gov_org"),
    ("青川港务集团", "org"), ("远航科技股份有限公司", "org"), ("青川大学", "org"), ("青川农商银行", "org"),
    ("青川市第一人民医院", "org"), ("青川研究院", "org"), ("新华社", "org"),
    ("青川中院", "gov_org"), ("青禾军队", "gov_org"), ("青川公安", "gov_org"), ("青川财政", "gov_org"),
    ("青川人民党", "gov_org"), ("青禾法庭", "gov_org"), ("青川看守所", "gov_org"),
    ("青川省社科院", "gov_org"), ("青川省农业科学院", "gov_org"), ("青川省社会科学院历史研究所", "gov_org"),
    ("青川大学化学院", "org"), ("青川师范学院外语系", "org"),
    ("中央青禾电视台", "gov_org"), ("青川电视台", "org"),      # a central broadcaster, a city's
    ("青禾园管会", "gov_org"),         # a management committee's short name (…管理委员会)
    ("青川省社科院长河研究所", "gov_org"), ("青川县水利局长湾渔场", "org"),   # 社科院|长河, but 局长|湾
    ("青川市法院网", "gov_org"), ("青川新闻网", "org"),      # a body's website, a news site
    ("青禾水利监管司", "gov_org"), ("青禾航运有限公司", "org"),     # a ministry's department, a company
])
def test_org_type(name, typ):
    assert org_type(name) == typ


def test_speed_is_reasonable():
    from baoku.extract import speed
    assert speed(repeat=1) > 20_000          # the target (150k chars/s on a free core) is measured by bench/


def test_names_in_a_list_and_in_a_byline():
    got = {(e.type, e.text) for e in entities("副市长陈晓雨、何立新、王建国等参加调研。")}
    assert {("person", "陈晓雨"), ("person", "何立新"), ("person", "王建国")} <= got
    got = {(e.type, e.text) for e in entities("本报讯（记者 孟雪 通讯员 秦立）日前，市里召开会议。")}
    assert ("person", "孟雪") in got and ("person", "秦立") in got
    # not a list of names: a word after 、 that does not end the item
    assert ("person", "何立") not in {(e.type, e.text) for e in entities("陈晓雨、何立新的讲话")}


def test_title_with_an_organization_at_its_head_has_parts():
    text = "青川市港航发展联盟秘书长林小舟介绍了情况。"
    titles = [e for e in entities(text) if e.type == "title"]
    assert titles and titles[0].text.endswith("秘书长")
    t = titles[0]
    assert t.text == "青川市港航发展联盟秘书长"
    assert text[t.parts["role_start"]:t.end] == "秘书长"


def test_an_organization_does_not_run_through_an_event_verb():
    text = "市委副书记、市长周启明到青川港调研集装箱码头建设。"
    for e in entities(text):
        if e.type in ("org", "gov_org"):
            assert "调研" not in e.text


def test_a_place_heading_a_body_makes_one_body():
    got = {(e.type, e.text) for e in entities("河西交警支队")}
    assert got == {("gov_org", "河西交警支队")}
    # not bodies: 国家 after a place, a pronoun or numeral before the ending
    assert {e.type for e in entities("欧洲国家政府对此表示关注。")} == {"place"}
    assert {e.type for e in entities("北京某种子公司被查处。")} == {"place"}


def test_a_place_outside_the_lexicon_before_a_body_ending_is_no_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda text: [(0, 3, "LOC")])
    # a name's middle the tagger cut (…|某寺|银行): no place
    assert not any(e.type == "place" for e in ner.entities("青禾寺银行发布了年报。"))
    assert ("place", "青禾寺") in {(e.type, e.text) for e in ner.entities("青禾寺香火很旺。")}


def test_a_lexicon_place_before_an_offices_short_name_heads_it(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda text: [(0, 3, "LOC")])
    for text, body in (("江西省省外办发来贺信。", "江西省省外办"), ("江西省剧协举办年会。", "江西省剧协")):
        got = {(e.type, e.text) for e in ner.entities(text)}
        assert ("place", "江西省") not in got and body in {t for _, t in got}
    # a verb after the place: no body (某省|举办)
    assert ("place", "江西省") in {(e.type, e.text) for e in ner.entities("江西省举办青川戏曲节。")}


def test_a_lexicon_place_before_a_long_council_name_heads_it(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda text: [(0, 3, "LOC")])
    text = "江西省果树栽培技术推广委员会成立。"
    assert [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")] == ["江西省果树栽培技术推广委员会"]
    # a function word between: no body (某省与某省设立委员会)
    assert ("place", "江西省") in {(e.type, e.text) for e in ner.entities("江西省与青川市设立两个委员会。")}


def test_a_lexicon_place_before_a_team_heads_it(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda text: [(0, 3, "LOC")])
    assert [(e.type, e.text) for e in ner.entities("江西省女足昨天获胜。")] == [("org", "江西省女足")]


def test_two_names_in_one_credit_are_split():
    got = [(e.type, e.text) for e in entities("本报讯（记者何雪林凡）日前，市里召开会议。")]
    assert ("person", "何雪") in got and ("person", "林凡") in got
    assert ("person", "何雪林凡") not in got


def test_a_name_stops_at_a_bracket_it_does_not_close():
    from baoku.extract.edges import _unpaired
    for text, head in (("青川农科院“科技下乡团", "青川农科院"), ("林（小舟", "林"), ("河西）公司", "河西"),
                       ("Pis（林小舟）", "Pis（林小舟）")):
        assert text[:_unpaired(text, 0, len(text))] == head


def test_a_unit_after_an_organization_belongs_to_it():
    got = {(e.type, e.text) for e in entities("青川人民医院医务处处长林小舟介绍了情况。")}
    assert ("org", "青川人民医院医务处") in got and ("person", "林小舟") in got
    assert ("org", "青川人民医院医务处处长") not in got
    # common words ending like a unit are not units
    assert not any(e.text.endswith("全部") for e in entities("青川市公安局全部出动。"))


def test_an_adverb_after_a_full_name_is_not_part_of_it(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda text: [(0, 4, "PER"), (5, 7, "PER")])
    got = [(e.type, e.text) for e in ner.entities("林小舟曾和何雪到访。")]
    assert ("person", "林小舟") in got and ("person", "何雪") in got


def test_a_full_name_run_on_into_a_word_of_one_character_stops_before_it(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda text: [(6, 10, "PER")])
    assert [e.text for e in ner.entities("（青川档案馆林小舟绘）") if e.type == "person"] == ["林小舟"]
    monkeypatch.setattr(ner, "tag_spans", lambda text: [(2, 6, "PER")])
    assert [e.text for e in ner.entities("会上何立新集中讲了三点。") if e.type == "person"] == ["何立新"]
    monkeypatch.setattr(ner, "tag_spans", lambda text: [(2, 6, "PER")])      # a transliteration's last character
    assert [e.text for e in ner.entities("球员马丁内约进了一球。") if e.type == "person"] == ["马丁内约"]


def test_a_unit_at_the_head_of_a_title_joins_the_body(monkeypatch):
    from baoku.extract import ner
    text = "青川港务集团营销管理部副经理林小舟介绍了情况。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 6, "ORG"), (6, 14, "TITLE"), (14, 17, "PER")])
    ents = ner.entities(text)
    title = next(e for e in ents if e.type == "title")
    assert title.text == "青川港务集团营销管理部副经理"
    assert text[title.start:title.parts["body_end"]] == "青川港务集团营销管理部"
    assert text[title.parts["role_start"]:title.end] == "副经理"
    # the organization's entity takes the unit too
    assert [(e.type, e.text) for e in ents if e.type in ("org", "gov_org")] == [("org", "青川港务集团营销管理部")]
    # a role that only starts with a modifier keeps the whole role (党组|书记 is one role)
    text = "青川市文联党组书记林小舟介绍了情况。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 5, "ORG"), (5, 9, "TITLE"), (9, 12, "PER")])
    title = next(e for e in ner.entities(text) if e.type == "title")
    assert text[title.parts["role_start"]:title.end] == "党组书记"


@pytest.mark.parametrize("org, unit, rest", [
    ("青川市人民医院", "医务处", "住院医师"),           # a modifier of the role after the unit
    ("青川纺织厂", "财务科", "行政副科长"),
])
def test_a_unit_heading_a_longer_body_part_of_a_title_joins_the_body(monkeypatch, org, unit, rest):
    from baoku.extract import ner
    text = org + unit + rest + "林小舟介绍了情况。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, (org, "ORG"), (unit + rest, "TITLE"),
                                                              ("林小舟", "PER")))
    ents = ner.entities(text)
    title = next(e for e in ents if e.type == "title")
    assert text[title.parts["role_start"]:title.end] == rest
    assert [e.text for e in ents if e.type in ("org", "gov_org")] == [org + unit]


@pytest.mark.parametrize("place, organ, role", [
    ("青川区", "青联", "委员"),
    ("白云寺", "民管会", "副主任"),
])
def test_an_organ_at_the_head_of_a_title_after_a_place_joins_the_place(monkeypatch, place, organ, role):
    from baoku.extract import ner
    text = "会上，" + place + organ + role + "林小舟讲了话。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, (place, "LOC"), (organ + role, "TITLE"),
                                                              ("林小舟", "PER")))
    ents = ner.entities(text)
    title = next(e for e in ents if e.type == "title")
    assert text[title.start:title.parts["body_end"]] == place + organ
    assert text[title.parts["role_start"]:title.end] == role
    assert [e.text for e in ents if e.type in ("org", "gov_org")] == [place + organ]
    assert not [e for e in ents if e.type == "place"]
    # a role alone after a place leaves the place as it is (某国|总统)
    text = "会上，青川国总统林小舟讲了话。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("青川国", "LOC"), ("总统", "TITLE"),
                                                              ("林小舟", "PER")))
    assert [e.text for e in ner.entities(text) if e.type == "place"] == ["青川国"]


@pytest.mark.parametrize("spans", [
    [(2, 4, "LOC"), (4, 7, "TITLE")],           # the tagger marked the place and the occupation apart
    [(2, 7, "TITLE")],                          # the tagger took them as one title
])
def test_a_place_before_an_occupation_stays_out_of_the_title(monkeypatch, spans):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: spans)
    got = [(e.type, e.text) for e in ner.entities("三名法国建筑师来到青川。")]
    assert ("title", "建筑师") in got and ("place", "法国") in got
    assert ("title", "法国建筑师") not in got


def test_a_place_before_an_office_heads_the_title(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC"), (2, 4, "TITLE")])
    assert ("title", "法国总统") in [(e.type, e.text) for e in ner.entities("法国总统抵达青川。")]


def test_a_ministry_name_does_not_begin_a_word_for_departments(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert not [e for e in ner.entities("青川的公安部门和文化部门联合检查了夜市。") if e.type == "gov_org"]
    assert ("gov_org", "公安部") in [(e.type, e.text) for e in ner.entities("公安部发布了通知。")]


def test_a_list_of_bodies_run_together_is_cut_into_its_names(monkeypatch):
    from baoku.extract import ner
    text = "浙江省青川县科协江苏省东湖市图书馆安徽省河西剧团联合举办了展览。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 24, "ORG")])
    got = [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")]
    assert got == ["浙江省青川县科协", "江苏省东湖市图书馆", "安徽省河西剧团"]
    # two names are no list: a body with a place in its name stays whole
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 12, "ORG")])
    assert [e.text for e in ner.entities("青川大学江苏经济研究中心发布了报告。")] == ["青川大学江苏经济研究中心"]


def test_bodies_run_together_between_two_found_bodies_are_found(monkeypatch):
    from baoku.extract import ner
    text = "青川市茶叶研究所江西省临江县文化局江西省科委浙江省青禾剧团"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("青川市茶叶研究所", "ORG"), ("浙江省青禾剧团", "ORG")))
    got = [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")]
    assert got == ["青川市茶叶研究所", "江西省临江县文化局", "江西省科委", "浙江省青禾剧团"]
    # an item may be a body, a title and a name
    text = "青川市茶叶研究所江西省临江县文化局副局长林小舟浙江省青禾剧团"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("青川市茶叶研究所", "ORG"), ("浙江省青禾剧团", "ORG")))
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("gov_org", "江西省临江县文化局") in got and ("person", "林小舟") in got
    # and the text may begin with the first body's title and name
    text = "青川市茶叶研究所研究员何立新江西省临江县文化局浙江省青禾剧团"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("青川市茶叶研究所", "ORG"), ("浙江省青禾剧团", "ORG")))
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("gov_org", "江西省临江县文化局") in got and ("person", "何立新") in got


def test_a_lexicon_place_inside_a_longer_word_is_no_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    # the 江西 of 长江|西岸 is no place (长江 before its bank is one: `_feature_side_rx`)
    got = [(e.type, e.text) for e in ner.entities("青川的货船停在长江西岸。") if e.type == "place"]
    assert ("place", "江西") not in got and got == [("place", "长江")]
    assert ("place", "江西") in [(e.type, e.text) for e in ner.entities("青川的代表团到了江西。")]


def test_a_region_named_by_the_compass_is_left_to_the_tagger(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("青川港的货物运往东北和欧洲。")]
    assert ("place", "欧洲") in got and ("place", "东北") not in got


def test_a_place_organ_found_whole_keeps_its_level(monkeypatch):
    from baoku.extract import ner
    text = "青川市委副书记林小舟出席了会议。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "ORG"), (7, 10, "PER")])
    ents = ner.entities(text)
    assert ("gov_org", "青川市委") in [(e.type, e.text) for e in ents]
    title = next(e for e in ents if e.type == "title")
    assert title.text == "青川市委副书记" and text[title.parts["role_start"]:title.end] == "副书记"


@pytest.mark.parametrize("text, spans, body", [
    # a place and a title whose body ends like an organization: the place and that body are one organization
    ("何立新江西省青川市水利局农田科科长林小舟", [("何立新", "PER"), ("江西省", "LOC"), ("青川市", "LOC"),
                                          ("水利局农田科科长", "TITLE"), ("林小舟", "PER")], "江西省青川市水利局农田科"),
    ("青川市第三届人大常委会主任林小舟", [("青川市", "LOC"), ("第三届人大常委会主任", "TITLE"), ("林小舟", "PER")],
     "青川市第三届人大常委会"),
    # an office's short name left out between a lexicon place and 主任 or 主席 joins the place
    ("何立新江西省科委主任林小舟", [("何立新", "PER"), ("江西省", "LOC"), ("主任", "TITLE"), ("林小舟", "PER")],
     "江西省科委"),
])
def test_a_place_before_a_title_holding_a_body_heads_the_body(monkeypatch, text, spans, body):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, *spans))
    assert body in [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")]


def test_an_honorific_after_a_name_is_not_part_of_it(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "PER"), (5, 10, "PER")])
    got = [(e.type, e.text) for e in ner.entities("林大夫告诉何小雪先生，药已备好。")]
    assert ("person", "林") in got and ("person", "何小雪") in got


def test_a_country_named_alone_is_a_place_not_an_organization(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(3, 5, "ORG"), (6, 8, "ORG")])
    got = [(e.type, e.text) for e in ner.entities("青川与斐济和法国签署了协议。")]
    assert ("place", "斐济") in got and ("place", "法国") in got


@pytest.mark.parametrize("text,body", [("青川市科委农村处处长林小舟江苏省东湖剧团", "青川市科委农村处"),
                                       # 编审, an editorial rank, is a role that ends an item with its name
                                       ("青川市文艺出版社副编审林小舟江苏省东湖剧团", "青川市文艺出版社")])
def test_a_list_of_bodies_titles_and_names_run_together_is_cut(monkeypatch, text, body):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, len(t), "ORG")])
    got = [("org" if e.type == "gov_org" else e.type, e.text) for e in ner.entities(text)]
    assert ("org", body) in got and ("org", "江苏省东湖剧团") in got
    assert ("person", "林小舟") in got


def test_a_name_alone_before_a_photo_credit_mark_is_a_person(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert ("person", "林小舟") in [(e.type, e.text) for e in ner.entities("青川港的新码头。（林小舟摄）")]


def test_a_province_before_its_region_is_one_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "LOC"), (3, 7, "LOC"), (8, 11, "LOC"), (11, 14, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("江西省青川地区与江西省东湖县的果农。")]
    assert ("place", "江西省青川地区") in got                      # a region of the province: one place
    assert ("place", "江西省") in got and ("place", "东湖县") in got   # a county: two
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "LOC"), (3, 10, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("江西省青川瑶族自治县的果农。")]
    assert ("place", "江西省青川瑶族自治县") in got                 # an autonomous county: one place


def test_a_lexicon_place_heading_another_place_the_tagger_joined_is_read_apart(monkeypatch):
    from baoku.extract import ner
    text = "江西省青川县与浙江青禾山的游客在江西青川纪念馆相聚，沿长沙西路返程。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 6, "LOC"), (7, 12, "LOC"), (16, 23, "LOC"), (27, 31, "LOC")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("place", "江西省") in got and ("place", "青川县") in got        # a county of the province: two places
    assert ("place", "浙江") in got and ("place", "青禾山") in got
    assert ("place", "江西青川纪念馆") in got                             # a site: one place
    assert ("place", "长沙西路") in got                                   # a street named for the city: one


def test_a_county_right_after_its_province_is_a_place_where_the_tagger_left_it_out(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(3, 6, "LOC"), (15, 18, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("记者到江西省青禾县的茶园，又到江西省市县三级的会上。")]
    assert ("place", "青禾县") in got
    assert not any(t.startswith("市") or t.endswith("县三") for _, t in got)     # levels, not a county


def test_a_county_after_its_province_may_have_城_in_its_name(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(3, 6, "LOC"), (15, 18, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("记者到江西省禾城县的茶园，又到江西省城市的会上。")]
    assert ("place", "禾城县") in got
    assert not any(t.startswith("城") for _, t in got)      # 城市 after a province is no county


def test_a_city_s_epithet_stays_out_of_the_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(4, 8, "LOC")])
    assert ("place", "青川") in [(e.type, e.text) for e in ner.entities("代表团到首都青川访问。")]


def test_a_city_s_epithet_stays_out_of_a_place_split_from_its_province(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(4, 11, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("记者来到江西省古城禾川采访。")]
    assert ("place", "江西省") in got and ("place", "禾川") in got
    assert ("place", "古城禾川") not in got


def test_a_large_city_abroad_after_its_country_is_a_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(3, 6, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("乐团从奥地利维也纳出发，前往青川。")]
    assert ("place", "奥地利") in got and ("place", "维也纳") in got


def test_a_province_before_its_academy_of_agricultural_sciences_heads_the_body(monkeypatch):
    from baoku.extract import ner
    text = "甘肃省农科院派出两位专家到柳溪村。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "LOC")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert "甘肃省农科院" in [t for _, t in got] and ("place", "甘肃省") not in got


def test_a_place_and_the_place_or_body_it_sends_to_are_apart(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("法国驻联合国", "ORG"), ("法国驻青川总领事馆", "ORG")))
    got = [(e.type, e.text) for e in ner.entities("记者见到法国驻联合国代表和法国驻青川总领事馆的官员。")]
    assert ("place", "法国") in got and "联合国" in [t for _, t in got]
    assert "法国驻联合国" not in [t for _, t in got]
    assert "法国驻青川总领事馆" in [t for _, t in got]      # a mission keeps its name whole


def test_a_place_takes_the_word_for_area_after_it(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC")])
    assert ("place", "青川地区") in [(e.type, e.text) for e in ner.entities("青川地区今冬雨水偏多。")]


def test_names_run_together_in_a_credit_are_read_apart(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(9, 13, "PER"), (13, 18, "PER")])
    got = [(e.type, e.text) for e in ner.entities("青川港的新码头。（林小舟何立新秦晓雨）")]
    assert [x for x in got if x[0] == "person"] == [("person", "林小舟"), ("person", "何立新"), ("person", "秦晓雨")]
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(1, 5, "PER"), (5, 7, "PER")])
    got = [(e.type, e.text) for e in ner.entities("（林小舟何立新摄）")]
    assert got == [("person", "林小舟"), ("person", "何立新")]


def test_a_name_does_not_run_on_into_a_verb(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 5, "PER")])
    assert [(e.type, e.text) for e in ner.entities("秦晓雨学习书法多年。")] == [("person", "秦晓雨")]


def test_a_city_read_with_the_word_for_its_urban_area_is_the_name_alone(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "LOC")])
    assert [(e.type, e.text) for e in ner.entities("青川市区的公交线路已有四十条。")] == [("place", "青川")]


def test_a_county_read_with_the_word_for_its_town_is_the_name_alone(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "LOC")])
    assert [(e.type, e.text) for e in ner.entities("青禾县城的老街修好了。")] == [("place", "青禾")]
    assert [(e.type, e.text) for e in ner.entities("青禾县城关镇的老街修好了。")] == [("place", "青禾县")]


def test_a_name_before_a_nationality_in_brackets_is_a_person(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("青川市新当选的委员：何立新（白族）、秦晓雨（回族）。")]
    assert ("person", "何立新") in got and ("person", "秦晓雨") in got


def test_a_name_right_after_the_reporter_role_in_brackets_is_a_person(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("本报青川电（记者孟雪）新码头今天启用。（本报记者林小舟摄）")]
    assert [x for x in got if x[0] == "person"] == [("person", "孟雪"), ("person", "林小舟")]


def test_the_last_name_of_a_credit_list_is_a_person(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(8, 10, "PER")])
    got = [(e.type, e.text) for e in ner.entities("本报青川电（记者孟雪、何立新）新码头今天启用。")]
    assert ("person", "何立新") in got


def test_a_name_does_not_end_in_the_mark_of_a_deputy(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "PER")])
    got = [(e.type, e.text) for e in ner.entities("何立新副市长今天到青川港调研。")]
    assert ("person", "何立新") in got and ("person", "何立新副") not in got


def test_two_names_side_by_side_with_a_dot_are_one_foreign_name(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(7, 11, "PER"), (11, 15, "PER")])
    got = [(e.type, e.text) for e in ner.entities("青川市长会见了马尔科斯·费兰多一行。")]
    assert [x for x in got if x[0] == "person"] == [("person", "马尔科斯·费兰多")]
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(7, 11, "PER"), (12, 15, "PER")])
    got = [(e.type, e.text) for e in ner.entities("青川市长会见了马尔科斯·费兰多一行。")]
    assert [x for x in got if x[0] == "person"] == [("person", "马尔科斯·费兰多")]


def test_a_country_the_features_do_not_mark_is_a_place_where_the_tagger_left_it_out(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert ("place", "马耳他") in [(e.type, e.text) for e in ner.entities("青川市代表团昨天抵达马耳他。")]


def test_a_country_the_tagger_left_out_needs_only_to_begin_a_word(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("青川老兵讲起朝鲜半岛的往事，要集中国力办学。")]
    assert ("place", "朝鲜") in got                 # jieba reads 朝鲜半岛 as one word
    assert ("place", "中国") not in got             # 集中|国力: no word begins at 中


def test_a_region_s_short_name_the_1998_set_leaves_unlabelled_is_no_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("青川商会认为拉美和东亚都是值得开拓的市场。")]
    assert ("place", "拉美") not in got
    assert ("place", "东亚") in got


def test_a_former_state_is_a_place_where_the_tagger_left_it_out(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert ("place", "苏联") in [(e.type, e.text) for e in ner.entities("青川的老工程师曾在前苏联留学。")]


def test_a_department_of_a_college_ends_an_item_of_a_run_together_list(monkeypatch):
    from baoku.extract import ner
    text = "青川市科委农村处处长林小舟江苏省东湖学院园艺系"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, len(t), "ORG")])
    got = [("org" if e.type == "gov_org" else e.type, e.text) for e in ner.entities(text)]
    assert ("org", "江苏省东湖学院园艺系") in got and ("person", "林小舟") in got


def test_a_trade_the_lexicon_lacks_and_a_name_end_an_item_of_a_run_together_list(monkeypatch):
    from baoku.extract import ner
    text = "青川市农业科学研究所农艺师林小舟江苏省东湖剧团"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, len(t), "ORG")])
    got = [("org" if e.type == "gov_org" else e.type, e.text) for e in ner.entities(text)]
    assert ("org", "青川市农业科学研究所") in got and ("org", "江苏省东湖剧团") in got
    assert ("person", "林小舟") in got


def test_a_signature_in_brackets_alone_is_a_name(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert [(e.type, e.text) for e in ner.entities("（柳溪）")] == [("person", "柳溪")]
    assert [(e.type, e.text) for e in ner.entities("青川港新码头（柳溪）")] == []


def test_a_name_heading_a_body_after_a_title_in_a_run_together_list_is_taken_apart(monkeypatch):
    from baoku.extract import ner
    text = "青川市科委农村处处长林小舟江苏省东湖剧团团长何立新"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 8, "ORG"), (8, 10, "TITLE"), (10, 20, "ORG"),
                                                     (20, 22, "TITLE"), (22, 25, "PER")])
    got = [("org" if e.type == "gov_org" else e.type, e.text) for e in ner.entities(text)]
    assert ("person", "林小舟") in got and ("org", "江苏省东湖剧团") in got


def test_two_bodies_run_together_are_cut_before_a_province_named_in_full(monkeypatch):
    from baoku.extract import ner
    text = "青川市第一人民医院江西省东湖县文工团"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, len(t), "ORG")])
    got = [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")]
    assert got == ["青川市第一人民医院", "江西省东湖县文工团"]


def test_a_name_among_places_in_a_list_is_a_place(monkeypatch):
    from baoku.extract import ner
    text = "柳河、东湖、秦安等县今冬雨水偏多。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC"), (3, 5, "LOC"), (6, 8, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert got == [("place", "柳河"), ("place", "东湖"), ("place", "秦安")]
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC"), (3, 5, "PER"), (6, 8, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert got == [("place", "柳河"), ("person", "东湖"), ("person", "秦安")]


def test_a_name_where_a_meeting_is_held_is_a_place(monkeypatch):
    from baoku.extract import ner
    text = "代表团昨天在柳溪会见了秦晓雨。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(6, 8, "PER"), (11, 14, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("place", "柳溪") in got and ("person", "秦晓雨") in got


def test_a_name_after_a_word_of_going_somewhere_is_a_place(monkeypatch):
    from baoku.extract import ner
    text = "代表团今天前往柳溪，秦晓雨同行。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(7, 9, "PER"), (10, 13, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("place", "柳溪") in got and ("person", "秦晓雨") in got


def test_a_body_without_an_organization_ending_where_a_meeting_is_held_is_a_place(monkeypatch):
    from baoku.extract import ner
    text = "两国代表在柳溪进行了会晤，又在青川大学举行座谈。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(5, 7, "ORG"), (15, 19, "ORG")])
    got = [("org" if e.type == "gov_org" else e.type, e.text) for e in ner.entities(text)]
    assert ("place", "柳溪") in got
    assert ("org", "青川大学") in got               # it ends like an organization: left as it is


def test_a_name_between_a_title_and_a_province_in_a_run_together_list_is_a_person(monkeypatch):
    from baoku.extract import ner
    text = "东湖剧团演员林小舟江苏省青川县文化馆馆员何立新"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "ORG"), (4, 6, "TITLE"), (6, 8, "PER"),
                                                     (9, 18, "ORG"), (18, 20, "TITLE"), (20, 23, "PER")])
    assert [e.text for e in ner.entities(text) if e.type == "person"] == ["林小舟", "何立新"]
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "ORG"), (4, 6, "TITLE"),
                                                     (9, 18, "ORG"), (18, 20, "TITLE"), (20, 23, "PER")])
    assert [e.text for e in ner.entities(text) if e.type == "person"] == ["林小舟", "何立新"]
    text = "东湖剧团团长林小舟在江苏省青川县讲话"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "ORG"), (4, 6, "TITLE"), (6, 9, "PER"), (10, 16, "LOC")])
    assert [e.text for e in ner.entities(text) if e.type == "person"] == ["林小舟"]


def test_an_entity_among_things_in_a_list_is_dropped(monkeypatch):
    from baoku.extract import ner
    text = "青川集市上有竹篮、木梳、金锁、瓷碗出售。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(12, 14, "PER")])
    assert ner.entities(text) == []
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(12, 14, "LOC")])
    assert ner.entities(text) == []
    text = "到场的有林小舟、秦晓雨、何立新。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(8, 11, "PER"), (12, 15, "PER")])
    assert [e.text for e in ner.entities(text) if e.type == "person"] == ["秦晓雨", "何立新"]
    text = "途经柳河、东湖、青川、青禾。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(2, 4, "LOC"), (5, 7, "LOC")])
    assert [e.text for e in ner.entities(text) if e.type == "place"][:2] == ["柳河", "东湖"]


def test_a_name_written_again_where_the_tagger_found_nothing_is_the_name_too(monkeypatch):
    from baoku.extract import ner
    text = "林小舟说，青川港由林小舟主持扩建，林小舟思想研究会也已成立。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "PER")])
    assert [(e.start, e.text) for e in ner.entities(text) if e.type == "person"] == [(0, "林小舟"), (9, "林小舟")]
    text = "林小舟主演的《林小舟》在青川首映。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "PER")])
    assert [e.text for e in ner.entities(text) if e.type == "person"] == ["林小舟"]
    text = "Lin说，青川队的Lina也来了。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "PER")])
    assert [e.text for e in ner.entities(text) if e.type == "person"] == ["Lin"]


def test_the_last_part_of_a_foreign_name_written_alone_is_the_name(monkeypatch):
    from baoku.extract import ner
    text = "青川交响乐团请来指挥卡洛·维纳蒂，维纳蒂此前三次来访。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("卡洛·维纳蒂", "PER")))
    got = [e.text for e in ner.entities(text) if e.type == "person"]
    assert got == ["卡洛·维纳蒂", "维纳蒂"]


def test_the_name_of_a_credit_written_with_a_slash_is_a_person(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert [e.text for e in ner.entities("文/林小舟") if e.type == "person"] == ["林小舟"]
    assert [e.text for e in ner.entities("青川港又添新航线。（秦晓雨/文）") if e.type == "person"] == ["秦晓雨"]
    assert [e.text for e in ner.entities("（图文/编辑/）青川港又添新航线") if e.type == "person"] == []


def _orgs(ner, text, spans, monkeypatch):
    monkeypatch.setattr(ner, "tag_spans", lambda t: spans)
    return [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")]


def test_an_organization_run_over_a_function_word_is_cut_after_it(monkeypatch):
    from baoku.extract import ner
    assert _orgs(ner, "据青川市委通报，新码头已完工。", [(0, 5, "ORG")], monkeypatch) == ["青川市委"]
    assert _orgs(ner, "林小舟走访了这些部门。", [(6, 10, "ORG")], monkeypatch) == []
    text = "青川港务集团与青禾县人民医院签约。"
    assert _orgs(ner, text, [(0, 14, "ORG")], monkeypatch) == ["青川港务集团", "青禾县人民医院"]
    assert _orgs(ner, "青川市发展和改革委员会发布通知。", [(0, 11, "ORG")], monkeypatch) == ["青川市发展和改革委员会"]
    text = "青川大学信托与理财研究所发布报告。"
    assert _orgs(ner, text, [(0, 12, "ORG")], monkeypatch) == ["青川大学信托与理财研究所"]


def test_an_organization_run_over_a_verb_of_office_or_visit_is_cut_after_it(monkeypatch):
    from baoku.extract import ner
    text = "林小舟时任青川港务集团经理。"
    assert _orgs(ner, text, [(3, 11, "ORG")], monkeypatch) == ["青川港务集团"]
    text = "林小舟曾亲临青川歌舞剧团排练场。"
    assert _orgs(ner, text, [(4, 12, "ORG")], monkeypatch) == ["青川歌舞剧团"]


def test_a_body_takes_its_party_organ_after_it(monkeypatch):
    from baoku.extract import ner
    assert _orgs(ner, "青川港务集团党委召开会议。", [(0, 6, "ORG")], monkeypatch) == ["青川港务集团党委"]
    text = "青川港务集团党委书记林小舟出席。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 6, "ORG"), (6, 10, "TITLE"), (10, 13, "PER")])
    ents = ner.entities(text)
    assert [e.text for e in ents if e.type == "org"] == ["青川港务集团党委"]
    title = next(e for e in ents if e.type == "title")
    assert title.text == "青川港务集团党委书记" and text[title.parts["role_start"]:title.end] == "党委书记"


def test_an_office_after_a_body_belongs_to_it_a_room_does_not(monkeypatch):
    from baoku.extract import ner
    assert _orgs(ner, "青川市纪委信访室接待了来访群众。", [(0, 5, "ORG")], monkeypatch) == ["青川市纪委信访室"]
    assert _orgs(ner, "座谈会在青川港务集团会议室举行。", [(4, 10, "ORG")], monkeypatch) == ["青川港务集团"]


def test_a_government_agency_known_by_its_initials_is_a_government_body(monkeypatch):
    from baoku.extract import ner
    assert org_type("FTC") == "gov_org"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("青川港的走私案由FBI协助调查，FBIX公司未参与。")]
    assert got == [("gov_org", "FBI")]


def test_a_central_body_written_in_full_is_found_with_its_committee(monkeypatch):
    from baoku.extract import ner
    text = "青川港的整改材料报送中央纪律检查委员会常务委员会。"
    assert _orgs(ner, text, [], monkeypatch) == ["中央纪律检查委员会常务委员会"]


def test_an_institute_after_a_body_belongs_to_it(monkeypatch):
    from baoku.extract import ner
    assert _orgs(ner, "青川省研究院材料所发布了年度报告。", [(0, 6, "ORG")], monkeypatch) == ["青川省研究院材料所"]


def test_an_ordinal_before_an_organization_heads_it(monkeypatch):
    from baoku.extract import ner
    assert _orgs(ner, "青川第三纺织厂扩建了厂房。", [(4, 7, "ORG")], monkeypatch) == ["第三纺织厂"]


def test_the_end_of_a_name_run_into_a_body_in_a_list_goes_back_to_the_name(monkeypatch):
    from baoku.extract import ner
    text = "东湖剧团团长林小舟江苏省青川县文化馆馆长"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "ORG"), (4, 6, "TITLE"), (6, 7, "PER"), (7, 18, "ORG")])
    got = [(e.type, e.text) for e in ner.entities(text) if e.type != "title"]
    assert ("person", "林小舟") in got and ("org", "江苏省青川县文化馆") in got


def test_a_place_right_before_a_body_heads_it(monkeypatch):
    from baoku.extract import ner
    assert _orgs(ner, "东湖远航公司今天签约。", [(0, 2, "LOC"), (2, 6, "ORG")], monkeypatch) == ["东湖远航公司"]


def test_a_common_noun_for_a_kind_of_body_alone_is_no_organization(monkeypatch):
    from baoku.extract import ner
    assert _orgs(ner, "青川港的新码头由公司投资建设。", [(8, 10, "ORG")], monkeypatch) == []
    text = "公司经理林小舟在码头迎接客人。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(2, 4, "TITLE"), (4, 7, "PER")])
    ents = ner.entities(text)
    assert not [e for e in ents if e.type in ("org", "gov_org")]
    assert [(e.text, e.parts) for e in ents if e.type == "title"] == [("公司经理", {})]


def test_a_place_before_a_dot_and_the_rest_of_a_foreign_name_is_a_person(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(7, 10, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("青川市的店主叫娜塔丽·贝克。")]
    assert got == [("person", "娜塔丽·贝克")]


def test_a_country_before_a_one_character_currency_is_no_place(monkeypatch):
    from baoku.extract import ner
    text = "青川市的换汇点收泰国铢，也收泰国的硬币。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(8, 10, "LOC")])
    assert [(e.start, e.text) for e in ner.entities(text) if e.type == "place"] == [(14, "泰国")]
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert [(e.start, e.text) for e in ner.entities(text) if e.type == "place"] == [(14, "泰国")]


def test_the_other_end_of_a_stretch_from_a_place_is_a_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(3, 5, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("新修的青川至禾溪段公路已通车。")]
    assert got == [("place", "青川"), ("place", "禾溪")]


def test_a_place_ending_like_a_library_troupe_or_school_is_an_organization(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 6, "LOC"), (7, 11, "LOC"), (12, 17, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("青川市图书馆、禾溪剧团、青禾县中学都来了。")]
    assert [t for _, t in got] == ["青川市图书馆", "禾溪剧团", "青禾县中学"] and "place" not in {t for t, _ in got}


def test_two_points_of_the_compass_alone_are_no_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(1, 3, "LOC"), (4, 6, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("向西南、华北两个方向修路。")]
    assert got == [("place", "华北")]


def test_a_level_pointed_to_is_no_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC"), (3, 5, "LOC"), (6, 9, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("外县、本市和青禾县的车都来了。")]
    assert got == [("place", "青禾县")]


def test_a_place_before_驻_and_its_mission_is_one_body(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "LOC"), (4, 9, "ORG")])
    got = [(e.type, e.text) for e in ner.entities("青川市驻禾溪办事处今天开门。")]
    assert [t for _, t in got] == ["青川市驻禾溪办事处"] and got[0][0] in ("org", "gov_org")


def test_a_common_noun_for_a_kind_of_site_is_no_place(monkeypatch):
    from baoku.extract import ner
    text = "青川的孩子们周末去动物园，再到禾山公园。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC"), (9, 12, "LOC"), (15, 19, "LOC")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("place", "动物园") not in got                          # a kind of site
    assert ("place", "青川") in got and ("place", "禾山公园") in got    # names kept


def test_a_place_run_on_into_a_verb_or_adjective_ends_before_it(monkeypatch):
    from baoku.extract import ner
    text = "禾山县相关部门连夜抢修。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 5, "LOC")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("place", "禾山县") in got and ("place", "禾山县相关") not in got


def test_a_size_or_age_before_a_common_noun_for_a_site_is_no_place(monkeypatch):
    from baoku.extract import ner
    text = "青川旧城区的大剧场明天开放。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC"), (2, 5, "LOC"), (6, 9, "LOC")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert got == [("place", "青川")]


def test_the_items_of_a_list_closed_as_places_are_places(monkeypatch):
    from baoku.extract import ner
    text = "到青禾、禾湾、岚口等３个县送去了化肥。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(1, 3, "LOC"), (4, 6, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert [x for x in got if x[0] in ("place", "person")] == [("place", "青禾"), ("place", "禾湾"), ("place", "岚口")]
    # a list of things closed otherwise is left alone
    text = "到青禾、禾湾、岚口等单位送去了化肥。"
    assert ("place", "岚口") not in [(e.type, e.text) for e in ner.entities(text)]


@pytest.mark.parametrize("text, found", [
    ("产自远山的青禾、禾湾、岚口等地的茶叶很好卖。", "禾湾"),        # the first item begins after 的
    ("到青禾、禾湾、岚口和松坪等地送去了化肥。", "青禾"),              # the last two items joined by 和
    ("到青禾、禾湾、岚口以及松坪等３个县送去了化肥。", "青禾"),
])
def test_a_list_closed_as_places_begins_after_its_de_and_ends_over_its_conjunction(monkeypatch, text, found):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, (found, "LOC")))
    got = [e.text for e in ner.entities(text) if e.type == "place"]
    assert got == [w for w in ("青禾", "禾湾", "岚口", "松坪") if w in text]


def test_a_lexicon_place_at_the_head_of_a_single_word_with_a_verb_is_a_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("青川的导游说云南旅游很热。")]
    assert ("place", "云南") in got                 # 云南旅游 is one word of jieba's


def test_a_lexicon_city_before_a_word_beginning_with_its_level_is_the_city(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("青川的导游说苏州市民很热情。")]
    assert ("place", "苏州") in got
    got = [(e.type, e.text) for e in ner.entities("青川的导游说苏州市委很重视。")]
    assert ("place", "苏州") not in got                # the city's party committee, left to the tagger


def test_a_place_after_an_age_is_a_name_unless_the_lexicon_has_it(monkeypatch):
    from baoku.extract import ner
    text = "７０岁的禾瓦里和１２岁的法国男孩来到青川。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(4, 7, "LOC"), (12, 14, "LOC"), (18, 20, "LOC")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "禾瓦里") in got and ("place", "法国") in got and ("place", "青川") in got


def test_the_decimals_of_a_figure_in_points_are_no_time(monkeypatch):
    from baoku.extract import ner
    text = "青川指数下跌１２．５点，晚上８点收市。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(9, 11, "DATE"), (12, 16, "DATE")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("date", "５点") not in got and ("date", "晚上８点") in got


def test_now_after_a_verb_ending_in_its_first_character_is_no_date(monkeypatch):
    from baoku.extract import ner
    text = "青川的变化体现在街巷里，现在人人都满意。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(6, 8, "DATE"), (12, 14, "DATE")])
    got = [(e.type, e.start) for e in ner.entities(text)]
    assert ("date", 6) not in got and ("date", 12) in got


def test_a_hall_is_a_place_not_a_body(monkeypatch):
    from baoku.extract import ner
    text = "青川音乐厅和青川文化厅"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 5, "ORG"), (6, 11, "LOC")])
    got = [("org" if e.type == "gov_org" else e.type, e.text) for e in ner.entities(text)]
    assert ("place", "青川音乐厅") in got and ("org", "青川文化厅") in got


def test_a_country_the_tagger_took_for_a_name_is_a_place(monkeypatch):
    from baoku.extract import ner
    text = "秦晓雨下月从青川出发去安道尔。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "PER"), (11, 14, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("place", "安道尔") in got and ("person", "秦晓雨") in got


def test_a_verb_after_a_title_begins_no_name_before_a_national_head(monkeypatch):
    from baoku.extract import ner
    text = "记者来到北中国青川饭店采访。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "TITLE"), (5, 11, "LOC")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert not [x for x in got if x[0] == "person"]


def test_a_date_before_a_nationality_in_brackets_is_a_name(monkeypatch):
    from baoku.extract import ner
    text = "当选委员有林晓舟（满族）、夏至（回族）、何立新。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(5, 8, "PER"), (13, 15, "DATE"), (20, 23, "PER")])
    got = [e.to_json() for e in ner.entities(text, date="2023-06-03")]
    assert {"type": "person", "start": 13, "end": 15, "text": "夏至"} in got
    assert not [e for e in got if e["type"] == "date"]


def test_a_city_abroad_the_tagger_took_for_a_name_is_a_place(monkeypatch):
    from baoku.extract import ner
    text = "秦晓雨下月从青川出发去里斯本。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "PER"), (11, 14, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("place", "里斯本") in got and ("person", "秦晓雨") in got


def test_a_name_beside_vs_is_a_team(monkeypatch):
    from baoku.extract import ner
    text = "周末看点：柳溪联vs白鹭，秦晓雨看好主队。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(5, 8, "ORG"), (10, 12, "PER"), (13, 16, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("org", "白鹭") in got and ("person", "秦晓雨") in got


def test_a_foreign_name_cut_one_character_short_before_punctuation_takes_it(monkeypatch):
    from baoku.extract import ner
    text = "青川市长会见了来访的博尔斯顿，又问候了博尔斯等，学起“博尔斯塔式”。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(10, 13, "PER"), (19, 22, "PER"), (27, 31, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "博尔斯顿") in got and ("person", "博尔斯") in got and ("person", "博尔斯塔") in got


def test_a_foreign_name_cut_one_character_short_before_its_party_takes_it(monkeypatch):
    from baoku.extract import ner
    text = "青川市长会见了卡蒂娜·芭尔达一行。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(7, 13, "PER")])
    assert ("person", "卡蒂娜·芭尔达") in [(e.type, e.text) for e in ner.entities(text)]


def test_a_body_run_on_into_a_scholar_and_a_name_ending_in_dun_is_the_name(monkeypatch):
    from baoku.extract import ner
    text = "青川大学政治学家卡里顿认为，此事可行。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 11, "ORG")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "卡里顿") in got and not [x for x in got if x[1].endswith("卡里顿") and x[0] != "person"]

def test_a_name_run_on_into_the_first_character_of_a_verb_stops_before_it(monkeypatch):
    from baoku.extract import ner
    text = "青川副市长林舟主持青禾会议，何雪峰讲了话。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(5, 8, "PER"), (14, 17, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "林舟") in got and ("person", "何雪峰") in got

def test_a_name_right_after_an_adverb_of_degree_is_no_name(monkeypatch):
    from baoku.extract import ner
    text = "青川的报道最迅朗、十分安朗，林小舟说。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(6, 8, "PER"), (11, 13, "PER"), (14, 17, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert [x for x in got if x[0] == "person"] == [("person", "林小舟")]

def test_a_word_of_kin_alone_is_no_name(monkeypatch):
    from baoku.extract import ner
    text = "青川老船长的长子林小舟回到了码头。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(6, 8, "PER"), (8, 11, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert [x for x in got if x[0] == "person"] == [("person", "林小舟")]

def test_a_name_of_four_characters_ending_in_a_party_is_no_name(monkeypatch):
    from baoku.extract import ner
    text = "青川议会里，萨洛维党与林小舟的同盟破裂。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(6, 10, "PER"), (11, 14, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert [x for x in got if x[0] == "person"] == [("person", "林小舟")]

def test_a_name_right_after_a_one_character_name_and_a_role_is_no_name(monkeypatch):
    from baoku.extract import ner
    text = "怀念林校长朗德，何雪峰题词。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(2, 3, "PER"), (5, 7, "PER"), (8, 11, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert [x for x in got if x[0] == "person"] == [("person", "林"), ("person", "何雪峰")]

def test_a_bare_level_and_an_office_s_short_name_is_no_name(monkeypatch):
    from baoku.extract import ner
    text = "青川县侨联、县科委与何雪峰一起慰问渔民。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(6, 9, "PER"), (10, 13, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert [x for x in got if x[0] == "person"] == [("person", "何雪峰")]

def test_a_name_ending_in_a_unit_before_a_role_is_no_name(monkeypatch):
    from baoku.extract import ner
    text = "林小舟当过青川舟桥营参谋长。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "PER"), (7, 10, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert [x for x in got if x[0] == "person"] == [("person", "林小舟")]

def test_a_doubled_character_before_de_is_no_name(monkeypatch):
    from baoku.extract import ner
    text = "皎皎的月光下，林小舟划船回青川。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "PER"), (7, 10, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert [x for x in got if x[0] == "person"] == [("person", "林小舟")]

def test_a_title_or_body_run_over_a_name_in_a_list_of_people_is_cut_around_the_name(monkeypatch):
    from baoku.extract import ner
    text = "青川大学附设诊所眼科副主任林舟江苏省青禾市科协秘书长何雪峰"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 10, "ORG"), (10, 26, "TITLE"), (26, 29, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "林舟") in got and ("person", "何雪峰") in got
    assert not any("林舟" in x and t != "person" for t, x in got)
    text = "青禾师范学院地理系学生林小舟江苏省青川市东湖诊所所长何雪峰"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 24, "ORG"), (24, 26, "TITLE"), (26, 29, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "林小舟") in got and ("org", "江苏省青川市东湖诊所") in got
    assert ("org", "青禾师范学院地理系") in got

def test_a_body_after_a_title_headed_by_a_foreign_name_in_a_list_is_the_name_and_the_body(monkeypatch):
    from baoku.extract import ner
    text = "青川市杂技社领队卡里达江苏省东湖剧团团长何雪峰"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 6, "ORG"), (6, 8, "TITLE"), (8, 18, "ORG")]
                                                    + [(18, 20, "TITLE"), (20, 23, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "卡里达") in got and ("org", "江苏省东湖剧团") in got

def test_a_name_between_a_title_and_punctuation_is_a_person(monkeypatch):
    from baoku.extract import ner
    text = "青川大学的院士孟雪峰，像院士那样，院士和代表。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "ORG"), (5, 7, "TITLE"), (12, 14, "TITLE"),
                                                     (17, 19, "TITLE")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "孟雪峰") in got
    assert not any(t == "person" and x[0] in "那和" for t, x in got)


def test_a_family_name_and_某_on_word_bounds_is_a_person(monkeypatch):
    from baoku.extract import ner
    text = "青川股民秦某购入一批股票，法院认定秦某违反约定；这座房子由某机构看管，某些人走了。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC")])
    got = [(e.type, e.start, e.text) for e in ner.entities(text)]
    assert ("person", 4, "秦某") in got and ("person", 17, "秦某") in got
    assert not any(t == "person" and x in ("由某", "某些") for t, _, x in got)


def test_a_name_after_a_word_of_kin_is_a_person(monkeypatch):
    from baoku.extract import ner
    text = "她的祖父秦晓雨是青川有名的船工，老祖母平安生活在柳溪。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(8, 10, "LOC"), (24, 26, "LOC")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "秦晓雨") in got
    assert not any(t == "person" and x.startswith("平") for t, x in got)


def test_a_text_ending_in_a_word_of_kin(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC")])
    assert [(e.type, e.text) for e in ner.entities("青川的小妹妹")] == [("place", "青川")]


def test_a_family_name_with_妻_is_no_name(monkeypatch):
    from baoku.extract import ner
    text = "林妻当晚赶到青川，秦晓雨接待了她。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "PER"), (6, 8, "LOC"), (9, 12, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "秦晓雨") in got and not any(x == "林妻" for _, x in got)


def test_a_name_before_a_word_for_a_product_or_its_people_is_no_name(monkeypatch):
    from baoku.extract import ner
    text = "秦晓雨买了一辆青禾达轿车，乘上“白鹭号”渡轮，说起万岚达人的干劲。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "PER"), (7, 10, "PER"), (16, 18, "PER"), (25, 28, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "秦晓雨") in got
    assert not any(x in ("青禾达", "白鹭", "万岚达") for _, x in got)


def test_a_name_written_before_a_word_for_its_people_is_no_name_elsewhere_in_the_text(monkeypatch):
    from baoku.extract import ner
    text = "青禾达扩建了厂房，这是万岚达交给青禾达人的任务。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "PER"), (11, 14, "PER"), (16, 19, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "万岚达") in got
    assert not any(x == "青禾达" for _, x in got)


def test_two_transliterated_names_side_by_side_are_one_foreign_name(monkeypatch):
    from baoku.extract import ner
    text = "青川队外援恩格拉德博斯进了球，（林伯根埃达尔）"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(5, 8, "PER"), (8, 11, "PER"), (16, 19, "PER"),
                                                     (19, 22, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "恩格拉德博斯") in got
    assert ("person", "林伯根") in got and ("person", "埃达尔") in got


def test_a_place_right_before_a_bare_body_ending_heads_the_body(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "LOC")])
    assert [(e.type, e.text) for e in ner.entities("浙江省公安厅发布了通告。")] == [("gov_org", "浙江省公安厅")]
    # a place the lexicon lacks heads it too when it ends in a level
    assert [(e.type, e.text) for e in ner.entities("青川市公安局发布了通告。")] == [("gov_org", "青川市公安局")]
    # a country before 公司 says whose companies they are
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(2, 4, "LOC")])
    assert ("place", "法国") in [(e.type, e.text) for e in ner.entities("一些法国公司来到青川。")]


def test_a_place_right_before_a_noun_and_a_one_character_body_ending_heads_the_body(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "LOC")])
    assert [(e.type, e.text) for e in ner.entities("浙江省档案局发布了通告。")] == [("gov_org", "浙江省档案局")]
    # no body where the word before the ending is no noun, or the ending runs on into a title
    assert ("place", "浙江省") in [(e.type, e.text) for e in ner.entities("浙江省即将办好这件事。")]
    assert ("place", "浙江省") in [(e.type, e.text) for e in ner.entities("浙江省档案局长林小舟说。")]


def test_a_kind_word_and_a_generic_body_before_a_title_is_no_body(monkeypatch):
    from baoku.extract import ner
    text = "有关部门负责人告诉记者，青川市的新桥下月通车。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("负责人", "TITLE")))
    ents = ner.entities(text)
    assert not [e for e in ents if e.type in ("org", "gov_org")]
    assert ("title", "有关部门负责人") in [(e.type, e.text) for e in ents]


def _spans_of(text, *parts):
    """Tagger spans over the given (substring, label) pairs."""
    return [(text.index(p), text.index(p) + len(p), lab) for p, lab in parts]


def test_a_committee_of_one_term_is_cut_off_a_body(monkeypatch):
    from baoku.extract import ner
    text = "政协海南省第十一届委员会常委会议在青川召开。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("政协海南省第十一届委员会", "ORG")))
    assert [(e.type, e.text) for e in ner.entities(text)] == [("place", "海南省")]
    text = "青川市作家协会第二届常务委员会今天成立。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("青川市作家协会第二届常务委员会", "ORG")))
    assert [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")] == ["青川市作家协会"]
    text = "林小舟当选为青川市作家协会第二届委员会主席。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("林小舟", "PER"), ("青川市作家协会", "ORG"),
                                                              ("第二届委员会主席", "TITLE")))
    assert [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")] == ["青川市作家协会"]


def test_a_lexicon_place_and_a_body_ending_the_tagger_left_out_are_one_body(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("这个项目已获浙江省政府的批准。")]
    assert ("gov_org", "浙江省政府") in got and ("place", "浙江省") not in got


def test_a_clause_before_a_title_is_no_body(monkeypatch):
    from baoku.extract import ner
    text = "他既是青川港务局局长，又是集团董事长。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("局长", "TITLE")))
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert not [x for x in got if x[0] in ("org", "gov_org")] and ("title", "局长") in got
    text = "青川港务局局长林小舟出席。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("局长", "TITLE"), ("林小舟", "PER")))
    title = next(e for e in ner.entities(text) if e.type == "title")
    assert title.text == "青川港务局局长" and title.parts["body_end"] == len("青川港务局")


@pytest.mark.parametrize("troupe", ["浙江省青川曲艺团", "浙江省曲艺团"], ids=["name-between", "ending-alone"])
def test_a_place_heads_a_troupe_the_tagger_left_unmarked(monkeypatch, troupe):
    # a troupe's ending closes a body's name after a place, with a name between or right after the place
    from baoku.extract import ner
    text = troupe + "来到小镇演出。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("浙江省", "LOC")))
    assert [(e.type, e.text) for e in ner.entities(text)] == [("org", troupe)]


def test_a_hall_the_tagger_found_as_a_place_stays_a_place(monkeypatch):
    from baoku.extract import ner
    text = "新年音乐会在青川音乐厅举行。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("青川音乐厅", "LOC")))
    assert [(e.type, e.text) for e in ner.entities(text)] == [("place", "青川音乐厅")]


def test_a_body_named_by_what_it_does_still_heads_a_title(monkeypatch):
    from baoku.extract import ner
    text = "省应急管理厅副厅长林小舟观摩了演练。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("副厅长", "TITLE"), ("林小舟", "PER")))
    title = next(e for e in ner.entities(text) if e.type == "title")
    assert title.text == "省应急管理厅副厅长" and title.parts["body_end"] == len("省应急管理厅")


def test_a_place_before_a_common_word_with_no_body_ending_is_the_place(monkeypatch):
    from baoku.extract import ner
    text = "一批法国电影本周在青川市展映。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("法国电影", "ORG")))
    assert [(e.type, e.text) for e in ner.entities(text)] == [("place", "法国")]
    text = "浙江女排本周在青川市夺冠，法国电影协会发来贺信。"       # a team, a body's ending: organizations
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("浙江女排", "ORG"), ("法国电影协会", "ORG")))
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("org", "浙江女排") in got and ("org", "法国电影协会") in got


def test_a_committee_named_for_an_inspection_is_not_cut_at_the_trigger(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 10, "ORG")])
    assert ("gov_org", "青川市纪律检查委员会") in [(e.type, e.text) for e in ner.entities("青川市纪律检查委员会召开全会。")]
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 9, "ORG")])
    assert [e.text for e in ner.entities("青川港务集团检查码头设施。") if e.type == "org"] == ["青川港务集团"]


def test_an_abbreviated_discipline_body_is_not_taken_from_the_ministry_lexicon(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert not [e for e in ner.entities("中纪委在青川市召开了座谈会。") if e.type == "gov_org"]
    assert ("gov_org", "审计署") in [(e.type, e.text) for e in ner.entities("审计署在青川市召开了座谈会。")]


def test_a_state_council_agency_is_taken_from_the_ministry_lexicon(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("国家信访局、安监总局的工作组来到青川市。")]
    assert ("gov_org", "国家信访局") in got and ("gov_org", "安监总局") in got


def test_a_named_place_before_a_court_or_police_office_heads_it(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("河西人民法院同河西派出所联手查明了此事。")]
    assert got == [("gov_org", "河西人民法院"), ("gov_org", "河西派出所")]
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC")])
    assert [(e.type, e.text) for e in ner.entities("河西公安分局提醒市民。")] == [("gov_org", "河西公安分局")]


def test_a_body_ending_in_an_army_is_a_club_in_a_text_on_football(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "ORG")])
    assert [(e.type, e.text) for e in ner.entities("青川陆军主场战平了对手。")] == [("org", "青川陆军")]
    assert [(e.type, e.text) for e in ner.entities("青川陆军举行了演习。")] == [("gov_org", "青川陆军")]


def test_a_body_the_tagger_ran_on_over_a_title_before_it_is_the_body_alone(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 10, "ORG")])
    got = [(e.type, e.text) for e in ner.entities("林小舟主席江西省政府向灾区捐款。") if e.type in ("org", "gov_org")]
    assert got == [("gov_org", "江西省政府")]
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 11, "ORG")])
    got = [e.text for e in ner.entities("青川市秘书处江西办事处成立。") if e.type in ("org", "gov_org")]
    assert got == ["青川市秘书处江西办事处"]


def test_a_name_begins_after_a_colon_inside_it_and_ends_before_a_cut_latin_word(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda text: [(3, 11, "PER")])
    assert [e.text for e in ner.entities("编者按青川:--林沐川说") if e.type == "person"] == ["林沐川"]
    monkeypatch.setattr(ner, "tag_spans", lambda text: [(2, 5, "PER")])
    assert [e.text for e in ner.entities("歌手韩启sunny来了") if e.type == "person"] == ["韩启"]


def test_a_body_run_on_into_a_role_and_a_name_is_the_name(monkeypatch):
    from baoku.extract import ner
    text = "据青川港务局司机林小舟介绍，码头已经完工。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(1, 11, "ORG")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "林小舟") in got and not [x for x in got if x[1].endswith("林小舟") and x[0] != "person"]
    text = "青禾县作家协会今天成立。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 7, "ORG")])
    assert ("org", "青禾县作家协会") in [(e.type, e.text) for e in ner.entities(text)]


def test_a_body_before_the_close_of_a_list_of_people_is_a_name(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(6, 8, "ORG")])
    assert ("person", "莫卡") in [(e.type, e.text) for e in ner.entities("青川乐队成员莫卡等人昨晚演出。")]
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "LOC")])
    assert ("place", "青禾县") in [(e.type, e.text) for e in ner.entities("青禾县等人口大县")]


@pytest.mark.parametrize("span, text", [
    ((5, 8), "青川商场的莫德瑞毛毯很受欢迎。"),                  # goods named after it
    ((2, 5), "昨天卡洛斯党提出了议案。"),                        # a party
    ((0, 3), "卡达莱５２０型拖拉机在青川农机站展出。"),          # a model number
    ((0, 3), "卡达莱X7系列今年在青川上市。"),
    ((0, 3), "林舟杯中学生足球赛昨天在青川开幕。"),              # a cup named after someone
    ((0, 3), "卡达莱洗衣机在青川热销。"),                        # a machine named after it
    ((0, 3), "莫德瑞冲剂这个冬天卖得很好。"),                    # a drug
])
def test_a_name_before_goods_a_party_or_a_model_number_or_ending_in_a_cup_is_no_person(monkeypatch, span, text):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(*span, "PER")])
    assert "person" not in [e.type for e in ner.entities(text)]


def test_a_name_after_from_a_place_to_is_a_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(3, 6, "LOC"), (7, 9, "PER")])
    got = [(e.type, e.text) for e in ner.entities("我们从青川市到禾山乘车。")]
    assert ("place", "禾山") in got and ("person", "禾山") not in got


def test_a_run_together_latin_name_starting_with_a_given_name_is_a_person(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("青川工作室请到了PeterHolm和SkyForge。")]
    assert ("person", "PeterHolm") in got and not [x for x in got if x[1] == "SkyForge"]


@pytest.mark.parametrize("surname", list("傅阎萧洪赖"))
def test_a_family_name_only_the_rules_read_starts_a_listed_name(monkeypatch, surname):
    from baoku.extract import ner
    from baoku.extract.features import type_map
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "PER")])
    text = f"林小舟、{surname}明远出席了青川市的座谈会。"
    assert ("person", surname + "明远") in [(e.type, e.text) for e in ner.entities(text)]
    assert type_map().get(ord(surname)) != "S"      # the tagger's features do not mark it


@pytest.mark.parametrize("name, text, nameless", [
    ("林晓舟", "河口村村民林晓舟（右二）和邻居们一起插秧。", "图为赵老师（左）在辅导学生。"),     # a position in a photograph
    ("林", "孩子们和林奶奶在河边种树。", "明天总会放晴。"),                                 # a family name before 奶奶
    ("秦", "老战友回忆说，我和秦司令员初识于青川。", "青川共和国主席今天抵达。"),             # before 司令员, not 共和|国
])
def test_a_name_the_tagger_left_out_is_found_by_what_follows_it(monkeypatch, name, text, nameless):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert ("person", name) in [(e.type, e.text) for e in ner.entities(text)]
    assert "person" not in [e.type for e in ner.entities(nameless)]


def test_a_place_before_a_work_is_its_author(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(5, 8, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("书架上摆着林晓舟《青川杂记》和别的小说。")]
    assert ("person", "林晓舟") in got


def test_a_name_between_two_works_of_a_list_is_the_next_work_s_author(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("书架上摆着《青川杂记》、郑怀安《渔港夜话》和散文《海风》。")]
    assert [x for x in got if x[0] == "person"] == [("person", "郑怀安")]


@pytest.mark.parametrize("text, names", [
    ("青川的小说很多，像卡洛维的《远山》和郑晓帆的《渔港夜话》。", [("person", "卡洛维"), ("person", "郑晓帆")]),
    ("游戏版的《远山》和青川新版的《渔港》，郑晓帆著的《海风》。", []),        # no name; the name before 著
    ("书评提到米兰·卡洛维的《远山》。", []),                                # the end of a longer name
])
def test_a_name_right_before_the_title_of_a_work_is_its_author(monkeypatch, text, names):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert [(e.type, e.text) for e in ner.entities(text) if e.type == "person"] == names


@pytest.mark.parametrize("text, names", [
    ("青川港务局局长助理卡洛维昨日表示，码头将扩建。", ["卡洛维"]),
    ("青川商会会长莫里斯在会上致辞。", ["莫里斯"]),
    ("青川港务局局长卡洛维和莫里斯今天到达。", []),          # two names joined: not read as one
    ("青川医院主任卡洛维博士说，病人已出院。", []),          # a role ends it
    ("青川港务局发言人宣布，码头将扩建。", []),              # a verb, no name
])
def test_a_foreign_name_between_a_role_and_a_verb_of_saying_is_a_name(monkeypatch, text, names):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert [e.text for e in ner.entities(text) if e.type == "person"] == names


def test_a_time_word_the_tagger_left_out_is_a_date(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("当时青川码头还很小，往年的客船刚才靠岸。")]
    assert [x for x in got if x[0] == "date"] == [("date", "当时"), ("date", "往年"), ("date", "刚才")]
    assert "date" not in [e.type for e in ner.entities("这是适当时机。")]     # 适当|时机: no word 当时


def test_a_place_run_on_into_a_word_for_its_parts_is_the_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("浙江各地", "LOC"), ("法国当局", "ORG")))
    got = [(e.type, e.text) for e in ner.entities("浙江各地的青川茶叶受到法国当局关注。")]
    assert ("place", "浙江") in got and ("place", "法国") in got
    assert not [x for x in got if x[1] in ("浙江各地", "法国当局")]


def test_a_place_run_on_into_authorities_of_a_kind_is_the_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("法国监管当局", "ORG")))
    got = [(e.type, e.text) for e in ner.entities("青川茶叶受到法国监管当局关注。")]
    assert ("place", "法国") in got
    assert not [x for x in got if x[1] == "法国监管当局"]


def test_a_place_run_on_into_a_work_on_it_or_a_side_of_it_is_the_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("青禾江大桥", "LOC"), ("白鹭河沿岸", "LOC")))
    got = [(e.type, e.text) for e in ner.entities("青禾江大桥通车后，白鹭河沿岸的村庄热闹起来。")]
    assert ("place", "青禾江") in got and ("place", "白鹭河") in got
    assert not [x for x in got if x[1] in ("青禾江大桥", "白鹭河沿岸")]


def test_a_name_in_a_dateline_is_a_place(monkeypatch):
    from baoku.extract import ner
    text = "本报卡洛维（禾国）３月５日电记者林小舟报道：青川民乐团在此演出。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("卡洛维", "PER"), ("林小舟", "PER")))
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("place", "卡洛维") in got and ("person", "林小舟") in got


def test_a_time_word_for_the_past_after_an_adverb_is_the_verb(monkeypatch):
    from baoku.extract import ner
    text = "青川的旅游旺季已经过去，过去三年游客翻了一番。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(t.index("过去"), t.index("过去") + 2, "DATE"),
                                                     (t.rindex("过去"), t.rindex("过去") + 2, "DATE")])
    got = [(e.type, e.start) for e in ner.entities(text) if e.type == "date"]
    assert got == [("date", text.rindex("过去"))]


def test_a_body_the_tagger_ran_on_from_an_event_before_it_is_the_body_alone(monkeypatch):
    from baoku.extract import ner
    text = "去年青川博览会远航电子集团推出了新品。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("青川博览会远航电子集团", "ORG")))
    assert [(e.type, e.text) for e in ner.entities(text)] == [("org", "远航电子集团")]
    text = "青川交易会开幕式在会展中心举行。"       # no body after the event: no organization
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("青川交易会开幕式", "ORG")))
    assert not [e for e in ner.entities(text) if e.type in ("org", "gov_org")]
    for body in ("青川博览会组委会", "青川发展论坛青禾秘书处"):     # the event's own committee or office
        text = body + "发布了通知。"
        monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, (body, "ORG")))
        assert [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")] == [body]


def test_two_bodies_the_tagger_ran_together_over_a_verb_are_two_bodies(monkeypatch):
    from baoku.extract import ner
    text = "青川电视台联合浙江省青禾县文化局举办了晚会。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("青川电视台联合浙江省青禾县文化局", "ORG")))
    got = [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")]
    assert got == ["青川电视台", "浙江省青禾县文化局"]
    text = "青川港务集团培训中心今天成立。"        # a unit named by what it does stays in the body
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, ("青川港务集团培训中心", "ORG")))
    assert [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")] == ["青川港务集团培训中心"]


def test_a_place_heads_a_council_whose_name_holds_a_function_character_inside_a_word(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("浙江省敢为人先基金会表彰了林小舟。")]
    assert ("org", "浙江省敢为人先基金会") in got
    # a verb or a numeral among the words: a clause, no council's name
    got = [(e.type, e.text) for e in ner.entities("浙江省决定为此设立委员会。")]
    assert ("place", "浙江省") in got and not [x for x in got if x[0] in ("org", "gov_org")]


def test_a_name_found_once_in_an_article_is_the_name_where_another_paragraph_writes_it(monkeypatch):
    from baoku.extract import extract_text, ner, repeats
    first = "青川港务集团董事长林晓舟昨日到码头调研。"
    tagged = {first: [("林晓舟", "PER")]}
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, *tagged.get(t, ())))
    text = "\n".join([first, "林晓舟说，今年的吞吐量将再创新高。", "港口还要扩建，林晓舟认为。"])
    got = [(e["paragraph"], e["text"]) for e in extract_text(text)["entities"] if e["type"] == "person"]
    assert got == [(0, "林晓舟"), (1, "林晓舟"), (2, "林晓舟")]
    # a name the article also writes before a word for goods, as a body or inside one, is not spread
    others = {"林晓舟牌茶叶畅销全省。": [], "林晓舟基金会今年资助了十名学生。": [("林晓舟基金会", "ORG")],
              "林晓舟今年又夺得联赛冠军。": [("林晓舟", "ORG")]}
    for other, spans in others.items():
        tagged = {first: [("林晓舟", "PER")], other: spans}
        texts = [first, other, "林晓舟说，今年的吞吐量将再创新高。"]
        ents = [ner.entities(t) for t in texts]
        repeats.spread_names(texts, ents)
        assert not [e for e in ents[2] if e.type == "person"]


def test_where_two_spread_names_overlap_the_longer_is_taken_on_every_run(monkeypatch):
    from baoku.extract import ner, repeats
    pairs = [("林小舟", "林小"), ("周明远", "周明"), ("白雨桐", "白雨"), ("乔安澜", "乔安")]
    texts = ["会上，" + "、".join(long for long, _ in pairs) + "发了言。",
             "会后，" + "、".join(short for _, short in pairs) + "合了影。",
             "次日，" + "、".join(long for long, _ in pairs) + "到了码头。"]
    tagged = {texts[0]: [(long, "PER") for long, _ in pairs], texts[1]: [(short, "PER") for _, short in pairs]}
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, *tagged.get(t, ())))
    ents = [ner.entities(t) for t in texts]
    repeats.spread_names(texts, ents)
    assert [e.text for e in ents[2] if e.type == "person"] == [long for long, _ in pairs]


def test_a_name_s_occurrences_are_those_a_pattern_of_it_finds():
    import re

    from baoku.extract.repeats import _occurrences
    for word, text in (("林舟", "林舟说林舟林"), ("舟舟", "舟舟舟舟舟"), ("林舟", "青川港")):
        assert list(_occurrences(word, text)) == [m.span() for m in re.finditer(re.escape(word), text)]


@pytest.mark.parametrize("text, spans, want", [
    # an organization ending in an event's name is the event: no body, the lexicon finds the place in its name
    ("浙江省青川茶具博览会昨天在会展中心开幕。", [("浙江省青川茶具博览会", "ORG")], [("place", "浙江省")]),
    # a family name, 家 and a hamlet's last character are a place, not a name
    ("林小舟把茶苗送到了柳家坳，乡亲们都来帮忙。", [("林小舟", "PER"), ("柳家坳", "PER")],
     [("person", "林小舟"), ("place", "柳家坳")]),
    # a place beginning with a bare level names the province's site: no place
    ("青川民乐团昨晚在省艺术剧院演出。", [("省艺术剧院", "LOC")], []),
    # a place begun one character late after a point of the compass that follows a place takes it
    ("青川市东禾镇的茶园今年丰收。", [("青川市", "LOC"), ("禾镇", "LOC")], [("place", "青川市"), ("place", "东禾镇")]),
    # a delegation or working group is no body: the body before its word, else the place it begins with
    ("江西省慰问团昨天抵达青川码头。", [("江西省慰问团", "ORG")], [("place", "江西省")]),
    ("青川市作家协会代表团访问了老街。", [("青川市作家协会代表团", "ORG")], [("org", "青川市作家协会")]),
    # a group of experts is no body either (青川市水务局|专家组)
    ("青川市水务局专家组昨天察看了堤坝。", [("青川市水务局专家组", "ORG")], [("gov_org", "青川市水务局")]),
    # a lexicon place joined to a body by a conjunction is the place and the body
    ("江西省与青川港务集团签订了协议。", [("江西省与青川港务集团", "ORG")], [("place", "江西省"), ("org", "青川港务集团")]),
])
def test_a_tagged_span_corrected_by_the_place_and_body_rules(monkeypatch, text, spans, want):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, *spans))
    assert [(e.type, e.text) for e in ner.entities(text)] == want


def test_a_lexicon_river_before_a_word_for_its_banks_is_a_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("青川茶园的新苗沿钱塘江两岸铺开，一直种到东海之滨。")]
    assert ("place", "钱塘江") in got and ("place", "东海") in got
    assert not [e for e in ner.entities("青川号货轮驶向东海岸的港口。") if e.type == "place"]


def test_a_place_written_like_a_foreign_name_and_joined_to_a_name_is_a_name(monkeypatch):
    from baoku.extract import ner
    text = "青川队前锋莫卡斯和萨伦达、卡洛维都进了球。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(5, 8, "PER"), (9, 12, "LOC"), (13, 16, "ORG")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "萨伦达") in got and ("person", "卡洛维") in got
    # a place of the lexicon stays a place, and so does one joined to no name
    text = "莫卡斯和德国的球迷，以及萨伦达。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "PER"), (4, 6, "LOC"), (12, 15, "LOC")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("place", "德国") in got and ("place", "萨伦达") in got


def test_a_latin_name_in_brackets_after_a_name_is_no_organization(monkeypatch):
    from baoku.extract import ner
    text = "青川队新外援卡洛维（Carlovi）昨天抵达，青川体育（Qingchuan Sports）报道。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(6, 9, "PER"), (10, 17, "ORG"), (23, 27, "ORG"),
                                                     (28, 44, "ORG")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "卡洛维") in got and not [x for x in got if x[1] == "Carlovi"]
    assert ("org", "Qingchuan Sports") in got       # after a body it stays


@pytest.mark.parametrize("text, want", [
    # a named body after an organization and a joiner is one where the tagger found nothing; so is the next one
    ("青川大学和东湖大学将联合研制新型茶机。", ["青川大学", "东湖大学"]),
    ("青川京剧院、东湖京剧团与青禾歌舞团各自安排了剧目。", ["青川京剧院", "东湖京剧团", "青禾歌舞团"]),
    # a kind of body (common words only) or a bare level is no named body
    ("青川京剧院、地方银行和省政府都派了人。", ["青川京剧院"]),
])
def test_a_body_joined_to_an_organization_is_one(monkeypatch, text, want):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: _spans_of(t, (want[0], "ORG")))
    assert [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")] == want


def test_a_transliterated_name_takes_the_characters_of_foreign_names_before_it(monkeypatch):
    from baoku.extract import ner
    text = "青川队请让埃努罗贝特发言，又请秦晓雨发言。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "ORG"), (7, 10, "PER"), (15, 18, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "埃努罗贝特") in got and ("person", "秦晓雨") in got


def test_foreign_names_beside_names_carried_along_a_list():
    # 林小舟、阿尔卡和马尔卡: the first foreign-looking place joins the name, the second joins it on a second pass;
    # a place joined to no name stays a place
    from baoku.extract.name_lists import _foreign_names_beside_names
    text = "林小舟、阿尔卡和马尔卡到米洛卡"
    ents = [Entity("person", 0, 3, "林小舟"), Entity("place", 4, 7, "阿尔卡"), Entity("place", 8, 11, "马尔卡"),
            Entity("place", 12, 15, "米洛卡")]
    _foreign_names_beside_names(text, ents)
    assert [e.type for e in ents] == ["person", "person", "person", "place"]
    places = [Entity("place", 4, 7, "阿尔卡"), Entity("place", 8, 11, "马尔卡")]
    _foreign_names_beside_names(text, places)         # no name to join: nothing changes
    assert [e.type for e in places] == ["place", "place"]


def test_a_county_outside_the_lexicon_heads_an_office_after_it(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda text: [(0, 3, "LOC")])
    assert [(e.type, e.text) for e in ner.entities("青禾县林业局发布通知。")] == [("gov_org", "青禾县林业局")]
    # no office after it: the county stays a place
    assert [(e.type, e.text) for e in ner.entities("青禾县林业发展很快。")] == [("place", "青禾县")]


def test_a_list_closed_by_a_count_of_townships_is_a_list_of_places(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda text: [])
    got = [(e.type, e.text) for e in ner.entities("今年，青禾、石岭、望川３个乡的农户通了电。")]
    assert got == [("place", "青禾"), ("place", "石岭"), ("place", "望川")]
    # a count of something else: nothing
    assert not [e for e in ner.entities("今年，青禾、石岭、望川３个品种的新茶上市。") if e.type == "place"]


@pytest.mark.parametrize("text, body", [
    ("据青州市海事和渔政局透露，新码头将于年内启用。", "青州市海事和渔政局"),
    ("青州市旅游和文物局今天宣布，古城墙将免费开放。", "青州市旅游和文物局"),
])
def test_office_named_for_two_fields(text, body):
    found = {(e.text, e.type) for e in entities(text)}
    assert (body, "gov_org") in found


def test_no_office_after_a_body_and_joiner():
    found = {e.text for e in entities("青州市朝阳区领导和区计生委干部到村里走访。")}
    assert not any("领导和" in t for t in found)


@pytest.mark.parametrize("name, kind", [
    ("青禾保险总部", "org"), ("青禾联社广州总部", "org"), ("青州市公安局总部", "gov_org"),
])
def test_headquarters_of_their_owners_kind(name, kind):
    assert org_type(name) == kind


@pytest.mark.parametrize("name, kind", [
    ("青禾物业市场部", "org"), ("白鹭期货雾川路营业部", "org"), ("青禾软件编辑部", "org"), ("雾川银联欧洲分部", "org"),
    ("雾川市税务局业务部", "gov_org"), ("青州市公安局", "gov_org"),
])
def test_a_trading_body_s_department_is_an_organization(name, kind):
    assert org_type(name) == kind


@pytest.mark.parametrize("name", ["青州地税", "雾川国税", "白鹭国驻青州领馆", "白鹭国参议院", "白鹭国中央银行", "白鹭国防卫省"])
def test_tax_offices_consulates_houses_central_banks_and_ministries_are_government_bodies(name):
    assert org_type(name) == "gov_org"


@pytest.mark.parametrize("name, kind", [
    ("白鹭国空军博物馆", "org"), ("白鹭国海军学院", "org"), ("青州公安贷款公司", "org"), ("雾川电气局集团", "org"),
    ("雾川市公安局交警支队", "gov_org"), ("白鹭国空军", "gov_org"),
])
def test_a_company_school_or_museum_headed_by_a_government_body_is_an_organization(name, kind):
    assert org_type(name) == kind


@pytest.mark.parametrize("name", ["雾川运动会组委会", "青州灯会组委"])
def test_an_event_s_organizing_committee_is_an_organization(name):
    assert org_type(name) == "org"


def test_a_name_s_ending_is_the_longest_of_the_endings_it_ends_in():
    ends = _by_length(["局", "安局", "公安局", "研究院"])
    assert _suffix_length("青州市公安局", ends) == 3
    assert _suffix_length("雾川安局", ends) == 2
    assert _suffix_length("局", ends) == 1
    assert _suffix_length("院", ends) == 0          # an ending longer than the name is none
    assert _suffix_length("青州市法院", ends) == 0


def test_a_unit_between_a_body_and_a_title_joins_the_body(monkeypatch):
    from baoku.extract import ner
    text = "据悉，青禾省社科院金融所青川经济评价中心主任林小舟说，"
    body, place, role, name = "青禾省社科院金融所", "青川", "主任", "林小舟"

    def spans(t):
        return [(t.index(body), t.index(body) + len(body), "ORG"), (t.index(place), t.index(place) + 2, "LOC"),
                (t.index(role), t.index(role) + 2, "TITLE"), (t.index(name), t.index(name) + 3, "PER")]
    monkeypatch.setattr(ner, "tag_spans", spans)
    got = {(e.type, e.text) for e in ner.entities(text)}
    assert ("gov_org", "青禾省社科院金融所青川经济评价中心") in got and ("place", "青川") not in got
    # a function word between them: no unit of the body
    text = "据悉，青禾省社科院金融所和青川经济评价中心主任林小舟说，"
    got = {(e.type, e.text) for e in ner.entities(text)}
    assert ("gov_org", body) in got


def test_a_body_that_is_only_a_country_and_its_city_is_two_places(monkeypatch):
    from baoku.extract import ner
    text = "中国厦门的茶商与中国日本的球队都来到青川。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "ORG"), (8, 12, "ORG"), (18, 20, "LOC")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("place", "中国") in got and ("place", "厦门") in got
    assert ("org", "中国日本") in got           # two countries together (a match) are left alone


def test_a_country_before_方面_is_a_place_where_the_tagger_left_it_out(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(7, 9, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("据悉，日本方面将派员到青川参加会议。")]
    assert ("place", "日本") in got


def test_a_field_noun_before_a_bare_role_joins_it(monkeypatch):
    from baoku.extract import ner
    text = "青川画廊的艺术总监苏青禾说，该馆总监也到场。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "ORG"), (7, 9, "TITLE"), (9, 12, "PER"), (16, 18, "TITLE")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("title", "艺术总监") in got and ("title", "总监") in got     # 该馆: no field noun


@pytest.mark.parametrize("text, org", [
    ("青川市政协委员林小舟在会上发言。", "青川市政协"),
    ("青川军区领导高度重视，立即召开会议。", "青川军区"),
])
def test_a_title_beginning_inside_a_body_leaves_the_body_whole(monkeypatch, text, org):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(t.index(org), t.index(org) + len(org), "ORG")])
    got = {(e.type, e.text) for e in ner.entities(text)}
    assert ("gov_org", org) in got
    assert not any(t in ("org", "gov_org") and org.startswith(x) and x != org for t, x in got)


def test_a_title_beginning_inside_a_name_that_is_no_body_cuts_it(monkeypatch):
    from baoku.extract import ner
    text = "青禾新闻发言人林小舟说，新品将于下月上市。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "ORG")])
    got = {(e.type, e.text) for e in ner.entities(text)}
    assert ("org", "青禾") in got and not any(x == "青禾新闻" for _, x in got)


def test_a_body_the_tagger_left_out_before_a_title_is_no_entity(monkeypatch):
    from baoku.extract import ner
    text = "青宣部副部长林小舟在会上讲话。"

    def spans(t):
        return [(t.index("副部长"), t.index("副部长") + 3, "TITLE"), (t.index("林小舟"), t.index("林小舟") + 3, "PER")]
    monkeypatch.setattr(ner, "tag_spans", spans)
    got = ner.entities(text)
    title = next(e for e in got if e.type == "title")
    assert title.text == "青宣部副部长" and title.parts["body_end"] == 3
    assert not [e for e in got if e.type in ("org", "gov_org")]


def test_a_foreign_name_after_a_word_of_a_match_is_the_team(monkeypatch):
    from baoku.extract import ner
    text = "青川队上轮输给卡洛维，本轮做客萨里科，对手马尔维亚·科里多也来了。"

    def spans(t):
        return [(t.index(n), t.index(n) + len(n), "PER") for n in ("卡洛维", "萨里科", "马尔维亚·科里多")]
    monkeypatch.setattr(ner, "tag_spans", spans)
    got = {(e.type, e.text) for e in ner.entities(text)}
    assert ("org", "卡洛维") in got and ("org", "萨里科") in got
    assert ("person", "马尔维亚·科里多") in got          # a name with a · stays a name
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(2, 5, "PER")])
    assert [(e.type, e.text) for e in ner.entities("昨天卡洛维输给了青川队。")] == [("person", "卡洛维")]


def test_a_name_before_a_word_of_acting_or_directing(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("《青川往事》里林小舟扮演的渔夫让人难忘，这部片由周启明执导。")]
    assert ("person", "林小舟") in got and ("person", "周启明") in got
    for text in ("玩家可扮演一名渔夫。", "林小舟扮演者来了。", "马尔维亚·科里多执导的新片。"):
        assert not [e for e in ner.entities(text) if e.type == "person"], text


def test_a_latin_name_after_a_word_for_a_player(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("青川战队的小将Tidewin和队长Marlo都来了，玩家DIY了地图。")]
    assert ("person", "Tidewin") in got and ("person", "Marlo") in got
    assert not any(t == "DIY" for _, t in got)


def test_an_organization_ending_in_a_count_of_bodies_is_no_body(monkeypatch):
    from baoku.extract import ner
    text = "青川港把书送到了白鹭滩地区八所小学的学生手中。"
    a = text.index("白鹭滩")
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(a, a + 9, "ORG")])
    got = {(e.type, e.text) for e in ner.entities(text)}
    assert not any(t == "org" or t == "gov_org" for t, _ in got)
    # a count with nothing before it: nothing; an ordinal (第八|中学) is a name
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "ORG")])
    assert not any(e.type in ("org", "gov_org") for e in ner.entities("三家银行联合放贷。"))
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 7, "ORG")])
    assert [e.text for e in ner.entities("青川市第八中学举行校庆。") if e.type in ("org", "gov_org")] == ["青川市第八中学"]


def test_a_long_name_run_on_into_a_phrase_stops_before_it(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(4, 10, "PER")])      # a word of three left, no verb
    assert [e.text for e in ner.entities("新秀终将冯立强拉下马。") if e.type == "person"] == ["冯立强"]
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(2, 7, "PER")])
    assert [e.text for e in ner.entities("博士何青考察记") if e.type == "person"] == ["何青"]
    # a transliterated name stays whole, though jieba reads its second half as a word that is no name
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(2, 8, "PER")])
    assert [e.text for e in ner.entities("选手莫里斯丹尼斯获得亚军。") if e.type == "person"] == ["莫里斯丹尼斯"]


def test_a_name_listed_beside_places_is_a_place(monkeypatch):
    from baoku.extract import ner

    def tag(*pairs):
        monkeypatch.setattr(ner, "tag_spans", lambda t: [(t.index(w), t.index(w) + len(w), lab) for w, lab in pairs])
    tag(("白鹭滩", "LOC"), ("柳湾坪", "PER"))
    assert [(e.type, e.text) for e in ner.entities("周边有白鹭滩、柳湾坪。")] == [("place", "白鹭滩"), ("place", "柳湾坪")]
    # beside a name it stays a name, and so it does before a place that runs on into a title
    tag(("林小舟", "PER"), ("周启明", "PER"), ("白鹭滩", "LOC"))
    assert [e.text for e in ner.entities("林小舟、周启明和白鹭滩都来了。") if e.type == "person"] == ["林小舟", "周启明"]
    tag(("林小舟", "PER"), ("青川", "LOC"))
    assert [e.text for e in ner.entities("林小舟和青川副市长见面。") if e.type == "person"] == ["林小舟"]
    # a place closing the list with a count
    tag(("柳湾坪", "PER"), ("白鹭滩", "LOC"))
    assert [e.type for e in ner.entities("柳湾坪和白鹭滩两个社区通了车。")] == ["place", "place"]


def test_a_name_before_a_company_word_is_no_name(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "PER")])
    for text in ("柳青禾咨询给出了估值，", "柳青禾集团今年扩产。", "柳青禾俱乐部今晚开张。"):
        assert not [e for e in ner.entities(text) if e.type == "person"], text
    # a fund named after a person keeps the name
    assert [e.text for e in ner.entities("柳青禾基金资助了学生。") if e.type == "person"] == ["柳青禾"]


def test_a_name_cut_by_the_end_of_the_text_keeps_its_dot(monkeypatch):
    from baoku.extract import ner
    text = "当天到场的还有马尔维亚·"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(7, 11, "PER")])
    assert [e.text for e in ner.entities(text) if e.type == "person"] == ["马尔维亚·"]
    # a · inside the text is no cut
    text = "马尔维亚·科里多来了。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 8, "PER")])
    assert [e.text for e in ner.entities(text) if e.type == "person"] == ["马尔维亚·科里多"]


def test_the_national_head_before_a_body_the_tagger_found_joins_it(monkeypatch):
    from baoku.extract import ner
    text = "小舟说国家青川体育中心明早开馆。"
    a = text.index("青川")
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(a, a + 6, "ORG")])
    assert [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")] == ["国家青川体育中心"]


def test_a_place_before_the_body_of_a_title_heads_the_body(monkeypatch):
    from baoku.extract import ner
    text = "研究员林小舟白鹭自治区青川市海事委主任周启明"
    spans = [("研究员", "TITLE"), ("林小舟", "PER"), ("白鹭自治区", "LOC"), ("青川市", "LOC"), ("海事委主任", "TITLE"),
             ("周启明", "PER")]
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(t.index(w), t.index(w) + len(w), lab) for w, lab in spans])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("gov_org", "白鹭自治区青川市海事委") in got and not any(t == "place" for t, _ in got)


def test_a_police_station_found_by_the_lexicon_takes_its_street_or_township(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    for text, name in (("老周推开白鹭路派出所大门。", "白鹭路派出所"), ("他被带到青川镇派出所。", "青川镇派出所"),
                       ("他去了派出所。", "派出所")):
        assert [e.text for e in ner.entities(text) if e.type == "gov_org"] == [name], text


def test_a_word_for_a_kind_of_body_after_a_count_or_quantifier_is_no_body(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    for text in ("老周跑遍了青川的１２个派出所。", "白鹭县许多派出所夜里无人。"):
        assert not [e for e in ner.entities(text) if e.type in ("org", "gov_org")], text
    assert [e.text for e in ner.entities("老周去了派出所。") if e.type == "gov_org"] == ["派出所"]


def test_a_kind_of_government_body_standing_alone_is_a_government_body(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    for text, bodies in (("昨天，检察机关把案卷交给了法院。", ["检察机关", "法院"]),
                         ("空军与陆军将在雾川合练。", ["空军", "陆军"]),
                         ("据悉，市教委出一半，地方政府出一半。", ["市教委", "地方政府"]),
                         ("据监管部门通报，雾川的两家茶厂停业。", ["监管部门"])):
        assert [e.text for e in ner.entities(text) if e.type == "gov_org"] == bodies, text
    for text in ("老周爱读海军史。", "他说海军型号很多。", "雾川海军基地的开放日", "白鹭江法院今天开庭。"):
        assert not [e for e in ner.entities(text) if e.type == "gov_org"], text    # a word's part, a name's


def test_a_place_before_its_police_or_army_is_one_government_body(monkeypatch):
    from baoku.extract import ner
    from bench.ner_eval import predict_pd
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "LOC")] if t.startswith("雾川市") else [])
    text = "雾川市警方昨天找到了老周的船。"
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("gov_org", "雾川市警方") in got and ("place", "雾川市") not in got
    assert (0, 3, "place") in predict_pd(text)          # the 1998 set labels the place alone
    text = "雾川市警方面的消息"
    assert ("gov_org", "雾川市警方") not in [(e.type, e.text) for e in ner.entities(text)]    # 方面: a word's part


def test_a_two_character_title_straddling_a_word_and_a_function_word_is_no_title(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    for text in ("青川新区其中将建两座公园。", "白鹭镇的船马上将靠岸。"):
        assert not [e for e in ner.entities(text) if e.type == "title"], text
    assert [e.text for e in ner.entities("白鹭舰队由一位中将指挥。") if e.type == "title"] == ["中将"]


def test_a_word_for_a_scholar_of_a_field_is_a_title(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    text = "青川湖边来了一位昆虫学家。"
    assert [e.text for e in ner.entities(text) if e.type == "title"] == ["昆虫学家"]


def test_two_sides_short_names_before_what_they_share_are_no_place(monkeypatch):
    from baoku.extract import ner
    text = "青川市的学者谈中非交往，也去过中非游历。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(7, 9, "LOC"), (15, 17, "LOC")])
    assert [(e.start, e.text) for e in ner.entities(text) if e.type == "place"] == [(15, "中非")]


def test_a_name_not_of_the_lexicon_before_a_verb_of_feeling_is_a_person(monkeypatch):
    from baoku.extract import ner
    text = "禾木兰感到青川市的冬天很长。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "LOC"), (5, 8, "LOC")])
    assert [(e.type, e.text) for e in ner.entities(text)] == [("person", "禾木兰"), ("place", "青川市")]


def test_a_place_before_an_uprising_or_incident_named_after_it_is_no_place(monkeypatch):
    from baoku.extract import ner
    text = "禾溪事变以后，老人从福州回到禾溪。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC"), (14, 16, "LOC")])
    assert [(e.start, e.text) for e in ner.entities(text) if e.type == "place"] == [(10, "福州"), (14, "禾溪")]
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert [e.text for e in ner.entities("五百人的福州起义以后。") if e.type == "place"] == []


def test_a_kind_of_market_is_no_place(monkeypatch):
    from baoku.extract import ner
    text = "禾溪的那个图书市场冷清。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC"), (5, 9, "LOC")])
    assert [e.text for e in ner.entities(text) if e.type == "place"] == ["禾溪"]


def test_a_segmenter_place_ending_in_a_county_or_river_is_a_place(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    text = "老人从佛坪县回到禾溪，又去看了信安江。"
    assert [e.text for e in ner.entities(text) if e.type == "place"] == ["佛坪县", "信安江"]
    assert [e.text for e in ner.entities("那条大江很宽，外县的船也来。") if e.type == "place"] == []


def test_a_body_repeating_its_province_is_two_bodies_run_together(monkeypatch):
    from baoku.extract import ner
    text = "昨天青川省禾溪县木鼓青川省医院都来了。"
    a = text.index("青川")
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(a, a + 13, "ORG")])
    assert [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")] == ["青川省禾溪县木鼓", "青川省医院"]


def test_common_nouns_of_a_trade_after_a_count_are_a_kind_of_body(monkeypatch):
    from baoku.extract import ner
    text = "禾溪有三家渔具公司歇业。"
    a = text.index("渔具")
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC"), (a, a + 4, "ORG")])
    assert [e.text for e in ner.entities(text)] == ["禾溪"]


def test_segmenter_places_does_not_segment_where_no_place_of_jieba_can_end(monkeypatch):
    from baoku.extract import base, places

    def no_segmenting(text):
        raise AssertionError("segmented")
    for module in (places, base):
        monkeypatch.setattr(module, "segment", no_segmenting)
    assert places._segmenter_places("禾溪人过日子很节省。", []) == []


def test_straddling_titles_does_not_segment_where_no_word_ends_in_the_title(monkeypatch):
    from baoku.extract import base, title_rules

    def no_segmenting(text):
        raise AssertionError("segmented")
    for module in (title_rules, base):
        monkeypatch.setattr(module, "segment", no_segmenting)
    text = "白鹭舰队由一位中将指挥。"
    a = text.index("中将")
    ents = [Entity("title", a, a + 2, "中将")]
    assert title_rules._straddling_titles(text, ents) == ents


@pytest.mark.parametrize("named, kept", [
    (("青川商会会长陪同来访的卡洛塔女士参观了渔港。", 11, 14, "ORG"), ("他由日本先生们陪着走访渔港。", 2, 4, "LOC")),
    (("卡洛塔对记者说新码头下月启用。", 0, 3, "LOC"), ("日本告诉记者的消息不多。", 0, 2, "LOC")),
], ids=["before an honorific", "before what is told the press"])
def test_an_entity_before_an_honorific_or_what_is_told_the_press_is_a_name(monkeypatch, named, kept):
    """A name the tagger typed place or organization before 女士 or 对记者说 is a name; a country stays a place."""
    from baoku.extract import ner
    for (text, s, e, label), want in ((named, ("person", "卡洛塔")), (kept, ("place", "日本"))):
        monkeypatch.setattr(ner, "tag_spans", lambda t, s=s, e=e, label=label: [(s, e, label)])
        assert want in [(x.type, x.text) for x in ner.entities(text)]


def test_a_quoted_name_before_a_word_for_what_is_named_after_it_is_no_name(monkeypatch):
    from baoku.extract import ner
    text = "青川船厂建造的“林远航”号货轮今天下水。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(8, 11, "PER")])
    assert "person" not in [e.type for e in ner.entities(text)]
    text = "代表团住进了“卡洛塔”宾馆。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(7, 10, "PER")])
    assert "person" not in [e.type for e in ner.entities(text)]


def test_a_one_character_item_between_two_names_is_a_name(monkeypatch):
    from baoku.extract import ner
    text = "青川诗社的林远航、秦、周晓岚出席了座谈。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(5, 8, "PER"), (11, 14, "PER")])
    assert ("person", "秦") in [(e.type, e.text) for e in ner.entities(text)]


def test_a_lexicon_place_and_its_finances_is_the_place(monkeypatch):
    from baoku.extract import ner
    text = "去年青海财政收入稳步增长。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "DATE"), (2, 6, "ORG")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("place", "青海") in got and not any(t in ("org", "gov_org") for t, _ in got)


def test_a_kind_of_business_written_as_one_common_noun_is_no_organization(monkeypatch):
    from baoku.extract import ner
    text = "禾溪镇的卷烟厂去年停产。"
    a = text.index("卷烟厂")
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 3, "LOC"), (a, a + 3, "ORG")])
    assert [e.text for e in ner.entities(text)] == ["禾溪镇"]


def test_lower_case_latin_letters_run_together_are_no_name_outside_brackets(monkeypatch):
    from baoku.extract import ner
    text = "游客在青川湖边的bluelakeviewcafe午餐，导游谢安迪（andrewxiemiles）作陪。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(8, 24, "PER"), (29, 32, "PER"), (33, 47, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert not [x for x in got if x[1] == "bluelakeviewcafe"]
    assert ("person", "andrewxiemiles") in got


def test_lower_case_latin_letters_run_together_after_a_role_are_still_a_name(monkeypatch):
    from baoku.extract import ner
    text = "青川书店的经理andrewxiemiles说，新店下月开张。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(7, 21, "PER")])
    assert ("person", "andrewxiemiles") in [(e.type, e.text) for e in ner.entities(text)]


@pytest.mark.parametrize("text, place", [("冰岛现政府决定延长渔季。", "冰岛"), ("青海有关部门正在核查。", "青海")])
def test_a_lexicon_place_and_a_kind_of_body_is_the_place(monkeypatch, text, place):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, t.index("决定") if "决定" in t else 6, "ORG")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("place", place) in got and not any(t in ("org", "gov_org") for t, _ in got)


def test_a_lexicon_place_heading_a_title_the_tagger_took_whole_is_a_place_too(monkeypatch):
    from baoku.extract import ner
    text = "杭州市副市长林小舟昨天到禾溪镇调研。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 6, "TITLE"), (6, 9, "PER")])
    got = {(e.type, e.text): e for e in ner.entities(text)}
    assert ("place", "杭州市") in got
    assert got[("title", "杭州市副市长")].parts == {"role_start": 3}


def test_a_lexicon_place_heading_a_body_in_a_title_is_left_in_it(monkeypatch):
    from baoku.extract import ner
    text = "杭州市禾溪局副局长林小舟昨天到禾溪镇调研。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 8, "TITLE"), (8, 11, "PER")])
    assert ("place", "杭州市") not in [(e.type, e.text) for e in ner.entities(text)]


def test_a_lexicon_place_heading_a_deputys_title_is_left_in_it(monkeypatch):
    from baoku.extract import ner
    text = "衢州市政协委员林小舟昨天到禾溪镇调研。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 7, "TITLE"), (7, 10, "PER")])
    assert ("place", "衢州市") not in [(e.type, e.text) for e in ner.entities(text)]


def test_the_river_side_pattern_scans_only_texts_holding_a_word_for_a_side(monkeypatch):
    from baoku.extract import places
    real, scans = places._feature_side_rx, []
    monkeypatch.setattr(places, "_feature_side_rx", lambda: scans.append(1) or real())
    places._lexicon_bodies("青川市今年新修道路十二条。", [])
    assert scans == []
    places._lexicon_bodies("清溪河两岸新修步道十二公里。", [])
    assert scans == [1]


@pytest.mark.parametrize("text,tagged,name", [("会上，青川港务局的周鸣周总介绍了新航线。", "周鸣周", "周鸣"),
                                              ("青川港的周立周在码头值班。", "周立周", "周立周")])
def test_a_family_name_said_again_before_a_form_of_address_is_not_part_of_the_name(monkeypatch, text, tagged, name):
    from baoku.extract import ner
    s = text.index(tagged)
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(s, s + 3, "PER")])
    assert ("person", name) in [(e.type, e.text) for e in ner.entities(text)]


def test_a_governments_army_is_one_body(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "ORG")])
    assert ("gov_org", "斐济政府军") in [(e.type, e.text) for e in ner.entities("斐济政府军昨日撤离青川港。")]


def test_a_ministrys_department_before_a_role_belongs_to_the_body(monkeypatch):
    from baoku.extract import ner
    text = "青川港务总署规划司副司长林小舟说。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 6, "ORG"), (6, 12, "TITLE"), (12, 15, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text) if e.type in ("org", "gov_org")]
    assert [t for _, t in got] == ["青川港务总署规划司"]
    # a company after a group is no department of it
    text = "青川港务集团分公司经理林小舟说。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 6, "ORG"), (6, 11, "TITLE"), (11, 14, "PER")])
    assert [e.text for e in ner.entities(text) if e.type in ("org", "gov_org")] == ["青川港务集团"]


def test_a_place_and_an_organs_short_name_head_a_title_the_tagger_took_whole(monkeypatch):
    from baoku.extract import ner
    text = "浙江省青川市科协主席林小舟说。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 10, "TITLE"), (10, 13, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("title", "浙江省青川市科协主席") in got
    assert [t for typ, t in got if typ in ("org", "gov_org")] == ["浙江省青川市科协"]
    # a role right after the place: the place, no body
    text = "浙江省副省长林小舟说。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 6, "TITLE"), (6, 9, "PER")])
    assert not [e for e in ner.entities(text) if e.type in ("org", "gov_org")]
def test_a_name_between_a_body_and_its_role_is_taken_out_of_the_title(monkeypatch):
    from baoku.extract import ner
    text = "青川港务稽查局柳水泉局长对记者说"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 7, "ORG"), (7, 12, "TITLE")])
    got = [(e.type, e.text) for e in ner.entities(text) if e.type != "gov_org"]
    assert ("person", "柳水泉") in got and ("title", "局长") in got
    text = "青川港务稽查局常务副局长对记者说"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 7, "ORG"), (7, 12, "TITLE")])
    assert not any(e.type == "person" for e in ner.entities(text))


def test_a_name_opening_a_work_of_writings_or_a_life_is_a_person(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("青川书社新出《柳散舟书法集》和《周启明传》。")]
    assert ("person", "柳散舟") in got and ("person", "周启明") in got
    assert not any(e.type == "person" for e in ner.entities("青川书社新出《青川港口史》。"))


@pytest.mark.parametrize("text, span, expected", [
    # a lexicon place heading an item of a list of things that is dropped stays a place
    ("今年，江西省茶、桑、果、菌产量均增。", (3, 7, "ORG"), ("place", "江西省")),
    # a word for a pair after a name is no part of it
    ("钱款塞到了阿舟哥俩手里。", (5, 9, "LOC"), ("person", "阿舟")),
    # a name before a word for a place's people is a place
    ("乐团的演出让柯兰茨观众迟迟不肯散去。", (6, 9, "PER"), ("place", "柯兰茨")),
])
def test_a_tagged_span_retyped_or_trimmed_by_the_words_around_it(monkeypatch, text, span, expected):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [span])
    assert [(e.type, e.text) for e in ner.entities(text)] == [expected]


def test_a_foreign_word_the_tagger_took_for_a_place_before_de_is_a_name(monkeypatch):
    from baoku.extract import ner
    text = "议员们批评了柯兰尼亚胡的预算方案。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(6, 11, "LOC")])
    assert [(e.type, e.text) for e in ner.entities(text)] == [("person", "柯兰尼亚胡")]
    text = "游客们坐上了柯兰尼亚港的渡轮。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(6, 11, "LOC")])
    assert [(e.type, e.text) for e in ner.entities(text)] == [("place", "柯兰尼亚港")]


def _patch_lexicon(monkeypatch, name, fake):
    """Patch a function of ``place_names`` in every extraction module that imported it."""
    import sys
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("baoku.extract.") and hasattr(module, name):
            monkeypatch.setattr(module, name, fake)


def test_a_city_naming_a_newspaper_in_a_title_is_a_place(monkeypatch):
    from baoku.extract import ner, place_names
    _patch_lexicon(monkeypatch, "_world_cities", lambda: frozenset(["青川"]))
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    place_names._paper_places.cache_clear()         # built from the fictional city, then again from the lexicon
    try:
        got = [(e.type, e.text) for e in ner.entities("据《青川时报》报道，新桥已通车。")]
    finally:
        place_names._paper_places.cache_clear()
    assert ("place", "青川") in got


def test_a_short_name_with_the_rest_of_the_place_in_brackets_is_one_place(monkeypatch):
    from baoku.extract import ner, places
    monkeypatch.setattr(places, "_bracket_names", lambda: frozenset(["青川", "桐江"]))
    text = "新路从青（川）通到（桐）江边。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(t.index("青"), t.index("青") + 1, "LOC")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("place", "青（川）") in got and ("place", "（桐）江") in got
    assert ("place", "青") not in got


def test_a_county_level_city_is_a_place_where_the_tagger_left_it_out(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    got = [(e.type, e.text) for e in ner.entities("青川商会的林小舟上周去了义乌，又到诸暨市看了一家袜厂。")]
    assert ("place", "义乌") in got
    assert ("place", "诸暨市") in got               # the 市 after it belongs to it (the 1998 set's habit)
    # a name filling a work's title is the work
    assert not [t for _, t in ner.entities("青川电视台播出了纪录片《义乌》。") if t == "义乌"]


@pytest.mark.parametrize("text, names", [
    ("开幕式上，森野花子女士、白川良介先生和乔明远同志先后致辞。", ["森野花子", "白川良介", "乔明远"]),
    ("昨天，萨米尔一行抵达青川。", ["萨米尔"]),
    ("“船工同志，请稍候。”", []),
    ("主持人说：感谢周明先生的发言。", []),
    ("会后，秘书长先生走向青川码头。", []),
    ("会上，广大同志、年轻同志和朋友们一行走进青川码头。", []),
])
def test_a_name_alone_before_a_word_of_address_is_a_person(monkeypatch, text, names):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert [e.text for e in ner.entities(text) if e.type == "person"] == names


def test_a_city_read_as_an_organization_is_the_place_unless_a_game_is_spoken_of(monkeypatch):
    from baoku.extract import ner
    _patch_lexicon(monkeypatch, "_world_cities", lambda: frozenset(["雾沙"]))
    _patch_lexicon(monkeypatch, "_listed_places", lambda: frozenset(["岚溪"]))
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(t.index(w), t.index(w) + 2, "ORG") for w in ("岚溪", "雾沙")])
    got = [(e.type, e.text) for e in ner.entities("我们从岚溪到了雾沙，街上行人稀少。")]
    assert ("place", "雾沙") in got and ("place", "岚溪") in got
    got = [(e.type, e.text) for e in ner.entities("本轮雾沙客场战平岚溪，积分落后。")]
    assert ("org", "雾沙") in got and ("org", "岚溪") in got


def test_a_lexicon_place_before_ren_is_a_place_where_nothing_was_found(monkeypatch):
    from baoku.extract import ner, places
    names = frozenset(["岚溪", "岚溪省", "雾沙"])
    monkeypatch.setattr(places, "_people_places", lambda: (names, places._lengths_by_last(names)))
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(t.index("林小舟"), t.index("林小舟") + 3, "PER")])
    got = [(e.type, e.text) for e in ner.entities("林小舟是岚溪省人，妻子是雾沙人。")]
    assert ("place", "岚溪省") in got and ("place", "雾沙") in got
    assert ("place", "岚溪") not in got


def test_a_joining_word_after_a_title_does_not_begin_the_name_after_it(monkeypatch):
    from baoku.extract import ner
    text = "会上，主任和乔明分别讲话，厂长林小舟也到了。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(3, 5, "TITLE"), (6, 8, "PER"), (13, 15, "TITLE"),
                                                     (16, 18, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text)]
    assert ("person", "乔明") in got and ("person", "和乔明") not in got
    assert ("person", "林小舟") in got              # a family name the tagger left out still joins the name


def test_a_note_giving_a_character_by_its_sound_belongs_to_the_name(monkeypatch):
    from baoku.extract import ner
    text = "青川馆里挂着乔婉（岚音）的画，苏青禾（溪音）也来看了。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(6, 7, "PER"), (7, 12, "PER"), (15, 21, "PER")])
    got = [(e.type, e.text) for e in ner.entities(text) if e.type == "person"]
    assert got == [("person", "乔婉（岚音）"), ("person", "苏青禾（溪音）")]


@pytest.mark.parametrize("text, found, name", [
    ("晚会上有林小舟、乔明远、苏青禾、大川，还有青川的演员。", ["林小舟", "乔明远", "苏青禾"], "大川"),
    ("来宾有林小舟、大海、乔明远等人。", ["林小舟", "乔明远"], "大海"),
])
def test_an_item_of_a_list_of_names_is_a_name(monkeypatch, text, found, name):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(t.index(w), t.index(w) + len(w), "PER") for w in found])
    assert name in [e.text for e in ner.entities(text) if e.type == "person"]


def test_an_item_of_a_list_of_things_beside_a_name_is_no_name(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(2, 5, "PER")])
    assert [e.text for e in ner.entities("送来林小舟、大米、白面和油。") if e.type == "person"] == ["林小舟"]


def test_a_foreign_name_at_a_clause_start_before_a_title_is_a_name(monkeypatch):
    from baoku.extract import ner
    text = "昨天，萨米尔顿国王和林小舟市长会见了来宾。"
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(7, 9, "TITLE"), (10, 13, "PER"), (13, 15, "TITLE")])
    assert [e.text for e in ner.entities(text) if e.type == "person"] == ["萨米尔顿", "林小舟"]
