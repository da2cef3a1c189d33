import datetime as dt

from generator import urls


def test_links_are_relative_so_any_sub_path_works():
    link = urls.Linker(urls.article(dt.date(2022, 3, 22), "slug"), "https://user.github.io/archive/")
    assert link(urls.person("volodymyr-zelensky")) == "../../../../people/volodymyr-zelensky/"
    assert link(urls.HOME) == "../../../../"
    assert urls.Linker("", "/")("") == "./"
    assert urls.Linker("data/articles.json")("people/") == "../people/"
    assert urls.Linker("people/page/2/")("people/page/3/") == "../3/"
    assert urls.Linker("people/page/2/")("people/") == "../../"
    assert urls.Linker("people/x/")("people/x/") == "./"
    assert urls.Linker("people/x/")("people/y/") == "../y/"
    assert urls.Linker("2022/03/22/slug/")("2022/03/22/") == "../"


def test_pages_served_at_any_depth_use_the_base_path():
    assert urls.Linker("404.html", "https://user.github.io/archive/", absolute=True)("people/") == "/archive/people/"
    assert urls.Linker("404.html", "/", absolute=True)("") == "/"


def test_full_urls_for_feeds():
    assert urls.Linker("", "https://user.github.io/archive").full("feed.xml") == "https://user.github.io/archive/feed.xml"
    assert urls.Linker("", "/archive/").full("feed.xml") == "/archive/feed.xml"


def test_output_files_and_pagination():
    assert urls.output_file("") == "index.html"
    assert urls.output_file("people/x/") == "people/x/index.html"
    assert urls.output_file("feed.xml") == "feed.xml"
    assert urls.paginated("people/", 1) == "people/"
    assert urls.paginated("people/", 3) == "people/page/3/"
