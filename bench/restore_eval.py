"""Restoration quality of baoku and the baselines on a page set, per input format.

    python -m bench.restore_eval [--set dev] [--pages N] [--formats md-xycut,md-stream,lines,pdf]
                                 [--systems baoku,naive,whole] [--json OUT] [--errors [SYSTEM]]

Prints a table (rates in %), writes the figures as JSON (default: <cache>/reports/restore_eval-<set>.json)
and, with --errors, every page's article mismatches to <cache>/reports/errors-<set>-<system>.txt.
A page that raises is counted as failed; a format baoku fails on every page of is reported unsupported.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from . import pages as P
from .baselines import BASELINES, read_input
from .errors import page_errors
from .score import RATES, score_page, summary

FORMATS = ("md-xycut", "md-stream", "lines", "pdf")
SHOWN = (("P", "purity"), ("R", "completeness"), ("F1", "grouping_f1"), ("head", "headline_acc"),
         ("kick", "kicker_acc"), ("sub", "subheadline_acc"), ("spK", "spurious_kickers"),
         ("spS", "spurious_subheadlines"), ("parF1", "paragraph_f1"), ("exact", "exact_rate"))


def input_path(folder: Path, fmt: str) -> Path:
    return folder / ("page.pdf" if fmt == "pdf" else f"{fmt}.txt")


def baoku_system():
    """A callable (path, date, page) -> page JSON around ``baoku.restore``, or None when there is none."""
    try:
        from baoku import restore
    except ImportError:
        return None

    def run(path: Path, date: str, page: int) -> dict:
        out = restore(path, date=date, page=page)
        data = out.to_json() if hasattr(out, "to_json") else out
        return json.loads(data) if isinstance(data, str) else data
    return run


def systems(names: list[str]) -> dict:
    out = {}
    for name in names:
        if name == "baoku":
            run = baoku_system()
            if run is None:
                print("restore_eval: baoku.restore is not importable; skipping baoku", file=sys.stderr)
                continue
            out[name] = run
        else:
            out[name] = lambda path, date, page, fn=BASELINES[name]: fn(read_input(path))
    return out


def evaluate(folders: list[Path], formats: list[str], runs: dict, errors: dict | None = None) -> dict:
    """{system: {format: summary}}; ``errors`` maps a system to a file that gets its mismatches."""
    counts = {s: {f: Counter() for f in formats} for s in runs}
    failures = {s: {f: [] for f in formats} for s in runs}
    sinks = {s: open(path, "w", encoding="utf-8") for s, path in (errors or {}).items() if s in runs}
    try:
        for i, folder in enumerate(folders, 1):
            _progress(i, len(folders), folder.name)
            gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
            date, number = P.page_meta(folder)
            for fmt in formats:
                for name, run in runs.items():
                    try:
                        page = run(input_path(folder, fmt), date, number)
                        scored = score_page(gold, page)
                        lines = page_errors(gold, page) if name in sinks else []
                    except Exception as e:  # noqa: BLE001 — one page's failure is a figure, not a crash
                        counts[name][fmt]["failed"] += 1
                        failures[name][fmt].append(f"{folder.name}: {type(e).__name__}: {e}")
                        continue
                    counts[name][fmt].update(scored)
                    if name in sinks:
                        sinks[name].write(f"== {folder.name} {fmt}: {len(lines)} mismatches\n")
                        sinks[name].writelines(line + "\n" for line in lines)
    finally:
        for f in sinks.values():
            f.close()
        print(file=sys.stderr)
    out = {}
    for name in runs:
        out[name] = {}
        for fmt in formats:
            fails = failures[name][fmt]
            if name == "baoku" and fmt == "pdf" and fails and len(fails) == len(folders):
                out[name][fmt] = {"unsupported": True, "error": fails[0]}
            else:
                out[name][fmt] = summary(counts[name][fmt]) | {"failures": fails[:20]}
    return out


def _progress(i: int, n: int, what: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{i}/{n} {what}", end="", file=sys.stderr, flush=True)


def gaps(results: dict, formats: list[str]) -> dict:
    """baoku minus the best baseline, per format and rate."""
    out = {}
    base = [s for s in results if s in BASELINES]
    for fmt in formats:
        ours = results.get("baoku", {}).get(fmt, {})
        if not base or ours.get("unsupported") or not ours:
            continue
        out[fmt] = {}
        for m in RATES:
            theirs = [results[b][fmt].get(m) for b in base if results[b][fmt].get(m) is not None]
            if ours.get(m) is not None and theirs:
                out[fmt][m] = ours[m] - max(theirs)
    return out


def _cell(v) -> str:
    if v is None:
        return "-"
    return str(v) if isinstance(v, int) else f"{100 * v:.1f}"


def table(results: dict, gap: dict, formats: list[str]) -> str:
    """The figures as aligned text, then notes on unsupported formats and failed pages."""
    head = ["format", "system", *(h for h, _ in SHOWN), "noloss", "failed"]
    rows, notes = [], []
    for fmt in formats:
        for name, per in results.items():
            s = per[fmt]
            if s.get("unsupported"):
                rows.append([fmt, name] + ["n/a"] * (len(head) - 2))
                notes.append(f"{name} {fmt}: unsupported ({s['error']})")
                continue
            rows.append([fmt, name, *(_cell(s[m]) for _, m in SHOWN),
                         f"{s['noloss_ok']}/{s['pages'] - s['failed']}", str(s["failed"])])
            notes += [f"{name} {fmt}: failed {f}" for f in s["failures"][:3]]
        if fmt in gap:
            rows.append([fmt, "gap", *("" if m.startswith("spurious") else _cell(gap[fmt].get(m))
                                       for _, m in SHOWN), "", ""])
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in [head, *rows]]
    return "\n".join(lines + notes)


def report_dir() -> Path:
    d = P.cache_dir() / "reports"
    d.mkdir(parents=True, exist_ok=True)
    return d


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.restore_eval", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="dev", choices=sorted(P.SETS))
    ap.add_argument("--pages", type=int, help="at least this many pages (default: the set's size)")
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--systems", default="baoku," + ",".join(BASELINES))
    ap.add_argument("--json", type=Path, help="write the figures here too")
    ap.add_argument("--errors", nargs="?", const="baoku", metavar="SYSTEM",
                    help="dump SYSTEM's per-article mismatches (default baoku)")
    args = ap.parse_args(argv)
    formats = [f for f in args.formats.split(",") if f]
    unknown = [f for f in formats if f not in FORMATS] + [s for s in args.systems.split(",")
                                                          if s != "baoku" and s not in BASELINES]
    if unknown:
        ap.error(f"unknown format or system: {', '.join(unknown)}")
    if not P.have_shared():
        print(f"restore_eval: no corpus or pagegen under {P.shared_dir()} (set BAOKU_SHARED)", file=sys.stderr)
        return 2
    try:
        folders = P.ensure(args.set, args.pages)
    except P.GenerationError as e:
        print(f"restore_eval: {e}", file=sys.stderr)
        return 1
    runs = systems(args.systems.split(","))
    errors = {args.errors: report_dir() / f"errors-{args.set}-{args.errors}.txt"} if args.errors else None
    results = evaluate(folders, formats, runs, errors)
    gap = gaps(results, formats)
    print(f"set {args.set}: {len(folders)} pages")
    print(table(results, gap, formats))
    doc = {"set": args.set, "pages": [f.name for f in folders], "formats": formats, "results": results, "gap": gap}
    for path in {report_dir() / f"restore_eval-{args.set}.json", *([args.json] if args.json else [])}:
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)
    if errors and args.errors in runs:
        print(f"wrote {errors[args.errors]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
