"""The article's content parts are kept rendered until a change commits, never for a preview,
and the page around them stays live: times, counters (reader.selectors.article_rendered). The
article is imported once for the module (kept_for_module)."""

import pytest
from django.test import Client, RequestFactory

from articles.models import ArticlePage
from engagement.models import ArticleStats
from reader import pages


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


@pytest.fixture
def article(db, article_built):
    """The article, imported once for the module (conftest.article_built), as the database has
    it (published), read again for each test."""
    return ArticlePage.objects.get(pk=article_built.pk)


@pytest.fixture
def detail_loads(monkeypatch):
    """How often the page loaded the article's authors, topics and regions."""
    loads = []
    real = pages.article_detail
    monkeypatch.setattr(pages, "article_detail", lambda **kw: loads.append(1) or real(**kw))
    return loads


def test_parts_are_kept_until_a_change_commits(
    client, article, detail_loads, django_capture_on_commit_callbacks
):
    first = client.get(article.url)
    assert detail_loads == [1]
    again = client.get(article.url)
    assert detail_loads == [1]  # nothing of the article's rows read again
    assert again.content == first.content
    # The kept parts still name the pages they show, so that changing one purges this page.
    tags = set(again.headers["X-Cache-Tags"].split())
    shown = {
        *(link.author_id for link in article.article_authors.all()),
        *(link.topic_id for link in article.article_topics.all()),
        *(link.region_id for link in article.article_regions.all()),
    }
    assert shown and {f"page-{pk}" for pk in shown} <= tags

    page = ArticlePage.objects.get(pk=article.pk)
    page.title = "Neue Schlagzeile nach der Korrektur"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert "Neue Schlagzeile nach der Korrektur" in client.get(article.url).content.decode()
    assert detail_loads == [1, 1]


def test_counters_are_not_kept_with_the_parts(client, article, detail_loads):
    client.get(article.url)
    ArticleStats.objects.update_or_create(article=article, defaults={"comments": 47})
    html = client.get(article.url).content.decode()
    assert '<span data-count="comments">47</span>' in html
    assert detail_loads == [1]  # the parts were kept, the counters read anew


def test_a_preview_is_rendered_from_the_revision_and_never_kept(
    client, article, admin_user, detail_loads
):
    client.get(article.url)  # the published parts are kept
    page = ArticlePage.objects.get(pk=article.pk)
    page.title = "Entwurf, nicht publiziert"
    request = RequestFactory().get("/", HTTP_HOST="127.0.0.1")
    request.user = admin_user
    response = page.make_preview_request(request)
    html = response.render().content.decode() if hasattr(response, "render") else ""
    assert "Entwurf, nicht publiziert" in (html or response.content.decode())
    assert detail_loads == [1, 1]
    # Readers still get the published page, and the preview kept nothing for them.
    public = client.get(article.url).content.decode()
    assert "Entwurf, nicht publiziert" not in public and article.title in public
