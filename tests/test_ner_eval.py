import baoku.extract
from baoku.extract.ner import Entity
from bench.ner_eval import predict_cluener, predict_pd


def _fixed(monkeypatch, text, spans):
    ents = [Entity("person", s, e, text[s:e]) for s, e in spans]
    monkeypatch.setattr(baoku.extract, "entities", lambda t, **kw: list(ents))


def test_cluener_leaves_one_character_names_and_names_in_works(monkeypatch):
    text = "林先生读了《苏青禾传》，又见到苏青禾。"
    _fixed(monkeypatch, text, [(0, 1), (6, 9), (15, 18)])
    assert predict_cluener(text) == {(15, 18, "person")}
    assert predict_pd(text) == {(0, 1, "person"), (6, 9, "person"), (15, 18, "person")}


def test_cluener_leaves_a_family_name_with_某(monkeypatch):
    text = "青川股民秦某与苏青禾见面。"
    _fixed(monkeypatch, text, [(4, 6), (7, 10)])
    assert predict_cluener(text) == {(7, 10, "person")}
    assert predict_pd(text) == {(4, 6, "person"), (7, 10, "person")}


def test_cluener_leaves_names_of_a_cut_title_and_of_an_original_title(monkeypatch):
    text = "苏青禾归来》一书由林沐川写成，影片《白鹭》（Mira Lane）由韩启明执导。"
    _fixed(monkeypatch, text, [(0, 3), (9, 12), (22, 31), (33, 36)])
    assert predict_cluener(text) == {(9, 12, "person"), (33, 36, "person")}


def test_cluener_keeps_only_a_party_organ_body_of_two_characters(monkeypatch):
    # a party organ stays in the title and is not scored apart; another short body is labelled apart, as an entity
    text = "青川市委书记林沐川与澄行行长苏青禾、青军发言人会面。"
    ents = [Entity("title", 2, 6, "市委书记", parts={"role_start": 4, "body_end": 4}),
            Entity("gov_org", 2, 4, "市委"),
            Entity("title", 10, 14, "澄行行长", parts={"role_start": 12, "body_end": 12}),
            Entity("org", 10, 12, "澄行"),
            Entity("title", 18, 23, "青军发言人", parts={"role_start": 20, "body_end": 20}),
            Entity("gov_org", 18, 20, "青军")]
    monkeypatch.setattr(baoku.extract, "entities", lambda t, **kw: list(ents))
    assert predict_cluener(text) == {(2, 6, "title"), (12, 14, "title"), (10, 12, "org"),
                                     (20, 23, "title"), (18, 20, "gov_org")}


def test_pd_leaves_the_organizations_its_gold_never_labels(monkeypatch):
    # 1998 scoring conventions only: a body's kind alone, a force without its country, 某行, 某盟, Latin letters
    text = "漪军说，海军、澄行、北盟、ＱＸＺ和法院的代表在青川大学会面。"
    kinds = {"漪军": "person", "海军": "gov_org", "澄行": "org", "北盟": "gov_org", "ＱＸＺ": "org",
             "法院": "gov_org", "青川大学": "org"}
    ents = [Entity(k, text.index(w), text.index(w) + len(w), w) for w, k in kinds.items()]
    monkeypatch.setattr(baoku.extract, "entities", lambda t, **kw: list(ents))
    assert predict_pd(text) == {(0, 2, "person"), (23, 27, "org")}
    assert len(predict_cluener(text)) == 7


def test_pd_leaves_generic_kinds_of_government_body_unscored(monkeypatch):
    # 公安机关, 检察机关, 地方政府 alone: the 1998 gold never labels them; CLUENER's labels them government
    text = "据雾川来信，公安机关与检察机关已把案卷转给地方政府。"
    kinds = {"雾川": "place", "公安机关": "gov_org", "检察机关": "gov_org", "地方政府": "gov_org"}
    ents = [Entity(k, text.index(w), text.index(w) + len(w), w) for w, k in kinds.items()]
    monkeypatch.setattr(baoku.extract, "entities", lambda t, **kw: list(ents))
    assert predict_pd(text) == {(1, 3, "place")}
    assert len(predict_cluener(text)) == 4


def test_pd_scores_a_name_with_a_sound_note_as_its_family_name_and_the_rest(monkeypatch):
    text = "乔婉（岚音）女士和苏（禾音）都到了，苏青禾也来了。"
    _fixed(monkeypatch, text, [(0, 6), (9, 14), (18, 21)])
    assert predict_pd(text) == {(0, 1, "person"), (1, 6, "person"), (9, 10, "person"), (10, 14, "person"),
                                (18, 21, "person")}


def test_pd_leaves_the_congress_of_a_deputys_title_unscored(monkeypatch):
    # …人大|代表 and …人大|候选代表 name deputies: the 1998 gold labels no body there; a delegation (代表团) is scored
    text = "青川人大代表林沐川、岚溪人大候选代表苏青禾和雾川人大代表团到会。"
    ents = [Entity("gov_org", text.index(w), text.index(w) + 4, w) for w in ("青川人大", "岚溪人大", "雾川人大")]
    monkeypatch.setattr(baoku.extract, "entities", lambda t, **kw: list(ents))
    assert predict_pd(text) == {(text.index("雾川人大"), text.index("雾川人大") + 4, "org")}
    assert len(predict_cluener(text)) == 3
