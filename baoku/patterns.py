"""Load the regular expressions of ``data/patterns.toml`` once."""
from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def patterns() -> dict[str, dict[str, re.Pattern]]:
    raw = tomllib.loads(resources.files("baoku.data").joinpath("patterns.toml").read_text("utf-8"))
    return {group: {name: re.compile(rx) for name, rx in items.items()} for group, items in raw.items()}


@lru_cache(maxsize=None)
def rx(group: str, name: str) -> re.Pattern:
    """The compiled pattern ``name`` of ``group`` (cached: the stages ask for patterns thousands of times a page)."""
    return patterns()[group][name]


_NAMED = re.compile(r"\(\?P<\w+>")     # a named group's opening


@lru_cache(maxsize=None)
def any_of(*keys: tuple[str, str]) -> re.Pattern:
    """One pattern that matches where any of the patterns ``keys`` (group and name) matches: one call of the
    regex engine instead of one per pattern, for a yes-or-no test. Its groups are unnamed (two patterns may
    name a group alike)."""
    return re.compile("|".join(f"(?:{_NAMED.sub('(', rx(group, name).pattern)})" for group, name in keys))


def screen(pattern: re.Pattern) -> str:
    """``openers`` of a pattern tried only on a text opening with one of them (``text[:1] in screen``, true of an
    empty text too): a cheap test asked before the pattern, which it never contradicts. A pattern that may open
    with anything cannot be screened: a ValueError, raised when the screening module is imported."""
    chars = openers(pattern)
    if chars is None:
        raise ValueError(f"pattern {pattern.pattern!r} may open with any character: it cannot be screened")
    return chars


def openers(pattern: re.Pattern) -> str | None:
    """The characters a match of ``pattern`` (tried with ``match`` or ``fullmatch``) can open with, read off the
    parsed pattern; None when it may open with any (a wide class, a wildcard) or match nothing at all. A text
    whose first character is not among them is no match: a cheap test to ask before the pattern."""
    chars, empty = _first(_parser.parse(pattern.pattern, pattern.flags))
    return None if chars is None or empty else "".join(sorted(chars))


def _first(items) -> tuple[set[str] | None, bool]:
    """The characters a sequence of parsed items can open with (None: any), and whether it can match nothing."""
    chars: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue                    # zero width: an anchor or a look-around opens nothing
        if op is _c.LITERAL:
            return chars | {chr(av)}, False
        if op is _c.IN:
            opened = _class(av)
            return (None if opened is None else chars | opened), False
        if op is _c.BRANCH:
            alts = [_first(alt) for alt in av[1]]
            sub, empty = (None, False) if any(a is None for a, _ in alts) \
                else (set().union(*(a for a, _ in alts)), any(e for _, e in alts))
        elif op in (_c.SUBPATTERN, _c.ATOMIC_GROUP):
            sub, empty = _first(av[-1] if op is _c.SUBPATTERN else av)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            sub, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False          # a wildcard, a category, a negated literal, a back-reference …
        if sub is None:
            return None, False
        chars |= sub
        if not empty:
            return chars, False
    return chars, True


_WIDE = 256     # characters of a range in a class beyond which the class is taken to open with anything


def _class(items) -> set[str] | None:
    """The characters of a parsed class ``[…]``; None when it is negated, holds a category or a wide range."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _WIDE:
            out.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return out


def longest(pattern: re.Pattern) -> int:
    """The most characters a match of ``pattern`` can span (for a pattern ending in ``$``, add one: ``$`` lets a
    match end before a final newline)."""
    return _parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
