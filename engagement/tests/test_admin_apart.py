"""The desk's numbers in the Wagtail admin tested without the article test_admin.py keeps for
its tests: the dashboard's rankings and filters, the CSV export and its German messages, and
the query counts, each with articles of its own."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from discovery.tests.helpers import articles_publish
from engagement.counters import stats_add
from engagement.models import ArticleViewHour

from .test_admin import hours


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
