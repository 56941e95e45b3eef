"""The tagger's features (baoku/extract/features.py): jieba words without jieba's slow path."""
import jieba

from baoku.extract import features
from baoku.extract.features import FEAT, featurize, segment
from baoku.extract.tagging import feature_options

TEXTS = [
    "本报讯（记者 林小舟）6月2日，市委副书记、市长周启明带队到河西区调研老街改造工作。",
    "青川港务集团董事长赵明辉介绍了一季度生产情况，集团今年将新增三条航线。",
    "ABC 123 ２０２３年\r\n第2季度GDP增长5.6%，C++ 与 AT&T",
    "",
    "   ",
]


def test_segment_is_jieba_precise_mode_without_hmm():
    features._jieba()
    for text in TEXTS:
        s = text.translate(FEAT)
        assert segment(s) == jieba.lcut(s, HMM=False)


def test_segment_cuts_pieces_between_words_at_every_kind_of_whitespace():
    """Pieces of punctuation with whitespace (Unicode's, a space, \\r\\n) and without (the quick path) are cut as
    jieba cuts them."""
    features._jieba()
    for ws in ("\t", "\n", "\r\n", "\x0b", "\x1c", "\x85", "\xa0", "\u2028", "\u3000", " "):
        for text in (f"青川，{ws}老街。", f"（{ws}）", f"“青川”{ws}{ws}《老街》", "——！？"):
            assert segment(text) == jieba.lcut(text, HMM=False)


def test_segment_takes_jieba_s_path_through_characters_that_are_no_words():
    """Characters that only begin longer words, characters outside the dictionary and single Latin letters between
    Chinese ones go each their own way through the segmenter; it still cuts as jieba does."""
    features._jieba()
    prefixes = [w for w, f in jieba.dt.FREQ.items() if len(w) == 1 and not f][:3]
    assert prefixes
    for ch in prefixes:
        for text in (ch, ch + "江", "老街" + ch + "改造", f"青川{ch}a港b1", "\u9fd0\u9fd1市" + ch):
            assert segment(text) == jieba.lcut(text, HMM=False)


def test_segment_reads_a_word_s_first_two_characters_as_jieba_does():
    """Two characters that only begin longer words, alone, before others and cut apart, go the segmenter's way
    through its table of first two characters; it still cuts as jieba does."""
    features._jieba()
    pairs = [w for w, f in jieba.dt.FREQ.items() if len(w) == 2 and not f][:3]
    assert pairs
    for p in pairs:
        for text in (p, p + "江", "老街" + p + "改造", p[0] + "，" + p[1]):
            assert segment(text) == jieba.lcut(text, HMM=False)

def test_segment_reads_the_code_points_it_is_given_as_its_own():
    """The code points a caller has (``_code_points(s)[1:]``, as the record encoder passes them) cut as those the
    segmenter reads itself, with characters beyond the Basic Multilingual Plane before and between the blocks."""
    features._jieba()
    for text in TEXTS + ["\U00020000青川港务集团，老街2023年改造", "青川\U0001F600老街ab1", "\U0001F600"]:
        s = text.translate(FEAT)
        assert segment(s, features._code_points(s)[1:]) == segment(s) == jieba.lcut(s, HMM=False)


def test_word_features_cover_every_character():
    for text in TEXTS:
        plain, rich = featurize(text), featurize(text, words=True)
        assert len(plain) == len(rich) == len(text)
        for a, b in zip(plain, rich):
            assert set(a) <= set(b)
            assert sum(f[0] == "w" and f[1] in "BMES" for f in b) == 1


def test_narrow_features_are_a_subset():
    text = TEXTS[0]
    for a, b in zip(featurize(text, words=True, wide=False), featurize(text, words=True)):
        assert set(a) < set(b)
        assert not any(f[0] in "aelmuv" for f in a)


def test_word_features_name_the_word_and_its_tag():
    rows = featurize("市委书记在调研", words=True)
    assert "W市委书记" in rows[0] and "wB4" in rows[0] and "wE4" in rows[3]
    assert any(f.startswith("y") for f in rows[4])


def test_model_card_names_the_feature_options():
    opts = feature_options()
    assert set(opts) <= {"words", "hmm", "wide", "outer", "translit"} and "words" in opts


def test_the_one_pass_rows_are_the_outer_rows_less_the_outer_bigrams():
    # words without the wide and outer windows (the shipped options) are built in one pass: same features
    for text in TEXTS:
        fast = featurize(text, words=True, wide=False, outer=False)
        full = featurize(text, words=True, wide=False, outer=True)
        assert len(fast) == len(full) == len(text)
        for a, b in zip(fast, full):
            assert a == [f for f in b if f[0] not in "fi"]


def test_translit_option_marks_runs_of_foreign_name_characters():
    text = "青川市长会见了来访的阿尔维德·诺尔丁一行。"
    plain = featurize(text, words=True, wide=False, outer=False)
    rich = featurize(text, words=True, wide=False, outer=False, translit=True)
    assert len(rich) == len(plain) == len(text)
    k = text.index("阿")
    assert any(f.startswith("r") and f.endswith("B") for f in rich[k])
    assert not any(f.startswith("r") for row in plain for f in row)


def test_lookahead_keeps_the_matches():
    """The first-character lookahead (lexicon.starts_with) only skips places where no match begins."""
    import re

    from baoku.extract.features import date_matcher
    from baoku.extract.titles import _rule_rx
    text = ("青川市委书记林晓禾今年6月16日上午到青禾县调研，2023年5月至6月间，副县长陈立新、县委常委何雨"
            "陪同。今天下午，市领导出席了十二月二十日的座谈会；元月初，青川港务集团董事长讲话。").translate(FEAT)
    for rx in (date_matcher(), _rule_rx()):
        plain = re.compile(rx.pattern[rx.pattern.index("])") + 2:])
        spans = [m.span() for m in rx.finditer(text)]
        assert spans and spans == [m.span() for m in plain.finditer(text)]


def test_date_matcher_time_words_as_a_trie_match_as_the_longest_first_alternation():
    """The time words are a trie in ``date_matcher`` (quicker): the same matches as trying them longest first."""
    import re

    from baoku.extract.features import date_matcher, time_words
    from baoku.lexicon import trie_regex
    rx = date_matcher()
    times = time_words()
    plain = re.compile(rx.pattern.replace(trie_regex(times), "|".join(sorted(times, key=len, reverse=True))))
    text = "国庆节前夕，青禾县今天上午举行座谈会；国庆期间，青川港昨晚迎来客流高峰，近日将开通新航线。".translate(FEAT)
    spans = [m.span() for m in rx.finditer(text)]
    assert plain.pattern != rx.pattern
    assert (0, 3) in spans and spans == [m.span() for m in plain.finditer(text)]


def test_date_matches_are_the_date_patterns_on_texts_that_may_hold_one():
    texts = ["青川市今年新修道路十二条。", "柳河镇昨天下午召开会议。", "2023年6月3日上午9点半", "老街改造工作进展顺利。",
             "截至5号，共完成三成。", "春节前后游客增多。", ""]
    for text in texts:
        s = text.translate(FEAT)
        assert [m.span() for m in features.date_matches(s)] == [m.span() for m in features.date_matcher().finditer(s)]
    assert list(features.date_matches("老街改造工作进展顺利。")) == []


def test_a_screened_matcher_finds_what_the_unscreened_one_finds():
    from baoku.lexicon import Matcher, pair_screen
    words = ["青川市", "柳河镇", "河西区", "市长", "副市长", "老街"]
    texts = ["副市长陈晓雨到柳河镇和河西区调研老街改造。", "青川市今年新修道路十二条。", "工作进展顺利。", "长", ""]
    plain, screened = Matcher(words), Matcher(words, screened=True)
    for text in texts:
        assert [m.span() for m in screened.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert pair_screen(words).search("到柳河镇") and not pair_screen(words).search("工作进展顺利。")


def test_a_screened_matcher_starting_near_the_screens_find_finds_every_match():
    """The screened scan starts a longest word before the screen's first find: on random texts of the words'
    characters its matches are those of the whole scan, with a unit after the word too."""
    import random
    from baoku.lexicon import Matcher
    words = ["青川市", "柳河", "河西区", "市长", "副市长", "西区"]
    rng = random.Random(7)
    for after in ("", "(?:局|办)?"):
        screened = Matcher(words, screened=True, after=after)
        for _ in range(2000):
            text = "".join(rng.choice("青川市柳河西区副长局办的") for _ in range(rng.randrange(12)))
            assert [m.span() for m in screened.finditer(text)] == [m.span() for m in screened.rx.finditer(text)]


def test_the_pair_screen_ends_where_the_first_pair_of_a_word_s_last_two_characters_does():
    """``pair_screen`` (a character class, then the set of pairs looked behind) ends where a plain search for the
    words' last two characters first ends, line breaks and the pattern's own signs among them."""
    import random
    from baoku.lexicon import pair_screen
    words = ["青川市", "柳河", "河西区", "市长", "副市长", "西区", "川-河", "长\n", "]^"]
    pairs, screen = {w[-2:] for w in words}, pair_screen(words)
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice("青川市柳河西区副长-的\n]^") for _ in range(rng.randrange(12)))
        hit = screen.search(text)
        want = next((k + 2 for k in range(len(text) - 1) if text[k:k + 2] in pairs), None)
        assert (hit.end() if hit else None) == want
