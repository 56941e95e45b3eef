"""The restoration pipeline, in one readable place: each stage takes the page model and returns it."""
from __future__ import annotations

import os

from .errors import InputError
from .model import Page, Source
from .normalize import normalize
from .read.text import decode, read_path
from .restore.articles import group_articles
from .restore.blocks import split_blocks
from .restore.byline import parse_bylines
from .restore.flags import set_flags
from .restore.reattach import reattach
from .restore.roles import assign_roles, mark_lines
from .restore.units import build_units

TEXT_STAGES = (normalize, split_blocks, mark_lines, build_units, assign_roles, group_articles, reattach,
               parse_bylines, set_flags)


def restore(source: str | bytes | os.PathLike, *, date: str | None = None, paper: str | None = None,
            page: int | None = None) -> Page:
    """Restore one page: a path to a dump or PDF, the dump's text, or its raw bytes."""
    src = _source(source)
    pg = Page(source=src, date=date, paper=paper, page=page)
    if src.format == "pdf":
        from .read.pdf import read_pdf_page
        return read_pdf_page(pg, source if isinstance(source, bytes) else None)
    for stage in TEXT_STAGES:
        pg = stage(pg)
    return pg


def restore_pdf(source: str | bytes | os.PathLike, *, date: str | None = None, paper: str | None = None,
                page: int | None = None) -> list[Page]:
    """Restore every page of a PDF (its path or bytes); stories that jump between its pages are linked.
    ``page`` is the first page's printed number (default: each page's header, else its place in the file)."""
    from .read.pdf import restore_pdf as read_pdf
    return read_pdf(source, date=date, paper=paper, page=page)


def restore_pages(source: str | os.PathLike, **opts) -> list[Page]:
    """Every page of an input file: one for a dump or a one-page PDF, one per page for a longer PDF."""
    try:
        with open(source, "rb") as f:
            pdf = _is_pdf(os.fspath(source), f.read(1024))
    except OSError:
        pdf = False                 # restore() says what is wrong with the path
    return restore_pdf(source, **opts) if pdf else [restore(source, **opts)]


def _is_pdf(path: str, head: bytes) -> bool:
    """A PDF's header opens the file (or, for a file named .pdf, comes within its first 1024 bytes)."""
    return head.startswith(b"%PDF-") or (path.lower().endswith(".pdf") and b"%PDF-" in head)


def _source(source: str | bytes | os.PathLike) -> Source:
    if isinstance(source, bytes):
        return Source(text="", format="pdf") if source[:5] == b"%PDF-" else decode(source)
    if isinstance(source, os.PathLike) or _looks_like_path(source):
        path = os.fspath(source)
        if os.path.isdir(path):
            raise InputError(path, "is a directory, not a page")
        try:
            with open(path, "rb") as f:
                head = f.read(1024)
        except OSError as e:
            raise InputError(path, e.strerror or str(e)) from None
        if _is_pdf(path, head):
            return Source(text="", path=path, format="pdf")
        if path.lower().endswith(".pdf") and head.strip():
            raise InputError(path, "not a PDF (no %PDF- header), though its name ends in .pdf")
        return read_path(path)
    if not source or source.isspace():         # (no stripped copy of the page made to tell)
        raise InputError("<input>", "empty input")
    return decode(source.encode("utf-8"), text=source)     # (not decoded back from its own encoding)


def _looks_like_path(s: str) -> bool:
    """A one-line string naming an existing file, or ending like a page file's name."""
    if "\n" in s or len(s) > 4096:
        return False
    return os.path.exists(s) or os.path.splitext(s)[1].lower() in (".md", ".txt", ".pdf", ".markdown")
