"""People and their titles (baoku/extract/people.py) on fictional sentences."""
from baoku.extract import extract_text


def people(text, paper=None):
    return {p["name"]: p for p in extract_text(text, date="2023-06-03", paper=paper)["people"]}


def titles(p):
    return [t["text"] for t in p["titles"]]


def test_chain_of_titles_before_a_name():
    ps = people("省委常委、市委书记沈青云率团走访省商务厅。")
    assert titles(ps["沈青云"]) == ["省委常委", "市委书记"]
    t = ps["沈青云"]["titles"][1]
    assert (t["body"], t["role"]) == ("市委", "书记")


def test_body_and_role():
    ps = people("省交通运输厅厅长郑怀安表示，将积极支持青川港建设。")
    t = ps["郑怀安"]["titles"][0]
    assert (t["text"], t["body"], t["role"]) == ("省交通运输厅厅长", "省交通运输厅", "厅长")


def test_shared_title_of_a_list():
    ps = people("副市长陈晓雨、何立新参加调研。")
    assert titles(ps["陈晓雨"]) == ["副市长"] and titles(ps["何立新"]) == ["副市长"]


def test_roll_call_gives_the_generic_title():
    ps = people("市领导韩立平、宋佳音、马德昌及市直有关部门负责同志分别参加上述活动。")
    for name in ("韩立平", "宋佳音", "马德昌"):
        assert titles(ps[name]) == ["市领导"]
        assert ps[name]["titles"][0].get("generic") is True


def test_separate_people_keep_their_own_titles():
    ps = people("市长周启明，市委常委、常务副市长韩立平出席签约仪式。")
    assert titles(ps["周启明"]) == ["市长"]
    assert titles(ps["韩立平"]) == ["市委常委", "常务副市长"]


def test_mentions_have_offsets():
    text = "市长周启明出席会议。周启明强调，要抓好落实。"
    p = people(text)["周启明"]
    assert len(p["mentions"]) == 2
    for m in p["mentions"]:
        assert text[m["start"]:m["end"]] == "周启明"


def test_local_scope_with_a_known_paper():
    # a real city from the general-knowledge lexicon; the people are fictional
    ps = people("市委书记沈青云主持会议。", paper="苏州日报")
    t = ps["沈青云"]["titles"][0]
    assert t["body"] == "苏州市委" and t["body_as_written"] == "市委"
    ps = people("市委书记沈青云主持会议。", paper="青川日报")
    assert ps["沈青云"]["titles"][0]["body"] == "市委"


def test_byline_and_photo_credit():
    from baoku.extract.people import People, byline, credits
    ppl = People(None, "青川日报")
    byline(ppl, "本报讯（记者 孟雪 通讯员 秦立）", ["孟雪", "秦立"], "本报")
    credits(ppl, "新华社记者 林小舟摄", "photo")
    credits(ppl, "本报记者 何晓 摄", "photo")
    by = {p["name"]: p for p in ppl.to_list()}
    assert by["孟雪"]["titles"][0]["role"] == "记者" and by["孟雪"]["titles"][0]["body"] == "青川日报"
    assert by["秦立"]["titles"][0]["role"] == "通讯员"
    assert by["孟雪"]["credits"] == ["reporter"]
    assert by["林小舟"]["credits"] == ["photographer"]
    assert by["林小舟"]["titles"][0] == {"text": "新华社记者", "body": "新华社", "role": "记者", "credit": True}
    assert by["何晓"]["titles"][0]["body"] == "青川日报"
