"""Articles without a live ticker's feed (beside test_live_feed.py, whose tests share their
article): three of their own."""

from articles.models import ArticlePage

from .live import ticker_start


def test_only_a_public_article_with_a_started_ticker_has_a_feed(
    client, newsroom, django_capture_on_commit_callbacks
):
    plain, waiting, hidden = newsroom(3).pages
    with django_capture_on_commit_callbacks(execute=True):
        ticker_start(waiting, started_at=None)
        ticker_start(hidden)
    ArticlePage.objects.get(pk=hidden.pk).unpublish()
    for pk in (plain.pk, waiting.pk, hidden.pk, 999_999, 2**63 - 1):
        assert client.get(f"/feeds/atom/live/{pk}/").status_code == 404
    for path in ("/feeds/atom/live/abc/", "/feeds/atom/live/0/", f"/feeds/atom/live/{2**63}/"):
        assert client.get(path).status_code == 404
    assert client.post(f"/feeds/atom/live/{plain.pk}/").status_code == 405
