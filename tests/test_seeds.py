import datetime as dt

import pytest

from generator.model import InputError
from generator.seeds import parse_seed, read_seed

from .conftest import SEED

GOOD = "Title here\n20220322\nhttps://example.org/x\nFirst line.\nSecond line.\n"


def parse(text: str | bytes):
    return parse_seed(text.encode("utf-8") if isinstance(text, str) else text, "seeds/x.txt")


def problem(text):
    with pytest.raises(InputError) as err:
        parse(text)
    return err.value.problem


def test_reads_the_real_seed():
    seed = read_seed(SEED)
    assert seed.title.startswith("Russia admits almost 10000 soldiers")
    assert seed.date == dt.date(2022, 3, 22)
    assert seed.source.startswith("https://www.mirror.co.uk/")
    assert len(seed.sentences) == 21  # the title and 20 body lines
    assert seed.sentences[4].endswith("Zelensky.")


def test_bom_crlf_and_lone_cr_are_accepted():
    seed = parse(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode() + b"Third\rFourth\r\n")
    assert seed.title == "Title here"
    assert seed.sentences[1:] == ("First line.", "Second line.", "Third", "Fourth")


def test_control_characters_are_stripped_but_text_kept():
    seed = parse(GOOD.replace("First line.", "Fir\x00st\x07 li\x1bne.\u0085"))
    assert seed.sentences[1] == "First line."


def test_blank_lines_inside_the_body_keep_the_numbering():
    seed = parse(GOOD.replace("First line.\n", "First line.\n\n"))
    assert seed.sentences[1:] == ("First line.", "", "Second line.")


@pytest.mark.parametrize("date, expected", [
    ("2022-03-22", "YYYYMMDD, found '2022-03-22'"),
    ("", "YYYYMMDD, found nothing"),
    ("20220230", "20220230 is not a real date"),
    ("99999999", "99999999 is not a real date"),
])
def test_a_bad_date_names_line_2(date, expected):
    found = problem(GOOD.replace("20220322", date))
    assert (found.path, found.line) == ("seeds/x.txt", 2)
    assert expected in found.message


@pytest.mark.parametrize("url", ["", "example.org/x", "javascript:alert(1)", "ftp://example.org/x"])
def test_a_missing_or_unsafe_url_names_line_3(url):
    found = problem(GOOD.replace("https://example.org/x", url))
    assert found.line == 3 and "source URL" in found.message


def test_an_empty_body_is_an_error():
    found = problem("Title\n20220322\nhttps://example.org/x\n\n\n")
    assert found.line == 4 and "no body" in found.message


def test_an_empty_file_is_an_error():
    assert problem("").line == 1


def test_latin1_is_reported_with_its_line():
    found = problem(GOOD.replace("Second line.", "Caf\xe9 cr\xe8me").encode("latin-1"))
    assert found.line == 5 and "not UTF-8" in found.message
    assert str(found).startswith("seeds/x.txt:5: ")
