"""Incremental builds redo only what changed, and always give the same bytes as a clean build."""
import shutil
from pathlib import Path

from generator.pipeline import Builder, Project
from generator.render import SiteConfig

from .test_site import ZELENSKY

CONFIG = SiteConfig(base_url="https://user.github.io/archive/")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def clean_build(project: Path, tmp_path: Path) -> dict[str, bytes]:
    """The same inputs built from nothing, in another folder."""
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    for part in ("templates", "content", "seeds"):
        shutil.copytree(project / part, fresh / part)
    Builder(Project.at(fresh), CONFIG).build()
    return tree(fresh / "_site")


def add_articles(project: Path, dates=("2022-03-22", "2022-03-23", "2022-04-01")) -> list[Path]:
    paths = []
    for n, date in enumerate(dates):
        path = project / "content" / f"{date}-article-{n}.md"
        path.write_text(ZELENSKY.format(date=date, n=n), encoding="utf-8")
        paths.append(path)
    return paths


FILLER = """---
title: Filler {n}
date: 2021-0{month}-1{n}
people:
- name: Person Number{n}
---

[“Words {n},”]{{.quote speaker="Person Number{n}"}} they said about [{n}00 apples]{{.figure value={n}00 counts="apples {n}"}}.
"""


def add_unrelated(project: Path, count: int = 9) -> None:
    for n in range(count):
        (project / "content" / f"2021-0{n % 3 + 1}-1{n}-filler-{n}.md").write_text(
            FILLER.format(n=n, month=n % 3 + 1), encoding="utf-8")


def build(project: Path):
    return Builder(Project.at(project), CONFIG).build()


def test_a_rebuild_with_no_change_writes_nothing(project, tmp_path):
    add_articles(project)
    first = build(project)
    assert first.rendered == first.files > 20
    before = tree(project / "_site")
    again = build(project)
    assert again.rendered == 0
    assert tree(project / "_site") == before == clean_build(project, tmp_path)


def test_a_no_change_build_still_reports_problems_and_repairs_a_damaged_site(project, tmp_path):
    add_articles(project)
    (project / "content" / "2022-05-01-broken.md").write_text("---\ntitle: [x\n---\n", encoding="utf-8")
    first = build(project)
    assert [p.path.endswith("broken.md") for p in first.problems] == [True]
    again = build(project)
    assert again.rendered == 0 and again.problems == first.problems  # still broken, still said
    (project / "_site" / "people" / "vladimir-putin" / "index.html").unlink()
    repaired = build(project)
    assert repaired.rendered == 1
    assert tree(project / "_site") == clean_build(project, tmp_path)


def test_an_edit_renders_only_the_pages_it_touches_and_matches_a_clean_build(project, tmp_path):
    paths = add_articles(project)
    add_unrelated(project)
    build(project)
    text = paths[0].read_text().replace("I am ready to meet,", "I am ready to talk,")
    paths[0].write_text(text)
    report = build(project)
    assert 0 < report.rendered < report.files / 3
    assert not any("filler" in path or "person-number" in path for path in report.changed_paths)
    assert "2022/03/22/article-0/index.html" in report.changed_paths
    assert "people/volodymyr-zelensky/index.html" in report.changed_paths
    assert tree(project / "_site") == clean_build(project, tmp_path)


def test_a_template_change_rerenders_the_pages_that_use_it(project, tmp_path):
    add_articles(project)
    build(project)
    person = project / "templates" / "person.html"
    person.write_text(person.read_text().replace("Often mentioned with", "Seen with"))
    report = build(project)
    assert report.changed_paths == ["people/vladimir-putin/index.html", "people/volodymyr-zelensky/index.html"]
    assert tree(project / "_site") == clean_build(project, tmp_path)


def test_a_removed_article_disappears_from_the_site(project, tmp_path):
    paths = add_articles(project)
    build(project)
    paths[2].unlink()
    report = build(project)
    assert "2022/04/01/article-2/index.html" in report.changed_paths
    assert not (project / "_site" / "2022" / "04").exists() or not (project / "_site" / "2022" / "04" / "01" / "article-2").exists()
    assert tree(project / "_site") == clean_build(project, tmp_path)


def test_the_cache_is_safe_to_delete_or_damage(project, tmp_path):
    add_articles(project)
    build(project)
    expected = tree(project / "_site")
    shutil.rmtree(project / ".cache")
    assert build(project).rendered > 0
    (project / ".cache" / "build-state.pickle").write_bytes(b"garbage")
    build(project)
    assert tree(project / "_site") == expected


def test_the_live_site_is_never_written_into(project):
    """Unchanged files are shared by hard link with the previous site; a rebuild must replace, not modify."""
    paths = add_articles(project)
    build(project)
    old_page = project / "_site" / "2022" / "03" / "22" / "article-0" / "index.html"
    kept = old_page.open("rb")
    before = kept.read()
    paths[0].write_text(paths[0].read_text().replace("I am ready to meet,", "I am ready to talk,"))
    build(project)
    kept.seek(0)
    assert kept.read() == before  # the file a reader had open still holds the old page
    kept.close()
    assert b"I am ready to talk," in old_page.read_bytes()


def test_the_build_after_a_first_build_from_seeds_is_already_a_no_change_build(project):
    from .conftest import SEED
    shutil.copy(SEED, project / "seeds")
    build(project)  # writes content/ from the seed
    builder = Builder(Project.at(project), CONFIG)
    assert builder.build().rendered == 0
    assert builder._state is None  # answered without loading the large cache


def test_a_build_in_a_thread_renders_in_forked_workers(project, monkeypatch, tmp_path):
    """The dev server builds in a worker thread; forking renderers from there must work."""
    from concurrent.futures import ThreadPoolExecutor
    from generator import pipeline
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    add_articles(project)
    with ThreadPoolExecutor(max_workers=1) as pool:
        report = pool.submit(Builder(Project.at(project), CONFIG).build, in_place=True).result()
    assert report.rendered == report.files > 20
    assert tree(project / "_site") == clean_build(project, tmp_path)


def test_successive_edits_through_the_spare_site_always_match_a_clean_build(project, tmp_path):
    """Each build updates the previous generation of the site (the spare) and swaps it in."""
    paths = add_articles(project)
    add_unrelated(project)
    build(project)
    edits = [lambda: paths[0].write_text(paths[0].read_text().replace("ready to meet", "ready to talk")),
             lambda: paths[1].write_text(paths[1].read_text().replace("Putin said", "Putin replied")),
             lambda: paths[2].unlink(),
             lambda: paths[0].write_text(paths[0].read_text().replace("ready to talk", "ready to sign"))]
    for n, edit in enumerate(edits):
        edit()
        if n == 2:  # a build killed while it changed the spare leaves this mark: the spare is not trusted
            (project / "._site.spare-changing").touch()
        report = build(project)
        assert report.rendered < report.files
        assert (project / "._site.spare").is_dir()
        assert tree(project / "_site") == clean_build(project, tmp_path), f"after edit {n + 1}"


# ---------------------------------------------------------------- the dev server's quick answer


def test_a_saved_article_is_rendered_alone_before_the_full_build(project):
    first, *_ = add_articles(project)
    builder = Builder(Project.at(project), CONFIG)
    builder.build()
    first.write_text(first.read_text().replace("I am ready to meet,", "We will talk,"), encoding="utf-8")
    assert builder.render_edited_articles([first]) == ["2022/03/22/article-0/index.html"]
    site = project / "_site"
    assert "We will talk," in (site / "2022/03/22/article-0/index.html").read_text()
    assert "We will talk," not in (site / "people/volodymyr-zelensky/index.html").read_text()  # the build's job


def test_a_new_article_is_shown_at_its_url_before_the_full_build(project):
    add_articles(project)
    builder = Builder(Project.at(project), CONFIG, drafts=True)
    builder.build()
    new = project / "content" / "2022-05-02-brand-new.md"
    new.write_text(ZELENSKY.format(date="2022-05-02", n=9), encoding="utf-8")
    assert builder.render_edited_articles([new]) == ["2022/05/02/brand-new/index.html"]
    html = (project / "_site/2022/05/02/brand-new/index.html").read_text()
    assert "I am ready to meet," in html and "Volodymyr Zelensky" in html
    assert "brand-new" not in (project / "_site/index.html").read_text()  # indexes wait for the build
    builder.build()
    assert 'href="2022/05/02/brand-new/"' in (project / "_site/index.html").read_text()


def test_the_quick_answer_leaves_to_the_full_build_what_it_cannot_know(project):
    first, *_ = add_articles(project)
    builder = Builder(Project.at(project), CONFIG)
    builder.build()
    same_url = project / "content" / "more" / first.name  # its URL is the first article's
    same_url.parent.mkdir()
    same_url.write_text(first.read_text(), encoding="utf-8")
    backup = project / "content" / ".backups" / "2022-06-01-old.md"
    backup.parent.mkdir()
    backup.write_text(ZELENSKY.format(date="2022-06-01", n=5), encoding="utf-8")
    draft = project / "content" / "2022-06-02-draft.md"
    draft.write_text(ZELENSKY.format(date="2022-06-02", n=6).replace("---\n", "---\ndraft: true\n", 1),
                     encoding="utf-8")
    broken = project / "content" / "2022-06-03-broken.md"
    broken.write_text("---\ntitle: [\n---\n", encoding="utf-8")
    for path in (same_url, backup, draft, broken):
        assert builder.render_edited_articles([path]) is None, path.name
    assert not (project / "_site/2022/06").exists()


def test_the_file_walk_sees_what_a_build_reads_and_no_more(tmp_path):
    from generator.pipeline import _walk_files
    (tmp_path / "a" / ".hidden").mkdir(parents=True)
    (tmp_path / "a" / ".hidden" / "x.md").write_text("x")
    (tmp_path / "top.md").write_text("t")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "y.md").write_text("y")
    (tmp_path / "a" / "link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert sorted(name for name, _ in _walk_files(tmp_path)) == ["a/.hidden/x.md", "elsewhere/y.md", "top.md"]
    assert list(_walk_files(tmp_path / "gone")) == []
