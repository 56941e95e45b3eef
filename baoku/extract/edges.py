"""The tests ``ner.entities`` asks at the edges of a span the tagger found: where a bracket or quote inside it is
left unpaired, where a name begins after a colon or ends before a Latin tail, whether an adverb, a decimal point or
a common noun for a site stands at its edge, and whether a verb, a common word or a phrase runs on at its end."""
from __future__ import annotations

import re

from .base import _CJK, _is_surname
from .bodies import _COMMON_TAGS
from .features import _jieba, segment, translit_map
from .person_names import _foreign_name


_PAIRS = {"“": "”", "《": "》", "（": "）", "(": ")", "「": "」"}
_CLOSERS = frozenset(_PAIRS.values())
_BRACKET = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_PAIRS.values())) + "]")


def _unpaired(text: str, s: int, e: int) -> int:
    """The end of ``text[s:e]`` cut before its first bracket or quote that is not paired inside it."""
    if not _BRACKET.search(text, s, e):     # the usual case: none at all
        return e
    opened: list[tuple[str, int]] = []
    for i in range(s, e):
        ch = text[i]
        if ch in _PAIRS:
            opened.append((_PAIRS[ch], i))
        elif ch in _CLOSERS:
            if not opened or opened[-1][0] != ch:
                return i
            opened.pop()
    return opened[0][1] if opened else e


# a colon and the dashes after it inside a name the tagger found (某朝:--某某): the name is what follows
_COLON_IN_NAME = re.compile(r"[:：][-－—]*")
_LATIN_END = re.compile(r"[A-Za-z]+$")


def _name_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """A name the tagger found, begun after the last colon inside it (and the dashes after that), and ended
    before a Latin tail that the text runs on past its end (某某s|anchez: no name ends inside a Latin word)."""
    for m in _COLON_IN_NAME.finditer(text, s, e):
        s = m.end()
    if e < len(text) and text[e].isascii() and text[e].isalpha():
        m = _LATIN_END.search(text, s, e)
        if m and m.start() > s:
            e = m.start()
    return s, e


_SITE_KINDS = frozenset("馆园场桥区院亭村")      # last characters of a common noun for a kind of site (博物馆, 高架桥)
_SIZE_AGE = frozenset("大小旧新老")        # a size or age before a common noun for a site (大剧场)
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_RUN_ON_WORDS = _COMMON_TAGS - {"n"}         # tags of a word no place ends in (verbs, adjectives, adverbs …)


def _after_adverb(text: str, s: int) -> bool:
    """Whether the jieba word right before ``s`` (segmenting a few characters before it) is an adverb (已经, 都)."""
    a = max(0, s - 4)
    prev = ""
    for w in segment(text[a:s]):
        prev = w
    return _jieba()[1].get(prev, "")[:1] == "d"


def _decimal_points(text: str, s: int, e: int) -> bool:
    """Whether a date the tagger found is the decimals of a figure in points (某某．|５点): digits and 点 right
    after a decimal point and a digit (in the 1998 training sentences 14 times, never a date)."""
    return (text[e - 1] == "点" and s >= 2 and text[s - 1] in "．." and text[s - 2] in _DIGITS
            and all(c in _DIGITS for c in text[s:e - 1]))


def _common_site(name: str) -> bool:
    """Whether a place is a common noun of jieba's dictionary for a kind of site: a common word and a site's last
    character (博物馆, 高架桥, 动物园; in the 1998 training sentences such a word is a place alone 8 times, a
    village or district named so, and outside every entity 567 times), or such a noun after a size or age, or a
    common word before 市场 (a kind of market)."""
    pos = _jieba()[1]
    if len(name) < 3 or name[-1] not in _SITE_KINDS:
        return False
    if name[0] in _SIZE_AGE and pos.get(name[1:]) in _COMMON_TAGS:
        return True                     # 大剧场, 旧城区: a size or age before the common noun (a place 0 times of 72)
    if len(name) >= 4 and name.endswith("市场") and pos.get(name[:-2]) in _COMMON_TAGS:
        return True                     # 外汇市场: a kind of market (a place 0 times of 774, CLUENER's 2 of 139)
    return name in pos and pos.get(name[:-1]) in _COMMON_TAGS


def _common_tail(text: str, s: int, e: int) -> int:
    """The end of a place the tagger ran on into a verb, adjective or adverb (某地|相关, 某地|开放): its last jieba word
    when that is one of two characters or more after two characters or more (in the 1998 training sentences no
    place ends in such a word; one follows a place 2,387 times)."""
    last = segment(text[s:e])[-1]
    if len(last) >= 2 and e - s - len(last) >= 2 and _jieba()[1].get(last) in _RUN_ON_WORDS:
        return e - len(last)
    return e


def _verb_tail(text: str, s: int, e: int) -> int:
    """The end of a name the tagger ran on into a verb (某某某|拉下马, 某某|学习): cut before the last jieba word of
    the span when it is a verb of two characters or more and two or three characters starting with a family
    name are left (no labelled name of four characters or more in the training sentences is cut so); a name of
    four characters also loses a last word of one character that is a verb, preposition, adverb, conjunction,
    measure word or particle and no character of transliterated names (某某某|绘, 某某某|集)."""
    last = segment(text[s:e])[-1]
    cut = e - len(last)
    tag = _jieba()[1].get(last, "")[:1]
    if not (2 <= cut - s <= 3 and _is_surname(text[s])):
        return e
    if len(last) >= 2 and tag == "v":
        return cut
    if len(last) == 1 and e - s == 4 and tag in _RUN_ON_TAGS and translit_map().get(ord(last)) != "F":
        return cut
    return e


def _glued_verb(text: str, s: int, e: int) -> bool:
    """Whether the last character of a name of three characters starting with a family name and the character
    after it are a jieba verb, and jieba's words over the name and the text after it begin a word of two characters
    or more there (某某|主持会议, 某某|发表). In the training sentences a labelled name of three characters is so
    written 2 times of 10,622 (1998) and 5 of 1,583 (CLUENER), and one of two characters with the character after it
    329 and 116 times."""
    if e + 1 > len(text) or not _is_surname(text[s]) or _jieba()[1].get(text[e - 1:e + 1], "")[:1] != "v":
        return False
    k = s
    for w in segment(text[s:e + 4]):
        if k == e - 1:
            return len(w) >= 2
        k += len(w)
        if k > e - 1:
            return False
    return False


_RUN_ON_TAGS = frozenset("vpdcqu")
_NAME_WORD_TAGS = frozenset("nr nrt nrfg nz".split())     # jieba's tags of a name or proper word


def _run_on_phrase(text: str, s: int, e: int) -> int:
    """The end of a Chinese name of five characters or more (no ·, starting with a family name, not written wholly
    in characters of transliterated names) that the tagger ran on into a phrase (某某某|拉下马, 某某|考察|记): cut
    after its first two or three characters when jieba's words put a bound there and the next word is a verb of
    two characters or more, or is the only word left and one of three characters or more that is no name. (1998
    training sentences, validation tagger: no firing among 269 such predicted names, 255 of them right; the
    validation split: 2 firings, both right.)"""
    name = text[s:e]
    if not (_CJK.fullmatch(name) and _is_surname(name[0])) or _foreign_name(name):
        return e
    words = segment(name)
    tags = _jieba()[1]
    k = 0
    for i, w in enumerate(words[:-1]):
        k += len(w)
        if k > 3:
            break
        nxt, rest = words[i + 1], words[i + 1:]
        if k >= 2 and len(nxt) >= 2 and (tags.get(nxt, "")[:1] == "v"
                                         or len(rest) == 1 and len(nxt) >= 3 and tags.get(nxt) not in _NAME_WORD_TAGS):
            return s + k
    return e
