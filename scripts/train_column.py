#!/usr/bin/env python3
"""Train the markdown column model (baoku/restore/breaks.py): where the measure of a markdown dump's column
is reckoned, a fragment cut at the column's foot fills whole lines of it and a paragraph's last line mostly
does not. Logistic regression over the paragraph-break model's log-odds and that sign, on every decision the
restorer takes with the shipped paragraph-break model on the markdown dumps of the bench's train pages where
the measure is known, each labelled by the gold as in train_breaks.py.

Writes baoku/data/breaks_column.json (weights and feature scaling; no text).

    python scripts/train_column.py [--pages 400]
"""
import pathlib
import sys

from fitting import ROOT, logistic_model, train_page_args, write_model
from train_breaks import THRESHOLD, labelled

from bench import pages as P
from baoku.restore import breaks

FORMATS = ("md-xycut", "md-stream")


def collect(folders) -> tuple[list[dict], list[int]]:
    record: list[tuple[dict, str, str]] = []

    def recording(fragment, after, fmt, ends_short=False, opens_indented=False, fills=None):
        alone, p = breaks.stands_alone(fragment, after, fmt, ends_short, opens_indented)    # the first model alone
        if fills is not None:
            record.append((breaks.column_features(p, fills), fragment, after))
        return alone, p

    return labelled(folders, FORMATS, recording, record)


def main() -> None:
    args = train_page_args(__doc__)
    folders = P.ensure("train", args.pages)
    rows, y = collect(folders)
    fitted, acc, base = logistic_model(rows, y, steps=3000, lr=0.2)
    note = ("logistic model: P(a body fragment without a closing stop ends its paragraph), from the paragraph-break "
            "model's log-odds and whether the fragment fills whole lines of the markdown dump's reckoned column. "
            f"Trained by scripts/{pathlib.Path(sys.argv[0]).name} on the bench's train pages (pagegen layouts of "
            "People's Daily issues of 2019-02, 2019-10 and 2020-01 never used by the dev, gate or check sets), "
            f"{len(folders)} pages x 2 markdown formats, {len(y)} decisions where the measure was reckoned "
            f"({sum(y)} paragraph ends); held-out accuracy {acc:.3f} against {base:.3f} for the majority class.")
    write_model(ROOT / "baoku" / "data" / "breaks_column.json", {"note": note, "threshold": THRESHOLD, **fitted})
    print(f"{len(y)} decisions ({sum(y)} positive), held-out accuracy {acc:.3f} (majority {base:.3f})")
    print("  " + ", ".join(f"{k} {v:+.2f}" for k, v in fitted["weights"].items()))


if __name__ == "__main__":
    main()
