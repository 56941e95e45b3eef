"""Character features for the sequence tagger (shared by training, ``scripts/train_ner.py``, and tagging).

One list of feature strings per character: the characters around it (a window of five), the bigrams and a
trigram around it, three windows of character classes, and where lexicon words (titles, places, organization
and government endings, time words) and date patterns cover it. Full-width ASCII is folded to ASCII,
digits to ``0`` and Latin letters to lower case first (a one-to-one map: offsets are unchanged).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Matcher, words

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

CN_DIGITS = "〇零一二三四五六七八九十百千万亿两"
PUNCT = "，。、；：？！“”‘’（）《》【】—…·,.;:?!\"'()[]<>-~～/%％・"


@lru_cache(maxsize=1)
def type_map() -> dict[int, str]:
    """Character class of each character: H ideograph, S family-name character, N Chinese numeral,
    D digit, L Latin letter, P punctuation; anything else is O (set by the caller)."""
    m = {c: "H" for c in range(0x4E00, 0xA000)}
    for w in words("surnames"):
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


# ---- dates (on folded text: digits are 0) ----------------------------------------------------------------
_N = "[〇零一二三四五六七八九十两]"
_YEAR = r"(?:0{4}|[〇零一二三四五六七八九]{4}|0{2}(?=年0{1,2}月))年"
_MON = rf"(?:0{{1,2}}|元|{_N}{{1,3}})月份?"
_DAY = rf"(?:0{{1,2}}|{_N}{{1,3}})[日号]"
_PART = "(?:上午|下午|中午|晚上|凌晨|清晨|早晨|早上|傍晚|夜间|深夜|白天|晚)"
_CLOCK = r"0{1,2}[时点](?:0{1,2}分|半)?"
_REL = "(?:今年|去年|明年|前年|本月|上月|下月|当年|同年)"
_PERIOD = "(?:上旬|中旬|下旬|初|底|末|中|上半年|下半年|年底|年初|年末)"
DATE_RX = (rf"(?:{_YEAR}|{_REL})?(?:{_MON})?(?:{_DAY})?{_PERIOD}?(?:{_PART})?(?:{_CLOCK})?")


@lru_cache(maxsize=1)
def date_matcher() -> re.Pattern:
    """Dates in folded text: 0000年0月00日, 去年00月, 00日上午, 今年年底 …, and time words."""
    times = sorted(words("times"), key=len, reverse=True)
    core = (rf"(?:{_YEAR}|{_REL})(?:{_MON})?(?:{_DAY})?{_PERIOD}?(?:{_PART})?(?:{_CLOCK})?"
            rf"|{_MON}(?:{_DAY})?{_PERIOD}?(?:{_PART})?(?:{_CLOCK})?"
            rf"|{_DAY}(?:{_PART})?(?:{_CLOCK})?"
            rf"|(?:{_PART})?{_CLOCK}")
    return re.compile(rf"(?:{core}|(?:{'|'.join(times)})(?:{_PART})?)")


# ---- lexicon matchers ------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def lexicon_matchers() -> tuple[tuple[str, Matcher], ...]:
    from .titles import title_words
    places = words("places", "province", "province_short", "city", "prefecture", "country", "region",
                   "feature")
    places += [c + "市" for c in words("places", "city")]
    return (
        ("T", Matcher(title_words())),
        ("P", Matcher(places)),
        ("G", Matcher(words("orgs", "gov_word", "gov_suffix"))),
        ("O", Matcher(words("orgs", "org_suffix", "media"))),
        ("F", Matcher(words("places", "suffix"))),
        ("X", Matcher(words("surnames"))),
    )


_TAG = ("S", "B", "M", "E")


def featurize(text: str) -> list[list[str]]:
    """Feature strings for each character of ``text``."""
    s = text.translate(FEAT)
    n = len(s)
    if not n:
        return []
    t = s.translate(type_map())
    t = "".join(ch if ch in "HSNDLP_" else "O" for ch in t) if not _only_classes(t) else t
    p = "\x02\x02" + s + "\x03\x03"
    q = "^^" + t + "$$"
    a, b, d, e = p[0:n], p[1:n + 1], p[3:n + 3], p[4:n + 4]
    qa, qb, qd, qe = q[0:n], q[1:n + 1], q[3:n + 3], q[4:n + 4]
    rows = [list(r) for r in zip(
        ["a" + x for x in a], ["b" + x for x in b], ["c" + x for x in s], ["d" + x for x in d],
        ["e" + x for x in e],
        ["f" + x + y for x, y in zip(a, b)], ["g" + x + y for x, y in zip(b, s)],
        ["h" + x + y for x, y in zip(s, d)], ["i" + x + y for x, y in zip(d, e)],
        ["j" + x + y + z for x, y, z in zip(b, s, d)],
        ["k" + x + y + z for x, y, z in zip(qb, t, qd)],
        ["l" + x + y + z for x, y, z in zip(qa, qb, t)],
        ["m" + x + y + z for x, y, z in zip(t, qd, qe)],
    )]
    for key, m in lexicon_matchers():
        for mt in m.finditer(s):
            i, j = mt.span()
            _mark(rows, key, i, j)
    for mt in date_matcher().finditer(s):
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


_CLASSES = frozenset("HSNDLP_")


def _only_classes(t: str) -> bool:
    return set(t) <= _CLASSES
