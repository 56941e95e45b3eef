"""Page sets: pages laid out by ../shared/tools/pagegen from the corpus, cached outside the repository.

A set is a seeded, fixed list of whole issue dates, taken in order from its months' dates (shuffled within
each month, months taken in turn) until it holds at least the asked number of pages. The train set (for the
project's trained models, scripts/) takes the dev months' dates from the other end and never a dev date. A larger request extends the same list, so the gate set
(the first dates of the dev order) is a subset of dev, and ``--pages N`` reuses what is cached.
Pages hold corpus text: they live under ``~/.cache/baoku/pages/<set>/`` (``BAOKU_BENCH_CACHE``), never in git.

    python -m bench.pages --set dev [--pages N]
"""
from __future__ import annotations

import argparse
import functools
import importlib.util
import itertools
import os
import random
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LAYOUT_SEED = 1          # pagegen's --seed: the layout of a page depends only on it and the page's date/number


@dataclass(frozen=True)
class SetDef:
    months: tuple[str, ...]
    pages: int
    seed: int
    source: str = ""     # a set whose cached folders can be copied instead of generated
    exclude: str = ""    # a set whose dates this one never takes (its months' dates are taken from the end)


SETS = {
    "dev": SetDef(("2019-02", "2019-10", "2020-01"), 100, 1),
    "gate": SetDef(("2019-02", "2019-10", "2020-01"), 40, 1, source="dev"),
    "check": SetDef(("2020-02",), 40, 1),
    "train": SetDef(("2019-02", "2019-10", "2020-01"), 400, 1, exclude="dev"),
}


def shared_dir() -> Path:
    return Path(os.environ.get("BAOKU_SHARED") or REPO.parent / "shared")


def corpus_path() -> Path:
    return shared_dir() / "corpus" / "rmrb-dev.jsonl.gz"


def pagegen_path() -> Path:
    return shared_dir() / "tools" / "pagegen" / "pagegen.py"


def have_shared() -> bool:
    return corpus_path().is_file() and pagegen_path().is_file()


def cache_dir() -> Path:
    return Path(os.environ.get("BAOKU_BENCH_CACHE") or Path.home() / ".cache" / "baoku")


def set_dir(name: str) -> Path:
    return cache_dir() / "pages" / name


@functools.cache
def _pagegen():
    spec = importlib.util.spec_from_file_location("pagegen", pagegen_path())
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def eligible_pages() -> dict[str, list[int]]:
    """Date -> the page numbers pagegen lays out for it (pages with 2 to 9 articles), read from the corpus."""
    out: dict[str, list[int]] = {}
    for (date, page), arts in _pagegen().load_pages(corpus_path()).items():
        if 2 <= len(arts) <= 9:
            out.setdefault(date, []).append(page)
    return {d: sorted(p) for d, p in sorted(out.items())}


def set_dates(name: str, pages: int | None = None) -> list[str]:
    """The set's dates: its months' dates in seeded order, up to the first that brings it to ``pages``."""
    sd = SETS[name]
    rng = random.Random(sd.seed)
    by_month = [rng.sample(ds, len(ds)) for ds in ([d for d in eligible_pages() if d[:7] == m] for m in sd.months)]
    dates = [d for turn in itertools.zip_longest(*by_month) for d in turn if d]
    if sd.exclude:
        taken = set(set_dates(sd.exclude))
        dates = [d for d in reversed(dates) if d not in taken]
    want, chosen, count = pages or sd.pages, [], 0
    for d in dates:
        if count >= want:
            break
        chosen.append(d)
        count += len(eligible_pages()[d])
    return sorted(chosen)


def set_stems(name: str, pages: int | None = None) -> list[str]:
    return [f"{d}-{p:02d}" for d in set_dates(name, pages) for p in eligible_pages()[d]]


class GenerationError(RuntimeError):
    """pagegen failed or did not produce a page of the set."""


def ensure(name: str, pages: int | None = None) -> list[Path]:
    """Generate what is missing of a set (one pagegen run) and return its page folders."""
    out = set_dir(name)
    stems = set_stems(name, pages)
    source = SETS[name].source
    for stem in stems:
        src = set_dir(source) / stem if source else None
        if src and (src / "gold.json").exists() and not (out / stem / "gold.json").exists():
            shutil.copytree(src, out / stem, dirs_exist_ok=True)
    missing = sorted({s[:10] for s in stems if not (out / s / "gold.json").exists()})
    if missing:
        n = sum(len(eligible_pages()[d]) for d in missing)
        print(f"bench.pages: generating {n} pages of set {name!r} into {out} (about {2 * n} s)", file=sys.stderr)
        cmd = [sys.executable, str(pagegen_path()), "--articles", str(corpus_path()), "--out", str(out),
               "--dates", ",".join(missing), "--pages", str(n), "--seed", str(LAYOUT_SEED)]
        if subprocess.run(cmd, stdout=subprocess.DEVNULL).returncode:
            raise GenerationError(f"pagegen failed on set {name!r} (it needs chromium, fonts-noto-cjk, pymupdf)")
    folders = [out / s for s in stems]
    lost = [f.name for f in folders if not (f / "gold.json").exists()]
    if lost:
        raise GenerationError(f"pagegen did not produce {len(lost)} pages of set {name!r}, e.g. {lost[0]}")
    return folders


def page_meta(folder: Path) -> tuple[str, int]:
    """A page folder's issue date and page number, from its name (``2019-10-01-04``)."""
    return folder.name[:10], int(folder.name[11:])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.pages", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="dev", choices=sorted(SETS))
    ap.add_argument("--pages", type=int, help="at least this many pages (default: the set's size)")
    ap.add_argument("--list", action="store_true", help="print the set's dates and pages; generate nothing")
    args = ap.parse_args(argv)
    if not have_shared():
        print(f"bench.pages: no corpus or pagegen under {shared_dir()} (set BAOKU_SHARED)", file=sys.stderr)
        return 2
    if args.list:
        for d in set_dates(args.set, args.pages):
            print(d, " ".join(map(str, eligible_pages()[d])))
        return 0
    try:
        folders = ensure(args.set, args.pages)
    except GenerationError as e:
        print(f"bench.pages: {e}", file=sys.stderr)
        return 1
    print(f"{args.set}: {len(folders)} pages in {set_dir(args.set)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
