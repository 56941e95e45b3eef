"""Instructions per restored page, counted by callgrind: deterministic where CPU time on a shared machine is not.

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=OUT \\
        python bench/instructions.py [--set dev] [--format lines] [--pages 20]

Restores three warm-up pages of the set, then switches callgrind's instrumentation on (``callgrind_control``)
for the next ``--pages`` pages only; valgrind's "Collected" figure divided by the page count is the figure
docs/EVALUATION.md reports (run with ``PYTHONHASHSEED=0``). It measures the checkout it lives in, whatever the
current directory. Prints figures; it is no test.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import baoku  # noqa: E402
from bench import pages as P  # noqa: E402
from bench.restore_eval import input_path  # noqa: E402

WARM_UP = 3


def instrument(on: bool) -> None:
    """Switch callgrind's instrumentation of this process on or off."""
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(os.getpid())], check=True,
                   capture_output=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="bench/instructions.py", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="dev")
    ap.add_argument("--format", default="lines", choices=["md-xycut", "md-stream", "lines", "pdf"])
    ap.add_argument("--pages", type=int, default=20)
    args = ap.parse_args(argv)
    # the set's own pages in name order, not whatever its cache folder holds (a larger --pages run adds pages)
    folders = [P.set_dir(args.set) / stem for stem in P.set_stems(args.set)][:WARM_UP + args.pages]
    paths = [input_path(f, args.format) for f in folders]
    # a dump is restored from its text, a PDF from its path (the file is read inside the measured call)
    texts = paths if args.format == "pdf" else [p.read_text(encoding="utf-8") for p in paths]
    for text in texts[:WARM_UP]:
        baoku.restore(text)
    instrument(True)
    for text in texts[WARM_UP:]:
        baoku.restore(text)
    instrument(False)
    print(f"{len(texts) - WARM_UP} {args.format} pages restored under instrumentation", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
