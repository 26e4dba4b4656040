"""Kept fragments follow what they show (core.fragments): a change renews the parts and modules
of the pages that show it, at their next request, and leaves every other page's kept."""

import pytest
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Site

from conftest import article_record
from core.fragments import keeper, kept_get_many, tag_versions, tags_renew
from reader.selectors import _parts_key


@pytest.fixture
def two_articles(db, tmp_path, django_capture_on_commit_callbacks):
    """A: Schweiz, Verkehr, Anna Muster; B: Sport, Eishockey, Beat Beispiel, elsewhere."""
    from ingest.services import document_import

    a = article_record(1, tmp_path)
    b = article_record(
        2,
        tmp_path,
        section="Sport",
        headline="Der EHC gewinnt das Derby",
        topics=["Eishockey"],
        primary_topic="Eishockey",
        regions=["Europa > Schweiz > Bern"],
        authors=[{"name": "Beat Beispiel", "role": "Sportredaktor"}],
    )
    with django_capture_on_commit_callbacks(execute=True):
        return document_import(data={"articles": [a, b]}, base_dir=tmp_path).pages


def parts_kept(page) -> bool:
    site = Site.objects.get(is_default_site=True)
    key = _parts_key(page.pk, site.pk, get_language())
    return bool(kept_get_many([key]))


def modules_kept(page) -> bool:
    key = f"article-modules:{page.pk}:{get_language()}"
    return bool(kept_get_many([key]))


def read(client, *pages):
    for page in pages:
        assert client.get(page.url).status_code == 200


def test_a_renewed_tag_makes_what_names_it_stale_and_nothing_else():
    with keeper() as keep:
        keep("one", "1", tags={"page-1"})
        keep("two", "2", tags={"page-2"})
    assert kept_get_many(["one", "two"]) == {"one": "1", "two": "2"}
    tags_renew({"page-1"})
    assert kept_get_many(["one", "two"]) == {"two": "2"}


def test_a_tag_the_cache_forgot_gets_a_new_version():
    with keeper() as keep:
        keep("one", "1", tags={"page-1"})
    cache.delete("tag-version:page-1")
    assert kept_get_many(["one"]) == {}
    assert tag_versions({"page-1"}) == tag_versions({"page-1"})


@pytest.mark.django_db
def test_a_render_during_a_change_is_not_kept(django_capture_on_commit_callbacks):
    """The render may have read the state before the change and its versions after."""
    from core.changes import content_changed

    with keeper() as keep:
        with django_capture_on_commit_callbacks(execute=True):
            content_changed(page_ids=[], tags=["page-9"], reason="test")
        keep("one", "1", tags={"page-1"})
    assert kept_get_many(["one"]) == {}


@pytest.mark.django_db
def test_a_render_of_a_page_loaded_before_a_change_is_not_kept(
    rf, django_capture_on_commit_callbacks
):
    """Wagtail loads the page before its view renders it: the token of the request's start
    counts (core.middleware.ContentGenerationMiddleware reads it then)."""
    from core.changes import content_changed, content_generation

    request = rf.get("/")
    content_generation(request)
    with django_capture_on_commit_callbacks(execute=True):
        content_changed(page_ids=[], tags=["page-9"], reason="test")
    with keeper(request) as keep:
        keep("one", "1", tags={"page-1"})
    assert kept_get_many(["one"]) == {}


@pytest.mark.django_db
def test_everything_renews_every_kept_fragment(django_capture_on_commit_callbacks):
    from core.changes import content_changed

    with keeper() as keep:
        keep("one", "1", tags={"page-1"})
    with django_capture_on_commit_callbacks(execute=True):
        content_changed(page_ids=[], reason="privacy", everything=True)
    assert kept_get_many(["one"]) == {}


def test_an_approved_comment_keeps_every_kept_part_and_shows_its_count(
    client, two_articles, django_capture_on_commit_callbacks
):
    from comments.models import Comment, CommentStatus
    from comments.pipeline import text_fingerprint
    from comments.services import comments_moderate

    a, b = two_articles
    read(client, a, b)
    assert parts_kept(a) and parts_kept(b) and modules_kept(b)
    body = "Endlich eine sichere Route."  # read per request: the kept parts do not show it
    comment = Comment.objects.create(
        article=a, body=body, fingerprint=text_fingerprint(body), status=CommentStatus.PENDING
    )
    with django_capture_on_commit_callbacks(execute=True):
        comments_moderate(comment_ids=[comment.pk], action="approve", moderator=None)
    assert parts_kept(a) and parts_kept(b) and modules_kept(b)
    html = client.get(a.url).content.decode()
    assert '(<span data-count="comments">1</span>)' in html


def test_an_edit_renews_the_article_and_what_lists_it_not_the_others(
    client, two_articles, django_capture_on_commit_callbacks
):
    a, b = two_articles
    read(client, a, b)
    with django_capture_on_commit_callbacks(execute=True):
        a.lead = "Die Route kommt ein Jahr später."
        a.save_revision().publish()
    assert not parts_kept(a)
    assert parts_kept(b)
    assert "Die Route kommt ein Jahr später." in client.get(a.url).content.decode()


@pytest.mark.parametrize("kind", ["author", "topic", "region"])
def test_a_renamed_author_topic_or_region_renews_the_parts_that_name_it(
    client, two_articles, django_capture_on_commit_callbacks, kind
):
    a, b = two_articles
    read(client, a, b)
    link = {
        "author": a.article_authors.first().author,
        "topic": a.article_topics.first().topic,
        "region": a.article_regions.first().region,
    }[kind].specific
    with django_capture_on_commit_callbacks(execute=True):
        link.title = f"{link.title} neu"
        link.save_revision().publish()
    assert not parts_kept(a)
    assert parts_kept(b)
    assert f"{link.title}" in client.get(a.url).content.decode()


def test_counts_in_kept_modules_are_those_of_now(client, two_articles):
    """The modules under B show A with its count: filled per request, not kept."""
    from engagement.models import ArticleStats

    a, b = two_articles
    read(client, b)
    assert modules_kept(b)
    ArticleStats.objects.update_or_create(article=a, defaults={"comments": 7})
    html = client.get(b.url).content.decode()
    assert "7 Interaktionen" in html
    assert "<!--count:" not in html


def test_an_edited_picture_renews_the_parts_that_show_it(
    client, two_articles, django_capture_on_commit_callbacks
):
    """A's hero picture gets another credit: A's parts render anew (the article's own credit,
    set by the import, still comes first on the page), B's stay kept."""
    a, b = two_articles
    read(client, a, b)
    picture = a.hero_image
    with django_capture_on_commit_callbacks(execute=True):
        picture.credit = "Neue Agentur"
        picture.save()
    assert not parts_kept(a)
    assert parts_kept(b)
    read(client, a)
    assert parts_kept(a)
