"""The editor's loop: serve the site with live reload, rebuilding only what a change touches.

livereload serves the files and tells open pages to reload. Files are watched with watchdog (inotify)
rather than livereload's poller, which looks every 0.8 s and ignores changes for 3 s after a reload;
events are coalesced so a burst of saves gives one rebuild.
"""
from __future__ import annotations

import logging
import threading
from html import escape
import traceback
from dataclasses import replace
from pathlib import Path

from livereload import Server
from livereload.handlers import LiveReloadHandler, StaticFileHandler
from tornado import ioloop, web
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from . import urls
from .model import Problem
from .pipeline import Builder, Project
from .render import SiteConfig

log = logging.getLogger("news-archive")
SETTLE_SECONDS = 0.02  # editors save in several writes (temp file, rename, chmod): wait for the last


class DevServer:
    def __init__(self, project: Project, config: SiteConfig, host: str = "127.0.0.1", port: int = 8000):
        # The dev site lives apart from _site/: it shows drafts, which the production build leaves out.
        dev = replace(project, output=project.cache / "serve-site")
        self.builder = Builder(dev, config, drafts=True, state_file="serve-state.pickle")
        self.project, self.config, self.host, self.port = project, config, host, port
        self.base = urls.base_path(config.base_url)
        self.problems: list[Problem] = []
        self.loop: ioloop.IOLoop | None = None
        self._pending: ioloop.TimeoutHandle | None = None

    def rebuild(self) -> None:
        """Build what changed; a broken build is shown in the page, never the end of the server."""
        self._pending = None
        try:
            report = self.builder.build(in_place=True)
            self.problems = report.problems
            log.info("rebuilt %d of %d files", report.rendered, report.files)
        except Exception as err:  # the server must survive any bad edit; the error goes to the page
            log.error("build failed:\n%s", traceback.format_exc())
            self.problems = [Problem("build", None, f"the build failed: {type(err).__name__}: {err}")]
        for problem in self.problems:
            log.warning("%s", problem)
        if LiveReloadHandler.watcher is not None:  # the server is up: tell open pages to reload
            LiveReloadHandler.reload_waiters()

    def changed(self, path: str) -> None:
        """Called from the watcher's thread: schedule one rebuild on the server's loop."""
        if self.loop is not None and not _ignored(path):
            self.loop.add_callback(self._schedule)

    def _schedule(self) -> None:
        if self._pending is not None:
            self.loop.remove_timeout(self._pending)
        self._pending = self.loop.call_later(SETTLE_SECONDS, self.rebuild)

    def serve(self) -> None:
        self.rebuild()
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


def _ignored(path: str) -> bool:
    name = Path(path).name
    return (name.startswith(".") or name.endswith(("~", ".swp", ".swx", ".tmp")) or name == "4913"
            or "/.backups/" in path)


class _Forward(FileSystemEventHandler):
    def __init__(self, server: DevServer):
        self.server = server

    def on_any_event(self, event) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        self.server.changed(getattr(event, "dest_path", "") or event.src_path)


class _LiveServer(Server):
    """livereload's server, serving the site under its production base path, with errors in the page."""

    def __init__(self, dev: DevServer):
        super().__init__()
        self.dev = dev
        self.watcher.start = lambda callback: True  # watchdog watches; no polling

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
        if self.dev.problems:
            self.path = self.parse_url_path(path)  # tornado's checks read it, as its own get() sets it
            absolute = self.validate_absolute_path(self.root, self.get_absolute_path(self.root, self.path))
            if absolute is None:
                return  # redirected to the folder's URL
            self.absolute_path = absolute
            if absolute.endswith(".html"):
                page = Path(absolute).read_bytes()
                self.set_header("Content-Type", "text/html; charset=UTF-8")
                self.finish(page.replace(b"<body>", b"<body>" + problems_banner(self.dev.problems), 1))
                return
        await super().get(path, include_body)

    def write_error(self, status_code, **kwargs):
        page = Path(self.root) / "404.html"
        if status_code == 404 and page.exists():
            self.set_header("Content-Type", "text/html; charset=UTF-8")
            self.finish(page.read_bytes())
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
