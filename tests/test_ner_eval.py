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
