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
from .test_serve import server  # noqa: F401  (the real dev server, as a fixture)
from .test_site import ZELENSKY

CHROMIUM = "/usr/bin/chromium"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = REPO / "tests" / "screenshots"
POLNEAR = REPO.parent / "shared" / "eval" / "polnear-dev" / "seeds"
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
    for base, _ in serve_site(root):
        yield base


def serve_site(root: Path):
    """Serve root/_site at /archive/ on a free port of 127.0.0.1 until the generator is closed."""
    served = root / "www"
    served.mkdir()
    (served / "archive").symlink_to(root / "_site")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/archive/", root
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
         "dates": "dates/", "quotes": "quotes/", "search": "search/?q=zelensky", "figures": "figures/",
         "claims": "claims/", "month": "2022/03/", "year": "2022/", "articles": "articles/",
         "not-found": "404.html"}


def open_page(page, url: str) -> None:
    """Go to a page and wait until what a reader sees is there (search results arrive after a fetch)."""
    page.goto(url)
    if "?q=" in url:
        wait_for_results(page, page.locator("#search-page-q").input_value())


def wait_for_results(page, query: str) -> None:
    """Until the search page shows the results for `query`."""
    page.wait_for_function("q => document.querySelector('[data-search-results=page]').dataset.query === q", arg=query)
    # (set only once quotes.json is in too: the results are complete)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", list(PAGES))
def test_axe_finds_no_violations(browser, site, kind, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    open_page(page, site + PAGES[kind])
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
        open_page(page, site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{kind} scrolls sideways at {width}px"
        page.screenshot(path=str(SHOTS / f"{kind}-{width}.png"), full_page=True)
    context.close()


def test_pages_do_not_shift_while_loading(browser, site):
    """Layout shift as Chromium measures it (the Layout Instability API), summed over each page's load."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.add_init_script("""window.shifts = 0; new PerformanceObserver(list => { for (const e of list.getEntries())
        if (!e.hadRecentInput) window.shifts += e.value; }).observe({type: 'layout-shift', buffered: true});""")
    shifts = {}
    for kind, path in PAGES.items():
        open_page(page, site + path)
        page.wait_for_timeout(200)
        shifts[kind] = page.evaluate("window.shifts")
    context.close()
    assert {kind: value for kind, value in shifts.items() if value > 0.01} == {}


def test_highlights_do_not_rely_on_colour_alone(page, site):
    page.goto(site + PAGES["article"])
    styles = page.evaluate("""() => ['q.hl-quote', 'mark.hl-claim', 'mark.hl-figure', 'time.hl-date'].map(s => {
        const c = getComputedStyle(document.querySelector(s));
        return [c.borderBottomStyle, c.borderLeftStyle, c.fontWeight];
    })""")
    quote, claim, figure, date = styles
    assert quote[0] == "solid" and claim[1] == "solid" and int(figure[2]) >= 700 and date[0] == "dotted"
    assert page.locator(".legend li").count() == 5


# ---------------------------------------------------------------- search


def search_box_hits(page, query: str) -> list[tuple[str, str]]:
    """Type into the masthead's box as a reader does; the (kind, link text) of the results shown."""
    page.locator("#site-search-q").fill(query)
    page.wait_for_function("q => document.querySelector('[data-search-results=box]').dataset.query === q", arg=query)
    assert page.locator(".search-popup").is_visible()
    return [(li.locator(".search-kind").inner_text(), li.locator("a").inner_text())
            for li in page.locator(".search-popup .search-hits li").all()]


def test_typing_a_name_in_the_search_box_leads_to_the_person(page, site):
    page.goto(site + PAGES["article"])
    hits = search_box_hits(page, "zelen")
    assert hits[0] == ("PERSON", "Volodymyr Zelensky")
    assert ("QUOTE", "“I am ready to meet,”") in hits  # quotes are searched too, credited
    quote_links = page.eval_on_selector_all(".search-popup .search-kind-quote + a", "links => links.map(a => a.href)")
    assert sorted(quote_links) == [site + f"{day}/article-{n}/#s1" for n, day in
                                   enumerate(["2022/03/22", "2022/03/23", "2022/04/01"])]  # to the sentence
    page.locator(".search-popup a", has_text="Volodymyr Zelensky").click()
    assert page.url == site + "people/volodymyr-zelensky/"


def test_search_box_popup_is_accessible_and_escape_closes_it(page, site):
    page.goto(site)
    search_box_hits(page, "russian deaths")
    assert page.locator(".search-popup .search-hits a", has_text="Russian deaths").count() == 1
    assert axe_violations(page) == []
    page.keyboard.press("Escape")
    assert page.locator(".search-popup").is_hidden()


def test_enter_opens_the_results_page_which_lists_every_match(page, site):
    page.goto(site)
    page.locator("#site-search-q").fill("zelensky says")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=*")
    wait_for_results(page, "zelensky says")
    assert page.url == site + "search/?q=zelensky+says"
    titles = page.locator(".search-page-results .search-hits a").all_inner_texts()
    assert titles.count("Zelensky says 9,861 died") == 3
    assert page.locator("#search-page-status").inner_text() == "3 results"


def test_hostile_query_text_stays_text(page, site):
    page.goto(site + "search/?q=" + "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    wait_for_results(page, "<img src=x onerror=alert(1)>")
    assert page.locator(".search-page-results img").count() == 0
    assert page.locator("#search-page-status").inner_text() == "0 results"


def test_people_and_articles_are_found_even_if_the_quotes_index_fails(browser, site):
    context = browser.new_context()
    context.route("**/search/quotes.json", lambda route: route.fulfill(status=404, body="gone"))
    page = context.new_page()
    page.goto(site)
    hits = search_box_hits(page, "zelensky")
    assert ("PERSON", "Volodymyr Zelensky") in hits and not any(kind == "QUOTE" for kind, _ in hits)
    assert page.locator("[data-search-status=box]").inner_text() == "4 results"  # said to screen readers
    context.close()


@pytest.fixture(scope="module")
def eval_site(tmp_path_factory):
    """The seed article and the 84 PolNeAR dev articles, built and served under /archive/."""
    root = tmp_path_factory.mktemp("eval")
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(REPO / "seeds", root / "seeds")
    for seed in POLNEAR.glob("*.txt"):
        shutil.copy(seed, root / "seeds")
    (root / "content").mkdir()
    build.main(["--root", str(root), "--base-url", "/archive/"])  # exit 1 is fine: some real seeds are broken
    yield from serve_site(root)


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="needs ../shared/eval/polnear-dev")
def test_search_finds_every_person_and_article_of_the_seed_and_polnear(browser, eval_site):
    site, root = eval_site
    people = json.loads((root / "_site" / "data" / "people.json").read_text())
    articles = json.loads((root / "_site" / "data" / "articles.json").read_text())
    assert len(articles) >= 80 and len(people) >= 80
    page = browser.new_page()
    page.goto(site + "search/")
    field = page.locator("#search-page-q")
    missed = []
    for query, url in [(p["name"], p["url"]) for p in people] + [(a["title"], a["url"]) for a in articles]:
        field.fill(query)
        wait_for_results(page, query)
        found = page.eval_on_selector_all(".search-page-results .search-hits a", "links => links.map(a => a.href)")
        if site + url not in found:
            missed.append(query)
    page.close()
    assert missed == []


# ---------------------------------------------------------------- live reload


def test_the_dev_server_refreshes_an_open_page_after_an_edit(page, server):
    base, article, _ = server
    page.goto(base + "2022/03/22/article-0/")
    page.wait_for_function("() => { const c = window.LiveReload && window.LiveReload.connector;"
                           " return c && c._isSocketConnected() && c.protocol >= 7; }")  # said hello, sent its URL
    page.wait_for_timeout(300)
    page.evaluate("() => { window.notReloaded = true; }")
    article.write_text(article.read_text().replace("I am ready to meet,", "We will talk,"))
    page.wait_for_function("() => document.querySelector('.article-body').innerText.includes('We will talk,')", timeout=15000)
    assert page.evaluate("() => window.notReloaded") is None  # the server reloaded the page, not us
