"""A name found once is the name where the text writes it again and nothing was found: within one sentence
(`_repeated_names`, called by ``ner.entities``; not before 思想, 理论 or 主义, nor inside a Latin word) and across
the paragraphs of an article (``spread_names``, called by the page-level stage; not a name the article also writes
before a word for what is named after it, or has as another entity)."""
from __future__ import annotations

import re

from .base import Entity, _word_aligned
from .not_people import _named_after


# words after a leader's name that make the name part of a doctrine's (某某|思想, 某某|理论): no person there
_DOCTRINES = ("思想", "理论", "主义")


def _repeated_names(text: str, ents: list[Entity]) -> list[Entity]:
    """Another place of a name of two characters or more that the tagger found, where it found nothing, is the
    name too (not inside a longer Latin word, nor before 思想, 理论, 主义, nor a whole title in 《》): in the training
    sentences a labelled name written again elsewhere in its sentence is labelled there 15,217 times of 15,261
    (1998) and 3,369 of 3,413 (CLUENER); a whole title of two to five characters in 《》 is a name 34 times of 915
    (1998) and never of 1,747 (CLUENER). A foreign name's last part after its · (某某·|某某某) written alone
    counts as the name where nothing was found: in the training sentences such a part written apart from the full
    name is a labelled name 7 times, a body once, and inside a longer name or a body 6 times."""
    names = {e.text for e in ents if e.type == "person" and e.end - e.start >= 2}
    names |= {n.rsplit("·", 1)[1] for n in names if "·" in n and len(n.rsplit("·", 1)[1]) >= 2}  # 某某·|某某某
    added = []
    for name in names:
        if text.count(name) < 2:
            continue
        for s, e in _occurrences(name, text):
            if (any(x.start < e and s < x.end for x in ents + added) or text.startswith(_DOCTRINES, e)
                    or _LATIN.match(text, e) or (s and _LATIN.match(text, s - 1))
                    or text[s - 1:s] == "《" and text[e:e + 1] == "》"):
                continue
            added.append(Entity("person", s, e, name))
    return sorted(ents + added, key=lambda x: x.start) if added else ents


_LATIN = re.compile("[A-Za-z]")


def _occurrences(word: str, text: str):
    """The spans of ``word``'s occurrences in ``text`` that do not overlap, left to right (``re.finditer`` of it,
    without a pattern compiled for each new name)."""
    s = text.find(word)
    while s >= 0:
        yield s, s + len(word)
        s = text.find(word, s + len(word))


def spread_names(texts: list[str], ents: list[list[Entity]]) -> None:
    """Across the texts of one article (``ents[i]`` the entities of ``texts[i]``, changed in place): a name of two
    characters or more found in one text is the name where another writes it and nothing was found there (as in
    `_repeated_names`); not a name written somewhere before a word for what is named after it (某某|产品,
    `_names_not_people`), nor one the article has as another entity or inside one (a place, a club, a body or a
    work named after someone), nor where jieba's words do not begin and end with it. A story names its subject
    with a cue once and then alone: taking each sentence of the 1998 validation split with the 20 before and after
    it in its block as its article (validation tagger), this finds 29 labelled names and makes 4 false ones (a
    false name found once, spread); on the development slice (shipped tagger) 17 and none. Retyping the places or
    organizations so written was left out: on the 1998 slices they are as often places as names, and a club
    found once as a name is no person (CLUENER's development sentences). Where two names overlap in a text the longer
    is taken (the names are tried in a fixed order, so every run gives the same entities)."""
    names = {e.text for es in ents for e in es if e.type == "person" and e.end - e.start >= 2}
    if not names:
        return
    for es in ents:
        for x in es:
            if x.type != "person" and any(n in x.text for n in names):
                names -= {n for n in names if n in x.text}
    for t in texts:         # (a name not in a text is not looked for there: most are in few of an article's texts)
        names -= {n for n in names if n in t and any(_named_after(t, e) for _, e in _occurrences(n, t))}
    for t, es in zip(texts, ents):
        added = []
        for name in sorted(names, key=lambda n: (-len(n), n)):
            for s, e in _occurrences(name, t):
                if not (any(x.start < e and s < x.end for x in es + added) or t.startswith(_DOCTRINES, e)
                        or _LATIN.match(t, e) or (s and _LATIN.match(t, s - 1))
                        or t[s - 1:s] == "《" and t[e:e + 1] == "》" or not _word_aligned(t, s, e)):
                    added.append(Entity("person", s, e, name))
        if added:
            es.extend(added)
            es.sort(key=lambda x: (x.start, -x.end))
