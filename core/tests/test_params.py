"""One parser per kind of outside value (core.params): ASCII digits, within bounds."""

from datetime import date

import pytest
from django.urls import Resolver404, resolve

from core.params import MAX_ID, calendar_date, page_number, whole_number


@pytest.mark.parametrize(
    "raw, number",
    [("1", 1), ("42", 42), ("0042", 42), (str(MAX_ID), MAX_ID), (7, 7)],
)
def test_whole_numbers_in_ascii_digits_are_read(raw, number):
    assert whole_number(raw) == number


BAD = [
    None, "", "0", "-1", "+1", " 1", "1 ", "1\n", "1.0", "1e3", "1_0", "0x1", "²", "٣", "１",
    "\x00", "\ufffd", str(MAX_ID + 1), str(2**64), str(10**30), "9" * 5000, ["1", "2"], 1.0,
    True, -1,
]  # fmt: skip


@pytest.mark.parametrize("raw", BAD)
def test_anything_else_is_none(raw):
    assert whole_number(raw) is None


def test_the_bounds_are_the_callers():
    assert whole_number("0", minimum=0) == 0
    assert whole_number("10", maximum=9) is None
    assert whole_number("9", maximum=9) == 9


def test_page_numbers_have_one_spelling():
    assert page_number("2") == 2
    assert page_number("02") is None and page_number("0") is None
    assert page_number("1000000") is None  # past core.params.MAX_PAGE
    assert page_number("26", maximum=25) is None


@pytest.mark.parametrize(
    "path", ["/kommentare/0/", f"/kommentare/{2**63}/", "/engagement/articles/%C2%B2/"]
)
def test_an_id_the_database_cannot_hold_matches_no_url_pattern(path):
    try:
        match = resolve(path)
    except Resolver404:
        return
    assert match.url_name not in {"comments_page", "article_state"}


def test_an_id_converter_reads_the_number():
    match = resolve(f"/kommentare/{MAX_ID}/")
    assert match.url_name == "comments_page" and match.kwargs == {"article_id": MAX_ID}


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("2026-03-01", date(2026, 3, 1)),
        ("2024-02-29", date(2024, 2, 29)),
        ("2026-02-30", None),
        ("1.3.2026", None),
        ("2026-3-1", None),
        (" 2026-03-01", None),
        ("２０２６-03-01", None),
        ("0001-01-01", None),
        ("", None),
        (None, None),
        (["2026-03-01"], None),
    ],
)
def test_a_date_is_iso_8601_and_exists(raw, day):
    assert calendar_date(raw) == day
