import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page, PageLogEntry

from articles.models import ArticlePage
from authors.models import AuthorPage
from home.models import HomePage
from images.models import NewsImage
from polls.models import Poll
from taxonomy.models import RegionPage, SectionPage, TopicPage


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo")
        yield
        # Loaded once for the module, outside the tests' transactions: remove it all again.
        Page.objects.descendant_of(HomePage.objects.get()).delete()
        NewsImage.objects.all().delete()
        # Rows that outlive their pages: polls are snippets, history names pages by id.
        Poll.objects.all().delete()
        PageLogEntry.objects.all().delete()


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
