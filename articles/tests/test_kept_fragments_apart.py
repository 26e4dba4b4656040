"""Kept fragments and their tags without an article (core.fragments, core.changes): beside
test_kept_fragments.py, whose tests share their two articles."""

import pytest
from django.core.cache import cache

from core.fragments import keeper, kept_get_many, tag_versions, tags_renew


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
