"""The reader site in each of its languages (DEPESCHE_LANGUAGE: de-ch, fr-ch, it-ch, en).

The catalogues are complete (every German msgid has a French and an Italian translation, with
the same placeholders, compiled); every reader page type of the demo newsroom renders in each
language without a German string of the site's own (compared against the German catalogue);
numbers, compact counts, dates and times take each language's Swiss form.
"""

import datetime
import gettext
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.test import Client, override_settings
from django.utils import timezone, translation

from tests.reader.pages import reader_paths

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "locale"
LANGUAGES = ["de-ch", "fr-ch", "it-ch", "en"]
TRANSLATED = ["fr", "it"]  # catalogues besides German (English is the msgids' own language)


# -- The setting ---------------------------------------------------------------------------------


def test_depesche_language_names_the_reader_language():
    """fr-ch, FR_CH and fr are one language; what is not offered stops the start
    (core/tests/test_settings.py)."""
    script = (
        "from django.conf import settings as s; print(s.LANGUAGE_CODE, *next(zip(*s.LANGUAGES)))"
    )
    for value, code in [("fr-ch", "fr-ch"), ("IT_ch", "it-ch"), ("fr", "fr-ch"), ("en", "en")]:
        environment = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        environment.update(DJANGO_SETTINGS_MODULE="depesche.settings.dev", DEPESCHE_LANGUAGE=value)
        result = subprocess.run(  # noqa: S603 (this interpreter, a fixed program)
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.stdout.startswith(f"{code} "), (value, result.stderr)
        assert all(language in result.stdout for language in LANGUAGES)


# -- The catalogues ------------------------------------------------------------------------------


def _unquote(text: str) -> str:
    return text[1:-1]


def read_po(language: str) -> dict[tuple[str, str], dict]:
    """{(context, msgid): {"plural": msgid_plural or None, "strs": [msgstr…], "fuzzy": bool}}
    from locale/<language>/LC_MESSAGES/django.po; entries may follow each other without a
    blank line."""
    entries: dict[tuple[str, str], dict] = {}
    current: dict = {}
    field = None

    def flush():
        if "msgid" in current and current["msgid"] != "":
            key = (current.get("msgctxt", ""), current["msgid"])
            assert key not in entries, f"{language}: {key} twice"
            strs = [current[k] for k in sorted(k for k in current if k.startswith("msgstr"))]
            entries[key] = {
                "plural": current.get("msgid_plural"),
                "strs": strs,
                "fuzzy": current.get("fuzzy", False),
            }
        current.clear()

    path = LOCALE / language / "LC_MESSAGES" / "django.po"
    for line in path.read_text(encoding="utf-8").splitlines():
        starts_entry = line.startswith(("#", "msgid ", "msgctxt "))
        if not line.strip() or (starts_entry and any(k.startswith("msgstr") for k in current)):
            flush()
        if not line.strip():
            continue
        if line.startswith("#,") and "fuzzy" in line:
            current["fuzzy"] = True
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            current[field] += _unquote(line)
        else:
            keyword, value = line.split(" ", 1)
            field = keyword.replace("[", "").replace("]", "")
            current[field] = _unquote(value)
    flush()
    return entries


PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.fixture(scope="module")
def german():
    return read_po("de")


@pytest.mark.parametrize("language", ["de", *TRANSLATED])
def test_every_msgid_has_a_translation(language, german):
    catalogue = read_po(language)
    missing = [key for key in german if key not in catalogue]
    assert not missing, f"{language} lacks {len(missing)}: {missing[:10]}"
    empty = [key for key, entry in catalogue.items() if not all(entry["strs"])]
    fuzzy = [key for key, entry in catalogue.items() if entry["fuzzy"]]
    assert not empty, f"{language}: untranslated {empty[:10]}"
    assert not fuzzy, f"{language}: fuzzy {fuzzy[:10]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders(language):
    for (_context, msgid), entry in read_po(language).items():
        assert len(entry["strs"]) == (2 if entry["plural"] else 1), msgid
        for number, text in enumerate(entry["strs"]):
            source = entry["plural"] if number and entry["plural"] else msgid
            assert placeholders(text) == placeholders(source), (language, msgid, text)
            assert text.count("\\n") == source.count("\\n"), (language, msgid, text)


@pytest.mark.parametrize("language", ["de", *TRANSLATED])
def test_the_compiled_catalogue_is_the_current_one(language):
    """The committed .mo holds what the .po says (`make messages` compiles it)."""
    with open(LOCALE / language / "LC_MESSAGES" / "django.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for (context, msgid), entry in read_po(language).items():
        key = f"{context}\x04{msgid}" if context else msgid
        key = key.encode().decode("unicode_escape").encode("latin-1").decode()
        expected = entry["strs"][0].encode().decode("unicode_escape").encode("latin-1").decode()
        if entry["plural"]:
            assert compiled._catalog[(key, 0)] == expected, (language, msgid)
        else:
            assert compiled._catalog[key] == expected, (language, msgid)


def test_french_and_italian_use_their_plural_rules():
    headers = {
        language: (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
        for language in TRANSLATED
    }
    assert "Plural-Forms: nplurals=2; plural=(n > 1);" in headers["fr"]  # 0 and 1: singular
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in headers["it"]
    with translation.override("fr-ch"):
        assert translation.ngettext("%(count)s vote", "%(count)s votes", 0) == "%(count)s vote"
    with translation.override("it-ch"):
        assert translation.ngettext("%(count)s vote", "%(count)s votes", 0) == "%(count)s voti"


# -- Numbers, counts, dates ----------------------------------------------------------------------


def _render(source: str, **context) -> str:
    template = "{% load depesche humanize %}{% autoescape off %}" + source + "{% endautoescape %}"
    return Template(template).render(Context(context))


NNBSP, NBSP = "\u202f", "\u00a0"
# CLDR's Swiss forms (de-CH, fr-CH, it-CH, en-CH): the apostrophe groups in German, Italian and
# English, the narrow no-break space in French; the compact units as each language's newsrooms
# write them (docs/architecture.md «Language»).
FORMS = {
    "de-ch": {
        "10000": "10'000",
        "1234567.8": "1'234'567.8",
        "13000000": f"13{NBSP}Mio.",
        "1250000": f"1.2{NBSP}Mio.",
        "2000000000": f"2{NBSP}Mrd.",
        "date": "7. Dezember 2025",
        "datetime": "7. Dezember 2025, 14:05",
    },
    "fr-ch": {
        "10000": f"10{NNBSP}000",
        "1234567.8": f"1{NNBSP}234{NNBSP}567,8",
        "13000000": f"13{NBSP}mio",
        "1250000": f"1,2{NBSP}mio",
        "2000000000": f"2{NBSP}mrd",
        "date": "7 décembre 2025",
        "datetime": "7 décembre 2025, 14:05",
    },
    "it-ch": {
        "10000": "10'000",
        "1234567.8": "1'234'567.8",
        "13000000": f"13{NBSP}mln",
        "1250000": f"1.2{NBSP}mln",
        "2000000000": f"2{NBSP}mld",
        "date": "7 dicembre 2025",
        "datetime": "7 dicembre 2025, 14:05",
    },
    "en": {
        "10000": "10'000",
        "1234567.8": "1'234'567.8",
        "13000000": "13M",
        "1250000": "1.2M",
        "2000000000": "2B",
        "date": "7 December 2025",
        "datetime": "7 December 2025, 14:05",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers_counts_and_dates_take_the_languages_swiss_form(language):
    expected = FORMS[language]
    # A moment long past: within DEPESCHE_RELATIVE_TIME_HOURS of now the dateline is relative.
    moment = timezone.make_aware(datetime.datetime(2025, 12, 7, 14, 5))
    with translation.override(language):
        assert _render("{{ v|intcomma }}", v=10_000) == expected["10000"]
        assert _render("{{ v|intcomma }}", v=1_234_567.8) == expected["1234567.8"]
        assert _render("{{ v|compact_number }}", v=12_345) == expected["10000"].replace(
            "10", "12"
        ).replace("000", "345")
        for value in ("13000000", "1250000", "2000000000"):
            assert _render("{{ v|compact_number }}", v=int(value)) == expected[value]
        assert _render('{{ t|date:"DATE_FORMAT" }}', t=moment) == expected["date"]
        assert _render('{{ t|date:"DATETIME_FORMAT" }}', t=moment) == expected["datetime"]
        assert _render('{{ t|time:"TIME_FORMAT" }}', t=moment) == "14:05"
        assert _render("{{ t|dateline_time }}", t=moment) == "07.12.2025, 14:05"


def test_a_quote_takes_the_languages_quotation_marks():
    source = (
        '{% load i18n %}{% blocktranslate context "quotation marks" with text=t %}'
        "“{{ text }}”{% endblocktranslate %}"
    )
    marks = {
        "de-ch": "«Ja»",
        "fr-ch": f"«{NNBSP}Ja{NNBSP}»",
        "it-ch": "«Ja»",
        "en": "“Ja”",
    }
    for language, expected in marks.items():
        with translation.override(language):
            assert Template(source).render(Context({"t": "Ja"})) == expected


# -- Every reader page type in every language ----------------------------------------------------


# Attributes whose values readers see or hear (or scripts show them).
SHOWN_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder", "value", "content")


def visible_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style"]):
        hidden.decompose()
    parts = [soup.get_text(" ")]
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            if name in SHOWN_ATTRIBUTES or name.startswith("data-"):
                parts.append(value if isinstance(value, str) else " ".join(value))
    return re.sub(r"\s+", " ", " ".join(parts).replace(NBSP, " ").replace(NNBSP, " "))


def german_phrases(german) -> set[str]:
    """The German catalogue's texts of 12 characters or more between placeholders and tags,
    except those that read the same in English (names, formats)."""
    phrases = set()
    for (_context, msgid), entry in german.items():
        for text in entry["strs"]:
            text = text.replace('\\"', '"').replace("\\n", " ").replace(NBSP, " ")
            for phrase in re.split(r"%\(\w+\)[sd]|\{\w*\}|<[^>]*>", text):
                phrase = re.sub(r"\s+", " ", phrase).strip(" .,:;()«»")
                if len(phrase) >= 12 and phrase not in msgid:
                    phrases.add(phrase)
    return phrases


def demo_content_text() -> str:
    """Every text of the demo newsroom's content (demo/data), without tags: German content,
    not the site's strings, whatever the site's language."""
    from demo import data

    texts = []

    def walk(value):
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk([data.newsroom(), data.policies(), data.correction(), data.tickers()])
    return re.sub(r"\s+", " ", re.sub(r"<[^>]*>", " ", " ".join(texts)))


@pytest.fixture(scope="module")
def site_phrases(german):
    """The German catalogue's phrases that the demo's content does not also use."""
    content = demo_content_text()
    phrases = german_phrases(german)
    shared = {phrase for phrase in phrases if phrase in content}
    # Words the demo's policy pages and section descriptions use («Korrekturrichtlinie»,
    # «aktualisiert»): a handful, and the rest stay checked.
    assert len(shared) < 15, shared
    return phrases - shared


@pytest.fixture(scope="module")
def pages_by_language(demo_pages, django_db_blocker):
    """{language: {page type: (status, html)}}: every reader page type of the demo newsroom
    (loaded once for the package by its conftest.demo_pages), rendered in each language."""
    from polls.models import Poll, PollVote

    rendered = {}
    with django_db_blocker.unblock():
        paths = reader_paths()
        for language in LANGUAGES:
            with override_settings(LANGUAGE_CODE=language), translation.override(language):
                client = Client(HTTP_HOST="127.0.0.1")
                pages = {name: client.get(path) for name, path in paths.items()}
                poll_path, article = paths["poll"].split("?article=")
                poll = Poll.objects.get(pk=poll_path.rstrip("/").rsplit("/", 1)[1])
                pages["poll-results"] = client.post(
                    f"{poll_path}vote/", {"answer": poll.answers.first().pk, "article": article}
                )
                rendered[language] = {
                    name: (response.status_code, response.content.decode())
                    for name, response in pages.items()
                }
        PollVote.objects.all().delete()
    return rendered


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reader_page_type_renders_in_the_language(pages_by_language, language):
    pages = pages_by_language[language]
    assert len(pages) == 19
    for name, (status, html) in pages.items():
        assert status == (404 if name == "not-found" else 200), (language, name, status)
        assert f'<html lang="{language}">' in html, (language, name)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr-ch", "it-ch", "en"])
def test_no_german_string_of_the_site_is_left(pages_by_language, site_phrases, language):
    texts = {
        name: visible_text(html) for name, (_status, html) in pages_by_language[language].items()
    }
    left = {
        name: sorted(phrase for phrase in site_phrases if phrase in text)
        for name, text in texts.items()
    }
    assert not {name: found for name, found in left.items() if found}


@pytest.mark.django_db
def test_the_comparison_finds_the_german_strings(pages_by_language, site_phrases):
    """The German pages hold the catalogue's phrases: the comparison above would see them."""
    for name, (_status, html) in pages_by_language["de-ch"].items():
        text = visible_text(html)
        assert any(phrase in text for phrase in site_phrases), name


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("fr-ch", ["Les plus lus", "Rubriques", "Commentaires"]),
        ("it-ch", ["Più letti", "Rubriche", "Commenti"]),
        ("en", ["Most read", "Sections", "Comments"]),
    ],
)
def test_the_pages_speak_the_language(pages_by_language, language, shown):
    text = visible_text(pages_by_language[language]["home"][1]) + visible_text(
        pages_by_language[language]["article"][1]
    )
    for words in shown:
        assert words in text, (language, words)


# -- The e-mails ---------------------------------------------------------------------------------

MAILS = [
    "account/email/email_confirmation_subject.txt",
    "account/email/email_confirmation_message.txt",
    "account/email/password_reset_key_subject.txt",
    "account/email/password_reset_key_message.txt",
]
GREETING = {"de-ch": "Guten Tag", "fr-ch": "Bonjour,", "it-ch": "Buongiorno,", "en": "Good day,"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_account_e_mails_speak_the_language(language, site_phrases):
    from types import SimpleNamespace

    from django.template.loader import render_to_string

    site = SimpleNamespace(name="depesche", domain="127.0.0.1", url="http://127.0.0.1:8000")
    context = {
        "current_site": site,
        "activate_url": "http://127.0.0.1:8000/konto/confirm-email/x/",
        "password_reset_url": "http://127.0.0.1:8000/konto/password/reset/key/x/",
    }
    with translation.override(language):
        text = " ".join(render_to_string(name, context) for name in MAILS)
    assert GREETING[language] in text
    text = re.sub(r"\s+", " ", text)
    if language != "de-ch":
        assert not [phrase for phrase in site_phrases if phrase in text], language
