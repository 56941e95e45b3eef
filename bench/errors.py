"""Per-article mismatches of one restored page, for error analysis (``restore_eval --errors``)."""
from __future__ import annotations

from collections import Counter

from .score import N, alignment, gold_view, restored_view

MIN_PART = 0.1      # a share counts as a part of a split or merge from this fraction of the article on


def _q(text: str, width: int = 40) -> str:
    return "«" + (text if len(text) <= width else text[:width] + "…") + "»"


def page_errors(gold: list[dict], page: dict) -> list[str]:
    """Lines describing split, merged, unmatched and noise articles and field and paragraph differences."""
    golds, restored = gold_view(gold), restored_view(page)
    share, gold_chars, matches = alignment(golds, restored)
    out = []
    for gi, g in enumerate(golds):
        label = f"gold {gi} {_q(g['headline'])}"
        parts = [r for r, s in enumerate(share) if s[gi] >= max(N, MIN_PART * gold_chars[gi])]
        if len(parts) > 1:
            out.append(f"SPLIT {label} over restored {parts}")
        if gi not in matches:
            out.append(f"UNMATCHED {label}")
            continue
        r = restored[matches[gi]]
        for f in ("kicker", "headline", "subheadline"):
            if r[f] != g[f]:
                out.append(f"{f.upper()} {label}: gold {_q(g[f])} restored {_q(r[f])}")
        if r["paragraphs"] != g["paragraphs"]:
            gc, rc = Counter(g["paragraphs"]), Counter(r["paragraphs"])
            out.append(f"PARAGRAPHS {label}: gold {len(g['paragraphs'])}, restored {len(r['paragraphs'])}"
                       + ("" if gc != rc else " (order differs)"))
            out += [f"  - {_q(p, 60)}" for p in (gc - rc).elements()]
            out += [f"  + {_q(p, 60)}" for p in (rc - gc).elements()]
    for ri, s in enumerate(share):
        total = sum(s.values())
        parts = sorted(g for g, n in s.items() if n >= max(N, MIN_PART * total))
        if len(parts) > 1:
            out.append(f"MERGED restored {ri} {_q(restored[ri]['headline'])} holds gold {parts}")
        if not total and restored[ri]["text"]:
            out.append(f"NOISE restored {ri} {_q(restored[ri]['headline'])}: {_q(restored[ri]['text'])}")
    return out
