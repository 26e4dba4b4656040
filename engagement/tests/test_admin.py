"""The desk's numbers in the Wagtail admin (docs/newsroom.md): the «Zahlen» dashboard,
its CSV export, an article's report and the editor's «Zahlen» tab, in German."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from discovery.tests.helpers import articles_publish
from engagement.counters import stats_add
from engagement.models import ArticleStats, ArticleViewHour
from engagement.numbers import this_hour


@pytest.fixture
def editor_client(db):
    """An editor of Wagtail's «Editors» group, not a superuser: the desk sees the numbers."""
    user = User.objects.create_user("redaktor", "redaktor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    return client


def hours(article, *rows):
    """(hours ago, views, comments, poll votes, reactions) rows for an article."""
    now = this_hour()
    ArticleViewHour.objects.bulk_create(
        ArticleViewHour(
            article=article,
            hour=now - timedelta(hours=ago),
            views=views,
            comments=comments,
            poll_votes=votes,
            reactions=reactions,
        )
        for ago, views, comments, votes, reactions in rows
    )


def top_titles(html: str) -> list[str]:
    table = html.split('class="listing numbers-top"')[1].split("</table>")[0]
    return re.findall(r'<a href="/admin/numbers/articles/\d+/">(.*?)</a>', table)


def test_the_dashboard_ranks_by_views_or_interactions_in_the_period(editor_client, tmp_path):
    first, second, old = articles_publish(tmp_path, [{"headline": f"Artikel {n}"} for n in "ABC"])
    hours(first, (0, 100, 0, 0, 1), (30, 900, 0, 0, 0))
    hours(second, (2, 50, 3, 2, 5))
    hours(old, (200, 5000, 50, 0, 0))  # older than 7 days: in no period
    assert top_titles(editor_client.get("/admin/numbers/").content.decode()) == [
        "Artikel A",
        "Artikel B",
    ]
    html = editor_client.get("/admin/numbers/?period=24h&metric=interactions").content.decode()
    assert top_titles(html) == ["Artikel B", "Artikel A"]
    html = editor_client.get("/admin/numbers/?period=1h").content.decode()
    assert top_titles(html) == ["Artikel A"]
    html = editor_client.get("/admin/numbers/?period=7d").content.decode()
    assert top_titles(html) == ["Artikel A", "Artikel B"]  # 1'000 views, then 50
    assert "Zahlen" in html and "Meistgelesen" not in html


def test_the_dashboard_filters_by_section_and_author(editor_client, tmp_path):
    pages = articles_publish(
        tmp_path,
        [
            {"headline": "Inland", "section": "Schweiz"},
            {"headline": "Ausland", "section": "International"},
            {
                "headline": "Gast",
                "section": "Schweiz",
                "authors": [{"name": "Beat Gast", "role": "Gastautor"}],
            },
        ],
    )
    for page in pages:
        hours(page, (1, 10, 0, 0, 0))
    section = pages[0].get_parent()
    html = editor_client.get(f"/admin/numbers/?section={section.pk}").content.decode()
    assert sorted(top_titles(html)) == ["Gast", "Inland"]
    author = pages[2].article_authors.get().author
    html = editor_client.get(f"/admin/numbers/?author={author.pk}").content.decode()
    assert top_titles(html) == ["Gast"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("section=999999", "Dieses Ressort gibt es nicht."),
        ("section=abc", "Dieses Ressort gibt es nicht."),
        ("section=99999999999999999999999", "Dieses Ressort gibt es nicht."),
        ("author=999999", "Diese Autorin, diesen Autor gibt es nicht."),
        ("period=1y", "Wählen Sie die letzte Stunde, 24 Stunden oder 7 Tage."),
        ("metric=clicks", "Ordnen Sie nach Views oder nach Interaktionen."),
    ],
)
def test_a_bad_filter_gets_a_german_message_and_no_numbers(editor_client, article, query, message):
    hours(article, (0, 10, 0, 0, 0))
    response = editor_client.get(f"/admin/numbers/?{query}")
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html and "numbers-top" not in html


def _csv(response) -> list[list[str]]:
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")  # Excel reads UTF-8 only with it
    return list(csv.reader(io.StringIO(body[1:])))


def test_the_csv_export_sums_the_chosen_days(editor_client, tmp_path):
    first, second = articles_publish(tmp_path, [{"headline": "=Zürich"}, {"headline": "Bern"}])
    now = timezone.localtime()
    hours(first, (0, 7, 1, 2, 3), (24 * 3, 1000, 0, 0, 0))  # 3 days ago: outside the span
    hours(second, (0, 9, 0, 0, 0))
    today = now.date()
    start = today - timedelta(days=1)
    response = editor_client.get(f"/admin/numbers/export.csv?start={start}&end={today}")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="zahlen-{start}-{today}.csv"' in response["Content-Disposition"]
    rows = _csv(response)
    assert rows[0] == [
        "Artikel-ID",
        "Titel",
        "Ressort",
        "Erstmals publiziert",
        "Views",
        "Kommentare",
        "Umfragestimmen",
        "Reaktionen",
        "Interaktionen",
    ]
    assert [row[1] for row in rows[1:]] == ["Bern", "'=Zürich"]  # no formula in a spreadsheet
    assert rows[2][4:] == ["7", "1", "2", "3", "6"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("start=2026-02-30&end=2026-03-01", "«2026-02-30» ist kein Datum"),
        ("start=1.3.2026&end=2026-03-01", "ist kein Datum: schreiben Sie es als 2026-03-01"),
        ("end=2026-03-01", "«» ist kein Datum"),
        ("start=2026-03-02&end=2026-03-01", "Das Enddatum liegt vor dem Startdatum."),
        ("start=2024-01-01&end=2026-03-01", "Exportieren Sie höchstens 366 Tage auf einmal."),
        ("start=2026-03-01&end=2026-03-01&section=x", "Dieses Ressort gibt es nicht."),
    ],
)
def test_a_csv_export_with_a_bad_date_gets_a_german_message(editor_client, db, query, message):
    response = editor_client.get(f"/admin/numbers/export.csv?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert message in response.content.decode()


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_dashboard_and_the_report_make_a_fixed_number_of_queries(editor_client, tmp_path):
    pages = articles_publish(tmp_path, [{"headline": f"Artikel {n}"} for n in range(30)])
    for number, page in enumerate(pages):
        hours(page, (1, number + 1, 1, 0, 0), (100, 5, 0, 1, 0))
        stats_add(article_id=page.pk, views=number + 6, comments=1)
    today = timezone.localdate()
    urls = [
        "/admin/numbers/?period=7d",
        f"/admin/numbers/?period=24h&metric=interactions&section={pages[0].get_parent().pk}",
        f"/admin/numbers/export.csv?start={today - timedelta(days=9)}&end={today}",
    ]
    _queries(editor_client, urls[0])  # warm: the admin's own first-request lookups
    many = [_queries(editor_client, url) for url in urls]
    ArticleViewHour.objects.exclude(article__in=pages[:3]).delete()
    few = [_queries(editor_client, url) for url in urls]
    assert many == few
    report = [_queries(editor_client, f"/admin/numbers/articles/{pages[0].pk}/")]
    hours(pages[0], *((ago, 1, 0, 0, 0) for ago in range(3, 600, 7)))
    assert [_queries(editor_client, f"/admin/numbers/articles/{pages[0].pk}/")] == report


def test_the_report_shows_totals_and_charts_per_hour_and_day(editor_client, article):
    ArticleStats.objects.create(article=article, views=12_400, comments=2, reactions=1)
    hours(article, (0, 40, 2, 0, 1), (5, 60, 0, 0, 0), (24 * 4, 300, 0, 0, 0))
    response = editor_client.get(f"/admin/numbers/articles/{article.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<svg class="numbers-chart" role="img" aria-label="Views pro Stunde' in html
    assert "<title>Views pro Tag, vor den letzten 48 Stunden</title>" in html
    assert "<dd>12400 (Leser sehen «12&#x27;400 Views»)</dd>" in html
    assert "<dd>3 (Leser sehen «3 Interaktionen»)</dd>" in html
    assert "<td>300</td>" in html  # the day four days ago
    assert editor_client.get("/admin/numbers/articles/999999/").status_code == 404


def test_the_article_editor_has_a_numbers_tab(editor_client, article):
    ArticleStats.objects.create(article=article, views=5, comments=1)
    html = editor_client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert "Zahlen" in html and 'class="numbers-chart"' in html
    assert f'href="/admin/numbers/articles/{article.pk}/"' in html
