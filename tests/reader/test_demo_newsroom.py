"""The demo newsroom `make run` loads (`load_demo`): what it holds, that every article renders,
and that loading it again changes nothing."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from articles.models import ArticlePage
from authors.models import AuthorPage
from comments.models import Comment, CommentReaction, CommentStatus
from demo.engagement import demo_engagement_load
from engagement.models import ArticleStats, ArticleViewHour
from engagement.numbers import numbers_top
from polls.models import PollVote
from taxonomy.models import RegionPage, SectionPage, TopicPage


@pytest.fixture
def demo(demo_pages):
    """The demo newsroom as `load_demo` loads it, readers and all: loaded once for the
    package (tests/reader/conftest.py)."""


@pytest.mark.django_db
def test_the_demo_newsroom_has_what_the_issue_asks_for(demo):
    assert SectionPage.objects.live().count() >= 6
    kinds = set(TopicPage.objects.values_list("kind", flat=True))
    assert TopicPage.objects.count() >= 20 and kinds == {"person", "organisation", "place", "theme"}
    assert RegionPage.objects.filter(kind="canton").count() == 26
    assert RegionPage.objects.filter(kind="country").count() >= 20
    assert all(c.get_parent().title == "Schweiz" for c in RegionPage.objects.filter(kind="canton"))
    authors = AuthorPage.objects.all()
    assert authors.count() == 8 and all(author.photo for author in authors)
    articles = ArticlePage.objects.live()
    assert articles.count() == 61
    assert not articles.filter(hero_image=None).exists()


@pytest.mark.django_db
def test_the_flagship_uses_every_element(demo):
    flagship = ArticlePage.objects.get(external_id="demo-flagship")
    assert {block.block_type for block in flagship.body} == {
        "paragraph", "subheading", "image", "quote", "fact_box", "video", "poll",
    }  # fmt: skip
    assert flagship.hero_is_archive and flagship.hero_image.credit
    poll = next(block.value for block in flagship.body if block.block_type == "poll")
    assert 2 <= poll.answers.count() <= 6
    assert 1 <= len(flagship.key_points) <= 5
    assert flagship.article_authors.count() == 2 and flagship.article_regions.count() == 2
    assert flagship.primary_topic is not None and not flagship.kicker


@pytest.mark.django_db
def test_every_demo_article_renders(demo):
    client = Client(HTTP_HOST="127.0.0.1")
    for article in ArticlePage.objects.live():
        assert client.get(article.url).status_code == 200, article.url


@pytest.mark.django_db
def test_load_demo_leaves_a_site_with_articles_alone(demo, capsys):
    call_command("load_demo")
    assert "not loaded" in capsys.readouterr().out
    assert ArticlePage.objects.count() == 61


@pytest.mark.django_db
def test_the_demo_has_a_running_and_an_ended_live_ticker(demo):
    from tickers.models import Ticker

    running = Ticker.objects.get(article__external_id="demo-006")
    assert running.started_at and running.ended_at is None
    entries = running.entries.filter(deleted_at=None)
    assert entries.count() == 40
    assert entries.filter(is_key=True).count() == 2 and entries.filter(is_pinned=True).count() == 1
    ended = Ticker.objects.get(article__external_id="demo-001")
    assert ended.ended_at is not None and ended.entries.exists()
    html = Client(HTTP_HOST="127.0.0.1").get(running.article.url).content.decode()
    assert 'id="liveticker"' in html and "Das Wichtigste" in html


def _interactions(html: str) -> list[int]:
    return [
        int(re.sub(r"\D", "", number))
        for number in re.findall(r'class="teaser__count">([^<]+?) Interaktion', html)
    ]


@pytest.mark.django_db
def test_the_demo_teasers_show_varying_interactions_and_most_read(demo):
    html = Client(HTTP_HOST="127.0.0.1").get("/").content.decode()
    counts = _interactions(html)
    assert len(counts) > 10 and len(set(counts)) > 5 and max(counts) >= 100
    assert 'id="most-read-title"' in html
    # A portal's spread: a few stories with hundreds of interactions, a long tail with few.
    totals = sorted(
        (
            s.interactions
            for s in ArticleStats.objects.filter(article__external_id__startswith="demo-")
        ),
        reverse=True,
    )
    assert totals[0] >= 200 and totals[len(totals) // 2] < 30


@pytest.mark.django_db
def test_the_demo_articles_have_comments_threads_and_a_moderation_queue(demo):
    flagship = ArticlePage.objects.get(external_id="demo-flagship")
    shown = flagship.stats.comments
    assert shown > 5
    html = Client(HTTP_HOST="127.0.0.1").get(flagship.url).content.decode()
    assert f'<span data-count="comments">{shown}</span>' in html
    comments = Comment.objects.filter(article__external_id__startswith="demo-")
    assert comments.filter(status=CommentStatus.PENDING).exists()
    assert comments.filter(status=CommentStatus.REJECTED).exists()
    approved = comments.filter(status=CommentStatus.APPROVED)
    assert approved.filter(parent__isnull=False).exists()  # threads
    assert approved.filter(user__isnull=False).exists() and approved.filter(guest__isnull=False)
    assert CommentReaction.objects.filter(value=1).exists()
    assert CommentReaction.objects.filter(value=-1).exists()
    # Comments are dated into the hours after their article appeared, not all «just now».
    assert approved.filter(created_at__lt=timezone.now() - timedelta(hours=1)).exists()


@pytest.mark.django_db
def test_the_demo_poll_has_votes_and_the_desk_has_numbers(demo):
    flagship = ArticlePage.objects.get(external_id="demo-flagship")
    poll = next(block.value for block in flagship.body if block.block_type == "poll")
    votes = PollVote.objects.filter(poll=poll).count()
    assert votes > 50 and sum(a.votes for a in poll.answers.all()) == votes
    assert flagship.stats.poll_votes == votes
    since = timezone.now() - timedelta(hours=24)
    assert ArticleViewHour.objects.filter(hour__gte=since).count() > 61
    top = numbers_top(since=since, metric="views")
    assert top and top[0].views > 1000
    assert numbers_top(since=since, metric="interactions")[0].interactions > 100


@pytest.mark.django_db
def test_loading_the_demo_again_adds_no_readers(demo, capsys):
    before = sorted(
        ArticleStats.objects.values_list(
            "article_id", "comments", "poll_votes", "reactions", "views"
        )
    )
    comments = Comment.objects.count()
    call_command("load_demo", force=True)
    assert "have readers already" in capsys.readouterr().out
    assert demo_engagement_load() is None
    after = sorted(
        ArticleStats.objects.values_list(
            "article_id", "comments", "poll_votes", "reactions", "views"
        )
    )
    assert after == before and Comment.objects.count() == comments
