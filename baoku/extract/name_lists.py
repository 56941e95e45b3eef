"""Rules for names in lists and runs: names the tagger ran together (张三李四) or ran into a role, a title or a
body's name before them, names heading lists or following an ordinal, things and one-character items among the
names of a list, and names or foreign names beside places and names in one list. Each rule takes the text and the
entities so far; ``ner.entities`` calls them in its order."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import trie_regex, words
from .base import Entity, _CJK, _TYPE, _is_surname, _item_end, _word_aligned
from .bodies import _JOINERS, _list_head_rx, _list_item
from .orgs import org_type
from .person_names import _HONORIFICS, _list_name, _name_like, _roles_and_honorifics, _surname_first, _transliterated
from .place_names import _countries, _listed_places, _place_rx
from .places import _list_chains
from .titles import rule_titles


# roles the titles lexicon lacks, after which the tagger runs a body on into a name (…秘书|某某, …学家|某某某)
_ROLE_NAME = re.compile(r"(?:秘书|司机|学家|专家|作家)([\u4e00-\u9fff·]{2,7})$")


def _roles_before_names(text: str, ents: list[Entity]) -> list[Entity]:
    """An organization the tagger found ending in such a role and a name (two or three characters starting with a
    family name, or a transliterated name) is that name alone: in the training sentences a labelled name follows such a
    role 58 times (1998) and 29 (CLUENER), and no labelled organization ends so."""
    out: list[Entity] = []
    for e in ents:
        m = _ROLE_NAME.search(e.text) if e.type in ("org", "gov_org") else None
        if m and m.start() > 0:
            name = m.group(1)
            if _transliterated(name.replace("·", "")) or (len(name) <= 3 and _is_surname(name[0])):
                out.append(Entity("person", e.start + m.start(1), e.end, name))
                continue
        out.append(e)
    return out


def _run_name(name: str) -> tuple[int, int] | None:
    """The bounds of the first name of two or three characters inside ``name`` (a span the tagger ran over a list of
    people, titles and bodies) that follows a lexicon title or a trade ending in 师 or 员 and precedes a province,
    a city or a national head (…副主任|林舟|江苏省…), or None."""
    if not _list_head_rx().search(name, 4):
        return None
    ends = {b for _, b in rule_titles(name)} | {k for k in range(3, len(name)) if name[k - 1] in "师员"}
    for j in sorted(ends):
        for n in (3, 2):
            if (j + n + 3 <= len(name) and _is_surname(name[j]) and _CJK.fullmatch(name, j, j + n)
                    and _list_head_rx().match(name, j + n) and _list_name(name[j:j + n])):
                return j, j + n
    return None


def _names_inside_runs(text: str, ents: list[Entity]) -> list[Entity]:
    """A title or an organization the tagger ran over a name in a list of people, titles and bodies (…科副主任|林舟|
    江苏省某市科协…) is cut around the name: the name is a person, what follows it keeps the span's type, and
    a body before the title is kept as in `_split_org_lists`. Such lists are rare (in the 1998 training sentences a
    lexicon title, a name and a list head written so stand in 3 places, 2 of them names); on the validation split
    (validation tagger) it fires 3 times, all right."""
    out: list[Entity] = []
    todo = list(reversed(ents))
    while todo:
        e = todo.pop()
        found = _run_name(e.text) if e.type in ("title", "org", "gov_org") and e.end - e.start >= 8 else None
        if found is None:
            out.append(e)
            continue
        j, k = found
        a, b = e.start + j, e.start + k
        if e.type == "title":
            out.append(Entity("title", e.start, a, text[e.start:a]))
        else:
            item = _list_item(e.text[:k])
            if item and item[1] == j and item[0] > 0:       # a body before the title (…研究所|农艺师|某某)
                body = text[e.start:e.start + item[0]]
                out.append(Entity(org_type(body), e.start, e.start + item[0], body))
        out.append(Entity("person", a, b, text[a:b]))
        rest = text[b:e.end]
        todo.append(Entity("title" if e.type == "title" else org_type(rest), b, e.end, rest))
    return out


def _names_heading_titles(text: str, ents: list[Entity]) -> list[Entity]:
    """A title the tagger found right after an organization that is two or three characters starting with a family
    name (jieba's first word the family name alone or a name, no modifier of the titles lexicon: 常务|副局长 stays)
    and then a role of the titles lexicon (…稽查局|某某某|局长) is the name and the role: in the training sentences
    (validation split aside) such characters between a labelled organization and a role are a labelled name 7 times
    of 7 (1998) and 8 of 9 (CLUENER; the other an unlabelled name); on the validation split it fires once, right."""
    roles = _roles_and_honorifics()[0]
    out: list[Entity] = []
    for e in ents:
        prev = out[-1] if out else None
        if e.type == "title" and prev is not None and prev.end == e.start and prev.type in ("org", "gov_org"):
            for n in (3, 2):
                k = e.start + n
                if (e.end - k >= 2 and text[k:e.end] in roles and text[k:e.end] not in _HONORIFICS
                        and _is_surname(text[e.start])
                        and _CJK.fullmatch(text, e.start, k) and _list_name(text[e.start:k])
                        and _surname_first(text[e.start:k])
                        and _word_aligned(text, e.start, k)):
                    out.append(Entity("person", e.start, k, text[e.start:k]))
                    out.append(Entity("title", k, e.end, text[k:e.end]))
                    break
            else:
                out.append(e)
            continue
        out.append(e)
    return out


def _names_heading_bodies(text: str, ents: list[Entity]) -> list[Entity]:
    """In a list of people, titles and bodies run together (…科长|林小舟江苏省东湖剧团|团长…), an organization the
    tagger found right after a title, beginning with two or three characters that start with a family name or are
    written like a foreign name (`_transliterated`) and are followed by a province or a city, is that name and the
    body after it (the foreign names: 1 firing on the validation split, right); right after a name of one or two
    characters (林|小舟江苏省…剧团), the characters before the province end the name."""
    out: list[Entity] = []
    for e in ents:
        p = out[-1] if out else None
        if e.type in ("org", "gov_org") and p is not None and p.type == "title" and p.end == e.start:
            n = next((n for n in (3, 2) if e.end - e.start - n >= 4
                      and (_is_surname(e.text[0]) or _transliterated(e.text[:n]))
                      and _CJK.fullmatch(e.text, 0, n) and _list_head_rx().match(e.text, n)
                      and _item_end(e.text[n:])), None)
            if n:
                b = e.start + n
                out += [Entity("person", e.start, b, text[e.start:b]),
                        Entity(org_type(text[b:e.end]), b, e.end, text[b:e.end])]
                continue
        if (e.type in ("org", "gov_org") and p is not None and p.type == "person"
                and p.end == e.start and 1 <= p.end - p.start <= 2):
            n = next((n for n in (1, 2) if 2 <= p.end - p.start + n <= 3 and e.end - e.start - n >= 4
                      and _CJK.fullmatch(e.text, 0, n) and _list_head_rx().match(e.text, n)
                      and _item_end(e.text[n:])), None)
            if n:
                b = e.start + n
                p.end = b
                p.text = text[p.start:b]
                out.append(Entity(org_type(text[b:e.end]), b, e.end, text[b:e.end]))
                continue
        out.append(e)
    return out


def _names_before_list_heads(text: str, ents: list[Entity]) -> list[Entity]:
    """In a list of bodies, titles and names run together (…演员|林小舟|江苏省东湖剧团…), the two or three characters
    starting with a family name between a title and a province, a city or a national head are a name: a name the
    tagger found there with another end is set to end at the head, one it left out is added."""
    out: list[Entity] = []
    for e in ents:
        p = out[-1] if out else None
        if p is not None and p.type == "title" and _is_surname(text[p.end:p.end + 1]):
            n = next((n for n in (3, 2) if p.end + n < len(text) and _CJK.fullmatch(text, p.end, p.end + n)
                      and _list_head_rx().match(text, p.end + n) and _name_like(text[p.end:p.end + n])), None)
            if n and e.type == "person" and e.start == p.end and e.end != p.end + n:
                e.end = p.end + n
                e.text = text[e.start:e.end]
            elif n and e.start >= p.end + n:
                out.append(Entity("person", p.end, p.end + n, text[p.end:p.end + n]))
        out.append(e)
    return out


_ORDINAL_BEFORE = re.compile("第[一二三四五六七八九十百]+$")
_ORDINAL_CHARS = frozenset("一二三四五六七八九十百")


def _ordinal_heads(text: str, ents: list[Entity]) -> None:
    """An organization right after an ordinal the tagger left out (第六|机械厂, 第三|纺织厂) takes it: in the
    training sentences an organization with such an ordinal before it begins with it 11 times and after it never
    (1998: 7, CLUENER: 4)."""
    for e in ents:
        if e.type in ("org", "gov_org") and text[e.start - 1:e.start] in _ORDINAL_CHARS:
            m = _ORDINAL_BEFORE.search(text, max(0, e.start - 6), e.start)
            if m and not any(x.start < e.start and m.start() < x.end for x in ents):
                e.start = m.start()
                e.text = text[e.start:e.end]


@lru_cache(maxsize=1)
def _after_name_rx() -> re.Pattern:
    """What may follow a name at the end of a list of names: punctuation, a closing bracket, a conjunction, 等,
    报道 (a credit: （记者某某、某某报道）) or an event trigger (参加, 调研 …). In the 1998 training sentences a
    name and 、 before such an item (ended by a bracket or 报道) make it a labelled name 112 times of 112."""
    return re.compile(rf"$|[、，,。；;和及与等）)]|报道|(?:{trie_regex(words('events'))})")


def _listed_names(text: str, ents: list[Entity]) -> list[Entity]:
    """A name in a list of names that the tagger left out (陈晓雨、何|立新 where 立新 is also a word): after a
    person and 、, two or three characters starting with a family name and ending the list item."""
    people = [e for e in ents if e.type == "person"]
    if not people:
        return ents
    added = []
    todo = list(people)
    while todo:
        p = todo.pop()
        c = p.end + 1
        if (text[p.end:c] != "、" or c >= len(text) or not 2 <= p.end - p.start <= 3
                or not _is_surname(text[c])):
            continue
        for n in sorted((2, 3), key=lambda k: k != p.end - p.start):
            e = c + n
            cand = text[c:e]
            if (len(cand) == n and all("\u4e00" <= ch <= "\u9fff" for ch in cand)
                    and _after_name_rx().match(text, e)
                    and not any(x.start < e and c < x.end for x in ents + added)):
                new = Entity("person", c, e, cand)
                added.append(new)
                todo.append(new)
                break
    return sorted(ents + added, key=lambda x: x.start) if added else ents


def _items_among_names(text: str, ents: list[Entity]) -> list[Entity]:
    """An item of two or three Chinese characters of a list of three items or more joined by 、, where nothing was found
    on it and every other item is a name found (the first may end in one, the last begin with one: 某某、某某、|某某|，),
    is a name too (a pen name or a foreigner's Chinese name, no family name at its head): in the training sentences
    (validation split aside) such an item beside labelled names is a labelled name 2,598 times of 2,614 (1998; 3 of the
    others are names the set left out) and 28 of 30 (CLUENER)."""
    if "person" not in map(_TYPE, ents):
        return ents
    names = {(e.start, e.end) for e in ents if e.type == "person"}
    starts, ends = {a for a, _ in names}, {b for _, b in names}
    added = []
    for chain in _list_chains(text):
        last = len(chain) - 1
        for i, (a, b) in enumerate(chain):
            if (b - a in (2, 3) and _CJK.fullmatch(text, a, b) and not any(x.start < b and a < x.end for x in ents)
                    and all(x in names or j == 0 and x[1] in ends or j == last and x[0] in starts
                            for j, x in enumerate(chain) if j != i)):
                added.append(Entity("person", a, b, text[a:b]))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


# an item of a list joined by 、: what lies between separators
_ONE_CHARACTER_ITEM = re.compile(r"(?<=、)[\u4e00-\u9fff](?=、)")


def _one_character_items(text: str, ents: list[Entity]) -> list[Entity]:
    """A single character that is a whole item of a 、 list between two names found (…某某、|某|、某某…) is a name where
    nothing was found on it (a family name or a name written with one character): in the 1998 training sentences
    (validation split aside) such a character between two labelled names is a labelled name 5 times of 5 (CLUENER's
    write none)."""
    ends = {e.end for e in ents if e.type == "person"}
    starts = {e.start for e in ents if e.type == "person"}
    taken = {e.start for e in ents}
    added = [Entity("person", m.start(), m.end(), m.group()) for m in _ONE_CHARACTER_ITEM.finditer(text)
             if m.start() - 1 in ends and m.end() + 1 in starts and m.start() not in taken]
    return sorted(ents + added, key=lambda x: x.start) if added else ents


def _beside_list_mark(text: str, e: Entity) -> bool:
    """Whether a 、 stands right before or right after ``e``."""
    return text[e.start - 1:e.start] == "、" or text.startswith("、", e.end)


def _things_in_lists(text: str, ents: list[Entity]) -> list[Entity]:
    """An entity the tagger found that is a whole item of a list joined by 、 in which at least two other items, of
    four characters or fewer, hold no entity (…、竹篮、木梳、…: a list of things), every item written in Chinese
    characters, is dropped: a name of two or three characters when no other item holds a name, a place or an
    organization of two to four characters when no other item holds an entity. In the 1998 training sentences such
    an item is labelled a name 0 times of 1,048 (nothing 1,035 times), and, when it is the only item holding an
    entity, anything 2 times (places) of 1,432. A lexicon place with one or two characters after it in the dropped
    item stays a place (某省|粮、棉、…): in the 1998 training sentences a lexicon place so heading an item of a 、 list
    is a labelled place 55 times of 66, the others mostly bodies the item names (…市委, …银行) that are not dropped."""
    if "、" not in text or not any(e.end - e.start <= 4 and _beside_list_mark(text, e) for e in ents):
        return ents
    drop, heads = set(), []
    for chain in _list_chains(text):
        if not all(_CJK.fullmatch(text, a, b) for a, b in chain):
            continue
        held = [[e for e in ents if e.start < b and a < e.end] for a, b in chain]
        if sum(1 for (a, b), h in zip(chain, held) if not h and b - a <= 4) < 2:
            continue
        named = sum(1 for h in held if any(e.type == "person" for e in h))
        holding = sum(1 for h in held if h)
        for (a, b), h in zip(chain, held):
            if len(h) != 1 or (h[0].start, h[0].end) != (a, b):
                continue
            if (h[0].type == "person" and named == 1 and b - a <= 3
                    or h[0].type in ("place", "org", "gov_org") and holding == 1 and b - a <= 4):
                drop.add(id(h[0]))
                m = _place_rx().match(text, a) if h[0].type != "person" else None
                if m and b - 2 <= m.end() < b:
                    heads.append(Entity("place", a, m.end(), m.group()))    # 某省|粮、棉、…: the place heads the item
    return sorted([e for e in ents if id(e) not in drop] + heads, key=lambda x: x.start) if drop else ents


_NAME_JOINS = frozenset("和与及、")


def _foreign_names_beside_names(text: str, ents: list[Entity]) -> None:
    """A place or an organization the tagger found, written like a foreign name (`_transliterated`) and no lexicon
    place, that is joined by 和, 与, 及 or 、 to a name on either side (某某某和|某某某) is a name too: in the training
    sentences an entity so written and so joined to a labelled name is a name 414 times of 417 (1998) and 117 of
    119 (CLUENER). The joins are tested first, and a second pass is made only after a first one that named some."""
    for _ in range(2):              # a second pass carries the name along a list (某某、某某和|某某)
        ends = {e.end for e in ents if e.type == "person"}
        if not ends:
            return
        starts = {e.start for e in ents if e.type == "person"}
        named = [e for e in ents if e.type in ("place", "org", "gov_org")
                 and (e.start - 1 in ends and text[e.start - 1] in _NAME_JOINS
                      or e.end + 1 in starts and text[e.end:e.end + 1] in _NAME_JOINS)
                 and _transliterated(e.text) and e.text not in _listed_places() and e.text not in _countries()]
        if not named:
            return
        for e in named:
            e.type = "person"


# what may stand on either side of a whole item of a list (…、某地、某地等, 某地和某地。)
_ITEM_EDGES = frozenset("，。；：！？、“”（）()《》 ,.;:!?和与及等")
_ITEM_COUNT = re.compile(r"[一二三四五六七八九十两几数0-9０-９]+个")       # a count closing a list (…和某地|两个镇)


def _names_among_places(text: str, ents: list[Entity]) -> None:
    """A name the tagger found that is a whole item of a list (between list marks or punctuation), joined by 、, 和,
    与 or 及 to a place before it or to a place after it that is a whole item too (not 某国|副外长) or closes the list
    with a count (某地|三个县), and to no name (某地、某某、某地), is a place: in the training sentences an item so
    joined is a labelled place 295 times (CLUENER) and 901 (1998), another entity 5 and 21 times, a name never."""
    n = len(text)
    whole = [e for e in ents if e.type in ("person", "place") and (e.end == n or text[e.end] in _ITEM_EDGES)]
    if "person" not in map(_TYPE, whole):
        return
    before = {e.end: e.type for e in ents if e.type in ("person", "place")}
    after = {e.start: e.type for e in ents if e.type in ("person", "place")
             and (e.end == n or text[e.end] in _ITEM_EDGES or _ITEM_COUNT.match(text, e.end))}
    found = []
    for e in whole:
        if e.type != "person" or e.start and text[e.start - 1] not in _ITEM_EDGES:
            continue
        sides = {before.get(e.start - 1) if text[e.start - 1:e.start] in _JOINERS else None,
                 after.get(e.end + 1) if text[e.end:e.end + 1] in _JOINERS else None}
        if "place" in sides and "person" not in sides:
            found.append(e)
    for e in found:
        e.type = "place"
