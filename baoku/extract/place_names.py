"""The place lexicon the rules look names up in: the places of ``data/extract/places.txt`` (less the ones that are
often words), the counties and divisions of the administrative lexicon, countries and world cities, the short
names written with the rest of the name in brackets, and the places that name newspapers, as sets and as
patterns. Read once and cached; the rules of ``ner`` and its rule modules import from here."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Matcher, sections, trie_regex


@lru_cache(maxsize=1)
def _countries() -> frozenset:
    """The countries of the places lexicon, with those the tagger's features do not mark (``country_more``)."""
    pl = sections("places")
    return frozenset(list(pl["country"]) + list(pl["country_more"]))


@lru_cache(maxsize=1)
def _country_starts() -> frozenset:
    """The first two characters of every country of `_countries`: a name beginning otherwise begins with none."""
    return frozenset(c[:2] for c in _countries())


@lru_cache(maxsize=1)
def _world_cities() -> frozenset:
    """The capitals and large cities abroad of the places lexicon (``world_city``), which no feature marks."""
    return frozenset(sections("places")["world_city"])


_NAMED_EVENTS = ("起义", "事变", "暴动", "兵变")      # an uprising or incident named after its place (某地|事变)


# city names that are ordinary words too (长治久安, 世界大同, 来宾): not taken from the lexicon alone
_AMBIGUOUS_PLACES = frozenset("来宾 白银 朝阳 中山 北海 黄山 普洱 安康 长治 大同 三明 黑河 玉林 新余 永州 丽水 吉安 宜春 "
                              "宁德 阳江 保山 白山 通化 四平 松原 白城 伊春 七台河 金昌 定西 海东 东营 "
                              "日照 德州 泰州 台州 宿迁 随州 怀化 眉山 遵义 临沧 林芝 山南 那曲 商洛 武威 中卫 "
                              "吉林 文山 红河 大庆 铜仁 安顺 昌都 资阳 广安".split())


# regions named by the compass (东北, 西南, 华北): as often a direction or a part of some place as the region
_COMPASS = re.compile(r"[东西南北华中][东西南北中]")
# regions' short names that the 1998 set leaves unlabelled where they stand alone (拉美: a labelled place 0 times of 29
# in its training sentences, validation split aside; CLUENER's write it never)
_UNLABELLED_REGIONS = frozenset(["拉美"])


@lru_cache(maxsize=1)
def _place_names() -> list[str]:
    """The lexicon places of `_place_rx` (no region of `_UNLABELLED_REGIONS`): the other countries too, which the
    tagger's features do not mark."""
    pl = sections("places")
    names = list(pl["country"]) + list(pl["province"]) + list(pl["province_short"])
    names += [r for r in pl["region"] if not _COMPASS.fullmatch(r) and r not in _UNLABELLED_REGIONS]
    names += [c for c in pl["city"] if c not in _AMBIGUOUS_PLACES and len(c) >= 2]
    names += [c + "市" for c in pl["city"]]
    names += list(pl["country_more"])
    return names


@lru_cache(maxsize=1)
def _places() -> Matcher:
    """Lexicon places, not where they begin a longer word (中国人, 朝鲜族, 发展|中国家) or an event's name (某地|起义,
    `_NAMED_EVENTS`); before 方面 (某国|方面, that side) a place all the same: a labelled place there 21 times of 21 in
    the 1998 training sentences, 62 of 62 in MSRA's. Screened: a text is scanned from a longest place before the
    first place's last two characters, if it has them."""
    events = "|".join(_NAMED_EVENTS)
    return Matcher(_place_names(), after=f"(?!人|式|化|语|话|字|菜|画|队|籍|族|家|铢|盾|{events})", screened=True)


@lru_cache(maxsize=1)
def _paper_places() -> re.Pattern:
    """A lexicon place or a city abroad naming a newspaper in a title (《某城|时报》, 《某省|日报》): in the 1998 training
    sentences (validation split aside) such a place is a labelled place 29 times of 31, nothing else on it."""
    names = sorted(set(_place_names()) | _world_cities())
    return re.compile(rf"(?<=《)(?:{trie_regex(names)})(?=(?:时报|日报|晚报|邮报|早报|商报)》)")


# a place's short name with the rest of its name in brackets (某（州）, （某）江): one character and up to three
_BRACKETED_NAMES = (re.compile(r"([\u4e00-\u9fff])（([\u4e00-\u9fff]{1,3})）"),
                    re.compile(r"（([\u4e00-\u9fff]{1,2})）([\u4e00-\u9fff])"))


@lru_cache(maxsize=1)
def _bracket_names() -> frozenset:
    """The places a bracketed name (`_BRACKETED_NAMES`) may spell: the lexicon's places, rivers, lakes, seas and
    mountains, and cities abroad."""
    return frozenset(_place_names()) | frozenset(sections("places")["feature"]) | _world_cities()


def _place_rx() -> re.Pattern:
    """The pattern of `_places`, to match at a given place."""
    return _places().rx


@lru_cache(maxsize=1)
def _listed_places() -> frozenset:
    """The lexicon places of `_place_rx`: a text is one exactly when the pattern matches it whole (its lookahead sees
    the text's end), and a set answers without the pattern's scan."""
    return frozenset(_place_names())
