"""What a reader sees, checked in a real browser: Debian's Chromium driven by Playwright."""
import functools
import http.server
import json
import os
import shutil
import threading
from pathlib import Path

import pytest

import build
from .conftest import REPO
from .test_site import ZELENSKY

CHROMIUM = "/usr/bin/chromium"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = REPO / "tests" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

missing = [what for what, there in (("chromium (apt-get install chromium)", Path(CHROMIUM).exists()),
                                    ("axe-core (npm install axe-core)", AXE.exists())) if not there]
try:
    from playwright.sync_api import sync_playwright
except ImportError:
    missing.append("playwright (pip install -r requirements.txt)")
if missing and os.environ.get("CI"):
    raise RuntimeError(f"browser tests need {', '.join(missing)}: .ci/run installs them")
pytestmark = pytest.mark.skipif(bool(missing), reason=f"needs {', '.join(missing)}")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The site built under /archive/ and served over HTTP on 127.0.0.1, as a host would."""
    root = tmp_path_factory.mktemp("browser")
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "content").mkdir()
    for n, date in enumerate(["2022-03-22", "2022-03-23", "2022-04-01"]):
        (root / "content" / f"{date}-article-{n}.md").write_text(ZELENSKY.format(date=date, n=n), encoding="utf-8")
    assert build.main(["--root", str(root), "--base-url", "/archive/"]) == 0
    served = root / "www"
    served.mkdir()
    (served / "archive").symlink_to(root / "_site")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/archive/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:3]} for v in result["violations"]]


def test_a_reader_follows_links_from_home_to_article_speaker_figure_and_day(page, site):
    page.goto(site)
    page.get_by_role("link", name="Zelensky says 9,861 died").first.click()
    assert page.url.startswith(site + "2022/04/01/article-2/")
    assert page.locator("q.hl-quote").first.inner_text() == '"I am ready to meet,"'
    page.locator(".article-body .credit a", has_text="Volodymyr Zelensky").first.click()
    assert page.url == site + "people/volodymyr-zelensky/"
    assert page.locator("h1").inner_text() == "Volodymyr Zelensky"
    page.go_back()
    page.locator(".article-body mark.hl-figure a", has_text="498").click()
    assert page.url == site + "figures/russian-deaths/"
    assert "9,861" in page.locator("table.values").inner_text()
    page.go_back()
    page.locator(".article-body time.hl-date a", has_text="March 2").click()
    assert page.url == site + "2022/03/02/"
    assert "Zelensky said on March 2" in page.locator("main").inner_text()


PAGES = {"home": "", "article": "2022/03/22/article-0/", "person": "people/volodymyr-zelensky/",
         "figure": "figures/russian-deaths/", "day": "2022/03/22/", "people": "people/",
         "dates": "dates/", "quotes": "quotes/"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", list(PAGES))
def test_axe_finds_no_violations(browser, site, kind, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site + PAGES[kind])
    assert axe_violations(page) == []
    context.close()


def test_keyboard_reaches_the_content_first(page, site):
    page.goto(site + PAGES["article"])
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")


@pytest.mark.parametrize("width", [390, 1280])
def test_pages_fit_the_screen_and_are_saved_as_screenshots(browser, site, width):
    SHOTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    for kind, path in PAGES.items():
        page.goto(site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{kind} scrolls sideways at {width}px"
        page.screenshot(path=str(SHOTS / f"{kind}-{width}.png"), full_page=True)
    context.close()


def test_highlights_do_not_rely_on_colour_alone(page, site):
    page.goto(site + PAGES["article"])
    styles = page.evaluate("""() => ['q.hl-quote', 'mark.hl-claim', 'mark.hl-figure', 'time.hl-date'].map(s => {
        const c = getComputedStyle(document.querySelector(s));
        return [c.borderBottomStyle, c.borderLeftStyle, c.fontWeight];
    })""")
    quote, claim, figure, date = styles
    assert quote[0] == "solid" and claim[1] == "solid" and int(figure[2]) >= 700 and date[0] == "dotted"
    assert page.locator(".legend li").count() == 5
