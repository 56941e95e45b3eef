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
    _add_archive_commands(sub)
    return ap


# ---- the archive: ingest, search, people, events, stats, export (baoku/archive/) ----------------------------
def _open_db(args):
    from . import archive
    return archive.open(args.db)


def _filters(args) -> dict:
    return {k: getattr(args, k, None) for k in ("paper", "date_from", "date_to", "page", "section", "person",
                                                  "title", "place", "event_type")}


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def cmd_ingest(args: argparse.Namespace) -> int:
    """Restore, extract and store pages in the archive (idempotent, resumable)."""
    from .archive import ingest
    db = _open_db(args)
    s = ingest(args.inputs, db, paper=args.paper, date_pattern=args.date_from_path, date=args.date,
               workers=args.workers, error_log=args.error_log)
    if args.json:
        _print_json(s)
    else:
        print(f"files {s['files']} ({s['files_unchanged']} unchanged), pages added {s['pages_added']}, "
              f"replaced {s['pages_replaced']}, skipped {s['pages_skipped']}, errors {s['errors']}, "
              f"{s['seconds']} s ({s['pages_per_s'] or 0} pages/s, {s['workers']} workers)", file=sys.stderr)
    db.close()
    return 1 if s["errors"] else 0


def cmd_search(args: argparse.Namespace) -> int:
    """Full-text search with filters and facets."""
    from .archive import QueryError
    db = _open_db(args)
    try:
        res = db.search(args.query, limit=args.limit, offset=args.offset, facets=args.facet or (),
                        **_filters(args))
    except (QueryError, ValueError) as e:
        print(f"baoku: {e}", file=sys.stderr)
        return 2
    if args.json:
        _print_json(res.to_json())
        return 0
    print(f"{res.total} articles ({res.seconds * 1000:.1f} ms)")
    for h in res.hits:
        print(f"\n[{h['id']}] {h['date']} {h['paper']} p{h['page']}  {h['headline_marked'] or '(no headline)'}")
        print(f"    {h['snippet']}")
    for name, values in res.facets.items():
        print(f"\n{name}: " + ", ".join(f"{v} ({n})" for v, n in values))
    return 0


def cmd_people(args: argparse.Namespace) -> int:
    """A person's titles over time (with NAME), or the people most written about."""
    db = _open_db(args)
    if not args.name:
        rows = db.people(prefix=args.prefix, title=args.title, limit=args.limit)
        if args.json:
            _print_json(rows)
        for r in rows if not args.json else ():
            print(f"{r['name']}\t{r['articles']} articles\t{r['first']} – {r['last']}")
        return 0
    t = db.person(args.name)
    if args.json:
        _print_json(t)
        return 0 if t["found"] else 1
    if not t["found"]:
        print(f"baoku: no one named {args.name} in the archive", file=sys.stderr)
        return 1
    print(f"{t['name']}: {t['articles']} articles, {t['first']} – {t['last']}")
    if len(t["variants"]) > 1:
        print("  spelled " + ", ".join(f"{v['name']} ({v['articles']} articles)" for v in t["variants"]))
    for x in t["titles"]:
        ev = "; ".join(f"{e['date']} {e['headline'] or ''} [{e['id']}]" for e in x["evidence"])
        print(f"  {x['first']} – {x['last']}  {x['title']}  ({x['articles']} articles)  {ev}")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    db = _open_db(args)
    rows = db.events(type=args.type, person=args.person, date_from=args.date_from, date_to=args.date_to,
                     limit=args.limit, offset=args.offset)
    if args.json:
        _print_json(rows)
        return 0
    for e in rows:
        print(f"{e['date']}\t{e['type']}\t{e['trigger']}\t{'、'.join(e['actors'])}\t{'、'.join(e['places'])}"
              f"\t{e['headline'] or ''} [{e['article']}]")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    s = _open_db(args).stats()
    if args.json:
        _print_json(s)
    else:
        for k, v in s.items():
            print(f"{k}\t{v}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Stream articles (or the career table) as JSON Lines, CSV or Parquet."""
    from .archive import QueryError
    from .archive.export import export
    db = _open_db(args)
    if args.format == "parquet" and not args.output:
        print("baoku: --format parquet needs -o FILE", file=sys.stderr)
        return 2
    try:
        if args.format == "parquet":
            n = export(db, args.output, format="parquet", table=args.table, query=args.query, **_filters(args))
        elif args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as f:
                n = export(db, f, format=args.format, table=args.table, query=args.query, **_filters(args))
        else:
            n = export(db, sys.stdout, format=args.format, table=args.table, query=args.query, **_filters(args))
    except (QueryError, ValueError) as e:
        print(f"baoku: {e}", file=sys.stderr)
        return 2
    print(f"{n} rows", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """The read-only web reader and HTTP API of an archive (baoku/web/)."""
    try:
        import uvicorn
        from .web import create_app
    except ImportError as e:
        print(f"baoku: serve needs fastapi and uvicorn ({e}); pip install -e .", file=sys.stderr)
        return 2
    url = args.db
    if not url.startswith(("postgresql://", "postgres://")):
        path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else url
        if not os.path.exists(path):
            print(f"baoku: no archive at {path} (make one with baoku ingest … --db {path})", file=sys.stderr)
            return 2
    from .archive import ArchiveError
    try:
        app = create_app(url)                 # opens the archive read-only: nothing is created or migrated
    except ArchiveError as e:                 # missing, not a baoku archive, an older schema
        print(f"baoku: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # a bad URL or an unreadable archive: one line, not a traceback
        why = (str(e).strip() or type(e).__name__).splitlines()[0]
        print(f"baoku: cannot open the archive {args.db}: {type(e).__name__}: {why}", file=sys.stderr)
        return 2
    print(f"baoku: serving {args.db} on http://{args.host}:{args.port}/  (API: /api, Ctrl-C to stop)",
          file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _add_archive_commands(sub) -> None:
    db_default = os.environ.get("BAOKU_DB", "baoku.db")
    db_help = "the archive: sqlite:///path.db, a path, or postgresql://… (default $BAOKU_DB or baoku.db)"

    def filters(p):
        p.add_argument("--paper", help="only this newspaper")
        p.add_argument("--from", dest="date_from", metavar="DATE", help="from this date (YYYY[-MM[-DD]])")
        p.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date (YYYY[-MM[-DD]])")
        p.add_argument("--page", type=int, help="only this page number")
        p.add_argument("--section", help="only this section label")
        p.add_argument("--person", help="only articles naming this person")
        p.add_argument("--title", help="only articles with this title (市委书记) or role (书记)")
        p.add_argument("--place", help="only articles naming this place")
        p.add_argument("--event-type", dest="event_type", help="only articles with this event type")

    g = sub.add_parser("ingest", help="restore, extract and store pages in the archive (idempotent, resumable)")
    g.add_argument("inputs", nargs="+", metavar="PATH", help="page files, directories or globs (dumps and PDFs)")
    g.add_argument("--db", default=db_default, help=db_help)
    g.add_argument("--paper", help="the newspaper's name")
    g.add_argument("--date", help="the date of every page, YYYY-MM-DD (else taken from each path)")
    g.add_argument("--date-from-path", metavar="PATTERN",
                   help="regex with groups y, m, d (or date) for the date in a path (default: 2023-06-03, "
                        "2023/06/03 or 20230603 anywhere in the path)")
    g.add_argument("--workers", type=int, help="restore+extract processes (default: the number of CPUs)")
    g.add_argument("--error-log", metavar="FILE", help="append each page's error to FILE (they also go in the db)")
    g.add_argument("--json", action="store_true", help="print the summary as JSON")
    g.set_defaults(func=cmd_ingest)

    q = sub.add_parser("search", help="full-text search in the archive, with filters and facets")
    q.add_argument("query", nargs="?", help='words (AND), "a phrase", OR, NOT or -word, (groups)')
    q.add_argument("--db", default=db_default, help=db_help)
    q.add_argument("--facet", action="append", metavar="NAME",
                   help="count matches per value: paper, year, month, date, page, section, person, title, place, "
                        "org, event_type (repeatable)")
    q.add_argument("--limit", type=int, default=10)
    q.add_argument("--offset", type=int, default=0)
    q.add_argument("--json", action="store_true")
    filters(q)
    q.set_defaults(func=cmd_search)

    pp = sub.add_parser("people", help="a person's titles over time (registry of officials), or the top people")
    pp.add_argument("name", nargs="?", help="the person (without: the people with most articles)")
    pp.add_argument("--db", default=db_default, help=db_help)
    pp.add_argument("--prefix", help="(without NAME) names starting with this")
    pp.add_argument("--title", help="(without NAME) people who held this title or role")
    pp.add_argument("--limit", type=int, default=50)
    pp.add_argument("--json", action="store_true")
    pp.set_defaults(func=cmd_people)

    ev = sub.add_parser("events", help="events in the archive (inspections, meetings, speeches, …)")
    ev.add_argument("--db", default=db_default, help=db_help)
    ev.add_argument("--type", help="only this event type")
    ev.add_argument("--person", help="only events of articles naming this person")
    ev.add_argument("--from", dest="date_from", metavar="DATE")
    ev.add_argument("--to", dest="date_to", metavar="DATE")
    ev.add_argument("--limit", type=int, default=50)
    ev.add_argument("--offset", type=int, default=0)
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(func=cmd_events)

    st = sub.add_parser("stats", help="what the archive holds")
    st.add_argument("--db", default=db_default, help=db_help)
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_stats)

    ex = sub.add_parser("export", help="stream articles (or the career table) as JSON Lines, CSV or Parquet")
    ex.add_argument("--db", default=db_default, help=db_help)
    ex.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    ex.add_argument("--table", choices=("articles", "careers"), default="articles",
                    help="articles with people and events, or one row per person and title (career data)")
    ex.add_argument("--query", help="only articles matching this search query")
    ex.add_argument("-o", "--output", help="output file (default stdout; required for parquet)")
    filters(ex)
    ex.set_defaults(func=cmd_export)

    sv = sub.add_parser("serve", help="serve the archive as a web reader and an HTTP API (read-only)")
    sv.add_argument("--db", default=db_default, help=db_help)
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    sv.set_defaults(func=cmd_serve)


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
