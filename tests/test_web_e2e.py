"""End to end in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright; no browser is ever
downloaded): search, open a page, select an article and see exactly its original spans highlighted, open a
person; on a page ingested from a PDF, point at an article and see exactly its boxes outlined on the page image.
Skips when Chromium or Playwright is missing, unless CI=true.

With BAOKU_SCREENSHOTS=DIR the views are also saved as PNGs there (docs/web-*.png were made so, from the
demo archive: ``BAOKU_SCREENSHOTS=docs BAOKU_E2E_DB=demo/demo.db``).
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from baoku import archive

CHROMIUM = os.environ.get("BAOKU_CHROMIUM", "/usr/bin/chromium")
PDF = Path(__file__).resolve().parent.parent / "examples" / "qinghe-2023-06-03.pdf"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]


def _need(ok: bool, why: str):
    if not ok:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{why} (required under CI=true)")
        pytest.skip(why)


@pytest.fixture(scope="module")
def browser():
    _need(Path(CHROMIUM).exists() or bool(shutil.which(CHROMIUM)), f"no Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need(False, "the playwright package is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory, records):  # noqa: F811
    import uvicorn
    from baoku.web import create_app
    db_path = os.environ.get("BAOKU_E2E_DB")
    if not db_path:
        db_path = str(tmp_path_factory.mktemp("e2e") / "e2e.db")
        db = archive.open(db_path)
        for r in records:
            db.write_record(r)
        archive.ingest([PDF], db, paper="青禾日报", workers=1, progress=False)
        db.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(10)


def _shot(page, name: str):
    out = os.environ.get("BAOKU_SCREENSHOTS")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(out) / f"web-{name}.png"))


def test_search_page_article_person(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 860})
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    # search from the box on the home page
    page.goto(server + "/")
    page.fill("input[name=q]", "港")
    page.click(".qbox button")
    page.wait_for_selector(".hit")
    assert page.locator(".hit mark").count() >= 1
    assert page.locator(".facet").count() >= 3 and page.locator(".bar").count() >= 1
    _shot(page, "search")

    # open a hit's page (original beside restored) via the article view: one of the full example page
    hit = page.locator(".hit").filter(has_text="2023-06-03 · 第2版").first
    if not hit.count():
        hit = page.locator(".hit").first
    hit.locator("h2 a").click()
    page.wait_for_selector("article.article")
    page.click(".article .meta a[href^='/pages/']")
    page.wait_for_selector("#original")
    page.wait_for_selector(".src.hl", timeout=10_000)            # the article of the #anchor is selected (by
    assert page.locator(".src.hl").count() >= 1                   # the page's script, which may run after load)
    arts = page.locator(".ra")
    n = arts.count()
    assert n >= 2
    # select another article: exactly its spans light up, and only those
    second = arts.nth(1)
    key = second.get_attribute("data-a")
    second.locator("h3").click()
    page.wait_for_selector(f'.src.hl[data-a="{key}"]', timeout=10_000)
    lit = page.eval_on_selector_all(".src.hl", "els => els.map(e => e.dataset.a)")
    assert lit and set(lit) == {key}
    assert len(lit) == page.locator(f'.src[data-a="{key}"]').count()
    assert "sel" in (second.get_attribute("class") or "")
    data = page.request.get(page.url.split("#")[0] + ".json").json()
    spans = next(a for a in data["articles"] if a["id"] == key)
    text = "".join(page.eval_on_selector_all(".src.hl", "els => els.map(e => e.textContent)"))
    whole = data["original_text"]
    expected = [whole[s:e] for sp in spans["paragraph_spans"] for s, e in sp]
    expected += [whole[s:e] for sp in (spans.get("field_spans") or {}).values() for s, e in sp]
    expected += [whole[s:e] for c in spans.get("captions") or [] for s, e in c.get("spans") or []]
    assert sorted(text) == sorted("".join(expected))               # the same characters, no more, no fewer
    # clicking a piece of the original selects its article
    first_key = arts.nth(0).get_attribute("data-a")
    page.locator(f'.src[data-a="{first_key}"]').first.click()
    page.wait_for_selector(f'.src.hl[data-a="{first_key}"]', timeout=10_000)
    assert set(page.eval_on_selector_all(".src.hl", "els => els.map(e => e.dataset.a)")) == {first_key}
    _shot(page, "page")

    # a person from an article
    page.goto(server + "/people/" + quote("周启明"))
    page.wait_for_selector(".tl-bar")
    assert page.locator(".tl-row").count() >= 1
    _shot(page, "person")

    # phone width: one column, nothing wider than the screen
    phone = browser.new_page(viewport={"width": 390, "height": 800})
    phone.goto(server + "/search?q=" + quote("港"))
    assert phone.evaluate("document.documentElement.scrollWidth") <= 392
    phone.close()

    assert not errors, errors
    assert all(u.startswith(server) for u in requests), [u for u in requests if not u.startswith(server)]
    page.close()


def _boxes(article: dict) -> list[list[float]]:
    """Every PDF box an article came from: headline fields, paragraphs, captions."""
    out = [b for bs in (article.get("field_boxes") or {}).values() for b in bs]
    out += [b for bs in article.get("paragraph_boxes") or [] for b in bs]
    return out + [b for c in article.get("captions") or [] for b in c.get("boxes") or []]


def _lit_rects(page) -> list[dict]:
    """The highlighted overlays, in pixels relative to the page image."""
    return page.evaluate("""() => {
        const img = document.querySelector('.pdfpage img').getBoundingClientRect();
        return [...document.querySelectorAll('.box.hl')].map(e => {
            const r = e.getBoundingClientRect();
            return {a: e.dataset.a, x0: r.left - img.left, y0: r.top - img.top, x1: r.right - img.left,
                    y1: r.bottom - img.top, iw: img.width, ih: img.height};
        });
    }""")


def _assert_at_boxes(rects: list[dict], boxes: list[list[float]], width: float, height: float):
    """Each highlighted overlay sits on one of the article's PDF boxes scaled to the image (within a pixel)."""
    assert len(rects) == len(boxes) > 0
    got = sorted((r["x0"], r["y0"], r["x1"], r["y1"]) for r in rects)
    sx, sy = rects[0]["iw"] / width, rects[0]["ih"] / height
    want = sorted((x0 * sx, y0 * sy, x1 * sx, y1 * sy) for x0, y0, x1, y1 in boxes)
    for g, w in zip(got, want):
        assert all(abs(a - b) <= 1.0 for a, b in zip(g, w)), (g, w)


def test_pdf_page_image_and_boxes(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    listed = page.request.get(server + "/api/pages?limit=100").json()["pages"]
    pdf = [p for p in listed if p["format"] == "pdf"]
    assert pdf, "no PDF page in the archive"
    pid = pdf[0]["id"]
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{server}/pages/{pid}")
    page.wait_for_function("() => { const i = document.querySelector('.pdfpage img'); "
                           "return i && i.complete && i.naturalWidth > 0; }")
    info = page.request.get(f"{server}/pages/{pid}.json").json()
    width, height = info["image"]["width"], info["image"]["height"]
    arts = page.locator(".ra")
    assert arts.count() == len(info["articles"]) >= 2
    assert not page.locator(".box.hl").count()                    # nothing lit before an article is chosen

    # pointing at an article lights exactly its boxes, where the PDF has them
    for k in (1, 0):
        a = info["articles"][k]
        arts.nth(k).hover()
        page.wait_for_selector(f'.box.hl[data-a="{a["id"]}"]', timeout=10_000)
        rects = _lit_rects(page)
        assert {r["a"] for r in rects} == {a["id"]}
        _assert_at_boxes(rects, _boxes(a), width, height)
    page.mouse.move(5, 5)                                          # away: nothing selected, nothing lit
    page.wait_for_function("() => !document.querySelector('.box.hl')", timeout=10_000)
    assert not page.locator(".box.hl").count()

    # selecting keeps it lit; clicking a box on the image selects that box's article
    second = info["articles"][1]
    arts.nth(1).locator("h3").click()
    page.mouse.move(5, 5)
    page.wait_for_selector(f'.ra.sel[data-a="{second["id"]}"]', timeout=10_000)
    assert {r["a"] for r in _lit_rects(page)} == {second["id"]}
    assert "sel" in (arts.nth(1).get_attribute("class") or "")
    first = info["articles"][0]
    page.locator(f'.box[data-a="{first["id"]}"]').first.click()
    page.mouse.move(5, 5)
    page.wait_for_selector(f'.ra.sel[data-a="{first["id"]}"]', timeout=10_000)
    _assert_at_boxes(_lit_rects(page), _boxes(first), width, height)
    assert "sel" in (arts.nth(0).get_attribute("class") or "")
    page.evaluate("window.scrollTo(0, 0); document.querySelector('.original').scrollTo(0, 0)")
    arts.nth(0).hover()
    page.wait_for_timeout(300)
    _shot(page, "pdf-page")
    assert not errors, errors
    assert all(u.startswith(server) for u in requests)
    page.close()

    # phone width: one column, the overlays scale with the smaller image
    phone = browser.new_page(viewport={"width": 390, "height": 800})
    phone.goto(f"{server}/pages/{pid}#{second['id']}")
    phone.wait_for_function("() => document.querySelector('.pdfpage img').naturalWidth > 0")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 392
    rects = _lit_rects(phone)
    assert rects[0]["iw"] < 390
    _assert_at_boxes(rects, _boxes(second), width, height)
    phone.close()
