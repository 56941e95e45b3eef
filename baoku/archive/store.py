"""The archive store: one schema and one behaviour on SQLite (embedded, one file) and PostgreSQL (server).

    from baoku import archive
    db = archive.open("sqlite:///news.db")        # or "news.db", or "postgresql://user@host/dbname"
    db.ingest_page(page)                           # a restored page (extracted here if it was not)
    db.search("老街 改造", date_from="2023-01-01", facets=["paper", "month"])

Every page is written in one transaction (``write_record``), or several in one (``write_records``, what
ingest does; should one fail, one per transaction): a page with the content hash already stored is skipped, a page whose
file changed replaces its old version whole. The schema is versioned (table ``schema_version``); the
migrations in ``baoku/archive/migrations`` (``NNN_name.sql`` common to both backends, ``NNN_name.sqlite.sql``
and ``NNN_name.postgresql.sql`` for each) are applied in order when an archive is opened.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import impacts
from .names import add_name_keys, name_key
from . import search as S

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DIALECT_ID = {"sqlite": "INTEGER PRIMARY KEY AUTOINCREMENT", "postgresql": "BIGSERIAL PRIMARY KEY"}
UNKNOWN_PAPER = "(unknown)"
# what a migration computes in Python after its SQL: (version, dialect) → function of the archive
AFTER_MIGRATION = {(4, "sqlite"): impacts.fill, (6, "sqlite"): add_name_keys, (6, "postgresql"): add_name_keys}


def migrations() -> list[tuple[int, str]]:
    """(version, name) of every migration shipped, in order."""
    out = set()
    for f in MIGRATIONS.glob("*.sql"):
        m = re.match(r"(\d+)_([a-z0-9_]+)\.", f.name)
        if m:
            out.add((int(m.group(1)), m.group(2)))
    return sorted(out)


def _statements(sql: str) -> list[str]:
    sql = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    return [s.strip() for s in re.split(r";\s*(?:\n|$)", sql) if s.strip()]


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


class ArchiveError(Exception):
    """An archive that cannot be opened as asked (missing, not a baoku archive, a schema too old to read)."""


def _connect_sqlite_ro(path: str):
    """A read-only SQLite connection that never creates or changes a file: ``mode=ro`` while a writer's WAL is
    there (it must be read), else ``immutable=1`` too (no -shm/-wal; works in a read-only directory)."""
    import sqlite3
    from urllib.parse import quote
    if not os.path.isfile(path):
        raise ArchiveError(f"no archive at {path}")
    live = os.path.exists(path + "-wal")
    uri = f"file:{quote(os.path.abspath(path))}?mode=ro" + ("" if live else "&immutable=1")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=60, check_same_thread=False)
    return conn, not live


class Archive:
    """An open archive. Use ``baoku.archive.open(url)``."""

    def __init__(self, url: str, read_only: bool = False):
        self.url = url
        self.read_only = read_only
        self.immutable = False
        if url.startswith(("postgresql://", "postgres://")):
            import psycopg
            self.dialect = "postgresql"
            self.conn = psycopg.connect(url, autocommit=True)
            if read_only:
                self.conn.execute("SET default_transaction_read_only = on")
        else:
            import sqlite3
            path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else url
            if url.startswith("sqlite://") and not url.startswith("sqlite:///"):
                raise ValueError(f"not an SQLite URL: {url!r} (sqlite:///relative.db or sqlite:////abs.db)")
            self.dialect = "sqlite"
            self.path = path
            if read_only:
                self.conn, self.immutable = _connect_sqlite_ro(path)
            else:
                self.conn = sqlite3.connect(path or ":memory:", isolation_level=None, timeout=60,
                                            check_same_thread=False)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
        self._in_tx = False
        self._fts_rows: list[tuple] = []       # (article id, head, body, impact terms) to index before the commit
        if read_only:
            self.check_schema()
        else:
            self.migrate()

    # ---- plumbing ------------------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params=()):
        return self.conn.execute(self._sql(sql), tuple(params))

    def one(self, sql: str, params=()):
        return self.execute(sql, params).fetchone()

    def all(self, sql: str, params=()) -> list:
        return self.execute(sql, params).fetchall()

    def stream(self, sql: str, params=(), size: int = 500):
        """Batches of rows of a query, without loading them all (a server-side cursor on PostgreSQL)."""
        if self.dialect == "postgresql":
            with self.conn.transaction():
                with self.conn.cursor(name="baoku_stream") as cur:
                    cur.execute(self._sql(sql), tuple(params))
                    while rows := cur.fetchmany(size):
                        yield rows
            return
        cur = self.conn.cursor()
        cur.execute(sql, tuple(params))
        while rows := cur.fetchmany(size):
            yield rows

    def insert(self, sql: str, params=()) -> int:
        return self.one(sql + " RETURNING id", params)[0]

    def executemany(self, sql: str, rows: list) -> None:
        """One statement for many rows (PostgreSQL: pipelined, not a round trip per row)."""
        if not rows:
            return
        if self.dialect == "postgresql":
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), rows)
        else:
            self.conn.executemany(sql, rows)

    @contextmanager
    def tx(self):
        """One transaction (nested calls join the outer one). The full-text rows its writes queued
        (``_fts_rows``) are indexed last, just before the commit: SQLite's full-text index writes out what it holds
        at every statement that may need undoing (an insert with RETURNING or a unique key), so rows indexed page
        by page would make a small index segment per page, to be merged again and again."""
        if self._in_tx:
            yield
            return
        self._in_tx = True
        self._fts_rows = []
        try:
            if self.dialect == "postgresql":
                with self.conn.transaction():
                    yield
                    self._write_fts()
            else:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield
                    self._write_fts()
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
                self.conn.execute("COMMIT")
        finally:
            self._in_tx = False
            self._fts_rows = []

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---- schema --------------------------------------------------------------------------------------
    def schema_version(self) -> int:
        row = self.one("SELECT MAX(version) FROM schema_version")
        return row[0] or 0

    def check_schema(self) -> None:
        """For a read-only archive, which is never migrated: a baoku archive with every shipped migration."""
        try:
            have = self.schema_version()
        except Exception as e:  # noqa: BLE001 - sqlite3 and psycopg raise different kinds for "no such table"
            msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            what = "is not a baoku archive" if re.search("no such table|not a database|does not exist", msg) \
                else "cannot be read"
            raise ArchiveError(f"{self.url} {what} ({msg})") from None
        want = migrations()[-1][0]
        if have < want:
            raise ArchiveError(f"{self.url} has schema version {have}, older than this baoku's ({want}): open it "
                               "once with write access to migrate it (e.g. baoku stats --db …)")

    def stale(self) -> bool:
        """An immutable read-only SQLite connection whose archive a writer has since opened (a WAL appeared)."""
        return self.immutable and os.path.exists(self.path + "-wal")

    def migrate(self) -> list[int]:
        """Apply every migration newer than the archive's schema version, each in one transaction."""
        self.execute("CREATE TABLE IF NOT EXISTS schema_version "
                     "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        applied = []
        for version, name in migrations():
            with self.tx():
                if self.dialect == "postgresql":
                    self.execute("SELECT pg_advisory_xact_lock(75461)")     # two processes opening at once
                if self.schema_version() >= version:
                    continue
                for suffix in ("sql", f"{self.dialect}.sql"):
                    f = MIGRATIONS / f"{version:03d}_{name}.{suffix}"
                    if f.exists():
                        for stmt in _statements(f.read_text(encoding="utf-8")):
                            self.execute(stmt.replace("{ID}", DIALECT_ID[self.dialect]))
                if (version, self.dialect) in AFTER_MIGRATION:
                    AFTER_MIGRATION[version, self.dialect](self)
                self.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                             (version, name, _now()))
                applied.append(version)
        return applied

    # ---- writing -------------------------------------------------------------------------------------
    def _get_or_create(self, table: str, cols: dict) -> int:
        where = " AND ".join(f"{k} = ?" for k in cols)
        row = self.one(f"SELECT id FROM {table} WHERE {where}", cols.values())
        if row:
            return row[0]
        self.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                     "ON CONFLICT DO NOTHING", cols.values())
        return self.one(f"SELECT id FROM {table} WHERE {where}", cols.values())[0]

    def _ids(self, table: str, cols: tuple[str, ...], keys: list[tuple]) -> dict[tuple, int]:
        """The ids of the rows of ``table`` with these values of ``cols``; missing rows are created (in the order
        of ``keys``). Like ``_get_or_create`` for many rows at once: a few statements instead of two per row."""
        keys = list(dict.fromkeys(keys))
        out: dict[tuple, int] = {}

        def lookup(todo):
            for i in range(0, len(todo), 200):
                chunk = todo[i:i + 200]
                firsts = list(dict.fromkeys(k[0] for k in chunk))
                wanted = set(chunk)
                for row in self.all(f"SELECT id, {', '.join(cols)} FROM {table} WHERE {cols[0]} IN "
                                    f"({','.join('?' * len(firsts))})", firsts):
                    if tuple(row[1:]) in wanted:
                        out[tuple(row[1:])] = row[0]
        lookup(keys)
        missing = [k for k in keys if k not in out]
        if missing:
            self.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                             "ON CONFLICT DO NOTHING", missing)
            lookup(missing)
        return out

    def has_file(self, path: str, sha256: str) -> bool:
        """Whether every page of this file content is stored (so the file need not be restored again)."""
        path = os.path.abspath(path)
        row = self.one("SELECT COUNT(*), MAX(file_pages) FROM pages WHERE source_path = ? AND sha256 = ?",
                       (path, sha256))
        if row[0] and row[0] >= (row[1] or 0):
            return True
        row = self.one("SELECT COUNT(*), MAX(file_pages) FROM pages WHERE sha256 = ?", (sha256,))
        return bool(row[0]) and row[0] >= (row[1] or 0)

    def _delete_page(self, page_id: int) -> None:
        arts = "SELECT id FROM articles WHERE page_id = ?"
        if self._fts_rows:                   # stored earlier in this transaction: not indexed yet
            gone = {aid for (aid,) in self.all(arts, (page_id,))}
            self._fts_rows = [r for r in self._fts_rows if r[0] not in gone]
        if self.dialect == "sqlite":
            impacts.delete(self, arts, (page_id,))
            self.execute(f"DELETE FROM article_fts WHERE rowid IN ({arts})", (page_id,))
        else:
            self.execute(f"DELETE FROM article_fts WHERE article_id IN ({arts})", (page_id,))
        for t in ("mentions", "events", "entities", "paragraphs"):
            self.execute(f"DELETE FROM {t} WHERE article_id IN ({arts})", (page_id,))
        self.execute("DELETE FROM captions WHERE page_id = ?", (page_id,))
        self.execute("DELETE FROM page_sources WHERE page_id = ?", (page_id,))
        self.execute("DELETE FROM articles WHERE page_id = ?", (page_id,))
        self.execute("DELETE FROM pages WHERE id = ?", (page_id,))

    def ingest_page(self, page, *, path: str | None = None, file_index: int = 0, file_pages: int = 1,
                    sha256: str | None = None) -> str:
        """Store a restored page (extracting it first if that was not done): 'added', 'replaced' or 'skipped'."""
        return self.write_record(page_record(page, path=path, file_index=file_index, file_pages=file_pages,
                                             sha256=sha256))

    def write_records(self, recs: list[dict]) -> list:
        """Store several page records in one transaction (far fewer commits: SQLite's full-text index writes a
        segment at every commit, and at every savepoint released, so there is none per page). When one of them
        fails, that transaction is rolled back and the records are stored again one per transaction, so that only
        the bad one is left out: its exception stands in its place in the list returned; the others' statuses are
        as ``write_record``'s. An interruption (or a kill) before the commit leaves none of them stored. Within
        a transaction already open, the records join it, and an error is raised."""
        if self._in_tx:
            return [self.write_record(rec) for rec in recs]
        try:
            with self.tx():
                return [self.write_record(rec) for rec in recs]
        except Exception:  # noqa: BLE001 - the bad page is found again below, one page at a time
            if len(recs) == 1:
                return [self._try(recs[0])]
        return [self._try(rec) for rec in recs]

    def _try(self, rec: dict):
        try:
            return self.write_record(rec)
        except Exception as e:  # noqa: BLE001 - one bad page never stops the batch
            return e

    def write_record(self, rec: dict) -> str:
        """Store a page record (``page_record``) in one transaction."""
        with self.tx():
            old = self.one("SELECT id, sha256 FROM pages WHERE source_path = ? AND file_index = ?",
                           (rec["source_path"], rec["file_index"]))
            if old and old[1] == rec["sha256"]:
                return "skipped"
            if not old and self.one("SELECT id FROM pages WHERE sha256 = ? AND file_index = ?",
                                    (rec["sha256"], rec["file_index"])):
                return "skipped"            # the same content already stored from another path
            status = "replaced" if old else "added"
            for (pid,) in self.all("SELECT id FROM pages WHERE source_path = ? AND (file_index = ? OR "
                                   "file_index >= ?)", (rec["source_path"], rec["file_index"],
                                                        rec["file_pages"])):
                self._delete_page(pid)
            self._write(rec)
            self._write_source(rec)
            return status

    def _write(self, rec: dict) -> None:
        paper_id = self._get_or_create("papers", {"name": rec["paper"] or UNKNOWN_PAPER})
        issue_id = self._get_or_create("issues", {"paper_id": paper_id, "date": rec["date"] or ""})
        page_id = self.insert(
            "INSERT INTO pages (issue_id, paper_id, date, page_no, source_path, file_index, file_pages, sha256,"
            " format, encoding, original_text, page_json, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (issue_id, paper_id, rec["date"], rec["page_no"], rec["source_path"], rec["file_index"],
             rec["file_pages"], rec["sha256"], rec["format"], rec["encoding"], rec["original_text"],
             rec["page_json"], _now()))

        def title_key(t):
            return (t["text"], t.get("body") or "", t.get("role") or "")
        # people and titles first (in order of appearance), then every table's rows in one statement each
        people = self._ids("people", ("name", "name_key"),
                           [(p["name"], name_key(p["name"])) for a in rec["articles"] for p in a["people"]])
        titles = self._ids("titles", ("text", "body", "role"),
                           [title_key(t) for a in rec["articles"] for p in a["people"] for t in p["titles"]])
        captions = [(page_id, None, k, text, credit) for k, (text, credit) in enumerate(rec["photos"])]
        paragraphs, mentions, events, entities = [], [], [], []
        for a in rec["articles"]:
            aid = self.insert(
                "INSERT INTO articles (page_id, paper_id, date, page_no, seq, article_key, section, kicker,"
                " headline, subheadline, byline, body, flags, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (page_id, paper_id, rec["date"], rec["page_no"], a["seq"], a["key"], a["section"], a["kicker"],
                 a["headline"], a["subheadline"], a["byline"], a["body"], json.dumps(a["flags"]),
                 a["confidence"]))
            paragraphs += [(aid, k, text) for k, text in enumerate(a["paragraphs"])]
            captions += [(page_id, aid, k, text, credit) for k, (text, credit) in enumerate(a["captions"])]
            for p in a["people"]:
                spans = json.dumps(p["mentions"])
                for t in p["titles"] or [None]:
                    mentions.append((people[p["name"], name_key(p["name"])], aid, None if t is None else titles[title_key(t)],
                                     rec["date"], int(bool(t and t.get("credit")) or p["credit"]),
                                     int(bool(t and t.get("generic"))), spans))
            for e in a["events"]:
                events.append((aid, e["type"], e.get("trigger"),
                               _day((e.get("date") or {}).get("value")) or rec["date"],
                               json.dumps(e.get("actors") or [], ensure_ascii=False),
                               json.dumps(e.get("places") or [], ensure_ascii=False),
                               json.dumps(e, ensure_ascii=False)))
            entities += [(aid, typ, text, value) for typ, text, value in a["entities"]]
            self._fts_rows.append((aid, a["fts_head"], a["fts_body"], a.get("fts_impacts")))
        self.executemany("INSERT INTO captions (page_id, article_id, seq, text, credit) VALUES (?,?,?,?,?)", captions)
        self.executemany("INSERT INTO paragraphs (article_id, seq, text) VALUES (?,?,?)", paragraphs)
        self.executemany("INSERT INTO mentions (person_id, article_id, title_id, date, credit, generic, spans)"
                         " VALUES (?,?,?,?,?,?,?)", mentions)
        self.executemany("INSERT INTO events (article_id, type, trigger_word, date, actors, places, data)"
                         " VALUES (?,?,?,?,?,?,?)", events)
        self.executemany("INSERT INTO entities (article_id, type, text, value) VALUES (?,?,?,?)", entities)

    def _write_fts(self) -> None:
        """Index the full-text rows queued in this transaction."""
        fts, self._fts_rows = self._fts_rows, []
        if self.dialect == "sqlite":
            self.executemany("INSERT INTO article_fts (rowid, head, body) VALUES (?,?,?)", [r[:3] for r in fts])
            self.executemany("INSERT INTO article_impacts (rowid, terms) VALUES (?,?)",
                             [(aid, impacts.terms(h, b) if t is None else t) for aid, h, b, t in fts])
        else:
            self.executemany("INSERT INTO article_fts (article_id, fts) VALUES (?, "
                             "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'D'))",
                             [r[:3] for r in fts])

    def _write_source(self, rec: dict) -> None:
        """The page's source document (``rec["source_doc"]``: a one-page PDF and its size), when it has one."""
        doc = rec.get("source_doc")
        if doc:
            (page_id,) = self.one("SELECT id FROM pages WHERE source_path = ? AND file_index = ?",
                                  (rec["source_path"], rec["file_index"]))
            self.write_page_source(page_id, doc)

    def write_page_source(self, page_id: int, doc: dict) -> None:
        """Keep a page's source document: ``media_type``, ``width`` and ``height`` (PDF points), ``data``."""
        self.execute("INSERT INTO page_sources (page_id, media_type, width, height, data) VALUES (?,?,?,?,?)",
                     (page_id, doc["media_type"], doc["width"], doc["height"], doc["data"]))

    def log_error(self, path: str, error: str) -> None:
        with self.tx():
            self.execute("INSERT INTO ingest_errors (source_path, error, at) VALUES (?,?,?)",
                         (os.path.abspath(path), error, _now()))

    # ---- reading: search, facets, registry, events, stats (see search.py / registry.py) -----------------
    def search(self, query: str | None = None, *, limit: int = 20, offset: int = 0, facets=(),
               facet_limit: int = 20, mark: tuple[str, str] = ("[", "]"), **filters) -> "SearchResult":
        from .query import run_search
        return run_search(self, query, limit=limit, offset=offset, facets=facets, facet_limit=facet_limit,
                          mark=mark, filters=filters)

    def facets(self, query: str | None = None, names=("paper", "month"), limit: int = 20, **filters) -> dict:
        return self.search(query, limit=0, facets=names, facet_limit=limit, **filters).facets

    def article(self, article_id: int) -> dict | None:
        from .query import article
        return article(self, article_id)

    def person(self, name: str) -> dict:
        from .registry import person_timeline
        return person_timeline(self, name)

    def people(self, **kw) -> list[dict]:
        from .registry import people
        return people(self, **kw)

    def events(self, **kw) -> list[dict]:
        from .registry import events
        return events(self, **kw)

    def stats(self) -> dict:
        from .registry import stats
        return stats(self)


@dataclass
class SearchResult:
    query: str | None
    total: int
    hits: list[dict] = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    seconds: float = 0.0

    def to_json(self) -> dict:
        return {"query": self.query, "total": self.total, "hits": self.hits, "facets": self.facets,
                "seconds": round(self.seconds, 4)}


def _day(value) -> str | None:
    """An event's date when it is one day (YYYY-MM-DD); ranges and partial dates stay in the event's JSON."""
    return value if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value) else None


def _text(f):
    return f.text if f else None


def page_record(page, *, path: str | None = None, file_index: int = 0, file_pages: int = 1,
                sha256: str | None = None) -> dict:
    """Everything the store writes for one page, as plain data (built in worker processes)."""
    from ..extract import extract_page, page_json
    if page.articles and not all("people" in a.extras for a in page.articles):
        extract_page(page)
    src = page.source
    path = os.path.abspath(path or src.path) if (path or src.path) else f"<text:{src.sha256}>"
    sha = sha256 or src.sha256 or hashlib.sha256(src.text.encode("utf-8")).hexdigest()
    arts = []
    for k, a in enumerate(page.articles):
        body = "\n".join(p.text for p in a.paragraphs)
        head = "\n".join(t for t in (_text(a.kicker), _text(a.headline), _text(a.subheadline)) if t)
        caps = [(c.text, c.credit) for c in a.captions]
        people = []
        for p in a.extras.get("people", []):
            people.append({"name": p["name"], "titles": p.get("titles") or [],
                           "mentions": p.get("mentions") or [], "credit": int(bool(p.get("credits")))})
        ents = [(e["type"], e["text"], e.get("value")) for e in a.extras.get("entities", [])
                if e.get("type") != "date"]
        arts.append({
            "seq": k, "key": a.id, "section": _text(a.section), "kicker": _text(a.kicker),
            "headline": _text(a.headline), "subheadline": _text(a.subheadline),
            "byline": a.byline.text if a.byline else None, "body": body, "flags": list(a.flags),
            "confidence": a.confidence, "paragraphs": [p.text for p in a.paragraphs], "captions": caps,
            "people": people, "events": a.extras.get("events", []), "entities": ents,
            "fts_head": S.index_text(head),
            "fts_body": S.index_text(body + "\n" + "\n".join(c for c, _ in caps)),
        })
        arts[-1]["fts_impacts"] = impacts.terms(arts[-1]["fts_head"], arts[-1]["fts_body"])
    return {
        "paper": page.paper, "date": page.date, "page_no": page.page, "source_path": path,
        "file_index": file_index, "file_pages": file_pages, "sha256": sha, "format": src.format,
        "encoding": src.encoding, "original_text": src.text,
        "page_json": json.dumps(page_json(page), ensure_ascii=False),
        "photos": [(p.text, p.credit) for p in page.photos], "articles": arts,
    }
