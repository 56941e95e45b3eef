"""Quality gate: baoku on the fixed gate set must meet every floor pinned in bench/floors.json.

    python -m bench.gate

Exit 0 when every floor is met, 1 when one is missed (or baoku cannot run), 0 with a notice when
../shared is absent (1 under CI=true). Generates the gate set first if it is not cached (needs chromium).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import pages as P
from .restore_eval import FORMATS, evaluate, systems, table
from .score import RATES

FLOORS = Path(__file__).with_name("floors.json")


def misses(results: dict, floors: dict) -> list[str]:
    """Every pinned floor a format's figures fall short of (an unsupported format misses all of its floors)."""
    out = []
    for fmt, pinned in floors.items():
        got = results.get(fmt)
        if got is None:
            out.append(f"{fmt}: not evaluated")
            continue
        for metric, floor in pinned.items():
            if metric not in RATES:
                out.append(f"{fmt}: unknown metric {metric!r} in floors.json")
            elif got.get("unsupported"):
                out.append(f"{fmt} {metric}: format unsupported, floor {floor}")
            elif got.get(metric) is None or got[metric] < floor:
                out.append(f"{fmt} {metric}: {got.get(metric)} < floor {floor}")
    return out


def main(argv=None) -> int:
    argparse.ArgumentParser(prog="python -m bench.gate", description=__doc__,
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args(argv)
    if not P.have_shared():
        ci = os.environ.get("CI") == "true"
        print(f"bench.gate: {'FAIL' if ci else 'skipped'}: no corpus or pagegen under {P.shared_dir()}"
              " (set BAOKU_SHARED)", file=sys.stderr)
        return 1 if ci else 0
    runs = systems(["baoku"])
    if not runs:
        print("bench.gate: FAIL: baoku.restore is not importable", file=sys.stderr)
        return 1
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    try:
        folders = P.ensure("gate")
    except P.GenerationError as e:
        print(f"bench.gate: FAIL: {e}", file=sys.stderr)
        return 1
    results = evaluate(folders, list(FORMATS), runs)
    print(f"gate set: {len(folders)} pages")
    print(table(results, {}, list(FORMATS)))
    missed = misses(results["baoku"], floors)
    for m in missed:
        print("MISSED", m)
    print(f"bench.gate: {'FAIL' if missed else 'ok'}: {len(missed)} of "
          f"{sum(len(v) for v in floors.values())} floors missed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
