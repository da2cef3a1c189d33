"""The real dev server: serves under the base path, rebuilds on save, tells the browser to reload."""
import asyncio
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from tornado.websocket import websocket_connect

from .conftest import REPO
from .test_site import ZELENSKY


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8")


def wait_for(predicate, timeout=20.0, step=0.05):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError("timed out waiting")


@pytest.fixture
def server(project):
    article = project / "content" / "2022-03-22-article-0.md"
    article.write_text(ZELENSKY.format(date="2022-03-22", n=0), encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen([sys.executable, str(REPO / "build.py"), "--root", str(project),
                             "--base-url", "/archive/", "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/archive/"

    def up():
        try:
            return fetch(base)[0] == 200
        except OSError:
            return proc.poll() is not None  # died: stop waiting, the assert below says why

    wait_for(up)
    assert proc.poll() is None, proc.stdout.read()
    yield base, article, project
    proc.terminate()
    proc.wait(timeout=10)


async def browser_on(page: str):
    """Connect as livereload.js does from a browser showing `page`."""
    ws = await websocket_connect(page.split("/archive/")[0].replace("http://", "ws://") + "/livereload")
    ws.write_message(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
    assert json.loads(await ws.read_message())["command"] == "hello"
    ws.write_message(json.dumps({"command": "info", "url": page, "plugins": {}}))
    return ws


async def reloads_after(edit, pages: list[str], wait: float = 15) -> list[dict | None]:
    """Make an edit with a browser on each page; each one's next message, None if none came."""
    sockets = [await browser_on(page) for page in pages]
    await asyncio.sleep(0.2)  # let the server register the pages
    edit()

    async def next_message(ws):
        try:
            return json.loads(await asyncio.wait_for(ws.read_message(), timeout=wait))
        except asyncio.TimeoutError:
            return None

    messages = await asyncio.gather(*(next_message(ws) for ws in sockets))
    for ws in sockets:
        ws.close()
    return list(messages)


def test_an_edit_is_served_and_only_the_pages_it_changed_reload(server):
    base, article, _ = server
    page = base + "2022/03/22/article-0/"
    status, html = fetch(page)
    assert status == 200 and "I am ready to meet," in html
    assert "livereload.js" in html  # the page listens for reloads
    edit = lambda: article.write_text(article.read_text().replace("I am ready to meet,", "We will talk,"))  # noqa: E731
    on_article, on_person, on_unrelated = asyncio.run(reloads_after(
        edit, [page, base + "people/volodymyr-zelensky/", base + "people/vladimir-putin/"], wait=5))
    assert on_article["command"] == "reload" and on_person["command"] == "reload"  # his page lists the quote
    assert on_unrelated is None  # a page the edit did not change is left alone
    assert "We will talk," in fetch(page)[1]


def test_an_edit_undone_is_undone_on_every_page_it_changed(server):
    base, article, _ = server
    person = base + "people/volodymyr-zelensky/"
    original = article.read_text()
    article.write_text(original.replace("I am ready to meet,", "We will talk,"))
    wait_for(lambda: "We will talk," in fetch(person)[1])
    article.write_text(original)
    wait_for(lambda: "We will talk," not in fetch(person)[1])
    assert "I am ready to meet," in fetch(person)[1]


def test_a_bad_edit_shows_in_the_page_and_a_fix_brings_it_back(server):
    base, article, _ = server
    good = article.read_text()
    article.write_text(good.replace("date: 2022-03-22", "date: [2022"))
    html = wait_for(lambda: (lambda h: h if "build-problems" in h else None)(fetch(base)[1]))
    assert "2022-03-22-article-0.md:3" in html and "invalid YAML" in html
    article.write_text(good)
    wait_for(lambda: "build-problems" not in fetch(base)[1])
    assert "I am ready to meet," in fetch(base + "2022/03/22/article-0/")[1]


def test_a_new_article_and_a_template_change_appear(server):
    base, _, project = server
    (project / "content" / "2022-04-01-new-one.md").write_text(
        "---\ntitle: A brand new article\ndate: 2022-04-01\n---\n\nFresh text.\n", encoding="utf-8")
    wait_for(lambda: "A brand new article" in fetch(base)[1])
    base_html = project / "templates" / "base.html"
    base_html.write_text(base_html.read_text().replace("Skip to content", "Skip to the article"))
    wait_for(lambda: "Skip to the article" in fetch(base + "people/")[1])


def test_missing_pages_get_the_404_page(server):
    base, _, _ = server
    status, html = fetch(base + "no/such/page/")
    assert status == 404 and "Page not found" in html


def test_a_first_build_that_fails_shows_its_problem_and_recovers(project):
    base_html = project / "templates" / "base.html"
    good = base_html.read_text()
    base_html.write_text(good.replace("{% block main %}{% endblock %}", "{% block main %}{% if %}{% endblock %}"))
    port = free_port()
    proc = subprocess.Popen([sys.executable, str(REPO / "build.py"), "--root", str(project), "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}/"
        status, html = wait_for(lambda: _fetched(base))
        assert "build-problems" in html and "livereload.js" in html  # the page will reload once fixed
        base_html.write_text(good)
        wait_for(lambda: "build-problems" not in fetch(base)[1])
        assert fetch(base)[0] == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _fetched(url):
    try:
        return fetch(url)
    except OSError:
        return None
