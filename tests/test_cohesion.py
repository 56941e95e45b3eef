"""Lexical cohesion (restore/cohesion.py): TF-IDF over character bigrams, checked against the formula written
out on strings."""
import math
import re

import numpy as np
import pytest

from baoku.restore.cohesion import SHORT_TEXT, Bigrams, Cohesion, _codes, _is_word, _word_string, _words, code_points

PAGE = ["青川港务集团今年计划新开三条内贸航线。", "", "港", "青川港务集团扩建二号码头，预计年底投用。",
        "老街改造分三期进行，首期工程涉及沿街四十多栋老房子。", "青川港务集团今年计划新开三条内贸航线。"]


def string_bigrams(text: str) -> list[str]:
    t = re.sub(r"[\W_]+", "", text)
    return [t[i:i + 2] for i in range(len(t) - 1)]


def bigrams(text: str) -> list[int]:
    """The bigrams of ``text`` as the cohesion model reads them (integers), in order."""
    return _codes(_words(text)).tolist()


def reference_vector(text: str) -> dict[str, float]:
    n = len(PAGE)
    df = {g: sum(g in set(string_bigrams(d)) for d in PAGE) for g in string_bigrams(text)}
    counts: dict[str, int] = {}
    for g in string_bigrams(text):
        counts[g] = counts.get(g, 0) + 1
    return {g: k * (math.log(n + 1) - math.log(df[g] + 0.5)) for g, k in counts.items()}


def test_document_counts_count_each_document_once_and_no_bigram_across_two():
    coh = Cohesion(PAGE)
    assert coh.df(bigrams("青川港务")) == [3, 3, 3]      # twice in one text, in a repeated text: 3
    assert coh.df(bigrams("航线港")) == [2, 0]          # 线港 only across two documents' edge
    assert coh.df(bigrams("码头")) == [1]
    assert Cohesion([]).df(bigrams("码头")) == [0]
    assert Cohesion(["", "港"]).df(bigrams("码头")) == [0]
    # documents holding no word character between two that hold the same bigram: each still counted once
    assert Cohesion(["港务", "，。", "", "——", "港务"]).df(bigrams("港务")) == [2]


@pytest.mark.parametrize("a, b", [(PAGE[0], PAGE[3]), (PAGE[3], PAGE[4]), ("港务集团", PAGE[0] + PAGE[4]),
                                  (PAGE[3] + PAGE[4], PAGE[4]),            # a piece across two documents
                                  ("二号码头老街", "码头老街改造")])         # 头老: a bigram the page lacks
def test_similarity_and_coverage_are_the_tf_idf_formula(a, b):
    coh = Cohesion(PAGE)
    va, vb = reference_vector(a), reference_vector(b)
    dot = sum(w * vb[g] for g, w in va.items() if g in vb)
    norms = math.sqrt(sum(w * w for w in va.values())) * math.sqrt(sum(w * w for w in vb.values()))
    assert coh.similarity(a, b) == pytest.approx(dot / norms)
    assert coh.coverage(a, b) == pytest.approx(sum(w for g, w in va.items() if g in vb) / sum(va.values()))
    assert coh.similarity(PAGE[0], PAGE[4]) == 0.0      # no bigram shared


def test_words_keep_word_characters_only():
    assert "".join(map(chr, _words("青川，港务_集团 2019年！𠮷野家🍜").tolist())) == "青川港务集团2019年𠮷野家"


@pytest.mark.parametrize("size", [1, SHORT_TEXT - 1, SHORT_TEXT, 3 * SHORT_TEXT])
def test_a_word_string_is_the_same_by_pattern_and_by_code_points(size):
    # a short text's word characters are found by a pattern, a long one's off its code points: the same
    text = ("青川，港务_集团 2019年！𠮷野家🍜\u3000ab·" * size)[:size]
    assert _word_string(text) == re.sub(r"[\W_]+", "", text) == "".join(map(chr, _words(text).tolist()))


def test_word_characters_are_what_the_word_pattern_matches():
    word = re.compile(r"[^\W_]")
    every = np.arange(0x110000, dtype=np.uint32)
    assert _is_word(every).tolist() == [bool(word.match(chr(c))) for c in range(0x110000)]


def test_a_text_weighed_apart_gets_the_vector_of_the_same_text_read_off_the_page():
    # two stories' texts joined are a piece of the documents' joined text; with a quotation mark before them
    # they are not, and are counted apart: the same bigrams, the same weights
    coh = Cohesion(PAGE)
    piece, apart = PAGE[3] + PAGE[4], "“" + PAGE[3] + PAGE[4]
    for other in (PAGE[0], PAGE[4], "码头老街"):
        assert coh.similarity(piece, other) == coh.similarity(apart, other)
        assert coh.similarity(other, piece) == coh.similarity(other, apart)
    assert coh.coverage(apart, PAGE[4]) == coh.coverage(piece, PAGE[4])


def test_bigrams_held_and_a_coverage_of_nothing_need_no_weights():
    coh = Cohesion(PAGE)
    assert coh.held_beyond("港务码头", PAGE[3], PAGE[4]) == 1      # 港务, 码头 against none
    assert coh.held_beyond("港务码头", PAGE[4], PAGE[3]) == -1
    assert coh.held_beyond("港务码头", PAGE[0], PAGE[3]) == -1     # 港务 against 港务, 码头
    assert coh.held_beyond("港务码头", PAGE[0], PAGE[5]) == 0
    assert coh.held_beyond("港务码头", PAGE[4], "老街") == 0        # none against none
    assert coh.coverage("港务码头", PAGE[4]) == 0.0
    assert coh._ids is None             # the page's tables are not made
    # the answer is the comparison of the bigram sets each text holds, and so orders the coverages
    texts = PAGE + ["码头老街", "务码头港", "二号码头，港务"]
    for short in ("港务码头", "青川港务集团", "老街码头"):
        for long in texts:
            for other in texts:
                held, beside = ({g for g in string_bigrams(short) if g in string_bigrams(t)} for t in (long, other))
                want = 1 if held - beside else -1 if beside - held else 0
                assert coh.held_beyond(short, long, other) == want
                if want < 1:
                    gain = coh.coverage(short, long) - coh.coverage(short, other)
                    assert gain < 0 if want else gain == 0


def test_a_pair_of_texts_is_weighed_once(monkeypatch):
    # stages ask again of the same pairs: the similarity and the coverage are remembered for the page
    coh = Cohesion(PAGE)
    calls = []
    for name in ("_cosine", "_share"):
        real = getattr(coh, name)
        monkeypatch.setattr(coh, name, lambda a, b, real=real: calls.append((a, b)) or real(a, b))
    first = coh.similarity(PAGE[0], PAGE[3]), coh.coverage("港务码头", PAGE[3])
    assert (coh.similarity(PAGE[0], PAGE[3]), coh.coverage("港务码头", PAGE[3])) == first
    assert len(calls) == 2


def test_code_points_are_the_strings_characters_as_the_utf32_codec_gives_them():
    # numpy copies the characters out of the string: the same numbers as the codec, NULs, lone surrogates and
    # characters beyond the Basic Multilingual Plane too, and none for an empty text
    for text in ("青川港", "老街\x00\x00", "a\ud800书", "𠀀青川 A1", ""):
        want = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        got = code_points(text)
        assert got.dtype == np.uint32 and got.tolist() == want.tolist()


def test_documents_weighed_with_another_texts_bigrams_get_the_same_numbers():
    # a later stage's documents (stories joined, reordered, one reworded) weighed with the page's numbered
    # bigrams: the document counts, similarities and coverages of documents weighed on their own
    page = Bigrams("".join(PAGE))
    later = ["", PAGE[3] + PAGE[4], PAGE[0], "青川港务集团新辟码头航线。", PAGE[0] + "", "港"]
    shared, own = Cohesion(later, page), Cohesion(later)
    for text in ("青川港务", "航线港", "码头", "新辟", "老街改造", "辟码"):
        assert shared.df(bigrams(text)) == own.df(bigrams(text))
    assert shared.df(bigrams("新辟码头")) == [1, 1, 2]       # bigrams the page lacks, held by the reworded one
    for a, b in [(PAGE[0], later[3]), (later[1], PAGE[4]), ("新辟码头", later[3]), (PAGE[3], "二号码头老街")]:
        assert shared.similarity(a, b) == own.similarity(a, b)
        assert shared.coverage(a, b) == own.coverage(a, b)
    assert page.ids is not None and shared.bigrams is page


def piece_by_piece(b: Bigrams, starts: list[int], ends: list[int]) -> list[int]:
    """``Bigrams.held`` written out: each piece's distinct bigrams in the order they first occur, piece by piece."""
    out = []
    for s, e in zip(starts, ends):
        first, last = int(b.before[s]), int(b.before[e]) - 1
        out += [int(b.ids[k]) for k in range(first, last) if b.prev[k] < first]
    return out


def test_pieces_in_order_are_read_in_one_pass_as_piece_by_piece():
    text = "".join(PAGE) + "鹭汀桥头小广场，鹭汀桥头——西门"
    b = Bigrams(text).numbered()
    starts, ends = [0, 19, 20, 40, 40, 70, 90], [19, 19, 40, 40, 70, 88, len(text)]     # empty, touching, apart
    first, n = b.before[starts], b.before[ends] - b.before[starts] - 1
    some = n > 0
    assert b._held_in_order(first[some], n[some]).tolist() == piece_by_piece(b, starts, ends)
    assert b.held(starts, ends).tolist() == piece_by_piece(b, starts, ends)
    overlapping = ([30, 0, 10], [60, 40, 12])           # out of order and overlapping: read piece by piece
    assert b.held(*overlapping).tolist() == piece_by_piece(b, *overlapping)
