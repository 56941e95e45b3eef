"""Government and party bodies versus other organizations, by their names (``data/extract/orgs.txt``).

The tagger finds organizations; a name is a ``gov_org`` when it is a listed government or party body (or
agency known by its Latin initials, FBI) or
ends like one (厅, 局, 委员会, 政府 …; or 军队, 中院 …, endings of ``gov_kind`` that only decide the kind
of a name the tagger found), unless a longer company or institution ending says otherwise
(集团, 银行, 研究院 …); a ``gov_kind`` ending beats an organization ending it repeats (科学院, the state's academies,
and their units). An institution ending (中心, 站) under a bare administrative level (市社会保险中心)
is a government body, and so is a broadcaster of the central level (央视). A unit inside a named body
takes the body's kind: a department of a company or university (银行…信贷部, 大学…研究中心) is an organization,
a unit of a ministry or bureau (…部政策研究中心, …厅…中心) a government body; a company, school, hospital or
museum keeps its own kind under any head (…空军|博物馆: `_OWN_KIND_ENDS`). A headquarters (…总部) takes its
owner's kind. A trading body's department (…市场部, …营业部, …分部: ``trade_unit``) is an organization, not a
government body for its 部, unless a government body heads it (…局|业务部): over the labelled names of CLUENER's
training sentences (validation split aside) this retypes 10 names, all organizations typed government before.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import sections
from .features import segment

_LEVEL_START = ("省", "市", "县", "区", "镇", "乡", "州", "国家", "中央")


@lru_cache(maxsize=1)
def _tables():
    """The orgs lexicon's government words, government endings and organization endings (``_by_length`` orders them)."""
    s = sections("orgs")
    gov_words = frozenset(list(s["gov_word"]) + list(s["gov_acronym"]))
    gov_suf = frozenset(s["gov_suffix"]) | frozenset(s["gov_kind"])
    org_suf = (frozenset(s["org_suffix"]) | frozenset(s["media"]) | frozenset(s["trade_unit"])
               | frozenset(s["event_office"])) - frozenset(s["gov_kind"])
    return gov_words, gov_suf, org_suf


@lru_cache(maxsize=20000)
def org_type(name: str) -> str:
    """``gov_org`` or ``org``."""
    gov_words = _tables()[0]
    gov_suf, org_suf = _endings()
    if name in gov_words or _central_broadcaster(name):
        return "gov_org"
    if name.endswith("总部") and len(name) >= 4:
        return org_type(_owner(name[:-2]))
    head = None if name.endswith(_OWN_KIND_ENDS) else _head_kind(name, gov_words)
    if head:
        return head
    g = _suffix_length(name, gov_suf)
    o = _suffix_length(name, org_suf)
    if not g and not o:
        return "gov_org" if name.endswith(_long_gov_words()) else "org"
    if o > g:
        if name.startswith(_LEVEL_START) and name.endswith(("中心", "站", "所", "馆", "办")):
            return "gov_org"
        return "org"
    return "gov_org"


# a company's, a school's, a hospital's or a museum's ending: its own kind, whatever body heads the name (…局|集团,
# …公安|贷款公司, …空军|博物馆, …海军|学院): in CLUENER's training sentences (validation split aside) the 9 labelled
# names so ending with a government body at their head are all organizations
_OWN_KIND_ENDS = ("公司", "集团", "学院", "大学", "博物馆", "学校", "医院")


def _owner(name: str) -> str:
    """The body a headquarters (…总部) belongs to, a place between them aside (某某银联|上海|总部, 某某保险|总部): in
    the CLUENER training sentences the 10 labelled headquarters are of their owner's kind 9 times."""
    k = _suffix_length(name, _place_ends())
    return name[:-k] if 0 < k < len(name) else name


@lru_cache(maxsize=1)
def _place_ends() -> Endings:
    """Provinces, cities and countries of the places lexicon (two characters or more), by length."""
    pl = sections("places")
    return _by_length({w for k in ("province", "province_short", "city", "country", "world_city") for w in pl[k]
                       if len(w) >= 2})


def _central_broadcaster(name: str) -> bool:
    """Whether ``name`` is a broadcaster of the central level (央视, 中央电视台, 中央人民广播电台): in the CLUENER
    training sentences such a name is labelled government 10 times of 15 (a province's or city's station is an
    organization there)."""
    return name == "央视" or name.startswith("中央") and name.endswith("台")


Endings = tuple[tuple[int, frozenset[str]], ...]


def _by_length(suffixes) -> Endings:
    """``suffixes`` grouped by their length, longest first: a name's ending of each length is one set lookup
    (``str.endswith`` of a tuple tries every suffix in turn)."""
    lengths = sorted({len(x) for x in suffixes}, reverse=True)
    return tuple((n, frozenset(x for x in suffixes if len(x) == n)) for n in lengths)


@lru_cache(maxsize=1)
def _endings() -> tuple[Endings, Endings]:
    """The government and organization endings of ``_tables``, by length."""
    _, gov_suf, org_suf = _tables()
    return _by_length(gov_suf), _by_length(org_suf)


def _suffix_length(name: str, suffixes: Endings) -> int:
    """The length of the longest of ``suffixes`` that ends ``name``, 0 when none does."""
    for n, ends in suffixes:
        if name[-n:] in ends:
            return n
    return 0


@lru_cache(maxsize=1)
def _long_gov_words() -> tuple[str, ...]:
    """The government words of two characters or more."""
    return tuple(w for w in _tables()[0] if len(w) >= 2)


_WEAK_ORG = ("中心", "站", "馆", "社", "场", "厂", "矿", "控股", "证券", "保险", "基金", "信托")


@lru_cache(maxsize=1)
def _head_suffixes() -> tuple[Endings, Endings]:
    """The organization and government endings that make a body of a name's head, by length."""
    _, gov_suf, org_suf = _tables()
    org = _by_length([x for x in org_suf if len(x) >= 2 and x not in _WEAK_ORG])
    gov = _by_length([x for x in gov_suf if len(x) >= 2 or x in "厅局部"])
    return org, gov


def _head_kind(name: str, gov_words: frozenset) -> str | None:
    """The kind of the first named body at the head of ``name`` when a unit follows it, else None; the longer
    ending decides when the head ends like both (…科学院 is no …学院). A 长, 员 or 门 after a government ending
    ends no head where it makes a word with it (…局长, …委员, …部门), but does where jieba's words begin with it
    (…社科院|长河…: in the CLUENER training sentences 2 labelled names so written, both government). A body's
    website (…法院|网) takes the body's kind (the 2 labelled CLUENER names it retypes are government)."""
    if len(name) < 4:
        return None
    org, gov = _head_suffixes()
    for k in range(3, len(name) - (not name.endswith("网"))):
        head = name[:k]
        if head in gov_words:
            return "gov_org"
        o = _suffix_length(head, org)
        g = _suffix_length(head, gov)
        if name[k] != "业" and o and o >= g:
            return "org"
        if g and (name[k] not in "长员门" or k in _word_ends(name)):
            return "gov_org"
    return None


def _word_ends(name: str) -> set[int]:
    """The offsets in ``name`` where one of jieba's words ends."""
    out, k = set(), 0
    for w in segment(name):
        k += len(w)
        out.add(k)
    return out
