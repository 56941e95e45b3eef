#!/usr/bin/env python3
"""Train the paragraph-break model (baoku/restore/breaks.py): logistic regression over the features of every
decision the restorer takes on a body fragment without a closing stop — does it end its paragraph, or does
the next text go on with it? — on the bench's train pages in all three dump formats, each decision labelled
by the gold (the fragment's end and the next text's start inside one gold paragraph: a cut; at the end of
one and the start of the next: a paragraph end). Decisions that the gold cannot label are left out.

Writes baoku/data/breaks.json (weights and feature scaling; no text).

    python scripts/train_breaks.py [--pages 400] [--rounds 2]
"""
import json

from fitting import FORMATS, ROOT, norm, train_page_args, train_rounds

from bench import pages as P
import baoku
from baoku.restore import articles, breaks

EDGE = 12           # characters either side of the decision point that locate it in the gold
THRESHOLD = 0.52      # P(paragraph end) from which a fragment ends its paragraph: set by hand on the train pages,
#                     where fragments at even odds are column cuts more often than paragraph ends


def collect(folders, model_ready: bool) -> tuple[list[dict], list[int]]:
    record: list[tuple[dict, str, str]] = []

    def recording(fragment, after, fmt, ends_short=False, opens_indented=False, fills=None):
        f = breaks.features(fragment, after, fmt, ends_short, opens_indented)
        record.append((f, fragment, after))
        if model_ready:
            return breaks.stands_alone(fragment, after, fmt, ends_short, opens_indented, fills)
        return f["start_odds"] + f["end_odds"] > 2.0, 0.5      # bootstrap: the edge-odds rule the model replaced

    return labelled(folders, FORMATS, recording, record)


def labelled(folders, formats, recording, record: list) -> tuple[list[dict], list[int]]:
    """Restore every page of ``folders`` in ``formats`` with the restorer's paragraph-break decisions going
    through ``recording`` (which appends (features, fragment, next text) to ``record``), and label what it
    recorded by the gold: the features and the labels of the decisions the gold can label."""
    X, y = [], []
    articles.stands_alone = recording
    try:
        for folder in folders:
            gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
            text = "\n".join(norm(p) for a in gold for p in a["paragraphs"])
            for fmt in formats:
                record.clear()
                baoku.restore(folder / f"{fmt}.txt")
                for f, fragment, after in record:
                    if (lab := label(fragment, after, text)) is not None:
                        X.append(f), y.append(lab)
    finally:
        articles.stands_alone = breaks.stands_alone
    return X, y


def label(fragment: str, after: str, text: str) -> int | None:
    """The gold's word on a decision (``text``: the gold paragraphs, one a line): 1 when a paragraph ends
    between the fragment and the next text, 0 when one paragraph goes on through them, None when it cannot
    tell."""
    left, right = norm(fragment)[-EDGE:], norm(after)[:EDGE]
    if not left or not right:
        return None
    if left + right in text:
        return 0
    return 1 if left + "\n" + right in text else None


def main() -> None:
    args = train_page_args(__doc__)
    folders = P.ensure("train", args.pages)

    train_rounds(ROOT / "baoku" / "data" / "breaks.json", lambda ready: collect(folders, ready), len(folders),
                 "P(a body fragment without a closing stop ends its paragraph rather than being cut by a column or "
                 "line break)", "paragraph ends", args.rounds,
                 extra={"threshold": THRESHOLD}, steps=3000, lr=0.2)


if __name__ == "__main__":
    main()
