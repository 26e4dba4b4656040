import pytest

from articles.models import ArticlePage
from polls.models import Poll, PollAnswer


def make_poll(question="Soll die Stadt mehr Velowege bauen?", answers=("Ja", "Nein"), **kw):
    poll = Poll(question=question, **kw)
    poll.answers = [PollAnswer(text=text) for text in answers]
    poll.save()
    return poll


@pytest.fixture
def poll(db):
    return make_poll()


@pytest.fixture
def poll_article(article, poll):
    """The article with the poll at the end of its body, published."""
    page = ArticlePage.objects.get(pk=article.pk)
    page.body.append(("poll", poll))
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)
