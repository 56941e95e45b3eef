"""The ``baoku`` command line; each command mirrors a Python API function."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from . import __version__
from .errors import InputError
from .pipeline import restore, restore_pages
from .render import to_html, to_markdown

SUFFIXES = {".md", ".txt", ".markdown", ".pdf"}
EXT = {"json": ".json", "md": ".md", "html": ".html"}


def _render(page, fmt: str, explain: bool) -> str:
    if fmt == "md":
        return to_markdown(page)
    if fmt == "html":
        return to_html(page)
    return page.dumps(explain=explain)


def _inputs(paths: list[str]) -> tuple[list[tuple[Path, Path]], bool]:
    """Expand directories into their page files, each with the relative path its output takes; the flag says
    whether the batch form is wanted."""
    out: list[tuple[Path, Path]] = []
    batch = len(paths) > 1
    for p in paths:
        path = Path(p)
        if path.is_dir():
            batch = True
            out += [(f, f.relative_to(path)) for f in sorted(path.rglob("*"))
                    if f.is_file() and f.suffix.lower() in SUFFIXES]
        else:
            out.append((path, Path(path.name)))
    seen: set[Path] = set()
    unique = []
    for f, rel in out:            # two inputs of one name from different folders keep their folders' names
        folder = f.parent
        while rel in seen and folder.name:
            rel = Path(f"{folder.name}__{rel.name}")
            folder = folder.parent
        seen.add(rel)
        unique.append((f, rel))
    return unique, batch


def cmd_restore(args: argparse.Namespace) -> int:
    files, batch = _inputs(args.inputs)
    opts = dict(date=args.date, paper=args.paper, page=args.page)
    if not batch:
        target = files[0][0] if files else Path(args.inputs[0])
        try:
            pages = restore_pages(target, **opts)
        except InputError as e:
            print(f"baoku: {e}", file=sys.stderr)
            return 1
        if len(pages) > 1:                  # a PDF of several pages: one output per page
            if not args.output:
                print(f"baoku: {target} has {len(pages)} pages: give -o DIR for one output file per page",
                      file=sys.stderr)
                return 2
            out = Path(args.output)
            out.mkdir(parents=True, exist_ok=True)
            for n, page in enumerate(pages, 1):
                (out / f"{target.stem}-p{n}{EXT[args.format]}").write_text(
                    _render(page, args.format, args.explain), encoding="utf-8")
            return 0
        text = _render(pages[0], args.format, args.explain)
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text + ("\n" if not text.endswith("\n") else ""))
        return 0
    if not args.output:
        print("baoku: several inputs need -o DIR for the output files", file=sys.stderr)
        return 2
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    from tqdm import tqdm
    done = failed = 0
    t0 = time.perf_counter()
    for f, rel in tqdm(files, desc="restore", unit="page", file=sys.stderr, disable=None):
        try:
            pages = restore_pages(f, **opts)
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            for n, page in enumerate(pages, 1):
                stem = rel.stem if len(pages) == 1 else f"{rel.stem}-p{n}"
                (out / rel.parent / (stem + EXT[args.format])).write_text(
                    _render(page, args.format, args.explain), encoding="utf-8")
            done += 1
        except InputError as e:
            failed += 1
            tqdm.write(f"baoku: {e}", file=sys.stderr)
        except Exception as e:  # one bad page never stops the batch
            failed += 1
            tqdm.write(f"baoku: {f}: internal error: {type(e).__name__}: {e}", file=sys.stderr)
    print(f"pages done {done}, failed {failed}, {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 1 if failed else 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Restore each page and extract entities, people and events (JSON), or person–title rows (CSV)."""
    import csv
    import io
    from .extract import CSV_HEADER, csv_rows, extract_page, page_json
    files, batch = _inputs(args.inputs)
    opts = dict(date=args.date, paper=args.paper, page=args.page)
    if batch and args.format == "json" and not args.output:
        print("baoku: several inputs need -o DIR for the output files", file=sys.stderr)
        return 2
    out_dir = Path(args.output) if batch and args.format == "json" else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    failed = 0
    for f, rel in files or [(Path(p), Path(Path(p).name)) for p in args.inputs]:
        try:
            page = extract_page(restore(f, **opts))
        except InputError as e:
            failed += 1
            print(f"baoku: {e}", file=sys.stderr)
            continue
        except Exception as e:  # one bad page never stops the batch
            failed += 1
            print(f"baoku: {f}: internal error: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        if args.format == "csv":
            writer.writerows(csv_rows(page))
        else:
            text = json.dumps(page_json(page), ensure_ascii=False, indent=1) + "\n"
            if out_dir:
                (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
                (out_dir / rel.with_suffix(".json")).write_text(text, encoding="utf-8")
            elif args.output:
                Path(args.output).write_text(text, encoding="utf-8")
            else:
                sys.stdout.write(text)
    if args.format == "csv":
        if args.output:
            Path(args.output).write_text(buf.getvalue(), encoding="utf-8")
        else:
            sys.stdout.write(buf.getvalue())
    if batch:
        print(f"pages done {len(files) - failed}, failed {failed}", file=sys.stderr)
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="baoku", description="报库: restore newspaper page dumps into articles.")
    ap.add_argument("--version", action="version", version=f"baoku {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("restore", help="restore page dumps (or PDF pages) into articles")
    r.add_argument("inputs", nargs="+", metavar="INPUT", help="page files or directories")
    r.add_argument("-o", "--output", help="output file (one input) or directory (several inputs)")
    r.add_argument("--format", choices=("json", "md", "html"), default="json")
    r.add_argument("--date", help="the page's date, YYYY-MM-DD (resolves datelines)")
    r.add_argument("--paper", help="the newspaper's name")
    r.add_argument("--page", type=int, help="the page number")
    r.add_argument("--explain", action="store_true", help="include each article's decisions in the JSON")
    r.set_defaults(func=cmd_restore)
    x = sub.add_parser("extract", help="restore pages and extract entities, people with titles, and events")
    x.add_argument("inputs", nargs="+", metavar="INPUT", help="page files or directories")
    x.add_argument("-o", "--output", help="output file (one input, or CSV) or directory (several inputs, JSON)")
    x.add_argument("--format", choices=("json", "csv"), default="json",
                   help="page JSON with entities/people/events, or one CSV row per person, title and article")
    x.add_argument("--date", help="the page's date, YYYY-MM-DD (resolves relative dates)")
    x.add_argument("--paper", help="the newspaper's name (resolves 市委 to the paper's city)")
    x.add_argument("--page", type=int, help="the page number")
    x.set_defaults(func=cmd_extract)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "date", None):
        try:
            time.strptime(args.date, "%Y-%m-%d")
        except ValueError:
            print(f"baoku: --date {args.date!r} is not a date in YYYY-MM-DD form", file=sys.stderr)
            return 2
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
