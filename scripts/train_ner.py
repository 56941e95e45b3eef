"""Train the character tagger that baoku.extract ships (baoku/data/extract/ner.crfsuite).

    nice python scripts/train_ner.py [--sets pd cluener resume] [--iterations 150] [--c1 0.5] [--verbose]
                                     [--no-words] [--hmm] [--narrow] [--no-outer] [--translit]
                                     [--cross-fill TITLE LOC [--fill-iterations 80]]
                                     [--validate [--curve TSV]] [--period 10] [--delta 1e-5]
                                     [--limit N] [-o OUT]

Training data (../shared/ner, read at run time, never copied), by default: pd1998-jan-train less its
held-out slice (``bench.ner_eval.pd_held_out``), cluener2020-train and resume-train. The whole of
msra-train and boson-train, or the msra-train sentences that label people only (``msra-per``), can be
added (``--sets``); they lowered the 1998 figures (their place/organization conventions differ). The
development sets (cluener2020-dev-a, the held-out 1998 slice) never enter training.

Labels (BIOES): PER, LOC, ORG (government bodies and other organizations together; baoku.extract tells
them apart afterwards), TITLE, DATE. Sets that do not label titles or dates get them filled in from the
lexicons (``baoku.extract.titles.rule_titles``, ``baoku.extract.features.date_matcher``) wherever no labelled
entity is, so that the tagger is not taught that they are nothing. With ``--cross-fill``, a type is first
filled from a tagger trained on the sets that label it (``FILL_SOURCES``: titles from CLUENER and the resumes
into the 1998 sentences, places from the 1998 sentences into CLUENER and the resumes, which label only
street addresses and scenes or no places), then from the lexicons as before.
Features: ``baoku.extract.features.featurize`` — characters, classes, lexicon and date marks, and (unless
``--no-words``) the features of each character's jieba word (precise mode, HMM only with ``--hmm``);
``--narrow`` and ``--no-outer`` leave out the wider windows (see ``featurize``) for speed; the
options are written into the model's card (``ner.crfsuite.json``, "features") and used when tagging.
``--validate`` holds out a validation split carved from the training data — the 1998 sentences with
``(i // 500) % 10 == 3`` and the CLUENER training sentences with ``i % 10 == 9`` — trains on the rest and
prints the entity F1s on that split (settings are chosen on it, not on the development sets).
Algorithm: CRFsuite (python-crfsuite, MIT; CRFsuite BSD), L-BFGS with L1+L2 regularization (the L1 term
keeps the model small).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ner_eval import load_set, pd_held_out  # noqa: E402
from baoku.extract.features import FEAT, date_matcher, featurize  # noqa: E402
from baoku.extract.titles import rule_titles  # noqa: E402

MAPS = {
    "pd": ("pd1998-jan-train", {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "DATE": "DATE"}),
    "msra": ("msra-train", {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}),
    # MSRA sentences whose only entities are people: more names, without MSRA's place/organization habits
    "msra-per": ("msra-train", {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}),
    "cluener": ("cluener2020-train", {"name": "PER", "position": "TITLE", "government": "ORG",
                                      "organization": "ORG", "company": "ORG", "address": "LOC",
                                      "scene": "LOC"}),
    "boson": ("boson-train", {"person_name": "PER", "location": "LOC", "org_name": "ORG",
                              "company_name": "ORG"}),
    "resume": ("resume-train", {"NAME": "PER", "TITLE": "TITLE", "ORG": "ORG"}),
}
MODEL = ROOT / "baoku" / "data" / "extract" / "ner.crfsuite.gz"


def spans_of(sentence: dict, mapping: dict) -> list[tuple[int, int, str]] | None:
    out = []
    for e in sentence["entity_list"]:
        t = mapping.get(e["entity_type"])
        if t is None:
            continue
        s, en = e["entity_index"]["begin"], e["entity_index"]["end"]
        if t == "LOC" and (en - s > 8 or any(c.isdigit() for c in e["entity"])):
            return None                # a street address: not a place name in the sense we tag
        out.append((s, en, t))
    return out


def fill(text: str, spans: list, labels: set, filled: list = ()) -> list:
    """Add the spans of ``filled`` (types this set does not label, tagged by a filler model), then lexicon
    titles and pattern dates, where the set labels neither and nothing else is labelled."""
    taken = bytearray(len(text))
    for s, e, _ in spans:
        taken[s:e] = b"\x01" * (e - s)
    extra = []
    if "TITLE" not in labels:
        extra += [(s, e, "TITLE") for s, e in rule_titles(text)]
    if "DATE" not in labels:
        extra += [(m.start(), m.end(), "DATE") for m in date_matcher().finditer(text.translate(FEAT))
                  if m.end() > m.start()]
    orgs = {(s, e) for s, e, t in spans if t == "ORG"}
    for s, e, t in list(filled) + sorted(extra):
        if not any(taken[s:e]):
            spans.append((s, e, t))
            taken[s:e] = b"\x01" * (e - s)
        elif t == "TITLE":
            # a labelled body at the head of a lexicon title (北京市委|书记): the rest is the title
            head = max((oe for os_, oe in orgs if os_ == s and oe < e), default=None)
            if head is not None and not any(taken[head:e]):
                spans.append((head, e, t))
                taken[head:e] = b"\x01" * (e - head)
    return spans


def bioes(n: int, spans) -> list[str]:
    y = ["O"] * n
    for s, e, t in spans:
        if any(y[k] != "O" for k in range(s, e)):
            continue
        if e - s == 1:
            y[s] = "S-" + t
        else:
            y[s] = "B-" + t
            for k in range(s + 1, e - 1):
                y[k] = "M-" + t
            y[e - 1] = "E-" + t
    return y


def validation(key: str, i: int) -> bool:
    """Whether sentence ``i`` of a training set belongs to the validation split (``--validate``)."""
    if key == "pd":
        return (i // 500) % 10 == 3
    if key == "cluener":
        return i % 10 == 9
    return False


# the sets that label a type fully, for --cross-fill: a model trained on them fills the type into the others
FILL_SOURCES = {"TITLE": ("cluener", "resume"), "LOC": ("pd",)}


def examples(sets: list[str], limit: int | None, validate: bool = False, split: bool = False,
             fillers: tuple = (), opts: dict | None = None):
    """(set, text, BIOES labels) of the training sentences — or, with ``split``, of the validation split.
    ``fillers``: (tagger, type, source sets) — the type as tagged by the tagger is filled into the sentences
    of the other sets where they label nothing (nor a book, game or movie title)."""
    from baoku.extract.tagging import label_spans
    for key in sets:
        name, mapping = MAPS[key]
        labels = set(mapping.values())
        n = 0
        for i, s in enumerate(load_set(name)):
            if key == "pd" and pd_held_out(i):
                continue
            if (validate or split) and validation(key, i) != split:
                continue
            spans = spans_of(s, mapping)
            if spans is None or not s["text"].strip():
                continue
            if key == "msra-per" and (not spans or any(t != "PER" for _, _, t in spans)):
                continue
            filled = []
            if fillers:
                x = featurize(s["text"], **opts)
                blocked = [(e["entity_index"]["begin"], e["entity_index"]["end"]) for e in s["entity_list"]
                           if e["entity_type"] not in mapping]
                for tg, typ, sources in fillers:
                    if key not in sources:
                        filled += [(a, b, t) for a, b, t in label_spans(tg.tag(x))
                                   if t == typ and not any(a < be and bs < b for bs, be in blocked)]
            spans = fill(s["text"], spans, labels, sorted(filled))
            yield key, s["text"], bioes(len(s["text"]), spans)
            n += 1
            if limit and n >= limit:
                break


def train_fillers(args, opts: dict) -> tuple:
    """For each type of ``--cross-fill``, a tagger trained on the sets that label it (``FILL_SOURCES``, those
    among ``--sets``; the validation split left out as for the main model), ``--fill-iterations``."""
    import tempfile

    import pycrfsuite
    out = []
    for typ in args.cross_fill:
        sources = tuple(k for k in FILL_SOURCES[typ] if k in args.sets)
        trainer = pycrfsuite.Trainer(verbose=False)
        for _, text, y in examples(list(sources), args.limit, args.validate):
            trainer.append(featurize(text, **opts), y)
        trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.fill_iterations,
                            "feature.minfreq": args.minfreq, "feature.possible_transitions": True})
        path = Path(tempfile.mkdtemp()) / f"fill-{typ}.crfsuite"
        t0 = time.time()
        trainer.train(str(path))
        tg = pycrfsuite.Tagger()
        tg.open(str(path))          # CRFsuite reads the whole file in: it can go
        path.unlink()
        path.parent.rmdir()
        print(f"filler {typ} from {'+'.join(sources)} trained in {time.time() - t0:.0f} s", flush=True)
        out.append((tg, typ, sources))
    return tuple(out)


def main(argv=None) -> int:
    import pycrfsuite
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=["pd", "cluener", "resume"], choices=list(MAPS))
    ap.add_argument("--limit", type=int, help="at most N sentences per set (quick trials)")
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--period", type=int, default=10, help="L-BFGS stops when the objective improved by less "
                    "than --delta (relative) over this many iterations")
    ap.add_argument("--delta", type=float, default=1e-5)
    ap.add_argument("--c1", type=float, default=0.5)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--minfreq", type=float, default=2)
    ap.add_argument("-o", "--output", default=str(MODEL))
    ap.add_argument("--verbose", action="store_true", help="print CRFsuite's progress")
    ap.add_argument("--no-words", dest="words", action="store_false", help="without the jieba word features")
    ap.add_argument("--hmm", action="store_true", help="jieba's HMM for unknown words in the word features")
    ap.add_argument("--narrow", dest="wide", action="store_false",
                    help="no single characters two places away, no shifted class windows, no neighbouring "
                         "word tags (faster tagging)")
    ap.add_argument("--no-outer", dest="outer", action="store_false",
                    help="no bigrams that leave the character out (faster tagging)")
    ap.add_argument("--translit", action="store_true",
                    help="characters of transliterated foreign names as a class of their own in the class windows, "
                         "and runs of them marked (baoku/data/extract/translit.txt)")
    ap.add_argument("--validate", action="store_true",
                    help="hold out the validation split of the training sets and score the model on it")
    ap.add_argument("--curve", metavar="TSV",
                    help="with --validate: CRFsuite also tags the validation split after every iteration; its "
                         "per-iteration loss, character accuracy and label F1s go to this file (the curve "
                         "that shows when training has converged)")
    ap.add_argument("--cross-fill", nargs="+", default=[], choices=list(FILL_SOURCES), metavar="TYPE",
                    help="fill these types into the sets that do not label them with a tagger trained on the "
                         "sets that do (FILL_SOURCES), instead of leaving them unlabelled")
    ap.add_argument("--fill-iterations", type=int, default=80)
    args = ap.parse_args(argv)
    opts = {"words": args.words, "hmm": args.hmm, "wide": args.wide, "outer": args.outer}
    if args.translit:
        opts["translit"] = True
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=args.verbose)
    counts: dict[str, int] = {}
    chars = 0
    fillers = train_fillers(args, opts)
    for key, text, y in examples(args.sets, args.limit, args.validate, fillers=fillers, opts=opts):
        trainer.append(featurize(text, **opts), y)
        counts[key] = counts.get(key, 0) + 1
        chars += len(text)
    holdout = -1
    if args.curve and args.validate:
        for key, text, y in examples(args.sets, args.limit, split=True, fillers=fillers, opts=opts):
            trainer.append(featurize(text, **opts), y, 1)
        holdout = 1
    print(f"sentences {counts}, {chars:,} characters, features in {time.time() - t0:.0f} s", flush=True)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "period": args.period, "delta": args.delta,
                        "feature.minfreq": args.minfreq, "feature.possible_transitions": True})
    t1 = time.time()
    out = Path(args.output)
    raw = out.with_suffix("") if out.suffix == ".gz" else out
    trainer.train(str(raw), holdout)
    if holdout == 1:
        write_curve(Path(args.curve), trainer.logparser.iterations)
    info = trainer.logparser.last_iteration
    secs = time.time() - t1
    if out != raw:                       # the package ships the model gzip'd (baoku.extract opens it in memory)
        import gzip
        out.write_bytes(gzip.compress(raw.read_bytes(), 9))
        raw.unlink()
    size = out.stat().st_size
    print(f"trained in {secs:.0f} s, {len(trainer.logparser.iterations)} iterations, "
          f"model {size / 2**20:.2f} MiB, last iteration {json.dumps(info, default=str)[:300]}")
    meta = {"sets": counts, "characters": chars, "iterations": len(trainer.logparser.iterations),
            "max_iterations": args.iterations, "period": args.period, "delta": args.delta, "c1": args.c1, "c2": args.c2,
            "minfreq": args.minfreq, "features": opts,
            "cross_fill": args.cross_fill, "fill_iterations": args.fill_iterations if args.cross_fill else None, "validation_held_out": args.validate,
            "train_seconds": round(secs), "size_bytes": size}
    Path(str(raw) + ".json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    if args.validate:
        validate(out)
    return 0


def write_curve(path: Path, iterations: list[dict]) -> None:
    """One line per iteration: loss, active features, character accuracy and macro F1 on the validation split,
    and the F1 of each entity type's labels (B/M/E/S together, micro)."""
    types = ("PER", "LOC", "ORG", "TITLE", "DATE")
    rows = ["\t".join(("iteration", "loss", "active", "accuracy", "macro_f1") + types)]
    for it in iterations:
        f1s = []
        for t in types:
            sc = [v for k, v in it.get("scores", {}).items() if k.endswith("-" + t)]
            m, mo, r = (sum(x.match for x in sc), sum(x.model for x in sc), sum(x.ref for x in sc))
            f1s.append(f"{2 * m / (mo + r):.4f}" if mo + r else "")
        rows.append("\t".join([str(it["num"]), f"{it.get('loss', 0):.1f}", str(it.get("active_features", "")),
                               f"{it.get('item_accuracy_float', 0):.5f}", f"{it.get('avg_f1', 0):.4f}", *f1s]))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def validate(model: Path) -> None:
    """Entity F1 per type of the whole pipeline (tagger + rules) with ``model`` on the validation split."""
    import os

    from bench.ner_eval import CLUENER_MAP, CLUENER_TYPES, PD_MAP, PD_TYPES, gold_spans, predict_cluener, \
        predict_pd, score
    os.environ["BAOKU_NER_MODEL"] = str(model)
    for key, mapping, types, predict in (("pd", PD_MAP, PD_TYPES, predict_pd),
                                         ("cluener", CLUENER_MAP, CLUENER_TYPES, predict_cluener)):
        data = [s for i, s in enumerate(load_set(MAPS[key][0]))
                if validation(key, i) and not (key == "pd" and pd_held_out(i))]
        res = score([(gold_spans(s, mapping), predict(s["text"])) for s in data], types)
        print(f"validation {key} ({len(data)} sentences): "
              + ", ".join(f"{t} {r['f']:.3f}" for t, r in res.items()), flush=True)


if __name__ == "__main__":
    sys.exit(main())
