"""What each page lists, as data: grouping, pagination, and where a previewed article would sit."""
import datetime as dt

from generator.archive import Article, build_archive, position_for, related
from generator.model import Annotations, Document, Person, Quote
from generator.pages import by_article, by_speaker, paginate


def doc(n: int, day: str = "2022-03-22", people: tuple[str, ...] = ()) -> Document:
    return Document(path=f"content/{n}.md", slug=f"a{n}", title=f"Title {n}", title_markup="",
                    date=dt.date.fromisoformat(day), source=None, body="", sentences=(),
                    annotations=Annotations(people=tuple(Person(name) for name in people)))


def quote(speaker: str | None, n: int = 1) -> Quote:
    return Quote(f"Words {n}", speaker, n, "direct", 0, 1)


def test_items_of_one_article_are_grouped_under_it_in_order():
    a, b = Article(doc(1), "a/", 0), Article(doc(2), "b/", 1)
    groups = by_article([(a, 1), (a, 2), (b, 3), (a, 4)])
    assert groups == [(a, [1, 2]), (b, [3]), (a, [4])]  # a run, not a regrouping: the order is the list's


def test_a_speaker_written_two_ways_is_one_group_when_they_are_one_person():
    class Entry:
        name = "Volodymyr Zelensky"
    people = {"Zelensky": Entry, "Volodymyr Zelensky": Entry}
    groups = by_speaker([quote("Zelensky", 1), quote(None, 2), quote("Volodymyr Zelensky", 3), quote("Putin", 4)],
                        people.get)
    assert [(person, name, [q.sentence for q in quotes]) for person, name, quotes in groups] == [
        (Entry, "Zelensky", [1, 3]), (None, None, [2]), (None, "Putin", [4])]


def test_what_only_the_first_page_shows_is_not_in_the_others():
    pages = list(paginate("people/x/", "person.html", list(range(5)), 2, first_page={"timeline": [1, 2]}, person="x"))
    assert [p.path for p in pages] == ["people/x/", "people/x/page/2/", "people/x/page/3/"]
    assert pages[0].context["timeline"] == [1, 2] and pages[1].context["timeline"] is None
    assert pages[2].context["items"] == [4] and pages[2].context["person"] == "x"


def test_a_previewed_article_sits_between_its_neighbours_and_is_no_other_article():
    archive = build_archive([doc(n, day, ("Ann Lee",)) for n, day in
                             enumerate(["2022-03-01", "2022-03-10", "2022-03-20"])])
    new = doc(9, "2022-03-15", ("Ann Lee",))
    position = position_for(archive, new)
    assert archive.articles[int(position - 0.5)].doc.date == dt.date(2022, 3, 20)  # newer neighbour
    assert archive.articles[int(position + 0.5)].doc.date == dt.date(2022, 3, 10)  # older neighbour
    assert position_for(archive, doc(5, "2023-01-01")) == -0.5
    archive.learn_names(new)
    shown = related(archive, Article(new, "new/", position))
    assert sorted(a.doc.path for a in shown) == ["content/0.md", "content/1.md", "content/2.md"]


def cast(n: int, *people: Person) -> Document:
    return Document(path=f"content/{n}.md", slug=f"a{n}", title=f"Title {n}", title_markup="",
                    date=dt.date(2022, 3, 22), source=None, body="", sentences=(),
                    annotations=Annotations(people=people))


def test_one_person_written_with_or_without_a_middle_initial_is_one_entry():
    archive = build_archive([cast(1, Person("Donald J. Trump")), cast(2, Person("Donald J. Trump")),
                             cast(3, Person("Donald Trump")), cast(4, Person("George H.W. Bush")),
                             cast(5, Person("George W. Bush")), cast(6, Person("Donald Trump Jr."))])
    # under the name without initials, however many articles use the other; a son is someone else
    assert sorted(archive.people) == ["Donald Trump", "Donald Trump Jr.", "George H.W. Bush", "George W. Bush"]
    assert len(archive.people["Donald Trump"].articles) == 3
    # a name the alias file lists is left alone, even with no variants
    kept = build_archive([cast(1, Person("George Bush")), cast(2, Person("George W. Bush"))],
                         {"George Bush": "George Bush"})
    assert sorted(kept.people) == ["George Bush", "George W. Bush"]


def test_a_surname_alone_is_the_full_name_the_articles_agree_on():
    docs = [cast(1, Person("Donald Trump", ("Trump",))), cast(2, Person("Donald Trump", ("Trump",))),
            cast(3, Person("Ivanka Trump")), cast(4, Person("Trump")),
            cast(5, Person("Jennifer Roberts", ("Roberts",))), cast(6, Person("Roberts"))]
    archive = build_archive(docs)
    assert archive.person_of(docs[3], "Trump").name == "Donald Trump"
    assert archive.person_of(docs[5], "Roberts").name == "Roberts"  # one article is no agreement
    # the editors' alias file has the last word: a name it lists is never merged
    kept = build_archive(docs, {"Trump": "Trump"})
    assert kept.person_of(docs[3], "Trump").name == "Trump"
