"""Speed of baoku on one core: pages/s, characters/s and peak memory, against jieba.lcut on the same text.

    python -m bench.speed [--set dev] [--pages N] [--memory-pages 10]

Restores every text dump (and the PDFs, when baoku reads them) of the set, runs ``extract_page`` on the
restored pages when baoku has it, and segments the same dump text with jieba in the same run. Times are the
process's CPU time on the one core it is pinned to, each result dropped before the next call, as the CLI and
ingest stream pages (the pages that extraction runs on are restored again, untimed). Timing runs without
tracing; peak memory is traced (tracemalloc) on the first pages only, then the process's max RSS.
Prints figures; it is no test.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from . import pages as P
from .restore_eval import input_path

TEXT_FORMATS = ("md-xycut", "md-stream", "lines")


def timed(fn, items) -> float:
    """CPU seconds of this process for ``fn`` over ``items`` (on a shared machine the wall clock also counts
    other jobs' turns on the core). Each result is dropped before the next call: results kept in a list would
    add the cyclic collector's walks over all of them (11-14 % of the line dumps' restore time on the dev
    set), which a caller that streams pages does not pay."""
    t = time.process_time()
    for x in items:
        fn(x)
    return time.process_time() - t


def traced_peak(fn, items) -> int:
    """The largest traced allocation peak of one ``fn`` call, in bytes."""
    tracemalloc.start()
    peak = 0
    try:
        for x in items:
            tracemalloc.reset_peak()
            fn(x)
            peak = max(peak, tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()
    return peak


def line(what: str, seconds: float, n: int, chars: int, peak: int | None = None) -> str:
    mem = f"  peak {peak / 2**20:6.1f} MiB" if peak is not None else ""
    return f"{what:<22} {n / seconds:8.1f} pages/s  {chars / seconds:10.0f} chars/s{mem}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.speed", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="dev", choices=sorted(P.SETS))
    ap.add_argument("--pages", type=int, help="at least this many pages (default: the set's size)")
    ap.add_argument("--memory-pages", type=int, default=10, help="pages per format traced for peak memory")
    args = ap.parse_args(argv)
    if not P.have_shared():
        print(f"bench.speed: no corpus or pagegen under {P.shared_dir()} (set BAOKU_SHARED)", file=sys.stderr)
        return 2
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    try:
        folders = P.ensure(args.set, args.pages)
    except P.GenerationError as e:
        print(f"bench.speed: {e}", file=sys.stderr)
        return 1
    import jieba
    jieba.setLogLevel(60)
    jieba.initialize()
    try:
        import baoku
    except ImportError:
        baoku = None
    print(f"set {args.set}: {len(folders)} pages, one core, CPU time; PDF characters counted on lines.txt")
    for fmt in (*TEXT_FORMATS, "pdf"):
        texts = [input_path(f, "lines" if fmt == "pdf" else fmt).read_text(encoding="utf-8") for f in folders]
        chars = sum(map(len, texts))
        jieba_secs = timed(jieba.lcut, texts)
        print(line(f"{fmt} jieba.lcut", jieba_secs, len(texts), chars))
        if baoku is not None:
            report_restore(baoku, fmt, folders, chars, jieba_secs, args.memory_pages)
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"max RSS of the process: {usage / 1024:.0f} MiB")
    return 0


def report_restore(baoku, fmt: str, folders: list[Path], chars: int, jieba_secs: float, memory_pages: int):
    """Restore (and extract, when baoku has it) one format's pages; print figures and the ratio to jieba."""
    def restore(folder):
        date, number = P.page_meta(folder)
        return baoku.restore(input_path(folder, fmt), date=date, page=number)

    def measure(what, fn, items) -> bool:
        try:
            secs = timed(fn, items)
        except Exception as e:  # noqa: BLE001 — what baoku cannot do yet is skipped, not fatal
            print(f"{fmt} {what}: skipped ({type(e).__name__}: {e})")
            return False
        peak = traced_peak(fn, items[:memory_pages])
        print(line(f"{fmt} {what}", secs, len(items), chars, peak) + f"  {secs / jieba_secs:5.1f}x jieba time")
        return True

    restored = measure("restore", restore, folders)     # whether baoku restores this format
    try:
        from baoku.extract import extract_page
    except ImportError:
        extract_page = None
    if restored and extract_page is not None:
        measure("extract", extract_page, [restore(f) for f in folders])
    elif restored:
        print(f"{fmt} extract: skipped (baoku has no extract)")


if __name__ == "__main__":
    sys.exit(main())
