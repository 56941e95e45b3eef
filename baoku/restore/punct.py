"""What the punctuation at a fragment's edges says about where sentences and paragraphs end."""
from __future__ import annotations

import json
import logging
import re
from functools import lru_cache
from importlib import resources
from math import log

FINAL = "。！？…；：!?:"
CLOSE = "”’」』）)》"
SENTENCE_LAST = FINAL + CLOSE + "—"     # what a text that ends a sentence ends with


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends where a paragraph may end: 。！？… (possibly inside closing quotes), a dash,
    or when the whole text is one parenthesised note such as （作者为……）."""
    t = text.rstrip()
    if not t or t[-1] not in SENTENCE_LAST:
        return False            # (most texts that do not end a sentence, told at once)
    if t[-1] in FINAL:
        return True
    core = t.rstrip(CLOSE)
    if core and core[-1] in FINAL or t.endswith("——"):
        return True
    return t[0] in "（(" and t[-1] in "）)"


def closes_quotes(text: str) -> bool:
    """Ends with a closing quote that closes every quote the text opened (……自力更生” may end a paragraph)."""
    t = text.rstrip()
    return t[-1:] in ("”", "」") and t.count("“") == t.count("”") and t.count("「") == t.count("」")


def open_brackets(text: str) -> bool:
    """An opening bracket or quote is left unclosed (the fragment is cut inside it)."""
    # (an opening mark is looked for before the marks are counted: most texts hold none)
    return "“" in text and text.count("“") > text.count("”") or "（" in text and text.count("（") > text.count("）") \
        or "《" in text and text.count("《") > text.count("》")


def whole_quote(text: str) -> bool:
    """``text`` is one quotation from its first character to its last (“……”), none closed or opened inside it."""
    return len(text) > 2 and text[0] == "“" and text[-1] == "”" and not any(q in text[1:-1] for q in "“”")


def in_quote(text: str, after: str) -> bool:
    """``text`` leaves a quotation or a work's name open that ``after`` closes before opening another."""
    return any(_left_open(text, after, o, c) for o, c in ("“”", "《》"))


def _left_open(text: str, after: str, opening: str, closing: str) -> bool:
    """``text`` leaves ``opening`` open and ``after`` closes it before opening another."""
    if text.count(opening) <= text.count(closing):
        return False
    for c in after:
        if c == opening:
            return False
        if c == closing:
            return True
    return False


@lru_cache(maxsize=1)
def _title_roles() -> tuple[frozenset[str], tuple[int, ...]]:
    """The roles that end an official title (主任, 书记; not the ambiguous ones) and their lengths: a set looked up
    by a text's last characters, not a pattern of them all (whose compilation cost a page's restore, once)."""
    from ..lexicon import AMBIGUOUS_ROLES, words
    roles = frozenset(r for r in words("titles", "role") if r and r not in AMBIGUOUS_ROLES)
    return roles, tuple(sorted({len(r) for r in roles}))


def _ends_with_title(text: str) -> bool:
    """``text`` ends with an official title's role (or does before one closing newline, as a pattern's ``$``)."""
    roles, lengths = _title_roles()
    text = text.removesuffix("\n")
    return any(text[-n:] in roles for n in lengths)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    from ..lexicon import words
    return frozenset(words("surnames", ""))


_NAME_LIST = re.compile(r"^([\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}[、，]")


def titles_names(text: str, after: str) -> bool:
    """``text`` ends with an official title and ``after`` opens with a list of names (……委员会副主任 /
    李某、王某出席): one sentence cut between a title and the people who hold it."""
    m = ("、" in after[2:5] or "，" in after[2:5]) and _NAME_LIST.match(after)     # (where its mark can stand)
    return bool(m) and m.group(1) in _surnames() and _ends_with_title(text)


_PERSON = re.compile(r"^(?:[（(][\u4e00-\u9fff]{2,6}[）)])?([\u4e00-\u9fff]{2,4})$")


def person_name(text: str) -> bool:
    """``text`` is a person's name alone, perhaps after a bracketed country or place (林小舟, （某国）某某): a
    surname and one to three characters more."""
    m = _PERSON.match(text.strip())
    return bool(m) and (m.group(1)[0] in _surnames() or m.group(1)[:2] in _surnames() and len(m.group(1)) > 2)


@lru_cache(maxsize=1)
def _jieba():
    import jieba
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def splits_word(left: str, right: str) -> bool:
    """True when the boundary between ``left`` and ``right`` falls inside a dictionary word (有|限公司, 发|展):
    the two pieces are one text cut by a line or column break."""
    a, b = left.rstrip()[-4:], right.lstrip()[:4]
    if not a or not b or not ("\u4e00" <= a[-1] <= "\u9fff" and "\u4e00" <= b[0] <= "\u9fff"):
        return False
    return _word_across(a, b)


@lru_cache(maxsize=4096)
def _word_across(a: str, b: str) -> bool:
    """The segmenter (``jieba.lcut(a + b, HMM=False)``) puts a word of two characters or more across the end of
    ``a`` and the start of ``b`` (remembered: several stages ask of the same break). Only the block of its word
    characters around the boundary is cut (``_cut_across``): between blocks it cuts characters and spaces
    apart, and ``a`` and ``b`` are stripped at the boundary (``splits_word``)."""
    if not _dictionary_word_across(a, b):
        return False            # no dictionary word spans the boundary, so the segmenter cannot put one there
    start = 0
    for k, block in enumerate(_BLOCKS.split(a + b)):
        if k & 1 and start < len(a) < start + len(block):
            return _cut_across(block, len(a) - start)
        start += len(block)
    return False


_BLOCKS = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")      # jieba's blocks (its re_han_default)
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _cut_across(block: str, cut: int) -> bool:
    """jieba's cut of one block without its HMM puts a word of two characters or more across ``cut``: each
    place's likeliest route to the block's end by the dictionary's word frequencies (ties to the longer word),
    read from the start; single Latin letters and digits in a row make one word. The same sums as jieba's (a
    word across ``cut`` is two characters or more)."""
    dt = _jieba().dt
    get, log_total, n = dt.FREQ.get, log(dt.total), len(block)
    best, ends = [0.0] * (n + 1), [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        score, end, j = None, k + 1, k + 1
        freq = get(block[k])
        while freq is not None:         # block[k:j] is a word or opens one
            if freq:
                weight = log(freq) - log_total + best[j]
                if score is None or weight >= score:
                    score, end = weight, j
            if j == n:
                break
            j += 1
            freq = get(block[k:j])
        best[k] = score if score is not None else log(1) - log_total + best[k + 1]
        ends[k] = end
    x, run = 0, None        # run: where single Latin letters or digits in a row began
    while x < n:
        y = ends[x]
        if y - x == 1 and block[x] in _LATIN:
            run = x if run is None else run
        else:
            if run is not None and run < cut < x or x < cut < y:
                return True
            run = None
        x = y
    return run is not None and run < cut


def _dictionary_word_across(a: str, b: str) -> bool:
    """The segmenter's dictionary holds a word made of an end of ``a`` and a start of ``b``. It holds every word's
    prefixes too (counted 0), so the starts of ``b`` are tried only while they lengthen a prefix of some word."""
    freq = _jieba().dt.FREQ
    for i in range(1, len(a) + 1):
        head = a[-i:]
        for j in range(1, len(b) + 1):
            count = freq.get(head + b[:j])
            if count:
                return True
            if count is None:
                break           # no word opens so, nor with more of ``b``
    return False


def closing_note(text: str) -> bool:
    """A paragraph wholly in brackets (（本系列评论到此结束）, （作者为……）) closes the story before it."""
    return text[:1] in "（(" and text[-1:] in "）)"


# words that bind to what follows them (conjunctions, prepositions, an ordinal's 第): no paragraph ends on one
BINDING = frozenset("与及或并且而把被将对从向以于跟由按据让使给第")


def _word_at_edge(t: str, end: bool) -> bool:
    """A dictionary word of two characters or more opens ``t`` (or, with ``end``, closes it): only then can the
    segmenter put its first (last) character into a longer word."""
    freq = _jieba().dt.FREQ
    return any(freq.get(t[-j:] if end else t[:j]) for j in range(2, len(t) + 1))


def ends_binding(text: str) -> bool:
    """``text`` ends on a word that needs what follows it (……离开中国、与 / ……排名是第): prose cut by a break."""
    t = text.rstrip()[-6:]
    if not t or t[-1] not in BINDING:
        return False
    if not _word_at_edge(t, end=True):
        return True             # no word ends with the binding character: the segmenter leaves it alone
    last = _jieba().lcut(t, HMM=False)[-1]
    return len(last) == 1 and last in BINDING


BOUND_OPENERS = frozenset("了的着们吗呢吧")     # particles that only follow: no paragraph opens on one


def opens_bound(text: str) -> bool:
    """``text`` opens on a particle that needs a word before it (了专家学者……): the rest of a cut sentence."""
    t = text.lstrip()[:6]
    return t[:1] in BOUND_OPENERS and (not _word_at_edge(t, end=False)     # no word opens with the particle
                                        or _jieba().lcut(t, HMM=False)[0] in BOUND_OPENERS)


_ATTRIBUTION = re.compile("[^，。！？；：“”]{2,30}(?:说|表示|介绍|说道|告诉记者)[。！]")   # 林小舟对记者说。


def attributes_quote(text: str, after: str) -> bool:
    """``text`` ends a quotation closed after its stop (……。”) and ``after`` opens with the speaker's words alone
    (林小舟对记者说。): a quotation's attribution, which goes on in its paragraph (in the corpus a paragraph opens
    so after a quotation almost never; the attribution follows the quotation inside one thousands of times)."""
    return text[-2:-1] in "。！？" and text.endswith("”") and bool(_ATTRIBUTION.match(after.lstrip()))


_CONJUNCTIONS = frozenset("和及或并")


def opens_conjunction(text: str) -> bool:
    """``text`` opens on a conjunction that is a word by itself (和临江港……, 并致辞, not 和平……, 并购……): the rest of a
    text cut before it."""
    t = text.lstrip()[:6]
    return t[:1] in _CONJUNCTIONS and (not _word_at_edge(t, end=False) or _jieba().lcut(t, HMM=False)[0] == t[:1])


@lru_cache(maxsize=1)
def _edges() -> dict:
    return json.loads(resources.files("baoku.data").joinpath("para_starts.json").read_text("utf-8"))


def start_odds(text: str) -> float:
    """Log-odds that ``text`` opens a paragraph rather than goes on with one (trained on the corpus)."""
    t = "".join(text.split())[:2]
    m = _edges()
    return m["pairs"].get(t, m["chars"].get(t[:1], 0.0)) if t else 0.0


def end_odds(text: str) -> float:
    """Log-odds that ``text``, lacking a closing stop, ends a paragraph (a crosshead) rather than is cut."""
    t = "".join(text.split())[-2:]
    m = _edges()
    return m["end_pairs"].get(t, m["end_chars"].get(t[-1:], 0.0)) if t else 0.0


def head_odds(text: str, end: bool) -> float:
    """Log-odds that a kicker, headline or subheadline opens (or, with ``end``, closes) with ``text``'s first
    (last) character pair rather than has it inside (trained on the corpus's headlines; 0 for unseen pairs)."""
    t = "".join(text.split()).lstrip("—")
    return _edges()["head_ends" if end else "head_starts"].get(t[-2:] if end else t[:2], 0.0)
