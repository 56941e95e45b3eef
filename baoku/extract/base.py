"""What the rules of ``ner`` share: the ``Entity`` they make, and the small tests of a text they all ask (whether a
span falls on the segmenter's word boundaries, whether a character is a family name, whether a name ends like an
item of a list or like a body, Han runs). Every rule module imports from here; this module imports no rule."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from ..lexicon import sections, trie_regex
from .features import segment, type_map


@dataclass(slots=True)
class Entity:
    type: str                   # person | title | gov_org | org | place | date
    start: int                  # offsets into the text, end exclusive
    end: int
    text: str
    value: str | None = None    # dates: ISO value; titles: none (see parts)
    parts: dict = field(default_factory=dict)   # title: body_end, role_start; date range: range

    def to_json(self) -> dict:
        out = {"type": self.type, "start": self.start, "end": self.end, "text": self.text}
        if self.value is not None:
            out["value"] = self.value
        return out


_TYPE = attrgetter("type")


@lru_cache(maxsize=1)
def _bare_endings() -> frozenset:
    s = sections("orgs")
    return frozenset(list(s["gov_suffix"]) + list(s["org_suffix"]) + list(s["media"]) + list(s["gov_kind"]))


def _bare_ending(name: str) -> bool:
    """Whether ``name`` is only an organization's ending (公司, 法院, 部门)."""
    return name in _bare_endings()


def _word_aligned(text: str, s: int, e: int, start_only: bool = False) -> bool:
    """Whether ``text[s:e]`` begins and ends (or, with ``start_only``, begins) where jieba's words do (segmenting
    a few characters around it): the 江西 of 长江|西岸 is no place."""
    a = max(0, s - 4)
    bounds = {a}
    for w in segment(text[a:e + 4]):
        a += len(w)
        bounds.add(a)
    return s in bounds and (start_only or e in bounds)


# endings of the bodies in such lists that the organization lexicon leaves to the tagger (剧团, 书店, 科协, 科技处)
_ITEM_ENDS = tuple("团 院 所 店 协 处 科 室 台 系".split())


def _item_end(name: str) -> bool:
    return name.endswith(_ITEM_ENDS) or _org_end_rx().search(name) is not None


_CJK = re.compile(r"[\u4e00-\u9fff]+")


def _is_surname(ch: str) -> bool:
    """Whether ``ch`` is a family name of one character: the tagger's (``type_map``) or one of the rules' alone."""
    return type_map().get(ord(ch)) == "S" or ch in _rule_surnames()


@lru_cache(maxsize=1)
def _rule_surnames() -> frozenset:
    """The family names that only the rules read (``surnames.txt`` [rules])."""
    return frozenset(sections("surnames")["rules"])


@lru_cache(maxsize=1)
def _org_end_rx() -> re.Pattern:
    s = sections("orgs")
    return re.compile(rf"(?:{trie_regex(list(s['gov_suffix']) + list(s['org_suffix']) + list(s['media']))})$")
