"""End to end in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright; no browser is ever
downloaded): search, open a page, select an article and see exactly its original spans highlighted, open a
person. Skips when Chromium or Playwright is missing, unless CI=true.

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
    assert page.locator(".src.hl").count() >= 1                   # the article of the #anchor is selected
    arts = page.locator(".ra")
    n = arts.count()
    assert n >= 2
    # select another article: exactly its spans light up, and only those
    second = arts.nth(1)
    key = second.get_attribute("data-a")
    second.locator("h3").click()
    page.wait_for_timeout(200)
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
    page.wait_for_timeout(200)
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
