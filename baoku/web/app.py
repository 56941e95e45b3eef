"""The web reader and HTTP API of an archive: one FastAPI app, read-only.

    from baoku.web import create_app
    app = create_app("demo/demo.db")          # or sqlite:///…, postgresql://…
    # uvicorn.run(app)  —  or: baoku serve --db demo/demo.db

Every HTML page has a JSON twin (``/articles/12`` and ``/articles/12.json``); ``/api/…`` is the documented API
(OpenAPI at ``/api/openapi.json``, a readable list at ``/api``). Sizes are bounded (``limit`` ≤ 100,
``offset`` ≤ 10000, queries ≤ 200 characters); bad input is a 4xx with a message, never a 500.
"""
from __future__ import annotations

import datetime as _dt
import math
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Literal
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import archive
from ..archive.query import FACETS
from . import data as D
from . import markup as M

HERE = Path(__file__).resolve().parent
MAX_LIMIT = 100
MAX_OFFSET = 10_000
MAX_QUERY = 200
MAX_ID = 2 ** 62
PER_PAGE = 20
IMAGE_WIDTHS = (700, 1200, 1800)        # the page image's widths in pixels (srcset); 1200 by default
MAX_IMAGE_SIDE = 4000                   # pixels: a very tall page is rendered smaller
SIDEBAR_FACETS = ("date", "paper", "section", "person", "title", "place", "event_type")
FACET_LABEL = {"date": "日期", "paper": "报纸", "section": "栏目", "person": "人物", "title": "职务", "place": "地点",
               "event_type": "事件类型", "month": "月份", "year": "年份", "page": "版次", "org": "机构"}
DATE_RE = r"^\d{4}(-\d\d(-\d\d)?)?$"
FLAG_LABEL = {"starts_mid_story": "从中间开始", "continues_elsewhere": "转下版", "continued_from_elsewhere": "上接",
              "reattached": "重新拼接", "no_body": "无正文"}


class Error(BaseModel):
    """Every 4xx answer of the API: what was wrong, and the status."""
    error: str
    status: int


ERRORS = {400: {"model": Error, "description": "a query that cannot be run (e.g. only NOT terms, nothing to "
                                                "search for) or a bad filter"},
          404: {"model": Error, "description": "no such article, page or person"},
          422: {"model": Error, "description": "a parameter out of its bounds or of the wrong form"}}


class _Pool:
    """One read-only archive connection per thread (SQLite connections are not shared between threads'
    queries); an immutable SQLite connection is opened again once a writer has started on the archive."""

    def __init__(self, url: str):
        self.url = url
        self.local = threading.local()
        archive.open(url, read_only=True).close()     # fail early: missing, not an archive, too old a schema

    def open(self):
        return archive.open(self.url, read_only=True)

    def get(self):
        db = getattr(self.local, "db", None)
        if db is not None and db.stale():
            db.close()
            db = None
        if db is None:
            db = self.local.db = self.open()
        return db


class _Renderer:
    """PDF pages rendered to PNG, one at a time (MuPDF is not thread-safe), the last few kept in memory."""

    def __init__(self, keep: int = 24):
        self.lock = threading.Lock()
        self.cache: OrderedDict = OrderedDict()
        self.keep = keep

    def png(self, key, load, width: int) -> bytes:
        """The PNG of the one-page PDF that ``load()`` gives, ``width`` pixels wide, cached under ``key``."""
        with self.lock:
            if key in self.cache:
                self.cache.move_to_end(key)
                return self.cache[key]
            import pymupdf
            with pymupdf.open(stream=load(), filetype="pdf") as doc:
                page = doc[0]
                zoom = min(width / page.rect.width, MAX_IMAGE_SIDE / page.rect.height)
                out = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False).tobytes("png")
            self.cache[key] = out
            if len(self.cache) > self.keep:
                self.cache.popitem(last=False)
            return out


# ---- parameters ------------------------------------------------------------------------------------------
class SearchParams:
    def __init__(
        self,
        q: str | None = Query(None, max_length=MAX_QUERY, description='words (AND), "a phrase", OR, NOT or -word, '
                                                                       "(groups); empty: every article, newest first"),
        paper: str | None = Query(None, max_length=100),
        date_from: str | None = Query(None, pattern=DATE_RE, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)"),
        date_to: str | None = Query(None, pattern=DATE_RE, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)"),
        page: int | None = Query(None, ge=1, le=10_000, description="the newspaper page number"),
        section: str | None = Query(None, max_length=100),
        person: str | None = Query(None, max_length=100),
        title: str | None = Query(None, max_length=100, description="a title (市委书记) or role (书记)"),
        place: str | None = Query(None, max_length=100),
        event_type: str | None = Query(None, max_length=50),
    ):
        self.q = q.strip() if q and q.strip() else None
        self.filters = {"paper": paper, "date_from": date_from, "date_to": date_to, "page": page,
                        "section": section, "person": person, "title": title, "place": place,
                        "event_type": event_type}

    def active(self) -> dict:
        return {k: v for k, v in self.filters.items() if v not in (None, "")}

    def params(self, **over) -> dict:
        d = {"q": self.q, **self.active(), **over}
        return {k: v for k, v in d.items() if v not in (None, "")}


FacetName = Literal["paper", "year", "month", "date", "page", "section", "person", "title", "place", "org",
                    "event_type"]
assert set(FacetName.__args__) == set(FACETS)


def _bad(msg: str, status: int = 400):
    raise HTTPException(status, msg)


def _wants_json(request: Request) -> bool:
    p = request.url.path
    return p.startswith("/api") or p.endswith((".json", ".csv", ".jsonl", ".png"))


def create_app(db_url: str) -> FastAPI:
    pool = _Pool(db_url)
    renderer = _Renderer()
    app = FastAPI(
        title="baoku 报库 API", version="1",
        description="Read-only API of a baoku archive: full-text search over restored newspaper articles "
                    "(Chinese, bigram index; traditional characters find simplified text), facets, articles, "
                    "pages with their original text and spans, people with titles over time, events. "
                    f"Lists are paginated with limit (≤ {MAX_LIMIT}) and offset (≤ {MAX_OFFSET}).",
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(quote=lambda s: quote(str(s), safe=""), FACET_LABEL=FACET_LABEL,
                                 FLAG_LABEL=FLAG_LABEL, LOW=D.LOW_CONFIDENCE, search_url=M.search_url)
    templates.env.filters["hl"] = M.highlight

    def db():
        return pool.get()

    def html(request: Request, name: str, ctx: dict, status: int = 200):
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    # ---- errors: 4xx with a message, HTML or JSON by the path ----------------------------------------
    def _error(request: Request, status: int, msg):
        if _wants_json(request):
            return JSONResponse({"error": msg, "status": status}, status_code=status)
        q = request.query_params.get("q")
        return html(request, "error.html", {"status": status, "message": msg,
                                            "sp": {"q": q[:MAX_QUERY] if q else None}, "query_help": status == 400
                                            and request.url.path.startswith("/search")}, status)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        msgs = ["{}: {}".format(".".join(str(x) for x in e.get("loc", ())[1:]) or "request", e.get("msg"))
                for e in exc.errors()]
        return _error(request, 422, "; ".join(msgs))

    @app.exception_handler(archive.QueryError)
    async def _query_error(request: Request, exc: archive.QueryError):
        return _error(request, 400, f"bad query: {exc}")

    # ---- data functions (shared by the API, the JSON twins and the HTML pages) ------------------------
    def do_search(sp: SearchParams, limit: int, offset: int, facets=(), facet_limit: int = 20) -> dict:
        try:
            res = db().search(sp.q, limit=limit, offset=offset, facets=facets, facet_limit=facet_limit,
                              mark=(M.HIT_OPEN, M.HIT_CLOSE), **sp.filters)
        except archive.QueryError as e:
            _bad(f"bad query: {e}")
        except (ValueError, OverflowError) as e:
            _bad(str(e))
        out = res.to_json()
        out.update(limit=limit, offset=offset, filters=sp.active())
        return out

    def json_hits(out: dict) -> dict:
        for h in out["hits"]:
            h["snippet_html"] = str(M.highlight(h["snippet"]))
            h["headline_marked"] = M.brackets(h.get("headline_marked"))
            h["snippet"] = M.brackets(h["snippet"])
            h["url"] = f"/articles/{h['id']}"
        return out

    def get_article(article_id: int) -> dict:
        a = D.article_full(db(), article_id) if 0 < article_id < MAX_ID else None
        if a is None:
            _bad(f"no article {article_id}", 404)
        return a

    def article_json(a: dict) -> dict:
        pa = a.pop("page_article") or {}
        a.pop("source_path", None)
        for k in ("byline", "captions", "entities", "field_spans", "paragraph_spans", "jump"):
            a[k if k != "byline" else "byline_parsed"] = pa.get(k)
        a["events"] = pa.get("events", a["events"])
        a["people_mentions"] = pa.get("people", [])
        a["url"] = f"/articles/{a['id']}"
        a["page_url"] = f"/pages/{a['page_id']}#{a['key']}"
        return a

    def get_page(page_id: int) -> dict:
        p = D.page_row(db(), page_id) if 0 < page_id < MAX_ID else None
        if p is None:
            _bad(f"no page {page_id}", 404)
        return p

    def page_image(p: dict) -> dict | None:
        """The page image of a page kept with its PDF: url, srcset and the page's size in PDF points."""
        src = D.page_source(db(), p["id"]) if p["format"] == "pdf" else None
        if not src:
            return None
        url = f"/pages/{p['id']}/image.png"
        return {"url": url, "width": src["width"], "height": src["height"], "unit": "pt",
                "srcset": ", ".join(f"{url}?w={w} {w}w" for w in IMAGE_WIDTHS)}

    def image_response(request: Request, page_id: int, w: int):
        src = D.page_source(db(), page_id) if 0 < page_id < MAX_ID else None
        if src is None:
            exists = 0 < page_id < MAX_ID and db().one("SELECT 1 FROM pages WHERE id = ?", (page_id,))
            _bad(f"page {page_id} has no page image: only pages ingested from a PDF have one" if exists
                 else f"no page {page_id}", 404)
        etag = f'"{src["sha256"][:20]}-{src["file_index"]}-{w}"'
        headers = {"ETag": etag, "Cache-Control": "public, max-age=86400"}
        if etag in request.headers.get("if-none-match", ""):
            return Response(status_code=304, headers=headers)
        try:
            png = renderer.png((pool.url, page_id, etag), lambda: D.page_source(db(), page_id, data=True)["data"], w)
        except Exception as e:  # noqa: BLE001 - MuPDF raises several kinds for a damaged document
            _bad(f"the stored PDF of page {page_id} cannot be rendered ({type(e).__name__})", 404)
        return Response(png, media_type="image/png", headers=headers)

    def page_json(p: dict) -> dict:
        pj = p["page_json"]
        dec = p.setdefault("decisions", D.decisions(p))
        return {"id": p["id"], "paper": p["paper"], "date": p["date"], "page": p["page"],
                "format": p["format"], "encoding": p["encoding"], "image": page_image(p),
                "original_text": p["original_text"],
                "articles": [{**a, "archive_id": p["article_ids"].get(a["id"]), "decisions": dec.get(a["id"]),
                              "url": f"/articles/{p['article_ids'].get(a['id'])}"} for a in pj.get("articles", [])],
                "photos": pj.get("photos", []), "furniture": pj.get("furniture", []),
                "dropped": pj.get("dropped", []), "stats": pj.get("stats")}

    def get_person(name: str) -> dict:
        if not name or len(name) > 100:
            _bad("a person's name is 1 to 100 characters")
        t = db().person(name)
        if not t["found"]:
            _bad(f"no one named {name} in the archive", 404)
        t["events"] = db().events(person=name, limit=MAX_LIMIT)
        t["url"] = "/people/" + quote(name, safe="")
        return t

    # ---- the API ----------------------------------------------------------------------------------------
    @app.get("/api/search", responses=ERRORS, tags=["search"], summary="Search articles")
    def api_search(sp: SearchParams = Depends(),
                   facet: list[FacetName] = Query([], description="facets to count (repeatable)"),
                   facet_limit: int = Query(20, ge=1, le=MAX_LIMIT),
                   limit: int = Query(20, ge=0, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        """Ranked hits (id, paper, date, page, section, kicker, headline, subheadline, snippet with the
        matches in `[` `]` as `headline_marked`, `snippet_html` with `<mark>`), `total`, and the facets asked
        for as `[value, count]` pairs."""
        return json_hits(do_search(sp, limit, offset, facet, facet_limit))

    @app.get("/api/facets", responses=ERRORS, tags=["search"], summary="Facet counts of a query")
    def api_facets(sp: SearchParams = Depends(),
                   name: list[FacetName] = Query(["paper", "month"], description="facets (repeatable)"),
                   limit: int = Query(20, ge=1, le=MAX_LIMIT)):
        out = do_search(sp, 0, 0, name, limit)
        return {"query": sp.q, "filters": sp.active(), "total": out["total"], "facets": out["facets"]}

    @app.get("/api/export", responses=ERRORS, tags=["search"], summary="Download every article matching a search (streamed)")
    def api_export(sp: SearchParams = Depends(), format: Literal["csv", "jsonl"] = "jsonl"):
        """The full result set (no limit), in date order, streamed as CSV or JSON Lines: one article per row
        with its body, people and events."""
        return export_response(sp, format)

    def export_response(sp: SearchParams, fmt: str):
        do_search(sp, 0, 0)                               # validates the query before the stream starts
        own = pool.open()                                 # a connection of its own for the stream

        def gen():
            try:
                yield from D.stream_rows(D.search_rows(own, sp.q, sp.filters), D.ARTICLE_HEADER, fmt)
            finally:
                own.close()
        media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
        return StreamingResponse(gen(), media_type=media,
                                 headers={"Content-Disposition": f'attachment; filename="baoku-search.{fmt}"'})

    @app.get("/api/articles/{article_id}", responses=ERRORS, tags=["articles"], summary="One article")
    def api_article(article_id: int):
        """The article's fields, paragraphs, flags, confidence, people (with titles), events, entities with
        offsets (per paragraph or headline field), the spans it came from in its page's original text."""
        return article_json(get_article(article_id))

    @app.get("/api/pages", responses=ERRORS, tags=["pages"], summary="List pages")
    def api_pages(paper: str | None = Query(None, max_length=100),
                  date: str | None = Query(None, pattern=r"^\d{4}-\d\d-\d\d$"),
                  limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        return D.pages(db(), paper=paper, date=date, limit=limit, offset=offset)

    @app.get("/api/pages/{page_id}", responses=ERRORS, tags=["pages"], summary="One page: original text and restored articles")
    def api_page(page_id: int):
        """The page's original text (as decoded) and its restored articles with `paragraph_spans` and
        `field_spans` (`[start, end]` offsets into `original_text`), photos, furniture and dropped markup. A page
        ingested from a PDF also has `image` (its URL and the page's size in PDF points), and its articles
        `paragraph_boxes`, `field_boxes` and caption `boxes` (`[x0, y0, x1, y1]` in points, origin top left)."""
        return page_json(get_page(page_id))

    @app.get("/api/pages/{page_id}/image.png", responses={**ERRORS, 200: {"content": {"image/png": {}}}},
             response_class=Response, tags=["pages"], summary="The page image of a page ingested from a PDF")
    def api_page_image(request: Request, page_id: int,
                       w: int = Query(1200, ge=100, le=max(IMAGE_WIDTHS), description="width in pixels")):
        """The PDF page rendered to PNG (the same as `/pages/{id}/image.png`), at most 4000 pixels tall; cached
        (ETag, Cache-Control). 404 for a page from a text dump."""
        return image_response(request, page_id, w)

    @app.get("/api/people", responses=ERRORS, tags=["people"], summary="People most written about")
    def api_people(prefix: str | None = Query(None, max_length=50), title: str | None = Query(None, max_length=100),
                   limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        rows = db().people(prefix=prefix, title=title, limit=limit + offset)[offset:]
        return {"limit": limit, "offset": offset,
                "people": [{**r, "url": "/people/" + quote(r["name"], safe="")} for r in rows]}

    @app.get("/api/people/{name}", responses=ERRORS, tags=["people"], summary="A person's titles over time, events, evidence")
    def api_person(name: str):
        return get_person(name)

    @app.get("/api/people/{name}/records", responses=ERRORS, tags=["people"], summary="Download a person's records (streamed)")
    def api_person_records(name: str, format: Literal["csv", "jsonl"] = "jsonl"):
        """One row per article and title naming the person: date, paper, page, article, headline, title."""
        get_person(name)
        media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson; charset=utf-8"
        own = pool.open()                                 # a connection of its own for the stream

        def gen():
            try:
                yield from D.stream_rows(D.person_records(own, name), D.PERSON_RECORD_HEADER, format)
            finally:
                own.close()
        return StreamingResponse(
            gen(), media_type=media,
            headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}.{format}"})

    @app.get("/api/events", responses=ERRORS, tags=["events"], summary="Events (inspections, meetings, speeches, …)")
    def api_events(type: str | None = Query(None, max_length=50), person: str | None = Query(None, max_length=100),
                   date_from: str | None = Query(None, pattern=r"^\d{4}-\d\d-\d\d$"),
                   date_to: str | None = Query(None, pattern=r"^\d{4}-\d\d-\d\d$"),
                   limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        rows = db().events(type=type, person=person, date_from=date_from, date_to=date_to, limit=limit,
                           offset=offset)
        return {"limit": limit, "offset": offset, "events": rows}

    @app.get("/api/stats", responses=ERRORS, tags=["archive"], summary="What the archive holds")
    def api_stats():
        s = db().stats()
        s.pop("bytes", None)
        return s

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_doc(request: Request):
        return html(request, "api.html", {"spec": app.openapi()})

    # ---- HTML pages and their JSON twins ---------------------------------------------------------------------
    def home_data() -> dict:
        s = db().stats()
        s.pop("bytes", None)
        return {"stats": s, "pages": D.pages(db(), limit=20)["pages"], "people": db().people(limit=20)}

    @app.get("/index.json", include_in_schema=False)
    def home_twin():
        return home_data()

    @app.get("/", include_in_schema=False)
    def home(request: Request):
        return html(request, "home.html", home_data())

    @app.get("/pages.json", include_in_schema=False)
    def pages_twin(paper: str | None = Query(None, max_length=100),
                   date: str | None = Query(None, pattern=r"^\d{4}-\d\d-\d\d$"),
                   offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        return D.pages(db(), paper=paper, date=date, limit=50, offset=offset)

    @app.get("/pages", response_class=HTMLResponse, include_in_schema=False)
    def pages_html(request: Request, paper: str | None = Query(None, max_length=100),
                   date: str | None = Query(None, pattern=r"^\d{4}-\d\d-\d\d$"),
                   offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        d = D.pages(db(), paper=paper, date=date, limit=50, offset=offset)
        qs = {k: v for k, v in (("paper", paper), ("date", date)) if v}
        return html(request, "pages.html", {"d": d, "qs": urlencode(qs),
                                            "prev": urlencode({**qs, "offset": max(0, offset - 50)}),
                                            "next": urlencode({**qs, "offset": offset + 50})})

    def search_page_data(sp: SearchParams, p: int, n: int = PER_PAGE) -> dict:
        offset = (p - 1) * n
        if offset > MAX_OFFSET:
            _bad(f"page {p} is past the last page that can be shown (at most {MAX_OFFSET // n + 1})")
        out = do_search(sp, n, offset, list(SIDEBAR_FACETS) + ["month"], 12)
        out["facets"]["month"] = do_search(sp, 0, 0, ["month"], 600)["facets"]["month"]
        out["p"] = p
        out["pages"] = max(1, math.ceil(out["total"] / n))
        out["n"] = n
        return out

    @app.get("/search.json", include_in_schema=False)
    def search_json(sp: SearchParams = Depends(), p: int = Query(1, ge=1, le=1000),
                    n: int = Query(PER_PAGE, ge=1, le=MAX_LIMIT)):
        return json_hits(search_page_data(sp, p, n))

    @app.get("/search.csv", include_in_schema=False)
    def search_csv(sp: SearchParams = Depends()):
        return export_response(sp, "csv")

    @app.get("/search.jsonl", include_in_schema=False)
    def search_jsonl(sp: SearchParams = Depends()):
        return export_response(sp, "jsonl")

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_html(request: Request, sp: SearchParams = Depends(), p: int = Query(1, ge=1, le=1000),
                    n: int = Query(PER_PAGE, ge=1, le=MAX_LIMIT, description="results per page")):
        out = search_page_data(sp, p, n)
        keep = {"n": n if n != PER_PAGE else None}
        months = out["facets"].get("month", [])
        peak = max((n for _, n in months), default=0)
        qs = urlencode(sp.params())
        return html(request, "search.html", {
            "r": out, "sp": sp, "months": months, "peak": peak, "qs": qs,
            "facet_names": SIDEBAR_FACETS, "page_url": lambda k: "/search?" + urlencode(sp.params(p=k, **keep)),
            "facet_url": lambda name, v: "/search?" + urlencode(sp.params(**_facet_filter(name, v))),
            "drop_url": lambda k: "/search?" + urlencode({kk: vv for kk, vv in sp.params().items() if kk != k})})

    @app.get("/articles/{article_id}.json", include_in_schema=False)
    def article_twin(article_id: int):
        return article_json(get_article(article_id))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_html(request: Request, article_id: int):
        a = get_article(article_id)
        pa = a["page_article"] or {}
        marked = M.article_markup(pa, a["paragraphs"])
        places = sorted({e["text"] for e in pa.get("entities", []) if e["type"] == "place"})
        dates = sorted({(e["text"], e.get("value")) for e in pa.get("entities", []) if e["type"] == "date"},
                       key=lambda x: str(x[1]))
        decisions = D.decisions(D.page_row(db(), a["page_id"])).get(a["key"])
        return html(request, "article.html", {"a": a, "pa": pa, "m": marked, "places": places, "dates": dates,
                                              "entity_href": M.entity_href, "decisions": decisions})

    @app.get("/pages/{page_id}.json", include_in_schema=False)
    def page_twin(page_id: int):
        return page_json(get_page(page_id))

    @app.get("/pages/{page_id}/image.png", include_in_schema=False)
    def page_image_png(request: Request, page_id: int, w: int = Query(1200, ge=100, le=max(IMAGE_WIDTHS))):
        return image_response(request, page_id, w)

    @app.get("/pages/{page_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_html(request: Request, page_id: int):
        pg = get_page(page_id)
        original, _ = M.original_markup(pg["original_text"], pg["page_json"])
        dec = D.decisions(pg)
        arts = []
        for a in pg["page_json"].get("articles", []):
            arts.append({"a": a, "id": pg["article_ids"].get(a["id"]), "decisions": dec.get(a["id"]),
                         "m": M.article_markup(a, a.get("paragraphs") or [])})
        img = page_image(pg)
        boxes = M.pdf_boxes(pg["page_json"], img["width"], img["height"]) if img else []
        return html(request, "page.html", {"pg": pg, "pj": pg["page_json"], "original": original, "arts": arts,
                                           "img": img, "boxes": boxes})

    @app.get("/people.json", include_in_schema=False)
    def people_twin(prefix: str | None = Query(None, max_length=50), title: str | None = Query(None, max_length=100),
                    offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        return api_people(prefix=prefix, title=title, limit=MAX_LIMIT, offset=offset)

    @app.get("/people", response_class=HTMLResponse, include_in_schema=False)
    def people_html(request: Request, prefix: str | None = Query(None, max_length=50),
                    title: str | None = Query(None, max_length=100), offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        rows = api_people(prefix=prefix, title=title, limit=MAX_LIMIT, offset=offset)["people"]
        qs = {k: v for k, v in (("prefix", prefix), ("title", title)) if v}
        return html(request, "people.html", {"people": rows, "prefix": prefix or "", "title": title or "",
                                             "offset": offset, "qs": urlencode(qs),
                                             "prev": urlencode({**qs, "offset": max(0, offset - MAX_LIMIT)}),
                                             "next": urlencode({**qs, "offset": offset + MAX_LIMIT}),
                                             "full": len(rows) == MAX_LIMIT})

    @app.get("/people/{name}.json", include_in_schema=False)
    def person_twin(name: str):
        return get_person(name)

    @app.get("/people/{name}.csv", include_in_schema=False)
    def person_csv(name: str):
        return api_person_records(name, "csv")

    @app.get("/people/{name}.jsonl", include_in_schema=False)
    def person_jsonl(name: str):
        return api_person_records(name, "jsonl")

    @app.get("/people/{name}", response_class=HTMLResponse, include_in_schema=False)
    def person_html(request: Request, name: str):
        t = get_person(name)
        return html(request, "person.html", {"t": t, "timeline": _timeline(t)})

    @app.get("/events.json", include_in_schema=False)
    def events_twin(type: str | None = Query(None, max_length=50), person: str | None = Query(None, max_length=100),
                    limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        return api_events(type=type, person=person, date_from=None, date_to=None, limit=limit, offset=offset)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_html(request: Request, type: str | None = Query(None, max_length=50),
                    person: str | None = Query(None, max_length=100),
                    offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        rows = db().events(type=type, person=person, limit=50, offset=offset)
        types = db().all("SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY COUNT(*) DESC, type")
        return html(request, "events.html", {"events": rows, "types": types, "type": type, "person": person,
                                             "offset": offset})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return RedirectResponse("/static/favicon.svg")

    return app


def _facet_filter(name: str, value) -> dict:
    if name == "date":
        return {"date_from": value, "date_to": value, "p": None}
    if name == "month":
        return {"date_from": value, "date_to": value, "p": None}
    return {name: value, "p": None}


def _ordinal(d: str | None) -> int | None:
    if not d:
        return None
    try:
        return _dt.date.fromisoformat(d[:10]).toordinal()
    except ValueError:
        return None


def _timeline(t: dict) -> list[dict]:
    """Each title's bar (left, width in %) on the span from the person's first to last date."""
    lo, hi = _ordinal(t.get("first")), _ordinal(t.get("last"))
    out = []
    for x in t["titles"]:
        a, b = _ordinal(x["first"]), _ordinal(x["last"])
        if lo is None or hi is None or a is None or b is None or hi == lo:
            left, width = 0.0, 100.0
        else:
            left = 100.0 * (a - lo) / (hi - lo)
            width = max(1.5, 100.0 * (b - a) / (hi - lo))
            left = min(left, 100.0 - width)
        out.append({**x, "left": round(left, 2), "width": round(width, 2)})
    return out

