"""The desk's numbers in the Wagtail admin (docs/newsroom.md) for one article, imported once
for the module (kept_for_module): the dashboard's German messages for a bad filter, an
article's report and the editor's «Zahlen» tab. The dashboard's rankings and filters, the CSV
export and the query counts, with articles of their own, are in test_admin_apart.py."""

import copy
from datetime import timedelta

import pytest

from engagement.models import ArticleStats, ArticleViewHour
from engagement.numbers import this_hour


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


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
