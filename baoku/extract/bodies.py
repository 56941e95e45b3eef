"""Rules that find, bound and type bodies — organizations and government bodies — the tagger missed, cut or ran
on: bare and counted bodies, bodies headed by a place or a list of places, offices of a place, committees of a
term, delegations, units before titles, lists of bodies split into their items, and bodies cut from a verb, an
event's name or a function word run into them; with the patterns of a body's tail they share. Each rule takes the
text and the entities so far; ``ner.entities`` calls them in its order."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from ..lexicon import sections, trie_regex, words
from .base import Entity, _CJK, _TYPE, _bare_ending, _is_surname, _item_end, _org_end_rx, _word_aligned
from .features import _jieba, segment
from .orgs import _WEAK_ORG, org_type
from .person_names import _JOINING
from .place_names import _countries, _country_starts, _listed_places, _place_rx, _world_cities
from .titles import rule_titles


_MISSIONS = ("使馆", "领事馆", "办事处", "代表处", "代表团")     # a body one sends abroad (某国驻|某地办事处)


_COMMON_TAGS = frozenset("n a b v vn d ad an".split())     # jieba's tags of a common word (not ns, nr, nz, nt)


# last characters of a village's or hamlet's name after a family's (某家坝, 某家嘴, 某家庄): in the training sentences
# three characters so written (the middle 家) are a labelled place 40 times in the 1998 set, 3 in CLUENER's and 50 in
# MSRA's, a name never
# a level that begins no place's name (省|艺术剧院, 县|医院 name the province's, the county's site): one labelled place of
# the 1998 training sentences begins with it (a district so named); CLUENER labels 9 such sites in its addresses
_BARE_LEVELS = frozenset("省市县区乡")


def _has_body(ents: list[Entity]) -> bool:
    """Whether any of ``ents`` is an organization (the types read in C: no generator a call)."""
    return not _BODIES.isdisjoint(map(_TYPE, ents))


_BODIES = frozenset(("org", "gov_org"))


# common nouns for a kind of body that the training sets hardly label alone (公司, 银行, 委员会 …): no organization by
# themselves, wherever the tagger or a title's head finds them (labelled organizations where they stand alone after a
# boundary or function word: 1998 0 of 1,052, CLUENER 5 of 285; 法院, 政府, 派出所, 海军 …, which CLUENER labels
# alone, are not among them)
_GENERIC_BODIES = frozenset("公司 有限公司 集团 集团公司 控股 证券 保险 基金 信托 银行 医院 学校 大学 中学 小学 中心 工厂 机关 部门 "
                             "办公室 委员会 党委 党组 工会 纪委 组织部 财政 人大 议会 法庭 分局 学会 红十字会 日报 内阁 学院 研究所 "
                             "研究院 协会 商会".split())


@lru_cache(maxsize=1)
def _trigger_rx() -> re.Pattern:
    """An event trigger (调研, 参加 …) that does not begin a group's name (调研组, 考察团, 检查委员会)."""
    return re.compile(rf"(?:{trie_regex(words('events'))})(?![团组队部会室办委])")


def _trigger_cut(text: str, ents: list[Entity]) -> list[Entity]:
    """An organization the tagger ran on through a verb of an event (青川港|调研|集装箱…) is cut before the
    verb: the head stays when it ends like an organization or a place, the rest is dropped."""
    out = []
    for e in ents:
        if e.type in ("org", "gov_org"):
            m = _trigger_rx().search(e.text, 2)
            if m and m.end() < len(e.text):
                head = e.text[:m.start()]
                if _org_end_rx().search(head):
                    out.append(Entity(org_type(head), e.start, e.start + len(head), head))
                elif _place_end_rx().search(head):
                    out.append(Entity("place", e.start, e.start + len(head), head))
                continue
        out.append(e)
    return out


@lru_cache(maxsize=1)
def _bare_screen() -> re.Pattern:
    """The kinds of government body of `orgs.txt` [gov_bare]."""
    return re.compile(trie_regex(sections("orgs")["gov_bare"]))


def _bare_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """A kind of government body named by a common noun (法院, 海军, 公安机关: `orgs.txt` [gov_bare]) that stands alone
    (at the text's start or after a mark or a function word, not after a name's character: 某市|法院 is the place's)
    on jieba's word boundaries, with nothing found on it, is a government body. So standing, CLUENER's training
    sentences (validation split aside) label these words government 50 times of 59 (inside a longer body 2, inside
    a work's title 1, nothing 6: 法院 5 of 8, 海军 12 of 15, 空军 8 of 10, 陆军 7 of 7, 公安机关 5 of 5, 检察机关
    5 of 5, 派出所 2 of 3); the 1998 set labels none of them so standing (108, and 8 inside a longer body), which
    its scoring leaves out (`bench.ner_eval`). 监管部门, a regulator named by its role: so standing CLUENER's label it
    government 4 times of 7 (nothing 3), the 1998 set's never (0 of 3; it labels no organization ending in 部门)."""
    added = []
    for m in _bare_screen().finditer(text):
        s, e = m.span()
        if s and text[s - 1] not in _BARE_BEFORE and "\u4e00" <= text[s - 1] <= "\u9fff":
            continue
        if not any(x.start < e and s < x.end for x in ents) and _word_aligned(text, s, e):
            added.append(Entity("gov_org", s, e, m.group()))
    return ents + added


_BARE_BEFORE = frozenset("的和与及是在被由向对据将已也都就并从经为了把让给等其各该")


# a count of bodies of a kind (八所|小学, 两家|银行, ３０多个|单位): no name, not after 第 (第八|中学)
_COUNTED_BODIES = re.compile(r"(?<!第)[一二三四五六七八九十百千万两几数０-９0-9]+[多余]?[所家个座]"
                             r"[\u4e00-\u9fff]{0,4}?(?:学校|小学|中学|大学|学院|医院|公司|银行|工厂|企业|单位|机构|部门)$")


def _counted_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """An organization the tagger found that ends in a count of bodies of a kind (某某地区|八所小学, 某市|三家银行) is no
    body and is dropped: in the 1998 training sentences such a count (`_COUNTED_BODIES`) stands inside no labelled
    entity (0 of 305; CLUENER's 2 of 77). The text before the count is not made a place: on the 1998 validation
    split the tagger began the one such organization a character late."""
    return [e for e in ents if e.type not in ("org", "gov_org") or _COUNTED_BODIES.search(e.text) is None]


# a count or a quantifier right before a word for a kind of body (１１个|派出所, 部分|法院, 全市的|医院)
_QUANTIFIER = re.compile(r"(?:[一二三四五六七八九十百千万两几数０-９0-9]+[多余]?[所家个座支]|各|部分|所有|全市的|全省的|全县的|"
                         r"全国的|各级|许多|一些|不少)$")


def _quantified_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """An organization that is one common noun of jieba's (派出所, 法院) or a few (`_common_nouns`) right after a count
    or a quantifier (`_QUANTIFIER`) is a kind of body, no body: in the training sentences such a noun ending like a
    body is a labelled organization 0 times of 247 (1998) and 4 of 100 (CLUENER), two or three such nouns 2 times
    of 163 (1998) and 5 of 31 (CLUENER)."""
    return [e for e in ents if e.type not in ("org", "gov_org")
            or not _QUANTIFIER.search(text, max(0, e.start - 8), e.start) or not _common_nouns(e.text)]


# a trade's or a product's factory, company or group written as one common noun of jieba's (卷烟厂, 保险公司, 贩毒集团)
_BUSINESS_ENDS = ("厂", "公司", "集团")
_PROPER_TAGS = frozenset("nr nrt nrfg nz ns nt".split())     # jieba's tags of a name, a place or a body


def _kinds_of_business(ents: list[Entity]) -> list[Entity]:
    """An organization that jieba keeps as one common noun ending in 厂, 公司 or 集团 after a word of its dictionary
    that is no name, place or body (卷烟|厂, 糖|厂, 保险|公司, 贩毒|集团: a kind of business, no body's name) is dropped.
    In the training sentences (validation split and held-out block aside) such a word is a labelled organization 3
    times of 732 in the 1998 set (inside a longer body 405, nothing 321, a place or in one 3; a brand's word of
    jieba's before the ending the three) and 5 of 136 in CLUENER's (inside a longer body 90, nothing 36, a place or
    in one 5)."""
    return [e for e in ents if e.type not in ("org", "gov_org") or not _business_kind(e.text)]


def _business_kind(name: str) -> bool:
    """Whether ``name`` is one common noun of jieba's ending in `_BUSINESS_ENDS` after a word of its dictionary that is
    no name, place or body (`_kinds_of_business`)."""
    pos = _jieba()[1]
    if not name.endswith(_BUSINESS_ENDS) or pos.get(name) != "n" or segment(name) != [name]:
        return False
    tag = pos.get(name[:-1] if name[-1] == "厂" else name[:-2])
    return tag is not None and tag not in _PROPER_TAGS


def _common_nouns(name: str) -> bool:
    """Whether ``name`` is one common noun of jieba's, or two or three common or verbal nouns (金融|监管|机构)."""
    pos = _jieba()[1]
    if pos.get(name, "") == "n":
        return True
    words = segment(name)
    return 2 <= len(words) <= 3 and all(pos.get(w, "") in ("n", "vn") for w in words)


# names of events (fairs, meetings, festivals) that no organization's name holds with more after them
_EVENT_NOUNS = re.compile("博览会|交易会|展览会|展销会|洽谈会|订货会|运动会|招待会|座谈会|发布会|报告会|研讨会|晚会|联欢会|"
                          "表彰会|年会|展会|论坛|艺术节|文化节|电影节")
_EVENT_END = re.compile(f"(?:{_EVENT_NOUNS.pattern})$")


def _event_cut(text: str, ents: list[Entity]) -> list[Entity]:
    """An organization the tagger ran on from an event's name (jieba's words) into the body after it (…博览会|某某集团,
    …交易会|某某电子集团) is that body when the rest ends like an organization, else it is dropped (…交易会|开幕式):
    no labelled organization of the training sentences holds an event's name with more after it (1998: 0 of 7,959;
    CLUENER: 1 of 7,205). A rest of three characters or fewer, or one ending like a unit (…处, …室, …委会, …中心), is
    the event's own committee or office (…博览会|组委会, …论坛|…秘书处) and the organization is left whole. An
    organization ending in an event's name is the event and no body (某国…|博览会): in the 1998 training sentences
    no labelled entity ends in one (0 of 443), and a place before it in the event's name is labelled 48 times (CLUENER
    labels 4 such organizations of 105)."""
    out = []
    for e in ents:
        m = None
        if e.type in ("org", "gov_org") and _EVENT_NOUNS.search(e.text):
            bounds = set(accumulate(map(len, segment(e.text)), initial=0))
            m = next((x for x in reversed(list(_EVENT_NOUNS.finditer(e.text)))
                      if x.start() in bounds and x.end() in bounds and x.end() < len(e.text)), None)
            if m is None and (x := _EVENT_END.search(e.text)) and x.start() in bounds:
                continue        # the event itself (某国…博览会): no body; the lexicon finds the place in its name
        rest = e.text[m.end():] if m else ""
        if m is None or len(rest) <= 3 or rest.endswith(_UNIT_ENDS + ("委会",)):
            out.append(e)
        elif _item_end(rest) and not _bare_ending(rest):
            out.append(Entity(org_type(rest), e.start + m.end(), e.end, rest))
    return out


# verbs of holding an office, visiting or belonging (时任|某舰队, 亲临|某剧团, 某厂|所属|某矿): no organization's name
# holds them (1998 training sentences: 0 labelled organizations of 396 occurrences)
_OFFICE_VERBS = frozenset("时任 现任 曾任 历任 兼任 出任 担任 亲临 所属 前往 来到".split())
# words that begin no organization's name: prepositions, pronouns and determiners, 的, conjunctions, the verbs above
_FUNCTION_WORDS = _JOINING | _OFFICE_VERBS | frozenset("据 由 对 向 被 把 从 给 让 连 经 他 她 它 他们 我们 这些 那些 "
                                                      "一些 有些 该 其 的 当即 也 都 还 已".split())
_FUNCTION_RX = re.compile("|".join(_FUNCTION_WORDS))    # a test for the words before segmenting


def _function_word(name: str) -> tuple[int, int, str] | None:
    """(start, end, word) of the last jieba word of ``name`` in `_FUNCTION_WORDS` before its last word, or None."""
    if not _FUNCTION_RX.search(name):
        return None
    words = segment(name)
    end = len(name) - len(words[-1])
    for w in reversed(words[:-1]):
        if w in _FUNCTION_WORDS:
            return end - len(w), end, w
        end -= len(w)
    return None


def _function_word_cut(text: str, ents: list[Entity]) -> list[Entity]:
    """An organization the tagger ran over a function word (据|某某市委, 与这些|部门, 某某集团|与|某某医院) is cut
    after the last such word: the rest stays when it ends like an organization and is more than a bare ending,
    the head when it ends like one too (not in 中心, 信托 …); names joined by 与, 和, 及 (国家发展和改革委员会) are
    left whole unless the first ends like an organization or is a lexicon place (某国|与|某某集团: in the training
    sentences a lexicon place, a conjunction as a jieba word and a labelled body are a place and the body 21 times in
    the 1998 set and one body never; CLUENER 1 and 1, the place unlabelled 4 more). An organization that is only a
    common noun for a kind of body (`_GENERIC_BODIES`) is dropped."""
    out = []
    for e in ents:
        if e.type not in ("org", "gov_org"):
            out.append(e)
            continue
        if e.text in _GENERIC_BODIES:
            continue                    # 公司, 银行 alone: no organization
        fw = _function_word(e.text) if e.end - e.start >= 3 else None
        if fw is None:
            out.append(e)
            continue
        a, b, word = fw
        head, rest = e.text[:a], e.text[b:]
        head_org = len(head) >= 3 and _org_end_rx().search(head) is not None and not head.endswith(_WEAK_ORG)
        if word in _JOINING and not head_org:
            if head in _listed_places() and _item_end(rest) and not _bare_ending(rest):
                out.append(Entity("place", e.start, e.start + a, head))
                out.append(Entity(org_type(rest), e.start + b, e.end, rest))
            else:
                out.append(e)
            continue
        if head_org:
            out.append(Entity(org_type(head), e.start, e.start + a, head))
        if _item_end(rest) and not _bare_ending(rest):
            out.append(Entity(org_type(rest), e.start + b, e.end, rest))
    return out


def _verb_split(name: str) -> tuple[int, int] | None:
    """(end of the first body, start of the second) where ``name`` is a body, a verb (jieba's, two characters or
    more) and a body headed by a lexicon place or by 该, 其 (…公司|中标|某省…电厂, …大学|报告|该校…医院), else None."""
    if not ("该" in name[5:] or "其" in name[5:] or _place_rx().search(name, 5)):
        return None                 # no second body's head past the shortest body and verb: no need to segment
    words = segment(name)
    a = 0
    for w, nxt in zip(words, words[1:]):
        a += len(w)
        b = a + len(nxt)
        rest = name[b:]
        if (a >= 3 and len(nxt) >= 2 and _jieba()[1].get(nxt, "")[:1] == "v" and len(rest) >= 3
                and (rest[0] in "该其" or _place_rx().match(rest)) and _item_end(rest)
                and _org_end_rx().search(name, 0, a)):
            return a, b
    return None


def _verb_joined_bodies(ents: list[Entity]) -> list[Entity]:
    """An organization the tagger ran on from one body through a verb into another (…电视台|联合|某省委宣传部) is the
    two bodies (`_verb_split`): no labelled organization of the training sentences (validation split aside) is so
    written (1998: 0 of 7,959; CLUENER: 0 of 7,205)."""
    out: list[Entity] = []
    for e in ents:
        cut = _verb_split(e.text) if e.type in ("org", "gov_org") and e.end - e.start >= 8 else None
        if cut is None:
            out.append(e)
            continue
        a, b = cut
        out += [Entity(org_type(e.text[:a]), e.start, e.start + a, e.text[:a]),
                Entity(org_type(e.text[b:]), e.start + b, e.end, e.text[b:])]
    return out


# a body's committee of one term (…|第九届委员会, …|第二届常务委员会), not the national committee (第九届全国委员会)
_TERM_COMMITTEE = re.compile("第[一二三四五六七八九十]+届(?:常务)?委员会$")
_ORGAN_HEADS = ("政协", "中共")


def _term_committees(ents: list[Entity]) -> list[Entity]:
    """An organization the tagger found ending in a committee of one term (某省|第八届委员会, …联合会|第二届常务委员会)
    is what comes before it: a place when that is a lexicon place (after 政协 or 中共, which the 1998 set leaves
    unlabelled there), a body when it ends like one, else it is left. In the 1998 training sentences such a
    committee after a place leaves the place labelled alone 13 times of 13, and a labelled organization ends in one
    only with the national committee (第九届全国委员会)."""
    out: list[Entity] = []
    for e in ents:
        m = _TERM_COMMITTEE.search(e.text) if e.type in ("org", "gov_org") and "届" in e.text else None
        if m and m.start() >= 2:
            head = e.text[:m.start()]
            lead = 2 if head.startswith(_ORGAN_HEADS) and len(head) > 2 else 0
            if head[lead:] in _listed_places():
                out.append(Entity("place", e.start + lead, e.start + m.start(), head[lead:]))
                continue
            if _item_end(head) and not _bare_ending(head):
                out.append(Entity(org_type(head), e.start, e.start + m.start(), head))
                continue
        out.append(e)
    return out


# a group sent somewhere (a delegation, a working group, a group of experts, a service team): no body of its own in
# either set (专家组 ends no labelled entity of the training sentences, 0 of 9; not 医疗队, which ends a labelled body
# once in 20 times in the 1998 training sentences: a named unit's medical team)
_DELEGATIONS = ("代表团", "慰问团", "慰问组", "考察团", "访问团", "观察团", "演出团", "讲师团", "工作组", "调查组", "专家组", "服务队")


def _delegations(ents: list[Entity]) -> list[Entity]:
    """An organization the tagger found ending in a delegation's or a working group's word (某省|慰问团, 某国议会|代表团)
    is the body before the word when that ends like one, else the lexicon place it begins with, else nothing: in the
    training sentences (validation split aside) such a word ends no labelled entity, 0 times of 154 in the 1998 set
    and of 3 in CLUENER's; a lexicon place right before it is labelled alone 30 times of 37 in the 1998 set (a body
    before it the others)."""
    out: list[Entity] = []
    for e in ents:
        if e.type in ("org", "gov_org") and e.text.endswith(_DELEGATIONS):
            head = e.text[:-3]
            if _item_end(head) and not _bare_ending(head):
                out.append(Entity(org_type(head), e.start, e.start + len(head), head))
            elif m := _place_rx().match(head):
                out.append(Entity("place", e.start, e.start + m.end(), m.group()))
            continue
        out.append(e)
    return out


@lru_cache(maxsize=1)
def _place_end_rx() -> re.Pattern:
    return re.compile(rf"(?:{trie_regex(sections('places')['suffix'])})$")


def _country_city_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """An organization the tagger found that is only a country and a city of it (a lexicon place that is no country,
    or a large city abroad: 某国|某城) is those two places: no labelled organization of the 1998 training sentences
    is so written (CLUENER's label two such names addresses, none an organization; two countries together are
    left alone, as CLUENER labels a match between two teams so)."""
    out: list[Entity] = []
    for e in ents:
        k = _country_head(e.text) if e.type in ("org", "gov_org") else 0
        if k:
            m = e.start + k
            out += [Entity("place", e.start, m, text[e.start:m]), Entity("place", m, e.end, text[m:e.end])]
            continue
        out.append(e)
    return out


def _stationed_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """An organization the tagger found that is a lexicon place, 驻 and a place or body with no mission's ending
    (某国驻|某国, 某国驻|某组织 before a title such as 大使; `_MISSIONS` keep theirs) is the place and what follows 驻, a
    place when the lexicon lists it: in the 1998 training sentences a lexicon place, 驻 and another before 大使,
    代表, 总领事 or 记者 is a labelled place alone 19 times and one organization only where the title was a mission's
    name (…|大使馆)."""
    out: list[Entity] = []
    for e in ents:
        m = _place_rx().match(e.text) if e.type in ("org", "gov_org") and "驻" in e.text else None
        rest = e.text[m.end() + 1:] if m and e.text.startswith("驻", m.end()) else ""
        if len(rest) >= 2 and not rest.endswith(_MISSIONS):
            k = e.start + m.end()
            listed = rest in _listed_places() or rest in _world_cities()
            out += [Entity("place", e.start, k, m.group()),
                    Entity("place" if listed else org_type(rest), k + 1, e.end, rest)]
            continue
        out.append(e)
    return out


def _country_head(name: str) -> int:
    """The length of the country ``name`` begins with when the rest is a city (see `_country_city_bodies`), else 0."""
    if name[:2] not in _country_starts():
        return 0
    countries = _countries()
    for n in range(2, len(name) - 1):
        rest = name[n:]
        if (name[:n] in countries and rest not in countries
                and (rest in _world_cities() or rest in _listed_places())):
            return n
    return 0


# endings too loose to make a body of a place and the words before them (北京有关部门, 土耳其海军, 中国使馆)
_LOOSE_ENDS = frozenset("部门 机关 军方 空军 海军 陆军 舰队 部队 武警 中心 控股 证券 保险 基金 信托 日报 晚报 人大 政协 "
                        "议会 国会 内阁 使馆 大使馆 领事馆 本报".split())


@lru_cache(maxsize=1)
def _place_tail_rx() -> re.Pattern:
    """After a place: a few characters that are not function words, then an organization's ending of two
    characters or more or a troupe's or bookshop's (`orgs.txt` [troupe]: after a lexicon place such a name is a
    labelled organization 32 times of 35 in the training sentences), not running on into a longer word (银行业,
    委员长)."""
    s = sections("orgs")
    ends = [w for w in list(s["gov_suffix"]) + list(s["org_suffix"]) + list(s["media"]) + list(s["troupe"])
            if len(w) >= 2 and w not in _LOOSE_ENDS]
    word = r"^\W\d的了和与及在是为对向从把被将到等或并也都这那其"
    return re.compile(rf"[{word}所之个][{word}]{{0,7}}?(?:{trie_regex(ends)})(?![业长员门])")


@lru_cache(maxsize=1)
def _bare_tail_rx() -> re.Pattern:
    """Right after a place: an organization's ending of two characters or more alone (某市|公安局, 某国|政府) or a
    troupe's (某省|曲艺团: 12 labelled organizations of 12 after a lexicon place in the training sentences), not a
    newspaper's or a loose one and not running on into a longer word."""
    s = sections("orgs")
    ends = [w for w in list(s["gov_suffix"]) + list(s["org_suffix"]) + list(s["troupe"])
            if len(w) >= 2 and w not in _LOOSE_ENDS and w not in s["media"] and w != "公司"]
    return re.compile(rf"(?:{trie_regex(ends)})(?![业长员门])")


@lru_cache(maxsize=1)
def _office_tail_rx() -> re.Pattern:
    """Two characters and a government body's one-character ending (`orgs.txt` [gov_suffix]; not 部, which ends
    directions such as 东北部, nor 军), not running on into a title (…局长, …委员)."""
    ends = "".join(w for w in sections("orgs")["gov_suffix"] if len(w) == 1 and w not in "部军")
    return re.compile(rf"[\u4e00-\u9fff]{{2}}[{ends}](?![长员])")


def _office_tail(text: str, e: int) -> re.Match | None:
    """Right after a lexicon place, a noun of two characters in jieba's dictionary and a one-character body ending,
    on jieba's word boundaries (某省|林业局, 某市|档案局): in the 1998 training sentences such a place and tail is one
    labelled organization 56 times and part of a longer one 16, anything else never (CLUENER 25, 7 and 1)."""
    m = _office_tail_rx().match(text, e)
    if m and _jieba()[1].get(text[e:e + 2], "")[:1] == "n" and _word_aligned(text, e, m.end()):
        return m
    return None


# an office's short name after a place, its level repeated or not (某省|省外办, 某区|青联, 某市|科协), no function
# character in it, not running on into a title (…委员, …委长), though it may stand before 主任 or 主席 (某省|体委|主任:
# in the training sentences such a place, office and role begin one labelled organization 3 times of 3)
_SHORT_OFFICE = re.compile(r"[省市县区]?[^\W\d的了和与及在是为对向从把被将到等或并也都这那其同跟][委办联协](?![长员会公]|主(?!任|席))")


def _short_office(text: str, e: int) -> re.Match | None:
    """Right after a lexicon place, an office's short name (`_SHORT_OFFICE`: two characters, no verb of jieba's,
    such as 科委, 外办, 文联, 剧协; 办 alone may be a verb of jieba's), on jieba's word boundaries: in the training
    sentences such a place and tail is one labelled organization 51 times in the 1998 set and part of a longer one
    9, the place alone never (CLUENER 6, 5 and never)."""
    m = _SHORT_OFFICE.match(text, e)
    if m and _jieba()[1].get(m.group()[-2:], "")[:1] != "v" and _word_aligned(text, e, m.end()):
        return m
    return None


def _bare_tail(text: str, e: int) -> re.Match | None:
    """An organization's ending alone right after ``e`` (`_bare_tail_rx`), on jieba's word boundaries."""
    m = _bare_tail_rx().match(text, e)
    return m if m and _word_aligned(text, e, m.end()) else None


_LEVEL_ENDS = tuple("市县省区州")
# after a lexicon place, up to twelve characters with no function word and a council's, foundation's, association's
# or symposium's ending (某省|果树栽培技术推广|委员会), verbs allowed: in the 1998 training sentences one labelled body
# 159 times, part of a longer one 17, the place alone 21 (most of them a term committee after 政协 or 中共)
_COUNCIL_CHAR = r"[^\W\d的了和与及在是为对向从把被将到等或并也都这那其两各该]"
_COUNCIL_TAIL = re.compile(rf"{_COUNCIL_CHAR}{{2,12}}?(?:委员会|基金会|协会|研讨会)(?![长员])")
# the same with those characters inside words (敢为人先, 和睦, 两地): taken when no jieba word of it is a function
# word, verb, numeral, measure word, pronoun, preposition, conjunction or particle (…决定为此设立委员会 is no name)
_COUNCIL_WORDS = re.compile(r"[^\W\d]{2,12}?(?:委员会|基金会|协会|研讨会)(?![长员])")
_NOT_IN_COUNCIL = frozenset("vmqrpcu")


def _council_tail(text: str, e: int) -> re.Match | None:
    """A council's name right after a lexicon place (`_COUNCIL_TAIL`, or `_COUNCIL_WORDS` read by jieba's words)."""
    m = _COUNCIL_TAIL.match(text, e)
    if m is None:
        m = _COUNCIL_WORDS.match(text, e)
        if m and any(_jieba()[1].get(w, "")[:1] in _NOT_IN_COUNCIL or len(w) == 1 and w in _COUNCIL_CHAR
                     for w in segment(m.group())):
            return None
    return m


# a women's or men's team after a lexicon place (某省|女足): one labelled body 67 times in the 1998 training sentences,
# the place alone 4
_TEAM_TAIL = re.compile("[女男][足排篮]")


_JOINERS = frozenset("、和与及")


def _joined_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """A body named right after an organization and 、, 和, 与 or 及 (…大学和|某某大学, …京剧院、|某某京剧团) is an
    organization where nothing was found on it: a few characters that are not function words, then an organization's
    ending of two characters or more (`_place_tail_rx`), on jieba's word boundaries, not beginning with a bare level
    (省|政府), none of its words a verb, numeral or the like and one at least no common word of jieba's (not 地方|银行).
    In the training sentences such a text after a labelled organization is a labelled organization 204 times of 234
    in the 1998 set (part of a longer one 15, nothing 13: 人民检察院、|人民法院) and 88 of 94 in CLUENER's."""
    added: list[Entity] = []
    todo = [e for e in ents if e.type in ("org", "gov_org") and text[e.end:e.end + 1] in _JOINERS]
    while todo:
        b = todo.pop().end + 1
        m = _place_tail_rx().match(text, b)
        if (m and text[b] not in _BARE_LEVELS and not any(x.start < m.end() and b < x.end for x in ents + added)
                and _word_aligned(text, b, m.end()) and _plain_nouns(m.group()) and _proper_word(m.group())):
            new = Entity(org_type(m.group()), b, m.end(), m.group())
            added.append(new)
            if text[new.end:new.end + 1] in _JOINERS:
                todo.append(new)
    return sorted(ents + added, key=lambda x: x.start) if added else ents


def _proper_word(name: str) -> bool:
    """Whether a jieba word of ``name`` is no common word (a place, a name, a body, or a word jieba lacks)."""
    return any(_jieba()[1].get(w, "x") not in _COMMON_TAGS for w in segment(name))


# after a place with its level (某市|), a field of work of two to four characters and 和 or 与 (规划与|, 住房保障和|): no
# function character and no body's ending in the field (not 某市|经委和, 某区|领导和, which are bodies or people in a list)
_OFFICE_FIELD = re.compile(r"[^\W\d的了和与及在是为对向从把被将到等或并也都这那其委局部厅办宫府导长队处所院会司署]{2,4}[和与]")


def _joined_office_heads(text: str, ents: list[Entity]) -> list[Entity]:
    """An office named for two fields of work (某市|规划与|国土资源管理局, 某市|规划和|国土局) is one government body
    from the place on: the tagger ends the place at the level and begins the body (if it finds one) after 和 or 与.
    Taken where a place ending in its level is followed by a field (`_OFFICE_FIELD`, nothing found on it) and an
    organization the tagger found, or a body's name (`_place_tail_rx`, `_office_tail`) with nothing found on it."""
    out: list[Entity] = []
    k = 0
    while k < len(ents):
        e = ents[k]
        m = _OFFICE_FIELD.match(text, e.end) if e.type == "place" and e.text.endswith(_LEVEL_ENDS) else None
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        end = None
        if m and nxt is not None and nxt.start < m.end():
            m = None                            # something found on the field
        if m and nxt is not None and nxt.start == m.end() and nxt.type in ("org", "gov_org"):
            end, k = nxt.end, k + 1
        elif m:
            tail = _place_tail_rx().match(text, m.end()) or _office_tail(text, m.end())
            if tail and (nxt is None or nxt.start >= tail.end()) and _plain_nouns(tail.group()):
                end = tail.end()
        if end is not None:
            e = Entity(org_type(text[e.start:end]), e.start, end, text[e.start:end])
        out.append(e)
        k += 1
    return out


def _place_headed_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """A place that heads an organization's name the tagger left unmarked (闻喜县|新华书店, 海口|实验中学):
    the place (with the places right before it) and the rest up to an organization ending become one body,
    when no word of the rest is a verb, pronoun, numeral, adjective or the like in jieba's dictionary and
    it does not begin with a word of kind rather than name (北京|某种|子公司, 农民|进城|包|医院, 欧洲|国家|政府,
    香港|上市公司 are not bodies). So does a lexicon place right before such an ending alone (某市|公安局; not 公司: 某国|公司
    are that country's companies): in the 1998 training sentences such a pair is one labelled organization 446 times,
    part of a longer one 114 and anything else 16 (CLUENER: 135, 86 and 6). A place the lexicon lacks heads such
    an ending alone too when it ends in a level (某某县|公安局: one labelled organization 59 times, the place apart 2),
    and an office's name (`_office_tail`, 某某县|林业局: 35 labelled organizations so ending, the place apart never);
    any other is a piece of a body's name the tagger cut (某某寺|银行) and no place: such a place is labelled apart
    before such an ending 6 times in the 1998 training sentences, a body so ending after a head outside the lexicon
    1,188 times. A lexicon place heads a council's name with verbs in it too (`_council_tail`) and a team's
    (`_TEAM_TAIL`). A place after 政协 is left as it is (the 1998 set labels it either way)."""
    out: list[Entity] = []
    for k, e in enumerate(ents):
        if e.type == "place" and text[max(0, e.start - 2):e.start] != "政协":
            m = _place_tail_rx().match(text, e.end)
            listed = e.text in _listed_places()
            if m is None and listed:
                m = _bare_tail(text, e.end) or _office_tail(text, e.end) or _short_office(text, e.end)
            elif m is None:
                m = _bare_tail(text, e.end)
                if m and not e.text.endswith(_LEVEL_ENDS):
                    continue
                if m is None and e.text.endswith(_LEVEL_ENDS):
                    m = _office_tail(text, e.end)
            if m and m.re is not _SHORT_OFFICE and not _plain_nouns(m.group()):
                m = None
            if m is None and listed:
                m = _council_tail(text, e.end) or _TEAM_TAIL.match(text, e.end)
            if (m and not any(x.start < m.end() and e.end < x.end for x in ents[k + 1:k + 4])
                    and not text.startswith(_KIND_WORDS, e.end)):
                s = e.start
                while out and out[-1].type == "place" and out[-1].end == s:
                    s = out.pop().start
                t = text[s:m.end()]
                out.append(Entity(org_type(t), s, m.end(), t))
                continue
        out.append(e)
    return out


_FORCES = ("警方", "公安机关", "军队")


def _forces_of_places(text: str, ents: list[Entity]) -> list[Entity]:
    """A place right before 警方, 公安机关 or 军队 (某市|警方, 某国|军队), on jieba's word boundaries and with nothing
    found on the word, is one government body with it, the place's end kept in its parts (``place_end``): so written,
    CLUENER's training sentences (validation split aside) label the pair one government body 16 times and the place
    apart 2; the 1998 set's label the place alone 25 times of 25, as its scoring takes it (`bench.ner_eval`)."""
    out: list[Entity] = []
    for e in ents:
        w = next((w for w in _FORCES if text.startswith(w, e.end)), None) if e.type == "place" else None
        end = e.end + len(w) if w else 0
        if w and not any(e.end < x.end and x.start < end for x in ents) and _word_aligned(text, e.end, end):
            out.append(Entity("gov_org", e.start, end, text[e.start:end], parts={"place_end": e.end}))
        else:
            out.append(e)
    return out


def _places_before_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """A place the tagger found right before an organization it found (青川|某某集团, 某国|某某部) is the head of
    the organization's name: in the training sentences (validation split aside) an organization begins with a
    lexicon province or city 1,636 times in the 1998 set (CLUENER 515), such a place labelled apart right before one
    7 times (3). So is a place before 驻 and a mission the tagger found (某国驻|某国大使馆: one body 20 times of 21
    in the 1998 training sentences, 4 of 4 in CLUENER's)."""
    out: list[Entity] = []
    for e in ents:
        p = out[-1] if out else None
        if (e.type in ("org", "gov_org") and p is not None and p.type == "place"
                and (p.end == e.start or text[p.end:e.start] == "驻" and e.text.endswith(_MISSIONS))):
            out[-1] = Entity(org_type(text[p.start:e.end]), p.start, e.end, text[p.start:e.end])
            continue
        out.append(e)
    return out


# a court, procuratorate, police, tax or trade office of a place (…区|人民法院, …|公安分局, …县|税务局), not running on
# into a role, a trade or a staff (…法院|院长, …公安局|员工)
_LOCAL_OFFICE = re.compile("(?:中级人民法院|人民法院|法院|人民检察院|检察院|公安分局|公安局|派出所|税务局|国税局|"
                           "地税局|工商局|交警支队|交警大队|看守所|车管所)(?![长员业工])")
_LOCAL_HEAD_TAGS = frozenset("nr nz nt".split())     # jieba's tags of a name's word (some districts are names to it)


def _local_offices(text: str, ents: list[Entity]) -> list[Entity]:
    """A head (`_local_head`: a place's word of jieba's, or a name ending in a level) and, with a level character or
    without, an office of a place right after it (`_LOCAL_OFFICE`), on jieba's word boundaries, are one government
    body where the tagger found nothing on the office (…区|人民法院, …|公安分局); a place the tagger found
    as the head joins it, and so does the bare office the ministry lexicon found (派出所). In the training sentences
    (validation split aside) such a head and office are one labelled body or the head of a longer one 94 times of 94
    in the 1998 set and 44 of 46 in CLUENER's, never unlabelled. Governments (…|政府) are left out: after a word
    jieba calls a name they are often a kind of government, no body's name."""
    out = list(ents)
    for m in _LOCAL_OFFICE.finditer(text):
        b, e = m.span()
        bare = [x for x in out if x.start < e and b < x.end]
        if any((x.start, x.end) != (b, e) for x in bare):
            continue
        s = _local_head(text, b, e)
        if s is None:
            continue
        head = [x for x in out if x.start < b and s < x.end]
        if any(x.type != "place" or x.start != s or x.end != b for x in head):
            continue
        out = [x for x in out if x not in head and x not in bare] + [Entity("gov_org", s, e, text[s:e])]
    out.sort(key=lambda x: (x.start, -x.end))
    return out


def _local_head(text: str, b: int, e: int) -> int | None:
    """The start of the head of the office at ``b``–``e`` (`_local_offices`): the jieba word ending at ``b``, or at
    a level character right before it (某某|区|法院, 某某|县公安局), that jieba tags as a place, or as a name or not at
    all when it ends in a level itself (某某区|法院), not after 各, 该 or 本; else None."""
    a = max(0, b - 8)
    bounds, words = [a], segment(text[a:e + 2])
    for w in words:
        bounds.append(bounds[-1] + len(w))
    if e not in bounds:
        return None
    end = b if b in bounds else None
    if b - 1 in bounds and text[b - 1] in "区县市州":
        end = b - 1
    if end is None or end == a:
        return None
    k = bounds.index(end)
    w, s = words[k - 1], bounds[k - 1]
    tag = _jieba()[1].get(w, "nz")[:2]
    if len(w) < 2 or s and text[s - 1] in "各该本" or not (tag == "ns" or tag in _LOCAL_HEAD_TAGS and w[-1] in "区县市州"):
        return None
    return s


def _places_before_title_bodies(ents: list[Entity]) -> list[Entity]:
    """A place right before an organization once the title rules have run (the body of a title, 某省|某市某委|主任,
    which they find after `_places_before_bodies`) heads the organization's name, as it heads one the tagger found."""
    ends = {e.end: e for e in ents if e.type == "place"}
    joined = []
    for k, e in enumerate(ents):
        p = ends.get(e.start) if e.type in ("org", "gov_org") else None
        if p is not None:
            t = p.text + e.text
            ents[k] = Entity(org_type(t), p.start, e.end, t)
            joined.append(p)
    return [e for e in ents if not any(e is p for p in joined)] if joined else ents


@lru_cache(maxsize=1)
def _list_head_rx() -> re.Pattern:
    """A province or city of the lexicon, or a national head (中国, 全国 …): the head of an item in a list of
    bodies."""
    pl = sections("places")
    names = list(pl["province"]) + list(pl["province_short"]) + [c for c in pl["city"] if len(c) >= 2]
    names += ["中国", "全国", "中央", "国家"]
    return re.compile(rf"(?:{trie_regex(names)})")


def _list_item(item: str) -> tuple[int, int] | None:
    """(end of the body, start of the name) of an item in such a list: the whole item is the body when it ends
    like an organization; a body, a lexicon title and a name of two or three characters (…科技处|处长|林小舟)
    give the body and the name, and so do a body, a trade of two to five characters ending in 师 or 员 that the
    lexicon lacks and such a name (…研究所|农艺师|林小舟); None for anything else."""
    if _item_end(item):
        return len(item), len(item)
    for s, e in reversed(rule_titles(item)):
        if (2 <= len(item) - e <= 3 and _is_surname(item[e]) and _CJK.fullmatch(item, e)
                and s >= 2 and _item_end(item[:s])):
            return s, e
    for e in (len(item) - 3, len(item) - 2):
        if e >= 4 and item[e - 1] in "师员" and _is_surname(item[e]):
            for s in range(e - 2, max(1, e - 6), -1):
                if _CJK.fullmatch(item, s) and _item_end(item[:s]):
                    return s, e
    return None


@lru_cache(maxsize=1)
def _full_provinces() -> tuple[str, ...]:
    """The provinces' full names that are not cities (…省, …自治区)."""
    return tuple(p for p in sections("places")["province"] if not p.endswith("市"))


def _full_province_head(name: str, k: int) -> bool:
    """Whether a province's full name begins at ``name[k]``, after six characters or more."""
    return k >= 6 and name.startswith(_full_provinces(), k)


def _split_org_lists(text: str, ents: list[Entity]) -> list[Entity]:
    """A list of bodies written without separators that the tagger took as one organization (…省科协|…省曲艺团|
    …市图书馆) is cut where an item is followed by a province, a city or a national head (中国, 全国 …), when that
    makes three items or more, each a name that ends like an organization, or such a name, a title and a
    person's name (…科技处|处长|林小舟: the title is left to the title rules); two items make a list when the first
    holds a name or the second begins with a province's full name (…医院|江西省…文工团)."""
    out: list[Entity] = []
    for e in ents:
        if e.type in ("org", "gov_org") and e.end - e.start >= 12:
            cuts = [k for k in range(3, len(e.text) - 2)
                    if _list_head_rx().match(e.text, k) and _list_item(e.text[:k])]
            bounds = [0] + cuts + [len(e.text)]
            items = [(a, _list_item(e.text[a:b]), b) for a, b in zip(bounds, bounds[1:])]
            if all(x[1] for x in items) and (len(items) >= 3 or len(items) == 2 and (
                    items[0][1][1] < cuts[0] or _full_province_head(e.text, cuts[0]))):
                for a, (body, name), b in items:
                    x = e.text[a:a + body]
                    out.append(Entity(org_type(x), e.start + a, e.start + a + body, x))
                    if a + name < b:
                        out.append(Entity("person", e.start + a + name, e.start + b, e.text[a + name:b]))
                continue
        out.append(e)
    return out


def _bodies_between_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """The text between two organizations run together with it, written without a mark (…研究所|某某省某某县文化局某某省
    计生委|某某省…剧团), that begins with a province, a city or a national head and cuts at such heads into items of a
    list of bodies (`_list_item`: a body, or a body, a title and a name) is those bodies and names, over what was found
    on it, as in a run of bodies the tagger took whole (`_split_org_lists`); the first body's title and name may come
    first (…剧院|演员某某某|某某省…, `_lead_name`). In the training sentences (validation split and held-out block aside)
    such a text between two labelled organizations is never left unlabelled (0 times) and is one labelled body between
    them once; the validation tagger leaves no such text there."""
    bodies = [e for e in ents if e.type in ("org", "gov_org")]
    added: list[Entity] = []
    for a, b in zip(bodies, bodies[1:]):
        start = a.end
        if b.start - start < 5 or not _CJK.fullmatch(text, start, b.start):
            continue
        lead = _lead_name(text[start:b.start])
        if lead:
            added.append(Entity("person", start + lead[0], start + lead[1], text[start + lead[0]:start + lead[1]]))
            start += lead[1]
        gap = text[start:b.start]
        if len(gap) < 5 or not _list_head_rx().match(gap):
            continue
        cuts = [k for k in range(3, len(gap) - 2) if _list_head_rx().match(gap, k) and _list_item(gap[:k])]
        bounds = [0] + cuts + [len(gap)]
        items = [(x, _list_item(gap[x:y]), y) for x, y in zip(bounds, bounds[1:])]
        if not all(it[1] for it in items):
            continue
        for x, (body, name), y in items:
            s = start + x
            added.append(Entity(org_type(text[s:s + body]), s, s + body, text[s:s + body]))
            if x + name < y:
                added.append(Entity("person", s + name, start + y, text[s + name:start + y]))
    if not added:
        return ents
    kept = [e for e in ents if not any(e.start < x.end and x.start < e.end for x in added)]
    return sorted(kept + added, key=lambda x: x.start)


def _lead_name(gap: str) -> tuple[int, int] | None:
    """(start, end) of the name in a lexicon title and a name of two or three characters starting with a family name
    that begin ``gap`` when a province, a city or a national head follows them, else None."""
    found = rule_titles(gap[:8])
    if not found or found[0][0] != 0:
        return None
    k = found[0][1]
    for n in (3, 2):
        if _is_surname(gap[k:k + 1]) and _list_head_rx().match(gap, k + n):
            return k, k + n
    return None


# a province's or a city's name heading a body (某某省, 某某自治区, 某某市)
_LEVEL_HEAD = re.compile(r".{2,8}?(?:省|自治区|市)")


def _repeated_heads(ents: list[Entity]) -> list[Entity]:
    """An organization the tagger found that begins with a province's or a city's name and holds that name again is
    bodies run together (…某省某团|某省医院), cut before each repeat: in the training sentences a labelled
    organization so headed repeats its head 0 times of 695 (1998) and 2 of 246 (CLUENER)."""
    out: list[Entity] = []
    for e in ents:
        m = _LEVEL_HEAD.match(e.text) if e.type in ("org", "gov_org") else None
        cuts = [k for k in range(m.end(), len(e.text)) if e.text.startswith(m.group(), k)] if m else []
        if not cuts:
            out.append(e)
            continue
        for a, b in zip([0] + cuts, cuts + [len(e.text)]):
            out.append(Entity(org_type(e.text[a:b]), e.start + a, e.start + b, e.text[a:b]))
    return out


def _titled_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """An organization the tagger ran over a lexicon title before a body headed by a lexicon place (某某|国王|某国政府)
    is that body alone."""
    out: list[Entity] = []
    for e in ents:
        found = rule_titles(e.text) if e.type in ("org", "gov_org") and e.end - e.start >= 6 else ()
        if found and found[-1][0] > 0:
            b = found[-1][1]
            rest = e.text[b:]
            if len(rest) >= 3 and _place_rx().match(rest) and _item_end(rest) and not _bare_ending(rest):
                out.append(Entity(org_type(rest), e.start + b, e.end, rest))
                continue
        out.append(e)
    return out


def _body_units(text: str, ents: list[Entity]) -> list[Entity]:
    """A unit named right after an organization (…医院|医务处, …出版社|发行科, …大学|园艺系) belongs to it:
    up to three jieba words, all nouns (or unknown to jieba's dictionary), the last ending in 科, 处, 系, 部, 室 or
    所 (not a room: 会议室, 教室 …; a 所 jieba reads alone after a noun: …研究院|材料所), together two to six
    characters, with no entity on them (医务处|处长 keeps the title apart)."""
    for k, e in enumerate(ents):
        if e.type not in ("org", "gov_org") or e.end >= len(text):
            continue
        nxt = ents[k + 1].start if k + 1 < len(ents) else len(text)
        after = text[e.end:min(nxt, e.end + 8)]
        if not _UNIT_END.search(after, 1, 6):     # a unit of two to six characters ends in one of them
            continue
        end = e.end
        for w in segment(after)[:3]:
            tg = _jieba()[1].get(w)
            if not (tg is None or tg[0] in "nj" or tg == "vn" or w == "所" and end > e.end) or not _CJK.fullmatch(w):
                break
            end += len(w)
            if w[-1] in "科处系部室所" and 2 <= end - e.end <= 6 and not w.endswith(_NOT_UNITS):
                e.end = end
                e.text = text[e.start:end]
                e.type = org_type(e.text)
                break
    return ents


_UNIT_END = re.compile("[科处系部室所]")


_TITLE_UNIT_END = re.compile(r"(?:中心|处|部|室|科|所|司)$")
_UNIT_GAP_TAGS = frozenset("r p c u d q f m".split())


def _units_before_titles(text: str, ents: list[Entity]) -> list[Entity]:
    """A unit named between an organization and the title after it (…研究中心|某某规划处|处长) belongs to the
    organization: three to ten characters of Chinese ending like a unit, no function word among its jieba words;
    a place the tagger found inside it goes. In CLUENER's training sentences a body with a unit after it is labelled
    one name before a title about 50 times, the body alone with the unit unlabelled 10 (the 1998 set labels no
    titles; a unit right after a body is part of it there 108 times of 127)."""
    if "title" not in map(_TYPE, ents):
        return ents                 # most texts hold no title: no organization is scanned for one
    out = ents
    for k, e in enumerate(ents):
        if e.type not in ("org", "gov_org"):
            continue
        t = next((x for x in ents[k + 1:] if x.start >= e.end and x.type != "place"), None)
        if t is None or t.type != "title":
            continue
        gap = text[e.end:t.start]
        if not (3 <= len(gap) <= 10 and _CJK.fullmatch(gap) and _TITLE_UNIT_END.search(gap)):
            continue
        if any(_jieba()[1].get(w, "")[:1] in _UNIT_GAP_TAGS for w in segment(gap)):
            continue
        e.end = t.start
        e.text = text[e.start:e.end]
        e.type = org_type(e.text)
        out = [x for x in out if not (x.type == "place" and e.start <= x.start and x.end <= e.end) or x is e]
    return out


# endings of common words that are no unit (医院全部, 公司退休干部, 管理体系)
_NOT_UNITS = tuple("全部 局部 干部 体系 关系 联系 派系 学科 胸部 头部 腹部 住处 用处 好处 到处 各处 书系 世系 直系 "
                   "教室 卧室 浴室 会议室 聊天室 休息室 候车室 候诊室 手术室 地下室 阅览室 展室 密室".split())


_KIND_WORDS = ("国家", "现", "前", "原", "上市", "中小", "各", "有关", "国有", "私营", "民营", "外资", "大中")
_NOT_IN_NAME = ("v", "r", "m", "a", "b", "p", "c", "u", "d", "q", "f")


def _plain_nouns(tail: str) -> bool:
    """No word of ``tail`` (jieba) is tagged as a verb, pronoun, numeral (第八届 aside), adjective,
    distinguishing word, preposition, conjunction, particle, adverb, measure word or locality."""
    pos = _jieba()[1]
    for w in segment(tail):
        tg = pos.get(w, "")
        if tg in _NOT_IN_NAME and not (tg == "m" and w.startswith("第")):
            return False
    return True


@lru_cache(maxsize=1)
def _body_ends() -> tuple[frozenset, tuple]:
    """The last characters of the organization lexicon's bodies and endings, and the endings of units it lacks."""
    s = sections("orgs")
    keys = ("gov_suffix", "gov_word", "org_suffix", "media", "ministry", "gov_kind", "troupe")
    return frozenset(w[-1] for k in keys for w in s[k]), tuple(s["unit_end"])


def _endless_bodies(text: str, ents: list[Entity]) -> None:
    """An organization the tagger found that is a lexicon place and common words (jieba's, two characters or more)
    ending in no character that ends a lexicon body and in no unit's ending (某国|电影, 某省|投资兴业) is that place
    alone: a labelled organization so written ends like a lexicon body 1,097 times of 1,187 in the 1998 training
    sentences (445 of 479 in CLUENER's) and like a unit (`orgs.txt` [unit_end]: …男排, …系; …科) 82 of the other
    90 times (8 of 34). So is a lexicon place and 财政 alone (某省|财政, a place's finances): in the 1998 training sentences
    (validation split aside) a lexicon place right before 财政 (not 财政部, 财政局, 财政厅) is labelled alone 5 times, at the
    head of a longer organization once and as an organization ending in 财政 never (CLUENER's: alone once)."""
    chars, units = _body_ends()
    for e in ents:
        if e.type in ("org", "gov_org") and (e.text[-1] not in chars and not e.text.endswith(units + _UNIT_ENDS)
                                             or e.text.endswith("财政")):
            m = _place_rx().match(e.text)
            if m and m.end() < len(e.text) and _common_words(e.text[m.end():]):
                e.type, e.end, e.text = "place", e.start + m.end(), m.group()


def _common_words(rest: str) -> bool:
    """Whether ``rest`` is only jieba dictionary words of two characters or more tagged as common words."""
    return all(len(w) >= 2 and _jieba()[1].get(w, "") in _COMMON_TAGS for w in segment(rest))


# a body's own party, league, union and discipline organs (…公司|党委, …局|纪委)
_PARTY_ORGANS = ("党委", "党支部", "党总支", "团委", "工会", "纪委")


def _party_organs(text: str, ents: list[Entity]) -> None:
    """An organization right before its party organ (…公司|党委, …医院|党委|书记) takes the organ, also where a title
    begins with it, when no other name is on the organ: in the 1998 training sentences such an organ after a
    labelled organization is part of it 75 times and left out never (before a title 28 times and never)."""
    for e in ents:
        if e.type in ("org", "gov_org") and text.startswith(_PARTY_ORGANS, e.end):
            end = e.end + next(len(u) for u in _PARTY_ORGANS if text.startswith(u, e.end))
            if not any(x.start < end and e.end < x.end and x.type != "title" for x in ents):
                e.end = end
                e.text = text[e.start:end]
                e.type = org_type(e.text)


_UNIT_ENDS = ("部", "处", "科", "室", "理事会", "董事会", "委员会", "中心", "办公室")
