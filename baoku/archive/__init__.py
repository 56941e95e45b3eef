"""The archive: restored, extracted pages stored in SQLite (default, one file) or PostgreSQL, with Chinese
full-text search, facets, a registry of officials and exports.

    from baoku import archive
    db = archive.open("sqlite:///news.db")              # or a path, or "postgresql://user@host/db"
    archive.ingest(["pages/"], db, paper="青川日报")      # restore + extract + store, idempotent
    res = db.search("周启明 调研", facets=["month"], date_from="2023-01")
    db.person("周启明")                                   # titles over time with evidence
"""
from __future__ import annotations

from . import ingest as _ingest_module   # loaded first, so the function below keeps the name ``ingest``
from .search import QueryError
from .store import Archive, ArchiveError, SearchResult, page_record


def open(url: str, read_only: bool = False) -> Archive:  # noqa: A001 - mirrors the built-in: archive.open(url)
    """Open (and create or migrate) the archive at ``url``: ``sqlite:///path.db``, a bare path, or
    ``postgresql://…``. ``read_only``: nothing is created, migrated or written (SQLite ``mode=ro``, a
    read-only PostgreSQL session); ``ArchiveError`` when it is missing, not an archive or of an older schema."""
    return Archive(url, read_only=read_only)


def ingest(paths, db, **opts):
    """Restore, extract and store pages (see ``baoku.archive.ingest.ingest``)."""
    return _ingest_module.ingest(paths, db, **opts)


__all__ = ["open", "ingest", "Archive", "ArchiveError", "SearchResult", "QueryError", "page_record"]
