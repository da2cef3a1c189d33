"""The built site as a reader and a host see it: every page kind, links under a sub-path, valid HTML."""
import json

import pytest

import build
from .sitecheck import crawl, parse_xml

BASE = "https://user.github.io/archive/"

ZELENSKY = """---
title: Zelensky says [9,861]{{.figure value=9861 counts="Russian soldiers killed" by=Kremlin}} died
date: {date}
source: https://example.org/{n}
people:
- name: Volodymyr Zelensky
  aliases: [Zelensky]
  role: President of Ukraine
- name: Vladimir Putin
  aliases: [Putin]
organisations: [Kremlin]
---

["I am ready to meet,"]{{.quote speaker=Zelensky}} Zelensky said on [March 2]{{.date value=2022-03-02}}.

[Officially the Kremlin said [498]{{.figure value=498 counts="Russian deaths" by=Kremlin}} Russian soldiers died.]{{.claim by=Kremlin}}

Putin said [nothing]{{.quote kind=indirect speaker=Putin}} [last month]{{.date value=2022-02}}.
"""


@pytest.fixture
def site(project):
    for n, date in enumerate(["2022-03-22", "2022-03-23", "2022-04-01"]):
        (project / "content" / f"{date}-article-{n}.md").write_text(ZELENSKY.format(date=date, n=n), encoding="utf-8")
    assert build.main(["--root", str(project), "--base-url", BASE]) == 0
    return project / "_site"


def test_every_page_kind_exists(site):
    for page in ["index.html", "articles/index.html", "people/index.html", "people/volodymyr-zelensky/index.html",
                 "figures/index.html", "figures/russian-deaths/index.html", "2022/index.html", "2022/03/index.html",
                 "2022/03/22/index.html", "2022/03/02/index.html", "2022/02/index.html", "dates/index.html",
                 "quotes/index.html", "claims/index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt",
                 ".nojekyll", "data/articles.json", "data/people.json", "data/figures.json"]:
        assert (site / page).is_file(), page


def test_no_broken_links_under_a_sub_path_and_valid_html(site):
    result = crawl(site, "/archive/")
    assert result.pages > 15
    assert result.broken == []
    assert result.html_errors == []


def test_feed_and_sitemap_are_xml_with_full_urls(site):
    feed = parse_xml(site / "feed.xml")
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 3
    assert entries[0].find("{http://www.w3.org/2005/Atom}id").text.startswith(BASE + "2022/04/01/")
    locs = [e.text for e in parse_xml(site / "sitemap.xml").iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert BASE + "people/volodymyr-zelensky/" in locs and all(loc.startswith(BASE) for loc in locs)
    assert f"Sitemap: {BASE}sitemap.xml" in (site / "robots.txt").read_text()


def test_404_links_from_the_base_path(site):
    html = (site / "404.html").read_text()
    assert 'href="/archive/assets/style.css"' in html and 'href="/archive/people/"' in html


def test_figure_subjects_fold_synonyms(site):
    figures = json.loads((site / "data" / "figures.json").read_text())
    subject = next(s for s in figures if s["subject"] == "Russian deaths")
    assert sorted(v["value"] for v in subject["values"]) == [498] * 3 + [9861] * 3


def test_person_page_lists_quotes_newest_first_linked_to_their_sentence(site):
    html = (site / "people" / "volodymyr-zelensky" / "index.html").read_text()
    assert html.count("I am ready to meet,") == 3
    first = html.index("2022/04/01/article-2/#s1")
    assert first < html.index("2022/03/23/article-1/#s1") < html.index("2022/03/22/article-0/#s1")
    assert '"@type":"Person"' in html  # JSON-LD


def test_mentioned_day_page_says_what_was_said(site):
    html = (site / "2022" / "03" / "02" / "index.html").read_text()
    assert "No article in the archive was published this day." in html
    assert html.count("Zelensky said on March 2") == 3


def test_long_lists_paginate(project):
    for n in range(7):
        (project / "content" / f"2022-03-{n + 1:02d}-a{n}.md").write_text(
            ZELENSKY.format(date=f"2022-03-{n + 1:02d}", n=n), encoding="utf-8")
    from generator.pipeline import Project, build as run_build
    from generator.render import SiteConfig
    run_build(Project.at(project), SiteConfig(base_url=BASE, per_page=3))
    site = project / "_site"
    assert (site / "people" / "volodymyr-zelensky" / "page" / "3" / "index.html").is_file()
    assert not (site / "people" / "volodymyr-zelensky" / "page" / "4").exists()
    page2 = (site / "articles" / "page" / "2" / "index.html").read_text()
    assert 'rel="prev" href="../../"' in page2 and 'rel="next" href="../3/"' in page2
    assert crawl(site, "/archive/").broken == []


def test_json_ld_describes_article_quotes_and_rated_claims(project):
    rated = ZELENSKY.format(date="2022-03-22", n=0).replace("organisations: [Kremlin]\n",
                                                            "organisations: [Kremlin]\nratings: [{sentence: 2, rating: Misleading}]\n")
    (project / "content" / "2022-03-22-rated.md").write_text(rated, encoding="utf-8")
    assert build.main(["--root", str(project), "--base-url", BASE]) == 0
    html = (project / "_site" / "2022/03/22/rated/index.html").read_text(encoding="utf-8")
    block = html.split('<script type="application/ld+json">')[1]
    data = json.loads(block.split("</script>")[0])
    assert data["@type"] == "NewsArticle" and data["headline"] == "Zelensky says 9,861 died"
    assert {"@type": "Quotation", "text": "I am ready to meet,",
            "creator": {"@type": "Person", "name": "Volodymyr Zelensky"}}.items() <= data["hasPart"][0].items()
    [review] = data["review"]
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "Misleading"
    assert review["url"] == BASE + "2022/03/22/rated/#s2"
    assert review["itemReviewed"]["author"]["name"] == "Kremlin"
    assert {"@type": "Person", "name": "Volodymyr Zelensky", "url": BASE + "people/volodymyr-zelensky/"} \
        in data["mentions"]


def test_json_ld_of_a_person_page_has_role_and_aliases(project):
    (project / "content" / "2022-03-22-a.md").write_text(ZELENSKY.format(date="2022-03-22", n=0), encoding="utf-8")
    assert build.main(["--root", str(project), "--base-url", BASE]) == 0
    html = (project / "_site" / "people/volodymyr-zelensky/index.html").read_text(encoding="utf-8")
    data = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert (data["@type"], data["name"], data["jobTitle"]) == ("Person", "Volodymyr Zelensky", "President of Ukraine")
    assert "Zelensky" in data["alternateName"]


def test_a_quotation_over_two_paragraphs_is_listed_once_with_both(project):
    article = ZELENSKY.format(date="2022-03-22", n=0).replace(
        '["I am ready to meet,"]{.quote speaker=Zelensky} Zelensky said',
        '["We will not give up the east,]{.quote speaker=Zelensky}\n\n["nor the south."]{.quote kind=continued}\n\n'
        'Zelensky said')
    (project / "content" / "2022-03-22-two.md").write_text(article, encoding="utf-8")
    assert build.main(["--root", str(project), "--base-url", BASE]) == 0
    person = (project / "_site" / "people" / "volodymyr-zelensky" / "index.html").read_text(encoding="utf-8")
    assert person.count("We will not give up the east, nor the south.") == 1
    page = (project / "_site" / "2022/03/22/two/index.html").read_text(encoding="utf-8")
    assert page.count('<span class="credit credit-quote">') == 1  # the credit follows the first paragraph only


def test_a_money_figure_keeps_its_currency_in_every_list(project):
    article = ZELENSKY.format(date="2022-03-22", n=0).replace(
        "Russian soldiers died.]", 'Russian soldiers died, and [$40bn]{.figure value=40000000000 unit=USD counts="US aid"} '
        "was pledged.]")
    (project / "content" / "2022-03-22-aid.md").write_text(article, encoding="utf-8")
    assert build.main(["--root", str(project), "--base-url", BASE]) == 0
    page = (project / "_site" / "2022/03/22/aid/index.html").read_text(encoding="utf-8")
    figure_page = (project / "_site" / "figures" / "us-aid" / "index.html").read_text(encoding="utf-8")
    assert "$40 billion" in page and "$40 billion" in figure_page
