"""Title parsing and local scope (baoku/extract/titles.py)."""
import pytest

from baoku.extract.titles import Place, paper_place, parse_title, resolve_body, rule_titles

QC = Place("青川", "市", "江南")          # a fictional city in a fictional province


@pytest.mark.parametrize("text, body, role", [
    ("省财政厅厅长", "省财政厅", "厅长"),
    ("市委书记", "市委", "书记"),
    ("市委副书记", "市委", "副书记"),
    ("省委常委", "省委", "常委"),
    ("一级巡视员", None, "一级巡视员"),
    ("省应急管理厅一级巡视员", "省应急管理厅", "一级巡视员"),
    ("董事长", None, "董事长"),
    ("青川港务集团副董事长", "青川港务集团", "副董事长"),
    ("新华社记者", "新华社", "记者"),
    ("常务副市长", "市", "常务副市长"),
    ("市政协副主席", "市政协", "副主席"),
    ("省地震局党组成员", "省地震局", "党组成员"),
    ("纪检组长", None, "纪检组长"),
])
def test_parse_without_place(text, body, role):
    t = parse_title(text)
    assert (t.text, t.body, t.role) == (text, body, role)


def test_local_scope():
    assert parse_title("市委书记", QC).body == "青川市委"
    assert parse_title("市发改委主任", QC).body == "青川市发改委"
    assert parse_title("副市长", QC).body == "青川市"
    assert parse_title("省财政厅厅长", QC).body == "江南省财政厅"
    t = parse_title("市领导", QC)
    assert t.generic and t.body == "青川市" and t.role == "领导"
    assert t.to_json()["body_as_written"] == "市"
    assert resolve_body("青川港务集团", QC) == "青川港务集团"


def test_paper_place_from_lexicon():
    # a real prefecture-level city and a real province, from the general-knowledge lexicon
    assert paper_place("苏州日报") == Place("苏州", "市", "江苏")
    assert paper_place("浙江日报").level == "省"
    assert paper_place("青川日报") is None          # unknown place: bodies are kept as written
    assert paper_place(None) is None
    assert parse_title("市委书记", paper_place("青川日报")).body == "市委"


def test_rule_titles_skip_bodies_and_verbs():
    text = "副市长陈晓雨代表市委讲话，市委员会办公室在市委领导下工作。"
    found = [text[s:e] for s, e in rule_titles(text)]
    assert "副市长" in found
    assert "委员" not in found and "代表" not in found


def test_rule_titles_skip_a_role_run_on_into_a_mission():
    text = "青川驻外各领事馆和大使馆今天开放，领事林小舟出席。"
    assert [text[s:e] for s, e in rule_titles(text)] == ["领事"]


def test_rule_titles_find_a_films_producer():
    text = "青川电影节的开幕片，监制林小舟到场。"
    assert [text[s:e] for s, e in rule_titles(text)] == ["监制"]


def test_rule_titles_screened_by_role_endings(monkeypatch):
    from baoku.extract import titles
    texts = ["副市长陈晓雨代表市委讲话。", "县政协主席何立新到柳河镇调研。", "青川港一级巡视员林小舟说。", "青川市今年新修道路十二条。", ""]
    full = [[m.span() for m in titles._rule_rx().finditer(t)] for t in texts]
    assert [rule_titles(t) for t in texts] == full
    monkeypatch.setattr(titles, "_rule_rx", None)       # a text without a role's ending is not scanned
    assert rule_titles("青川市今年新修道路十二条。") == []
