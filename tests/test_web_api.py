"""The web reader and its API (baoku/web): every endpoint, the HTML pages and their JSON twins, bounds and bad
input (4xx, never 500), streamed downloads, PDF page images with their article boxes, serving a read-only archive,
on an archive built here from the fictional pages (examples/: the dumps, the PDF, and the small fictional texts of
conftest.py)."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import struct
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from baoku import archive  # noqa: E402
from baoku.archive.store import ArchiveError  # noqa: E402
from baoku.cli import build_parser  # noqa: E402
from baoku.web import create_app  # noqa: E402

WEB = Path(__file__).resolve().parent.parent / "baoku" / "web"
PDF = Path(__file__).resolve().parent.parent / "examples" / "qinghe-2023-06-03.pdf"


@pytest.fixture(scope="module")
def web_db(tmp_path_factory, records):  # noqa: F811
    path = tmp_path_factory.mktemp("web") / "web.db"
    db = archive.open(str(path))
    for r in records:
        assert db.write_record(r) == "added"
    assert archive.ingest([PDF], db, paper="青禾日报", workers=1, progress=False)["pages_added"] == 2
    db.close()
    return str(path)


@pytest.fixture(scope="module")
def client(web_db):
    with TestClient(create_app(web_db)) as c:
        yield c


@pytest.fixture(scope="module")
def ids(web_db):
    db = archive.open(web_db)
    out = {"articles": [i for (i,) in db.all("SELECT id FROM articles ORDER BY id")],
           "pages": [i for (i,) in db.all("SELECT id FROM pages ORDER BY id")],
           "pdf_pages": [i for (i,) in db.all("SELECT id FROM pages WHERE format = 'pdf' ORDER BY id")],
           "text_pages": [i for (i,) in db.all("SELECT id FROM pages WHERE format != 'pdf' ORDER BY id")],
           "person": db.people(limit=1)[0]["name"]}
    db.close()
    return out


def ok_json(client, url):
    r = client.get(url)
    assert r.status_code == 200, (url, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def ok_html(client, url):
    r = client.get(url)
    assert r.status_code == 200, (url, r.text[:300])
    assert r.headers["content-type"].startswith("text/html")
    return r.text


# ---- the API ---------------------------------------------------------------------------------------------
def test_api_search_hits_facets_and_pagination(client):
    d = ok_json(client, "/api/search?q=周启明&facet=paper&facet=month&limit=1")
    assert d["total"] == 2 and len(d["hits"]) == 1
    h = d["hits"][0]
    assert {"id", "paper", "date", "page", "headline", "snippet", "snippet_html", "url"} <= set(h)
    assert "[周启明]" in h["snippet"] and "<mark>周启明</mark>" in h["snippet_html"]
    assert dict(d["facets"]["paper"]) and sum(n for _, n in d["facets"]["month"]) == 2
    second = ok_json(client, "/api/search?q=周启明&limit=1&offset=1")["hits"]
    assert second and second[0]["id"] != h["id"]
    everything = ok_json(client, "/api/search?limit=100")
    assert everything["total"] == len(everything["hits"]) > 10


def test_api_search_filters(client):
    d = ok_json(client, "/api/search?paper=平城晚报")
    assert d["total"] >= 1 and {h["paper"] for h in d["hits"]} == {"平城晚报"}
    d = ok_json(client, "/api/search?date_from=2023-06&date_to=2023-06-30")
    assert d["total"] and {h["date"][:7] for h in d["hits"]} == {"2023-06"}
    d = ok_json(client, "/api/search?person=周启明")
    assert d["total"] >= 1
    assert ok_json(client, "/api/search?q=港&page=2")["filters"] == {"page": 2}


def test_api_facets(client):
    d = ok_json(client, "/api/facets?q=港&name=paper&name=event_type&name=title")
    assert set(d["facets"]) == {"paper", "event_type", "title"} and d["total"] >= 1
    assert all(isinstance(n, int) for _, n in d["facets"]["paper"])


def test_api_article(client, ids):
    for aid in ids["articles"]:
        d = ok_json(client, f"/api/articles/{aid}")
        assert d["id"] == aid and isinstance(d["paragraphs"], list)
        assert d["paragraph_spans"] is not None and len(d["paragraph_spans"]) == len(d["paragraphs"])
        assert d == ok_json(client, f"/articles/{aid}.json")          # the JSON twin is the API


def test_api_pages(client, ids):
    d = ok_json(client, "/api/pages?limit=2")
    assert d["total"] == len(ids["pages"]) and len(d["pages"]) == 2
    assert ok_json(client, "/api/pages?limit=2&offset=2")["pages"][0]["id"] not in {p["id"] for p in d["pages"]}
    for pid in ids["pages"]:
        p = ok_json(client, f"/api/pages/{pid}")
        text = p["original_text"]
        for a in p["articles"]:
            assert a["archive_id"] and a["url"] == f"/articles/{a['archive_id']}"
            for spans in a["paragraph_spans"]:
                for s, e in spans:
                    assert 0 <= s < e <= len(text)
        assert p == ok_json(client, f"/pages/{pid}.json")


def test_api_people_person_events_stats(client, ids):
    people = ok_json(client, "/api/people?limit=3")["people"]
    assert len(people) == 3 and people[0]["articles"] >= people[-1]["articles"]
    assert ok_json(client, "/api/people?limit=2&offset=1")["people"][0]["name"] == people[1]["name"]
    t = ok_json(client, "/api/people/" + quote("周启明"))
    assert t["found"] and t["titles"] and t["titles"][0]["evidence"]
    assert t == ok_json(client, "/people/" + quote("周启明") + ".json")
    ev = ok_json(client, "/api/events?limit=5")["events"]
    assert ev and {"type", "date", "article", "actors"} <= set(ev[0])
    typ = ev[0]["type"]
    assert {e["type"] for e in ok_json(client, f"/api/events?type={typ}")["events"]} == {typ}
    assert ok_json(client, "/events.json")["events"]
    s = ok_json(client, "/api/stats")
    assert s["articles"] == len(ids["articles"]) and s["pages"] == len(ids["pages"])


def test_openapi_documents_every_endpoint(client):
    spec = ok_json(client, "/api/openapi.json")
    for path in ("/api/search", "/api/facets", "/api/export", "/api/articles/{article_id}", "/api/pages",
                 "/api/pages/{page_id}", "/api/pages/{page_id}/image.png", "/api/people", "/api/people/{name}",
                 "/api/people/{name}/records", "/api/events", "/api/stats"):
        assert path in spec["paths"], path
    limit = next(p for p in spec["paths"]["/api/search"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 100
    assert "/api/search" in ok_html(client, "/api")


# ---- downloads -------------------------------------------------------------------------------------------
def test_export_streams_full_result_set(client):
    total = ok_json(client, "/api/search?q=港&limit=0")["total"]
    r = client.get("/search.csv?q=港")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == total and all("港" in (x["body"] + (x["headline"] or "")) for x in rows)
    r = client.get("/api/export?q=港&format=jsonl")
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert len(lines) == total and all("people" in x for x in lines)
    assert client.get("/search.jsonl?q=港").text == r.text
    all_rows = client.get("/api/export?format=jsonl").text.splitlines()
    assert len(all_rows) == ok_json(client, "/api/stats")["articles"]     # no limit on a download


def test_person_records_export(client):
    name = quote("周启明")
    r = client.get(f"/api/people/{name}/records?format=csv")
    assert r.status_code == 200
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and {x["person"] for x in rows} == {"周启明"} and all(x["article"] for x in rows)
    assert client.get(f"/people/{name}.csv").text == r.text
    lines = client.get(f"/people/{name}.jsonl").text.splitlines()
    assert len(lines) == len(rows)
    assert client.get("/people/" + quote("无此人") + ".csv").status_code == 404


# ---- bad input: 4xx with a message, never 500 ---------------------------------------------------------------
@pytest.mark.parametrize("url, status", [
    ("/api/articles/999999", 404), ("/articles/999999", 404), ("/articles/999999.json", 404),
    ("/api/articles/0", 404), ("/api/articles/-5", 404), ("/api/articles/99999999999999999999999999", 404),
    ("/api/articles/abc", 422), ("/articles/abc", 422),
    ("/api/pages/999999", 404), ("/pages/999999", 404), ("/pages/99999999999999999999999999.json", 404),
    ("/api/people/" + quote("无此人"), 404), ("/people/" + quote("无此人"), 404),
    ("/people/" + "名" * 300, 400),
    ("/api/search?limit=101", 422), ("/api/search?limit=-1", 422), ("/api/search?offset=10001", 422),
    ("/api/search?offset=99999999999999999999999", 422), ("/api/search?page=99999999999999999999", 422),
    ("/search?p=99999999", 422), ("/search?p=0", 422), ("/search.json?p=abc", 422),
    ("/api/search?date_from=yesterday", 422), ("/api/search?date_to=2023-13-01%27--", 422),
    ("/api/search?facet=bogus", 422), ("/api/facets?name=id;drop", 422),
    ("/api/search?q=" + "长" * 201, 422),
    ("/api/search?q=-港", 400), ("/api/search?q=NOT%20港", 400), ("/api/search?q=%22%22", 400),
    ("/api/search?q=(((", 400), ("/search?q=%2A%2A%2A", 400), ("/api/export?q=-港", 400),
    ("/search.csv?q=-港", 400), ("/api/pages?date=2023", 422), ("/pages?date=x", 422), ("/pages?offset=-1", 422),
    ("/people.json?offset=10001", 422), ("/api/events?limit=1000", 422),
    ("/api/people?limit=0", 422), ("/api/export?format=xml", 422), ("/no/such/page", 404),
])
def test_bad_input_is_4xx_with_message(client, url, status):
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:300])
    if url.startswith("/api") or ".json" in url or ".csv" in url:
        d = r.json()
        assert d["status"] == status and d["error"]
    else:
        assert r.headers["content-type"].startswith("text/html") and f"<h1>{status}</h1>" in r.text


@pytest.mark.parametrize("q", [
    "'; DROP TABLE articles; --", '港" OR 1=1 --', "港 NEAR(港 青川)", "body:港", "港*", "^港", "港 AND",
    "港 OR", "OR 港", "(港", "港)", ")(港", '"港', "港 -", "港 | | 青川", "港\x00青川", "港 %", "港 _",
    "{港}", "港 + 青川", "港' || '1", "港 \\", "港 ~ 青川", "港 NOT NOT 青川", "港 &&",
])
def test_query_syntax_injection_is_harmless(client, web_db, q):
    r = client.get("/api/search", params={"q": q})
    assert r.status_code in (200, 400), (q, r.status_code, r.text[:300])
    assert client.get("/search", params={"q": q}).status_code in (200, 400)
    assert client.get("/search.csv", params={"q": q}).status_code in (200, 400)
    db = archive.open(web_db)
    assert db.stats()["articles"] > 10                          # nothing dropped
    db.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(alphabet=st.sampled_from(list('港青川周启明 "()|-*:^ORNTAD\'\\;%_')), max_size=30))
def test_any_query_is_200_or_400(client, q):
    r = client.get("/api/search", params={"q": q, "facet": "month"})
    assert r.status_code in (200, 400), (q, r.text[:300])


def test_bad_query_page_keeps_the_query(client):
    r = client.get("/search", params={"q": "-港"})
    assert r.status_code == 400 and 'value="-港"' in r.text and "检索语法" in r.text


def test_html_escapes_input(client):
    html = client.get("/search", params={"q": "<script>alert(1)</script> 港"}).text
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    r = client.get("/people/" + quote("<b>x</b>"))
    assert r.status_code == 404 and "<b>x</b>" not in r.text


# ---- the HTML pages ----------------------------------------------------------------------------------------
def test_home_and_twins(client, ids):
    assert "报库" in ok_html(client, "/")
    for url in ("/", f"/articles/{ids['articles'][0]}", f"/pages/{ids['pages'][0]}", "/people/" + quote("周启明"),
                "/search?q=港", "/events", "/people", "/people?offset=1", "/pages", "/pages?paper=" + quote("青川日报")):
        html = ok_html(client, url)
        twin = re.search(r'<a href="([^"]+\.json[^"]*)">JSON</a>', html)
        assert twin, url
        ok_json(client, twin.group(1).replace("&amp;", "&"))


def test_search_page(client):
    html = ok_html(client, "/search?q=港")
    assert "<mark>港</mark>" in html                                   # highlighted snippets
    for name in ("paper", "person", "title", "place", "date"):
        assert f'data-facet="{name}"' in html, name                   # facet sidebar with counts
    assert 'class="count"' in html
    assert 'class="bar' in html and "每月文章数" in html             # results per month
    assert 'href="/search.csv?q=' in html and 'href="/search.jsonl?q=' in html
    html = ok_html(client, "/search?n=5")                              # no query: every article, paginated
    assert 'rel="next"' in html and 'href="/search?p=2&amp;n=5"' in html
    assert ok_html(client, "/search?p=2&n=5").count('class="hit"') == 5
    months = re.findall(r'title="(\d{4}-\d\d)：', html)
    assert len(months) >= 2 and months == sorted(months)
    html = ok_html(client, "/search?paper=" + quote("平城晚报"))
    assert "平城晚报" in html and "去掉此条件" in html
    assert "没有找到文章" in ok_html(client, "/search?q=" + quote("不存在的词语组合"))


def test_article_page_marks_entities(client):
    d = ok_json(client, "/api/search?q=周启明&limit=1")
    aid = d["hits"][0]["id"]
    html = ok_html(client, f"/articles/{aid}")
    assert 'class="ent ent-person" href="/people/' + quote("周启明") in html
    assert "ent ent-title" in html and "ent ent-place" in html
    a = ok_json(client, f"/articles/{aid}.json")
    assert a["headline"] in re.sub(r"<[^>]+>", "", html)
    assert f'/pages/{a["page_id"]}#{a["key"]}' in html
    for t in a["people"][0]["titles"]:
        assert quote(t) in html or t in html
    if a["events"]:
        assert 'class="ev"' in html


def test_page_view_spans(client, ids):
    for pid in ids["pages"]:
        p = ok_json(client, f"/pages/{pid}.json")
        html = ok_html(client, f"/pages/{pid}")
        assert '<script src="/static/page.js"' in html
        for a in p["articles"]:
            assert f'id="{a["id"]}"' in html and f'data-a="{a["id"]}"' in html
            pieces = re.findall(rf'<span class="src" data-a="{a["id"]}" data-k="p\d+">([^<]*)</span>', html)
            assert len(pieces) == sum(len(s) for s in a["paragraph_spans"])
        text = re.sub(r"<[^>]+>", "", re.search(r'<pre id="original">(.*?)</pre>', html, re.S).group(1))
        import html as H
        assert H.unescape(text) == p["original_text"]                    # nothing of the original lost
    assert "置信度" in html


def test_person_page(client):
    html = ok_html(client, "/people/" + quote("周启明"))
    assert 'class="tl-bar"' in html and "职务时间线" in html and "证据文章" in html
    assert "/people/" + quote("周启明") + ".csv" in html
    assert "事件" in html


def test_assets_are_local_and_fonts_cjk(client):
    for f in list((WEB / "templates").glob("*.html")) + list((WEB / "static").glob("*")):
        text = f.read_text(encoding="utf-8")
        assert not re.search(r"(src|href)=\"(https?:)?//", text), f
        assert "@import" not in text and "cdn" not in text.lower(), f
    css = client.get("/static/style.css").text
    assert "Noto Serif CJK SC" in css and "@media (max-width" in css
    assert client.get("/static/page.js").status_code == 200
    assert 'name="viewport"' in ok_html(client, "/")


def test_cli_serve_parser(tmp_path, capsys):
    from baoku.cli import main
    args = build_parser().parse_args(["serve", "--db", "x.db", "--port", "8123"])
    assert args.host == "127.0.0.1" and args.port == 8123 and args.func.__name__ == "cmd_serve"
    assert main(["serve", "--db", str(tmp_path / "missing.db")]) == 2
    assert "no archive" in capsys.readouterr().err


def test_decisions_visible(client, ids):
    """Restore decisions (not kept in the archive) are shown for text pages: restored again from the stored
    original text, matched by article id and headline."""
    found = False
    for pid in ids["pages"]:
        p = ok_json(client, f"/pages/{pid}.json")
        decided = [a for a in p["articles"] if a["decisions"]]
        if decided:
            found = True
            html = ok_html(client, f"/pages/{pid}")
            assert "复原决定" in html and decided[0]["decisions"][0].split(":")[0] in html
    assert found


def test_both_backends(db_url, records):  # noqa: F811
    """The same app on SQLite and PostgreSQL (skips PostgreSQL without a server, fails under CI=true)."""
    db = archive.open(db_url)
    for r in records:
        db.write_record(r)
    aid = db.search("周启明", limit=1).hits[0]["id"]
    db.close()
    with TestClient(create_app(db_url)) as c:
        d = ok_json(c, "/api/search?q=周启明&facet=month&facet=person")
        assert d["total"] == 2 and d["facets"]["month"]
        assert ok_json(c, f"/articles/{aid}.json")["id"] == aid
        assert "ent-person" in ok_html(c, f"/articles/{aid}")
        pid = ok_json(c, "/api/pages")["pages"][0]["id"]
        assert 'class="src"' in ok_html(c, f"/pages/{pid}")
        assert ok_json(c, "/api/people/" + quote("周启明"))["titles"]
        assert len(c.get("/api/export?format=jsonl").text.splitlines()) == ok_json(c, "/api/stats")["articles"]
        assert len(c.get("/people/" + quote("周启明") + ".csv").text.splitlines()) > 1
        assert c.get("/api/search?q=-港").status_code == 400
        assert c.get("/api/articles/99999999999999999999").status_code == 404


# ---- PDF pages: the page image and the boxes of its articles ------------------------------------------------
def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_page_image(client, ids):
    for pid in ids["pdf_pages"]:
        for url in (f"/pages/{pid}/image.png", f"/api/pages/{pid}/image.png"):
            r = client.get(url)
            assert r.status_code == 200 and r.headers["content-type"] == "image/png"
            w, h = _png_size(r.content)
            assert w == 1200 and abs(h - 1200 * 842 / 595) <= 1             # the example is A4 (595 × 842 pt)
            assert "max-age" in r.headers["cache-control"] and r.headers["etag"]
            again = client.get(url, headers={"If-None-Match": r.headers["etag"]})
            assert again.status_code == 304 and not again.content
        assert _png_size(client.get(f"/pages/{pid}/image.png?w=700").content)[0] == 700
    assert client.get(f"/pages/{ids['pdf_pages'][0]}/image.png").headers["etag"] != \
        client.get(f"/pages/{ids['pdf_pages'][1]}/image.png").headers["etag"]


@pytest.mark.parametrize("url, status, words", [
    ("/pages/{text}/image.png", 404, "no page image"), ("/api/pages/{text}/image.png", 404, "no page image"),
    ("/pages/999999/image.png", 404, "no page 999999"), ("/api/pages/0/image.png", 404, "no page 0"),
    ("/pages/99999999999999999999999/image.png", 404, "no page"), ("/pages/x/image.png", 422, "page_id"),
    ("/pages/{pdf}/image.png?w=99999", 422, "w"), ("/api/pages/{pdf}/image.png?w=10", 422, "w")])
def test_page_image_bad_input(client, ids, url, status, words):
    r = client.get(url.format(text=ids["text_pages"][0], pdf=ids["pdf_pages"][0]))
    assert r.status_code == status and r.headers["content-type"].startswith("application/json")
    assert words in r.json()["error"] and r.json()["status"] == status


def test_pdf_page_json_has_image_and_boxes(client, ids):
    for pid in ids["pdf_pages"]:
        p = ok_json(client, f"/api/pages/{pid}")
        assert p["image"]["url"] == f"/pages/{pid}/image.png" and (p["image"]["width"], p["image"]["height"]) == (595, 842)
        assert p == ok_json(client, f"/pages/{pid}.json")
        for a in p["articles"]:
            assert a["field_boxes"]["headline"] and len(a["paragraph_boxes"]) == len(a["paragraphs"])
            for x0, y0, x1, y1 in [b for bs in a["paragraph_boxes"] for b in bs]:
                assert 0 <= x0 < x1 <= 595 and 0 <= y0 < y1 <= 842
    assert any(c.get("boxes") for pid in ids["pdf_pages"] for a in ok_json(client, f"/pages/{pid}.json")["articles"]
               for c in a["captions"])
    for pid in ids["text_pages"]:
        assert ok_json(client, f"/pages/{pid}.json")["image"] is None


def test_pdf_page_view_overlays_every_box(client, ids):
    """The image, and one overlay per box of every article (headline fields, paragraphs, captions), placed in
    percentages of the page; the text layer's spans are still there."""
    for pid in ids["pdf_pages"]:
        p = ok_json(client, f"/pages/{pid}.json")
        html = ok_html(client, f"/pages/{pid}")
        assert f'<img src="/pages/{pid}/image.png"' in html and '<pre id="original">' in html
        got = sorted((k, a, *map(float, xs)) for k, a, *xs in re.findall(
            r'<div class="box box-(\w+)" data-a="([^"]+)" style="left:([\d.]+)%;top:([\d.]+)%;width:([\d.]+)%;'
            r'height:([\d.]+)%"></div>', html))
        want = []
        for a in p["articles"]:
            boxes = [("head", b) for bs in a["field_boxes"].values() for b in bs]
            boxes += [("p", b) for bs in a["paragraph_boxes"] for b in bs]
            boxes += [("cap", b) for c in a["captions"] for b in c.get("boxes") or []]
            want += [(k, a["id"], x0 / 5.95, y0 / 8.42, (x1 - x0) / 5.95, (y1 - y0) / 8.42)
                     for k, (x0, y0, x1, y1) in boxes]
        assert len(got) == len(want) > 0
        for g, w in zip(got, sorted(want)):
            assert g[:2] == w[:2] and all(abs(x - y) < 0.01 for x, y in zip(g[2:], w[2:]))
    html = ok_html(client, f"/pages/{ids['text_pages'][0]}")
    assert 'class="pdfpage"' not in html and 'class="box' not in html


def test_archive_keeps_pdf_page_sources(db_url, tmp_path):
    """Ingest keeps each PDF page alone as a one-page PDF (both backends); a changed file replaces them, and an
    unchanged file whose pages were stored without them (before schema 2) gets them on the next ingest."""
    import pymupdf
    db = archive.open(db_url)
    pdf = tmp_path / "issue.pdf"
    shutil.copy(PDF, pdf)
    archive.ingest([pdf], db, paper="青禾日报", workers=1, progress=False)
    rows = db.all("SELECT pg.file_index, s.media_type, s.width, s.height, s.data FROM page_sources s "
                  "JOIN pages pg ON pg.id = s.page_id ORDER BY pg.file_index")
    assert [(i, m, w, h) for i, m, w, h, _ in rows] == [(0, "application/pdf", 595, 842), (1, "application/pdf", 595, 842)]
    with pymupdf.open(PDF) as whole:
        for i, *_, data in rows:
            with pymupdf.open(stream=bytes(data), filetype="pdf") as one:
                assert one.page_count == 1 and one[0].get_text() == whole[i].get_text()
    db.execute("DELETE FROM page_sources")
    archive.ingest([pdf], db, paper="青禾日报", workers=1, progress=False)
    assert db.one("SELECT COUNT(*) FROM page_sources")[0] == 2
    with pymupdf.open(PDF) as doc:                    # a changed file: its pages and their sources replaced
        doc.delete_page(1)
        doc.save(pdf)
    assert archive.ingest([pdf], db, paper="青禾日报", workers=1, progress=False)["pages_replaced"] == 1
    assert db.one("SELECT COUNT(*) FROM page_sources")[0] == 1
    assert db.one("SELECT COUNT(*) FROM page_sources s JOIN pages pg ON pg.id = s.page_id")[0] == 1
    db.close()


# ---- serving a read-only archive --------------------------------------------------------------------------
def _snapshot(folder: Path) -> dict:
    return {f.name: (f.stat().st_mtime_ns, hashlib.sha256(f.read_bytes()).hexdigest()) for f in folder.iterdir()}


def test_serve_never_writes_a_read_only_archive(web_db, tmp_path, ids):
    """A library's shared copy: a read-only file in a read-only folder. Served, it stays byte for byte the same
    and nothing (-wal, -shm, -journal) is created next to it — checked by content, since root may write anyway."""
    shared = tmp_path / "shared"
    shared.mkdir()
    path = shared / "news.db"
    shutil.copy(web_db, path)
    os.chmod(path, 0o444)
    os.chmod(shared, 0o555)
    try:
        before = _snapshot(shared)
        with TestClient(create_app(str(path))) as c:
            for url in ("/", "/search?q=港", f"/pages/{ids['pdf_pages'][0]}", f"/pages/{ids['pdf_pages'][0]}/image.png",
                        f"/articles/{ids['articles'][0]}", "/people/" + quote("周启明"), "/api/export?format=csv",
                        "/api/stats", "/events"):
                assert c.get(url).status_code == 200, url
        assert _snapshot(shared) == before
        db = archive.open(str(path), read_only=True)
        assert db.immutable
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.execute("CREATE TABLE t (x)")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.execute("DELETE FROM articles")
        db.close()
        assert _snapshot(shared) == before
    finally:
        os.chmod(shared, 0o755)


def test_serve_follows_a_writer(web_db, tmp_path, records):
    """Served while an ingest writes into the same archive: once the writer's WAL is there the server's
    connections read through it (mode=ro, not immutable) and see the new pages."""
    path = tmp_path / "live.db"
    shutil.copy(web_db, path)
    with TestClient(create_app(str(path))) as c:
        n = ok_json(c, "/api/stats")["pages"]
        writer = archive.open(str(path))
        rec = dict(records[0], source_path="/elsewhere/p1.md", sha256="0" * 64)
        assert writer.write_record(rec) == "added"
        assert os.path.exists(f"{path}-wal")
        assert ok_json(c, "/api/stats")["pages"] == n + 1
        ro = archive.open(str(path), read_only=True)
        assert not ro.immutable and ro.stats()["pages"] == n + 1
        ro.close()
        writer.close()


def test_read_only_open_on_both_backends(db_url, records):
    """Read-only: nothing created on an empty database, writes refused, an older schema named in one line."""
    with pytest.raises(ArchiveError, match="no archive at|not a baoku archive"):
        archive.open(db_url, read_only=True)
    db = archive.open(db_url)
    db.write_record(records[0])
    db.close()
    ro = archive.open(db_url, read_only=True)
    assert ro.stats()["pages"] == 1
    with pytest.raises(Exception, match="read-only|readonly"):
        ro.execute("INSERT INTO papers (name) VALUES ('x')")
    ro.close()
    db = archive.open(db_url)
    db.execute("DELETE FROM schema_version WHERE version > 1")
    db.execute("DROP TABLE page_sources")             # as an archive made before migration 002
    db.close()
    with pytest.raises(ArchiveError, match="schema version 1, older than"):
        archive.open(db_url, read_only=True)
    with pytest.raises(ArchiveError, match="older than"):
        create_app(db_url)
    archive.open(db_url).close()                    # a writable open migrates it again
    archive.open(db_url, read_only=True).close()


def test_cli_serve_bad_archives(tmp_path, capsys, web_db):
    """One line and exit 2, never a traceback: a file that is not SQLite, an SQLite file that is not an archive,
    a folder, an archive of an older schema."""
    from baoku.cli import main
    text = tmp_path / "notes.txt"
    text.write_text("不是数据库" * 100, encoding="utf-8")
    other = tmp_path / "other.db"
    old = tmp_path / "old.db"
    shutil.copy(web_db, old)
    for path, sql in ((other, "CREATE TABLE t (x)"), (old, "DELETE FROM schema_version WHERE version > 1")):
        c = sqlite3.connect(path, isolation_level=None)
        c.execute(sql)
        c.close()
    for path, words in ((text, "is not a baoku archive"), (other, "is not a baoku archive"),
                        (tmp_path, "no archive at"), (old, "older than this baoku")):
        before = _snapshot(tmp_path)
        assert main(["serve", "--db", str(path)]) == 2
        err = capsys.readouterr().err
        assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
        assert _snapshot(tmp_path) == before                # nothing created or changed


def test_cli_serve_opens_read_only(web_db, monkeypatch, capsys):
    """serve builds the app on a read-only connection, then hands it to uvicorn."""
    import uvicorn
    from baoku.cli import main
    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.update(app=app, **kw))
    assert main(["serve", "--db", web_db, "--port", "8765"]) == 0
    assert served["port"] == 8765 and "serving" in capsys.readouterr().err
    with TestClient(served["app"]) as c:
        assert ok_json(c, "/api/stats")["pages"] > 0
