"""Instructions per character of extraction, counted by callgrind: deterministic where CPU time on a shared
machine is not.

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=OUT \\
        python bench/ner_instructions.py [--sentences 1000] [--pages 0]

Runs ``entities`` on 200 warm-up sentences of the 1998 held-out slice (``bench.ner_eval``), then switches
callgrind's instrumentation on (``callgrind_control``, as ``bench/instructions.py`` does) for the next
``--sentences`` sentences only. With ``--pages N``, the page-level stage of ``baoku extract`` instead:
``extract_page`` on N restored md-stream pages of the dev set after three warm-up pages, the restores done
before instrumentation. valgrind's "Collected" figure divided by the character count printed on stderr is the
figure (run with ``PYTHONHASHSEED=0``). It measures the checkout it lives in. Prints figures; it is no test.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import baoku  # noqa: E402
from baoku.extract import entities, extract_page  # noqa: E402
from bench import pages as P  # noqa: E402
from bench.ner_eval import load_set, pd_held_out  # noqa: E402

WARM_UP_SENTENCES = 200
WARM_UP_PAGES = 3


def instrument(on: bool) -> None:
    """Switch callgrind's instrumentation of this process on or off."""
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(os.getpid())], check=True,
                   capture_output=True)


def instrumented(fn, items: list, warm_up: int) -> None:
    """``fn`` on the first ``warm_up`` items, then on the rest under instrumentation."""
    for x in items[:warm_up]:
        fn(x)
    instrument(True)
    for x in items[warm_up:]:
        fn(x)
    instrument(False)


def run_sentences(n: int) -> int:
    """``entities`` on ``n`` held-out sentences under instrumentation; their character count."""
    texts = [s["text"] for i, s in enumerate(load_set("pd1998-jan-train")) if pd_held_out(i)]
    texts = texts[:WARM_UP_SENTENCES + n]
    instrumented(entities, texts, WARM_UP_SENTENCES)
    return sum(map(len, texts[WARM_UP_SENTENCES:]))


def run_pages(n: int) -> int:
    """``extract_page`` on ``n`` restored dev pages under instrumentation; the characters of their articles."""
    # the dev set's own pages in name order, not whatever its cache folder holds
    folders = [P.set_dir("dev") / stem for stem in P.set_stems("dev")][:WARM_UP_PAGES + n]
    restored = [baoku.restore(f / "md-stream.txt", date=f.name[:10]) for f in folders]
    instrumented(extract_page, restored, WARM_UP_PAGES)
    return sum(len(f.text) for page in restored[WARM_UP_PAGES:] for a in page.articles
               for f in [a.kicker, a.headline, a.subheadline, *a.paragraphs] if f and f.text)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="bench/ner_instructions.py", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sentences", type=int, default=1000)
    ap.add_argument("--pages", type=int, default=0, help="measure extract_page on this many dev pages instead")
    args = ap.parse_args(argv)
    if args.pages:
        chars = run_pages(args.pages)
        what = f"{args.pages} dev pages extracted"
    else:
        chars = run_sentences(args.sentences)
        what = f"{args.sentences} held-out sentences tagged"
    print(f"{what} under instrumentation: {chars} characters", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
