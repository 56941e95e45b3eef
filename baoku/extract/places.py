"""Rules that find and bound places the tagger missed, cut or ran on: lexicon places (and the bodies they head),
places read off the segmenter, before 人 and in datelines, cities after their countries, counties after their
provinces, regions, places in lists and at the ends of stretches (从某地至某地), places headed by another place or
a direction, and places known by the words around them. Each rule takes the text and the entities so far;
``ner.entities`` calls them in its order."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Matcher, sections, trie_regex
from .base import Entity, _CJK, _is_surname, _item_end, _word_aligned
from .bodies import _GENERIC_BODIES, _KIND_WORDS, _bare_tail_rx
from .features import _jieba, segment
from .orgs import org_type
from .place_names import (_BRACKETED_NAMES, _bracket_names, _countries, _listed_places, _paper_places, _place_names,
    _place_rx, _places, _world_cities)


_DEICTIC_PLACE = re.compile(r"[本该全各外此我两邻][国省市县区乡镇村]")     # 本县, 外省, 我国: a level pointed to, no name
_AREA_WORDS = ("市场", "灾区", "境内", "街头", "城区", "郊区", "各地", "内地", "大地", "当局")   # a part or side of a place


_EPITHETS = ("首都", "古都", "古城", "名城", "山城")    # a city's epithet before its name (首都|某某)


def _area_head(name: str) -> int:
    """The length of the lexicon place that ``name`` is with a word of its parts or sides after it (某国|境内, 某省|各地,
    某市|当局), else 0: in the 1998 training sentences a lexicon place before such a word is labelled alone 158 times and
    with the word never (CLUENER's: 5 and never). Up to four characters may stand before 当局 (某国|监管当局): a lexicon
    place so followed is labelled alone 65 times and one organization with them 3 (CLUENER: once each way)."""
    w = next(w for w in _AREA_WORDS if name.endswith(w))
    if w == "当局" and (m := _place_rx().match(name)) and len(name) - m.end() <= 6:
        return m.end()
    return len(name) - len(w) if name[:len(name) - len(w)] in _listed_places() else 0


def _places_of_kinds(ents: list[Entity]) -> list[Entity]:
    """An organization that is a lexicon place and a word of kind with a generic body or 政府 (某国|现政府, 某省|有关
    部门, `_kind_body`: a kind of body of that place, no body's name) is the place. In the training sentences (validation
    split and held-out block aside) such a text is the place labelled alone 8 times of 9 in the 1998 set (one body
    once) and 1 of 1 in CLUENER's."""
    out = []
    for e in ents:
        k = _kind_place(e.text) if e.type in ("org", "gov_org") else 0
        out.append(Entity("place", e.start, e.start + k, e.text[:k]) if k else e)
    return out


def _kind_place(name: str) -> int:
    """The length of the lexicon place ``name`` begins with before a word of kind and a generic body, else 0."""
    for k in range(2, len(name) - 2):
        rest = name[k:]
        if name[:k] in _listed_places() and (_kind_body(rest) or rest.endswith("政府") and rest[:-2] in _KIND_WORDS):
            return k
    return 0


_MOU = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]某(?![\u4e00-\u9fff])|[\u4e00-\u9fff]某(?=[，。、和与说因被等在将已也])")
# a family name and 某 anywhere (某某|购入, 的|某某|脸部), taken where jieba's words begin and end with them and
# the family name is no preposition or conjunction (由某|机构): in the 1998 training sentences (validation split
# aside) such a pair that `_MOU` does not cover is a labelled name 30 times of 31; not before 些, 种, 一, 个, 人 or
# another 某 (某些, 某种, 某一, 某某某). CLUENER labels no such name (0 of 46): its scoring leaves them out
_MOU_WORD = re.compile(r"[\u4e00-\u9fff]某(?![某些种一个人])")


@lru_cache(maxsize=1)
def _ministry_rx() -> Matcher:
    """A body of the ministry lexicon (with a unit after it), not where it begins a role or a word for a kind
    of department (外交部|长, 公安部|门); a text without the last two characters of one is not scanned."""
    return Matcher(sections("orgs")["ministry"], screened=True,
                   after=r"(?:[\u4e00-\u9fff]{1,6}?(?:局|司|署|办公室|委员会))?(?![\u4e00-\u9fff]?(?:长|员|会|所|处|科)|门)")


_LATIN_UPPER = re.compile("[A-Z][A-Z]{2}")     # [A-Z]{3} (see _NOT_O)


@lru_cache(maxsize=1)
def _acronym_rx() -> re.Pattern:
    """A government agency of the lexicon by its Latin initials, not inside a longer Latin word (FBI, not FBIX)."""
    return re.compile(rf"(?<![A-Za-z0-9])(?:{trie_regex(sections('orgs')['gov_acronym'])})(?![A-Za-z0-9])")


def _bracketed_places(text: str, ents: list[Entity]) -> list[Entity]:
    """A place written as a short name with the rest of its name in brackets (某（州）, （某）江), where the two spell a
    place of the lexicon, is one place, brackets and all (in the 1998 training sentences, validation split aside,
    such a span is a labelled place 5 times of 5), over the one-character place the tagger may have found in it."""
    for m in (m for rx in _BRACKETED_NAMES for m in rx.finditer(text)):
        name = m.group(1) + m.group(2)
        s, e = m.span()
        inside = [x for x in ents if x.start < e and s < x.end]
        if name in _bracket_names() and all(x.type == "place" and s <= x.start and x.end <= e for x in inside):
            ents = [x for x in ents if x not in inside] + [Entity("place", s, e, m.group())]
    return sorted(ents, key=lambda x: x.start)


# a word for a river's, lake's, sea's or mountain's banks, basin or foot, which the 1998 set leaves out of the place
_SIDES = ("边", "之滨", "两岸", "沿岸", "流域", "上游", "下游", "中游", "岸边", "脚下", "沿线", "北岸", "南岸", "东岸", "西岸")
# a quick test of whether a text may hold a match of `_feature_side_rx`: most texts hold no such word, and the
# pattern's scan tries every river, lake, sea and mountain wherever one of their first characters stands
_SIDE_WORD = re.compile("|".join(_SIDES))


@lru_cache(maxsize=1)
def _feature_side_rx() -> re.Pattern:
    """A river, lake, sea or mountain of the places lexicon ([feature]) right before a word for its banks, basin or
    foot (`_SIDES`): in the training sentences such a name is a labelled place alone 30 times in the 1998 set (and
    63 in MSRA's), inside a longer place once (2), nothing never; CLUENER labels 3 inside an address and 1 inside
    an organization's name."""
    return re.compile(rf"(?:{trie_regex(sections('places')['feature'])})(?=(?:{'|'.join(_SIDES)}))")


def _lexicon_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """Government bodies (外交部, 审计署) and well-known places (countries, provinces, cities) of the lexicons that
    the tagger left out; such a place with an organization's ending right after it (某省|政府, see
    `_place_headed_bodies`) is that body. So is a river, lake, sea or mountain before a word for its banks, basin or
    foot (`_feature_side_rx`)."""
    added = []
    for m in _ministry_rx().finditer(text):
        s, e = m.span()
        if m.group() == "派出所":
            s = _street_head(text, s)
        if not any(x.start < e and s < x.end for x in ents):
            added.append(Entity("gov_org", s, e, text[s:e]))
    for m in _acronym_rx().finditer(text) if _LATIN_UPPER.search(text) else ():
        s, e = m.span()
        if not any(x.start < e and s < x.end for x in ents + added):
            added.append(Entity("gov_org", s, e, m.group()))
    for m in _MOU.finditer(text) if "某" in text else ():
        s, e = m.span()
        if _is_surname(text[s]) and not any(x.start < e and s < x.end for x in ents + added):
            added.append(Entity("person", s, e, m.group()))
    for m in _MOU_WORD.finditer(text) if "某" in text else ():
        s, e = m.span()
        if (_is_surname(text[s]) and _jieba()[1].get(text[s], "")[:1] not in ("p", "c")
                and not any(x.start < e and s < x.end for x in ents + added) and _word_aligned(text, s, e)):
            added.append(Entity("person", s, e, m.group()))     # 股民|某某|购入, 认定|某某|违反
    for m in _feature_side_rx().finditer(text) if _SIDE_WORD.search(text) else ():
        s, e = m.span()
        if not any(x.start < e and s < x.end for x in ents + added) and _word_aligned(text, s, e, start_only=True):
            added.append(Entity("place", s, e, m.group()))      # 某江|两岸, 某海|之滨 (jieba may join 海之滨)
    for m in _places().finditer(text):
        s, e = m.span()
        if any(x.start < e and s < x.end for x in ents + added):
            continue                # an entity on the place is on the body it may head too
        b = _bare_tail_rx().match(text, e)
        if b and not any(x.start < b.end() and s < x.end for x in ents + added) and _word_aligned(text, s, b.end()):
            added.append(Entity(org_type(text[s:b.end()]), s, b.end(), text[s:b.end()]))    # 某市|政府
        elif _word_aligned(text, s, e, start_only=m.group() in _countries()) or _before_verb(text, s, e):
            added.append(Entity("place", s, e, m.group()))
        elif _city_before_word(text, s, e):
            added.append(Entity("place", s, e - 1, text[s:e - 1]))
    for m in _paper_places().finditer(text) if "报》" in text else ():
        if not any(x.start < m.end() and m.start() < x.end for x in ents + added):
            added.append(Entity("place", m.start(), m.end(), m.group()))     # 《某城|时报》
    return sorted(ents + added, key=lambda x: x.start) if added else ents


@lru_cache(maxsize=1)
def _people_places() -> tuple[frozenset, dict[str, tuple[int, ...]]]:
    """The lexicon places and cities abroad a people may be named after (`_places_before_people`), and the lengths
    of those of two characters or more by their last character (`_lengths_by_last`)."""
    names = frozenset(_place_names()) | _world_cities()
    return names, _lengths_by_last(names)


def _lengths_by_last(names) -> dict[str, tuple[int, ...]]:
    """The lengths of ``names`` of two characters or more by their last character, longest first."""
    lengths: dict[str, set[int]] = {}
    for w in names:
        if len(w) >= 2:
            lengths.setdefault(w[-1], set()).add(len(w))
    return {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()}


def _places_before_people(text: str, ents: list[Entity]) -> list[Entity]:
    """A lexicon place or a city abroad right before 人 (某国|人, 某省|人), the longest one ending there, where nothing
    was found on it is a place: in the 1998 training sentences (validation split aside) such a name is a labelled
    place 359 times, inside a longer entity 124, unlabelled never (CLUENER's: 3, 64 and 46)."""
    names, lengths = _people_places()
    added = []
    k = text.find("人", 2)
    while k >= 0:
        s = next((k - n for n in lengths.get(text[k - 1], ()) if n <= k and text[k - n:k] in names), None)
        if s is not None and not any(x.start < k and s < x.end for x in ents):
            added.append(Entity("place", s, k, text[s:k]))
        k = text.find("人", k + 1)
    return sorted(ents + added, key=lambda x: x.start) if added else ents


_SEGMENTER_PLACE_ENDS = re.compile("[省县江河]")


@lru_cache(maxsize=1)
def _segmenter_place_words() -> tuple[frozenset, dict[str, tuple[int, ...]]]:
    """jieba's places (ns) ending in 省, 县, 江 or 河 (two characters or more), and their lengths by that character
    (`_lengths_by_last`): a text is looked up only at the lengths of those ending where it does."""
    names = frozenset(w for w, t in _jieba()[1].items() if t == "ns" and len(w) >= 2 and w[-1] in "省县江河")
    return names, {c: _lengths_by_last(names).get(c, ()) for c in "省县江河"}


def _segmenter_places(text: str, ents: list[Entity]) -> list[Entity]:
    """A word jieba tags a place (ns) ending in 省, 县, 江 or 河 where nothing was found is the place (某某县, 某江),
    unless its first character is an adjective or a numeral (大江, 长河, 两省: a kind, not a name), it points to a
    level (外县) or it is a level alone (自治县). In the 1998 training sentences such a word is a labelled place 714
    times, inside a longer entity 271, crossing one 9, a name 5, nothing 50 (CLUENER's: 41, 116, 1, 0, 27)."""
    tags = _jieba()[1]
    ends = [m.end() for m in _SEGMENTER_PLACE_ENDS.finditer(text)
            if not any(x.start <= m.start() < x.end for x in ents)]
    places, lengths = _segmenter_place_words()
    if not any(text[b - n:b] in places for b in ends for n in lengths[text[b - 1]] if n <= b):
        return ents                         # no place of jieba's ends at such a character outside every entity
    added = []
    a = 0
    for w in segment(text):
        s, a = a, a + len(w)
        if (len(w) >= 2 and w[-1] in "省县江河" and tags.get(w) == "ns" and tags.get(w[0], "")[:1] not in ("a", "m")
                and not _DEICTIC_PLACE.fullmatch(w) and not w.startswith("自治")
                and not any(x.start < a and s < x.end for x in ents)):
            added.append(Entity("place", s, a, w))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


@lru_cache(maxsize=1)
def _world_city_rx() -> re.Pattern:
    """The capitals and large cities abroad of the places lexicon (`_world_cities`)."""
    return re.compile(trie_regex(sorted(_world_cities())))


def _cities_after_countries(text: str, ents: list[Entity]) -> list[Entity]:
    """A large city abroad (`_world_cities`) right after a country the tagger found as a place, with nothing found
    on it and on jieba's word boundaries, is a place (某国|某城): in the 1998 training sentences such a city is a
    labelled place 22 times and part of an organization's name 11 (the country then inside it too)."""
    added = []
    for k, e in enumerate(ents):
        if e.type != "place" or e.text not in _countries():
            continue
        m = _world_city_rx().match(text, e.end)
        if (m and not any(x.start < m.end() and e.end < x.end for x in ents[k + 1:k + 3])
                and _word_aligned(text, e.end, m.end())):
            added.append(Entity("place", e.end, m.end(), m.group()))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


@lru_cache(maxsize=1)
def _counties() -> Matcher:
    """The county-level cities of the places lexicon ([county]), with the 市 or 县 right after one."""
    return Matcher(sections("places")["county"], after="[市县]?", screened=True)


def _county_places(text: str, ents: list[Entity]) -> list[Entity]:
    """A county-level city of the places lexicon (`_counties`, which no feature marks) where the tagger found
    nothing, on jieba's word boundaries, is a place, with the 市 or 县 right after it (the 1998 set labels 某某市
    whole): in the 1998 and MSRA training sentences such a name is a labelled place 381 times alone and 276 with
    市 or 县, inside another entity 280 times and outside every entity 2 (CLUENER's: 15, 2, 70, crossing one 1).
    One filling a work's title (《某某》) is the work: such a name is a labelled place there never (in CLUENER's 5
    times a book or film)."""
    added = []
    for m in _counties().finditer(text):
        s, e = m.span()
        if (not any(x.start < e and s < x.end for x in ents) and _word_aligned(text, s, e)
                and not (text.startswith("》", e) and text.endswith("《", 0, s))):
            added.append(Entity("place", s, e, m.group()))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


_STREET_ENDS = tuple("路街道镇乡村")
_NOT_STREET_TAGS = frozenset("v p c u d r q f".split())


def _street_head(text: str, s: int) -> int:
    """Where a police station's name begins before ``s`` (某某路|派出所, 某某|镇|派出所): jieba's word before it when
    it ends in a street's or township's ending, or such an ending alone and the word of a name or number before it;
    else ``s``. Both training sets label the station with its street or township."""
    words = segment(text[max(0, s - 6):s])
    if not words or not words[-1].endswith(_STREET_ENDS):
        return s
    k = s - len(words[-1])
    if len(words[-1]) == 1:
        if len(words) < 2 or len(words[-2]) > 3 or _jieba()[1].get(words[-2], "x")[:1] in _NOT_STREET_TAGS:
            return s
        k -= len(words[-2])
    return k if _CJK.fullmatch(text, k, s) else s


def _city_before_word(text: str, s: int, e: int) -> bool:
    """Whether a lexicon city matched with 市 is the city alone before a word beginning with 市 (某地|市民, 某地|市场,
    not 某地|市委 or 市政府): in the 1998 training sentences such a city is a place 28 times of 28."""
    return (text[e - 1] == "市" and text[e - 1:e + 1] not in ("市委", "市政")
            and text[s:e - 1] in _listed_places() and _word_aligned(text, s, e - 1))


def _before_verb(text: str, s: int, e: int) -> bool:
    """Whether a lexicon place begins a jieba word whose rest is a verb not ending like a site (某地谈判, 某地回归 are
    single words of jieba's): in the 1998 training sentences such a place outside every entity is labelled a place
    39 times and nothing 4 times (uprisings named for a city)."""
    a = max(0, s - 4)
    for w in segment(text[a:e + 4]):
        if a == s:
            return len(w) > e - s and _jieba()[1].get(w[e - s:], "")[:1] == "v" and w[-1] not in _SITE_ENDS
        a += len(w)
    return False


@lru_cache(maxsize=1)
def _provinces() -> frozenset:
    """The provinces of the places lexicon, full and short (河北省, 河北)."""
    pl = sections("places")
    return frozenset(list(pl["province"]) + list(pl["province_short"]))


def _regions(text: str, ents: list[Entity]) -> list[Entity]:
    """A place takes the 地区 right after it that the tagger left out (某某|地区: in the 1998 training sentences a
    place ends in 地区 204 times, 地区 follows one 43 times), and a province right before a region or an autonomous
    county of it (…省|某某地区, …|某某自治州, …省|某某自治县) is one place with it (there such a pair is one place 25 times
    and two never, with an autonomous county 8 times and never)."""
    out: list[Entity] = []
    for e in ents:
        if e.type == "place" and text.startswith("地区", e.end) and not any(x.start == e.end for x in ents):
            e.end += 2
            e.text = text[e.start:e.end]
        if (e.type == "place" and e.text.endswith(("地区", "自治州", "自治县")) and out and out[-1].type == "place"
                and out[-1].end == e.start and out[-1].text in _provinces()):
            p = out.pop()
            e = Entity("place", p.start, e.end, text[p.start:e.end])
        out.append(e)
    return out


# last characters of a place that the 1998 set labels whole after a country, province or city before it (…|某某区,
# …|某某馆, …|某某站): sites and districts rather than places of their own
_SITE_ENDS = frozenset("区馆场站园院店心厅堂城峡厦原地街廊宫楼镇村岛亚国伯")


@lru_cache(maxsize=1)
def _head_place_rx() -> re.Pattern:
    """A country, province or city of the lexicon (with 市 after a city) at the head of a longer place."""
    pl = sections("places")
    names = list(pl["country"]) + list(pl["country_more"]) + list(pl["province"]) + list(pl["province_short"])
    names += [c for c in pl["city"] if len(c) >= 2] + [c + "市" for c in pl["city"]]
    return re.compile(trie_regex(names))


def _second_place(name: str, k: int) -> bool:
    """Whether ``name[k:]`` after a lexicon head is a place of its own: two characters or more, not a level
    (…|市区), a site or district, an autonomous area, a street named for the head (某京|东路) or the head's own name."""
    rest = name[k:]
    return (len(rest) >= 2 and name[-1] not in _SITE_ENDS and rest[0] not in "省市县区" and "自治" not in rest
            and not (rest[0] in "东西南北中" and rest[-1] == "路") and not _head_place_rx().fullmatch(name))


def _split_headed_places(text: str, ents: list[Entity]) -> list[Entity]:
    """A place the tagger found that is a lexicon country, province or city followed by another place of two
    characters or more (某国|某某山, 某省|某某县) is two places, unless the rest ends like a site or district
    (`_SITE_ENDS`) or is autonomous (…省|某某自治县, see `_regions`): in the 1998 training sentences such a
    pair is two places 473 times and one place 2 times (with a site's ending: two 69, one 324). A city's epithet
    between them (某国|古都|某某) is in neither: there the name after it is a labelled place 30 times, with it never."""
    out: list[Entity] = []
    for e in ents:
        m = _head_place_rx().match(e.text) if e.type == "place" and len(e.text) >= 4 else None
        if m and _second_place(e.text, m.end()):
            k = e.start + m.end()
            j = k + 2 if e.end - k >= 4 and text.startswith(_EPITHETS, k) else k
            out += [Entity("place", e.start, k, text[e.start:k]), Entity("place", j, e.end, text[j:e.end])]
            continue
        out.append(e)
    return out


def _direction_heads(text: str, ents: list[Entity]) -> None:
    """A place the tagger began one character late, after a point of the compass that follows another place
    (某某市|东|某某镇), takes that character: in the training sentences (validation split aside) such a character
    begins the second place 33 times in the 1998 set and 74 in MSRA's, and stands outside it 2 and 3 times."""
    ends = {e.end for e in ents if e.type == "place"}
    for e in ents:
        if e.type == "place" and e.end - e.start >= 2 and e.start - 1 in ends and text[e.start - 1] in "东西南北":
            e.start -= 1
            e.text = text[e.start:e.end]


# a county or city named right after its province (…省|某某县): two or three characters of a name (no function
# word, numeral or word of kind in them; 城 only after the first: 某城县, not 城市), then 县 or 市 not running on into a
# body or a word (县委, 市民, 县城)
_COUNTY_AFTER = re.compile(r"[^\W\d和及与的等各原在共三十六大小强城区省市县辖地级][^\W\d和及与的等各原在共三十六大小强区省市县辖地级]{1,2}?"
                           r"[县市](?![委长政级城区民内里郊场属直])")


def _counties_after_provinces(text: str, ents: list[Entity]) -> list[Entity]:
    """A county or city right after a province the tagger found, which the tagger left out (…省|某某县): in the 1998
    training sentences such a county (jieba's words beginning and ending with it) is a place 179 times of 182."""
    added = []
    for k, e in enumerate(ents):
        if e.type == "place" and e.text in _provinces():
            m = _COUNTY_AFTER.match(text, e.end)
            if m and (k + 1 == len(ents) or ents[k + 1].start >= m.end()) and _word_aligned(text, *m.span()):
                added.append(Entity("place", m.start(), m.end(), m.group()))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


# the other end of a stretch after a place (某某至|某某|段, 某某—|某某|公路): two to four characters of a name, then a
# word for a section, a road or the stretch between
_STRETCH_END = re.compile(r"[至到—]([^\W\d和及与的等各在至到从由向往—]{2,4}?)(?:段|之间|间|公路|铁路|航线)")


def _stretch_ends(text: str, ents: list[Entity]) -> list[Entity]:
    """The other end of a stretch named from a place the tagger found (某某至|某某|段) is a place where the tagger
    left it out and jieba's words begin and end with it: in the 1998 training sentences it is a place 7 times of 7."""
    added = []
    for k, e in enumerate(ents):
        m = _STRETCH_END.match(text, e.end) if e.type == "place" else None
        if (m and (k + 1 == len(ents) or ents[k + 1].start >= m.end(1))
                and _word_aligned(text, m.start(1), m.end(1))):
            added.append(Entity("place", m.start(1), m.end(1), m.group(1)))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


def _kind_body(name: str) -> bool:
    """Whether ``name`` is a word of kind and a generic body alone (有关部门, 国有银行, 原议会): in the training
    sentences (validation split aside) such a pair is a labelled organization 2 times of 382 in the 1998 set and
    2 of 68 in CLUENER's."""
    return any(name.startswith(k) and name[len(k):] in _GENERIC_BODIES for k in _KIND_WORDS)


_LIST_ITEM = re.compile(r"[^，。；：！？、“”‘’《》（）()\s,.;:!?]+")


def _list_chains(text: str) -> list[list[tuple[int, int]]]:
    """The lists of three items or more joined by 、 in ``text``, as (start, end) of each item."""
    chains: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for m in _LIST_ITEM.finditer(text):
        if cur and text[cur[-1][1]:m.start()] == "、":
            cur.append(m.span())
            continue
        if len(cur) >= 3:
            chains.append(cur)
        cur = [m.span()]
    return chains + [cur] if len(cur) >= 3 else chains


def _places_in_lists(text: str, ents: list[Entity]) -> None:
    """In a list joined by 、 of three items or more (…、某某、…) where places outnumber names, a name of two or three
    characters is a place too."""
    if "、" not in text:
        return
    chain: list[Entity] = []
    for e in sorted(ents, key=lambda x: x.start) + [None]:
        if e is not None and chain and text[chain[-1].end:e.start] == "、":
            chain.append(e)
            continue
        kinds = [x.type for x in chain]
        if len(chain) >= 3 and kinds.count("place") > kinds.count("person") >= 1 and kinds.count("place") >= 2:
            for x in chain:
                if x.type == "person" and x.end - x.start <= 3:
                    x.type = "place"
        chain = [e] if e is not None else []


# the end of a list of places: its last item, then 等 and/or a count, a few characters and a level (…、某某等地,
# …、某某等４个县, …、某某两个乡), the level not running on into a word (市场, 县委, 省长)
_PLACE_LIST_END = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:等(?:[０-９0-9一二三四五六七八九十百几多]+个)?|[０-９0-9一二三四五六七八九十百几多]+个)"
                             r"[\u4e00-\u9fff]{0,6}?[地县市乡镇省州](?![场民委长政级])")


# a list's last item joined to the one before it (…、某某和|某某等地, …、某某以及|某某等国)
_LAST_JOINED = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:以及|和|及|与)")


def _closed_place_lists(text: str, ents: list[Entity]) -> list[Entity]:
    """In a list joined by 、 closed as a list of places (…、某某等地, …、某某等３个县) with a place the tagger found as
    a whole item, and no more names than places, every other item of two to four characters is a place: a name the
    tagger found is read as one, an item holding nothing is added (where jieba's words begin and end with it). In
    the 1998 training sentences the items of such lists with a place among them are places 295 times, a name once
    and nothing 3 times. A list closed by a count of townships, counties or villages needs no place found in it
    (`_counted_levels`)."""
    if "、" not in text or "等" not in text and "个" not in text:     # no list closed so (`_PLACE_LIST_END`)
        return ents
    added = []
    for chain in _list_chains(text):
        items = _closed_items(text, chain, ents)
        whole = {(a, b): [e for e in ents if e.start < b and a < e.end] for a, b in items}
        kinds = [h[0].type for k, h in whole.items() if len(h) == 1 and (h[0].start, h[0].end) == k]
        if kinds.count("place") < max(1, kinds.count("person")) and not _counted_levels(text, items, kinds):
            continue
        for (a, b), h in whole.items():
            if not h and _word_aligned(text, a, b):
                added.append(Entity("place", a, b, text[a:b]))
            elif len(h) == 1 and h[0].type == "person" and (h[0].start, h[0].end) == (a, b):
                h[0].type = "place"
    return sorted(ents + added, key=lambda x: x.start) if added else ents


# a count of townships, counties or villages right after a list's last item (…、某某６个乡, …、某某三个县的)
_COUNTED_LEVEL = re.compile(r"[０-９0-9一二三四五六七八九十百几多]+个[乡县镇村](?:的|(?![\u4e00-\u9fff]))")


def _counted_levels(text: str, items: list[tuple[int, int]], kinds: list[str]) -> bool:
    """Whether a list with nothing found on its items is closed by a count of townships, counties or villages
    (…、某某６个乡): in the 1998 training sentences the items of such lists are labelled places 9 times of 11 (a
    part of one once, nothing once)."""
    return bool(items) and not kinds and _COUNTED_LEVEL.match(text, items[-1][1]) is not None


def _closed_items(text: str, chain: list[tuple[int, int]], ents: list[Entity]) -> list[tuple[int, int]]:
    """The items of a 、 list closed as a list of places by its third item or a later one (none if it is not), each
    of two to four Chinese characters: the closing item cut before its closing words and split at a 和, 及, 与 or
    以及 (…、某某和|某某等地), the first cut to the entity that ends it (到|某某、…) or else after its last 的 (上市的|某某、…).
    In the 1998 training sentences (their labelled entities standing for the tagger's) those two ways add 10 items,
    all labelled places."""
    for k in range(2, len(chain)):
        a, b = chain[k]
        j = _LAST_JOINED.match(text, a, b)        # …、某某和|某某等地: the last two items joined by 和
        m = j and _PLACE_LIST_END.match(text, j.end(), b)
        if not m:
            j, m = None, _PLACE_LIST_END.match(text, a, b)
        if m:
            break
    else:
        return []
    items = chain[:k] + ([(a, j.end(1)), (j.end(), m.end(1))] if j else [(a, m.end(1))])
    fa, fb = items[0]
    cut = text.rfind("的", fa, fb) + 1 or fa        # 上市的|某某、…: the first item begins after 的
    items[0] = next(((e.start, fb) for e in ents if e.end == fb and fa < e.start), (cut, fb))
    return [(s, e) for s, e in items if 2 <= e - s <= 4 and _CJK.fullmatch(text, s, e)]


_PLACE_AFTER = ("举行", "会见", "召开", "表示")
_MEETING = ("举行", "会见", "召开", "进行", "会晤", "会谈")
_TO_PLACE = ("首都", "位于", "地处", "前往", "抵达", "途经", "飞抵", "到达", "出访", "驻", "赴")
# words for a place's people (某地|人民, 某地|市民, 某地|观众)
_PLACE_PEOPLE = ("人民", "同胞", "市民", "民众", "居民", "观众", "华侨", "群众", "百姓")
# a dateline: a news agency or paper, the place (a country in brackets after a foreign one) and the day (本报某地１月２日电)
_DATELINE = re.compile(r"(?:本报|新华社|社)(?P<place>[\u4e00-\u9fff·]{2,6}?)(?:（[\u4e00-\u9fff]{2,6}）)?"
                       r"[０-９0-9]{1,2}月[０-９0-9]{1,2}日?电")


def _places_by_context(text: str, ents: list[Entity]) -> None:
    """A name the tagger found right after 首都, or between 在 and 举行, 会见, 召开 or 表示 (在某某|会见), is a place: in
    the 1998 training sentences what stands there is a place 231 times and a name never; so is one right after a
    word of going or lying somewhere (位于, 前往, 抵达, 驻, 赴 …: `_TO_PLACE`; a place 270 times, a name 2). So is
    an organization not ending like one between 在 and a word of meeting (在某某|进行会晤): there a place 174 times,
    a body once. So is a name right after 从, a place and 到 (从某地到|某某): a place there 19 times in the training
    sentences, a name never. So is a name in a dateline (本报某地１月２日电; a place 766 times, a name once). So is a
    name right before a word for a place's people (某地|人民, 某地|观众, `_PLACE_PEOPLE`): in the training sentences
    (validation split aside) an entity right before one is a labelled place 242 times (1998) and 4 (CLUENER), a name
    never."""
    froms = {p.end for p in ents if p.type == "place" and text[p.start - 1:p.start] == "从"}
    lines = {m.span("place") for m in _DATELINE.finditer(text)} if "电" in text else ()
    for e in ents:
        if e.type == "person" and (text.endswith(_TO_PLACE, 0, e.start) or (e.start, e.end) in lines or
                                   text[e.start - 1:e.start] == "在" and text.startswith(_PLACE_AFTER, e.end) or
                                   text[e.start - 1:e.start] == "到" and e.start - 1 in froms or
                                   text.startswith(_PLACE_PEOPLE, e.end)):
            e.type = "place"
        elif (e.type in ("org", "gov_org") and text[e.start - 1:e.start] == "在" and text.startswith(_MEETING, e.end)
              and not _item_end(e.text)):
            e.type = "place"
