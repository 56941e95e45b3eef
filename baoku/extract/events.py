"""Events found by their trigger words (``data/extract/events.txt``): visit, inspection, meeting, attending,
speech, presiding, unveiling, signing.

For each trigger in a sentence: the actors are the people of the clause before it (a list of titled people
separated by commas counts as one clause; a clause without a person takes the person who opens the
sentence), unless a participation word stands between them and the trigger (陪同, 见证: then they are
participants); other people of the sentence are participants; organizations and places after the trigger
(its object) or after 在/到/赴 before it are its targets; the date is the sentence's, else the article's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Matcher, sections
from .ner import Entity

_NOUN_AFTER = re.compile(r"会(?!议|见|谈|同)|仪式|式|活动|现场|大会|典礼|工作|项目|阶段")
_NOUN_BEFORE = re.compile(r"(?:在|出席|参加|主持|召开|举行|列席|观摩|的)$")
_SENT = re.compile(r"[^。！？!?]*[。！？!?]?")
_CLAUSE = "，；;,"
_OBJECT_END = re.compile(r"[，。；！？、,;:：]|并|时|中|后")


@lru_cache(maxsize=1)
def _triggers() -> tuple[Matcher, dict[str, str], Matcher]:
    s = sections("events")
    kinds = {}
    for kind, words in s.items():
        if kind in ("", "participation"):
            continue
        for w in words:
            kinds.setdefault(w, kind)
    return Matcher(kinds), kinds, Matcher(s["participation"])


def sentences(text: str):
    for m in _SENT.finditer(text):
        if m.group().strip():
            yield m.start(), m.end()


def find_events(text: str, ents: list[Entity], where: dict, lead_date: dict | None = None,
                skip_before: int = 0) -> list[dict]:
    """Events of one paragraph; people before ``skip_before`` (the byline) take no part."""
    trig, kinds, part = _triggers()
    if next(trig.finditer(text), None) is None:
        return []                           # no trigger word in the paragraph (most paragraphs)
    out: list[dict] = []
    top = [e for e in _top(ents) if e.start >= skip_before]
    for ss, se in sentences(text):
        sent = text[ss:se]
        in_sent = [e for e in top if ss <= e.start and e.end <= se]
        covered = [(e.start - ss, e.end - ss) for e in in_sent]
        seen = set()
        for m in trig.finditer(sent):
            a, b = m.span()
            if any(s <= a < e for s, e in covered):
                continue                    # a trigger word inside a name (考察团 is fine, 检查院 not)
            kind = kinds[m.group()]
            if _NOUN_AFTER.match(sent, b) or _NOUN_BEFORE.search(sent, 0, a):
                continue                    # 座谈会, 签约仪式, 参加座谈: the trigger names a thing, not an act
            actors, participants = _actors(sent, ss, in_sent, a, part)
            targets, places = _targets(sent, ss, in_sent, a, b)
            if not actors and not targets and kind in ("unveiling", "signing"):
                subj = [e for e in in_sent if e.type in ("org", "gov_org") and e.end - ss <= a
                        and e.start - ss >= _clause_start(sent, a)]
                targets = [{"text": e.text, "type": e.type} for e in subj[-1:]]
                if not targets:
                    subj_text = re.sub(r"^[^，]{0,12}?(?:日|月|年|日前|近日)，", "", sent[_clause_start(sent, a):a])
                    if 2 <= len(subj_text) <= 30:
                        targets = [{"text": subj_text, "type": "object"}]
            if not actors and not participants and not (kind in ("unveiling", "signing") and targets):
                continue
            key = (kind, tuple(actors))
            if key in seen:
                continue
            seen.add(key)
            dates = [e for e in in_sent if e.type == "date" and e.value]
            date = ({"text": dates[0].text, "value": dates[0].value} if dates else lead_date)
            out.append({"type": kind, "trigger": m.group(), **where, "trigger_span": [ss + a, ss + b],
                        "actors": actors, "participants": participants, "targets": targets,
                        "places": places, "date": date, "sentence": [ss, se]})
    return out


def _top(ents):
    out, end = [], -1
    for e in ents:
        if e.start >= end:
            out.append(e)
            end = e.end
    return out


def _names(ents) -> list[str]:
    out = []
    for e in ents:
        if e.type == "person" and e.text not in out:
            out.append(e.text)
    return out


def _actors(sent: str, ss: int, in_sent: list[Entity], a: int, part: Matcher) -> tuple[list[str], list[str]]:
    before = [e for e in in_sent if e.end - ss <= a]
    after = [e for e in in_sent if e.start - ss >= a]
    # the clause of the trigger, extended back over list items (title + name) separated by commas
    start = _clause_start(sent, a)
    while start > 0:
        prev = _clause_start(sent, start - 1)
        seg = sent[prev:start - 1]
        if not _is_list_item(seg, [e for e in before if prev <= e.start - ss < start - 1], ss, prev):
            break
        start = prev
    clause_people = [e for e in before if e.start - ss >= start and e.type == "person"]
    if not clause_people and not any(e.start - ss >= start for e in before):
        # subject carried over from the sentence's opening clause: 张三一路步行，仔细察看…
        first = [e for e in before if e.type == "person"]
        if (first and first[0] is before[0] and first[0].start - ss == _subject_pos(sent)
                and not _SAYS.search(sent[:start])):
            clause_people = [first[0]]
    actors = _names(clause_people)
    participants = []
    if actors:
        last = max(e.end for e in clause_people) - ss
        if any(True for _ in part.finditer(sent[last:a])):
            participants, actors = actors, []
    others = [n for n in _names(before + after) if n not in actors and n not in participants]
    return actors, participants + others


_SAYS = re.compile(r"(?:表示|说|指出|强调|认为|介绍|称)[，：:]")


def _subject_pos(sent: str) -> int:
    """Where the sentence's subject starts: after a leading date phrase (6月16日，)."""
    m = re.match(r"^[^，。]{0,12}?(?:日|月|年|今天|日前|近日)，", sent)
    return m.end() if m else 0


def _clause_start(sent: str, a: int) -> int:
    i = a - 1
    while i >= 0 and sent[i] not in _CLAUSE:
        i -= 1
    return i + 1


def _is_list_item(seg: str, ents: list[Entity], ss: int, seg_start: int) -> bool:
    """A clause that holds only titles and names (and 、): an item of a list of people."""
    if not any(e.type == "person" for e in ents):
        return False
    rest = list(seg)
    for e in ents:
        for k in range(e.start - ss - seg_start, e.end - ss - seg_start):
            if 0 <= k < len(rest):
                rest[k] = ""
    return not re.sub(r"[、和及与\s]", "", "".join(rest))


def _targets(sent: str, ss: int, in_sent: list[Entity], a: int, b: int) -> tuple[list[dict], list[str]]:
    m = _OBJECT_END.search(sent, b)
    obj_end = m.start() if m else len(sent)
    targets, places = [], []
    loc = re.search(r"(?:在|到|赴|来到|为)([^，。；]{1,20})$", sent[:a])
    loc_start = loc.start(1) if loc else a
    for e in in_sent:
        rs = e.start - ss
        if e.type in ("gov_org", "org", "place") and (b <= rs < obj_end or loc_start <= rs < a):
            if e.type == "place":
                if e.text not in places:
                    places.append(e.text)
            elif not any(t["text"] == e.text for t in targets):
                targets.append({"text": e.text, "type": e.type})
    if not targets and b < obj_end:
        obj = sent[b:obj_end].strip("了着过")
        if 2 <= len(obj) <= 20 and not any(e.type == "person" for e in in_sent if b <= e.start - ss < obj_end):
            targets.append({"text": obj, "type": "object"})
    return targets, places


def merge_events(events: list[dict]) -> list[dict]:
    """An event without actors right after one of the same type (…等见证揭牌 after A与B为X揭牌) is the same
    event: its people join that event's participants."""
    out: list[dict] = []
    for ev in events:
        prev = next((p for p in reversed(out[-3:]) if p["type"] == ev["type"] and p["actors"]), None)
        if not ev["actors"] and prev is not None:
            for n in ev["participants"]:
                if n not in prev["participants"] and n not in prev["actors"]:
                    prev["participants"].append(n)
            for t in ev["targets"]:
                if t["type"] != "object" and t not in prev["targets"]:
                    prev["targets"].append(t)
            continue
        out.append(ev)
    return out
