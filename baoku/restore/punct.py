"""What the punctuation at a fragment's edges says about where sentences and paragraphs end."""
from __future__ import annotations

FINAL = "。！？…；!?"
CLOSE = "”’」』）)》"


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends where a paragraph may end: 。！？… (possibly inside closing quotes),
    or when the whole text is one parenthesised note such as （作者为……）."""
    t = text.rstrip()
    if not t:
        return False
    if t[-1] in FINAL:
        return True
    core = t.rstrip(CLOSE)
    if core and core[-1] in FINAL:
        return True
    return t[0] in "（(" and t[-1] in "）)"


def open_brackets(text: str) -> bool:
    """An opening bracket or quote is left unclosed (the fragment is cut inside it)."""
    return text.count("“") > text.count("”") or text.count("（") > text.count("）") or \
        text.count("《") > text.count("》")
