"""The archive built from real articles: the seed plus the 84 PolNeAR dev articles, as issue 4 asks."""
import shutil

import html5lib
import pytest

import build
from .conftest import REPO, SEED
from .sitecheck import crawl, parse_xml

POLNEAR = REPO.parent / "shared" / "eval" / "polnear-dev" / "seeds"
SEED_PAGE = "2022/03/22/russia-admits-almost-10000-soldiers-dead-and-more-injured-in-ukraine-invasion/"

pytestmark = pytest.mark.skipif(not POLNEAR.is_dir(), reason="needs ../shared/eval/polnear-dev")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("real")
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "seeds").mkdir()
    (root / "content").mkdir()
    shutil.copy(SEED, root / "seeds")
    for seed in POLNEAR.glob("*.txt"):
        shutil.copy(seed, root / "seeds")
    build.main(["--root", str(root), "--base-url", "https://user.github.io/archive/"])
    return root / "_site"


def main_text(site, page: str) -> str:
    tree = html5lib.parse((site / page / "index.html").read_bytes(), namespaceHTMLElements=False)
    return " ".join("".join(tree.find(".//main").itertext()).split())


def test_every_article_builds_and_every_page_kind_is_there(site):
    articles = [p for p in site.glob("[12][0-9][0-9][0-9]/[01][0-9]/[0-3][0-9]/*/index.html")]
    assert len(articles) == 85
    for page in ["index.html", "articles/index.html", "people/index.html", "figures/index.html",
                 "dates/index.html", "quotes/index.html", "claims/index.html", "search/index.html",
                 "2022/index.html", "2022/03/index.html", "2022/03/22/index.html", "404.html", "feed.xml",
                 "sitemap.xml", "robots.txt", ".nojekyll", "data/articles.json", "data/people.json",
                 "data/figures.json", "search/index.json", "search/quotes.json"]:
        assert (site / page).is_file(), page
    assert len(list(site.glob("people/*/index.html"))) > 100
    assert len(list(site.glob("figures/*/index.html"))) > 20


def test_a_crawl_under_the_sub_path_finds_no_broken_link_and_no_html_error(site):
    result = crawl(site, "/archive/")
    assert result.pages > 500
    assert result.broken == []
    assert result.html_errors == []
    parse_xml(site / "feed.xml")
    parse_xml(site / "sitemap.xml")


def test_zelenskys_page_lists_the_five_direct_quotes(site):
    text = main_text(site, "people/volodymyr-zelensky")
    for start in ["I am ready at a meeting with the president of Russia", "understand that they do not want to fight",
                  "If people are trying to stop a war", "I believe that until such time",
                  "limit the losses caused by its mistakes"]:
        assert start in text


def test_the_russian_deaths_page_lists_each_value_with_its_source(site):
    text = main_text(site, "figures/russian-deaths")
    assert "498 “498” Russian deaths Kremlin" in text
    assert "9,861" in text and "almost 10,000" in text and "a pro-Kremlin newspaper" in text


def test_the_day_page_lists_the_seed_article(site):
    html = (site / "2022/03/22/index.html").read_text(encoding="utf-8")
    assert 'href="russia-admits-almost-10000-soldiers-dead-and-more-injured-in-ukraine-invasion/"' in html
