"""An article's lists follow its topics, regions, authors and first publication time, not its
text (articles.models.ArticlePage.save): the link rows carry a copy of the publication time
(`SubjectLink`, the index of «the newest of a topic»), an edit of the text renews the pages
that show the article and not its lists, and a topic, region or author the article leaves has
its list renewed. The article is imported once for the module (kept_for_module)."""

from datetime import timedelta

import pytest
from django.test import TestCase

from articles.models import ArticleAuthor, ArticlePage, ArticleRegion, ArticleTopic
from conftest import article_record, kept_for_module
from core.http import SEARCH, list_tag
from taxonomy.models import TopicPage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def article_imported(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """Article 1 (Schweiz; Verkehr, Velo; Winterthur; Anna Muster) and article 2 (Sport;
    Eishockey; Bern), whose topic, region and author article 1 may take."""
    from ingest.services import document_import

    folder = tmp_path_factory.mktemp("links")
    other = article_record(
        2,
        folder,
        section="Sport",
        topics=["Eishockey"],
        primary_topic="Eishockey",
        regions=["Europa > Schweiz > Bern"],
        authors=[{"name": "Beat Beispiel", "role": "Sportredaktor"}],
    )
    with kept_for_module(request, django_db_blocker):
        # The import's changes go out now, as after its commit, not with the first test's.
        with django_db_blocker.unblock(), TestCase.captureOnCommitCallbacks(execute=True):
            pages = document_import(
                data={"articles": [article_record(1, folder), other]}, base_dir=folder
            ).pages
        yield pages[0].pk


@pytest.fixture
def article(article_imported):
    return ArticlePage.objects.get(pk=article_imported)


def link_times(page) -> set:
    return {
        *ArticleTopic.objects.filter(page_id=page.pk).values_list("published_at", flat=True),
        *ArticleRegion.objects.filter(page_id=page.pk).values_list("published_at", flat=True),
    }


def published(page):
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=page.pk)


def test_the_links_carry_the_first_publication_time_of_the_import(article):
    assert article.first_published_at.isoformat() == "2026-01-05T07:00:00+00:00"
    assert link_times(article) == {article.first_published_at}


def test_a_first_publication_dates_the_links(article, content_batches):
    with content_batches() as batches:
        new = article.copy(update_attrs={"title": "Neu", "slug": "neu"}, keep_live=False)
        assert link_times(new) == {None}
        new = published(new)
    assert batches[0]["page_ids"] == {new.pk}  # it enters its lists
    assert new.first_published_at is not None
    assert link_times(new) == {new.first_published_at}


def test_an_edit_of_the_text_renews_what_shows_the_article_not_its_lists(article, content_batches):
    with content_batches() as batches:
        article.title = "Die Velo-Route kommt später"
        article.lead = "Der Gemeinderat verschiebt den Bau um ein Jahr."
        article = published(article)
    (batch,) = batches
    assert batch["page_ids"] == set() and batch["shown_ids"] == {article.pk}
    # Search may match the new text; the lists it is in keep it where it was.
    assert batch["tags"] == {SEARCH}


def test_a_new_publication_time_moves_the_article_in_its_lists(article, content_batches):
    earlier = article.first_published_at - timedelta(days=3)
    with content_batches() as batches:
        article.first_published_at = earlier
        article = published(article)
    assert article.first_published_at == earlier
    assert link_times(article) == {earlier}
    (batch,) = batches
    assert batch["page_ids"] == {article.pk}  # every list it is in: edge.purge.purge_plan


@pytest.mark.parametrize("kind", ["topic", "region", "author"])
def test_a_subject_left_has_its_list_renewed(article, content_batches, kind):
    relation, model, other = {
        "topic": ("article_topics", ArticleTopic, "Eishockey"),
        "region": ("article_regions", ArticleRegion, "Bern"),
        "author": ("article_authors", ArticleAuthor, "Beat Beispiel"),
    }[kind]
    links = list(getattr(article, relation).all())
    left = getattr(links[-1], kind)
    joined = type(left).objects.get(title=other)
    kept = [{kind: getattr(link, kind)} for link in links[:-1]]
    setattr(article, relation, [model(**fields) for fields in [*kept, {kind: joined}]])
    with content_batches() as batches:
        article = published(article)
    (batch,) = batches
    assert batch["page_ids"] == {article.pk}  # the lists it is in now: edge.purge.purge_plan
    assert list_tag(left.pk) in batch["tags"]  # and the one it left
    assert link_times(article) == {article.first_published_at}


def test_a_draft_changes_no_list(article, content_batches):
    with content_batches() as batches:
        article.article_topics = [ArticleTopic(topic=TopicPage.objects.get(title="Eishockey"))]
        article.save_revision()
    assert batches == []
    stored = ArticleTopic.objects.filter(page_id=article.pk).values_list("topic__title", flat=True)
    assert set(stored) == {"Verkehr", "Velo"}


@pytest.mark.parametrize("change", ["primary topic", "dateline"])
def test_what_its_own_modules_draw_from_is_a_change_of_its_lists(article, content_batches, change):
    """«Mehr {primary topic}» and «Mehr aus {dateline region}» under the article follow them:
    its modules are kept with its lists' tags (discovery.selectors.article_modules_rendered)."""
    if change == "primary topic":
        article.primary_topic = TopicPage.objects.get(title="Velo")
    else:
        (link,) = article.article_regions.all()
        article.article_regions = [
            ArticleRegion(region=link.region, in_dateline=not link.in_dateline)
        ]
    with content_batches() as batches:
        article = published(article)
    (batch,) = batches
    assert batch["page_ids"] == {article.pk}
