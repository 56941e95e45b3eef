"""Entities in a text: the character tagger's spans (``tagging``) and the rules that finish them (government or
not, compound titles, date values and ranges), called in order by ``entities``. The rules live in modules named for
what they find: ``person_names``, ``name_lists``, ``not_people`` and ``repeats`` (people), ``bodies``
(organizations and government bodies), ``places`` (on the lexicon of ``place_names``), ``title_rules`` and
``dates``; ``edges`` holds the tests at a tagged span's edges and ``base`` the ``Entity`` and helpers all share."""
from __future__ import annotations

import re

from .base import Entity, _TYPE, _is_surname, _word_aligned
from .bodies import (_BARE_LEVELS, _BODIES, _LOCAL_OFFICE, _PARTY_ORGANS, _UNIT_END, _bare_bodies, _bare_screen,
    _bodies_between_bodies, _body_units, _counted_bodies, _country_city_bodies, _delegations, _endless_bodies,
    _event_cut, _forces_of_places, _function_word_cut, _has_body, _joined_bodies, _joined_office_heads,
    _kinds_of_business, _local_offices, _party_organs, _place_headed_bodies, _places_before_bodies,
    _places_before_title_bodies, _quantified_bodies, _repeated_heads, _split_org_lists, _stationed_bodies,
    _term_committees, _titled_bodies, _trigger_cut, _units_before_titles, _verb_joined_bodies)
from .dates import _dates, _time_words
from .edges import (_after_adverb, _common_site, _common_tail, _decimal_points, _glued_verb, _name_bounds,
    _run_on_phrase, _unpaired, _verb_tail)
from .features import _jieba
from .name_lists import (_foreign_names_beside_names, _items_among_names, _listed_names, _names_among_places,
    _names_before_list_heads, _names_heading_bodies, _names_heading_titles, _names_inside_runs, _one_character_items,
    _ordinal_heads, _roles_before_names, _things_in_lists)
from .not_people import _MATCH_WORDS, _game_spoken_of, _names_not_people, _teams_by_context
from .orgs import org_type
from .person_names import (_CAMEL_NAME, _HONORIFICS, _address_after, _aged_names, _authors, _authors_of_works,
    _credit_names, _dotted_names, _foreign_name_ends, _foreign_name_heads, _foreign_names_after_roles,
    _foreign_names_before_titles, _joined_foreign_names, _latin_names, _latin_players, _listed_authors,
    _lone_family_names, _names_after_kin, _names_after_titles, _names_before_addresses, _names_with_nationality,
    _original_names, _people_before_honorifics, _people_before_reporters, _people_by_context, _performers,
    _positioned_names, _signature, _slash_credits, _sound_notes, _split_credit_pairs, _split_credit_runs,
    _surname_before, _transliterated, _works_of_people)
from .place_names import _NAMED_EVENTS, _countries, _listed_places, _world_cities
from .places import (_AREA_WORDS, _DEICTIC_PLACE, _EPITHETS, _area_head, _bracketed_places, _cities_after_countries,
    _closed_place_lists, _counties_after_provinces, _county_places, _direction_heads, _lexicon_bodies,
    _places_before_people, _places_by_context, _places_in_lists, _places_of_kinds, _regions, _segmenter_places,
    _split_headed_places, _stretch_ends)
from .repeats import _LATIN, _repeated_names
from .tagging import tag_spans
from .title_rules import (_BOUNDARY, _compound_titles, _field_roles, _place_headed_occupations, _places_heading_titles,
    _rule_titles, _scholars, _split_joined_titles, _straddling_titles, _title_bodies)

_TYPES = {"PER": "person", "LOC": "place", "ORG": "org", "TITLE": "title", "DATE": "date"}


# endings of a body, not a place, where the tagger called a name with them a place (…使馆, …剧团, …图书馆, …中学: the
# 1998 training sentences label names with the later ones organizations 111 times, places never)
_BODY_ENDS = ("厅", "局", "委", "署", "办", "政府", "公司", "集团", "银行", "大学", "学院", "医院", "研究院",
              "委员会", "协会", "使馆", "剧团", "艺术团", "京剧院", "图书馆", "俱乐部", "小学", "中学")
# halls rather than departments (某某|音乐厅), whose 厅 is no body's (not 省某某厅): in the training sentences a place
# 24 times of 26 (1998 and CLUENER)
_HALLS = ("音乐厅", "演播厅", "花厅", "大厅", "展厅", "餐厅", "舞厅")


_ADVERBS = frozenset("曾已会将也都就又还便正")
# words for a couple or siblings after a name (某某|夫妇, 某某|哥俩): in the training sentences (validation split aside)
# a labelled name stands right before one 40 times, and no labelled name or place ends in one (4 companies do, …兄弟)
_KIN_GROUPS = ("夫妇", "夫妻", "哥俩", "兄弟", "姐妹", "兄妹", "姐弟", "父子", "父女", "母子", "母女")
# a city's or county's level read with the word after it (某某|市区, 某某|县城; not 某某县|城关镇)
_LEVEL_WORDS = re.compile(r"市区|市内|县城(?![关乡镇区市东西南北中])")
_DIRECTION = re.compile(r"大?(?:东北|西北|西南|东南|中南)")    # two points of the compass, not a named region
_SIDE_WORDS = ("大桥", "水库", "大堤", "沿岸", "两岸", "灾区", "境内")    # a work on a place or a side of it
_CURRENCIES = ("铢", "盾")          # one-character currencies after a country's name (某国铢)
_PAIR_OF_SIDES = re.compile("[中美日俄法英德意非欧亚印朝韩越泰巴埃以]{2}")    # 中美, 中非: two sides' short names
_RELATION_WORDS = ("关系", "合作", "友谊", "友好", "贸易", "交往", "传统")     # what two sides share
_FEELING_VERBS = ("感到", "觉得", "想到", "有幸", "师从", "悲痛欲绝", "笑着", "说道", "高兴地", "激动地")   # a person's
_STRIP = "，。、；：,.;: \u3000“”\"'（）()《》"
# last characters of the places lexicon's endings ([suffix]): a word written in transliteration characters ending in
# none of them, no lexicon place, right before 的 is a labelled name 90 times and a place 9 in the 1998 training
# sentences (validation split aside; CLUENER's: 48 and 13, and 47 football clubs, which the rule leaves alone)
_PLACE_SUFFIX_CHARS = frozenset("省市县区镇乡村州旗盟道河江湖海山岭峰岛湾港峡桥路街场园库站")
_HAMLET_ENDS = frozenset("坝嘴湾庄屯沟寨坪岭峪洼滩营堡铺垭坳塘圩岗峡")


def entities(text: str, *, date: str | None = None, paper: str | None = None) -> list[Entity]:
    """Entities in ``text`` with offsets into it, sorted by start (a compound title comes before the body
    nested in it). ``date`` (YYYY-MM-DD, the page's date) resolves relative dates."""
    raw = tag_spans(text)
    joiners = "、" in text or "和" in text or "与" in text or "及" in text     # `_JOINERS`, `_NAME_JOINS`
    ents: list[Entity] = []
    for s, e, lab in raw:
        # trim stray punctuation the tagger took in
        while s < e and text[s] in _STRIP:
            s += 1
        while e > s and text[e - 1] in _STRIP:
            e -= 1
        if lab != "TITLE":
            e = _unpaired(text, s, e)   # a name does not run over a bracket or quote it does not close
        if lab == "PER":
            s, e = _name_bounds(text, s, e)
            if e - s >= 4 and text[e - 1] in _ADVERBS:
                e -= 1                  # 某某某|曾, 某·某某|已: an adverb after a full name is not part of it
            if e - s >= 3 and text.endswith(_HONORIFICS, s, e):
                e -= 2                  # 王|大夫, 林|先生: the name is the family name before the honorific
            if e - s >= 5:
                e = _run_on_phrase(text, s, e)
            if e - s >= 4:
                e = _verb_tail(text, s, e)
            if e - s == 3 and _glued_verb(text, s, e):
                e -= 1                  # 某某|主持会议: the verb's first character is no part of the name
            if e - s >= 3 and text[e - 1] == "副":
                e -= 1                  # 某某|副总理: in the training sentences 副 follows a name 856 times, ends one once
            if e - s == 3 and text[s] == text[e - 1] and _is_surname(text[s]) and _address_after(text, e):
                e -= 1                  # 王某|王总: the family name said again begins a form of address
        if e <= s:
            continue
        t = text[s:e]
        typ = _TYPES[lab]
        if typ in ("person", "place") and e - s >= 4 and t.endswith(_KIN_GROUPS):
            typ, e = "person", e - 2        # 某某|哥俩, 某某某|夫妇: the name before the word for the pair
            t = text[s:e]
        if typ == "place" and e - s >= 3 and _LEVEL_WORDS.match(text, e - 1):
            e -= 1                          # 某某|市区, 某某|县城: the 1998 set labels the name alone (11 and 5 of 11 and 5)
            t = text[s:e]
        if typ == "place" and e - s >= 4 and t.endswith(_SIDE_WORDS):
            e -= 2                          # 某某|大桥, 某某|沿岸: the 1998 set labels the place alone (81 times of 82)
            t = text[s:e]
        if typ in ("place", "org") and t.endswith(_AREA_WORDS) and (k := _area_head(t)):
            typ, e = "place", s + k         # 某国|境内, 某市|街头: the 1998 set labels the place alone (158 of 158)
            t = text[s:e]
        if typ == "place" and e - s >= 4 and t.startswith(_EPITHETS):
            s += 2                          # 首都|某某, 古都|某某: the 1998 set leaves the epithet out 53 times of 61
            t = text[s:e]
        if t.endswith(_HALLS) and (typ == "place" or typ == "org" and len(t) > 3):
            typ = "place"                   # 某地|音乐厅: a hall (1998 training sentences: a place 18 times, a body never)
        elif typ == "place" and t.endswith(_BODY_ENDS):
            typ = "org"                     # 省商务厅 is a body, not a place
        if typ == "person" and e - s == 3 and t[1] == "家" and t[2] in _HAMLET_ENDS:
            typ = "place"                   # 某家|坝, 某家|庄: a hamlet named for a family (places 40, names 0)
        if typ == "place" and (_DIRECTION.fullmatch(t) or _DEICTIC_PLACE.fullmatch(t)):
            continue                        # 东北, 大西北: a direction; 外县, 我国: no name (neither set labels them)
        if typ == "place" and e - s >= 3 and t[0] in _BARE_LEVELS:
            continue                        # 省|艺术剧院, 市|中心: a level with no name before it
        if typ == "place" and e - s == 2 and _PAIR_OF_SIDES.fullmatch(t) and text.startswith(_RELATION_WORDS, e):
            continue                        # 中非|合作: two sides, not one place (1998 training sentences: a place 0 of 89)
        if (typ == "place" and text.startswith(_FEELING_VERBS, e) and t not in _listed_places()
                and t not in _world_cities()):
            typ = "person"                  # 某某|感到: who feels (1998 training sentences: a name 19, such a place 0)
        if (typ == "place" and e - s >= 3 and text.startswith("的", e) and _transliterated(t)
                and t[-1] not in _PLACE_SUFFIX_CHARS and t not in _listed_places() and t not in _world_cities()
                and t not in _countries()):
            typ = "person"                  # 某某某|的: a foreign name (1998 training sentences: a name 90, a place 9)
        if typ == "place" and text.startswith(_NAMED_EVENTS, e):
            continue                        # 某地|起义: the event's name (1998 training sentences: a place 1 of 5)
        if typ == "date" and _decimal_points(text, s, e):
            continue                        # 某某．|５点: the points of an index, not a time
        if typ == "date" and t == "过去" and _after_adverb(text, s):
            continue                        # 已经|过去, 都|过去: the verb (1998 training sentences: a date 2 times of 23)
        if typ == "date" and t == "现在" and s and _jieba()[1].get(text[s - 1:s + 1], "")[:1] == "v":
            continue                        # 体现|在, 出现|在: a verb ending in 现 (1998 training sentences: a date 1 of 59)
        if typ == "place" and e - s >= 4:
            e = _common_tail(text, s, e)    # 某地|相关, 某地|开放: the place ends before a verb or adjective
            t = text[s:e]
        if typ == "place" and _common_site(t):
            continue                        # 动物园, 立交桥: a kind of site, not its name
        if typ == "place" and text.startswith(_CURRENCIES, e) and t in _countries():
            continue                        # 某国|铢: a currency (the 1998 set labels no country before 铢 or 盾)
        if typ == "org" and t in _countries():
            typ = "place"                   # a country's name alone is the country, not its government
        elif typ == "org" and (t in _world_cities() or t in _listed_places()) and not _game_spoken_of(text):
            typ = "place"                   # 某城 alone, no game spoken of: the city, not its club (see `_SPORT`)
        if typ == "org":
            if s >= 1 and text[s - 1] in "省市县区" and (s == 1 or text[s - 2] in _BOUNDARY):
                s -= 1                      # a bare level before a body: 省 + 发改委
                t = text[s:e]
            elif s >= 2 and text.endswith("国家", 0, s) and _word_aligned(text, s - 2, s):
                s -= 2                      # 国家|某某中心: the national head of the body's name
                t = text[s:e]
            if t.endswith("政府") and text.startswith("军", e):
                e += 1                      # 某国政府|军, the government's army: one body (CLUENER 2 of 2)
                t = text[s:e]
            typ = org_type(t)
        ents.append(Entity(typ, s, e, t))
    if _has_body(ents):     # the next four cut organizations the tagger found (none in most texts)
        ents = _trigger_cut(text, ents)
        if "会" in text or "论坛" in text or "节" in text:      # the last characters of `_EVENT_NOUNS`
            ents = _event_cut(text, ents)
        ents = _function_word_cut(text, ents)
        ents = _verb_joined_bodies(ents)
    if "届" in text:
        ents = _term_committees(ents)
    if "团" in text or "组" in text or "队" in text:     # the last characters of `_DELEGATIONS`
        ents = _delegations(ents)
    ents = _time_words(text, ents)
    ents = _dates(text, ents, date)
    ents = _split_joined_titles(text, ents)
    ents = _lexicon_bodies(text, ents)
    if "人" in text:
        ents = _places_before_people(text, ents)
    if "（" in text:
        ents = _bracketed_places(text, ents)
    if "省" in text or "县" in text or "江" in text or "河" in text:     # `_SEGMENTER_PLACE_ENDS`
        ents = _segmenter_places(text, ents)
    ents = _cities_after_countries(text, ents)
    ents = _county_places(text, ents)
    if "地区" in text or "自治" in text:
        ents = _regions(text, ents)
    ents = _split_headed_places(text, ents)
    ents = _country_city_bodies(text, ents)
    if "驻" in text:
        ents = _stationed_bodies(text, ents)
    if "东" in text or "西" in text or "南" in text or "北" in text:
        _direction_heads(text, ents)
    if "县" in text or "市" in text:
        ents = _counties_after_provinces(text, ents)
    if "至" in text or "到" in text or "—" in text:
        ents = _stretch_ends(text, ents)
    if "和" in text or "与" in text:
        ents = _joined_office_heads(text, ents)
    ents = _place_headed_bodies(text, ents)
    if "警方" in text or "公安机关" in text or "军队" in text:     # `_FORCES`
        ents = _forces_of_places(text, ents)
    # the body rules below change nothing where no organization is (here 776 of 1,000 held-out 1998 texts)
    bodied = _has_body(ents)
    if bodied:
        ents = _places_before_bodies(text, ents)
    if _LOCAL_OFFICE.search(text):
        ents = _local_offices(text, ents)
        bodied = _has_body(ents)
    if "所" in text or "家" in text or "个" in text or "座" in text:
        ents = _counted_bodies(text, ents)
        bodied = _has_body(ents)
    if bodied:
        ents = _quantified_bodies(text, ents)
        if _UNIT_END.search(text):
            ents = _body_units(text, ents)
        ents = _units_before_titles(text, ents)
    if "第" in text:
        _ordinal_heads(text, ents)
        bodied = _has_body(ents)
    if bodied:
        ents = _kinds_of_business(ents)
        ents = _places_of_kinds(ents)
        if joiners:
            ents = _joined_bodies(text, ents)
    # the rules below read a title or an organization and make one only of one (none here in 691 of 1,000 held-out
    # 1998 texts)
    if not _TITLE_OR_BODY.isdisjoint(map(_TYPE, ents)):
        ents = _names_heading_bodies(text, ents)
        ents = _names_before_list_heads(text, ents)
        ents = _split_org_lists(text, ents)
        ents = _bodies_between_bodies(text, ents)
        ents = _names_inside_runs(text, ents)
        ents = _names_heading_titles(text, ents)
        if "省" in text or "区" in text or "市" in text:     # the last characters of `_LEVEL_HEAD`
            ents = _repeated_heads(ents)
        ents = _titled_bodies(text, ents)
    if "秘书" in text or "司机" in text or "家" in text:
        ents = _roles_before_names(text, ents)
    ents = _things_in_lists(text, ents)
    if "、" in text:
        ents = _listed_names(text, ents)
        ents = _one_character_items(text, ents)
        ents = _items_among_names(text, ents)
    ents = _credit_names(text, ents)
    ents = _slash_credits(text, ents)
    if "（" in text or "(" in text or "记者" in text:
        ents = _split_credit_pairs(text, ents)
    if "（" in text or "(" in text:       # the next four read a bracket (most texts hold none)
        ents = _split_credit_runs(text, ents)
        ents = _names_with_nationality(text, ents)
        ents = _signature(text, ents)
        ents = _positioned_names(text, ents)
        ents = _original_names(text, ents)
    _places_in_lists(text, ents)
    ents = _closed_place_lists(text, ents)
    _places_by_context(text, ents)
    if "等" in text:
        _people_by_context(text, ents)
    if "先生" in text or "女士" in text:
        _people_before_honorifics(text, ents)
    if _ADDRESS_WORD.search(text):
        ents = _names_before_addresses(text, ents)
    if "记者" in text:
        _people_before_reporters(text, ents)
    if joiners:         # both read a joining character beside a name
        _foreign_names_beside_names(text, ents)
        _names_among_places(text, ents)
    if "岁" in text:
        _aged_names(text, ents)
    if "《" in text:
        _authors(text, ents)
        ents = _authors_of_works(text, ents)
        ents = _listed_authors(text, ents)
        ents = _works_of_people(text, ents)
    ents = _names_not_people(text, ents)
    _endless_bodies(text, ents)
    ents = _dotted_names(text, ents)
    if "音）" in text:
        ents = _sound_notes(text, ents)
    # the name rules below change nothing where no name is (none after `_names_not_people` in 769 of 1,000 held-out
    # 1998 texts)
    named = "person" in map(_TYPE, ents)
    if named:
        _foreign_name_ends(text, ents)
        ents = _joined_foreign_names(text, ents)
        _foreign_name_heads(text, ents)
    if _TEAM_SCREEN.search(text):
        _teams_by_context(text, ents)
    if named:
        ents = _repeated_names(text, ents)
    if _CAPITALISED.search(text) and _CAMEL_NAME.search(text):
        ents = _latin_names(text, ents)
    if _LATIN.search(text):
        ents = _latin_players(text, ents)
    ents = _rule_titles(text, ents)
    # the title rules below change nothing where no title is (after the lexicon's, 849 of 1,000 held-out 1998 texts)
    titled = "title" in map(_TYPE, ents)
    if titled:
        ents = _straddling_titles(text, ents)
    if "学家" in text:
        ents = _scholars(text, ents)
        titled = "title" in map(_TYPE, ents)
    if titled:
        ents = _names_after_titles(text, ents)
        ents = _foreign_names_before_titles(text, ents)
    ents = _foreign_names_after_roles(text, ents)
    ents = _names_after_kin(text, ents)
    ents = _performers(text, ents)
    ents = _lone_family_names(text, ents)
    if titled:
        ents = _place_headed_occupations(text, ents)
        ents = _compound_titles(text, ents)
        ents = _places_heading_titles(ents)
        ents = _title_bodies(text, ents)
    ents = _places_before_title_bodies(ents)
    if titled and ("经理" in text or "总监" in text or "律师" in text or "主管" in text):      # `_FIELD_ROLES`
        _field_roles(text, ents)
    if _PARTY_ORGAN_RX.search(text):
        _party_organs(text, ents)
    if titled:
        _surname_before(text, ents)
    if _bare_screen().search(text):
        ents = _bare_bodies(text, ents)
    ents.sort(key=lambda x: (x.start, -x.end))
    return ents


_TITLE_OR_BODY = _BODIES | {"title"}


# a name standing alone between a clause's start (punctuation, a joining word) and 先生, 女士, 同志 or a visit's 一行
_ADDRESS_WORD = re.compile(r"先生|女士|同志|一行(?![字行人])")


# a quick test of whether `_teams_by_context` may fire: a word of a match or a force's 军 (texts of neither: most)
_TEAM_SCREEN = re.compile("|".join(("军",) + _MATCH_WORDS))


_CAPITALISED = re.compile("[A-Z][a-z]")     # in every match of it: a quick test first (see _NOT_O)


_PARTY_ORGAN_RX = re.compile("|".join(_PARTY_ORGANS))


