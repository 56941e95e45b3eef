"""Rules that find or bound people's names the tagger missed or cut: names in photo credits and signatures, foreign
names (dotted, transliterated, in Latin letters, with their original spelling or nationality), authors of works and
performers, names after titles, roles, kin words and forms of address, and before honorifics or 对记者说; with the
tests they share (a name's look, a family name before it, a role or form of address after it). Each rule takes the
text and the entities so far; ``ner.entities`` calls them in its order."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import sections, words
from .base import Entity, _CJK, _is_surname, _word_aligned
from .features import _jieba, segment, translit_map
from .place_names import _countries, _listed_places, _place_rx, _world_cities


_HONORIFICS = ("先生", "女士", "小姐", "大夫", "师傅", "老师", "同志")


_JOINING = frozenset("与和及同跟")


def _list_name(cand: str) -> bool:
    """`_name_like`, and not beginning with a conjunction or preposition (…发言人|和某些|…)."""
    return _name_like(cand) and _jieba()[1].get(segment(cand)[0], "")[:1] not in ("c", "p")


def _surname_first(cand: str) -> bool:
    """Whether jieba's first word of ``cand`` is its family name alone or a name and no modifier of the titles lexicon
    (茹|水泉, not 常务|副 or 荣誉)."""
    w = segment(cand)[0]
    return (len(w) == 1 or _jieba()[1].get(w, "")[:2] == "nr") and w not in _title_modifiers()


@lru_cache(maxsize=1)
def _title_modifiers() -> frozenset:
    """The modifiers of the titles lexicon (副, 常务, 荣誉 …)."""
    return frozenset(words("titles", "modifier"))


def _name_like(cand: str) -> bool:
    """Whether ``cand``'s last jieba word is no verb, preposition, conjunction, adverb or particle (罗某|在, 来到) and
    its first is no verb or preposition of two characters (来到|某: in the training sentences a labelled name begins
    so 4 times of 15,613 in the 1998 set and 2 of 3,371 in CLUENER's, most of them foreign names with a ·)."""
    words = segment(cand)
    pos = _jieba()[1]
    return (pos.get(words[-1], "")[:1] not in ("v", "p", "c", "d", "u")
            and not (len(words[0]) == 2 and pos.get(words[0]) in ("v", "p")))


_PHOTO_CREDIT = re.compile(r"[（(]([\u4e00-\u9fff]{2,3})摄[）)]")
_CREDIT = re.compile(r"(?:记者|通讯员|实习生|摄影|摄)[ \u3000]+([\u4e00-\u9fff]{2,3})(?=[ \u3000）)、，]|$)")
_CREDIT_TIGHT = re.compile(r"(?:记者|通讯员)([\u4e00-\u9fff]{2,3}?)摄?(?=[）)、])")


def _credit_names(text: str, ents: list[Entity]) -> list[Entity]:
    """A name in a byline or credit (记者 孟雪 通讯员 …, （孟雪摄）, （记者孟雪）) that the tagger left out: two or three
    characters starting with a family name, set off by spaces after the role, alone before 摄 in brackets, or right
    after 记者 or 通讯员 before a closing bracket or 、 (a 摄 aside; in the 1998 training sentences labelled a name
    557 times, and otherwise only where the 摄 was taken in)."""
    if "记者" not in text and "通讯员" not in text and "实习生" not in text and "摄" not in text:
        return ents                     # each match of the three patterns holds one of these
    added = []
    for m in list(_CREDIT.finditer(text)) + list(_PHOTO_CREDIT.finditer(text)) + list(_CREDIT_TIGHT.finditer(text)):
        s, e = m.span(1)
        if _is_surname(text[s]) and not any(x.start < e and s < x.end for x in ents):
            added.append(Entity("person", s, e, m.group(1)))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


# a credit written with a slash: 文/某某, 图／某某某 before an end, a space or a bracket, or （某某/文）
_SLASH_CREDIT = re.compile(r"(?:^|(?<=[\s（(]))(?:文|图|文图|图文|摄影|撰文|摄)\s*[/／]\s*([\u4e00-\u9fff]{2,3})(?=$|[\s）)，。；])"
                           r"|(?:^|(?<=[\s（(]))([\u4e00-\u9fff]{2,3})\s*[/／](?:文|图|摄|文图|图文)(?=$|[\s）)])")


def _slash_credits(text: str, ents: list[Entity]) -> list[Entity]:
    """The name of a credit written with a slash (文/某某, （某某/文）) where the tagger found nothing: in the CLUENER
    and BosonNLP training sentences such a name is labelled a name 4 times of 4 (the 1998 and MSRA sets have none)."""
    if "/" not in text and "／" not in text:
        return ents
    added = []
    for m in _SLASH_CREDIT.finditer(text):
        k = 1 if m.group(1) else 2
        s, e = m.span(k)
        if not any(x.start < e and s < x.end for x in ents):
            added.append(Entity("person", s, e, m.group(k)))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


def _split_credit_pairs(text: str, ents: list[Entity]) -> list[Entity]:
    """Two names the tagger took as one in a credit ((记者王某马某), （张三李四）): a name of four or five
    characters between a bracket or 记者 and a bracket or space is split in two names of two or
    three characters, each starting with a family name."""
    out = []
    for e in ents:
        if (e.type == "person" and 4 <= e.end - e.start <= 5 and _CJK.fullmatch(e.text)
                and (text[e.start - 1:e.start] in ("（", "(") or text[max(0, e.start - 2):e.start] == "记者")
                and text[e.end:e.end + 1] in ("）", ")", "（", "(", " ", "\u3000")):
            cut = next((k for k in (2, 3) if 2 <= e.end - e.start - k <= 3 and _is_surname(e.text[0])
                        and _is_surname(e.text[k])), None)
            if cut:
                out.append(Entity("person", e.start, e.start + cut, e.text[:cut]))
                out.append(Entity("person", e.start + cut, e.end, e.text[cut:]))
                continue
        out.append(e)
    return out


_CREDIT_RUN = re.compile(r"[（(]([\u4e00-\u9fff]{6,9}?)(?:摄|(?<!摄))[）)]")


def _name_cuts(run: str) -> list[int] | None:
    """The ends of the fewest names of two or three characters, each starting with a family name, that make up
    ``run``, or None when there is no such reading or more than one."""
    best: dict[int, list[list[int]]] = {0: [[]]}
    for k in range(1, len(run) + 1):
        ways = [w + [k] for n in (2, 3) if k - n in best and _is_surname(run[k - n]) for w in best[k - n]]
        if ways:
            fewest = min(len(w) for w in ways)
            best[k] = [w for w in ways if len(w) == fewest]
    found = best.get(len(run), [])
    return found[0] if len(found) == 1 else None


def _split_credit_runs(text: str, ents: list[Entity]) -> list[Entity]:
    """Names run together in a credit (（张三李四王五）, （张三李四王五摄）) that the tagger cut elsewhere: six to nine
    characters in brackets (a 摄 before the closing one aside) on which the tagger found only names are read as
    the fewest names of two or three characters, each starting with a family name, when there is one such
    reading."""
    for m in _CREDIT_RUN.finditer(text):
        s, e = m.span(1)
        inside = [x for x in ents if x.start < e and s < x.end]
        if not inside or any(x.type != "person" or x.start < s or x.end > e for x in inside):
            continue
        cuts = _name_cuts(m.group(1))
        if cuts:
            a = s
            names = []
            for c in cuts:
                names.append(Entity("person", a, s + c, text[a:s + c]))
                a = s + c
            ents = sorted([x for x in ents if x not in inside] + names, key=lambda x: x.start)
    return ents


_NATIONALITY = re.compile(r"(?:^|(?<=[、，：；。 \u3000]))([\u4e00-\u9fff·]{2,4})(?=[（(][\u4e00-\u9fff]{1,4}族[，、）)])")


def _names_with_nationality(text: str, ents: list[Entity]) -> list[Entity]:
    """A name that the tagger left out before a nationality in brackets (…、某某（蒙古族）、…), or took for another
    entity (a date, a place) there: in the 1998 training sentences what stands right before such a bracket is a
    name 290 times of 294 (a labelled name 210 times of 212 where the text is cut as in ``_NATIONALITY``, another
    entity never)."""
    if "族" not in text:
        return ents
    added = []
    for m in _NATIONALITY.finditer(text):
        s, e = m.span(1)
        same = next((i for i, x in enumerate(ents) if x.start == s and x.end == e), None)
        if same is not None:
            ents[same] = Entity("person", s, e, m.group(1))     # no date value or title parts kept
        elif not any(x.start < e and s < x.end for x in ents):
            added.append(Entity("person", s, e, m.group(1)))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


# after a name, the words closing a list of people (某某|等人, 某某|等同志)
_PEOPLE_AFTER = ("等人", "等同志", "等先生")


def _people_by_context(text: str, ents: list[Entity]) -> None:
    """A place or an organization the tagger found right before 等人, 等同志 or 等先生 (not where 人 begins a longer
    word, 等|人口) is a name: in the training sentences what stands there is a name 50 times (1998) and 10
    (CLUENER), and never another entity."""
    pos = _jieba()[1]
    for e in ents:
        if (e.type in ("place", "org", "gov_org") and text.startswith(_PEOPLE_AFTER, e.end)
                and (text[e.end + 1] != "人" or text[e.end + 1:e.end + 3] not in pos)):
            e.type = "person"


def _people_before_honorifics(text: str, ents: list[Entity]) -> None:
    """A place or an organization the tagger found right before 先生 or 女士 that is no lexicon place nor a large city
    abroad (某某某|女士) is a name: in the training sentences (validation split aside) an entity so followed is a
    labelled name 134 times of 134 (1998) and 51 of 51 (CLUENER)."""
    for e in ents:
        if (e.type in ("place", "org", "gov_org") and text.startswith(("先生", "女士"), e.end)
                and e.text not in _listed_places() and e.text not in _world_cities()):
            e.type = "person"


_ADDRESSED_NAME = re.compile(r"(?:^|(?<=[、，。：；“（ 和与及]))([\u4e00-\u9fff·]{2,4})(?=先生|女士|同志|一行(?![字行人]))")


def _addressed_name(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` before a word of address may be a name: none of jieba's words in it is a verb, particle,
    pronoun, plural suffix or the like (`_NOT_TITLED_NAME`: 感谢|某某, 朋友|们), it is not one word of jieba's
    dictionary other than a name (司机, 广大, 年轻), nor one character and a name (经|某某某), nor begun by a lexicon
    place (某地|某), nor holds a role of the titles lexicon (秘书长), and jieba's words begin and end with it."""
    pos = _jieba()[1]
    ws = segment(text[s:e])
    tags = [pos.get(w, "") for w in ws]
    if any(t[:1] in _NOT_TITLED_NAME or t == "k" for t in tags):
        return False
    if len(ws) == 1 and tags[0] and tags[0][:2] != "nr":
        return False
    if len(ws) == 2 and len(ws[0]) == 1 and tags[1][:2] == "nr":
        return False
    return (not _place_rx().match(text, s) and not any(_role_after(text, k) for k in range(s, e))
            and _word_aligned(text, s, e))


def _names_before_addresses(text: str, ents: list[Entity]) -> list[Entity]:
    """Two to four characters the tagger left out between a clause's start and 先生, 女士, 同志 or 一行 (…友人某某某、|某某某某|
    女士, ，|某某|一行) are a name where `_addressed_name` allows them: in the training sentences (validation split
    aside) such characters are a labelled name 230 times of 230 (1998) and once of 2 (CLUENER)."""
    added = []
    for m in _ADDRESSED_NAME.finditer(text):
        s, e = m.span(1)
        if not any(x.start < e and s < x.end for x in ents) and _addressed_name(text, s, e):
            added.append(Entity("person", s, e, text[s:e]))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


# what a speaker says or tells the press right after his name (某某|对记者说, 某某|告诉记者)
_TO_REPORTERS = ("对记者说", "告诉记者")


def _people_before_reporters(text: str, ents: list[Entity]) -> None:
    """A place or an organization the tagger found right before 对记者说 or 告诉记者 that is no lexicon
    place, country nor large city abroad (某某某|对记者说) is a name: in the training sentences (validation split
    aside) an entity so followed is a labelled name 22 times of 24 (1998; the others dates) and 24 of 51 (CLUENER;
    the others titles), a place or an organization never (1 validation firing, right)."""
    for e in ents:
        if (e.type in ("place", "org", "gov_org") and text.startswith(_TO_REPORTERS, e.end)
                and e.text not in _listed_places() and e.text not in _countries() and e.text not in _world_cities()):
            e.type = "person"


def _aged_names(text: str, ents: list[Entity]) -> None:
    """A place the tagger found right after an age (某某岁的|某某) that is no lexicon place is a name: in the 1998
    training sentences an entity there is a name 61 times and a place 5 (countries: 某岁的|某国选手)."""
    for e in ents:
        if e.type == "place" and text.endswith("岁的", 0, e.start) and e.text not in _listed_places():
            e.type = "person"


def _authors(text: str, ents: list[Entity]) -> None:
    """A place the tagger found right before 《 that is no lexicon place, of two or three characters starting with
    a family name, is the work's author (某某某|《某书》): in the training sentences an entity so written there is a
    labelled name 26 times of 28 (the others organizations, no place)."""
    for e in ents:
        if (e.type == "place" and text.startswith("《", e.end) and 2 <= e.end - e.start <= 3 and _is_surname(e.text[0])
                and e.text not in _listed_places()):
            e.type = "person"


_OF_WORK = re.compile("的《")
_AUTHORING = frozenset("著编译画写撰作演唱")     # verbs of making a work (某某著|的《…》): the name is before them


def _authors_of_works(text: str, ents: list[Entity]) -> list[Entity]:
    """Two to four characters right before 的《 (某某某|的《某书》), starting with a family name or written like a foreign
    name (three characters or more, not the end of a longer one), the family name's jieba's first word and
    `_addressed_name` allowing them (no verb, particle or pronoun, on jieba's word bounds …), not begun by a joining
    word nor ended by a verb of making a work (某某|著), are the work's author where nothing was found on them (the
    longest so allowed): in the training sentences (validation split aside) what the rule so reads is a labelled
    name 27 times of 27 (1998) and 13 of 15 (CLUENER: a company, a name with more before it)."""
    added = []
    for m in _OF_WORK.finditer(text):
        for n in (4, 3, 2):
            s, e = m.start() - n, m.start()
            if (s >= 0 and _CJK.fullmatch(text, s, e) and text[s] not in _JOINING and text[e - 1] not in _AUTHORING
                    and not any(x.start < e and s < x.end for x in ents)
                    and (_foreign_author(text, s, e) or _is_surname(text[s]) and _surname_first(text[s:e])
                         and _addressed_name(text, s, e))):
                added.append(Entity("person", s, e, text[s:e]))
                break
    return sorted(ents + added, key=lambda x: x.start) if added else ents


def _foreign_author(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is written like a foreign name (`_transliterated`), on jieba's word bounds, and is no
    lexicon place, country nor city abroad."""
    name = text[s:e]
    if s and (text[s - 1] in "·-－" or translit_map().get(ord(text[s - 1])) == "F"):
        return False                # …·|某某某, 某某|某某某: the end of a longer name
    return (len(name) >= 3 and _transliterated(name) and _word_aligned(text, s, e) and name not in _listed_places()
            and name not in _countries() and name not in _world_cities())


# a work's title, and a word for writings, letters, pictures or a life that ends one (某某某|军事文选, 某某|传)
_WORK_TITLE = re.compile(r"《([\u4e00-\u9fff]{3,12})》")
_WORK_KIND = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:文选|选集|文集|全集|诗选|诗集|词选|画集|书法集|书画集|画册|作品集|作品选|年谱|"
                        r"评传|自传|正传|传|日记|书信集|书信选|回忆录|谈话录|言论集|手迹|文稿|诗文集)")


def _works_of_people(text: str, ents: list[Entity]) -> list[Entity]:
    """Two or three characters starting with a family name that open a work's title ending in a word for writings,
    letters, pictures or a life (《某某某|书法集》, 《某某某|军事文选》, 《某某|传》, `_WORK_KIND`) are a name where no
    entity is on them, jieba's words begin and end with them and its first is the family name alone or a name: in the
    1998 training sentences (validation split aside) such characters are a labelled name 11 times of 11 (CLUENER
    labels no name inside a work's title, and its scoring leaves them out)."""
    added = []
    for m in _WORK_TITLE.finditer(text):
        s = m.start(1)
        for e in (s + 3, s + 2):
            if (_is_surname(text[s]) and _WORK_KIND.fullmatch(text, e, m.end(1)) and _list_name(text[s:e])
                    and _surname_first(text[s:e]) and _word_aligned(text, s, e)):
                if not any(x.start < e and s < x.end for x in ents):
                    added.append(Entity("person", s, e, text[s:e]))
                break
    return sorted(ents + added, key=lambda x: x.start) if added else ents


# a name between two works of a list, each after its author (…》、|某某|《…, …》和|某某|《…)
_LISTED_AUTHOR = re.compile(r"》[、和与及]([\u4e00-\u9fff]{2,3})(?=《)")


def _listed_authors(text: str, ents: list[Entity]) -> list[Entity]:
    """Two or three characters starting with a family name, between a work's closing 》 and 、, 和, 与 or 及 before
    them and the next work's 《 right after them (…》、某某《…》), are its author where no entity is on them,
    jieba's words begin and end with them and none of them is a verb, particle, pronoun or the like
    (`_NOT_TITLED_NAME`): in the training sentences (validation split aside) such characters are a labelled name 2
    times of 2 (CLUENER; the 1998 set writes none); written so without the family name, a genre (…》、小品《…) 5 times
    of 7. On the validation split: 2 names found, none wrongly."""
    added = []
    for m in _LISTED_AUTHOR.finditer(text):
        s, e = m.span(1)
        if (_is_surname(text[s]) and not any(x.start < e and s < x.end for x in ents)
                and not any(_jieba()[1].get(w, "")[:1] in _NOT_TITLED_NAME for w in segment(text[s:e]))
                and _word_aligned(text, s, e)):
            added.append(Entity("person", s, e, text[s:e]))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


_SIGNATURE = re.compile(r"\s*[（(]([\u4e00-\u9fff]{2,3})[）)]\s*")


def _signature(text: str, ents: list[Entity]) -> list[Entity]:
    """A text that is only two or three characters in brackets (an author's signature under a story: （某某）) is a
    name where the tagger found nothing in it: in the 1998 training sentences such a text is a labelled name
    286 times of 315 (the others mostly part of one, as in （某某摄）)."""
    m = _SIGNATURE.fullmatch(text)
    if m and not ents:
        return [Entity("person", m.start(1), m.end(1), m.group(1))]
    return ents


# where a person stands in a photograph, in brackets after the name (某某某（右二）, 某某（左）)
_PHOTO_PLACE = re.compile(r"[（(][左右中前后][一二三四五六七八九]?[）)]")


def _positioned_names(text: str, ents: list[Entity]) -> list[Entity]:
    """Three characters (else two) starting with a family name right before such a position, not ending in an
    honorific, are a name where no entity is on them: in the 1998 training sentences they are a labelled name 21
    times of 25 (the other 4 overlap a longer name or start one character early: 和|某某, 教师|某某)."""
    added = []
    for m in _PHOTO_PLACE.finditer(text):
        e = m.start()
        s = next((e - n for n in (3, 2) if e >= n and _is_surname(text[e - n]) and _CJK.fullmatch(text, e - n, e)), -1)
        if s >= 0 and not text.endswith(_HONORIFICS, s, e) and not any(x.start < e and s < x.end for x in ents):
            added.append(Entity("person", s, e, text[s:e]))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


# a Latin name in brackets right after a name (某某（Some Name）): the name as written in its own language
_ORIGINAL_NAME = re.compile(r"[（(]([A-Za-z][A-Za-z .\-_']*)[）)]")


def _original_names(text: str, ents: list[Entity]) -> list[Entity]:
    """A Latin word in brackets right after a name that the tagger took for an organization or a place is no entity:
    in the CLUENER training sentences such a word is labelled a name 28 times, taken into the name with its brackets
    29 times and left unlabelled 17, an organization or a place never."""
    ends = {e.end for e in ents if e.type == "person"}
    drop = set()
    for e in ents:
        if e.type in ("org", "gov_org", "place") and e.start - 1 in ends:
            m = _ORIGINAL_NAME.match(text, e.start - 1)
            if m and m.span(1) == (e.start, e.end):
                drop.add(id(e))
    return [e for e in ents if id(e) not in drop] if drop else ents


# a note giving a character the type lacks by its sound, right after the name it belongs to (某某（某音）)
_SOUND_NOTE = re.compile(r"（[\u4e00-\u9fff]{1,2}音）")


def _sound_notes(text: str, ents: list[Entity]) -> list[Entity]:
    """A name right before a note giving one of its characters by its sound (某某|（某音）) takes the note, and a
    family name of one character found apart right before that name joins it (某|某（某音）: one name): in the 1998
    training sentences (validation split aside) such a note belongs to a labelled name 14 times of 14."""
    for m in _SOUND_NOTE.finditer(text):
        e = next((x for x in ents if x.type == "person" and x.end == m.start()), None)
        if e is None:
            continue
        head = next((x for x in ents if x.type == "person" and x.end == e.start and x.end - x.start == 1), None)
        if head is not None:
            ents.remove(head)
            e.start = head.start
        e.end = m.end()
        e.text = text[e.start:e.end]
    return ents


# a · and the rest of a foreign name up to a punctuation mark or the text's end (某某·|某某某。)
_DOT_TAIL = re.compile(r"·[\u4e00-\u9fff]{1,5}(?=[^\u4e00-\u9fff·]|$)")


def _dotted_names(text: str, ents: list[Entity]) -> list[Entity]:
    """Two names the tagger found side by side, or on either side of a ·, that make one foreign name with a · in
    it (某某某|某某·某某, 某某·|某某) are one name; so is a place the tagger found that is no lexicon place, with the
    · and the rest of a name after it up to a punctuation mark (某某·某某。: in the 1998 training sentences a name
    with a · is a person 274 times, a place before a · once, a lexicon city heading a dateline). A name right
    before a · that ends the text (某某·, a name the text cuts) takes the ·: in the CLUENER training sentences
    such a name is labelled with it 17 times and without it 11."""
    if "·" not in text:                 # both need one
        return ents
    cut = len(text.rstrip()) - 1 if text.rstrip().endswith("·") else -1
    out: list[Entity] = []
    for e in ents:
        if e.type == "person" and e.end == cut:
            e.end, e.text = cut + 1, text[e.start:cut + 1]
        if e.type == "place" and text.startswith("·", e.end) and e.text not in _listed_places():
            m = _DOT_TAIL.match(text, e.end)
            if m and not any(x.start < m.end() and e.end <= x.start for x in ents):
                e = Entity("person", e.start, m.end(), text[e.start:m.end()])
        p = out[-1] if out else None
        if (e.type == "person" and p is not None and p.type == "person" and text[p.end:e.start] in ("", "·")
                and "·" in text[p.start:e.end]):
            out.pop()
            e = Entity("person", p.start, e.end, text[p.start:e.end])
        out.append(e)
    return out


# what may follow the last character of a foreign name the tagger cut short (某某某|某，): punctuation, the end or
# 一行 (a visitor's party: 某某·某某|一行; a labelled foreign name stands right before it 25 times in the 1998
# training sentences)
_NAME_CLOSE = re.compile(r"[，。、；：！？”’）)」』,.;:!?]|一行|$")
# characters that end no name before punctuation: verbs of saying, particles, localities, prepositions,
# conjunctions, adverbs, words of kind (某某某|说，, |等。, |后，, |摄）, “某某某|号”)
_NOT_NAME_END = frozenset("说讲道问答称摄了的地得着吧等们时后前外中内里上下间处家和与及同跟或也都就又还再已曾在是为被把将"
                          "对向从给让由以于之而并且号人式派族队语牌型")


def _foreign_name(name: str) -> bool:
    """Whether ``name`` is three characters or more written only with family-name characters, characters of
    transliterated names and ·."""
    tm = translit_map()
    return len(name) >= 3 and all(tm.get(ord(ch)) in ("F", "S") or ch == "·" for ch in name)


def _foreign_name_ends(text: str, ents: list[Entity]) -> None:
    """A foreign name the tagger found that stops one character before punctuation, the text's end or 一行 (某某某|某，)
    takes that character when no entity is on it and it is no word of saying, particle, locality, preposition or
    the like (`_NOT_NAME_END`): in the training sentences a name written so takes it 72 times (1998) and 33
    (CLUENER) and leaves it out never."""
    starts = {e.start for e in ents}
    for e in ents:
        k = e.end
        if (e.type == "person" and k < len(text) and k not in starts and text[k] not in _NOT_NAME_END
                and _CJK.match(text, k) and _NAME_CLOSE.match(text, k + 1) and _foreign_name(e.text)):
            e.end = k + 1
            e.text = text[e.start:e.end]


def _joined_foreign_names(text: str, ents: list[Entity]) -> list[Entity]:
    """Two names the tagger found side by side that are both written with family-name characters and characters
    of transliterated names, one at least of the latter in each, the first not starting with a family name
    (某某某|某某某), are one foreign name: in the training sentences two labelled names side by side are so written
    never, and a labelled name of four characters or more is so written without a · 257 times (1998) and 91
    (CLUENER)."""
    out: list[Entity] = []
    for e in ents:
        p = out[-1] if out else None
        if (e.type == "person" and p is not None and p.type == "person" and p.end == e.start
                and not _is_surname(p.text[0]) and _transliterated(p.text) and _transliterated(e.text)):
            out[-1] = Entity("person", p.start, e.end, text[p.start:e.end])
            continue
        out.append(e)
    return out


def _foreign_name_heads(text: str, ents: list[Entity]) -> None:
    """A transliterated name the tagger found (`_transliterated`) right after two characters of transliterated
    names or more, back to a word like 让 (`_NOT_NAME_END`), on which no entity stands (某某|某某某) starts at them:
    in the training sentences a labelled name so written follows such characters never, and one of five characters
    or more opens with two of them and goes on transliterated 37 times (1998) and 8 (CLUENER)."""
    tm = translit_map()
    for e in ents:
        if e.type != "person":
            continue
        s = e.start
        while s and tm.get(ord(text[s - 1])) == "F" and text[s - 1] not in _NOT_NAME_END:
            s -= 1
        if (e.start - s >= 2 and _transliterated(e.text)
                and not any(x.start < e.start and s < x.end for x in ents)):
            e.start, e.text = s, text[s:e.end]


# a Latin name written without a space (JohnSmith, ColinMcRae): a capitalised word, then another
_CAMEL_NAME = re.compile(r"(?<![A-Za-z0-9])([A-Z][a-z]+)((?:Mc|Mac)?[A-Z][a-z]+)(?![A-Za-z0-9])")


@lru_cache(maxsize=1)
def _given_names() -> frozenset:
    return frozenset(sections("given_names")[""])


def _latin_names(text: str, ents: list[Entity]) -> list[Entity]:
    """Such a pair starting with a common English given name (`given_names.txt`) is a name where no entity is on
    it: in the CLUENER training sentences it is a labelled name 32 times, inside a longer entity 5 and a work once."""
    out = list(ents)
    for m in _CAMEL_NAME.finditer(text):
        if m.group(1) in _given_names() and not any(e.start < m.end() and m.start() < e.end for e in ents):
            out.append(Entity("person", m.start(), m.end(), m.group()))
    out.sort(key=lambda x: (x.start, -x.end))
    return out


# a word for a player or a captain, then a name in Latin letters (选手|Somebody, 队长|Somebody)
_LATIN_PLAYER = re.compile(r"(?:选手|小将|高手|新星|队长|王子|大神)([A-Za-z][A-Za-z0-9_.]*)")


def _latin_players(text: str, ents: list[Entity]) -> list[Entity]:
    """A word in Latin letters right after a word for a player or a captain (选手, 小将, 队长 …: `_LATIN_PLAYER`) is
    a name where no entity is on it: in the CLUENER training sentences it is a labelled name 14 times of 14."""
    added = [Entity("person", *m.span(1), m.group(1)) for m in _LATIN_PLAYER.finditer(text)
             if not any(e.start < m.end() and m.start(1) < e.end for e in ents)]
    return sorted(ents + added, key=lambda x: x.start) if added else ents


def _transliterated(name: str) -> bool:
    """Whether ``name`` is two characters or more written only with family-name characters and characters of
    transliterated names, one at least of the latter."""
    tm = translit_map()
    return (len(name) >= 2 and all(tm.get(ord(ch)) in ("F", "S") for ch in name)
            and any(tm.get(ord(ch)) == "F" for ch in name))


@lru_cache(maxsize=1)
def _roles_and_honorifics() -> tuple[frozenset, int]:
    """The lexicon's roles and `_HONORIFICS`, and the longest's length."""
    found = frozenset(words("titles", "role")) | frozenset(_HONORIFICS)
    return found, max(map(len, found))


def _role_after(text: str, e: int) -> bool:
    """Whether a role of the titles lexicon begins at ``e``."""
    roles, longest = _roles_and_honorifics()
    return any(text[e:e + k] in roles and text[e:e + k] not in _HONORIFICS for k in range(1, longest + 1))


def _address_after(text: str, e: int) -> bool:
    """Whether a form of address follows a family name that ends at ``e``: a role or honorific of `_role_after` or
    `_HONORIFICS`, or 总 or 董 (王|总, 王|董: the boss so called)."""
    return text[e:e + 1] in ("总", "董") or text.startswith(_HONORIFICS, e) or _role_after(text, e)


def _surname_before(text: str, ents: list[Entity]) -> None:
    """A two-character name right after a title whose surname the tagger left out (市领导任|希杰). A joining word
    there (主席和|某某, 和 and 与 being family names too) is no part of the name: in the training sentences (validation
    split aside) a name labelled right after a lexicon title and 和, 与, 及, 同 or 跟 leaves that character out 15 times
    of 15 (1998) and takes it once of 1 (CLUENER, 和 a family name)."""
    ends = {e.end for e in ents if e.type == "title"}
    for e in ents:
        if (e.type == "person" and e.end - e.start == 2 and e.start - 1 in ends and _is_surname(text[e.start - 1])
                and text[e.start - 1] not in _JOINING):
            e.start -= 1
            e.text = text[e.start:e.end]
            for t in ents:
                if t.type == "title" and t.end == e.start + 1:
                    t.end -= 1
                    t.text = text[t.start:t.end]


# what closes a name right after a title: punctuation, the end or a dash (…市长|某某|——)
_TITLED_CLOSE = re.compile(r"[，。、；：！？”’）)」』,.;:!?—]|$")
# jieba's tags of words that are no part of a name: verb, preposition, conjunction, adverb, particle, time word,
# pronoun, numeral, measure word, locality, modal (…老师|谈一下, …学生|那样, …专家|和代表)
_NOT_TITLED_NAME = frozenset("vpcdutrmqfy")


def _names_after_titles(text: str, ents: list[Entity]) -> list[Entity]:
    """Two or three characters starting with a family name right after a title and right before punctuation
    (…院士|某某某，, …市长|某某——) are a name where no entity is on them, jieba's words begin and end with them,
    none of their words is a verb, particle, time word, pronoun or the like (`_NOT_TITLED_NAME`: …专家|和代表) and
    they are no family name before 总 (…经理|方总): in the training sentences such characters after a title of the
    lexicon are a labelled name 865 times of 891 (1998) and 128 of 137 (CLUENER)."""
    added = []
    taken = [(e.start, e.end) for e in ents]
    for t in ents:
        s = t.end
        if t.type != "title" or s >= len(text) or not _is_surname(text[s]):
            continue
        for n in (3, 2):
            e = s + n
            if (e <= len(text) and _CJK.fullmatch(text, s, e) and _TITLED_CLOSE.match(text, e)
                    and text[e - 1] != "总" and not any(a < e and s < b for a, b in taken)
                    and not any(_jieba()[1].get(w, "")[:1] in _NOT_TITLED_NAME for w in segment(text[s:e]))
                    and _word_aligned(text, s, e)):
                added.append(Entity("person", s, e, text[s:e]))
                break
    return sorted(ents + added, key=lambda x: x.start) if added else ents


# what follows a speaker's or an actor's name after his role (…助理|某某|昨日表示, …总统|某某|在): time words, verbs of
# saying, prepositions and adverbs
_AFTER_ROLED_NAME = re.compile("昨日|昨天|今天|日前|近日|表示|说|指出|宣布|称|在|向|对|为首|也|曾|已|将")
_NOT_NAME_TAGS = frozenset("v vn d ad a an".split())      # jieba's verbs, adverbs, adjectives (…发言人|宣布|的)


def _foreign_names_after_roles(text: str, ents: list[Entity]) -> list[Entity]:
    """Two to six characters written like a foreign name (`_transliterated`, · allowed) between a role of the titles
    lexicon and a time word, a verb of saying, a preposition or an adverb (`_AFTER_ROLED_NAME`: …助理|某某|昨日表示)
    are a name where nothing was found on them, on jieba's word bounds, no lexicon place, country nor city abroad,
    not one verb, adverb or adjective of jieba's dictionary, holding no joining word (…|某某和某某|…) and ending in no
    role (…|某某博士|说) nor in a character that ends no name (`_NOT_NAME_END`): in the training sentences (validation
    split aside) what the rule so reads is a labelled name 92 times of 93 (1998; the other a name the set labels a
    place) and 13 of 13 (CLUENER)."""
    if not _roled_name_screen().search(text):
        return ents             # no two name characters right before such a word: nothing to read (most texts)
    roles, longest = _roles_and_honorifics()
    added = []
    for m in _AFTER_ROLED_NAME.finditer(text):
        e = m.start()
        for n in range(2, 7):
            s = e - n
            if s < 2 or not _transliterated(text[s:e].replace("·", "")):
                break
            if not any(text[s - k:s] in roles and text[s - k:s] not in _HONORIFICS
                       for k in range(2, min(longest, s) + 1)):
                continue
            name = text[s:e]
            ws = segment(name)
            if (name[-1] not in _NOT_NAME_END and _JOINING.isdisjoint(name) and not _ends_in_role(name)
                    and not any(x.start < e and s < x.end for x in ents + added) and _word_aligned(text, s, e)
                    and name not in _listed_places() and name not in _countries() and name not in _world_cities()
                    and not (len(ws) == 1 and _jieba()[1].get(name, "") in _NOT_NAME_TAGS)):
                added.append(Entity("person", s, e, name))
            break
    return sorted(ents + added, key=lambda x: x.start) if added else ents


@lru_cache(maxsize=1)
def _roled_name_screen() -> re.Pattern:
    """Two family-name or transliteration characters right before a word of `_AFTER_ROLED_NAME`: where none is,
    `_foreign_names_after_roles` reads no name."""
    chars = "".join(sorted(chr(c) for c, k in translit_map().items() if k in ("F", "S")))
    return re.compile(f"[{re.escape(chars)}]{{2}}(?:{_AFTER_ROLED_NAME.pattern})")


def _ends_in_role(name: str) -> bool:
    """Whether ``name`` ends in a role of the titles lexicon of two characters or more (…|博士)."""
    roles, longest = _roles_and_honorifics()
    return any(name[-k:] in roles for k in range(2, min(longest, len(name)) + 1))


_CLAUSE_START = frozenset("，。、；：“（ 和与及")


def _foreign_names_before_titles(text: str, ents: list[Entity]) -> list[Entity]:
    """Three to five characters written like a foreign name (`_transliterated`), no lexicon place, country or large
    city abroad, between a clause's start (or 和, 与, 及) and a title (…，某某某某|国王) are a name where nothing was found
    on them and jieba's words begin and end with them: in the training sentences (validation split aside) such
    characters before a lexicon role are a labelled name 59 times of 68 (1998) and 3 of 7 (CLUENER)."""
    added = []
    for t in ents:
        if t.type != "title":
            continue
        for n in (5, 4, 3):
            s = t.start - n
            if s < 0 or s and text[s - 1] not in _CLAUSE_START or not _transliterated(text[s:t.start]):
                continue
            name = text[s:t.start]
            if (name not in _listed_places() and name not in _countries() and name not in _world_cities()
                    and not any(x.start < t.start and s < x.end for x in ents) and _word_aligned(text, s, t.start)):
                added.append(Entity("person", s, t.start, name))
            break
    return sorted(ents + added, key=lambda x: x.start) if added else ents


_KIN = re.compile("女儿|儿子|祖父|祖母|父亲|母亲|妻子|丈夫|哥哥|弟弟|姐姐|妹妹|爷爷|奶奶|外公|外婆|孙子|孙女|侄子|老伴|爱人|"
                  "长子|次子|长女|儿媳|女婿|曾祖")
_CLOSE_WORDS = frozenset("在是向对把被将从")


def _kin_name(text: str, s: int) -> int:
    """The end of a name of two or three characters at ``s`` after a word of kin, or 0: it starts with a family
    name, jieba's words begin and end with it, none of them is a verb, particle, pronoun, adjective or the like, and
    punctuation or a verb, preposition, adverb or conjunction (two characters or more, or 在, 是, 向 …) follows."""
    if s >= len(text) or not _is_surname(text[s]):
        return 0                # a text ending in the word of kin (…的小妹妹) has no name after it
    for n in (3, 2):
        e = s + n
        if e > len(text) or not _CJK.fullmatch(text, s, e) or _KIN.search(text, s, e):
            continue
        if any(_jieba()[1].get(w, "")[:1] in _NOT_TITLED_NAME or _jieba()[1].get(w, "")[:1] == "a"
               for w in segment(text[s:e])) or not _word_aligned(text, s, e):
            continue
        if _TITLED_CLOSE.match(text, e):
            return e
        w = segment(text[e:e + 6])[0]
        ok = (len(w) >= 2 or w in _CLOSE_WORDS) and _jieba()[1].get(w, "")[:1] in ("v", "p", "d", "c")
        return e if ok else 0
    return 0


def _names_after_kin(text: str, ents: list[Entity]) -> list[Entity]:
    """A name the tagger left out right after a word of kin (女儿|某某某|索要, 祖父|某某某|是): see `_kin_name`. In the
    1998 training sentences such characters after a word of kin are a labelled name 17 times of 17 (CLUENER's have
    none)."""
    added = []
    for m in _KIN.finditer(text):
        e = _kin_name(text, m.end())
        if e and not any(x.start < e and m.end() < x.end for x in ents):
            added.append(Entity("person", m.end(), e, text[m.end():e]))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


# a word of acting or directing after the performer's or director's name (某某|扮演的, 某某某|执导)
_PERFORMING = re.compile("扮演(?!者)|饰演|主演|出演|执导|导演的")
_BEFORE_PERFORMER = frozenset("的里中由是和与在")      # words a performer's name may follow (《某片》里|某某|扮演)


def _performer(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` may be a performer's name: two or three characters starting with a family name, after the
    text's start, a mark other than · or a word of `_BEFORE_PERFORMER`, jieba's words beginning and ending with them
    and none of them a verb, particle, pronoun or the like (`_NOT_TITLED_NAME`)."""
    before = text[s - 1:s]
    return (_is_surname(text[s]) and _CJK.fullmatch(text, s, e) is not None
            and (not before or before in _BEFORE_PERFORMER or not _CJK.match(before) and before not in "·•")
            and not any(_jieba()[1].get(w, "")[:1] in _NOT_TITLED_NAME for w in segment(text[s:e]))
            and _word_aligned(text, s, e))


def _performers(text: str, ents: list[Entity]) -> list[Entity]:
    """A name the tagger left out right before a word of acting or directing (…》里|某某|扮演的, 某某某|执导: see
    `_performer`): in the training sentences such characters are a labelled name 16 times of 16 (CLUENER) and 6 of 6
    (1998)."""
    if "演" not in text and "执导" not in text:
        return ents                 # every word of `_PERFORMING` but 执导 holds 演: most texts hold neither
    added = []
    for m in _PERFORMING.finditer(text):
        e = m.start()
        for s in (e - 3, e - 2):
            if s < 0 or any(x.start < e and s < x.end for x in ents):
                break
            if _performer(text, s, e):
                added.append(Entity("person", s, e, text[s:e]))
                break
    return sorted(ents + added, key=lambda x: x.start) if added else ents


# what follows a family name written alone for a person: an honorific, an elder's word of kin or a few roles
_ADDRESSED = re.compile("先生|女士|小姐|老师|师傅|大夫|同志|奶奶|爷爷|大爷|大娘|阿姨|大妈|大姐|大哥|老汉|教授|主任|局长|书记|"
                        "经理|厂长|主席|市长|校长|院长|总司令|司令员|司令")
_ADDRESS_BEFORE = frozenset("，。、；：“‘（！？和与对向给跟同让请的")


def _lone_family_names(text: str, ents: list[Entity]) -> list[Entity]:
    """A family name alone right before such a word (某|先生, 某|奶奶, 某|教授), at the text's start or after
    punctuation, a conjunction, a preposition or 的, is a name where no entity is on it and jieba's words begin with
    it (not 共和|国|主席): in the 1998 training sentences it is a labelled name 68 times of 72 before the words of kin,
    courtesy and office of the first list and 44 of 44 before 主席, 市长, 校长, 院长 and the words for a commander
    (CLUENER labels no name of one character, and its scoring leaves them out)."""
    added = []
    for m in _ADDRESSED.finditer(text):
        s = m.start() - 1
        if (s >= 0 and _is_surname(text[s]) and (s == 0 or text[s - 1] in _ADDRESS_BEFORE)
                and not any(x.start <= s < x.end for x in ents) and _word_aligned(text, s, s + 1, start_only=True)):
            added.append(Entity("person", s, s + 1, text[s]))
    return sorted(ents + added, key=lambda x: x.start) if added else ents
