"""Sending the purge: one PURGE per Varnish; a Varnish that is down never breaks publishing."""

import logging

from articles.models import ArticlePage
from edge.purge import PurgePlan, purge
from edge.testing import free_port


def test_publishing_succeeds_and_logs_when_varnish_is_down(
    article, settings, caplog, django_capture_on_commit_callbacks
):
    settings.DEPESCHE_VARNISH_URLS = [f"http://127.0.0.1:{free_port()}"]  # nobody listens
    page = ArticlePage.objects.get(pk=article.pk)
    page.title = "Korrigierter Titel"
    with (
        caplog.at_level(logging.ERROR, logger="edge.purge"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        page.save_revision().publish()
    page.refresh_from_db()
    assert page.live and page.title == "Korrigierter Titel"
    assert "could not be purged" in caplog.text


def test_without_a_varnish_nothing_is_sent(settings):
    settings.DEPESCHE_VARNISH_URLS = []
    assert purge(PurgePlan(tags=frozenset({"page-1"}))) is True


def test_tags_and_paths_that_are_not_ours_are_never_sent(settings, monkeypatch):
    sent = []
    monkeypatch.setattr(
        "edge.purge._send_purge", lambda base, headers: sent.append(headers) or True
    )
    settings.DEPESCHE_VARNISH_URLS = ["http://127.0.0.1:1"]
    plan = PurgePlan(
        tags=frozenset({"page-1", 'x" || obj.status ~ 2'}),
        paths=frozenset({"/schweiz/bern/", "/.*", "/a b"}),
    )
    assert purge(plan)
    assert sent == [{"X-Purge-Tags": "page-1", "X-Purge-Paths": "/schweiz/bern/"}]


def test_a_view_restriction_purges_everything_and_renews_kept_parts(
    article, monkeypatch, django_capture_on_commit_callbacks
):
    """A restricted article (or section) leaves every public list, module and feed: what
    shared caches and the kept fragments hold is thrown away when it is set and lifted."""
    from types import SimpleNamespace

    from wagtail.models import PageViewRestriction

    from core.changes import content_generation

    sent = []
    task = SimpleNamespace(enqueue=lambda **kw: sent.append(kw))
    monkeypatch.setattr("edge.tasks.pages_changed", task)
    before = content_generation()
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=article, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )
    assert len(sent) == 1 and "all" in sent[0]["tags"] and "privacy" in sent[0]["reason"]
    assert content_generation() != before
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert len(sent) == 2 and "all" in sent[1]["tags"]
