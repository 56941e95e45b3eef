"""Paragraph end or column cut: does a body fragment that lacks a closing stop end its paragraph (a crosshead,
a summary line, a list item, a figure's label), or is it prose cut by a column or line break that the next
text goes on with?

A logistic model weighs the fragment's and the next text's edges (how paragraphs end and open in the corpus,
a dictionary word cut in two, digits, quotes, brackets), their lengths, finished sentences inside the fragment
and, in a line dump, how its lines sit in the column; it is trained by scripts/train_breaks.py on pages laid
out from the corpus (see baoku/data/breaks.json). In a markdown dump the lines are not seen, but where the
column's measure can be reckoned a second small model (breaks_column.json) weighs the first one's odds with
whether the fragment fills whole lines, as a piece cut at a column's foot does.
"""
from __future__ import annotations

import math
import re

import numpy as np

from . import logistic
from .blocks import NARROW, width as text_width
from .punct import closes_quotes, end_odds, splits_word, start_odds

MODEL = "breaks.json"
COLUMN_MODEL = "breaks_column.json"     # trained by scripts/train_column.py
_OPENS = "“「《（("
_CONTINUES = "，。、；：！？”）》"
_STOP = re.compile("[。！？]")       # (searched for, not read character by character: fragments run to paragraphs)


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
        "sentences": float(_STOP.search(f, 0, len(f) - 1) is not None),  # finished sentences: prose, not a title
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


def stands_alone(fragment: str, after: str, fmt: str, ends_short: bool = False, opens_indented: bool = False,
                 fills: bool | None = None) -> tuple[bool, float]:
    """Does the fragment end its paragraph? The decision and its probability under the trained model; in a
    markdown dump whose column measure is reckoned (``fills`` is not None), the column model weighs that
    probability with whether the fragment's last piece fills whole lines of the column; one that does not ends its
    paragraph from lower odds (``UNFILLED_THRESHOLD``)."""
    model = logistic.load(MODEL)
    p = logistic.probability(model, features(fragment, after, fmt, ends_short, opens_indented))
    if fills is not None:
        model = logistic.load(COLUMN_MODEL)
        p = logistic.probability(model, column_features(p, fills))
        if not fills:
            return p >= UNFILLED_THRESHOLD, p
    return p >= model["threshold"], p


UNFILLED_THRESHOLD = 0.35   # P(paragraph end) from which a markdown fragment that fills no whole lines of its
#                             reckoned column, nor leaves its last line too full for the next word, ends its
#                             paragraph: such a piece was not cut at the column's foot (train, both markdown
#                             formats: the decisions at 0.35-0.52 are mostly paragraph ends the column model joined)


def column_features(p: float, fills: bool) -> dict[str, float]:
    """What the column model sees: the paragraph-break model's log-odds and whether the fragment fills its
    lines."""
    return {"log_odds": math.log(p / (1 - p)), "fills_lines": float(fills)}


MEASURE = range(10, 41)     # characters a full body line of a column may hold
MIN_PIECES = 4              # stop-less pieces needed to reckon a column's measure


def fills_lines(width: float, measure: int) -> bool:
    """Does text of this width (in em, with its first line's indent) end at a full line of a column of
    ``measure`` characters? Line-breaking rules may leave a line a character short, so the slack grows with
    the lines."""
    r = width % measure
    if r > measure / 2:
        r -= measure
    return -(1.0 + 0.2 * width / measure) <= r <= 0.6


TRIM = 0.5             # em a full-width mark gives up next to another (``trimmed_pairs``)
_TRIMMED = re.compile("[，。、；：“”‘’（）《》「」](?=[，。、；：“”‘’（）《》「」])")


def trimmed_pairs(text: str) -> int:
    """Full-width marks set next to each other (。” / 》《 / ”，), each pair of which the page's type sets half an em
    narrower: of the train pages' dumped lines within a character of the column's measure (all wide characters),
    394 of 456 holding two such pairs and 23 of 23 holding three hold a character more than the measure, 156 of
    76,345 holding none. A question or exclamation mark keeps its width."""
    return len(_TRIMMED.findall(text))


_HELD_OPEN = "“‘「『（《("              # marks a line may not end on: they go down with what they open
_HELD_CLOSE = "，。、；：！？”’」』）》)…—%"     # marks a line may not open on: they go up with what they close
GROUP = re.compile(f"[{_HELD_OPEN}]*(?:[0-9A-Za-z.%/+\\-]+|\\S)[{_HELD_CLOSE}]*")     # what one line holds whole
EDGE_SLACK = 0.3        # em a line may run past its measure (widths are estimates)


def wraps_at_edge(text: str, after: str, measure: int, indent: float) -> bool:
    """Does ``text``, set in lines of ``measure`` characters (the first indented by ``indent``) under line-breaking
    rules (a character held with the stops after it and the marks opening it, a number or a Latin word whole),
    leave its last line too full for the group that opens ``after``? Then a break of the column cut it there. Where
    stops and numbers make a line hold less than the measure, whole-line counting (``fills_lines``) misses it."""
    text = text.replace(" ", "")
    groups = GROUP.findall(text)
    line, room = 0.0, measure - indent
    for w in map(text_width if NARROW.search(text) else len, groups):     # all wide: a group is as wide as long
        if line and line + w > room + EDGE_SLACK:
            line, room = 0.0, float(measure)
        line += w
    nxt = GROUP.match(after.replace(" ", ""))
    return bool(nxt) and line + text_width(nxt.group()) > room + EDGE_SLACK


def column_measure(pieces: list[float]) -> int | None:
    """The characters of a full body line in a markdown dump, from the widths (indent included) of the body
    pieces that end without a stop: most are cut at a column's foot and so fill whole lines. The measure that
    at least 60% of them fill, by the widest margin over chance (a multiple of it is fitted as well: the
    smallest such measure wins); None when there are too few pieces or none fits."""
    if len(pieces) < MIN_PIECES:
        return None
    fills, chance = _fill_table(pieces)
    hits = fills.sum(axis=1).tolist()
    best, measure = 0.0, None
    for m, hit, luck in zip(MEASURE, hits, chance.tolist()):
        if len(pieces) - hit > 0.4 * len(pieces):
            continue                    # more pieces than this that do not fill lines rule a measure out
        score = hit - luck
        if score > best:
            best, measure = score, m
    for k in (3, 2):
        if measure and measure % k == 0 and measure // k in MEASURE and \
                hits[measure // k - MEASURE.start] >= 0.6 * len(pieces):
            return measure // k
    return measure


def _fill_table(pieces: list[float]) -> tuple[np.ndarray, np.ndarray]:
    """For each measure of ``MEASURE`` (a row) and each piece: whether the piece fills whole lines of it
    (``fills_lines``, worked out for all at once); and for each measure, the number of pieces that would by
    chance (each piece's odds summed in order, as a loop would)."""
    width, measure = np.array(pieces, dtype=float), np.array(MEASURE)[:, None]
    r = width % measure
    r = np.where(r > measure / 2, r - measure, r)
    fills = (-(1.0 + 0.2 * width / measure) <= r) & (r <= 0.6)
    chance = np.minimum(1.0, (1.6 + 0.2 * width / measure) / measure).cumsum(axis=1)[:, -1]
    return fills, chance
