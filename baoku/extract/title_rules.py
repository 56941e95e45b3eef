"""Rules for officials' titles beyond the lexicon's (``titles.rule_titles``): compound titles (a body and a role,
省财政厅厅长) and the parts they are read into, titles a segmented word straddles, titles headed by a place or a
party organ, the bodies named in titles, scholars' and occupations' titles, and titles joined by 和, 及, 与 or 、 split
into each. Each rule takes the text and the entities so far; ``ner.entities`` calls them in its order."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import sections, trie_regex, words
from .base import Entity, _CJK, _bare_ending, _item_end, _org_end_rx
from .bodies import _GENERIC_BODIES, _NOT_UNITS, _TERM_COMMITTEE, _UNIT_ENDS
from .features import _jieba, _logp, segment
from .orgs import _tables, org_type
from .person_names import _JOINING
from .place_names import _listed_places, _place_rx
from .places import _kind_body
from .titles import _role_rx, rule_titles


def _split_joined_titles(text: str, ents: list[Entity]) -> list[Entity]:
    """非执行董事和监事 is two titles."""
    out = []
    for e in ents:
        if e.type == "title":
            m = _JOIN.search(e.text)
            if m and m.start() >= 2 and len(e.text) - m.end() >= 2:
                a, b = e.text[:m.start()], e.text[m.end():]
                if _role_rx().fullmatch(a) and _role_rx().fullmatch(b):
                    out.append(Entity("title", e.start, e.start + m.start(), a))
                    out.append(Entity("title", e.start + m.end(), e.end, b))
                    continue
        out.append(e)
    return out


_JOIN = re.compile(r"和|及|与|、")


@lru_cache(maxsize=1)
def _level_organ_rx() -> re.Pattern:
    """A level and an organ of the titles lexicon (省委, 市政协, 县人民政府)."""
    return re.compile(rf"(?:{trie_regex(words('titles', 'level'))})(?:{trie_regex(words('titles', 'organ'))})")


def _rule_titles(text: str, ents: list[Entity]) -> list[Entity]:
    """Titles of the lexicon that the tagger left out, where no other entity is. Where a lexicon title begins inside
    an organization the tagger found and the organization ends like a body (某市政协|委员, 某军区|领导, 中共中央|领导),
    the organization stays whole and the title is what follows it, if anything: in the 1998 training sentences
    (validation split aside, the validation tagger) cutting such an organization where the title begins (某市|政协委员)
    was wrong 31 times of 31, the tagger's whole name being the labelled one; a name that does not end so is still
    cut (某某新闻|发言人)."""
    found = rule_titles(text)
    if not found:
        return ents
    added = []
    for s, e in found:
        clash = [x for x in ents if x.start < e and s < x.end]
        if not clash:
            added.append(Entity("title", s, e, text[s:e]))
        elif (len(clash) == 1 and clash[0].type in ("org", "gov_org") and clash[0].start < s < clash[0].end < e
              and _level_organ_rx().fullmatch(text, s, clash[0].end)):
            # a place's organ the tagger found whole (青川市委|副书记): the body keeps it, the rest is the role
            added.append(Entity("title", clash[0].end, e, text[clash[0].end:e]))
        elif (len(clash) == 1 and clash[0].type in ("org", "gov_org") and clash[0].start < s < clash[0].end <= e
              and s - clash[0].start >= 2):
            o = clash[0]
            if not _body_named(o.text):
                # the tagger took the head of a title into a name: 某某新闻|发言人 → 某某 + 新闻发言人
                o.end, o.text = s, text[o.start:s]
                o.type = org_type(o.text)
                added.append(Entity("title", s, e, text[s:e]))
            elif _role_rx().fullmatch(text, o.end, e):
                # a body's name ends in the head of a title (某市政协|委员, 某军区|领导): the body stays whole
                added.append(Entity("title", o.end, e, text[o.end:e]))
        elif all(x.type in ("org", "gov_org") and s <= x.start and x.end < e for x in clash) and clash[0].start == s:
            # the tagger marked only the body of a title: 省委|常委 → one title with its body
            o = clash[-1]
            added.append(Entity("title", s, e, text[s:e], parts={"role_start": o.end, "body_end": o.end}))
    if not added:
        return ents
    return sorted(ents + added, key=lambda x: x.start)


# jieba tags of a character standing alone as a word that cannot end a title: adverb, preposition, conjunction,
# particle, suffix (将 of 马上|将, 者 of 工作|者)
_FUNCTION_TAGS = frozenset("dpcuk")


def _straddling_titles(text: str, ents: list[Entity]) -> list[Entity]:
    """A title of two characters whose first character closes a word the segmenter began before it and whose second
    is a function word or suffix on its own (马上|将…, 其中|将…, 工作|者) is no title: lexicon titles so placed in the
    training sentences (validation split aside) are a labelled title 0 times of 2 in CLUENER's (the 1998 set's 5 are
    no title by reading; that set labels no titles)."""
    tags = _jieba()[1]
    pairs = [e for e in ents if e.type == "title" and e.end - e.start == 2 and e.start > 0
             and tags.get(text[e.start + 1], "")[:1] in _FUNCTION_TAGS]
    lp = _logp()[0]     # a segmenter's word of two ideographs or more is a word of its dictionary
    pairs = [e for e in pairs if not "\u4e00" <= text[e.start] <= "\u9fd5"
             or any(lp.get(text[k:e.start + 1]) is not None for k in range(e.start))]
    if not pairs:
        return ents
    starts, k = {}, 0
    for w in segment(text):
        starts[k] = w
        k += len(w)
    ends = {s + len(w) for s, w in starts.items() if len(w) >= 2}
    drop = {id(e) for e in pairs if e.start + 1 in ends and starts.get(e.start + 1) == text[e.start + 1]}
    return [e for e in ents if id(e) not in drop] if drop else ents


def _scholars(text: str, ents: list[Entity]) -> list[Entity]:
    """A word of the segmenter of three characters or more ending in 学家 (a scholar of a field: 某某学家) is a title
    where no entity is: CLUENER's training sentences (validation split aside) label such a word a title 16 times of
    18, the lexicon naming only a few fields."""
    added, k = [], 0
    for w in segment(text):
        s, k = k, k + len(w)
        if len(w) >= 3 and w.endswith("学家") and not any(x.start < k and s < x.end for x in ents):
            added.append(Entity("title", s, k, w))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


def _body_named(name: str) -> bool:
    """Whether ``name`` ends like a body (…政协, …军区, …剧团, …党组) or is a government word (中共中央)."""
    return _item_end(name) or name in _tables()[0]


# last characters of occupations rather than offices (画家, 建筑师, 选手, 留学生, 作者): a place before one
# says where the person is from, it is no part of the title (中国|艺术家, but 美国总统, 青川市长)
_OCCUPATION_ENDS = frozenset("家师手生客者匠星迷")


def _occupation(role: str) -> bool:
    return role[-1] in _OCCUPATION_ENDS


def _place_headed_occupations(text: str, ents: list[Entity]) -> list[Entity]:
    """A title the tagger took whole with a lexicon place at its head and an occupation after it (欧洲|选手)
    is the place and the occupation."""
    out: list[Entity] = []
    for e in ents:
        if e.type == "title" and not e.parts:
            m = _place_rx().match(e.text)
            if m and e.end - e.start - m.end() >= 2 and _occupation(e.text):
                b = e.start + m.end()
                out += [Entity("place", e.start, b, m.group()), Entity("title", b, e.end, text[b:e.end])]
                continue
        out.append(e)
    return out


@lru_cache(maxsize=1)
def _body_rx() -> re.Pattern:
    s = sections("orgs")
    suf = [w for w in list(s["gov_suffix"]) + list(s["org_suffix"]) if len(w) >= 2 or w in "厅局委办署院部"]
    return re.compile(rf"(?:^|(?<=[，。、；：:“”（）()\s]|在|到))"
                      rf"((?:{trie_regex(LEVELS)})?[\u4e00-\u9fff]{{0,10}}?(?:{trie_regex(suf)}))$")


LEVELS = ("省", "市", "县", "区", "州", "自治区", "镇", "乡")


def _compound_titles(text: str, ents: list[Entity]) -> list[Entity]:
    """A body right before a title makes one title (省财政厅 + 厅长 → 省财政厅厅长); the body stays an entity.
    A body the tagger did not mark joins the title when the text between the title and the clause's start is
    one organization name (it ends like one) and no piece of a clause (`_clause_words`: in the training sentences
    such a text before a title is a labelled organization never of 51 times in the 1998 set and of 13 in CLUENER's),
    but is no entity of its own: most such names are short forms (某宣部, 某教委) that the 1998 set leaves unlabelled
    (on its training sentences, validation split aside and with the validation tagger, such a body was an organization
    of the gold once in 92 times, CLUENER's once in 13; on the 1998 validation split never in 14);
    a bare level before a title joins it (省 + 发改委主任). A place before an occupation is not joined (法国|建筑师)."""
    out: list[Entity] = []
    for ent in ents:
        if ent.type == "title":
            prev = out[-1] if out else None
            if (prev is not None and prev.end == ent.start and prev.type in ("gov_org", "org", "place")
                    and not (prev.type == "place" and _occupation(ent.text))):
                comp = Entity("title", prev.start, ent.end, text[prev.start:ent.end],
                              parts={"role_start": ent.start})
                organ = _place_organ(ent.text) if prev.type == "place" else 0
                if organ:                   # 某区 + 青联委员: the place and 青联 are the body
                    comp.parts["role_start"] = comp.parts["body_end"] = ent.start + organ
                    t = text[prev.start:ent.start + organ]
                    out[-1] = Entity(org_type(t), prev.start, ent.start + organ, t)
                elif prev.type != "place":
                    comp.parts["body_end"] = prev.end
                    unit = _unit_head(ent.text)
                    if unit:                # …地产 + 营销管理部副经理: the unit belongs to the body
                        comp.parts["role_start"] = comp.parts["body_end"] = ent.start + unit
                        out[-1] = Entity(prev.type, prev.start, ent.start + unit,
                                         text[prev.start:ent.start + unit])
                out.append(comp)
                continue
            lo = prev.end if prev is not None else 0
            m = _body_rx().search(text, max(lo, ent.start - 14), ent.start)
            if m and m.start(1) >= lo and (m.group(1) in _GENERIC_BODIES or _kind_body(m.group(1))):
                out.append(Entity("title", m.start(1), ent.end, text[m.start(1):ent.end]))   # 公司经理: no body
                continue
            if m and m.start(1) >= lo and not _clause_words(m.group(1)):
                out.append(Entity("title", m.start(1), ent.end, text[m.start(1):ent.end],
                                  parts={"role_start": ent.start, "body_end": ent.start}))
                continue
            s = ent.start
            if (s >= 1 and text[s - 1] in "省市县区" and (s == 1 or text[s - 2] in _BOUNDARY)
                    and s - 1 >= lo):
                ent = Entity("title", s - 1, ent.end, text[s - 1:ent.end], parts=dict(ent.parts))
        out.append(ent)
    return out


def _places_heading_titles(ents: list[Entity]) -> list[Entity]:
    """A title the tagger took whole with a lexicon place at its head and a role of the titles lexicon right after it
    (某市|副市长, 某省|省长) is a compound title and the place an entity of its own, as where the tagger marks the two
    apart (the title is scored as before). The 1998 set labels such a place (it labels no titles); CLUENER's
    training sentences (validation split aside) write such a title as one position 8 times, and label a place right
    before a position 42 times. A lexicon place and an organ's short name before the role (某省|某市科协|主席,
    `_title_place_organ`) are the title's body and an organization: in the training sentences such a text begins one
    labelled organization with the role left out 130 times in the 1998 set, ends a longer one 18, is anything else 11
    (CLUENER: 20, 1 and 6)."""
    heads = {e.start for e in ents if e.type in ("place", "org", "gov_org")}
    added = []
    for e in ents:
        free = e.type == "title" and not e.parts and e.start not in heads
        k = _title_place_head(e.text) if free else 0
        if k:
            e.parts = {"role_start": e.start + k}
            added.append(Entity("place", e.start, e.start + k, e.text[:k]))
        elif free and (k := _title_place_organ(e.text)):
            e.parts = {"role_start": e.start + k, "body_end": e.start + k}
            added.append(Entity(org_type(e.text[:k]), e.start, e.start + k, e.text[:k]))
    return ents + added if added else ents


def _title_place_head(title: str) -> int:
    """The length of the longest lexicon place ``title`` begins with when a role of the titles lexicon follows it
    alone, not a deputy's of a congress or conference (某市|政协委员: the place heads the organ's name, one labelled
    organization in the 1998 set), else 0."""
    for k in range(len(title) - 2, 1, -1):
        if title[:k] in _listed_places():
            m = _role_rx().fullmatch(title, k)
            return k if m and not m.group("body") and not title.startswith(_ORGAN_SHORT, k) else 0
    return 0


_ORGAN_SHORT = ("人大", "政协")


def _title_place_organ(title: str) -> int:
    """The length of a lexicon place and an organ's short name (`_PLACE_ORGAN`) that ``title`` begins with when a role
    of the titles lexicon follows them alone (某省|某市科协|主席, 某市|政协|副主席), else 0: the body of a title the
    tagger took whole, as `_place_organ` reads it after a place the tagger found."""
    m = _role_rx().fullmatch(title)
    body = m.group("body") if m else ""
    for k in range(min(len(body) - 2, 8), 1, -1):
        if body[:k] in _listed_places():
            return len(body) if _PLACE_ORGAN.fullmatch(body, k) else 0
    return 0


_CLAUSE_TAGS = frozenset("rpdu")        # pronouns, prepositions, adverbs, particles (jieba)


def _clause_words(name: str) -> bool:
    """Whether a jieba word of ``name`` is a pronoun, preposition, adverb, particle or a conjunction other than 和,
    与, 及 (既是|某某局, 代表他们给|地委): then it is a piece of a clause, no body's name. Verbs are no sign: bodies are
    named by what they do (…应急管理厅, …发展改革委)."""
    pos = _jieba()[1]
    for w in segment(name):
        tg = pos.get(w, "")[:1]
        if tg in _CLAUSE_TAGS or tg == "c" and w not in _JOINING:
            return True
    return False


def _title_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """A title the tagger took whole with an organization's name at its head (…联盟秘书长, …俱乐部经理) is
    parsed like a compound title: body + role (the role with its modifiers, by the titles lexicon). The body
    is not made an entity of its own (on the validation split that cost more organizations than it gave).
    Short party-organ heads (市委书记) and bodies that do not end like an organization are left whole."""
    for e in ents:
        if e.type != "title" or "body_end" in e.parts or e.end - e.start < 5:
            continue
        m = _role_rx().fullmatch(e.text)
        if not m or not m.group("body") or len(m.group("body")) < 3:
            continue
        body = m.group("body")
        if not _org_end_rx().search(body) or body.endswith(LEVELS):
            continue
        b = e.start + len(body)
        e.parts = {**e.parts, "role_start": b, "body_end": b}
    return ents


# roles that CLUENER labels with the field before them (产品|经理, 技术|总监, 代理|律师, 财务|主管): in its training
# sentences such a noun of two characters before one of them is in the title 62 times of 69 (before the other
# roles of the lexicon 105 of 257: 国际|艺术家, 专栏|作家)
_FIELD_ROLES = frozenset(("经理", "总监", "律师", "主管"))
_FIELD_TAGS = frozenset(("n", "vn"))
_NOT_FIELD_ENDS = frozenset("部司所会局院行厅委处室科组队团心办署馆站社报台厂店")


def _field_roles(text: str, ents: list[Entity]) -> None:
    """A bare role of `_FIELD_ROLES` right after a jieba common or verbal noun of two characters that no entity is
    on and that does not end like a body (…部, …公司) takes the noun in (大堂|经理, 艺术|总监)."""
    for e in ents:
        if e.type != "title" or e.text not in _FIELD_ROLES or e.parts or e.start < 2:
            continue
        s = e.start - 2
        w = segment(text[max(0, s - 4):e.start])
        if not w or w[-1] != text[s:e.start] or _jieba()[1].get(w[-1], "") not in _FIELD_TAGS:
            continue
        if w[-1][-1] in _NOT_FIELD_ENDS or any(x.start < e.start and s < x.end for x in ents if x is not e):
            continue
        e.start, e.text = s, text[s:e.end]


_BOUNDARY = set("，。、；：:“”（）() \n")


# a council's, league's, association's, committee's or office's short name at the head of a title after a place
_PLACE_ORGAN = re.compile(r"[^\W\d的了和与及在是为对向从把被将到等或并也都这那其]{1,4}[会联协委办]")


def _place_organ(title: str) -> int:
    """The length of an organ's name the tagger took into a title right after a place (某区|青联|委员, 某寺|民管会|主任):
    the title lexicon's body part when it is two to five characters ending in 会, 联, 协, 委 or 办, or three characters
    or more ending like an organization and more than its bare ending (某市|水利局农田科|科长, 某市|第三届人大常委会|主任);
    0 when there is none. In the 1998 training sentences a lexicon place or a name ending in a level, such an organ's
    name and a role after it are one labelled organization 130 times, the end of a longer one 17 and the place alone 5
    (CLUENER: 19, 7, 1); a lexicon title whose body part ends like an organization after a labelled place or address
    is one labelled organization with it 24 times and never the place apart (the validation tagger: 1 firing on the
    training sentences, a CLUENER address taken for a body)."""
    m = _role_rx().fullmatch(title)
    body = m.group("body") if m else ""
    if _PLACE_ORGAN.fullmatch(body) or len(body) >= 3 and _item_end(body) and not _bare_ending(body):
        return len(body)
    return 0


_NAME_TAGS = frozenset("ns nr nrt nrfg".split())     # jieba's places and names (莫斯科 is no unit)


def _unit_head(title: str) -> int:
    """The length of a unit named at the head of a title after a body (营销管理部|副经理, 详规处|处长,
    理事会|副理事长): the title lexicon's body part when it is two characters or more and ends like a unit
    (部, 处, 科, 室, 理事会, 中心 …, or a ministry's department, …司 but no …公司: in the training sentences a body,
    such a department and its role are labelled with the department in the body 7 times of 9), or the unit at the
    head of a longer body part (`_leading_unit`); 0 when there is none."""
    m = _role_rx().fullmatch(title)
    body = m.group("body") if m else ""
    if len(body) < 2 or _TERM_COMMITTEE.fullmatch(body):
        return 0                # 第二届委员会|主席: a term's committee is no unit of the body
    if body.endswith(_UNIT_ENDS) or body.endswith("司") and not body.endswith("公司"):
        return len(body)
    return _leading_unit(body)


def _leading_unit(body: str) -> int:
    """The length of a unit that begins a title's body part with more after it (医务处|住院|医师, 调度室|林|主任): up to
    three jieba words, all common nouns (or unknown to jieba's dictionary), the last ending in 科, 处, 系, 部 or 室,
    two to six characters (the words of `_body_units`); 0 when there is none."""
    end = 0
    for w in segment(body)[:3]:
        tg = _jieba()[1].get(w)
        if not (tg is None or tg[0] in "nj" and tg not in _NAME_TAGS or tg == "vn") or not _CJK.fullmatch(w):
            return 0
        end += len(w)
        if w[-1] in "科处系部室" and 2 <= end <= 6 and end < len(body) and not w.endswith(_NOT_UNITS):
            return end
    return 0
