"""Comment endpoints tested without the article test_views.py keeps for its tests: the
challenge, an unknown article, a reply across two articles."""

from django.test import Client

from comments.models import Comment
from comments.tests.conftest import ReaderClient

from .test_views import publish


def test_reply_to_a_reply_or_to_another_articles_comment_is_refused(newsroom, account_reader):
    first, second = newsroom(2).pages
    reader = account_reader()
    top = publish(first, reader)
    reply = publish(first, reader, body="Antwort", parent=top)
    client = ReaderClient(ip="192.0.2.77")
    for article, parent in ((first, reply), (second, top)):
        response = client.comment(article, body="Noch eine Antwort", parent=str(parent.pk))
        assert response.status_code == 400
        assert response.json()["error"] == (
            "Sie können nur auf einen veröffentlichten Kommentar dieses Artikels antworten."
        )
    assert Comment.objects.count() == 2


def test_the_challenge_is_fresh_and_never_cached(db):
    client = ReaderClient()
    first = client.get("/engagement/comments/challenge/")
    second = client.get("/engagement/comments/challenge/").json()
    assert first.json()["salt"] != second["salt"] and second["maxnumber"] == 500
    assert "no-store" in first.headers["Cache-Control"] and not first.cookies


def test_the_plain_page_of_an_unknown_article_is_404(db):
    assert Client(HTTP_HOST="127.0.0.1").get("/kommentare/999999/").status_code == 404
