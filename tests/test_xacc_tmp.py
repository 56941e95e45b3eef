import pytest

def test_a_name_does_not_end_in_the_mark_of_a_deputy(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 4, "PER")])
    got = [(e.type, e.text) for e in ner.entities("何立新副市长今天到青川港调研。")]
    assert ("person", "何立新") in got and ("person", "何立新副") not in got


def test_a_place_takes_the_facility_after_it(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 2, "LOC")])
    assert ("place", "青川机场") in [(e.type, e.text) for e in ner.entities("青川机场的新航站楼今天启用。")]


def test_two_names_side_by_side_with_a_dot_are_one_foreign_name(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(7, 11, "PER"), (11, 15, "PER")])
    got = [(e.type, e.text) for e in ner.entities("青川市长会见了马尔科斯·费兰多一行。")]
    assert [x for x in got if x[0] == "person"] == [("person", "马尔科斯·费兰多")]


def test_a_name_before_a_list_of_names_is_a_person(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(9, 12, "PER")])
    got = [(e.type, e.text) for e in ner.entities("出席的有：何立新、秦晓雨、林小舟。")]
    assert [x for x in got if x[0] == "person"] == [("person", "何立新"), ("person", "秦晓雨"), ("person", "林小舟")]


def test_a_province_and_a_city_of_it_are_two_places(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [(0, 6, "LOC")])
    got = [(e.type, e.text) for e in ner.entities("江西省青川市的果农。")]
    assert ("place", "江西省") in got and ("place", "青川市") in got


def test_a_foreign_capital_is_a_place_where_the_tagger_left_it_out(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert ("place", "维也纳") in [(e.type, e.text) for e in ner.entities("青川市代表团昨天抵达维也纳。")]


def test_a_smaller_country_is_a_place_where_the_tagger_left_it_out(monkeypatch):
    from baoku.extract import ner
    monkeypatch.setattr(ner, "tag_spans", lambda t: [])
    assert ("place", "马耳他") in [(e.type, e.text) for e in ner.entities("青川市代表团昨天抵达马耳他。")]
