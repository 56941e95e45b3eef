"""People and the titles the text attaches to them, and the reporters and photographers of bylines and credits.

In a paragraph a person takes the chain of titles written right before the name (省委常委、市委书记X: both);
a name listed after a titled name with 、 or 和 shares that name's titles (副市长A、B: both 副市长), which
also covers roll-calls (市领导A、B、C: the generic title 市领导); a bare role right after a name (X市长)
is taken when no title stands before it.
"""
from __future__ import annotations

import re

from .ner import Entity
from .titles import Place, parse_title, resolve_body

_CHAIN = re.compile(r"(?:、|，兼|兼|、兼|和)?")
_LIST = re.compile(r"(?:、|和|及|与|以及)")
_NAMEISH = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_CREDIT_ROLES = ("摄影记者", "特约记者", "见习记者", "实习记者", "首席记者", "记者", "通讯员", "实习生", "摄影", "特约摄影")
_CREDIT = re.compile(
    r"^\s*[（(]?\s*(?P<source>新华社|中新社|中国新闻社|人民日报|本报|特约)?\s*"
    r"(?P<role>" + "|".join(_CREDIT_ROLES) + r")?\s*(?P<names>[\u4e00-\u9fff·\s、和]{2,40}?)\s*"
    r"(?:摄影报道|摄影|摄|/摄)\s*[）)]?\s*$")


class People:
    """The people of one article, by name."""

    def __init__(self, place: Place | None = None, paper: str | None = None):
        self.place = place
        self.paper = paper
        self.by_name: dict[str, dict] = {}

    def person(self, name: str) -> dict:
        p = self.by_name.get(name)
        if p is None:
            p = self.by_name[name] = {"name": name, "titles": [], "mentions": []}
        return p

    def add_title(self, name: str, title: dict) -> None:
        p = self.person(name)
        for t in p["titles"]:
            if t["text"] == title["text"]:
                for k, v in title.items():
                    t.setdefault(k, v)
                return
        p["titles"].append(title)

    def add_credit(self, name: str, kind: str) -> None:
        p = self.person(name)
        if kind not in p.setdefault("credits", []):
            p["credits"].append(kind)

    def to_list(self) -> list[dict]:
        return list(self.by_name.values())


def link_paragraph(people: People, text: str, ents: list[Entity], where: dict, skip_before: int = 0) -> None:
    """Attach titles to the people of one paragraph (``where`` says which: {"paragraph": i} or a field)."""
    top = _top_level(ents)
    chains: dict[int, list[Entity]] = {}        # index in top → titles of that person
    for k, ent in enumerate(top):
        if ent.type != "person":
            continue
        people.person(ent.text)["mentions"].append({**where, "start": ent.start, "end": ent.end})
        if ent.start < skip_before:
            continue
        chain = _chain_before(text, top, k)
        if not chain and k > 0:
            # a listed name shares the titles of the titled name before it: 副市长A、B
            j = k - 1
            prev = top[j]
            if prev.type == "person" and _LIST.fullmatch(text[prev.end:ent.start]) and j in chains:
                chain = chains[j]
        if not chain and k + 1 < len(top):
            nxt = top[k + 1]
            if (nxt.type == "title" and nxt.start == ent.end and "body_end" not in nxt.parts
                    and (k + 2 >= len(top) or top[k + 2].start != nxt.end)):
                chain = [nxt]
        if chain:
            chains[k] = chain
            body_prev = None
            for t in chain:
                title = parse_title(t.text, people.place)
                d = title.to_json()
                if title.body is None and body_prev and _inherits(title.role):
                    d["body"] = body_prev
                    d["inherited_body"] = True
                body_prev = d["body"] if title.body is not None and not title.generic else body_prev
                people.add_title(ent.text, d)


def _inherits(role: str) -> bool:
    """Roles that belong to the body named in the chain before them (党组成员、纪检组长 of the same bureau)."""
    return role.endswith(("组长", "书记", "主任", "成员", "委员", "秘书长")) and not role.endswith(("市长", "县长"))


def _top_level(ents: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    end = -1
    for e in ents:
        if e.start >= end:
            out.append(e)
            end = e.end
    return out


def _chain_before(text: str, top: list[Entity], k: int) -> list[Entity]:
    chain: list[Entity] = []
    pos = top[k].start
    j = k - 1
    while j >= 0:
        t = top[j]
        if t.type != "title":
            break
        gap = text[t.end:pos]
        if chain:
            if not _CHAIN.fullmatch(gap):
                break
        elif gap.strip(" \u3000"):
            break
        chain.insert(0, t)
        pos = t.start
        j -= 1
    return chain


def credits(people: People, text: str | None, kind: str) -> list[str]:
    """People of a byline's reporters or a photo credit (新华社记者 谢剑飞摄) with their roles."""
    if not text:
        return []
    if kind == "photo":
        m = _CREDIT.match(text)
        if not m:
            return []
        names = [n for n in re.split(r"[、和\s]+", m.group("names").strip()) if _NAMEISH.match(n)]
        if not names:
            squeezed = re.sub(r"\s", "", m.group("names"))
            names = [squeezed] if _NAMEISH.match(squeezed) else []
        role, source = m.group("role"), m.group("source")
        for n in names:
            people.add_credit(n, "photographer")
            people.add_title(n, _credit_title(role or "摄影", source, people))
            people.person(n)["mentions"].append({"field": "photo_credit", "text": text})
        return names
    return []


def byline(people: People, byline_text: str, reporters: list[str], source: str | None) -> None:
    """Reporters of a parsed byline (restore's ``Byline``): role from the byline text, body from its source."""
    squeezed = re.sub(r"\s", "", byline_text)
    for name in reporters:
        i = squeezed.find(name)
        before = squeezed[:i] if i >= 0 else squeezed
        role = None
        best = -1
        for r in _CREDIT_ROLES:
            j = before.rfind(r)
            if j > best or (j == best and j >= 0 and role and len(r) > len(role)):
                best, role = j, r
        role = role if best >= 0 else "记者"
        src = source
        m = re.search(r"(新华社|中新社|人民日报|本报)(?=[^（(]*$)", before)
        if m:
            src = m.group(1)
        people.add_credit(name, "reporter")
        people.add_title(name, _credit_title(role, src, people))


def _credit_title(role: str, source: str | None, people: People) -> dict:
    body = source
    if source == "本报":
        body = people.paper or "本报"
    text = (source or "") + role if source and source != "特约" else role
    out = {"text": text, "body": body, "role": role, "credit": True}
    if body != source:
        out["body_as_written"] = source
    return out


def rows(people: list[dict]) -> list[tuple[str, dict | None]]:
    """(name, title) pairs, one per title (a person without titles gives one row with none)."""
    out = []
    for p in people:
        if p["titles"]:
            out += [(p["name"], t) for t in p["titles"]]
        else:
            out.append((p["name"], None))
    return out


__all__ = ["People", "link_paragraph", "credits", "byline", "rows", "resolve_body"]
