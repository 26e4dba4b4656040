"""The demo newsroom, as `load_demo` loads it: loaded once for this package's modules (the
reader pages of every type, the demo itself; loading it takes longer than all their tests), and
removed again before the next package's tests."""

import pytest

from tests.reader.pages import reader_paths


@pytest.fixture(scope="package")
def demo_pages(django_db_setup, django_db_blocker):
    """Every reader page type of the demo newsroom (its flagship uses every element), as
    {name: response}, rendered once for the package: the demo is loaded outside the tests'
    transactions, before the first test here, and removed again after the last."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client
    from wagtail.models import Page, PageLogEntry

    from articles.models import ArticlePage
    from comments.models import Comment, CommentStatus
    from engagement.models import Guest
    from home.models import HomePage
    from images.models import NewsImage
    from polls.models import Poll, PollVote

    with django_db_blocker.unblock():
        # As `make run` loads it, readers and all; then a comment and a vote of the pages' own.
        call_command("load_demo")
        flagship = ArticlePage.objects.get(external_id="demo-flagship")
        Comment.objects.create(
            article=flagship,
            body="Danke für den Bericht.\nGute Besserung an alle.",
            fingerprint="demo",
            status=CommentStatus.APPROVED,
        )
        poll = next(block.value for block in flagship.body if block.block_type == "poll")
        client = Client(HTTP_HOST="127.0.0.1")
        paths = {
            **reader_paths(),
            "live-ticker": ArticlePage.objects.get(external_id="demo-006").url,
        }
        pages = {name: client.get(path) for name, path in paths.items()}
        ticker = ArticlePage.objects.get(external_id="demo-006").ticker
        oldest_shown = ticker.entries.filter(is_pinned=False).order_by("-posted_at", "-pk")[19]
        pages["live-ticker-more"] = client.get(
            f"/live/{ticker.article_id}/entries?before={oldest_shown.pk}"
        )
        answer = poll.answers.first().pk
        pages["poll-results"] = client.post(
            f"/engagement/polls/{poll.pk}/vote/", {"answer": answer, "article": flagship.pk}
        )
        for name, response in pages.items():
            expected = 404 if name == "not-found" else 200
            assert response.status_code == expected, (name, response.status_code)
        yield pages
        PollVote.objects.all().delete()
        Comment.objects.all().delete()
        Page.objects.descendant_of(HomePage.objects.get()).delete()
        NewsImage.objects.all().delete()
        Poll.objects.all().delete()
        Guest.objects.all().delete()
        get_user_model().objects.filter(username__startswith="demo-leser-").delete()
        # History rows name pages by id without a foreign key: they outlive the pages.
        PageLogEntry.objects.all().delete()
