"""Ingest: files, directories and globs of page dumps and PDFs → restore + extract (worker processes) → store
(one writer, the calling process, one transaction per batch of pages: up to 50 pages, or what was restored in
the second after the batch's first page).

Idempotent: a file whose content hash is stored is not even restored again; a page whose file changed replaces
its old version in the same transaction. Resumable: a run killed at any moment loses at most the batch being
restored or written (its transaction rolls back); running again finishes the rest with no duplicates. One bad
page never stops the batch (its batch is stored again one page per transaction, without it): its error goes to
the ``ingest_errors`` table, to stderr and, if asked, to an error log file.
"""
from __future__ import annotations

import glob
import hashlib
import multiprocessing as mp
import os
import re
import sys
import time
import traceback
from pathlib import Path

SUFFIXES = {".md", ".txt", ".markdown", ".pdf"}
# 2023-06-03, 2023_06_03, 2023/06/03, 20230603 anywhere in the path
DEFAULT_DATE = r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_/.]?(?P<m>[01]\d)[-_/.]?(?P<d>[0-3]\d)(?!\d)"
DEFAULT_PAGE = r"(?:^|[-_/. ])(?:p|page|第)(?P<page>\d{1,3})(?:版)?(?=[-_/. ]|$)"


def find_files(paths) -> list[Path]:
    """Page files named by ``paths``: files, directories (recursively) and globs; sorted, without repeats."""
    out: list[Path] = []
    for p in paths:
        p = str(p)
        matches = sorted(glob.glob(p, recursive=True)) if glob.has_magic(p) else [p]
        for m in matches:
            path = Path(m)
            if path.is_dir():
                out += sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            else:
                out.append(path)
    seen, unique = set(), []
    for f in out:
        key = os.path.abspath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def date_from_path(path: str, pattern: str | None = None) -> str | None:
    """The issue date a path names: ``pattern`` is a regex with groups ``y``, ``m``, ``d`` (or ``date``, or
    three unnamed groups); the default finds 2023-06-03, 2023/06/03 or 20230603 anywhere in the path."""
    rx = re.compile(pattern or DEFAULT_DATE)
    m = None
    for m in rx.finditer(str(path)):
        pass                                # the last match: the file name over its folders
    if not m:
        return None
    g = m.groupdict()
    if g.get("date"):
        digits = re.sub(r"\D", "", g["date"])
        y, mo, d = digits[:4], digits[4:6], digits[6:8]
    elif g.get("y"):
        y, mo, d = g["y"], g.get("m") or "1", g.get("d") or "1"
    elif len(m.groups()) >= 3:
        y, mo, d = m.group(1), m.group(2), m.group(3)
    else:
        return None
    try:
        return time.strftime("%Y-%m-%d", time.strptime(f"{int(y):04d}-{int(mo):02d}-{int(d):02d}", "%Y-%m-%d"))
    except ValueError:
        return None


def page_from_path(path: str) -> int | None:
    m = None
    for m in re.finditer(DEFAULT_PAGE, Path(path).name, flags=re.I):
        pass
    return int(m.group("page")) if m else None


def file_sha256(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def pdf_page_docs(path) -> list[dict]:
    """Each page of a PDF file alone, as a one-page PDF with its size in points (what the web reader renders)."""
    import pymupdf
    out = []
    with pymupdf.open(path, filetype="pdf") as doc:
        for i in range(doc.page_count):
            with pymupdf.open() as one:
                one.insert_pdf(doc, from_page=i, to_page=i)
                one[0].set_rotation(0)                # the text boxes are in the unrotated page's space
                r = one[0].rect
                out.append({"media_type": "application/pdf", "width": round(r.width, 2),
                            "height": round(r.height, 2), "data": one.tobytes(garbage=3, deflate=True)})
    return out


def keep_pdf_sources(db, path, sha: str) -> None:
    """Store the page documents of an unchanged PDF whose pages were stored without them (before schema 2)."""
    rows = db.all("SELECT pg.id, pg.file_index FROM pages pg LEFT JOIN page_sources s ON s.page_id = pg.id "
                  "WHERE pg.sha256 = ? AND pg.format = 'pdf' AND s.page_id IS NULL", (sha,))
    if rows:
        docs = pdf_page_docs(path)
        with db.tx():
            for page_id, i in rows:
                if i < len(docs):
                    db.write_page_source(page_id, docs[i])


def _work(task):
    """In a worker: restore every page of one file and build its records. Returns (path, records, errors)."""
    from ..errors import InputError
    from ..pipeline import restore_pages
    from .store import page_record
    path, sha, opts = task
    try:
        pages = restore_pages(path, **opts)
    except InputError as e:
        return path, [], [str(e)]
    except Exception as e:  # noqa: BLE001 - one bad page never stops the batch
        return path, [], [f"{path}: internal error: {type(e).__name__}: {e}"]
    recs, errors = [], []
    docs = []
    if pages and pages[0].source.format == "pdf":
        try:
            docs = pdf_page_docs(path)
        except Exception as e:  # noqa: BLE001 - the pages are stored all the same, without their image
            errors.append(f"{path}: the PDF pages are stored without their image: {type(e).__name__}: {e}")
    for i, page in enumerate(pages):
        try:
            recs.append(page_record(page, path=path, file_index=i, file_pages=len(pages), sha256=sha))
            if i < len(docs):
                recs[-1]["source_doc"] = docs[i]
        except Exception as e:  # noqa: BLE001
            errors.append(f"{path} page {i + 1}: internal error: {type(e).__name__}: {e}\n"
                          + "".join(traceback.format_exc(limit=3)))
    return path, recs, errors


BATCH_PAGES = 50          # pages stored per transaction at most …
BATCH_SECONDS = 1.0       # … and at most this long after the first of them was restored


def ingest(paths, db, *, paper: str | None = None, date_pattern: str | None = None, date: str | None = None,
           workers: int | None = None, progress: bool | None = None, error_log: str | None = None,
           batch_pages: int = BATCH_PAGES, batch_seconds: float = BATCH_SECONDS) -> dict:
    """Restore, extract and store every page of ``paths`` into ``db`` (an Archive or a URL); a summary dict.

    Restored pages are stored in batches, one transaction per batch (``batch_pages`` pages, or what has been
    restored ``batch_seconds`` after the batch's first page); should a page fail, its batch is stored again one
    page per transaction, so that only that page is left out."""
    from . import open as open_archive
    if isinstance(db, str):
        db = open_archive(db)
    from tqdm import tqdm
    t0 = time.perf_counter()
    files = find_files(paths)
    summary = {"files": len(files), "files_unchanged": 0, "pages_added": 0, "pages_replaced": 0,
               "pages_skipped": 0, "errors": 0}
    log = open(error_log, "a", encoding="utf-8") if error_log else None   # noqa: SIM115

    def error(path, msg):
        summary["errors"] += 1
        tqdm.write(f"baoku: {msg.splitlines()[0]}", file=sys.stderr)
        if log:
            log.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')}\t{os.path.abspath(path)}\t{msg!r}\n")
            log.flush()
        try:
            db.log_error(str(path), msg)
        except Exception:  # noqa: BLE001 - the log must not stop the batch
            pass

    tasks = []
    for f in files:
        try:
            sha = file_sha256(f)
        except OSError as e:
            error(f, f"{f}: {e.strerror or e}")
            continue
        if db.has_file(str(f), sha):
            summary["files_unchanged"] += 1
            keep_pdf_sources(db, f, sha)
            continue
        opts = {"paper": paper, "date": date or date_from_path(str(f), date_pattern), "page": page_from_path(str(f))}
        tasks.append((str(f), sha, opts))
    workers = max(1, min(workers or os.cpu_count() or 1, len(tasks) or 1))
    pages = 0
    bar = tqdm(total=len(tasks), desc="ingest", unit="file", file=sys.stderr,
               disable=(not progress) if progress is not None else None)
    pool = None
    try:
        if workers > 1:
            ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
            pool = ctx.Pool(workers)
            results = pool.imap_unordered(_work, tasks, chunksize=1)
        else:
            results = map(_work, tasks)
        pending: list[tuple[str, dict]] = []          # restored, not yet stored: (path, record)
        due = None                                     # when the pending pages must be stored

        def flush():
            nonlocal pages, due
            statuses = db.write_records([rec for _, rec in pending])
            for (path, rec), status in zip(pending, statuses):
                if isinstance(status, Exception):
                    error(path, f"{path}: cannot store page {rec['file_index'] + 1}: "
                                f"{type(status).__name__}: {status}")
                else:
                    summary[f"pages_{status}"] += 1
                    pages += 1
            pending.clear()
            due = None
            bar.set_postfix_str(f"{pages} pages, {pages / max(time.perf_counter() - t0, 1e-9):.1f} pages/s")

        while True:
            try:
                if pool and due is not None:
                    path, recs, errors = results.next(timeout=max(0.0, due - time.perf_counter()))
                else:
                    path, recs, errors = next(results)
            except StopIteration:
                break
            except mp.TimeoutError:                   # nothing restored in time: store what is waiting
                flush()
                continue
            for msg in errors:
                error(path, msg)
            if recs and due is None:
                due = time.perf_counter() + batch_seconds
            pending += [(path, rec) for rec in recs]
            bar.update(1)
            if pending and (len(pending) >= batch_pages or time.perf_counter() >= due):
                flush()
        if pending:
            flush()
        if pool:
            pool.close()
            pool.join()
    finally:
        if pool:
            pool.terminate()
        bar.close()
        if log:
            log.close()
    summary["seconds"] = round(time.perf_counter() - t0, 2)
    summary["pages_per_s"] = round(pages / summary["seconds"], 2) if summary["seconds"] else None
    summary["workers"] = workers
    return summary
