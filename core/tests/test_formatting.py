import datetime

import pytest
from django.template import Context, Template
from django.test import override_settings
from django.utils import timezone, translation

from core.text import german_stems, slug_de


def _render(source: str, **context) -> str:
    return Template("{% load depesche humanize %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("value", "expected"),
    [(7, "7"), (1234, "1'234"), (10_000, "10'000"), (13_000_000, "13'000'000")],
)
def test_numbers_use_the_swiss_thousands_separator(value, expected):
    assert _render("{% autoescape off %}{{ value|intcomma }}{% endautoescape %}", value=value) == (
        expected
    )


def test_numbers_follow_the_language():
    # Swiss French groups with a narrow no-break space (CLDR fr-CH); tests/reader/test_languages.py
    # has every language.
    with translation.override("fr-ch"):
        assert _render("{{ value|intcomma }}", value=10_000) == "10\u202f000"


def test_dateline_time_is_relative_for_the_first_hours_then_absolute():
    now = timezone.now()
    assert _render("{{ t|dateline_time }}", t=now - timezone.timedelta(hours=2)) == "vor 2 Stunden"
    old = timezone.make_aware(timezone.datetime(2026, 3, 1, 9, 5))
    assert _render("{{ t|dateline_time }}", t=old) == "01.03.2026, 09:05"


@override_settings(DEPESCHE_RELATIVE_TIME_HOURS=1)
def test_the_relative_time_window_is_configurable():
    two_hours_ago = timezone.now() - timezone.timedelta(hours=2)
    assert "vor" not in _render("{{ t|dateline_time }}", t=two_hours_ago)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Zürich", "zuerich"),
        ("Grösste Bäckerei öffnet", "groesste-baeckerei-oeffnet"),
        ("Biel/Bienne", "bielbienne"),
        ("«Unbesiegbar»: Die 10'000 Soldaten", "unbesiegbar-die-10000-soldaten"),
    ],
)
def test_slugs_spell_umlauts_the_swiss_way(text, slug):
    assert slug_de(text) == slug


def test_long_slugs_are_cut_at_a_word():
    assert slug_de("wort " * 40, max_length=22) == "wort-wort-wort-wort"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (999, "999"),
        (172, "172"),
        (12_345, "12'345"),
        (999_999, "999'999"),
        (1_000_000, "1\u00a0Mio."),
        (1_250_000, "1.2\u00a0Mio."),
        (13_000_000, "13\u00a0Mio."),
        (13_400_000, "13\u00a0Mio."),
        (2_000_000_000, "2\u00a0Mrd."),
        ("abc", ""),
        (None, ""),
    ],
)
def test_counts_are_compact_the_swiss_way(value, expected):
    source = "{% autoescape off %}{{ value|compact_number }}{% endautoescape %}"
    assert _render(source, value=value) == expected


def test_compact_counts_follow_the_language():
    with translation.override("en"):
        assert _render("{{ value|compact_number }}", value=13_000_000) == "13M"


def test_german_stems_join_the_forms_of_a_word():
    assert german_stems("Bauarbeiten, Bauarbeit!") == ["bauarbeit", "bauarbeit"]
    assert german_stems("Häuser Haus") == ["haus", "haus"]
    assert german_stems('"Velo-Route" *AND* (x)') == ["velo", "rout", "and", "x"]
    assert german_stems("") == []


def test_html_datetime_has_at_most_three_fractional_digits():
    # Django's date:'c' writes microseconds, which HTML's <time datetime> does not allow.
    moment = datetime.datetime(2026, 11, 25, 13, 4, 5, 123456, tzinfo=datetime.UTC)
    assert _render("{{ t|html_datetime }}", t=moment) == "2026-11-25T14:04:05+01:00"
