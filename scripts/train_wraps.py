#!/usr/bin/env python3
"""Train the wrap model of line dumps (baoku/restore/headings.py, ``continues_line``): logistic regression over
the features of every pair of heading lines where a hand-set sign says wrap and no open bracket settles it
(does the second line go on with the title before it, or open a field of its own — a kicker's headline, a
headline's subheadline, the next story's title?), on the lines dumps of the bench's train pages (pagegen layouts
of People's Daily issues of 2019-02, 2019-10 and 2020-01 that the dev, gate and check sets never use). Labels come from the pages' gold: a wrap
when the two lines joined lie inside one gold kicker, headline or subheadline; an edge when the first ends
such a field and the second opens one or opens a paragraph. Writes baoku/data/wraps.json (weights and feature
scaling; no text).

    python scripts/train_wraps.py [--pages 400] [--rounds 2]
"""
import json
import pathlib

from fitting import ROOT, norm, train_page_args, train_rounds, tune_threshold, write_model

from bench import pages as P
import baoku
from baoku.restore import headings

FORMAT = "lines"


def _gold_texts(folder: pathlib.Path) -> tuple[list[str], list[str]]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    heads = [norm(a[k]).lstrip("—") for a in gold for k in ("kicker", "title", "subtitle") if a.get(k)]
    paras = [norm(p) for a in gold for p in a["paragraphs"]]
    return heads, paras


def collect(folders, model_ready: bool) -> tuple[list[dict], list[int]]:
    X, y = [], []
    record: list[tuple[dict, str, str]] = []

    def recording(field, u, units, text="", column=None):
        f = headings.wrap_features(field, u, units)
        if f["unclosed"] or not any(f[k] for k in ("wrapped", "dangling", "boxed", "splits_word")):
            return original(field, u, units, text, column)
        record.append((f, headings.text_of(field), u.text))
        return original(field, u, units, text, column) if model_ready else (True, 1.0)  # bootstrap: every sign a wrap

    original = headings.continues_line
    headings.continues_line = recording
    try:
        for folder in folders:
            heads, paras = _gold_texts(folder)
            record.clear()
            baoku.restore(folder / f"{FORMAT}.txt")
            for f, before, line in record:
                a, b = norm(before).lstrip("—"), norm(line).lstrip("—")
                if not a or not b:
                    continue
                if any(a + b in h for h in heads):
                    X.append(f), y.append(1)
                elif any(h.endswith(a) for h in heads) and (any(h.startswith(b) for h in heads)
                                                           or any(p.startswith(b) for p in paras)):
                    X.append(f), y.append(0)
    finally:
        headings.continues_line = original
    return X, y


def main() -> None:
    args = train_page_args(__doc__)
    folders = P.ensure("train", args.pages)
    out = ROOT / "baoku" / "data" / headings.WRAP_MODEL
    model = train_rounds(out, lambda ready: collect(folders, ready), len(folders),
                         "P(a heading line of a line dump that looks like a wrap goes on with the title before it)",
                         "wraps", args.rounds, extra={"threshold": 0.5}, scope="(line dumps)")
    t, s = tune_threshold(folders, model, out, (0.3, 0.4, 0.5, 0.6, 0.7), (FORMAT,),
                          ("grouping_f1", "headline_acc", "exact_rate"))
    model["threshold"] = t
    model["note"] += (
        f" Threshold {t} chosen on the train pages (line dumps: grouping F1 {s['grouping_f1']:.4f}, headline "
        f"accuracy {s['headline_acc']:.4f}, exact-article rate {s['exact_rate']:.4f}).")
    write_model(out, model)
    print(f"threshold {t}")


if __name__ == "__main__":
    main()
