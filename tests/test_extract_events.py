"""Events by their triggers (baoku/extract/events.py) on fictional sentences."""
from baoku.extract import extract_text


def events(text, date="2023-06-03"):
    return extract_text(text, date=date)["events"]


def test_inspection_and_speech():
    evs = events("6月8日，市委书记沈青云在东湖县督导检查安全生产工作时强调，要压紧压实各方责任。")
    kinds = [(e["type"], e["trigger"], e["actors"]) for e in evs]
    assert ("inspection", "督导检查", ["沈青云"]) in kinds
    assert ("speech", "强调", ["沈青云"]) in kinds
    insp = next(e for e in evs if e["type"] == "inspection")
    assert insp["date"] == {"text": "6月8日", "value": "2023-06-08"}
    assert "东湖县" in insp["places"]
    s, e = insp["sentence"]
    assert s == 0 and e > insp["trigger_span"][1]


def test_list_of_titled_people_are_all_actors():
    evs = events("省应急管理厅二级巡视员田志刚，市委常委、秘书长郭海涛等观摩演练。")
    assert [(e["type"], e["actors"]) for e in evs] == [("attending", ["田志刚", "郭海涛"])]


def test_unveiling_with_two_actors_and_witnesses():
    text = ("青川港务集团董事长赵明辉与市委常委、常务副市长韩立平为新码头揭牌。"
            "副市长陈晓雨等见证揭牌。")
    evs = events(text)
    assert len(evs) == 1
    ev = evs[0]
    assert ev["type"] == "unveiling" and ev["actors"] == ["赵明辉", "韩立平"]
    assert "陈晓雨" in ev["participants"]


def test_participation_word_makes_participants():
    evs = events("河西区委书记吴海峰、区长程晓东陪同调研。")
    assert evs and evs[0]["actors"] == [] and evs[0]["participants"] == ["吴海峰", "程晓东"]


def test_nouns_are_not_triggers():
    evs = events("青川农商银行行长许文斌在座谈会上发言。")
    assert evs == []


def test_meeting_visit_presiding_signing():
    assert [e["type"] for e in events("4月12日，市长周启明会见了来访的远航科技股份有限公司总裁梁思远一行。")] == ["meeting"]
    assert [e["type"] for e in events("市委书记沈青云到临江镇走访慰问困难群众。")] == ["visit"]
    assert [e["type"] for e in events("市人大常委会主任冯玉书主持会议。")] == ["presiding"]
    ev = events("市委常委、组织部部长邓丽华与青川师范学院院长孔令文签署合作协议。")
    assert [(e["type"], e["actors"]) for e in ev] == [("signing", ["邓丽华", "孔令文"])]


def test_launch_without_people_keeps_its_subject():
    evs = events("5月26日，青川新能源汽车产业园项目集中开工。", date="2023-05-28")
    assert [e["type"] for e in evs] == ["unveiling"]
    assert evs[0]["targets"] and evs[0]["date"]["value"] == "2023-05-26"


def test_no_event_without_a_trigger():
    assert events("记者从市统计局获悉，1至5月全市规模以上工业增加值同比增长百分之六点二。") == []
