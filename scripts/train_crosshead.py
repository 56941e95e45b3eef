#!/usr/bin/env python3
"""Train the crosshead model (baoku/restore/crosshead.py): logistic regression over the features of every
crosshead-or-headline decision that no hard rule settles (``crosshead.settled``, the rules ``is_crosshead``
applies before the model), on the bench's train pages (pagegen layouts of People's Daily issues of 2019-02,
2019-10 and 2020-01 that the dev, gate and check sets never use), in all three text-dump formats; the
model's own decisions are taken at its threshold, as at run time. Labels come from the pages' gold: the run
is a crosshead when its lines are paragraphs of a gold story, a headline when they are a gold headline,
kicker or subheadline.
Writes baoku/data/crosshead.json (weights and feature scaling; no text).

    python scripts/train_crosshead.py [--pages 400]
"""
import json

from fitting import FORMATS, ROOT, norm, train_page_args, train_rounds, tune_threshold, write_model

from bench import pages as P
import baoku
from baoku.restore import articles, crosshead, logistic


def collect(folders, model_ready: bool) -> tuple[list[dict], list[int]]:
    X, y = [], []
    record: list[tuple[dict, list]] = []

    def recording(run, nxt, cur, after, earlier, coh, column):
        hard = crosshead.settled(run, nxt, cur, earlier, column)
        if hard is not None:
            return hard, float(hard)
        f = crosshead.features(run, cur, after, earlier, coh, column)
        record.append((f, run))
        if model_ready:
            p = crosshead.probability(f)
            return p >= logistic.load(crosshead.MODEL).get("threshold", 0.5), p
        return f["sim_before_after"] >= 0.02, 0.5     # bootstrap: the cohesion rule the model replaces

    articles.is_crosshead = recording
    try:
        for folder in folders:
            gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
            paras = {norm(p) for a in gold for p in a["paragraphs"]}
            heads = {norm(a[k]) for a in gold for k in ("kicker", "title", "subtitle") if a.get(k)}
            heads |= {h.lstrip("—") for h in heads}
            for fmt in FORMATS:
                record.clear()
                baoku.restore(folder / f"{fmt}.txt")
                for f, run in record:
                    texts = [norm(u.text) for u in run]
                    joined = "".join(texts)
                    if joined in paras or all(t in paras for t in texts):
                        X.append(f), y.append(1)
                    elif joined in heads or texts[0] in heads or joined.lstrip("—") in heads:
                        X.append(f), y.append(0)
    finally:
        articles.is_crosshead = crosshead.is_crosshead
    return X, y


def main() -> None:
    args = train_page_args(__doc__)
    folders = P.ensure("train", args.pages)
    out = ROOT / "baoku" / "data" / "crosshead.json"

    model = train_rounds(out, lambda ready: collect(folders, ready), len(folders),
                         "P(a run of heading lines is a crosshead of the story before it)", "crossheads", args.rounds)
    t, s = tune_threshold(folders, model, out, (0.2, 0.3, 0.4, 0.5, 0.6))
    model["threshold"] = t
    model["note"] += (f" Threshold {t} chosen on the train pages (grouping F1 {s['grouping_f1']:.4f}, "
                      f"exact-article rate {s['exact_rate']:.4f} over the three formats).")
    write_model(out, model)
    print(f"threshold {t}")


if __name__ == "__main__":
    main()
