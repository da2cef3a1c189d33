"""Hostile and broken input: nothing crashes, nothing is lost, nothing is injected."""
import re
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import given, settings, strategies as st

import build
from generator.model import InputError
from generator.seeds import parse_seed
from generator.slugs import Slugger, slugify

from .conftest import REPO, SEED, write_seed
from .sitecheck import crawl
from .test_incremental import tree

EVIL = '<script>alert(1)</script> <img src=x onerror="alert(2)"> {{ 7*7 }} {% if 1 %}x{% endif %} ' \
       '[click](javascript:alert(3)) </script><script>alert(4)</script> \u200b\u202eRTL\u202c'


def hostile_seeds(folder: Path) -> None:
    write_seed(folder, "evil.txt", title="Evil " + EVIL, body=(f'"{EVIL}," said John Smith.', EVIL))
    write_seed(folder, "long-title.txt", title="T" * 2000)
    write_seed(folder, "dots.txt", title="..")
    write_seed(folder, "passwd.txt", title="/etc/passwd")
    write_seed(folder, "empty-name.txt", title="!!!")
    write_seed(folder, "same-1.txt", title="Same title")
    write_seed(folder, "same-2.txt", title="Same title")
    write_seed(folder, "bad-day.txt", date="20220230")
    write_seed(folder, "nines.txt", date="99999999")
    write_seed(folder, "js-url.txt", url="javascript:alert(1)")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bom-crlf.txt").write_bytes(b"\xef\xbb\xbfBOM title\r\n20220322\r\nhttps://x.org\r\nLine\rlone CR\x00 NUL\r\n")
    (folder / "mixed.txt").write_bytes("Mixed\n20220322\nhttps://x.org\nCaf\u00e9 ".encode() + "cr\xe8me".encode("latin-1") + b"\n")
    big = " ".join(["Officials said 9,861 soldiers died, \"a lot\" said Jane Doe."] * 90_000)  # ~5 MB
    write_seed(folder, "huge.txt", title="Huge", body=(big,))


EVIL_CONTENT = """---
title: "Title <script>alert(5)</script>"
date: 2022-03-22
source: javascript:alert(6)
people:
- name: "</script><script>alert(7)</script>"
  role: "<b onmouseover=alert(8)>"
---

<script>alert(9)</script><img src="https://example.org/x.png" onerror="alert(10)"> [a](javascript:alert(11)) <a href="javascript:alert(12)">b</a>

["{{ 7*7 }}"]{.quote speaker="</script><script>alert(7)</script>"} and [1]{.figure value=1 counts="x\\" onclick=\\"alert(13)"}

<iframe src="https://evil.example"></iframe> <div style="background:url(javascript:alert(14))" onclick="alert(15)">x</div>
"""


def test_hostile_input_builds_safely(project, capsys):
    hostile_seeds(project / "seeds")
    import shutil
    shutil.copy(SEED, project / "seeds")
    (project / "content" / "2022-03-22-evil-by-hand.md").write_text(EVIL_CONTENT, encoding="utf-8")
    assert build.main(["--root", str(project), "--base-url", "/archive/"]) == 1  # bad seeds are reported
    err = capsys.readouterr().err
    for name, line in [("bad-day.txt", 2), ("nines.txt", 2), ("js-url.txt", 3), ("empty.txt", 1), ("mixed.txt", 4)]:
        assert f"seeds/{name}:{line}:" in err
    assert "2022-03-22-evil-by-hand.md:4: 'source:' must be an http:// or https:// address" in err
    site = project / "_site"
    result = crawl(site, "/archive/")
    assert result.handlers == [] and result.javascript_urls == []
    assert {kind for _, kind in result.scripts} <= {"application/ld+json", "site:assets/search.js"}
    assert result.broken == [] and result.html_errors == []
    for path in site.rglob("*"):
        if path.suffix in (".html", ".xml", ".json", ".txt"):
            text = path.read_text(encoding="utf-8")
            ours = re.sub(r'<script type="application/ld\+json">|<script src="[^"]*assets/search\.js" defer>', "", text)
            assert "<script" not in ours, path
    assert any("{{ 7*7 }}" in p.read_text() for p in site.rglob("*.html"))  # shown, never evaluated
    everything = [p.relative_to(site).as_posix() for p in site.rglob("*")]
    assert all(".." not in part for p in everything for part in p.split("/"))
    assert not (site / "etc").exists() or (site / "etc").is_dir() is False
    same = [p for p in everything if p.startswith("2022/03/22/same-title")]
    assert len({p.split("/")[3] for p in same}) == 2  # two articles, two pages


def test_a_5mb_seed_and_2000_char_title_do_not_break_paths(project):
    write_seed(project / "seeds", "long-title.txt", title="T" * 2000)
    assert build.main(["--root", str(project)]) == 0
    for path in (project / "content").glob("*.md"):
        assert len(path.name.encode()) < 255


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_the_seed_reader_only_ever_reports(raw):
    try:
        seed = parse_seed(raw, "seeds/x.txt")
    except InputError as err:
        assert err.problem.path == "seeds/x.txt" and err.problem.line >= 1
    else:
        assert seed.title and seed.sentences[0] == seed.title
        assert all("\x00" not in s and "\r" not in s for s in seed.sentences)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=20))
def test_slugs_are_safe_and_unique(names):
    slugger = Slugger()
    slugs = [slugger.slug(f"{i}:{name}", name) for i, name in enumerate(names)]
    assert len(set(slugs)) == len(slugs)
    for slug in slugs:
        assert slug and slug not in (".", "..") and "/" not in slug and "\\" not in slug and "\x00" not in slug
        assert slug == slug.lower() and len(slug) <= 90
    assert slugify("../../etc/passwd") == "etc-passwd"


def test_two_builds_of_the_same_input_are_byte_identical(project, tmp_path):
    import shutil
    shutil.copy(SEED, project / "seeds")
    build.main(["--root", str(project), "--out", str(tmp_path / "one")])
    shutil.rmtree(project / ".cache")
    build.main(["--root", str(project), "--out", str(tmp_path / "two")])
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_a_killed_build_never_leaves_a_broken_site(project):
    """SIGKILL the build at random moments: the site is always a whole site, old or new, never a mix."""
    from .test_site import ZELENSKY
    paths = []
    for n in range(150):
        path = project / "content" / f"2022-03-{n % 28 + 1:02d}-article-{n}.md"
        path.write_text(ZELENSKY.format(date=f"2022-03-{n % 28 + 1:02d}", n=n), encoding="utf-8")
        paths.append(path)
    command = [sys.executable, str(REPO / "build.py"), "--root", str(project)]
    subprocess.run(command, check=True, capture_output=True)
    sites = [tree(project / "_site")]
    rng = random.Random(7)
    for round_ in range(6):
        for path in paths:
            path.write_text(path.read_text().replace(f"ready to meet{'!' * round_},", f"ready to meet{'!' * (round_ + 1)},"))
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = tree(project / "_site")
        if now != sites[-1]:
            subprocess.run(command, check=True, capture_output=True)  # finish the build the kill stopped
            assert now == tree(project / "_site"), "the site was a mix of old and new pages"
        subprocess.run(command, check=True, capture_output=True)
        sites.append(tree(project / "_site"))
        assert crawl(project / "_site", "/").broken == []
