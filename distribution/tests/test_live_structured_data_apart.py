"""Articles without a started live ticker stay NewsArticles (beside
test_live_structured_data.py, whose tests share their article): two of their own."""

from .live import ticker_start
from .test_live_structured_data import alternate_links
from .test_structured_data import by_type, extract


def test_an_article_without_a_started_ticker_stays_a_news_article(
    client, newsroom, django_capture_on_commit_callbacks
):
    plain, waiting = newsroom(2).pages
    with django_capture_on_commit_callbacks(execute=True):
        ticker_start(waiting, started_at=None)
    for page in (plain, waiting):
        html, data = extract(client, page.url)
        assert by_type(data, "NewsArticle")["headline"] == page.title
        assert not [link for link in alternate_links(html) if "/live/" in link[1]]
