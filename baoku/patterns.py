"""Load the regular expressions of ``data/patterns.toml`` once."""
from __future__ import annotations

import re
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
