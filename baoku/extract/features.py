"""Character features for the sequence tagger (shared by training, ``scripts/train_ner.py``, and tagging).

One list of feature strings per character: the characters around it (a window of five), the bigrams and a
trigram around it, three windows of character classes, and where lexicon words (titles, places, organization
and government endings, time words) and date patterns cover it. Full-width ASCII is folded to ASCII,
digits to ``0`` and Latin letters to lower case first (a one-to-one map: offsets are unchanged).
"""
from __future__ import annotations

import re
import sys
from array import array
from functools import lru_cache
from itertools import chain, product, repeat
from operator import add, itemgetter

from ..lexicon import Matcher, starts_with, trie_regex, words

# ---- one-to-one character maps ---------------------------------------------------------------------------
FOLD = {0x3000: " "}
FOLD.update({c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})
FEAT = dict(FOLD)
for _c in "0123456789":
    FEAT[ord(_c)] = "0"
    FEAT[ord(_c) + 0xFEE0] = "0"
for _c in range(ord("A"), ord("Z") + 1):
    FEAT[_c] = chr(_c + 32)
    FEAT[_c + 0xFEE0] = chr(_c + 32)

_FEAT_RX = re.compile("[" + re.escape("".join(map(chr, sorted(FEAT)))) + "]")


def feat_fold(text: str) -> str:
    """``text.translate(FEAT)``, replacing only the characters ``FEAT`` maps (quicker than ``translate``, which
    looks every character up)."""
    return _FEAT_RX.sub(_feat_char, text)


def _feat_char(m: re.Match) -> str:
    return FEAT[ord(m.group())]


CN_DIGITS = "〇零一二三四五六七八九十百千万亿两"
PUNCT = "，。、；：？！“”‘’（）《》【】—…·,.;:?!\"'()[]<>-~～/%％・"


@lru_cache(maxsize=1)
def type_map() -> dict[int, str]:
    """Character class of each character: H ideograph, S family-name character, N Chinese numeral,
    D digit, L Latin letter, P punctuation; anything else is O (set by the caller)."""
    m = {c: "H" for c in range(0x4E00, 0xA000)}
    for w in words("surnames", ""):
        if len(w) == 1:
            m[ord(w)] = "S"
    for ch in CN_DIGITS:
        m[ord(ch)] = "N"
    for ch in "0123456789":
        m[ord(ch)] = "D"
        m[ord(ch) + 0xFEE0] = "D"
    for c in range(ord("a"), ord("z") + 1):
        for cc in (c, c - 32, c + 0xFEE0, c - 32 + 0xFEE0):
            m[cc] = "L"
    for ch in PUNCT:
        m[ord(ch)] = "P"
    m[ord(" ")] = "_"
    return m


@lru_cache(maxsize=1)
def translit_map() -> dict[int, str]:
    """``type_map`` with the characters of transliterated foreign names (``translit.txt``) that are not
    family-name characters as a class of their own, F (family-name characters stay S)."""
    m = dict(type_map())
    for w in words("translit"):
        for ch in w:
            if m.get(ord(ch)) == "H":
                m[ord(ch)] = "F"
    return m


# ---- dates (on folded text: digits are 0) ----------------------------------------------------------------
_N = "[〇零一二三四五六七八九十两]"
_YEAR = r"(?:0{4}|[〇零一二三四五六七八九]{4}|0{2}(?=年0{1,2}月))年"
_MON = rf"(?:0{{1,2}}|元|{_N}{{1,3}})月份?"
_DAY = rf"(?:0{{1,2}}|{_N}{{1,3}})[日号]"
_PART = "(?:上午|下午|中午|晚上|凌晨|清晨|早晨|早上|傍晚|夜间|深夜|白天|晚)"
_CLOCK = r"0{1,2}[时点](?:0{1,2}分|半)?"
_REL = "(?:今年|去年|明年|前年|本月|上月|下月|当年|同年)"
_PERIOD = "(?:上旬|中旬|下旬|初|底|末|中|上半年|下半年|年底|年初|年末)"


def time_words() -> list[str]:
    """The time words of the date pattern: `times.txt` but its [unmarked] section, which the tagger was trained
    without (the rules add those words, see `ner._time_words`)."""
    return words("times", "relative", "part", "season", "festival")


@lru_cache(maxsize=1)
def date_matcher() -> re.Pattern:
    """Dates in folded text: 0000年0月00日, 去年00月, 00日上午, 今年年底 …, and time words (the longest that
    matches, as a trie)."""
    times = time_words()
    core = (rf"(?:{_YEAR}|{_REL})(?:{_MON})?(?:{_DAY})?{_PERIOD}?(?:{_PART})?(?:{_CLOCK})?"
            rf"|{_MON}(?:{_DAY})?{_PERIOD}?(?:{_PART})?(?:{_CLOCK})?"
            rf"|{_DAY}(?:{_PART})?(?:{_CLOCK})?"
            rf"|(?:{_PART})?{_CLOCK}")
    first = "0元" + _N[1:-1] + "今去明前本上下当同" + "上下中晚凌清早傍夜深白" + "".join(w[0] for w in times)
    return re.compile(starts_with(first) + rf"(?:{core}|(?:{trie_regex(times)})(?:{_PART})?)")


@lru_cache(maxsize=1)
def _date_screen() -> re.Pattern:
    """What every match of ``date_matcher`` holds: 年, 月, 日, 号, 时 or 点, or a time word (a quick test: the
    date pattern is tried at every character that may begin a date, and six texts in ten of the 1998 slice
    hold none of these)."""
    return re.compile(trie_regex(set(time_words()) | set("年月日号时点")))


def date_matches(s: str):
    """``date_matcher().finditer(s)``, not run on a text that holds no date."""
    return date_matcher().finditer(s) if _date_screen().search(s) else ()


# ---- lexicon matchers ------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def lexicon_matchers() -> tuple[tuple[str, Matcher], ...]:
    from .titles import title_words
    places = words("places", "province", "province_short", "city", "prefecture", "country", "region",
                   "feature")
    places += [c + "市" for c in words("places", "city")]
    return (        # the titles and places are screened (a quick test first): most texts hold neither
        ("T", Matcher(title_words(), screened=True)),
        ("P", Matcher(places, screened=True)),
        ("G", Matcher(words("orgs", "gov_word", "gov_suffix"))),
        ("O", Matcher(words("orgs", "org_suffix", "media"))),
        ("F", Matcher(words("places", "suffix"))),
        ("X", Matcher(words("surnames", ""))),
    )


_TAG = ("S", "B", "M", "E")


@lru_cache(maxsize=1)
def _jieba():
    """jieba's default tokenizer (loaded once, from the installed package: no download) and the
    part-of-speech tag of each word of its dictionary (dict.txt: word, frequency, tag)."""
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    pos: dict[str, str] = {}
    with jieba.dt.get_dict_file() as f:
        for line in f:
            parts = line.decode("utf-8").split()
            if len(parts) >= 3:
                pos[parts[0]] = parts[2]
    return jieba.dt, pos


_HAN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")      # jieba's blocks
_SKIP = re.compile(r"(\r\n|\s)")
_ENG1 = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ALNUM = re.compile("[a-zA-Z0-9]")    # a character of _ENG1


@lru_cache(maxsize=1)
def _logp() -> tuple[dict, float]:
    from math import log
    dt, _ = _jieba()
    lt = log(dt.total)
    # every prefix of a word is a key: its log-probability, or None when it is not a word itself
    return {w: (log(f) - lt if f else None) for w, f in dt.FREQ.items()}, 0.0 - lt


_MISS = object()
_NONE = float("-inf")       # below any word's score


@lru_cache(maxsize=1)
def _ones() -> tuple[list[float], list[float]]:
    """The score of each character of the Basic Multilingual Plane by code point as a word alone: ``_logp``'s entry,
    or ``_NONE`` where it has none or it is no word (``segment`` indexes it by the code points of a block instead of
    making and hashing a string a character); and its score where no longer word begins with it, the same but
    for that of an unknown character (log 1 - log total) in place of ``_NONE``."""
    lp, lp0 = _logp()
    one = [_NONE if p is None else p for p in map(lp.get, map(chr, range(0x10000)), repeat(None))]
    return one, [lp0 if p == _NONE else p for p in one]


_NO_PAIRS: dict = {}        # ``_pairs``' entry where no key of two characters begins (never written to)


@lru_cache(maxsize=1)
def _pairs() -> list:
    """``_logp``'s entries of two characters of the Basic Multilingual Plane, by the code point of the first, a dict
    by that of the second: ``segment`` looks a word's first two characters up by code points, as ``_ones`` the first,
    not by a slice of the block made and hashed."""
    out: list[dict] = [_NO_PAIRS] * 0x10000
    for w, p in _logp()[0].items():
        if len(w) == 2 and max(w) <= "\uffff":
            if out[ord(w[0])] is _NO_PAIRS:
                out[ord(w[0])] = {}
            out[ord(w[0])][ord(w[1])] = p
    return out


def segment(s: str, codes: list[int] | None = None) -> list[str]:
    """jieba's precise mode without its HMM (``jieba.lcut(s, HMM=False)``, the same words), computed in one
    pass per block with the word log-probabilities computed once; ``codes``, the code points of ``s`` (at least
    ``len(s)``, as ``_code_points(s)[1:]``), when the caller has them."""
    lp, lp0 = _logp()
    get = lp.get
    one, alone = _ones()
    pairs = _pairs()
    miss = _MISS        # a fragment that is not even the prefix of a word
    none = _NONE
    out: list[str] = []
    if codes is None:
        codes = _code_points(s)[1:]
    # by the place in s: the score of the rest of a block after it (0 at a block's end, which is no block's), the end
    # of the word there where a longer word may begin (else 0: alone); one list each for the text, not each block
    best = [0.0] * (len(s) + 1)
    nxt = [0] * len(s)
    a = 0                               # where the piece begins in s
    for b, blk in enumerate(_HAN.split(s)):
        if not blk:
            continue
        n = a + len(blk)                # where it ends
        if b & 1:                       # split on a group: its matches are the odd pieces
            after = 0.0                 # best[k + 1], the score of the rest after the character at k
            nc = -1                     # codes[k + 1], the code of the next character (-1, of no pair, after the last)
            for k in range(n - 1, a - 1, -1):
                # the most probable word starting at k (jieba: max over (log p + best after, end)); a character
                # that is no word of one character scores only in longer ones, else alone (log 1 - log total)
                c = codes[k]            # a block is of the Basic Multilingual Plane
                p = pairs[c].get(nc, miss)      # a prefix of two characters: the words that go on, looked up by code
                nc = c
                if p is miss:           # no longer word begins here (about half the characters): the character alone
                    best[k] = after = alone[c] + after
                    continue
                bp = one[c] + after
                bx = k + 1
                j = bx + 1
                while True:
                    if p is not None:
                        v = p + best[j]
                        if v >= bp:
                            bp = v
                            bx = j
                    if j == n:
                        break
                    j += 1
                    p = get(s[k:j], miss)
                    if p is miss:
                        break
                if bp == none:
                    bp = lp0 + after
                best[k] = after = bp
                nxt[k] = bx
            x = a
            if min(codes[a:n]) < 128 and _ALNUM.search(blk):   # runs of single Latin letters and digits are joined
                buf = ""                                        # (jieba's buf)
                while x < n:
                    y = nxt[x] or x + 1
                    w = s[x:y]
                    if y - x == 1 and w in _ENG1:
                        buf += w
                    else:
                        if buf:
                            out.append(buf)
                            buf = ""
                        out.append(w)
                    x = y
                if buf:
                    out.append(buf)
            else:
                while x < n:
                    y = nxt[x] or x + 1
                    out.append(s[x:y])
                    x = y
        elif " " not in blk and blk.isprintable():     # no whitespace (every other \s is unprintable): each character
            out.extend(blk)
        else:
            for x in _SKIP.split(blk):
                if _SKIP.match(x):
                    out.append(x)
                else:
                    out.extend(x)
        a = n
    return out


_UNK = re.compile(r"(?P<d>[0-9.%]+)|(?P<l>[a-z0-9]+)|(?P<h>[\u4e00-\u9fff]+)")


def _unknown(w: str) -> str:
    m = _UNK.fullmatch(w)
    return "#" + (m.lastgroup if m else "p")


_WORD_INFO: dict[str, tuple] = {}


def _word_info(w: str) -> tuple:
    """(tag, the static features of each of the word's characters), cached."""
    info = _WORD_INFO.get(w)
    if info is None:
        tg = _jieba()[1].get(w) or _unknown(w)
        n = len(w)
        if n == 1:
            st = (("wS1", "yS" + tg),)
        else:
            lb = str(n) if n < 5 else "5"
            ww = "W" + w
            st = (("wB" + lb, "yB" + tg, ww),) + (("wM" + lb, "yM" + tg, ww),) * (n - 2) + (("wE" + lb, "yE" + tg, ww),)
        info = (tg, st)
        if len(_WORD_INFO) > 200_000:
            _WORD_INFO.clear()
        _WORD_INFO[w] = info
    return info


def _word_columns(s: str, hmm: bool, around: bool = True) -> tuple[list, list]:
    """Each character's word (jieba, precise mode): its BMES place and length, the word's tag in jieba's
    dictionary (nr person, ns place, nt organization, t time … or a class for unknown words) and the word
    itself when it has two characters or more (one tuple per character), and the tags of the words before
    and after it (another, when ``around``)."""
    toks = _jieba()[0].lcut(s, HMM=True) if hmm else segment(s)
    infos = [_word_info(w) for w in toks]
    if not around:
        return [st for _, sts in infos for st in sts], []
    static: list = []
    around: list = []
    prev = "u^"
    last = len(infos) - 1
    for k, (tg, st) in enumerate(infos):
        static += st
        uv = (prev, "v" + infos[k + 1][0]) if k < last else (prev, "v$")
        if len(st) == 1:
            around.append(uv)
        else:
            around += [uv] * len(st)
        prev = "u" + tg
    return static, around


def featurize(text: str, words: bool = False, hmm: bool = False, wide: bool = True,
              outer: bool = True, translit: bool = False) -> list[list[str]]:
    """Feature strings for each character of ``text``; with ``words``, the features of its jieba word
    (jieba's HMM for unknown words when ``hmm``); without ``wide``, no single characters two places away,
    no shifted class windows and no tags of the neighbouring words; without ``outer``, only the two bigrams
    that hold the character (fewer features: faster tagging); with ``translit``, the class windows tell the
    characters of transliterated foreign names apart (``translit_map``). A model is used with the options it was
    trained with (``baoku.extract.tagging.feature_options``)."""
    s = feat_fold(text)
    n = len(s)
    if not n:
        return []
    t = s.translate(translit_map() if translit else type_map())
    t = "".join(ch if ch in _CLASSES else "O" for ch in t) if not _only_classes(t) else t
    if words and not wide and not outer:
        # the shipped model's options: every row built in one pass (the same rows as below, faster)
        p1, q1 = "\x02" + s + "\x03", "^" + t + "$"
        static = _word_columns(s, hmm, False)[0]
        rows = [["b" + x, "c" + y, "d" + z, "g" + x + y, "h" + y + z, "j" + x + y + z, "k" + u + v + w, *st]
                for x, y, z, u, v, w, st in zip(p1, s, p1[2:], q1, t, q1[2:], static)]
        if translit:
            _runs(t, rows)
        return _marks(s, rows)
    p = "\x02\x02" + s + "\x03\x03"
    q = "^^" + t + "$$"
    a, b, d, e = p[0:n], p[1:n + 1], p[3:n + 3], p[4:n + 4]
    qb, qd = q[1:n + 1], q[3:n + 3]
    cols = [["b" + x for x in b], ["c" + x for x in s], ["d" + x for x in d],
            ["g" + x + y for x, y in zip(b, s)], ["h" + x + y for x, y in zip(s, d)],
            ["j" + x + y + z for x, y, z in zip(b, s, d)],
            ["k" + x + y + z for x, y, z in zip(qb, t, qd)]]
    if outer:
        cols += [["f" + x + y for x, y in zip(a, b)], ["i" + x + y for x, y in zip(d, e)]]
    if wide:
        qa, qe = q[0:n], q[4:n + 4]
        cols += [["a" + x for x in a], ["e" + x for x in e],
                 ["l" + x + y + z for x, y, z in zip(qa, qb, t)],
                 ["m" + x + y + z for x, y, z in zip(t, qd, qe)]]
    if words:
        static, around = _word_columns(s, hmm, wide)
        if wide:
            rows = [[*x, *w, *u] for *x, w, u in zip(*cols, static, around)]
        elif outer:
            rows = [[x0, x1, x2, x3, x4, x5, x6, x7, x8, *w]
                    for x0, x1, x2, x3, x4, x5, x6, x7, x8, w in zip(*cols, static)]
        else:
            rows = [[x0, x1, x2, x3, x4, x5, x6, *w] for x0, x1, x2, x3, x4, x5, x6, w in zip(*cols, static)]
    else:
        rows = [list(r) for r in zip(*cols)]
    if translit:
        _runs(t, rows)
    return _marks(s, rows)


_RUN = re.compile("[FS]*F[FS]*")


def _runs(t: str, rows: list[list[str]]) -> None:
    """Mark each character of a run of two or more transliteration or family-name characters with at least one
    transliteration character (classes F, S) with the run's length (2–5, 6+) and its place in it (B, M, E)."""
    for m in _RUN.finditer(t):
        i, j = m.span()
        if j - i < 2:
            continue
        n = "r" + (str(j - i) if j - i < 6 else "6")
        rows[i].append(n + "B")
        for k in range(i + 1, j - 1):
            rows[k].append(n + "M")
        rows[j - 1].append(n + "E")


def _marks(s: str, rows: list[list[str]]) -> list[list[str]]:
    """Add the BMES marks of lexicon words and date patterns in the folded text ``s`` to ``rows``."""
    for key, m in lexicon_matchers():
        for mt in m.finditer(s):
            i, j = mt.span()
            _mark(rows, key, i, j)
    for mt in date_matches(s):
        i, j = mt.span()
        if j > i:
            _mark(rows, "D", i, j)
    return rows


def _mark(rows, key: str, i: int, j: int) -> None:
    if j - i == 1:
        rows[i].append("x" + key + "S")
        return
    rows[i].append("x" + key + "B")
    for k in range(i + 1, j - 1):
        rows[k].append("x" + key + "M")
    rows[j - 1].append("x" + key + "E")


_CLASSES = frozenset("HSNDLP_F")


def _only_classes(t: str) -> bool:
    return set(t) <= _CLASSES


def _own_class(ch: str) -> str:
    """The class ``featurize`` gives a character that ``type_map`` leaves out: itself when it is a class's letter
    (``_``, the class of a space), else O."""
    return ch if ch in _CLASSES else "O"


class RecordEncoder:
    """The rows of ``featurize`` with the shipped model's options (``words``, neither ``wide`` nor ``outer`` nor
    ``translit``) as a tagger's attribute records, without building the feature strings: ``items(text)`` equals
    ``[b"".join(filter(None, map(records.get, row))) for row in featurize(text, words=True, hmm=hmm, wide=False,
    outer=False)]``. A text is read as the list of its code points (UTF-16 code units, ``_code_points``); each template
    of one character looks its records up in a list by code point, one of several characters in nested tables, by
    its first code point then a dict for each next one, so that no key is built for a pair or a triple (each
    lookup is one step over the whole text), the classes of three characters in a list by the code of their three
    indices (``_class_codes``). A word's records and the lexicon and date marks' are looked up once."""

    def __init__(self, records: dict[str, bytes], hmm: bool = False):
        self.records = records
        self.hmm = hmm
        grams = {f: rec for f, rec in records.items() if f[:1] in _NGRAM and len(f) == _NGRAM[f[0]] + 1}
        if any(ch > "\ufffe" for f in grams for ch in f):
            raise ValueError("a character beyond U+FFFE in the model's n-grams")
        self.unigrams = tuple(self._unigrams(grams, t) for t in "bcd")
        self.pairs = self._pair_table(*(self._nested(grams, t) for t in "ghj"))
        # each character's class as featurize gives it, as its index in an alphabet of the classes and the ends of
        # the text (^, $), by code point; the class template's records by the code of its three classes' indices
        classes = [type_map().get(cp) or _own_class(chr(cp)) for cp in range(0x10000)]
        alphabet = "^$" + "".join(sorted(set(classes)))
        self.class_of = tuple(map(alphabet.index, classes))
        self.class_records = [b""] * (_class_code(*[len(alphabet) - 1] * 3) + 1)     # ten classes: 592,138
        for (x, a), (y, b), (z, c) in product(enumerate(alphabet), repeat=3):
            self.class_records[_class_code(x, y, z)] = grams.get("k" + a + b + c, b"")
        # the records of each key's marks, in the order S, B, M, E; the lexicon's matchers but the surnames' with theirs
        self.marks = {key: tuple(records.get("x" + key + pos, b"") for pos in "SBME") for key in "TPGOFXD"}
        self.lexicons = [(m, self.marks[key]) for key, m in lexicon_matchers() if key != "X"]
        # the surname marks: a single-character surname's by code point, the longer surnames matched (``_marks``)
        surnames = dict(lexicon_matchers())["X"].entries
        self.surname_marks = tuple(self.marks["X"][0] if chr(cp) in surnames else b"" for cp in range(0x10000))
        self.long_surnames = Matcher(w for w in surnames if len(w) > 1)
        # all that the tables above hold at a code point, in one tuple (shared by the code points that hold the same):
        # one lookup a character, its columns split apart in one pass (``items``)
        columns = (*self.unigrams, self.pairs, self.class_of, self.surname_marks)
        shared: dict[tuple, tuple] = {}        # by the ids of what they hold (dicts are not hashable)
        self.table = [shared.setdefault(tuple(map(id, t)), t) for t in zip(*columns)]
        self.words = _WordRecords(self)          # a word's records, made when first needed
        # the records of a word's own feature (``W`` + the word, two characters or more) by the word
        self.own = {f[1:]: rec for f, rec in records.items() if f[:1] == "W" and len(f) > 2}
        self.shapes: dict[tuple[str, int], tuple[bytes, ...]] = {}

    @staticmethod
    def _unigrams(grams: dict[str, bytes], template: str) -> list[bytes]:
        """The records of a one-character template, by code point."""
        out = [b""] * 0x10000
        for f, rec in grams.items():
            if f[0] == template:
                out[ord(f[1])] = rec
        return out

    @staticmethod
    def _nested(grams: dict[str, bytes], template: str) -> list[dict]:
        """The records of a template of several characters: by the code point of the first, a dict by that of the
        second (then, for three, another dict by that of the third), ``_NO_GRAMS`` where the model has none."""
        out: list[dict] = [_NO_GRAMS] * 0x10000
        for f, rec in grams.items():
            if f[0] == template:
                *head, last = map(ord, f[1:])
                if out[head[0]] is _NO_GRAMS:
                    out[head[0]] = {}
                node = out[head[0]]
                for cp in head[1:]:
                    node = node.setdefault(cp, {})
                node[last] = rec
        return out

    @staticmethod
    def _pair_table(g: list[dict], h: list[dict], j: list[dict]) -> list[dict]:
        """What the templates of two characters and more read of a pair of characters, by the code point of the first,
        a dict by that of the second: the records of the pair as the previous and this character (g) and as this and
        the next (h), and the dict of the trigrams' records that begin with it by the third code point (one lookup a
        character for the three templates), ``_NO_GRAM_PAIRS`` where the model has none of them."""
        out: list[dict] = [_NO_GRAM_PAIRS] * 0x10000
        for cp in range(0x10000):
            gx, hx, jx = g[cp], h[cp], j[cp]
            if gx is _NO_GRAMS and hx is _NO_GRAMS and jx is _NO_GRAMS:
                continue
            out[cp] = {y: (gx.get(y, b""), hx.get(y, b""), jx.get(y, _NO_GRAMS)) for y in {*gx, *hx, *jx}}
        return out

    @staticmethod
    def fits(options: dict) -> bool:
        """Whether ``featurize`` with these options makes the rows this encoder encodes."""
        opts = {"words": False, "hmm": False, "wide": True, "outer": True, "translit": False, **options}
        return len(opts) == 5 and opts["words"] and not (opts["wide"] or opts["outer"] or opts["translit"])

    def items(self, text: str) -> list[bytes]:
        s = feat_fold(text)
        n = len(s)
        if not n:
            return []
        ch = _code_points(s)                    # the characters with the text's ends
        # n + 2 > 1 code points: a tuple of what the table holds at each, split into the tables' columns
        b, c, d, p2, classes, marks = zip(*itemgetter(*ch)(self.table))
        # each pair of code points in turn (n + 1 > 1 of them): the g, h and j tables' entries of it, split apart
        g, h, j3 = zip(*map(dict.get, p2[:n + 1], ch[1:], repeat(_NO_PAIR)))
        e = repeat(b"")
        g = g[:n]                                       # (previous, this character)
        h = h[1:]                                       # (this, next character)
        j = map(dict.get, j3[:n], ch[2:], e)
        k = itemgetter(*_class_codes(classes, n), 0)(self.class_records)     # 0: a tuple even when n is 1
        static = self._static(s, ch[1:])
        surnames = list(marks[1:n + 1])
        self._marks(s, static, surnames)
        return list(map(b"".join, zip(b[:n], c[1:n + 1], d[2:n + 2], g, h, j, k, static, surnames)))

    def _static(self, s: str, codes: list[int]) -> list[bytes]:
        """Each character's records of its word's features (``_word_columns``); ``codes``, the code points of ``s``."""
        toks = _jieba()[0].lcut(s, HMM=True) if self.hmm else segment(s, codes)
        return list(chain.from_iterable(map(self.words.__getitem__, toks)))

    def _shape(self, w: str, tg: str) -> tuple[bytes, ...]:
        """The records that a word's place, its length and its tag give each of its characters, kept by tag and
        length."""
        get = self.records.get
        shape = self.shapes[tg, len(w)] = tuple(b"".join(filter(None, map(get, st[:2]))) for st in _word_info(w)[1])
        return shape

    def _marks(self, s: str, out: list[bytes], surnames: list[bytes]) -> None:
        """Add each character's records of the lexicon and date marks over it (``_marks``) to ``out``, but for the
        surname marks and the date marks after them, which go to ``surnames``: it holds each character's mark as
        a single-character surname already, and the longer surnames' marks replace those over them (the leftmost
        longest matches of all surnames are those of the longer ones and the single characters outside them)."""
        for m, rec in self.lexicons:
            _add_marks(out, rec, m.finditer(s))
        _, first, mid, last = self.marks["X"]
        for mt in self.long_surnames.finditer(s):
            i, j = mt.span()
            surnames[i:j] = (first, *[mid] * (j - i - 2), last)
        _add_marks(surnames, self.marks["D"], date_matches(s))


def _add_marks(out: list[bytes], rec: tuple[bytes, ...], found) -> None:
    """Add the records ``rec`` (S, B, M, E) of a key's marks over the non-empty matches ``found``."""
    one, first, mid, last = rec
    for mt in found:
        i, j = mt.span()
        if j - i == 1:
            out[i] += one
        elif j > i:
            out[i] += first
            for x in range(i + 1, j - 1):
                out[x] += mid
            out[j - 1] += last


class _WordRecords(dict):
    """Each character's records of a word, made when the word is first looked up (``words[w]``) and kept (emptied
    past 200,000): those its place, the word's length and its tag give (shared by all words of that length and tag,
    ``RecordEncoder._shape``), then the word's own (``W`` + the word)."""

    def __init__(self, encoder: RecordEncoder):
        super().__init__()
        self.encoder = encoder
        self.tags = _jieba()[1]

    def __missing__(self, w: str) -> tuple[bytes, ...]:
        if len(self) > 200_000:
            self.clear()
        tg = self.tags.get(w) or _unknown(w)
        enc = self.encoder
        shape = enc.shapes.get((tg, len(w))) or enc._shape(w, tg)
        own = enc.own.get(w)
        value = self[w] = tuple(map(add, shape, repeat(own))) if own else shape
        return value


def _class_code(x: int, y: int, z: int) -> int:
    """The code of the indices of three classes (each under 256): x, y and z as the bytes of an int, lowest first."""
    return x | y << 8 | z << 16


def _class_codes(classes: tuple[int, ...], n: int) -> list[int]:
    """``_class_code`` of the classes before, at and after each character of a text of ``n``, its ends (the first and
    last of the ``n + 2`` ``classes``) as ^ and $ (0, 1): the bytes of the codes laid in one pass each (a slice of
    a bytearray), read as ints without a call per character."""
    cl = bytearray(classes)
    cl[0], cl[-1] = 0, 1
    quads = bytearray(4 * n)
    x, y, z = _CODE_BYTES
    quads[x::4] = cl[:n]
    quads[y::4] = cl[1:n + 1]
    quads[z::4] = cl[2:]
    return memoryview(quads).cast("I").tolist()


_CODE_BYTES = (0, 1, 2) if sys.byteorder == "little" else (3, 2, 1)    # where the x, y, z of a code lie in its int


_NGRAM = {"b": 1, "c": 1, "d": 1, "g": 2, "h": 2, "j": 3, "k": 3}
_NO_GRAMS: dict = {}        # the nested tables' entry where no n-gram of the model begins (never written to)
_NO_GRAM_PAIRS: dict = {}   # the pair table's entry where no n-gram of the model begins (never written to)
_NO_PAIR = (b"", b"", _NO_GRAMS)    # a pair of no n-gram of the model


def _units(s: str) -> array:
    """``s`` as UTF-16 in the machine's byte order, one code unit a character of the Basic Multilingual Plane, after
    a byte order mark (the codec's quick path, which ``utf-16-le`` does not take)."""
    return array("H", s.encode("utf-16", "surrogatepass"))


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _code_points(s: str) -> list[int]:
    """The code points of ``s`` between those of its ends (\x02, \x03), each character beyond the Basic Multilingual
    Plane as U+FFFF, of no n-gram of a model and of class O as they are (``RecordEncoder``): such a character makes
    two code units of UTF-16, and only then is it replaced."""
    units = _units(s)
    if len(units) != len(s) + 1:
        units = _units(_ASTRAL.sub("\uffff", s))
    units[0] = 2                # the byte order mark's place: the text's start, then its end
    units.append(3)
    return units.tolist()
