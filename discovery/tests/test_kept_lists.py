"""The modules' candidate lists are kept and shared (discovery.candidates.candidates_kept): the
newest of a topic, a region, a section are read once for every article that draws from them,
and renewed when an article enters or leaves them (not when one is edited). On a site whose
«Meistgelesen» is full, the modules do not draw from the site's newest, so a publication
elsewhere keeps them."""

import copy

import pytest
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language

from conftest import article_record, kept_for_module
from core.fragments import kept_get_many
from discovery import candidates as c
from engagement.models import ArticleViewHour
from taxonomy.models import TopicPage

pytestmark = pytest.mark.django_db

SPORT = {
    "section": "Sport",
    "topics": ["Eishockey"],
    "primary_topic": "Eishockey",
    "regions": ["Europa > Schweiz > Bern"],
    # No word in common with the others: the text-similarity fallback leaves them out.
    "lead": "Das Derby war ausverkauft.",
    "key_points": ["Das Stadion war voll."],
    "body": [{"type": "paragraph", "value": "Das Spiel endete drei zu zwei."}],
}


def _import(folder, records):
    from ingest.services import document_import

    return document_import(data={"articles": records}, base_dir=folder).pages


@pytest.fixture(scope="module")
def site_built(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """Four articles in Schweiz (Verkehr, Velo, Winterthur), and ten read ones in Sport
    (Eishockey, Bern), which fill «Meistgelesen» under the first four."""
    folder = tmp_path_factory.mktemp("lists")
    with kept_for_module(request, django_db_blocker):
        # The import's changes go out now, as after its commit, not with the first test's.
        with django_db_blocker.unblock(), TestCase.captureOnCommitCallbacks(execute=True):
            schweiz = _import(folder, [article_record(n, folder) for n in range(1, 5)])
            sport = _import(
                folder,
                [
                    article_record(n, folder, headline=f"Der EHC gewinnt Spiel {n}", **SPORT)
                    for n in range(11, 21)
                ],
            )
            hour = timezone.now().replace(minute=0, second=0, microsecond=0)
            ArticleViewHour.objects.bulk_create(
                ArticleViewHour(article=page, hour=hour, views=10 + number)
                for number, page in enumerate(sport)
            )
        yield folder, schweiz, sport


@pytest.fixture
def site(site_built):
    return copy.deepcopy(site_built)


def candidate_statements(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return sum("AS part_" in query["sql"] for query in captured)


def published_copy(article, *, title: str):
    """A new article, as the newsroom publishes one: a copy of `article`, published."""
    new = article.copy(update_attrs={"title": title, "slug": slugify(title)}, keep_live=False)
    new.save_revision().publish()
    return new


def modules_kept(page) -> bool:
    key = f"article-modules:{page.pk}:{get_language()}"
    return bool(kept_get_many([key]))


def test_articles_that_draw_from_the_same_lists_read_them_once(client, site):
    _folder, (a, b, *_), _sport = site
    assert candidate_statements(client, a.url) == 1
    assert candidate_statements(client, b.url) == 0  # topics, region, section: all kept
    assert a.url in client.get(b.url).content.decode()


def test_a_publication_elsewhere_keeps_the_modules(
    client, site, django_capture_on_commit_callbacks
):
    _folder, (a, *_), sport = site
    html = client.get(a.url).content.decode()
    assert "Meistgelesen" in html and "Der EHC gewinnt Spiel" in html
    with django_capture_on_commit_callbacks(execute=True):
        new = published_copy(sport[0], title="Neu im Sport")
    assert modules_kept(a)
    assert new.title not in client.get(a.url).content.decode()


def test_an_article_that_joins_a_topic_shows_in_the_modules_that_draw_from_it(
    client, site, django_capture_on_commit_callbacks
):
    folder, (a, *_), _sport = site
    client.get(a.url)
    with django_capture_on_commit_callbacks(execute=True):
        (new,) = _import(
            folder,
            [
                article_record(
                    31,
                    folder,
                    headline="Velofahren im Winter",
                    **{**SPORT, "topics": ["Verkehr"], "primary_topic": "Verkehr"},
                )
            ],
        )
    assert not modules_kept(a)
    assert new.url in client.get(a.url).content.decode()


def test_an_article_that_leaves_a_topic_leaves_its_kept_list(
    site, django_capture_on_commit_callbacks
):
    folder, (a, b, *_), _sport = site
    velo = TopicPage.objects.get(title="Velo")
    velo_list = c.topic_list(velo.pk, source="velo", limit=5)
    assert b.pk in [found.article_id for found in c.candidates_kept([velo_list])["velo"]]
    with django_capture_on_commit_callbacks(execute=True):
        _import(folder, [article_record(2, folder, topics=["Verkehr"])])
    after = [found.article_id for found in c.candidates_kept([velo_list])["velo"]]
    assert b.pk not in after and a.pk in after


def test_an_edit_of_the_text_keeps_the_lists_and_the_edited_article_modules(
    client, site, django_capture_on_commit_callbacks
):
    _folder, (a, b, *_), _sport = site
    client.get(a.url)
    assert a.url in client.get(b.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        a.title = "Die Velo-Route kommt ein Jahr später"
        a.save_revision().publish()
    # Its modules show other articles, drawn from lists it is in at the same place.
    assert modules_kept(a)
    assert a.title in client.get(a.url).content.decode()
    # B's modules show A's teaser: rendered anew, from the kept lists.
    assert not modules_kept(b)
    assert candidate_statements(client, b.url) == 0
    assert a.title in client.get(b.url).content.decode()


def test_an_edit_of_an_article_shown_renders_the_modules_from_their_plan(
    client, site, monkeypatch, django_capture_on_commit_callbacks
):
    from articles.models import ArticlePage
    from core.fragments import tags_renew
    from core.http import page_tag
    from discovery import selectors

    _folder, (a, b, *_), _sport = site
    assert a.url in client.get(b.url).content.decode()
    planned = []
    real = selectors.article_modules
    monkeypatch.setattr(
        selectors, "article_modules", lambda **kwargs: planned.append(1) or real(**kwargs)
    )
    with django_capture_on_commit_callbacks(execute=True):
        a.title = "Die Velo-Route kommt ein Jahr später"
        a.save_revision().publish()
    assert a.title in client.get(b.url).content.decode()
    assert planned == []  # the same articles: only A's teaser was rendered anew
    # An article of the plan that is gone (here without its lists' tags) makes a new plan.
    ArticlePage.objects.filter(pk=a.pk).update(live=False)
    tags_renew([page_tag(a.pk)])
    assert a.url not in client.get(b.url).content.decode()
    assert planned == [1]
