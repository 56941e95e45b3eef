"""CRFsuite called through its C interface (baoku/extract/crf.py) and the record encoder (features.RecordEncoder):
the same labels as pycrfsuite's tagger, on fictional sentences."""
import gzip

import pycrfsuite
import pytest

from baoku.extract import tagging
from baoku.extract.crf import Tagger
from baoku.extract.features import RecordEncoder, featurize

TEXTS = [
    "本报讯（记者 林小舟）6月2日，市委副书记、市长周启明带队到河西区调研老街改造工作。",
    "青川港务集团董事长赵明辉介绍了一季度生产情况，集团今年将新增三条航线。",
    "柳河县人民医院医务处处长何立新、副处长陈晓雨参加了２０２３年度考核。",
    "ABC 123 ＡＢＣ　４５６ 《青川日报》“专精特新”·…—",
    "中",
    "a\0b 青川\0市",
    "青川𠮷祥路\U0001F600口、林𠀀明说\ufffe",
    "青川_河西 区_2023",
    "欧阳小禾与司马青、上官林在青川见面，王欧阳说",          # surnames of two characters, and of one inside them
]


@pytest.fixture(scope="module")
def model():
    return gzip.decompress(tagging.model_path().read_bytes())


@pytest.fixture(scope="module")
def reference(model):
    tg = pycrfsuite.Tagger()
    tg.open_inmemory(model)
    return tg


@pytest.mark.parametrize("text", TEXTS)
def test_labels_as_pycrfsuite(model, reference, text):
    xseq = featurize(text, **tagging.feature_options())
    assert Tagger(model).tag(xseq) == reference.tag(xseq)


@pytest.mark.parametrize("text", [t for t in TEXTS if "\0" not in t] + ["青川\ud800市"])
def test_encoder_as_featurize(model, text):
    tg = Tagger(model)
    enc = RecordEncoder(tg.records)
    rows = featurize(text, words=True, wide=False, outer=False)
    assert enc.items(text) == [b"".join(filter(None, map(tg.records.get, row))) for row in rows]


def test_encoder_refuses_characters_beyond_its_code_units(model):
    records = dict(Tagger(model).records)
    records["g青\U00020BB7"] = records["c青"]
    with pytest.raises(ValueError):
        RecordEncoder(records)


def test_encoder_own_word_records_by_word(model):
    """A word's own feature (W + the word, two characters or more) looked up by the word: a W record of one
    character, which featurize never makes, is not read."""
    records = dict(Tagger(model).records)
    records["W青川港"], records["W禾"] = records["c青"], records["c禾"]
    enc = RecordEncoder(records)
    assert enc.own["青川港"] == records["c青"] and "禾" not in enc.own
    rows = featurize("青川港的禾苗", words=True, wide=False, outer=False)
    assert enc.items("青川港的禾苗") == [b"".join(filter(None, map(records.get, row))) for row in rows]


def test_tag_spans_as_pycrfsuite(reference):
    for text in TEXTS:
        labels = reference.tag(featurize(text, **tagging.feature_options()))
        assert tagging.tag_spans(text) == tagging.label_spans(labels)


def test_tag_codes_as_pycrfsuite(model, reference):
    tg = Tagger(model)
    enc = RecordEncoder(tg.records)
    for text in [t for t in TEXTS if "\0" not in t]:
        labels = reference.tag(featurize(text, **tagging.feature_options()))
        assert [tg.labels[k] for k in tg.tag_codes(enc.items(text))] == labels
    assert tg.tag_codes([]) == b""


def test_encoder_fits_only_its_options():
    assert RecordEncoder.fits({"words": True, "hmm": False, "wide": False, "outer": False})
    assert not RecordEncoder.fits({"words": True, "wide": False})           # outer by default
    assert not RecordEncoder.fits({"words": True, "wide": False, "outer": False, "translit": True})
    assert not RecordEncoder.fits({"words": False})


def test_empty_sequence(model):
    assert Tagger(model).tag([]) == []


def test_pycrfsuite_when_no_c_interface(monkeypatch, reference):
    """An extension module without CRFsuite's C interface: pycrfsuite's tagger, the same spans."""
    from baoku.extract import crf

    def missing(data):
        raise AttributeError("crfsuite_create_instance_from_memory")
    monkeypatch.setattr(crf, "Tagger", missing)
    monkeypatch.setattr(tagging, "_LOCAL", type(tagging._LOCAL)())
    assert isinstance(tagging.tagger(), pycrfsuite.Tagger) and tagging._LOCAL.encoder is None
    for text in TEXTS:
        labels = reference.tag(featurize(text, **tagging.feature_options()))
        assert tagging.tag_spans(text) == tagging.label_spans(labels)


def test_token_spans_as_the_label_loop():
    """Entities read off the labels' letters by one pattern are those of the loop over the labels wherever every
    label is in an entity written whole; elsewhere (a B without its E, an I of another type) the loop decides."""
    import random
    tagging.tagger()
    labels = tagging.tagger().labels
    rng = random.Random(5)
    for _ in range(3000):
        seq = [rng.choice(labels) if rng.random() < 0.3 else "O" for _ in range(rng.randrange(15))]
        ids = bytes(labels.index(lab) for lab in seq)
        spans = tagging._token_spans(ids.translate(tagging._LOCAL.letters).decode("ascii"))
        assert spans is None or spans == tagging.label_spans(seq)
    whole = ["B-PER", "M-PER", "E-PER", "O", "S-LOC"]
    ids = bytes(labels.index(lab) for lab in whole)
    assert tagging._token_spans(ids.translate(tagging._LOCAL.letters).decode("ascii")) == [(0, 3, "PER"), (4, 5, "LOC")]
