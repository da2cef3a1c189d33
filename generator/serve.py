"""The editor's loop: serve the site with live reload, rebuilding only what a change touches.

livereload serves the files and tells open pages to reload. Files are watched with watchdog (inotify)
rather than livereload's poller, which looks every 0.8 s and ignores changes for 3 s after a reload;
events are coalesced so a burst of saves gives one rebuild.
"""
from __future__ import annotations

import json
import logging
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlsplit

from livereload import Server
from livereload import server as livereload_server
from livereload.handlers import LiveReloadHandler, StaticFileHandler
from tornado import ioloop, web
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from . import urls
from .model import Problem
from .pipeline import Builder, Project, Report, fork_call
from .render import SiteConfig

log = logging.getLogger("news-archive")
FETCH_SECONDS = 0.25  # after a quick answer, before the full build starts
SETTLE_SECONDS = 0.02  # editors save in several writes (temp file, rename, chmod): wait for the last


class DevServer:
    """Builds in a worker thread while the server keeps answering, and reloads only the pages a save changed.

    A save of an existing article first re-renders that article's page alone (milliseconds at any
    archive size, even while a full build is running) and reloads the browsers showing it; the full
    incremental build follows and reloads whichever open pages it changed after that.
    """

    def __init__(self, project: Project, config: SiteConfig, host: str = "127.0.0.1", port: int = 8000):
        # The dev site lives apart from _site/: it shows drafts, which the production build leaves out.
        dev = replace(project, output=project.cache / "serve-site")
        # Saving the cache pickles the whole archive, holding the interpreter for seconds at 20,000
        # articles while saves wait for their quick answer: the server saves it when it stops.
        self.builder = Builder(dev, config, drafts=True, state_file="serve-state.pickle", save_every_build=False)
        self.project, self.config, self.host, self.port = project, config, host, port
        self.base = urls.base_path(config.base_url)
        self.problems: list[Problem] = []
        self.loop: ioloop.IOLoop | None = None
        self._pending: ioloop.TimeoutHandle | None = None
        self._changed: set[Path] = set()  # saved since the last full build started
        self._building = False
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="build")
        self._quick = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quick")

    # ------------------------------------------------------------ building (in worker threads)

    def rebuild(self, in_child: bool = True) -> set[str] | None:
        """The full incremental build; returns the site files that changed, or None when every page
        should reload. A broken build is shown in the page, never the end of the server."""
        before = self.problems
        try:
            # In a forked copy: a build holds the interpreter for long stretches (encoding the data
            # files of 20,000 articles), which a thread would make saves and fetches wait for. The
            # copy starts from this server's archive and cache, with the last build's page fingerprints.
            if in_child:
                report, pages = fork_call(_build_in_copy, self.builder)()
                self.builder.state.pages = pages  # what the copy left on disk: the next build's base
            else:
                report = self.builder.build(in_place=True)
        except Exception as err:  # the server must survive any bad edit; the error goes to the page
            log.error("build failed:\n%s", traceback.format_exc())
            self.problems = [Problem("build", None, f"the build failed: {type(err).__name__}: {err}")]
            return None
        self.problems = report.problems
        log.info("rebuilt %d of %d files", report.rendered, report.files)
        for problem in self.problems:
            log.warning("%s", problem)
        return None if self.problems != before else set(report.changed_paths)  # new banner: reload all

    def render_edited(self, changed: set[Path]) -> list[str] | None:
        """The quick answer to saved articles, from the last full build's archive: their own pages.

        It runs beside a full build that may be under way; should that build write one of these pages
        from the text before the save, the build queued after it writes it again and reloads it.
        """
        articles = [path for path in changed if path.suffix == ".md" and self.project.content in path.parents]
        if not articles or len(articles) != len(changed):
            return None
        try:
            return self.builder.render_edited_articles(articles)
        except Exception:  # the full build that follows reports whatever this is
            log.debug("quick render failed", exc_info=True)
            return None

    # ------------------------------------------------------------ scheduling (in the server's loop)

    def changed(self, path: str) -> None:
        """Called from the watcher's thread: schedule one rebuild on the server's loop."""
        if self.loop is not None and not _ignored(path):
            self.loop.add_callback(self._schedule, Path(path))

    def _schedule(self, path: Path) -> None:
        self._changed.add(path)
        if self._pending is not None:
            self.loop.remove_timeout(self._pending)
        self._pending = self.loop.call_later(SETTLE_SECONDS, self._saved)

    def _saved(self) -> None:
        """The saves have settled: answer at once with the edited pages, then build in full."""
        self._pending = None
        quick = self._quick.submit(self.render_edited, set(self._changed))
        self.loop.add_future(quick, self._answered)

    def _answered(self, quick) -> None:
        files = set(quick.result() or ())
        self.reload_pages(files)
        # Give the reloading browsers a moment to fetch the page before the build takes the interpreter.
        self.loop.call_later(FETCH_SECONDS if files else 0, self._start_build)

    def _start_build(self) -> None:
        if self._building:
            return  # the running build starts another when it ends
        self._changed = set()
        self._building = True
        self.loop.add_future(self._worker.submit(self.rebuild), self._build_done)

    def _build_done(self, future) -> None:
        self._building = False
        try:
            self.reload_pages(future.result())
        except Exception:
            log.error("build failed:\n%s", traceback.format_exc())
        if self._changed:
            self._start_build()

    def reload_pages(self, files: set[str] | None) -> None:
        """Tell the browsers showing one of these site files to reload (all of them for None)."""
        if files is not None and not files:
            return
        everything = files is None or any(name.startswith("assets/") for name in files)  # CSS, JS: every page
        message = {"command": "reload", "path": "*", "liveCSS": False, "liveImg": False}
        for waiter in list(LiveReloadHandler.waiters):
            if everything or self.file_of(getattr(waiter, "page_url", "")) in files:
                try:
                    waiter.write_message(message)
                except Exception:
                    LiveReloadHandler.waiters.discard(waiter)

    def file_of(self, page_url: str) -> str | None:
        """The site file a browser's page URL shows: /archive/people/x/ → people/x/index.html."""
        path = unquote(urlsplit(page_url).path)
        if not path.startswith(self.base):
            return None
        return urls.output_file(path[len(self.base):])

    def serve(self) -> None:
        self.rebuild(in_child=False)  # here: its archive answers the quick re-renders
        observer = Observer()
        handler = _Forward(self)
        for folder in (self.project.seeds, self.project.content, self.project.templates):
            folder.mkdir(parents=True, exist_ok=True)
            observer.schedule(handler, str(folder), recursive=True)
        observer.start()
        server = _LiveServer(self)
        self.loop = ioloop.IOLoop.current()
        print(f"Serving on http://{self.host}:{self.port}{self.base}  (Ctrl-C stops)", flush=True)
        try:
            server.serve(port=self.port, host=self.host, root=str(self.builder.project.output),
                         restart_delay=0)
        finally:
            observer.stop()
            self.builder.save_state()
            self._worker.shutdown(wait=False, cancel_futures=True)
            self._quick.shutdown(wait=False, cancel_futures=True)


def _build_in_copy(builder: Builder) -> tuple[Report, dict[str, str]]:
    """A full build, in a forked copy of the server; returns its report and the fingerprints of the
    pages as it left them. Without these, each build compared against the server's first build, and
    an edit undone left the pages it had changed as the edit made them."""
    report = builder.build(in_place=True)
    return report, builder.state.pages


def _ignored(path: str) -> bool:
    name = Path(path).name
    return (name.startswith(".") or name.endswith(("~", ".swp", ".swx", ".tmp")) or name == "4913"
            or "/.backups/" in path)


class _Forward(FileSystemEventHandler):
    def __init__(self, server: DevServer):
        self.server = server

    def on_any_event(self, event) -> None:
        if event.event_type in ("opened", "closed_no_write") or (event.is_directory and event.event_type == "modified"):
            return  # a folder "modified" only echoes the event of the file inside it
        self.server.changed(getattr(event, "dest_path", "") or event.src_path)


class _PageAwareReload(LiveReloadHandler):
    """livereload's socket, remembering which page each browser shows, so a save reloads only those."""

    def on_message(self, message):
        data = json.loads(message)
        if data.get("command") == "info":
            self.page_url = str(data.get("url") or "")
        super().on_message(message)


class _LiveServer(Server):
    """livereload's server, serving the site under its production base path, with errors in the page."""

    def __init__(self, dev: DevServer):
        super().__init__()
        self.dev = dev
        self.watcher.start = lambda callback: True  # watchdog watches; no polling

    def application(self, *args, **kwargs):
        # livereload builds its app from the handler class its module names: make that name ours.
        livereload_server.LiveReloadHandler = _PageAwareReload
        return super().application(*args, **kwargs)

    def get_web_handlers(self, script):
        routes = [(rf"{self.dev.base}(.*)", _SiteFiles,
                   {"path": self.root, "default_filename": "index.html", "dev": self.dev})]
        if self.dev.base != "/":
            routes.append((r"/", web.RedirectHandler, {"url": self.dev.base}))
        return routes


class _SiteFiles(StaticFileHandler):
    """The built files; the 404 page for what is missing; the build's problems on top of every page."""

    def initialize(self, path, default_filename=None, dev=None):
        super().initialize(path, default_filename)
        self.dev = dev

    async def get(self, path, include_body=True):
        self.path = self.parse_url_path(path)  # tornado's checks read it, as its own get() sets it
        absolute = self.validate_absolute_path(self.root, self.get_absolute_path(self.root, self.path))
        if absolute is None:
            return  # redirected to the folder's URL
        self.absolute_path = absolute
        # Read once, then send: tornado's own get() takes the size from a stat and reads the file after,
        # and a build replacing the file in between cut the page short (seen as IncompleteRead).
        data = Path(absolute).read_bytes()
        if absolute.endswith(".html"):
            self.set_header("Content-Type", "text/html; charset=UTF-8")
            if self.dev.problems:
                data = data.replace(b"<body>", b"<body>" + problems_banner(self.dev.problems), 1)
        else:
            self.set_header("Content-Type", self.get_content_type())
        self.finish(data if include_body else None)

    def write_error(self, status_code, **kwargs):
        page = Path(self.root) / "404.html"
        if status_code == 404 and (page.exists() or self.dev.problems):
            self.set_header("Content-Type", "text/html; charset=UTF-8")
            # No site yet (the first build failed): a page of the problems, which reloads once fixed.
            body = page.read_bytes() if page.exists() else (
                b"<!doctype html><html><head><title>Build problems</title></head><body></body></html>")
            if self.dev.problems:
                body = body.replace(b"<body>", b"<body>" + problems_banner(self.dev.problems), 1)
            self.finish(body)
        else:
            super().write_error(status_code, **kwargs)


def problems_banner(problems: list[Problem]) -> bytes:
    items = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in problems[:50])
    more = f"<li>… and {len(problems) - 50} more</li>" if len(problems) > 50 else ""
    return (f'<section role="alert" id="build-problems" style="background:#fff0f0;color:#7a0000;'
            f'border:3px solid #b00000;padding:1rem;margin:0;font:15px/1.4 system-ui,sans-serif">'
            f"<strong>The last build found {len(problems)} problem(s). Fix the file and save: "
            f"this page reloads.</strong><ul>{items}{more}</ul></section>").encode("utf-8")


def run(project: Project, config: SiteConfig, host: str, port: int) -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("livereload").setLevel(logging.WARNING)
    logging.getLogger("tornado.access").setLevel(logging.WARNING)
    threading.current_thread().name = "server"
    DevServer(project, config, host, port).serve()
