"""Paragraph end or column cut: does a body fragment that lacks a closing stop end its paragraph (a crosshead,
a summary line, a list item, a figure's label), or is it prose cut by a column or line break that the next
text goes on with?

A logistic model weighs the fragment's and the next text's edges (how paragraphs end and open in the corpus,
a dictionary word cut in two, digits, quotes, brackets), their lengths, finished sentences inside the fragment
and, in a line dump, how its lines sit in the column; it is trained by scripts/train_breaks.py on pages laid
out from the corpus (see baoku/data/breaks.json).
"""
from __future__ import annotations

import math

from . import logistic
from .punct import closes_quotes, end_odds, splits_word, start_odds

MODEL = "breaks.json"
_OPENS = "“「《（("
_CONTINUES = "，。、；：！？”）》"


def _cjk(c: str) -> float:
    return float("\u4e00" <= c <= "\u9fff") if c else 0.0


def features(fragment: str, after: str, fmt: str, ends_short: bool = False, opens_indented: bool = False
             ) -> dict[str, float]:
    """``ends_short`` and ``opens_indented`` say, in a line dump, that the fragment's last line stops short
    of the column's edge and that the next text's first line is indented."""
    f, a = fragment.rstrip(), after.lstrip()
    return {
        "start_odds": start_odds(a),
        "end_odds": end_odds(f),
        "splits_word": float(splits_word(f, a)),
        "length": math.log1p(len(f)),
        "short": float(len(f) <= 40),
        "very_short": float(len(f) <= 12),
        "quote_start_odds": start_odds(a) if closes_quotes(f) else 0.0,     # after a closing quote: the opening
        "ends_open": float(f[-1:] in _OPENS or f[-1:] in "、，"),
        "ends_digit": float(f[-1:].isdigit()),
        "ends_cjk": _cjk(f[-1:]),
        "colon": float("：" in f[-30:]),
        "sentences": float(any(c in "。！？" for c in f[:-1])),     # finished sentences: prose, not a title
        "after_cjk": _cjk(a[:1]),
        "after_digit": float(a[:1].isdigit()),
        "after_quote": float(a[:1] in _OPENS),
        "after_continues": float(a[:1] in _CONTINUES),
        "after_length": math.log1p(len(a)),
        "after_ends": float(a[-1:] in "。！？”"),
        "lines": float(fmt == "lines"),
        "ends_short": float(ends_short),
        "opens_indented": float(opens_indented),
    }


def stands_alone(fragment: str, after: str, fmt: str, ends_short: bool = False, opens_indented: bool = False
                 ) -> tuple[bool, float]:
    """Does the fragment end its paragraph? The decision and its probability under the trained model."""
    model = logistic.load(MODEL)
    p = logistic.probability(model, features(fragment, after, fmt, ends_short, opens_indented))
    return p >= model["threshold"], p
