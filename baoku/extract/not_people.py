"""Rules that tell a name the tagger called a person's from the things named like people: products, brands and
models (某某牌, 某某型), teams in a game spoken of (输给某某), things in quotes, versus lines and run-together Latin
letters, with the test whether a text speaks of a game at all. ``ner.entities`` calls them in its order."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import sections
from .base import Entity, _TYPE, _is_surname
from .bodies import _SHORT_OFFICE
from .features import _jieba, segment
from .person_names import _KIN, _foreign_name, _role_after, _roles_and_honorifics
from .place_names import _countries, _world_cities


_VERSUS = re.compile(r"\s*(?:vs|VS|Vs|ＶＳ)")
_VERSUS_BEFORE = re.compile(r"(?:vs|VS|Vs|ＶＳ)\s*$")


# a word right after a brand, a ship or the like written like a name, or after a body's name for its people
# (党: a party named like a person; goods: a brand; no labelled name is so followed in the training sentences)
_NAMED_THINGS = frozenset("人 号 牌 型 轿车 汽车 品牌 产品 商标 党 电话机 手机 电脑 相机 毛毯 电器 冰箱 彩电 空调 摩托车"
                          .split())
# a company's or an institution's word right after its name (某某|咨询, 某某|集团): the endings of two characters or
# more of `orgs.txt` [org_suffix] (not 基金 nor 学校: 某某|基金 is named after a person) and the trades below (宾馆, 饭店:
# a labelled name right before one never in the training sentences, validation split aside)
_BODY_AFTER = frozenset("咨询 科技 传媒 地产 置业 网络 软件 影业 娱乐 股份 实业 酒店 宾馆 饭店 百货 超市".split())
# adverbs of degree, which qualify an adjective or a verb and no name (最|某某, 非常|某某)
_DEGREES = ("最", "最为", "很", "更", "非常", "十分", "极为", "极其", "比较", "较为", "特别")
_PRODUCT_ENDS = re.compile("[机剂]")      # the last characters of a machine's or a drug's noun (洗衣机, 冲剂)
# ten lower-case Latin letters or more run together (a site's, a shop's or a firm's name written as one word)
_RUN_TOGETHER_LATIN = re.compile("[a-z]{10,}")
# a model number right after a brand written like a name (某某５２０型, 某某X5系列)
_MODEL_NUMBER = re.compile(r"[0-9０-９A-Za-zＡ-Ｚａ-ｚ\-－]+(?:型|系列|号)")


def _names_not_people(text: str, ents: list[Entity]) -> list[Entity]:
    """A name the tagger found that is a country of the places lexicon written alone is the country (in the
    training sentences a country alone is labelled a place 5,477 times in the 1998 set and 163 in CLUENER's, an
    organization 50, a name never); so is one that is a capital or large city abroad (`places.txt` [world_city]:
    alone a place 912 times and a name 2 in the 1998 training sentences, never a name in CLUENER's; on the
    validation split 2 names made places, both right); one right before or after vs (某某vs某某) is a team: in the
    CLUENER training sentences an entity beside vs is an organization 361 times and a name once. A family name
    with 妻 (某妻: the wife of someone named) is no name: the training sentences never label one a name (7 times, 6 of them
    nothing); nor is a name ending in 杯 (a cup named after someone: no labelled name ends so, 62 labelled
    organizations do in CLUENER's training sentences, no entity in the 1998 set's). A name right before a word
    for what is made or named after it (某某|牌, 某某|号, 某某|轿车) or for its people (某某|人) is no name: the
    training sentences label a name so followed once of 15,613 (1998) and never of 3,371 (CLUENER); nor is one
    right before the word of a company or an institution (某某|咨询, 某某|集团, `_named_words`: a labelled name never, 基金, 学校
    and 站 aside); nor is one right before a model number (某某|５２０型, `_MODEL_NUMBER`: a labelled name never, a place 13
    times and an organization 8 in the training sentences); nor is that name elsewhere in the text (a labelled name is
    written so followed elsewhere in its sentence once in the 1998 training sentences, never in CLUENER's). Nor is a
    name right after an adverb of degree (最|某某, 十分|某某, `_DEGREES`): a labelled name follows one 0 times of 15,613 in the
    1998 training sentences and once of 3,371 in CLUENER's. Nor is a word of kin alone (长子, 女婿, `_KIN`): a labelled name
    once of 15,613 in the 1998 training sentences, which write such words 508 times. Nor is a name of four characters or
    more ending in 党, a party: an entity so written is a name never in the training sentences (an organization 70 times
    in the 1998 set, 5 in CLUENER's), and the 1998 set leaves a party named like a foreign name unlabelled (2 times of
    2), as `_named_after` drops a name right before 党. Nor is a name right after a one-character name and a role or
    honorific (某|总理|某某, `_after_titled_surname`): a labelled name of one character is so followed 214 times in the 1998
    training sentences and a labelled name comes next never. Nor is a bare level and an office's short name (区|某联, 县|某委,
    `_SHORT_OFFICE`): the training sentences write them 157 times (1998, no entity) and 29 (CLUENER, 3 bodies), a name
    never. Nor is a name ending in a unit's character (营, 团, 连, 排, 师, 旅) right before a role of the titles lexicon
    (某某营|政委): the training sentences write such a character before a role 57 times (1998) and 18 (CLUENER), a labelled
    name ending there never. Nor is a doubled character that is no family name right before 的 or 地 (某某|的): the training
    sentences write one so 449 times (1998: a labelled name 2 times, a pet name) and 48 (CLUENER: a name never). Nor is
    a word of ten lower-case Latin letters or more (a site's, a shop's or a firm's name written as one word) outside
    brackets and not right after a role (`_unbracketed_unroled`): CLUENER's training sentences, validation split aside,
    write 110 such words, 5 of them a labelled name (two people), 56 a scene or an address or inside one, 25 a company
    or inside one; in brackets such a word is a labelled name or inside one 27 times of 73 (a foreign name in its own
    language), and after a role the name of the person holding it."""
    if "person" not in map(_TYPE, ents):
        return ents
    versus = "vs" in text or "VS" in text or "Vs" in text or "ＶＳ" in text
    out = []
    things = {e.text for e in ents if e.type == "person" and (_named_after(text, e.end) or _quoted_thing(text, e))}
    single_ends = {e.end for e in ents if e.type == "person" and len(e.text) == 1}
    for e in ents:
        if e.type != "person":
            out.append(e)
            continue
        if e.text in things:
            continue
        if e.text in _countries() or e.text in _world_cities():
            e.type = "place"
        elif versus and (_VERSUS.match(text, e.end)
                         or _VERSUS_BEFORE.search(text, max(0, e.start - 4), e.start)):
            e.type = "org"
        elif len(e.text) == 2 and e.text[1] == "妻" and _is_surname(e.text[0]):
            continue
        elif e.text.endswith("杯"):
            continue                    # 某某杯: a cup named after someone
        elif text.endswith(_DEGREES, 0, e.start):
            continue                    # 最|某某, 十分|某某: a word of degree qualifies no name
        elif _KIN.fullmatch(e.text):
            continue                    # 长子, 女婿: a word of kin alone names no one
        elif len(e.text) >= 4 and e.text.endswith("党"):
            continue                    # 某某某党: a party, no name
        elif single_ends and _after_titled_surname(text, e.start, single_ends):
            continue                    # 某|总理|某某: the name before the role is the person
        elif len(e.text) == 3 and e.text[0] in "省市县区" and _SHORT_OFFICE.fullmatch(e.text):
            continue                    # 区|某联, 县|某委: a bare level and an office's short name
        elif e.text[-1] in "营团连排师旅" and _role_after(text, e.end):
            continue                    # 某某营|政委: a unit before its officer's role
        elif (len(e.text) == 2 and e.text[0] == e.text[1] and not _is_surname(e.text[0])
              and text[e.end:e.end + 1] in ("的", "地")):
            continue                    # 朗朗|的, 高高|地: a doubled adjective before 的 or 地
        elif _RUN_TOGETHER_LATIN.fullmatch(e.text) and _unbracketed_unroled(text, e.start, e.end):
            continue                    # somecafeandgrill: a site's or a firm's name written as one word
        out.append(e)
    return out


def _unbracketed_unroled(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is neither right after an opening bracket nor right before a closing one, and no role or
    honorific of the titles lexicon ends right before it."""
    roles, longest = _roles_and_honorifics()
    return (text[s - 1:s] not in ("（", "(") and text[e:e + 1] not in ("）", ")")
            and not any(text[s - k:s] in roles for k in range(1, min(longest, s) + 1)))


# words of a match right before the side played (输给|某某, 做客|某某, 对手|某某)
_MATCH_WORDS = ("输给", "负于", "战胜", "逼平", "击败", "力克", "做客", "客战", "迎战", "对阵", "对手", "弱旅")


def _teams_by_context(text: str, ents: list[Entity]) -> None:
    """A name the tagger found right after a word of a match (输给, 做客, 对阵 …: `_MATCH_WORDS`) that is written like
    a foreign name (`_foreign_name`) without a · is the team, an organization: in the training sentences an entity so
    written there is an organization 47 times (CLUENER) and a name never (1998: 2 countries, no name). In a text on
    football (`_FOOTBALL`) a body ending in 军 is a club (某某陆军, a red or blue army of the fans), not armed forces:
    in CLUENER's training sentences (validation split aside) such a labelled name is an organization 21 times of 23."""
    # the football words are looked for only where a body ends in 军 (few texts)
    football = any(e.type == "gov_org" and e.text.endswith("军") for e in ents) and _FOOTBALL.search(text)
    for e in ents:
        if (e.type == "person" and text.endswith(_MATCH_WORDS, 0, e.start) and "·" not in e.text
                and _foreign_name(e.text)):
            e.type = "org"
        elif football and e.type == "gov_org" and e.text.endswith("军"):
            e.type = "org"


# words of football and its betting (a sentence's cue that a body ending in 军 is a club)
_FOOTBALL = re.compile("防平|主场|客场|联赛|进球|战平|盘口|比分|赛季|欧冠|首发|主队|客队|球迷|门将|前锋|足彩|联盟杯|主胜|出线|"
                       "积分榜|冷门|博胆|稳胆|英超|德甲|意甲|西甲|法甲|俄超|中超")


# words of a game, its scores and its betting besides `_FOOTBALL`'s: where none is, a city abroad or a lexicon place
# the tagger read as an organization is the place, not its club (training sentences, the validation split aside: the
# 1998 set labels such a name an organization 0 times of 6,284; CLUENER's sentences without these words label such a
# city one 4 times of 79, a lexicon place 2 of 468; those with them 199 of 224 and 1 of 87)
_SPORT = re.compile("vs|VS|球|赔|胜|负|德比|彩|积分|转会|教练|赛|战|轮|锋|卫|阵|盘")


def _game_spoken_of(text: str) -> bool:
    """Whether ``text`` holds a word of a game or its betting (`_FOOTBALL`, `_SPORT`)."""
    return bool(_SPORT.search(text) or _FOOTBALL.search(text))


@lru_cache(maxsize=1)
def _named_words() -> tuple[frozenset, frozenset]:
    """The words after which a name is none (`_NAMED_THINGS`, `_BODY_AFTER`, the lexicon's institutions) and their
    first characters (a test before segmenting)."""
    named = _NAMED_THINGS | _BODY_AFTER | {w for w in sections("orgs")["org_suffix"]
                                           if len(w) >= 2 and w not in ("基金", "学校")}
    return named, frozenset(w[0] for w in named)


def _after_titled_surname(text: str, s: int, ends: set[int]) -> bool:
    """Whether a role or honorific ends at ``s`` right after a name that ends at one of ``ends``."""
    roles, longest = _roles_and_honorifics()
    return any(s - k in ends and text[s - k:s] in roles for k in range(1, min(longest, s) + 1))


def _quoted_thing(text: str, e: Entity) -> bool:
    """Whether ``e`` is all that stands in quotes right before a word for what is named after a name (“某某”|号,
    “某某”|宾馆, `_named_after`): in the training sentences (validation split aside) what stands so quoted is a labelled
    name once of 84 in the 1998 set (a probe, 82 times nothing) and never of 4 in CLUENER's."""
    return text[e.start - 1:e.start] == "“" and text[e.end:e.end + 1] == "”" and _named_after(text, e.end + 1)


def _named_after(text: str, e: int) -> bool:
    """Whether a word for what is named after a name (某某|牌, 某某|产品), a model number or a common noun of a
    machine or a drug (某某|洗衣机, 某某|冲剂: jieba's noun ending in 机 or 剂; the training sentences, validation
    split aside, write 1,135 such nouns and a labelled name right before one once, before an idiom) follows ``e``."""
    named, first = _named_words()
    if text[e:e + 1] in first and segment(text[e:e + 6])[0] in named or _MODEL_NUMBER.match(text, e) is not None:
        return True
    if not _PRODUCT_ENDS.search(text, e, e + 6):
        return False
    w = segment(text[e:e + 6])[0]
    return len(w) >= 2 and w[-1] in "机剂" and _jieba()[1].get(w, "")[:1] == "n"
