"""Chinese full-text search over overlapping character bigrams.

Chinese has no spaces and word segmenters miss names and new words, so the index does not segment: every run of
CJK characters becomes its overlapping bigrams (老街改造 → 老街 街改 改造), followed, as a separate stream, by
its single characters (unigrams); Latin words and numbers are kept whole, lowercased. A query term is turned into
tokens the same way: a term of two or more CJK characters is the *phrase* of its bigrams (adjacent, in order),
a one-character term is its unigram. So one- and two-character words are found as reliably as long phrases,
and nothing is missed because a segmenter cut differently. Text is NFKC-normalized and converted from
traditional to simplified characters (OpenCC's t2s tables) on both sides, so 國務院 finds 国务院.

SQLite: an FTS5 table with the unicode61 tokenizer over the space-separated token stream; the MATCH string is
built here from quoted tokens only. PostgreSQL: the same stream as a ``to_tsvector('simple', …)`` (no
stemming, no stop words) with a GIN index, queried with ``to_tsquery('simple', …)`` and ``<->`` for phrases.
(pg_trgm needs three characters to index and cannot find two-character words reliably, so it is not used.)

Query syntax (``parse``): words separated by spaces are ANDed; ``"a phrase"``; ``OR`` (or ``|``); ``NOT x`` or
``-x``; ``AND``; parentheses. The user's query never reaches SQL: it is tokenized here, and only tokens made of
letters and digits are put into the FTS5/tsquery string, which is itself passed as a bound parameter.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# a Latin, Greek or Cyrillic word or a number: letters and digits of those blocks only (not ×, ÷, ·, marks)
_RUN = re.compile(f"([{CJK}]+)|((?:(?=\\w)[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff])+)")


class QueryError(ValueError):
    """A search query that cannot be run (nothing to search for, or unbalanced syntax)."""


T2S_DICTS = ("TSPhrases.txt", "TSCharacters.txt")      # the dictionaries of OpenCC's t2s conversion chain


@lru_cache(maxsize=1)
def _converter():
    import opencc
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def changing() -> frozenset[str]:
    """Characters that t2s may change: for every dictionary entry that is not its own conversion, the characters
    where the two differ (or all of the entry's, when one of them begins the other). An entry can only match a
    text that holds all its characters, so a text without any of these converts to itself."""
    import opencc
    folder = Path(opencc.__file__).parent / "dictionary"
    out: set[str] = set()
    for name in T2S_DICTS:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("\t")
            if key != value:
                out |= {a for a, b in zip(key, value) if a != b} or set(key)
    return frozenset(out)


def simplify(text: str) -> str:
    """NFKC, then traditional → simplified characters (a no-op on simplified text, and then fast: OpenCC is only
    run on a text that holds a character it may change)."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if not text or changing().isdisjoint(text):
        return text
    return _converter().convert(text)


def tokens(text: str, simplified: bool = False) -> tuple[list[str], list[str]]:
    """The bigram stream (with single-character runs and Latin words) and the unigram stream of a text."""
    if not simplified:
        text = simplify(text)
    bi: list[str] = []
    uni: list[str] = []
    for m in _RUN.finditer(text):
        if m.group(1):
            s = m.group(1)
            bi += [s] if len(s) == 1 else [s[i:i + 2] for i in range(len(s) - 1)]
            uni += list(s)
        else:
            bi.append(m.group(2).lower())
    return bi, uni


def index_text(text: str) -> str:
    """The space-separated token stream that is indexed: bigrams, then unigrams."""
    bi, uni = tokens(text)
    return " ".join(bi + uni)


def term_tokens(term: str) -> list[str]:
    """The token phrase a query term stands for: its bigrams, or its unigram for a single CJK character."""
    text = simplify(term)
    out: list[str] = []
    runs = list(_RUN.finditer(text))
    for m in runs:
        if m.group(1):
            s = m.group(1)
            out += [s] if len(s) == 1 else [s[i:i + 2] for i in range(len(s) - 1)]
        else:
            out.append(m.group(2).lower())
    return out


# ---- the query language -----------------------------------------------------------------------------
@dataclass
class Term:
    text: str            # as the user wrote it (simplified for matching snippets)
    toks: list[str]


@dataclass
class Not:
    child: object


@dataclass
class And:
    children: list


@dataclass
class Or:
    children: list


_LEX = re.compile(r'\s*(?:(")([^"]*)"?|(\()|(\))|(\|)|([^\s()"|]+))')


def _lex(q: str):
    pos = 0
    out = []
    while pos < len(q):
        m = _LEX.match(q, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group(1):
            out.append(("PHRASE", m.group(2)))
        elif m.group(3):
            out.append(("(", "("))
        elif m.group(4):
            out.append((")", ")"))
        elif m.group(5):
            out.append(("OR", "|"))
        elif m.group(6):
            w = m.group(6)
            if w == "OR":
                out.append(("OR", w))
            elif w == "AND":
                out.append(("AND", w))
            elif w == "NOT":
                out.append(("NOT", w))
            elif w.startswith("-") and len(w) > 1:
                out += [("NOT", "-"), ("WORD", w[1:])]
            else:
                out.append(("WORD", w))
    return out


def parse(q: str):
    """Parse a user query into Term/And/Or/Not; terms without any searchable character are dropped."""
    toks = _lex(q)
    i = 0

    def peek():
        return toks[i][0] if i < len(toks) else None

    def p_or():
        nonlocal i
        kids = [p_and()]
        while peek() == "OR":
            i += 1
            kids.append(p_and())
        kids = [k for k in kids if k is not None]
        return None if not kids else kids[0] if len(kids) == 1 else Or(kids)

    def p_and():
        nonlocal i
        kids = []
        while peek() not in (None, "OR", ")"):
            if peek() == "AND":
                i += 1
                continue
            k = p_unary()
            if k is not None:
                kids.append(k)
        return None if not kids else kids[0] if len(kids) == 1 else And(kids)

    def p_unary():
        nonlocal i
        kind, val = toks[i]
        if kind == "NOT":
            i += 1
            if peek() in (None, "OR", ")"):
                return None
            k = p_unary()
            return None if k is None else Not(k)
        if kind == "(":
            i += 1
            k = p_or()
            if peek() == ")":
                i += 1
            return k
        i += 1
        t = term_tokens(val)
        return Term(val, t) if t else None

    node = p_or()
    while i < len(toks):          # a stray ')' : skip it and go on
        i += 1
        more = p_or()
        if more is not None:
            node = more if node is None else And([node, more])
    return node


def _split(node) -> tuple[list, list]:
    kids = node.children if isinstance(node, And) else [node]
    pos = [k for k in kids if not isinstance(k, Not)]
    neg = [k.child for k in kids if isinstance(k, Not)]
    return pos, neg


def _check(node) -> None:
    """Every AND needs a positive part (NOT alone would mean 'the whole archive but …')."""
    if isinstance(node, Not):
        raise QueryError("a query needs at least one term to find, not only terms to exclude")
    if isinstance(node, Or):
        for k in node.children:
            _check(k)
    if isinstance(node, And):
        pos, neg = _split(node)
        if not pos:
            raise QueryError("a query needs at least one term to find, not only terms to exclude")
        for k in pos + neg:
            _check(k)


def _fts5_tok(t: str) -> str:
    assert re.fullmatch(r"\w+", t), t          # tokens are letters/digits only: no FTS5 syntax can pass
    return t


def to_fts5(node) -> str:
    """The FTS5 MATCH expression of a parsed query."""
    _check(node)
    if isinstance(node, Term):
        return '"' + " ".join(_fts5_tok(t) for t in node.toks) + '"'
    if isinstance(node, Or):
        return "(" + " OR ".join(to_fts5(k) for k in node.children) + ")"
    if isinstance(node, And):
        pos, neg = _split(node)
        s = "(" + " AND ".join(to_fts5(k) for k in pos) + ")"
        for k in neg:
            s += " NOT " + to_fts5(k)
        return "(" + s + ")"
    raise QueryError(f"cannot search for {node!r}")


def to_tsquery(node) -> str:
    """The to_tsquery('simple', …) expression of a parsed query."""
    _check(node)
    if isinstance(node, Term):
        return "(" + " <-> ".join("'" + _fts5_tok(t) + "'" for t in node.toks) + ")"
    if isinstance(node, Or):
        return "(" + " | ".join(to_tsquery(k) for k in node.children) + ")"
    if isinstance(node, And):
        pos, neg = _split(node)
        return "(" + " & ".join([to_tsquery(k) for k in pos] + ["!" + to_tsquery(k) for k in neg]) + ")"
    raise QueryError(f"cannot search for {node!r}")


def positive_terms(node) -> list[str]:
    """The simplified text of every term the results contain (for highlighting)."""
    if node is None or isinstance(node, Not):
        return []
    if isinstance(node, Term):
        return [simplify(node.text)]
    out = []
    for k in node.children:
        out += positive_terms(k)
    return out


def snippet(text: str, terms: list[str], width: int = 80, mark: tuple[str, str] = ("[", "]")) -> str:
    """A window of ``text`` around the first match of any term, every match wrapped in ``mark``."""
    simple = simplify(text)
    if len(simple) != len(text):          # a conversion that changed length: match on the text as it is
        simple = text
    keys = sorted({"".join(ch for ch in t if not ch.isspace()) for t in terms if t.strip()}, key=len,
                  reverse=True)
    hits = []
    for k in keys:
        start = 0
        low = simple.lower()
        while k and (j := low.find(k.lower(), start)) >= 0:
            if not any(s < j + len(k) and j < e for s, e in hits):
                hits.append((j, j + len(k)))
            start = j + 1
    hits.sort()
    first = hits[0][0] if hits else 0
    lo = max(0, first - width // 4)
    hi = min(len(text), lo + width)
    out = []
    pos = lo
    for s, e in hits:
        if s < lo or e > hi:
            continue
        out += [text[pos:s], mark[0], text[s:e], mark[1]]
        pos = e
    out.append(text[pos:hi])
    return ("…" if lo > 0 else "") + "".join(out).replace("\n", " ") + ("…" if hi < len(text) else "")
