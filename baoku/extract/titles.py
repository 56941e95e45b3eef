"""The title lexicon (``data/extract/titles.txt``) and the title parser: 省财政厅厅长 → body 省财政厅 + role 厅长.

Local scope: when the paper's place is known (大同日报 → 大同, a city of 山西), a body written with a bare
level (市委, 市发改委, 省财政厅) is resolved to the place (大同市委, 大同市发改委, 山西省财政厅); without a
known place it is kept as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import AMBIGUOUS_ROLES, pair_screen, sections, starts_with, trie_regex, words

# modifiers that do not combine freely in the lexicon matcher (ambiguous on their own)
_LOOSE_MODIFIERS = {"前", "原", "总", "执行", "专职", "兼职", "驻会", "终身"}


@lru_cache(maxsize=1)
def title_words() -> list[str]:
    """Roles, and roles with one modifier (副市长, 常务副市长, 一级巡视员) for the dictionary features."""
    roles = words("titles", "role")
    mods = [m for m in words("titles", "modifier") if m not in _LOOSE_MODIFIERS]
    out = set(roles)
    for m in mods:
        for r in roles:
            if not r.startswith(m):
                out.add(m + r)
    for lv in ("省", "市", "县", "区", "州"):
        for organ in ("委", "政府", "人大", "政协", "纪委"):
            for r in ("书记", "副书记", "常委", "主席", "副主席", "主任", "副主任", "委员"):
                out.add(lv + organ + r)
        out.add(lv + "领导")
    return sorted(out)


@lru_cache(maxsize=1)
def _role_rx() -> re.Pattern:
    roles = words("titles", "role") + words("titles", "generic")
    mods = words("titles", "modifier")
    return re.compile(rf"(?P<body>.*?)(?P<role>(?:{trie_regex(mods)})*(?:{trie_regex(roles)}))")


@lru_cache(maxsize=1)
def _levels() -> tuple[str, ...]:
    return tuple(sorted(words("titles", "level"), key=len, reverse=True))


@dataclass
class Title:
    text: str                   # as written
    body: str | None            # the body, resolved to the paper's place when that is known
    role: str
    body_as_written: str | None = None
    generic: bool = False       # a roll-call title (市领导)

    def to_json(self) -> dict:
        out = {"text": self.text, "body": self.body, "role": self.role}
        if self.body_as_written != self.body:
            out["body_as_written"] = self.body_as_written
        if self.generic:
            out["generic"] = True
        return out


def parse_title(text: str, place: "Place | None" = None) -> Title:
    """Split a title into body and role, and resolve a body written with a bare level against ``place``."""
    m = _role_rx().fullmatch(text)
    if not m:
        return Title(text, None, text)
    body, role = m.group("body") or None, m.group("role")
    generic = role in sections("titles")["generic"] and body is not None and body in _levels()
    if body is None and role in sections("titles")["implied"]:
        lv = role.lstrip("常务副")[0]
        written = lv
        resolved = resolve_body(lv, place)
        return Title(text, resolved, role, written, generic)
    return Title(text, resolve_body(body, place) if body else None, role, body, generic)


@dataclass(frozen=True)
class Place:
    """The place a paper serves: a city (with its province) or a province."""
    name: str                   # 大同
    level: str                  # 市 | 省
    province: str | None = None  # 山西

    @property
    def full(self) -> str:
        return self.name + ("" if self.name.endswith(self.level) else self.level)


def paper_place(paper: str | None) -> Place | None:
    """The place a paper is named after: 大同日报 → 大同 (市, in 山西); 山西日报 → 山西 (省)."""
    if not paper:
        return None
    name = re.sub(r"(日报|晚报|早报|晨报|都市报|商报|时报|报)$", "", paper.strip())
    name = re.sub(r"^(中共)", "", name)
    pl = sections("places")
    for key, level in (("city", "市"), ("province_short", "省")):
        for cand in (name, name[:-1] if name and name[-1] in "市省" else None):
            if cand and cand in pl[key]:
                return Place(cand, level, pl[key][cand] if key == "city" else cand)
    return None


def resolve_body(body: str | None, place: Place | None) -> str | None:
    """市委 → 大同市委, 省财政厅 → 山西省财政厅, 市 → 大同市, when the paper's place is known."""
    if not body or place is None:
        return body
    if place.level == "市":
        if body.startswith("市"):
            return place.full + body[1:]
        if body.startswith("省") and place.province:
            prov = _province_full(place.province)
            return prov + body[1:]
        return body
    if body.startswith("省"):
        return _province_full(place.name) + body[1:]
    return body


def _province_full(short: str) -> str:
    for full in sections("places")["province"]:
        if full.startswith(short):
            return full if full.endswith("自治区") else full[:len(short)] + ("省" if full[len(short):].startswith("省") else "")
    return short + "省"


@lru_cache(maxsize=1)
def _rule_rx() -> re.Pattern:
    """A role of the lexicon (with its level, organ and modifiers) not running on into a word for a body or a group
    (…会, …部, …馆: 领事|馆, 大使|馆 — in the training sentences a role so followed by 馆 is a labelled title 0 times of
    30), or a level's generic word (市领导)."""
    roles = [r for r in words("titles", "role") if r not in AMBIGUOUS_ROLES]
    mods = [m for m in words("titles", "modifier") if m not in _LOOSE_MODIFIERS]
    levels = words("titles", "level")
    organs = words("titles", "organ")
    generic = words("titles", "generic")
    first = {w[0] for w in levels + mods + roles + generic}
    return re.compile(
        starts_with(first) +
        rf"(?:(?:(?:{trie_regex(levels)})(?:{trie_regex(organs)}))?(?:{trie_regex(mods)})*(?:{trie_regex(roles)})"
        rf"(?!会|部|处|室|团|组|制|们|职|馆)"
        rf"|(?:{trie_regex(levels)})(?:{trie_regex(generic)})(?!下|小组))")


@lru_cache(maxsize=1)
def _rule_ends() -> re.Pattern:
    """The last two characters of every role and generic word of ``_rule_rx``: each of its matches holds one."""
    roles = [r for r in words("titles", "role") if r not in AMBIGUOUS_ROLES]
    return pair_screen(roles + words("titles", "generic"))


def rule_titles(text: str) -> list[tuple[int, int]]:
    """Title spans found by the lexicon alone (used to fill titles into training sets that do not label them).
    A text without the ending of a role is not scanned (about three texts in four of the 1998 slice)."""
    if not _rule_ends().search(text):
        return []
    return [m.span() for m in _rule_rx().finditer(text)]
