"""The whole path on real files: seeds → content/*.md → _site/, as a user runs it from build.py."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import html5lib

import build
from .conftest import REPO, SEED, write_seed


def run(project: Path, *args: str) -> int:
    return build.main(["--root", str(project), *args])


def article_page(project: Path) -> Path:
    pages = [p for p in (project / "_site").glob("2022/03/22/*/index.html")]
    assert len(pages) == 1
    return pages[0]


def elements(html: str, tag: str, cls: str, within: str = "article-body"):
    """Elements in the article's body, not the legend's samples."""
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    [body] = [e for e in tree.iter("div") if within in (e.get("class") or "").split()]
    return [e for e in body.iter(tag) if cls in (e.get("class") or "").split()]


def text_of(element) -> str:
    return "".join(element.itertext())


def test_the_seed_builds_into_a_site_with_its_five_quotes_credited(project, capsys):
    shutil.copy(SEED, project / "seeds")
    assert run(project) == 0
    assert (project / "_site" / "index.html").exists()
    html = article_page(project).read_text(encoding="utf-8")
    quotes = elements(html, "q", "hl-quote")
    assert len(quotes) == 5
    credits = [c for c in elements(html, "span", "credit-quote") if "Volodymyr Zelensky" in text_of(c)]
    direct = [c for c in credits if "credit-indirect" not in c.get("class")]
    assert len(direct) == 5
    assert len(credits) > 5  # and what he said in reported speech
    assert any(text_of(q).startswith("“I am ready at a meeting") or text_of(q).startswith('"I am ready at a meeting')
               for q in quotes)
    home = (project / "_site" / "index.html").read_text(encoding="utf-8")
    assert "Russia admits almost 10000 soldiers dead" in home
    assert "created content/2022-03-22-russia-admits" in capsys.readouterr().out


def test_bad_seeds_are_reported_while_the_good_ones_build(project, capsys):
    shutil.copy(SEED, project / "seeds")
    write_seed(project / "seeds", "bad-date.txt", date="20220230")
    write_seed(project / "seeds", "no-url.txt", url="")
    (project / "seeds" / "latin1.txt").write_bytes("Caf\xe9\n20220322\nhttps://example.org\nCr\xe8me.\n".encode("latin-1"))
    assert run(project) == 1
    err = capsys.readouterr().err
    assert "seeds/bad-date.txt:2: line 2: 20220230 is not a real date" in err
    assert "seeds/no-url.txt:3: line 3 must be the source URL" in err
    assert "seeds/latin1.txt:1: not UTF-8" in err
    article_page(project)  # the good seed still built


def test_an_edit_undone_is_no_edit_and_a_deleted_content_file_is_made_again(project, capsys):
    shutil.copy(SEED, project / "seeds")
    run(project)
    [content] = (project / "content").glob("*.md")
    generated = content.read_bytes()
    content.write_bytes(generated + b"\nA note.\n")
    run(project)
    assert "edited by hand" in capsys.readouterr().out
    content.write_bytes(generated)
    run(project)
    assert "edited by hand" not in capsys.readouterr().out
    content.unlink()
    assert run(project) == 0
    assert content.read_bytes() == generated
    assert "created" in capsys.readouterr().out


def test_generated_text_put_back_follows_the_seed_again(project, capsys):
    shutil.copy(SEED, project / "seeds")
    run(project)
    [content] = (project / "content").glob("*.md")
    manifest = project / "content" / ".generated.json"
    old_text, old_manifest = content.read_bytes(), manifest.read_bytes()
    seed = project / "seeds" / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8") + "A new closing line.\n", encoding="utf-8")
    run(project)
    assert b"A new closing line." in content.read_bytes()
    content.write_bytes(old_text)  # as `git checkout content/` would
    manifest.write_bytes(old_manifest)
    assert run(project) == 0
    assert b"A new closing line." in content.read_bytes()


def test_a_content_file_gone_while_the_build_runs_is_passed_over(project):
    from generator.pipeline import Builder, Project
    from generator.render import SiteConfig
    (project / "content" / "2022-03-22-a.md").write_text("---\ntitle: By hand\ndate: 2022-03-22\n---\n\nText.\n",
                                                          encoding="utf-8")
    builder = Builder(Project.at(project), SiteConfig())
    stamps = builder._input_stamps()
    stamps[str(project / "content" / "2022-03-22-renamed-meanwhile.md")] = (1, 1)  # listed, then gone
    report = builder._build(False, False, stamps)
    assert report.documents == 1 and not report.problems


def test_an_edited_content_file_survives_rebuilds_byte_for_byte(project, capsys):
    shutil.copy(SEED, project / "seeds")
    run(project)
    [content] = (project / "content").glob("*.md")
    edited = content.read_bytes().replace(b"So far no major city", b"So far no *major* city") + b"\nEditor's note.\n"
    content.write_bytes(edited)
    capsys.readouterr()
    assert run(project) == 0
    assert content.read_bytes() == edited
    assert "edited by hand, left as it is" in capsys.readouterr().out
    assert "Editor&#39;s note." in article_page(project).read_text() or "Editor's note." in article_page(project).read_text()
    assert run(project, "--force") == 0
    [backup] = (project / "content" / ".backups").glob("*.md")
    assert backup.read_bytes() == edited
    assert b"Editor's note." not in content.read_bytes()


def test_a_hand_written_article_without_a_seed_is_built(project):
    (project / "content" / "2023-01-05-by-hand.md").write_text(
        "---\ntitle: Written by hand\ndate: 2023-01-05\n---\n\nA [“quote”]{.quote} here.\n", encoding="utf-8")
    assert run(project) == 0
    page = project / "_site" / "2023" / "01" / "05" / "by-hand" / "index.html"
    assert len(elements(page.read_text(), "q", "hl-quote")) == 1


def test_a_broken_content_file_does_not_stop_the_others(project, capsys):
    shutil.copy(SEED, project / "seeds")
    (project / "content" / "2023-01-05-broken.md").write_text("---\ntitle: [unclosed\n---\nx\n", encoding="utf-8")
    assert run(project) == 1
    assert "content/2023-01-05-broken.md:2:8: invalid YAML" in capsys.readouterr().err  # the unclosed [
    article_page(project)


def test_annotate_json_is_one_object_per_seed(tmp_path):
    bad = write_seed(tmp_path, "bad.txt", date="2022")
    proc = subprocess.run([sys.executable, str(REPO / "build.py"), "annotate", "--json", str(SEED), str(bad)],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 1 and "bad.txt:2" in proc.stderr
    [line] = proc.stdout.splitlines()
    record = json.loads(line)
    assert record["file"] == str(SEED)
    assert set(record) == {"file", "title", "date", "source", "people", "quotes", "figures", "dates", "claims"}
    assert record["date"] == "2022-03-22"
    assert {"text", "speaker", "sentence", "kind"} <= set(record["quotes"][0])
    assert {"text", "value", "qualifier", "counts", "claimed_by", "sentence"} <= set(record["figures"][0])


def test_two_files_with_one_slug_both_build_and_the_clash_is_reported(project, capsys):
    article = "---\ntitle: {title}\ndate: 2022-03-22\n---\n\n{title} text.\n"
    (project / "content" / "2022-03-22-same.md").write_text(article.format(title="Alpha"), encoding="utf-8")
    (project / "content" / "same.md").write_text(article.format(title="Beta"), encoding="utf-8")
    assert run(project) == 1
    err = capsys.readouterr().err
    assert "content/2022-03-22-same.md:1: duplicate slug: content/same.md already has the URL 2022/03/22/same/" in err
    assert "Alpha text." in (project / "_site" / "2022/03/22/same-2/index.html").read_text()
    assert "Beta text." in (project / "_site" / "2022/03/22/same/index.html").read_text()


def test_a_project_of_only_seeds_gets_the_bundled_templates(tmp_path):
    shutil.copy(SEED, (tmp_path / "seeds").mkdir() or tmp_path / "seeds")
    assert run(tmp_path) == 0
    assert "Russia admits almost 10000 soldiers dead" in (tmp_path / "_site" / "index.html").read_text()


def test_a_template_error_names_the_template_and_keeps_the_site(project, capsys):
    shutil.copy(SEED, project / "seeds")
    assert run(project) == 0
    before = (project / "_site" / "index.html").read_bytes()
    home = project / "templates" / "home.html"
    home.write_text(home.read_text().replace("{% block main %}", "{% block main %}{% if %}", 1))
    assert run(project) == 1
    assert "templates/home.html:3: template error: Expected an expression" in capsys.readouterr().err
    assert (project / "_site" / "index.html").read_bytes() == before


def test_the_site_and_content_files_are_readable_by_a_web_server(project):
    shutil.copy(SEED, project / "seeds")
    old = os.umask(0o022)
    try:
        assert run(project) == 0
    finally:
        os.umask(old)
    assert (project / "_site").stat().st_mode & 0o777 == 0o755
    [content] = (project / "content").glob("*.md")
    assert content.stat().st_mode & 0o777 == 0o644
