"""Helpers for the comment tests: readers as the engagement layer sees them, solved
proof-of-work challenges, a client that posts like the page's script."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from engagement.identity import Reader
from engagement.models import Guest
from engagement.proof_of_work import challenge_create, challenge_solve

BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1"


def solved() -> str:
    return challenge_solve(challenge_create())


@pytest.fixture
def guest_reader(db):
    def build(ip="198.51.100.7", *, known=True):
        guest = Guest.objects.create(number=Guest.objects.count() + 4711) if known else None
        return Reader(user=None, guest=guest, ip=ip)

    return build


@pytest.fixture
def account_reader(db):
    def build(name="leserin", ip="198.51.100.8", *, days_old=30):
        user = User.objects.create_user(name, f"{name}@example.org", "geheim-123")
        User.objects.filter(pk=user.pk).update(
            date_joined=timezone.now() - timezone.timedelta(days=days_old)
        )
        user.refresh_from_db()
        return Reader(user=user, guest=None, ip=ip)

    return build


class ReaderClient(Client):
    """A browser that checks CSRF like the real one and sends the token the article page's
    script gets from /engagement/articles/<id>/."""

    def __init__(self, ip="198.51.100.9"):
        super().__init__(
            enforce_csrf_checks=True, HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=ip
        )
        self.token = None

    def write(self, url, data=None, **extra):
        if self.token is None:
            self.token = self.token_fetch()
        return self.post(url, data or {}, HTTP_X_CSRFTOKEN=self.token, **extra)

    def token_fetch(self):
        from articles.models import ArticlePage

        article = ArticlePage.objects.live().first()
        return self.get(f"/engagement/articles/{article.pk}/").json()["csrf_token"]

    def comment(self, article, body="Ein sachlicher Beitrag zur Velo-Route.", **fields):
        data = {"body": body, "altcha": solved(), "website": "", **fields}
        return self.write(f"/engagement/articles/{article.pk}/comments/", data)


@pytest.fixture
def reader_client(db):
    return ReaderClient
