"""The whole build, stage by stage: seeds → annotate → content/*.md → load → index → render → _site/.

A Builder remembers what it learnt (which seeds it annotated, the documents it parsed, a fingerprint of
every page it wrote) in .cache/, so a rebuild redoes only what changed and gives byte-identical output.
"""
from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import multiprocessing
import os
import pickle
import re
import shutil
import sys
import tempfile
import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator

import jinja2

from . import content, fingerprint, urls
from .archive import Article, build_archive, position_for, slug_clashes
from .model import Document, InputError, Problem
from .render import SiteConfig, SiteRenderer
from .seeds import read_seed
from .slugs import slugify
from .store import BACKUPS, MANIFEST, ContentStore, WriteResult, current_umask, sha256

_DATED_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-")
CACHE_FILE = "build-state.pickle"
BUNDLED_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
PARALLEL_FROM = 400  # pages; below this, forking costs more than it saves


@dataclass(frozen=True)
class Project:
    """Where things are: the folders of one archive."""
    root: Path
    seeds: Path
    content: Path
    templates: Path
    output: Path
    cache: Path

    @classmethod
    def at(cls, root: str | Path, output: str | Path | None = None) -> "Project":
        root = Path(root).resolve()
        templates = root / "templates"
        if not templates.is_dir():  # a project of only seeds and content gets the generator's own look
            templates = BUNDLED_TEMPLATES
        return cls(root, root / "seeds", root / "content", templates,
                   Path(output).resolve() if output else root / "_site", root / ".cache")


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    writes: list[WriteResult] = field(default_factory=list)
    documents: int = 0
    files: int = 0  # files in the site
    rendered: int = 0  # of which written by this build
    changed_paths: list[str] = field(default_factory=list)

    @property
    def kept_edited(self) -> list[WriteResult]:
        return [w for w in self.writes if w.status == "kept-edited"]


@dataclass(slots=True)
class _CachedDoc:
    stamp: tuple[int, int]  # mtime_ns, size: unchanged means unread
    sha: str
    doc: Document | None
    problems: list[Problem]


@dataclass
class _State:
    """What the last build learnt; thrown away whole when the code changes."""
    code: str = ""
    seeds: dict[str, tuple] = field(default_factory=dict)  # seed file → inputs it was annotated from
    docs: dict[str, _CachedDoc] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)  # output file → fingerprint
    output: str = ""


@dataclass(frozen=True)
class _Summary:
    """A build in brief, kept apart from the large state so that a no-change build reads only this."""
    inputs: str
    files: str  # digest of the site's file list
    problems: tuple[Problem, ...]  # reported again: an unchanged broken file is still broken
    documents: int
    file_count: int


class Builder:
    def __init__(self, project: Project, config: SiteConfig, drafts: bool = False, persist: bool = True,
                 state_file: str = CACHE_FILE, save_every_build: bool = True):
        self.project, self.config, self.drafts, self.persist = project, config, drafts, persist
        self.save_every_build = save_every_build  # a long-lived builder (the dev server) saves on exit
        self.state_file = state_file
        self.code = fingerprint.code_digest()
        self._state: _State | None = None if persist else _State(code=self.code)
        self.renderer: SiteRenderer | None = None  # the last build's, kept for render_edited_articles

    @property
    def state(self) -> _State:
        """What the last build learnt: loaded only when a build has something to do (it is large)."""
        if self._state is None:
            self._state = self._load_state()
        return self._state

    # ------------------------------------------------------------ the stages

    def build(self, force: bool = False, in_place: bool = False) -> Report:
        """One build. in_place writes into the live output (the dev server) instead of swapping it."""
        with gc_paused():
            return self._build_once(force, in_place)

    def _build_once(self, force: bool, in_place: bool) -> Report:
        before = None if force or in_place or not self.persist else self._input_stamps()
        if before is not None:
            unchanged = self._unchanged_since_last_build(self._inputs_digest(before))
            if unchanged is not None:
                return unchanged
        report = self._build(force, in_place, dict(before) if before is not None else self._input_stamps())
        if before is not None:
            self._save_summary(before, report)
        return report

    def _build(self, force: bool, in_place: bool, stamps: dict[str, tuple[int, int]]) -> Report:
        """stamps: every input file's (mtime, size) as the build starts; it keeps them current as it
        writes content files, so that no file is looked at twice."""
        report = Report()
        aliases, problems = content.load_aliases(self.project.content / content.ALIAS_FILE)
        report.problems += problems
        alias_key = fingerprint.digest(sorted(aliases.items()))
        self.convert_seeds(aliases, alias_key, force, report, stamps)
        docs = self.load_documents(report, stamps)
        published = [d for d in docs if self.drafts or not d.draft]
        report.documents = len(published)
        archive = build_archive(published, aliases)
        report.problems += slug_clashes(archive)
        renderer = SiteRenderer(archive, self.config, self.project.templates)
        try:
            self.render(renderer, alias_key, report, in_place)
        except jinja2.TemplateError as err:  # the site stays as it was; the editor is told where
            report.problems.append(template_problem(err, self.project.templates))
            report.rendered, report.changed_paths = 0, []
            return report
        if self.save_every_build:
            self.save_state()
        self.renderer = renderer
        return report

    def render_edited_articles(self, paths: list[Path]) -> list[str] | None:
        """The dev server's first answer to a save: render just the saved articles' own pages.

        Works from the last build's archive, so it takes milliseconds at any archive size; the full
        build that follows brings every index page up to date. A new article (or one whose title or
        date gives it a new URL) is shown at its URL before the archive knows it, its names linked to
        the people the archive has. Returns the files written, or None when the save is not of that
        kind (a broken file, a draft, a URL another article has).
        """
        renderer = self.renderer
        if renderer is None or not paths:
            return None
        archive = renderer.archive
        pages = []
        for path in paths:
            if not path.exists() or not _is_document(self.project.content, path):
                return None
            # Read apart from the cache: a full build may be using it in another thread.
            doc, problems = content.load_document(path, document_slug(path))
            if problems or doc is None or (doc.draft and not self.drafts):
                return None
            old = archive.by_path.get(str(path))
            url = old.url if old and (doc.slug, doc.date) == (old.doc.slug, old.doc.date) \
                else urls.article(doc.date, slugify(doc.slug))
            if archive.url_owners.get(url, str(path)) != str(path):
                return None  # which article keeps this URL is the full build's to decide
            if old is None:
                archive.learn_names(doc)
            position = old.position if old else position_for(archive, doc)
            pages.append(renderer.article(Article(doc, url, position)))
        return renderer.write_pages(self.project.output, pages, keep_same=True)

    def convert_seeds(self, aliases: dict[str, str], alias_key: str, force: bool, report: Report,
                      stamps: dict[str, tuple[int, int]]) -> None:
        """Annotate new or changed seeds into content files, never overwriting a file an editor changed."""
        store = ContentStore(self.project.content)
        folder = str(self.project.seeds)
        todo = []
        for name in sorted(p for p in stamps if p.endswith(".txt") and os.path.dirname(p) == folder):
            path = Path(name)
            # The content file's stamp is part of the key: a file edited since is reported (once).
            key = (stamps[name], alias_key, store.stamp_of(path.name, stamps))
            before = self.state.seeds.get(path.name)
            if not force and before == key:
                continue
            if not force and before is not None and before[:2] == key[:2] and key[2] is not None:
                # Only its content file changed. An editor's file is kept whatever the seed gives: no need
                # to annotate to know it. Generated text (put back by git, say) may be stale: annotate.
                status = store.status_of(path.name)
                if status.status == "kept-edited":
                    report.writes.append(status)
                    self.state.seeds[path.name] = key
                    continue
            todo.append((path, key[0]))
        jobs = [(path, aliases) for path, _ in todo]
        for (path, seed_stamp), outcome in zip(todo, _map(_annotate_seed, jobs, PARALLEL_FROM // 4)):
            if isinstance(outcome, Problem):
                report.problems.append(outcome)
                self.state.seeds.pop(path.name, None)
                continue
            (date, title), text, parsed = outcome
            target = store.file_for(path.name, date, title)
            written = store.write(target, text, path.name, force=force)
            report.writes.append(written)
            stamps[str(target)] = _stamp(target)
            self.state.seeds[path.name] = (seed_stamp, alias_key, stamps[str(target)])
            if written.status != "kept-edited":  # the file now holds this text: no need to read it back
                self._remember_document(target, stamps[str(target)], text, *parsed)
        store.save()

    def _remember_document(self, path: Path, stamp: tuple[int, int], text: str, doc: Document | None,
                           problems: list[Problem]) -> None:
        """Cache the Document of a content file just written, parsed from the text in memory."""
        if doc is not None:
            doc = replace(doc, path=str(path), slug=document_slug(path))
        problems = [replace(p, path=str(path)) for p in problems]
        self.state.docs[str(path)] = _CachedDoc(stamp, sha256(text.encode("utf-8")), doc, problems)

    def load_documents(self, report: Report, stamps: dict[str, tuple[int, int]]) -> list[Document]:
        """Every content file as a Document; files unchanged since the last build are not read again."""
        folder, docs, seen = self.project.content, [], set()
        below = str(folder) + os.sep
        for path in sorted(Path(p) for p in stamps if p.endswith(".md") and p.startswith(below)):
            if not _is_document(folder, path):
                continue
            cached = self._document(path, stamps[str(path)])
            if cached is None:
                continue
            seen.add(str(path))
            report.problems += cached.problems
            if cached.doc is not None:
                docs.append(cached.doc)
        for gone in set(self.state.docs) - seen:
            del self.state.docs[gone]
        return docs

    def _document(self, path: Path, stamp: tuple[int, int]) -> _CachedDoc | None:
        """None if the file is gone since the build listed it (renamed or deleted by an editor meanwhile)."""
        cached = self.state.docs.get(str(path))
        if cached and cached.stamp == stamp:
            return cached
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        sha = sha256(data)
        if cached and cached.sha == sha:
            cached.stamp = stamp
            return cached
        doc, problems = content.parse_document(data, str(path), document_slug(path))
        fresh = _CachedDoc(stamp, sha, doc, problems)
        self.state.docs[str(path)] = fresh
        return fresh

    # ------------------------------------------------------------ rendering

    def render(self, renderer: SiteRenderer, alias_key: str, report: Report, in_place: bool) -> None:
        output = self.project.output
        outputs = list(renderer.outputs())
        prints = self._fingerprints(renderer, outputs, alias_key)
        existing = _files_below(output) if output.is_dir() else set()
        trusted = self.state.output == str(output) and existing
        todo = [page for page in outputs if not trusted
                or urls.output_file(page.path) not in existing
                or self.state.pages.get(urls.output_file(page.path)) != prints[page.path]]
        stale = existing - {urls.output_file(p.path) for p in outputs} if trusted else set()
        report.files, report.rendered = len(outputs), len(todo)
        report.changed_paths = sorted(urls.output_file(p.path) for p in todo) + sorted(stale)
        if trusted and not todo and not stale:
            return  # nothing to do: the site on disk is already this build's
        if in_place and trusted:
            written = _write_pages(renderer, todo, output, keep_same=True)
            _remove(output, stale)
            if written is not None:  # known when rendered in this process
                report.changed_paths = sorted(written) + sorted(stale)
        else:
            _write_site(renderer, todo, output, stale, trusted=bool(trusted))
        self.state.pages = {urls.output_file(p.path): prints[p.path] for p in outputs}
        self.state.output = str(output)

    def _fingerprints(self, renderer: SiteRenderer, outputs, alias_key: str) -> dict[str, str]:
        templates = fingerprint.template_digests(renderer.env, self.project.templates)
        site = fingerprint.digest(self.code, self.config, alias_key, fingerprint.irregular_slugs(renderer.archive))
        hashes = {path: cached.sha for path, cached in self.state.docs.items()}
        context_print = fingerprint.ContextPrinter(hashes)
        return {page.path: fingerprint.digest(site, templates.get(page.template, page.template),
                                              context_print(page.context)) for page in outputs}

    # ------------------------------------------------------------ nothing changed?

    def _input_stamps(self) -> dict[str, tuple[int, int]]:
        """Every file a build reads, with its (mtime, size)."""
        found = {}
        for folder in (self.project.seeds, self.project.content, self.project.templates):
            if folder.is_dir():
                for _, entry in _walk_files(folder):
                    info = entry.stat()
                    found[entry.path] = (info.st_mtime_ns, info.st_size)
        return found

    def _inputs_digest(self, stamps: dict[str, tuple[int, int]]) -> str:
        """Equal digests mean the same site would be built."""
        return fingerprint.digest(self.code, self.config, self.drafts, str(self.project.output), sorted(stamps.items()))

    def _unchanged_since_last_build(self, inputs: str) -> Report | None:
        """The last build's report when no input changed and its site is still all there; else None."""
        try:
            with open(self.project.cache / f"{self.state_file}.summary", "rb") as f:
                summary = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        if not isinstance(summary, _Summary) or summary.inputs != inputs or not self.project.output.is_dir():
            return None
        if fingerprint.digest(sorted(_files_below(self.project.output))) != summary.files:
            return None  # a file of the site was removed or added by hand: build for real
        return Report(problems=list(summary.problems), documents=summary.documents, files=summary.file_count)

    def _save_summary(self, before: dict[str, tuple[int, int]], report: Report) -> None:
        """Record the inputs as the build left them: the content files it wrote itself included, but
        only if nothing else changed while it ran (a save mid-build must be built next time)."""
        after = self._input_stamps()
        own = {w.path for w in report.writes if w.status in ("created", "updated", "forced")}
        content = self.project.content
        own.add(str(content / MANIFEST))
        changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
        path = self.project.cache / f"{self.state_file}.summary"
        if any(p not in own and not p.startswith(str(content / BACKUPS)) for p in changed):
            path.unlink(missing_ok=True)
            return
        summary = _Summary(self._inputs_digest(after), fingerprint.digest(sorted(self.state.pages)),
                           tuple(report.problems), report.documents, report.files)
        self.project.cache.mkdir(parents=True, exist_ok=True)
        tmp = self.project.cache / f"{self.state_file}.summary.tmp"
        with open(tmp, "wb") as f:
            pickle.dump(summary, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.project.cache / f"{self.state_file}.summary")

    # ------------------------------------------------------------ the cache

    def _load_state(self) -> _State:
        try:
            with open(self.project.cache / self.state_file, "rb") as f:
                state = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return _State(code=self.code)  # no cache, or a damaged one: build from scratch
        return state if isinstance(state, _State) and state.code == self.code else _State(code=self.code)

    def save_state(self) -> None:
        if not self.persist or self._state is None:
            return
        self.project.cache.mkdir(parents=True, exist_ok=True)
        (self.project.cache / "README").write_text("Build cache of the news archive: safe to delete.\n")
        tmp = self.project.cache / f"{self.state_file}.tmp"
        with open(tmp, "wb") as f:
            pickle.dump(self.state, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.project.cache / self.state_file)


def template_problem(err: jinja2.TemplateError, folder: Path) -> Problem:
    """A template error as a Problem naming the template file and line."""
    where = [(err.filename, err.lineno)] if isinstance(err, jinja2.TemplateSyntaxError) else []
    where += [(f.filename, f.lineno) for f in traceback.extract_tb(err.__traceback__)
              if f.filename.startswith(str(folder))][-1:]
    filename, line = next(((f, n) for f, n in where if f), (str(folder), None))
    return Problem(filename, line, f"template error: {err.message or type(err).__name__}")


def _annotate_seed(job: tuple[Path, dict[str, str]]):
    """Read, annotate and write one seed as content-file text, and parse that text as loading would
    (in a worker process when there are many); the Problem if the seed cannot be read."""
    from .annotate import annotate  # here: a build with no seed to annotate never compiles its rules
    path, aliases = job
    try:
        seed = read_seed(path)
    except InputError as err:
        return err.problem
    text = content.to_markdown(seed, annotate(seed, aliases))
    parsed = content.parse_document(text.encode("utf-8"), "", "")  # path and slug set by the caller
    return (seed.date, seed.title), text, parsed  # not the whole seed: it would travel back for nothing


def _is_document(content_folder: Path, path: Path) -> bool:
    """A Markdown file of the content folder, not a backup or another hidden file."""
    return path.suffix == ".md" and not any(part.startswith(".") for part in path.relative_to(content_folder).parts)


def _map(function, jobs: list, parallel_from: int) -> list:
    """function over jobs, in order; over the cores in forked processes when there are enough jobs."""
    workers = min(os.cpu_count() or 1, 4)
    if len(jobs) < parallel_from or workers < 2:
        return [function(job) for job in jobs]
    with multiprocessing.get_context("fork").Pool(workers, initializer=_collect_own_garbage_only) as pool:
        return pool.map(function, jobs, chunksize=max(1, min(64, len(jobs) // (workers * 8))))


@contextlib.contextmanager
def gc_paused():
    """No cyclic garbage collection during a build. The documents and indexes are millions of objects
    that live as long as the build; each full collection walked them all, a third of a one-article
    rebuild at 20,000 articles. The build makes few cycles; the collector finds them after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _collect_own_garbage_only() -> None:
    """In a forked worker: what the parent holds is frozen, out of the collector's sight (walking it
    would also copy every page of it), and the worker's own garbage is collected as usual."""
    gc.freeze()
    gc.enable()


def build(project: Project, config: SiteConfig, force: bool = False, drafts: bool = False) -> Report:
    return Builder(project, config, drafts).build(force=force)


def document_slug(path: Path) -> str:
    """The article's slug is its file name without the date prefix: 2022-03-22-title.md → title."""
    return _DATED_NAME.sub("", path.stem) or path.stem


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_mtime_ns, info.st_size


def _files_below(folder: Path) -> set[str]:
    return {name for name, _ in _walk_files(folder)}


def _walk_files(folder: Path) -> Iterator[tuple[str, os.DirEntry]]:
    """Every file below folder, as (path relative to it, its directory entry); symlinked folders are not
    entered. os.scandir, because os.walk and relpath took seven times longer at 40,000 files."""
    stack = [("", str(folder))]
    while stack:
        prefix, where = stack.pop()
        try:
            entries = list(os.scandir(where))
        except (FileNotFoundError, PermissionError):
            continue  # removed while we walked, or not ours to read: as os.walk, pass it by
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                stack.append((f"{prefix}{entry.name}/", entry.path))
            elif entry.is_file():
                yield prefix + entry.name, entry


# ---------------------------------------------------------------- writing the output


def _write_site(renderer: SiteRenderer, pages: list, output: Path, stale: set[str], trusted: bool) -> None:
    """Build the new site beside the live one, then swap it in whole: a killed build changes nothing.

    The folder swapped out is kept as a spare (.<site>.spare), with the list of files in which it lags
    behind; the next build brings just those up to date, writes its pages there and swaps again, so
    an edit costs what it changed, not a copy of the whole site.
    """
    output.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(output)
    spare = Spare(output)
    written = {urls.output_file(page.path) for page in pages}
    lag = spare.lag() if trusted else None
    if lag is not None:
        spare.start_changing()
        spare.catch_up(lag)
        _remove(spare.folder, stale)
        _write_pages(renderer, pages, spare.folder)
        if _exchange(spare.folder, output):
            spare.done(written | stale)
            return
        spare.discard()  # (an exchange that worked before cannot fail now; be safe anyway)
    spare.discard()
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.new-", dir=output.parent))
    staging.chmod(0o777 & ~current_umask())  # mkdtemp makes it private; the site is for a web server
    try:
        if trusted:
            _link_tree(output, staging, skip=stale)
        _write_pages(renderer, pages, staging)
        old = _swap(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if old is not None and trusted:
        spare.keep(old, written | stale)
    elif old is not None:
        shutil.rmtree(old, ignore_errors=True)


class Spare:
    """The site as it was one build ago, beside the live one, and the files in which it lags behind.

    A mark file says the spare is being changed: a build killed then leaves it, and the spare is not
    trusted again (the next build copies the live site instead).
    """

    def __init__(self, output: Path):
        self.output = output
        self.folder = output.with_name(f".{output.name}.spare")
        self._lag_file = output.with_name(f".{output.name}.spare-lag")
        self._mark = output.with_name(f".{output.name}.spare-changing")

    def lag(self) -> set[str] | None:
        if self._mark.exists() or not self.folder.is_dir():
            return None
        try:
            return set(json.loads(self._lag_file.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def start_changing(self) -> None:
        self._mark.touch()

    def catch_up(self, files: set[str]) -> None:
        """Make these files of the spare what they are in the live site (linked, never copied)."""
        for name in files:
            source, target = self.output / name, self.folder / name
            if source.is_file():
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_name(f".{target.name}.link-tmp")
                tmp.unlink(missing_ok=True)
                os.link(source, tmp)
                os.replace(tmp, target)
            else:
                _remove(self.folder, {name})

    def done(self, lag: set[str]) -> None:
        """After a swap: the spare is the site before this build, lagging by what the build changed."""
        tmp = self._lag_file.with_name(self._lag_file.name + ".tmp")
        tmp.write_text(json.dumps(sorted(lag)), encoding="utf-8")
        os.replace(tmp, self._lag_file)
        self._mark.unlink(missing_ok=True)

    def keep(self, old_site: Path, lag: set[str]) -> None:
        self.start_changing()
        os.replace(old_site, self.folder)
        self.done(lag)

    def discard(self) -> None:
        self.start_changing()
        shutil.rmtree(self.folder, ignore_errors=True)
        self._lag_file.unlink(missing_ok=True)
        self._mark.unlink(missing_ok=True)


def _link_tree(source: Path, target: Path, skip: set[str]) -> None:
    """Hard-link every file of source into target but those skipped; a folder left empty is not made."""
    made: set[str] = set()
    for name, entry in _walk_files(source):
        if name in skip:
            continue
        folder = os.path.dirname(name)
        if folder not in made:
            os.makedirs(os.path.join(target, folder), exist_ok=True)
            made.add(folder)
        os.link(entry.path, os.path.join(target, name))


def _write_pages(renderer: SiteRenderer, pages: list, out: Path, keep_same: bool = False) -> list[str] | None:
    """Render and write pages, over both cores when there are many (forked: the archive is shared).
    The files written when rendered here; None when forked workers did it."""
    workers = min(os.cpu_count() or 1, 4)
    if len(pages) < PARALLEL_FROM or workers < 2:
        return renderer.write_pages(out, pages, keep_same)
    renderer.compile_templates()  # once here, not once per worker
    for wait in [fork_call(renderer.write_pages, out, pages[i::workers]) for i in range(workers)]:
        wait()
    return None


def fork_call(function, *args, **kwargs):
    """Start function(*args, **kwargs) in a forked copy of this process. Returns a function that waits
    for it and gives its result (sent back through a pipe), or raises its error.

    Not multiprocessing.Process: a child forked from a thread (the dev server builds in one) runs the
    interpreter's shutdown on exit, which fails joining that thread and makes the child exit 1.
    """
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _collect_own_garbage_only()
        try:
            outcome = (True, function(*args, **kwargs))
        except BaseException as err:
            outcome = (False, f"{type(err).__name__}: {err}\n{traceback.format_exc()}")
        try:
            with os.fdopen(write_end, "wb") as out:
                out.write(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
        finally:
            os._exit(0)
    os.close(write_end)

    def result():
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
        os.waitpid(pid, 0)
        if not data:
            raise RuntimeError("a forked process died before it finished")
        ok, value = pickle.loads(data)
        if not ok:
            raise RuntimeError(value)
        return value

    return result


def _remove(output: Path, files: set[str]) -> None:
    """Delete files the site no longer has, and the folders that leaves empty."""
    for name in files:
        path = output / name
        path.unlink(missing_ok=True)
        for folder in path.parents:
            if folder == output or any(folder.iterdir()):
                break
            folder.rmdir()


def _swap(new: Path, output: Path) -> Path | None:
    """Put the new site in place of the old in one step, so no moment is without a whole site.
    Returns where the old site now is (None if there was none)."""
    if output.exists() and _exchange(new, output):
        return new  # `new` now holds the old site
    old = output.with_name(f".{output.name}.old-{os.getpid()}")
    had_site = output.exists()
    if had_site:
        os.replace(output, old)  # elsewhere: two renames, a moment apart
    os.replace(new, output)
    return old if had_site else None


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically with Linux's renameat2(RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_cwd, rename_exchange = -100, 2
    return renameat2(at_cwd, os.fsencode(a), at_cwd, os.fsencode(b), rename_exchange) == 0


def clean_leftovers(output: Path) -> None:
    """Remove staging folders a killed build left beside the output."""
    for stale in output.parent.glob(f".{output.name}.*-*"):
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
