import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from articles.models import ArticlePage
from tickers.services import entry_post, ticker_start


@pytest.fixture
def article(article):
    """The imported article as the database has it (published)."""
    return ArticlePage.objects.get(pk=article.pk)


@pytest.fixture
def editor(article):
    """A reporter of the «Editors» group: may edit articles."""
    user = get_user_model().objects.create_user("reporter", "reporter@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def ticker(article, editor):
    return ticker_start(article=article, user=editor)


@pytest.fixture
def post(ticker, editor):
    def post(**fields):
        fields.setdefault("body", "<p>Es regnet in Strömen.</p>")
        return entry_post(ticker=ticker, user=editor, **fields)

    return post
