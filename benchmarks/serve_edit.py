"""The editor's loop, timed: from saving an article to the dev server serving the new page.

    python benchmarks/serve_edit.py PROJECT [--edits 5]

Starts `build.py serve` on PROJECT (built already or not), opens the livereload socket as a browser
showing one article does, then saves an edit to that article's content file and times, for each edit:
the reload message reaching the browser, and the first fetch of the page that shows the edit. Prints the
times in milliseconds and their median; run.py calls measure() for issue 5 and 6's 150 ms bar.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from tornado.websocket import websocket_connect

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class EditTiming:
    reload_ms: float  # save → the reload message at the browser
    served_ms: float  # save → the page with the edit fetched


def measure(project: Path, edits: int = 5, timeout: float = 1800) -> list[EditTiming]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "--root", str(project), "serve",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_until_up(base, server, timeout)
        article = _an_article(project)
        page = base + _page_of(project, article)
        return asyncio.run(_timed_edits(base, page, article, edits))
    finally:
        server.terminate()
        server.wait(timeout=30)


async def _timed_edits(base: str, page: str, article: Path, edits: int) -> list[EditTiming]:
    ws = await websocket_connect(base.replace("http://", "ws://") + "livereload")
    ws.write_message(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
    await ws.read_message()
    ws.write_message(json.dumps({"command": "info", "url": page, "plugins": {}}))
    await asyncio.sleep(0.3)
    timings = []
    for n in range(edits):
        marker = f"Edit number {n + 1} of the benchmark {time.time_ns()}."
        text = article.read_text(encoding="utf-8")
        saved = time.perf_counter()
        article.write_text(text.rstrip("\n") + f"\n\n{marker}\n", encoding="utf-8")
        while True:  # the full build after the quick one may send a second reload: wait for the page
            await asyncio.wait_for(ws.read_message(), timeout=600)
            reloaded = time.perf_counter()
            if marker in _fetch(page):
                break
        timings.append(EditTiming((reloaded - saved) * 1000, (time.perf_counter() - saved) * 1000))
        await _drain(ws, quiet=1.0)  # let the full build that follows finish before the next edit
        await asyncio.sleep(2.0)
    ws.close()
    return timings


async def _drain(ws, quiet: float) -> None:
    """Read messages until none has come for `quiet` seconds (the full build's reloads)."""
    while True:
        try:
            await asyncio.wait_for(ws.read_message(), timeout=quiet)
        except asyncio.TimeoutError:
            return


def _an_article(project: Path) -> Path:
    files = sorted((project / "content").glob("*.md"))
    return files[len(files) // 2]


def _page_of(project: Path, article: Path) -> str:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})-(.+)\.md$", article.name)
    return f"{match[1]}/{match[2]}/{match[3]}/{match[4]}/"


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def _wait_until_up(base: str, server: subprocess.Popen, timeout: float) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if server.poll() is not None:
            raise RuntimeError("the dev server stopped")
        try:
            _fetch(base)
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError("the dev server did not come up")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description="Time save → served in the dev server.")
    parser.add_argument("project")
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args()
    timings = measure(Path(args.project), args.edits)
    for t in timings:
        print(f"reload {t.reload_ms:7.1f} ms   served {t.served_ms:7.1f} ms")
    print(f"median: reload {statistics.median(t.reload_ms for t in timings):.1f} ms, "
          f"served {statistics.median(t.served_ms for t in timings):.1f} ms")


if __name__ == "__main__":
    main()
