"""The training script's label filling (scripts/train_ner.py), on fictional sentences."""
import importlib.util
from pathlib import Path

from baoku.extract.tagging import label_spans

_SPEC = importlib.util.spec_from_file_location(
    "train_ner", Path(__file__).resolve().parent.parent / "scripts" / "train_ner.py")
train_ner = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(train_ner)


def test_label_spans():
    labels = ["B-PER", "E-PER", "O", "S-LOC", "B-ORG", "M-ORG", "E-ORG", "B-TITLE", "E-TITLE"]
    assert label_spans(labels) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 7, "ORG"), (7, 9, "TITLE")]


def test_fill_puts_filler_spans_where_nothing_is_labelled():
    text = "青川队选手林晓禾在青禾夺冠"
    gold = [(5, 8, "PER")]
    # a filler's title (选手) and place (青禾) are added; one overlapping the labelled name is not
    filled = [(3, 5, "TITLE"), (6, 8, "LOC"), (9, 11, "LOC")]
    spans = train_ner.fill(text, list(gold), {"PER", "LOC", "ORG", "DATE"}, filled)
    assert sorted(spans) == [(3, 5, "TITLE"), (5, 8, "PER"), (9, 11, "LOC")]
    y = train_ner.bioes(len(text), spans)
    assert y[3:5] == ["B-TITLE", "E-TITLE"] and y[9:11] == ["B-LOC", "E-LOC"]
