"""Government and party bodies versus other organizations, by their names (``data/extract/orgs.txt``).

The tagger finds organizations; a name is a ``gov_org`` when it is a listed government or party body or
ends like one (厅, 局, 委员会, 政府 …), unless a longer company or institution ending says otherwise
(集团, 银行, 研究院 …). An institution ending (中心, 站) under a bare administrative level (市社会保险中心)
is a government body.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import sections

_LEVEL_START = ("省", "市", "县", "区", "镇", "乡", "州", "国家", "中央")


@lru_cache(maxsize=1)
def _tables():
    s = sections("orgs")
    gov_words = frozenset(s["gov_word"])
    gov_suf = tuple(sorted(s["gov_suffix"], key=len, reverse=True))
    org_suf = tuple(sorted(list(s["org_suffix"]) + list(s["media"]), key=len, reverse=True))
    return gov_words, gov_suf, org_suf


@lru_cache(maxsize=20000)
def org_type(name: str) -> str:
    """``gov_org`` or ``org``."""
    gov_words, gov_suf, org_suf = _tables()
    if name in gov_words:
        return "gov_org"
    g = next((len(x) for x in gov_suf if name.endswith(x)), 0)
    o = next((len(x) for x in org_suf if name.endswith(x)), 0)
    if not g and not o:
        return "gov_org" if any(name.endswith(w) for w in gov_words if len(w) >= 2) else "org"
    if o > g:
        if name.startswith(_LEVEL_START) and name.endswith(("中心", "站", "所", "馆", "办")):
            return "gov_org"
        return "org"
    return "gov_org"
