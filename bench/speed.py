"""Speed of baoku on one core: pages/s, characters/s and peak memory, against jieba.lcut on the same text.

    python -m bench.speed [--set dev] [--pages N] [--repeat 3] [--memory-pages 10]

Restores every text dump (and the PDFs, when baoku reads them) of the set, runs ``extract_page`` on the
restored pages when baoku has it, and segments the same dump text with jieba. Times are CPU time on the one core
the benchmark is pinned to, each result dropped before the next call, as the CLI and ingest stream pages.
Each timed pass runs in a fresh process forked before baoku has restored anything, so that no pass finds the
caches of another (a second pass over the same pages, or the same paragraphs in another format, would hit
them). The set's first page is an untimed call before each pass and is left out of its figures (models and
patterns load on first use, once per process; the pages that extraction runs on are restored untimed in its
process). Passes are repeated: the
figures are the median pass, with the best one (CPU time on a shared virtual machine swings by 10-20 % from
run to run). Peak memory is traced (tracemalloc) on the first pages of the first pass only, then the largest
max RSS of the passes' processes. Prints figures; it is no test.
"""
from __future__ import annotations

import argparse
import multiprocessing
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


def one_pass(what: str, fmt: str, folders: list[Path], memory_pages: int) -> tuple[float, int | None]:
    """In a fresh process: the CPU seconds of one pass of ``what`` (jieba, restore or extract) over the format's
    pages but the first, after an untimed call on the first, and the traced peak of ``memory_pages`` calls."""
    if what == "jieba":
        import jieba
        fn, items = jieba.lcut, [input_path(f, fmt).read_text(encoding="utf-8") for f in folders]
    else:
        import baoku

        def fn(folder):
            date, number = P.page_meta(folder)
            return baoku.restore(input_path(folder, fmt), date=date, page=number)
        items = folders
        if what == "extract":
            from baoku.extract import extract_page
            fn, items = extract_page, [fn(f) for f in folders]
    fn(items[0])
    secs = timed(fn, items[1:])
    return secs, traced_peak(fn, items[1:memory_pages + 1]) if memory_pages else None


def passes(pool_context, what: str, fmt: str, folders: list[Path], repeat: int, memory_pages: int):
    """``repeat`` passes, each in a new process: their seconds, and the first pass's traced peak."""
    out, peak = [], None
    for i in range(repeat):
        with pool_context.Pool(1, maxtasksperchild=1) as pool:
            secs, traced = pool.apply(one_pass, (what, fmt, folders, memory_pages if i == 0 else 0))
        out.append(secs)
        peak = traced if i == 0 else peak
    return out, peak


def median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def line(what: str, seconds: list[float], n: int, chars: int, peak: int | None = None) -> str:
    """Figures of the median pass (the upper median), with the best pass's pages/s when there are several."""
    best = f"  (best {n / min(seconds):6.1f})" if len(seconds) > 1 else ""
    mem = f"  peak {peak / 2**20:6.1f} MiB" if peak is not None else ""
    return f"{what:<22} {n / median(seconds):8.1f} pages/s{best}  {chars / median(seconds):10.0f} chars/s{mem}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.speed", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="dev", choices=sorted(P.SETS))
    ap.add_argument("--pages", type=int, help="at least this many pages (default: the set's size)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes of each measure (median and best)")
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
    if len(folders) < 2:
        print("bench.speed: a set of two pages or more is needed (the first is the untimed call)", file=sys.stderr)
        return 1
    import jieba
    jieba.setLogLevel(60)
    jieba.initialize()          # (loaded once here: the forked passes share the dictionary)
    try:
        import baoku        # (imported, never run, before the passes fork)
    except ImportError:
        baoku = None
    context = multiprocessing.get_context("fork")
    timed_folders = folders[1:]
    print(f"set {args.set}: {len(timed_folders)} pages timed (the first page of {len(folders)} is the untimed "
          f"call), one core, CPU time, median of {args.repeat} passes; PDF characters counted on lines.txt")
    for fmt in (*TEXT_FORMATS, "pdf"):
        text_fmt = "lines" if fmt == "pdf" else fmt
        chars = sum(len(input_path(f, text_fmt).read_text(encoding="utf-8")) for f in timed_folders)
        jieba_secs, _ = passes(context, "jieba", text_fmt, folders, args.repeat, 0)
        print(line(f"{fmt} jieba.lcut", jieba_secs, len(timed_folders), chars))
        if baoku is not None:
            report_restore(context, fmt, folders, chars, median(jieba_secs), args)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"max RSS of a pass's process: {usage / 1024:.0f} MiB")
    return 0


def report_restore(context, fmt: str, folders: list[Path], chars: int, jieba_secs: float, args):
    """Restore (and extract, when baoku has it) one format's pages; print figures and the ratio to jieba."""
    for what in ("restore", "extract"):
        try:
            secs, peak = passes(context, what, fmt, folders, args.repeat, args.memory_pages)
        except Exception as e:  # noqa: BLE001 — what baoku cannot do yet is skipped, not fatal
            print(f"{fmt} {what}: skipped ({type(e).__name__}: {e})")
            return
        print(line(f"{fmt} {what}", secs, len(folders) - 1, chars, peak)
              + f"  {median(secs) / jieba_secs:5.1f}x jieba time")


if __name__ == "__main__":
    sys.exit(main())
