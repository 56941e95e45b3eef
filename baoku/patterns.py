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
