"""An article without a running ticker keeps that answer (tickers.selectors.ticker_section)
until a ticker of it starts; an edit of the article leaves it kept."""

from django.test import Client

from core.fragments import kept_get_many
from tickers.selectors import ticker_none_key
from tickers.services import entry_post, ticker_start


def test_an_edit_keeps_the_answer_and_a_start_shows_the_ticker(
    article, django_capture_on_commit_callbacks
):
    client = Client(HTTP_HOST="127.0.0.1")
    assert client.get(article.url).status_code == 200
    key = ticker_none_key(article.pk)
    assert kept_get_many([key])
    page = type(article).objects.get(pk=article.pk)
    with django_capture_on_commit_callbacks(execute=True):
        page.lead = "Neu: die Route kommt später."
        page.save_revision().publish()
    assert kept_get_many([key])
    with django_capture_on_commit_callbacks(execute=True):
        ticker = ticker_start(article=page)
        entry_post(ticker=ticker, title="Erster Eintrag", body="<p>Es geht los.</p>")
    assert not kept_get_many([key])
    assert "Erster Eintrag" in client.get(article.url).content.decode()
