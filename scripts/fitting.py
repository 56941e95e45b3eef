"""What the training scripts share: logistic regression by gradient descent, the model file it makes and the
rounds of training on the restorer's own decisions, the text key that matches restored pieces to the gold,
and which corpus issues the evaluation keeps to itself."""
import argparse
import json
import pathlib
import re
import sys
import unicodedata
from functools import lru_cache
from typing import Callable

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FORMATS = ("md-xycut", "md-stream", "lines")      # the text dumps of every train page


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 4000, lr: float = 0.1):
    """Weights and bias of an L2-regularized logistic regression on standardized features ``X``."""
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        w -= lr * (X.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= lr * float(np.mean(p - y))
    return w, b


def norm(s: str) -> str:
    """The text with NFKC forms and no white space: how the scorer compares texts."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", s or ""))


def logistic_model(rows: list[dict[str, float]], labels: list[int], **fit_args) -> tuple[dict, float, float]:
    """A logistic model over feature dicts (standardized), its accuracy on every fifth row when fitted on the
    others, and the majority class's share of those rows. The model holds bias, weights, mean and scale."""
    names = list(rows[0])
    X = np.array([[row[k] for k in names] for row in rows])
    varies = X.std(0) > 1e-6                     # a feature that never changes carries nothing: left out
    X, names = X[:, varies], [k for k, v in zip(names, varies) if v]
    y = np.array(labels, float)
    mean, scale = X.mean(0), X.std(0)
    Z = (X - mean) / scale
    test = np.arange(len(y)) % 5 == 0
    w, b = fit(Z[~test], y[~test], **fit_args)
    acc = float(np.mean(((Z[test] @ w + b) > 0) == (y[test] > 0.5)))
    base = float(max(np.mean(y[test]), 1 - np.mean(y[test])))
    w, b = fit(Z, y, **fit_args)
    model = {"bias": round(float(b), 4),
             "weights": {k: round(float(v), 4) for k, v in zip(names, w)},
             "mean": {k: round(float(v), 5) for k, v in zip(names, mean)},
             "scale": {k: round(float(v), 5) for k, v in zip(names, scale)}}
    return model, acc, base


def train_page_args(doc: str) -> argparse.Namespace:
    """The options of a script that trains on the bench's train pages: --pages and --rounds."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=None)
    ap.add_argument("--rounds", type=int, default=2, help="retrain on decisions made with the last model")
    return ap.parse_args()


def write_model(out: pathlib.Path, model: dict) -> None:
    """Write a model file and make the package read it afresh."""
    from baoku.restore import logistic
    out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    logistic.load.cache_clear()


def train_rounds(out: pathlib.Path, collect: Callable[[bool], tuple[list[dict], list[int]]], pages: int,
                 what: str, positives: str, rounds: int, extra: dict | None = None, scope: str = "x 3 formats",
                 **fit_args) -> dict:
    """Fit a model ``rounds`` times, each time on the decisions ``collect(model_ready)`` gathers with the
    model of the round before (the first round with the script's bootstrap rule when ``out`` does not exist
    yet), and write it to ``out`` after each round, with a note saying ``what`` it is, its training pages
    (``scope``: which of their dumps) and decisions (``positives`` names the positive ones) and its held-out
    accuracy."""
    model_ready = out.exists()
    model: dict = {}
    for r in range(rounds):
        rows, y = collect(model_ready)
        fitted, acc, base = logistic_model(rows, y, **fit_args)
        note = (f"logistic model: {what}. Trained by scripts/{pathlib.Path(sys.argv[0]).name} on the bench's train "
                "pages (pagegen layouts of People's Daily issues of 2019-02, 2019-10 and 2020-01 never used by the "
                f"dev, gate or check sets), {pages} pages {scope}, {len(y)} decisions ({sum(y)} {positives}); "
                f"held-out accuracy {acc:.3f} against {base:.3f} for the majority class.")
        model = {"note": note, **(extra or {}), **fitted}
        write_model(out, model)
        model_ready = True
        print(f"round {r + 1}: {len(y)} decisions ({sum(y)} positive), held-out accuracy {acc:.3f} "
              f"(majority {base:.3f})")
        print("  " + ", ".join(f"{k} {v:+.2f}" for k, v in model["weights"].items()))
    return model


def tune_threshold(folders, model: dict, out: pathlib.Path, thresholds, formats=FORMATS,
                   keys=("grouping_f1", "exact_rate")) -> tuple[float, dict]:
    """The decision threshold (of ``thresholds``) with the best sum of the summary figures ``keys`` over the
    train pages ``folders`` in ``formats``, and that summary; each candidate is written to ``out`` to be scored."""
    import baoku
    from bench.score import score_page, summary
    best = None
    for t in thresholds:
        model["threshold"] = t
        write_model(out, model)
        total = None
        for folder in folders:
            gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
            for fmt in formats:
                c = score_page(gold, baoku.restore(folder / f"{fmt}.txt").to_json())
                total = c if total is None else total + c
        s = summary(total)
        print(f"  threshold {t}: " + ", ".join(f"{k} {s[k]:.4f}" for k in keys))
        if best is None or sum(s[k] for k in keys) > best[0]:
            best = (sum(s[k] for k in keys), t, s)
    return best[1], best[2]


@lru_cache(maxsize=1)
def _dev_dates() -> frozenset[str]:
    from bench import pages as P
    return frozenset(P.set_dates("dev"))


def held_out(date: str) -> bool:
    """Corpus issues the evaluation draws on are never trained on: the dev set's dates (the gate's are among
    them) and the check set's whole month."""
    from bench import pages as P
    return date in _dev_dates() or date[:7] in P.SETS["check"].months
