#!/usr/bin/env python3
"""Command line of the news-archive generator.

    python build.py                      annotate seeds/ into content/, build _site/
    python build.py --base-url /archive/ the same, for a site served under a sub-path
    python build.py serve                serve the site with live reload while you edit
    python build.py new "Title"          start a new article in content/ (a draft)
    python build.py annotate --json F…   print each seed's annotations as one JSON line

Settings may also live in config.yml in the project folder (--root, default here: title, base_url,
per_page); options on the command line win.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path

import yaml

from generator.content import new_article
from generator.export import article_json
from generator.model import InputError
from generator.pipeline import Builder, Project, Report
from generator.render import SiteConfig
from generator.seeds import read_seed
from generator.slugs import slugify

ROOT = Path(__file__).resolve().parent


def main(argv: list[str] | None = None, leave_at_once: bool = False) -> int:
    """The CLI. leave_at_once: end the process when a command other than serve is done (see exit_now)."""
    args = _parser().parse_args(argv)
    code = _run(args)
    if leave_at_once and args.command != "serve":  # the server may still have a build to wait for
        exit_now(code)
    return code


def _run(args: argparse.Namespace) -> int:
    if args.command == "annotate":
        return annotate_command(args.files, args.json)
    project = Project.at(args.root, args.out)
    try:
        config = site_config(project, args)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.command == "serve":
        from generator.serve import run  # the server's dependencies load only when serving
        run(project, config, args.host, args.port)
        return 0
    if args.command == "new":
        return new_command(project, args)
    return build_command(project, config, args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Build the news archive site.")
    parser.add_argument("--root", default=str(ROOT), help="project folder with seeds/, content/, templates/")
    parser.add_argument("--out", help="output folder (default: <root>/_site)")
    parser.add_argument("--base-url", help="where the site is served, e.g. https://user.github.io/archive/ "
                                           "or /archive/ (default: config.yml's base_url, else /)")
    parser.add_argument("--title", help="the site's name (default: config.yml's title)")
    parser.add_argument("--force", action="store_true",
                        help="regenerate content files edited by hand (a backup is kept in content/.backups/)")
    parser.add_argument("--drafts", action="store_true", help="include articles marked draft: true")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("build", help="the default: annotate seeds and build the site")
    serve = commands.add_parser("serve", help="serve the site with live reload, rebuilding on every save")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    new = commands.add_parser("new", help="write a new draft article into content/")
    new.add_argument("title")
    new.add_argument("--date", help="YYYY-MM-DD (default: today)")
    new.add_argument("--source", help="the URL of the original article")
    annotate_cmd = commands.add_parser("annotate", help="annotate seed files and print the result")
    annotate_cmd.add_argument("--json", action="store_true", help="one JSON object per line (the default)")
    annotate_cmd.add_argument("files", nargs="+")
    return parser


def annotate_command(files: list[str], as_json: bool) -> int:
    from generator.annotate import annotate  # here: a build that annotates nothing never loads its rules
    failed = 0
    for file in files:
        try:
            seed = read_seed(file)
        except (InputError, OSError) as err:
            print(f"error: {getattr(err, 'problem', err)}", file=sys.stderr)
            failed += 1
            continue
        record = article_json(file, seed.title, seed.date, seed.source, annotate(seed))
        print(json.dumps(record, ensure_ascii=False))
    return 1 if failed else 0


def site_config(project: Project, args) -> SiteConfig:
    """config.yml's settings, overridden by the command line's."""
    path = project.root / "config.yml"
    try:
        settings = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    except yaml.YAMLError as err:
        raise ValueError(f"{path.name}: invalid YAML: {err}") from None
    settings = settings or {}
    unknown = set(settings) - {"title", "base_url", "per_page"}
    if unknown:
        raise ValueError(f"{path.name}: unknown setting(s) {', '.join(sorted(unknown))}; "
                         "the settings are title, base_url and per_page")
    config = SiteConfig(**{k: v for k, v in settings.items()})
    overrides = {"base_url": args.base_url, "title": args.title}
    return SiteConfig(**{**config.__dict__, **{k: v for k, v in overrides.items() if v is not None}})


def new_command(project: Project, args) -> int:
    try:
        date = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        print(f"error: --date {args.date} is not a day written YYYY-MM-DD", file=sys.stderr)
        return 2
    project.content.mkdir(parents=True, exist_ok=True)
    base = f"{date.isoformat()}-{slugify(args.title)}"
    path, n = project.content / f"{base}.md", 2
    while path.exists():  # never overwrite an article
        path, n = project.content / f"{base}-{n}.md", n + 1
    path.write_text(new_article(args.title, date, args.source), encoding="utf-8")
    print(f"wrote {_short(str(path), project)}: a draft; `python build.py serve` shows it as you edit")
    return 0


def build_command(project: Project, config: SiteConfig, args) -> int:
    report = Builder(project, config, drafts=args.drafts).build(force=args.force)
    print_report(report, project)
    return 1 if report.problems else 0


def print_report(report: Report, project: Project) -> None:
    for write in report.writes:
        if write.status == "kept-edited":
            print(f"kept {_short(write.path, project)}: edited by hand, left as it is "
                  "(--force regenerates it after a backup)")
        elif write.status == "forced":
            print(f"regenerated {_short(write.path, project)}; your version is in {_short(write.backup, project)}")
        elif write.status in ("created", "updated"):
            print(f"{write.status} {_short(write.path, project)}")
    for problem in report.problems:
        print(f"error: {_short(str(problem), project)}", file=sys.stderr)
    summary = (f"built {report.documents} articles: {report.rendered} of {report.files} files written "
               f"to {_short(str(project.output), project)}")
    if report.problems:
        summary += f"; {len(report.problems)} problem(s) above, fix them and build again"
    print(summary)


def _short(text: str, project: Project) -> str:
    return text.replace(str(project.root) + "/", "")


def exit_now(code: int) -> None:
    """Leave without tearing the heap down object by object: after a build of 20,000 articles that
    took Python 5 s, for memory the OS takes back at once. Everything was written and closed."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main(leave_at_once=True))
