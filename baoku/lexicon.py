"""The lexicons (``baoku/data/extract/*.txt``), loaded once, and a fast dictionary matcher: extraction's, and
restoration's where it asks for titles or surnames (a module of its own, so that restoring a page does not import
the extraction package and its tagger).

A lexicon file has ``[section]`` headers, ``#`` comments and entries one per line (or several separated by
spaces where a section holds single words, as in ``surnames.txt``). ``X|Y`` lines carry a value.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# roles that are ordinary words too often to be titles without a body before them
AMBIGUOUS_ROLES = frozenset({"代表", "领导", "干部", "党员", "秘书", "助理", "主管", "战士", "官兵", "士兵",
                             "志愿者", "警察", "委员", "理事", "董事", "队员", "选手", "学者", "作家"})


@lru_cache(maxsize=None)
def sections(name: str) -> dict[str, dict[str, str | None]]:
    """``{section: {entry: value}}`` of ``data/extract/NAME.txt`` (in file order; value after ``|``)."""
    text = resources.files("baoku.data").joinpath("extract").joinpath(name + ".txt").read_text("utf-8")
    out: dict[str, dict[str, str | None]] = {}
    cur = out.setdefault("", {})
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            cur = out.setdefault(line[1:-1], {})
            continue
        for item in line.split():
            word, _, value = item.partition("|")
            cur[word] = value or None
    return out


def words(name: str, *secs: str) -> list[str]:
    """The entries of some sections of a lexicon (all sections when none are named)."""
    data = sections(name)
    out: list[str] = []
    for s in secs or data:
        out += data.get(s, {})
    return out


def trie_regex(entries, longest: bool = True) -> str:
    """A regular expression matching any of ``entries``, built as a trie so that ``re`` tries one branch per
    distinct next character (fast, and longest-first when ``longest``)."""
    trie: dict = {}
    for w in entries:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        if len(alts) == 1 and not end:
            return alts[0]
        body = "(?:" + "|".join(alts) + ")"
        if end:
            body += "?" if longest else "??"
        return body

    return build(trie)


def starts_with(chars) -> str:
    """A lookahead that lets ``re`` skip, in one quick test, every place where no match can begin (a pattern
    whose matches all begin with one of ``chars``; the matches are the same)."""
    return "(?=[" + re.escape("".join(sorted(set(chars)))) + "])"


def pair_screen(entries) -> re.Pattern:
    """A pattern that finds the last two characters of any of ``entries`` (each of two characters or more), its
    match ending where the first such pair does: a quick test of whether a text may hold one. It looks for a
    character that may end one after a character that may stand before such an ending (one character class each,
    which ``re`` skips to in one quick test), and only there for the pairs themselves (a trie of them, looked
    behind)."""
    pairs = sorted({w[-2:] for w in entries})
    befores, lasts = ("".join(sorted({p[k] for p in pairs})) for k in (0, 1))
    return re.compile(f"[{re.escape(lasts)}](?<=[{re.escape(befores)}].)(?<={trie_regex(pairs)})", re.DOTALL)


class Matcher:
    """Leftmost-longest, non-overlapping matches of a word list in a text; with ``screened`` (words of two
    characters or more), a text without the last two characters of a word is not scanned (``pair_screen``), and
    without ``before`` the scan starts a longest word before the screen's first find (a word ends at or after it,
    so the matches are the same)."""

    def __init__(self, entries, *, before: str = "", after: str = "", screened: bool = False):
        entries = sorted(set(entries))
        self.entries = frozenset(entries)
        self.rx = re.compile(before + "(?:" + trie_regex(entries) + ")" + after) if entries else None
        self.screen = pair_screen(entries) if screened and entries else None
        self.reach = max(map(len, entries)) if entries and not before else None

    def finditer(self, text: str):
        if self.rx is None:
            return iter(())
        if self.screen is None:
            return self.rx.finditer(text)
        hit = self.screen.search(text)
        if hit is None:
            return iter(())
        return self.rx.finditer(text, max(0, hit.end() - self.reach) if self.reach is not None else 0)

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.finditer(text)]

    def __contains__(self, word: str) -> bool:
        return word in self.entries

