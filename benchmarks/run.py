#!/usr/bin/env python3
"""The benchmark: our build against Hugo and Pelican on the same articles, in one run.

    python benchmarks/run.py                                  # N = 2,000 and 20,000, 3 runs each
    python benchmarks/run.py --n 2000 --runs 3                # one synthetic corpus
    python benchmarks/run.py --seeds ../shared/eval/polnear-dev/seeds

For every corpus it measures, as medians of --runs runs: our cold build (fresh project, no content/, no
cache), warm no-change rebuild, one-article edit rebuilds (a content file, then a seed), peak memory,
output size per article and annotation words per second; then Hugo's cold and warm build and Pelican's
cold build of the same articles. It prints ratios ours/Hugo and ours/Pelican, which a noisy machine
moves far less than the seconds, checks them against issue 6's bar, and writes JSON to benchmarks/out/.
Missing peers are installed by benchmarks/setup.sh (needs the package registries once).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import corpus as synthetic  # noqa: E402
from measure import Measurement, run_measured, tree_size  # noqa: E402
from peers import PlainArticle, write_hugo_site, write_pelican_site  # noqa: E402
from serve_edit import measure as measure_serve_edits  # noqa: E402

OUT = HERE / "out"
PELICAN_VENV = OUT / "pelican-venv"
DEFAULT_SIZES = (2000, 20000)
BAR_N = 20000
_SUMMARY = re.compile(r"built (\d+) articles: (\d+) of (\d+) files")
_PROBLEMS = re.compile(r"; (\d+) problem\(s\) above")


# ---------------------------------------------------------------- what is compared


@dataclass(frozen=True)
class Corpus:
    name: str
    seeds: Path
    synthetic: bool


@dataclass(frozen=True)
class Tools:
    hugo: str | None
    pelican: str | None
    hugo_version: str = ""
    pelican_version: str = ""


@dataclass
class Step:
    """One measured command, as stored in the JSON result."""
    seconds: float
    cpu_seconds: float  # user + system, whole process tree: less moved by other work than wall time
    system_seconds: float  # the noisy part on a VM: page faults, file system
    peak_mb: float
    ok: bool
    files_written: int | None = None  # ours only: pages this build (re)wrote
    problems: int | None = None  # ours only: problems the build reported in articles
    note: str = ""

    @classmethod
    def of(cls, m: Measurement, ok: bool, note: str = "") -> "Step":
        written, problems = _SUMMARY.search(m.output), _PROBLEMS.search(m.output)
        return cls(round(m.seconds, 4), round(m.user_seconds + m.system_seconds, 3), round(m.system_seconds, 3),
                   round(m.peak_mb, 1), ok, int(written[2]) if written else None,
                   int(problems[1]) if problems else (0 if written else None), note)


@dataclass
class CorpusResult:
    name: str
    synthetic: bool
    articles: int
    words: int
    people: int
    words_per_second: float | None = None
    runs: list[dict[str, Step]] = field(default_factory=list)
    output_bytes: dict[str, int] = field(default_factory=dict)
    output_files: dict[str, int] = field(default_factory=dict)
    problems_reported: int | None = None  # our build's "problem(s) above" count
    served_after_save_ms: list[float] = field(default_factory=list)  # dev server: save → edited page served

    @property
    def served_ms(self) -> float | None:
        return statistics.median(self.served_after_save_ms) if self.served_after_save_ms else None

    def median(self, key: str, attr: str = "seconds") -> float | None:
        values = [getattr(run[key], attr) for run in self.runs if key in run and run[key].ok]
        return statistics.median(values) if values else None

    def per_article_kb(self, tool: str) -> float | None:
        size = self.output_bytes.get(tool)
        return size / self.articles / 1024 if size and self.articles else None


# ---------------------------------------------------------------- the command line


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    tools = find_tools(install=not args.no_setup)
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="news-archive-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"working in {workdir}" + ("" if args.keep else " (deleted at the end; --keep keeps it)"))
    print("load average now: {:.2f} {:.2f} {:.2f} (other work on the machine moves the seconds; "
          "the ratios move less)".format(*os.getloadavg()))
    results: list[CorpusResult] = []
    try:
        corpora = prepare_corpora(args, workdir)
        for corpus in corpora:
            results.append(bench_corpus(corpus, tools, args, workdir))
        if args.profile:
            profile_builds(corpora[0], workdir)
    finally:  # an interrupted run still reports what it measured
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        report(results)
        write_json(results, tools, args)
    return 0 if results and all(r.median("ours_cold") is not None for r in results) else 1


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Benchmark our build against Hugo and Pelican.")
    parser.add_argument("--n", type=int, action="append", default=[],
                        help="a synthetic corpus of N articles (repeatable; default: 2000 and 20000 "
                             "unless --seeds is given)")
    parser.add_argument("--seeds", action="append", default=[], help="a folder of seed files (repeatable)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement; medians are reported")
    parser.add_argument("--peer-runs", type=int, help="runs of Hugo and Pelican (default: --runs)")
    parser.add_argument("--skip", action="append", default=[], choices=("hugo", "pelican"),
                        help="leave a peer out (repeatable)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds one build may take")
    parser.add_argument("--workdir", help="where the projects are built (default: a fresh temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--no-setup", action="store_true", help="never run setup.sh to install peers")
    parser.add_argument("--no-serve", action="store_true", help="skip timing the dev server's save → served")
    parser.add_argument("--profile", action="store_true",
                        help="also profile one cold build of the first corpus (cProfile, rendering serial)")
    args = parser.parse_args(argv)
    if not args.n and not args.seeds:
        args.n = list(DEFAULT_SIZES)
    args.peer_runs = args.runs if args.peer_runs is None else args.peer_runs
    return args


# ---------------------------------------------------------------- the peers


def find_tools(install: bool) -> Tools:
    tools = _located_tools()
    if install and (tools.hugo is None or tools.pelican is None or not Path("/usr/bin/time").exists()):
        print("some peers are missing: running benchmarks/setup.sh "
              "(apt-get install -y hugo time; pip install 'pelican[markdown]' into benchmarks/out/pelican-venv)")
        try:
            subprocess.run(["bash", str(HERE / "setup.sh")], check=True, timeout=1800)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as err:
            print(f"warning: setup.sh failed ({err}); the missing peers are skipped", file=sys.stderr)
        tools = _located_tools()
    for name, path, version in (("hugo", tools.hugo, tools.hugo_version),
                                ("pelican", tools.pelican, tools.pelican_version)):
        print(f"{name}: {version} at {path}" if path else
              f"{name}: not installed, skipped; `bash benchmarks/setup.sh` installs it")
    return tools


def _located_tools() -> Tools:
    hugo = shutil.which("hugo")
    venv_pelican = PELICAN_VENV / "bin" / "pelican"
    pelican = str(venv_pelican) if venv_pelican.exists() else shutil.which("pelican")
    return Tools(hugo, pelican, _version([hugo, "version"]) if hugo else "",
                 _version([pelican, "--version"]) if pelican else "")


def _version(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown version"
    words = (done.stdout or done.stderr).split()
    return next((w for w in words if re.match(r"v?\d+\.\d+", w)), "unknown version")


# ---------------------------------------------------------------- corpora


def prepare_corpora(args: argparse.Namespace, workdir: Path) -> list[Corpus]:
    """Synthetic corpora are written once into the work folder; seed folders are used as they are."""
    corpora = []
    for n in sorted(set(args.n)):
        folder = workdir / "corpora" / f"synthetic-{n}"
        if not folder.exists():
            synthetic.write_seeds(synthetic.generate(n), folder)
        corpora.append(Corpus(f"synthetic-{n}", folder, True))
    for seeds in args.seeds:
        folder = Path(seeds).resolve()
        if not folder.is_dir() or not any(folder.glob("*.txt")):
            sys.exit(f"error: --seeds {seeds}: no folder of .txt seed files there")
        name = folder.parent.name if folder.name == "seeds" else folder.name
        corpora.append(Corpus(name, folder, False))
    return corpora


@dataclass(frozen=True)
class Annotated:
    articles: list[PlainArticle]
    words: int
    words_per_second: float | None


def annotate_corpus(corpus: Corpus, runs: int) -> Annotated:
    """Our annotator in-process, timed (median of runs); the people it finds become the peers' taxonomy."""
    try:
        from generator.annotate import annotate
        from generator.seeds import read_seed
        from generator.model import InputError
    except Exception as err:  # an annotator being rewritten may raise anything; the peers still run
        print(f"warning: cannot import our annotator ({err!r}): no words/s, and the peers get no people")
        return Annotated(_plain_articles_without_annotator(corpus), 0, None)
    seeds = []
    for path in sorted(corpus.seeds.glob("*.txt")):
        try:
            seeds.append(read_seed(path))
        except InputError as err:
            print(f"note: {err.problem} (left out of the peers' sites)")
    words = sum(len(sentence.split()) for seed in seeds for sentence in seed.sentences)
    timings, people = [], {}
    for _ in range(max(runs, 1)):
        start = time.perf_counter()
        people = {seed.path: annotate(seed).people for seed in seeds}
        timings.append(time.perf_counter() - start)
    articles = [PlainArticle(Path(s.path).stem, s.title, s.date, s.sentences[1:],
                             tuple(p.name for p in people[s.path])) for s in seeds]
    return Annotated(articles, words, words / statistics.median(timings))


def _plain_articles_without_annotator(corpus: Corpus) -> list[PlainArticle]:
    articles = []
    for path in sorted(corpus.seeds.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        try:
            date = dt.datetime.strptime(lines[1].strip(), "%Y%m%d").date()
        except (IndexError, ValueError):
            continue
        body = tuple(line for line in lines[3:] if line)
        articles.append(PlainArticle(path.stem, lines[0].strip(), date, body, ()))
    return articles


# ---------------------------------------------------------------- one corpus


def bench_corpus(corpus: Corpus, tools: Tools, args: argparse.Namespace, workdir: Path) -> CorpusResult:
    print(f"\n== {corpus.name}: annotating in-process for words/s and the peers' people taxonomy")
    annotated = annotate_corpus(corpus, args.runs)
    people = len({p for a in annotated.articles for p in a.people})
    result = CorpusResult(corpus.name, corpus.synthetic, len(list(corpus.seeds.glob("*.txt"))), annotated.words, people,
                          annotated.words_per_second)
    print(f"   {result.articles} articles, {result.words:,} words, {people} people; "
          f"annotation {_num(result.words_per_second, ',.0f')} words/s")
    sites = write_peer_sites(corpus, annotated.articles, tools, args, workdir)
    for run in range(args.runs):
        steps: dict[str, Step] = {}
        steps.update(bench_ours(corpus, run, args, workdir, result))
        if "hugo" in sites and run < args.peer_runs:
            steps.update(bench_hugo(tools.hugo, sites["hugo"], args, result))
        if "pelican" in sites and run < args.peer_runs:
            steps.update(bench_pelican(tools.pelican, sites["pelican"], args, result))
        result.runs.append(steps)
        print(f"   run {run + 1}/{args.runs}: " + ", ".join(
            f"{key} {step.seconds:.2f}s" + ("" if step.ok else " FAILED") for key, step in steps.items()))
    for site in sites.values():
        shutil.rmtree(site, ignore_errors=True)
    return result


def write_peer_sites(corpus: Corpus, articles: list[PlainArticle], tools: Tools,
                     args: argparse.Namespace, workdir: Path) -> dict[str, Path]:
    sites = {}
    for name, tool, write in (("hugo", tools.hugo, write_hugo_site), ("pelican", tools.pelican, write_pelican_site)):
        if tool and name not in args.skip:
            folder = workdir / f"{name}-{corpus.name}"
            shutil.rmtree(folder, ignore_errors=True)
            write(articles, folder)
            sites[name] = folder
    return sites


def bench_ours(corpus: Corpus, run: int, args: argparse.Namespace, workdir: Path,
               result: CorpusResult) -> dict[str, Step]:
    """Cold build in a fresh project, then a no-change rebuild, then a content edit, then a seed edit."""
    project = fresh_project(corpus, workdir / f"ours-{corpus.name}-{run}")
    command = [sys.executable, str(ROOT / "build.py"), "--root", str(project)]
    steps = {"ours_cold": ours_step(run_measured(command, ROOT, args.timeout), "cold build")}
    if steps["ours_cold"].ok:
        result.output_bytes["ours"], result.output_files["ours"] = tree_size(project / "_site")
        result.problems_reported = steps["ours_cold"].problems
        steps["ours_warm"] = ours_step(run_measured(command, ROOT, args.timeout), "warm rebuild")
        edited = edit_content_file(project, run)
        steps["ours_edit_content"] = ours_step(run_measured(command, ROOT, args.timeout), "content edit",
                                               note=edited.name)
        seed = edit_seed_file(project, run, avoid=edited)
        steps["ours_edit_seed"] = ours_step(run_measured(command, ROOT, args.timeout), "seed edit",
                                            note=seed.name)
        if run == 0 and not args.no_serve:  # the editor's loop: once per corpus, five saves
            result.served_after_save_ms = [t.served_ms for t in measure_serve_edits(project, edits=5)]
            print("   dev server, save → edited page served: "
                  + ", ".join(f"{ms:.0f} ms" for ms in result.served_after_save_ms))
    if not args.keep:
        shutil.rmtree(project, ignore_errors=True)
    return steps


def fresh_project(corpus: Corpus, project: Path) -> Path:
    """A project folder as a new user has it: seeds/ and templates/, no content/, no cache, no site."""
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    shutil.copytree(corpus.seeds, project / "seeds")
    shutil.copytree(ROOT / "templates", project / "templates")
    return project


def ours_step(m: Measurement, what: str, note: str = "") -> Step:
    """Exit 1 with a summary line is a build that reported problems in some articles: it still built."""
    ok = not m.timed_out and m.exit_code in (0, 1) and _SUMMARY.search(m.output) is not None
    if not ok:
        reason = "timed out" if m.timed_out else f"exit code {m.exit_code}"
        print(f"   our {what} FAILED ({reason}); its last lines:\n{_indent(m.tail())}")
    return Step.of(m, ok, note)


def edit_content_file(project: Path, run: int) -> Path:
    """Append a sentence to the article in the middle of content/, as an editor would."""
    files = sorted(p for p in (project / "content").glob("*.md"))
    target = files[len(files) // 2]
    with open(target, "a", encoding="utf-8") as f:
        f.write(f"\n\nThe benchmark added this sentence in run {run + 1}.\n")
    return target


def edit_seed_file(project: Path, run: int, avoid: Path) -> Path:
    """Append a sentence to a seed whose content file was not edited by hand (else it is kept as it is)."""
    edited_seed = re.search(r"^seed: (.+)$", avoid.read_text(encoding="utf-8"), re.M)
    seeds = [p for p in sorted((project / "seeds").glob("*.txt"))
             if not edited_seed or p.name != edited_seed[1].strip()]
    target = seeds[len(seeds) // 3]
    with open(target, "a", encoding="utf-8") as f:
        f.write(f"\nA sentence the benchmark added to the seed in run {run + 1}.\n")
    return target


def bench_hugo(hugo: str, site: Path, args: argparse.Namespace, result: CorpusResult) -> dict[str, Step]:
    """Hugo cold (no public/, no resources/, no cache), then the same build again (warm)."""
    for leftover in ("public", "resources", ".hugo-cache"):
        shutil.rmtree(site / leftover, ignore_errors=True)
    env = {**os.environ, "HUGO_CACHEDIR": str(site / ".hugo-cache")}
    command = [hugo, "--source", str(site), "--destination", str(site / "public"), "--quiet"]
    cold = run_measured(command, site, args.timeout, env)
    steps = {"hugo_cold": peer_step(cold, "hugo cold build", site / "public")}
    if steps["hugo_cold"].ok:
        result.output_bytes["hugo"], result.output_files["hugo"] = tree_size(site / "public")
        steps["hugo_warm"] = peer_step(run_measured(command, site, args.timeout, env), "hugo warm build",
                                       site / "public")
    return steps


def bench_pelican(pelican: str, site: Path, args: argparse.Namespace, result: CorpusResult) -> dict[str, Step]:
    shutil.rmtree(site / "output", ignore_errors=True)
    command = [pelican, str(site / "content"), "--settings", str(site / "pelicanconf.py"),
               "--output", str(site / "output"), "--quiet"]
    cold = run_measured(command, site, args.timeout)
    steps = {"pelican_cold": peer_step(cold, "pelican cold build", site / "output")}
    if steps["pelican_cold"].ok:
        result.output_bytes["pelican"], result.output_files["pelican"] = tree_size(site / "output")
    return steps


def peer_step(m: Measurement, what: str, output: Path) -> Step:
    ok = not m.timed_out and m.exit_code == 0 and (output / "index.html").exists()
    if not ok:
        reason = "timed out" if m.timed_out else f"exit code {m.exit_code}, index.html made: " \
                                                 f"{(output / 'index.html').exists()}"
        print(f"   {what} FAILED ({reason}); its last lines:\n{_indent(m.tail())}")
    return Step.of(m, ok)


# ---------------------------------------------------------------- profiling


def profile_builds(corpus: Corpus, workdir: Path) -> None:
    """cProfile of a cold build, then of a one-content-file edit rebuild, each in one process."""
    project = fresh_project(corpus, workdir / f"profile-{corpus.name}")
    OUT.mkdir(exist_ok=True)
    for what in ("cold", "edit"):
        if what == "edit":
            edit_content_file(project, 0)
        profile = OUT / f"profile-{what}-{corpus.name}.prof"
        print(f"\n== profiling our {what} build of {corpus.name} (rendering in one process) into {profile}")
        done = subprocess.run([sys.executable, str(HERE / "profile_build.py"), str(project), str(profile)],
                              capture_output=True, text=True, cwd=ROOT)
        print(done.stdout[-12000:] or done.stderr[-3000:])


# ---------------------------------------------------------------- the report


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def report(results: list[CorpusResult]) -> None:
    for result in results:
        print_corpus_table(result)
    print_linearity(results)
    print_bar(results)


def print_corpus_table(r: CorpusResult) -> None:
    runs = len(r.runs)
    print(f"\n{r.name}: {r.articles:,} articles, {r.words:,} words, {r.people} people; medians of {runs} run(s)")
    hugo_cold, pelican_cold = r.median("hugo_cold"), r.median("pelican_cold")
    rows = [
        ("cold build (s)", r.median("ours_cold"), hugo_cold, pelican_cold),
        ("warm no-change rebuild (s)", r.median("ours_warm"), r.median("hugo_warm"), None),
        ("edit one content file (s)", r.median("ours_edit_content"), None, None),
        ("edit one seed (s)", r.median("ours_edit_seed"), None, None),
        ("cold build CPU, user+sys (s)", r.median("ours_cold", "cpu_seconds"), r.median("hugo_cold", "cpu_seconds"),
         r.median("pelican_cold", "cpu_seconds")),
        ("  of which system (s)", r.median("ours_cold", "system_seconds"),
         r.median("hugo_cold", "system_seconds"), r.median("pelican_cold", "system_seconds")),
        ("peak memory, cold (MB)", r.median("ours_cold", "peak_mb"), r.median("hugo_cold", "peak_mb"),
         r.median("pelican_cold", "peak_mb")),
        ("output per article (KB)", r.per_article_kb("ours"), r.per_article_kb("hugo"), r.per_article_kb("pelican")),
    ]
    print(f"  {'':28} {'ours':>10} {'hugo':>10} {'pelican':>10} {'ours/hugo':>10} {'ours/pelican':>12}")
    for label, ours, hugo, pelican in rows:
        print(f"  {label:28} {_num(ours)} {_num(hugo)} {_num(pelican)} "
              f"{_num(ratio(ours, hugo))} {_num(ratio(ours, pelican), '.3f', 12)}")
    print(f"  {'warm rebuild / Hugo cold':28} {_num(ratio(r.median('ours_warm'), hugo_cold))}")
    print(f"  {'annotation (words/s)':28} {_num(r.words_per_second, ',.0f')}")
    print(f"  {'edit served by dev server (ms)':28} {_num(r.served_ms, '.1f')}")
    written = [r.median(k, "files_written") for k in ("ours_cold", "ours_warm", "ours_edit_content", "ours_edit_seed")]
    print(f"  files our build wrote: cold {_num(written[0], '.0f', 0)}, warm {_num(written[1], '.0f', 0)}, "
          f"content edit {_num(written[2], '.0f', 0)}, seed edit {_num(written[3], '.0f', 0)}; "
          f"problems it reported: {r.problems_reported}")


def print_linearity(results: list[CorpusResult]) -> None:
    sized = sorted((r for r in results if r.synthetic), key=lambda r: r.articles)
    if len(sized) < 2:
        return
    small, large = sized[0], sized[-1]
    print(f"\nlinearity: time per article at N={large.articles:,} / at N={small.articles:,} (1.00 is linear)")
    for key in ("ours_cold", "ours_warm", "hugo_cold", "pelican_cold"):
        per_large = ratio(large.median(key), large.articles)
        per_small = ratio(small.median(key), small.articles)
        print(f"  {key:14} {_num(ratio(per_large, per_small), '.2f', 6)}")


def bar_checks(r: CorpusResult) -> list[tuple[str, float | None, str, bool | None]]:
    """Issue 6's bar: (what, measured, limit, passed); None where a peer or a run is missing."""
    def check(value, test):
        return None if value is None else test(value)
    cold_hugo = ratio(r.median("ours_cold"), r.median("hugo_cold"))
    cold_pelican = ratio(r.median("ours_cold"), r.median("pelican_cold"))
    warm = ratio(r.median("ours_warm"), r.median("hugo_cold"))
    edit = r.served_ms / 1000 if r.served_ms is not None else None
    memory = ratio(r.median("ours_cold", "peak_mb"), r.median("hugo_cold", "peak_mb"))
    size = r.per_article_kb("ours")
    return [
        ("cold build / Hugo cold", cold_hugo, "<= 1.5", check(cold_hugo, lambda v: v <= 1.5)),
        ("cold build / Pelican cold", cold_pelican, "<= 0.2 (5x faster)", check(cold_pelican, lambda v: v <= 0.2)),
        ("warm rebuild / Hugo cold", warm, "<= 0.2", check(warm, lambda v: v <= 0.2)),
        ("edit: save → page served (s)", edit, "< 0.150", check(edit, lambda v: v < 0.150)),
        ("peak memory / Hugo's", memory, "<= 1.0", check(memory, lambda v: v <= 1.0)),
        ("output per article (KB)", size, "< 25", check(size, lambda v: v < 25)),
    ]


def print_bar(results: list[CorpusResult]) -> None:
    sized = sorted((r for r in results if r.synthetic), key=lambda r: r.articles)
    target = next((r for r in sized if r.articles == BAR_N), sized[-1] if sized else None)
    if target is None:
        return
    caveat = "" if target.articles == BAR_N else f" (the bar is set at N={BAR_N:,}; this is N={target.articles:,})"
    print(f"\nissue 6's bar at {target.name}{caveat}:")
    for what, value, limit, passed in bar_checks(target):
        verdict = "n/a" if passed is None else ("pass" if passed else "FAIL")
        print(f"  {what:30} {_num(value, '.3f')}  {limit:20} {verdict}")


def write_json(results: list[CorpusResult], tools: Tools, args: argparse.Namespace) -> None:
    OUT.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    data = {
        "when": stamp, "machine": machine(), "tools": asdict(tools), "runs": args.runs,
        "peer_runs": args.peer_runs, "corpora": [corpus_json(r) for r in results],
    }
    path = OUT / f"bench-{stamp}.json"
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    shutil.copyfile(path, OUT / "latest.json")
    print(f"\nwrote {path.relative_to(ROOT)} (and benchmarks/out/latest.json)")


def corpus_json(r: CorpusResult) -> dict:
    keys = sorted({k for run in r.runs for k in run})
    return {
        "name": r.name, "articles": r.articles, "words": r.words, "people": r.people,
        "annotation_words_per_second": r.words_per_second,
        "median_seconds": {k: r.median(k) for k in keys},
        "median_cpu_seconds": {k: r.median(k, "cpu_seconds") for k in keys},
        "median_peak_mb": {k: r.median(k, "peak_mb") for k in keys},
        "output_bytes": r.output_bytes, "output_files": r.output_files,
        "output_kb_per_article": {t: r.per_article_kb(t) for t in r.output_bytes},
        "problems_reported_by_our_build": r.problems_reported,
        "dev_server_save_to_served_ms": r.served_after_save_ms,
        "bar": [{"what": what, "value": value, "limit": limit, "passed": passed}
                for what, value, limit, passed in bar_checks(r)],
        "runs": [{k: asdict(step) for k, step in run.items()} for run in r.runs],
    }


def machine() -> dict:
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal:")), "0")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    return {"cpus": os.cpu_count(), "memory_gb": round(int(memory) / 2**20, 1), "python": platform.python_version(),
            "system": platform.platform(), "commit": commit.stdout.strip() or "none yet",
            "load_average_at_end": os.getloadavg()}


def _num(value: float | None, spec: str = ".3f", width: int = 10) -> str:
    return f"{'-' if value is None else format(value, spec):>{width}}"


def _indent(text: str) -> str:
    return "\n".join("      " + line for line in text.splitlines())


if __name__ == "__main__":
    sys.exit(main())
