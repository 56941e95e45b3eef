"""Headline groups: merge wrapped heading lines into fields, then name the fields (section label, kicker,
headline, subheadline) by their markup, their order and their punctuation."""
from __future__ import annotations

import re

from ..model import Unit

KICKER_END = ("——", "：", ":", "强调", "指出", "表示", "要求")
_SECTION = re.compile(r"^[^（()）]{2,}\S[·•][\u4e00-\u9fff][^（()）]+$|^[^（()]{2,}\s[^（()]+——[\u4e00-\u9fff]{3,}$")


def merge_wraps(units: list[Unit]) -> list[list[Unit]]:
    """Group heading units into fields: a line continues the one before when it is shorter (a wrapped title's
    remainder) and neither line marks a field edge (a leading or trailing dash, a different heading level)."""
    fields: list[list[Unit]] = []
    for u in units:
        if fields:
            last = fields[-1][-1]
            t, p = u.text, last.text
            if (u.level == last.level and u.width < last.width - 0.9 and not t.startswith("——")
                    and not p.endswith(KICKER_END) and len(fields[-1]) < 3 and len(t) <= 12):
                fields[-1].append(u)
                continue
        fields.append([u])
    return fields


def text_of(field: list[Unit]) -> str:
    return "".join(u.text for u in field)


def is_section(text: str) -> bool:
    return bool(_SECTION.match(text)) and not text.endswith("——")


def name_fields(fields: list[list[Unit]]) -> dict[str, list[Unit]]:
    """Map field names (section, kicker, headline, subheadline) to the units that make them up."""
    out: dict[str, list[Unit]] = {}
    fields = list(fields)
    if len(fields) >= 2 and is_section(text_of(fields[0])) and (fields[0][0].level or len(fields) >= 3):
        out["section"] = fields.pop(0)
    levels = [f[0].level for f in fields]
    marked = [lv for lv in levels if lv]
    if marked:
        t = levels.index(min(marked))
    else:
        t = _unmarked_title(fields)
    before, after = fields[:t], fields[t + 1:]
    if len(before) >= 2 and "section" not in out:
        out["section"] = before.pop(0)
    if before:
        out["kicker"] = [u for f in before for u in f]
    out["headline"] = fields[t]
    if after:
        out["subheadline"] = [u for f in after for u in f]
    return out


def _unmarked_title(fields: list[list[Unit]]) -> int:
    """Which of unmarked fields is the headline."""
    texts = [text_of(f) for f in fields]
    if len(texts) == 1:
        return 0
    if texts[0].endswith(KICKER_END):
        return 1
    if texts[1].startswith("——"):
        return 0
    if len(texts) == 2:
        long_second = len(texts[1]) > 1.6 * len(texts[0]) and "，" in texts[1]
        return 0 if long_second else 1
    return 1


def split_line(text: str) -> tuple[str, str, str] | None:
    """A heading line that carries two titles side by side (kicker + headline, or headline + subheadline),
    separated by a space: (first, second, which) where which names the longer, explanatory part."""
    parts = text.split()
    if len(parts) != 2:
        return None
    a, b = parts
    if len(a) + len(b) < 26 or min(len(a), len(b)) < 6:
        return None
    if len(a) >= 1.25 * len(b):
        return a, b, "kicker"
    if len(b) >= 1.25 * len(a):
        return a, b, "subheadline"
    return None
