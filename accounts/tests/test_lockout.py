"""Logins that resist guessing: django-axes locks a name out at one address after
DEPESCHE_LOGIN_FAILURE_LIMIT failures, for the newsroom's and the readers' login alike
(accounts.lockout, docs/operations.md «Login lock-out»)."""

import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from engagement.identity import ip_digest

PASSWORD = "Velo-Route-2027!"
LIMIT = 5
HOME = "192.0.2.10"
ELSEWHERE = "198.51.100.20"
LOCKED = "Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in 15 Minuten wieder."


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


@pytest.fixture
def editor(db):
    return User.objects.create_superuser("redaktorin", "redaktorin@example.org", PASSWORD)


@pytest.fixture
def reader(db):
    from allauth.account.models import EmailAddress

    user = User.objects.create_user("leserin", "leserin@example.org", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


class Login:
    """One of the two login forms, posted from an address."""

    def __init__(self, path, field, name):
        self.path, self.field, self.name = path, field, name

    def post(self, client, password, address=HOME, **extra):
        data = {self.field: self.name, "password": password}
        return client.post(self.path, data, REMOTE_ADDR=address, **extra)

    def logged_in(self, client) -> bool:
        return "_auth_user_id" in client.session


ADMIN = Login("/admin/login/", "username", "redaktorin")
READER = Login("/konto/login/", "login", "leserin@example.org")


@pytest.fixture(params=["admin", "reader"])
def login(request, editor, reader):
    return {"admin": ADMIN, "reader": READER}[request.param]


def fail(login, client, times, address=HOME):
    return [login.post(client, "falsch", address).status_code for _ in range(times)]


def test_the_right_password_after_too_many_wrong_ones_is_refused(login, client):
    assert fail(login, client, LIMIT - 1) == [200] * (LIMIT - 1)
    locked = login.post(client, "falsch")
    assert locked.status_code == 429
    response = login.post(client, PASSWORD)
    assert response.status_code == 429 and not login.logged_in(client)
    html = response.content.decode()
    assert LOCKED in html and response["Retry-After"] == "900"
    assert "no-store" in response["Cache-Control"]


def test_the_lockout_page_is_the_site_s_for_readers_and_the_newsroom_s_for_editors(
    editor, reader, client
):
    fail(READER, client, LIMIT)
    page = READER.post(client, PASSWORD).content.decode()
    assert 'class="site-header"' in page and 'href="/konto/login/"' in page
    fail(ADMIN, client, LIMIT)
    page = ADMIN.post(client, PASSWORD).content.decode()
    assert "Anmeldung abgelehnt" in page and LOCKED in page and 'href="/admin/login/"' in page
    assert "site-header" not in page


def test_a_stranger_at_another_address_cannot_lock_the_name_out(login, client):
    fail(login, client, LIMIT + 3, address=ELSEWHERE)
    response = login.post(Client(HTTP_HOST="127.0.0.1"), PASSWORD)
    assert response.status_code == 302


def test_behind_varnish_the_reader_s_own_address_counts(login, client, settings):
    settings.DEPESCHE_TRUSTED_PROXIES = 1
    varnish = "127.0.0.1"
    for _ in range(LIMIT):
        login.post(client, "falsch", varnish, HTTP_X_FORWARDED_FOR=ELSEWHERE)
    other = Client(HTTP_HOST="127.0.0.1")
    assert login.post(other, PASSWORD, varnish, HTTP_X_FORWARDED_FOR=HOME).status_code == 302
    # Writing another address further left changes nothing: Varnish appended the real one.
    forged = f"{HOME}, {ELSEWHERE}"
    response = login.post(client, PASSWORD, varnish, HTTP_X_FORWARDED_FOR=forged)
    assert response.status_code == 429


def test_the_lockout_ends_after_the_cool_off(login, client, monkeypatch):
    fail(login, client, LIMIT)
    assert login.post(client, PASSWORD).status_code == 429
    later = timezone.now() + timedelta(minutes=16)
    monkeypatch.setattr("axes.handlers.proxy.now", lambda: later)
    response = login.post(client, PASSWORD)
    assert response.status_code == 302 and login.logged_in(client)


def test_a_successful_login_resets_the_count(login, client):
    fail(login, client, LIMIT - 1)
    assert login.post(client, PASSWORD).status_code == 302
    client.logout()
    assert fail(login, client, LIMIT - 1) == [200] * (LIMIT - 1)
    assert login.post(client, PASSWORD).status_code == 302


def test_the_name_counts_whatever_its_case(client, reader):
    for n in range(LIMIT):
        client.post(
            "/konto/login/",
            {"login": f" {'LESERIN' if n % 2 else 'leserin'}@example.org", "password": "x"},
            REMOTE_ADDR=HOME,
        )
    assert READER.post(client, PASSWORD).status_code == 429


def test_a_lockout_is_logged_with_the_name_and_the_address_hash(login, client, caplog):
    with caplog.at_level(logging.WARNING, logger="axes"):
        fail(login, client, LIMIT)
    lockouts = [r.getMessage() for r in caplog.records if "Locking out" in r.getMessage()]
    assert len(lockouts) == 1
    assert f'username: "{login.name}"' in lockouts[0]
    assert ip_digest(HOME) in lockouts[0] and HOME not in lockouts[0]


def test_an_operator_unlocks_a_name(login, client):
    fail(login, client, LIMIT)
    assert AccessAttempt.objects.filter(username=login.name, ip_address=HOME).exists()
    call_command("axes_reset_username", login.name)
    assert login.post(client, PASSWORD).status_code == 302


def test_allauth_counts_readers_behind_varnish_apart(client, reader, settings):
    """allauth's own limit of 10 failed logins a minute per address: one address trying many
    names does not stop readers at other addresses behind the same Varnish."""
    settings.DEPESCHE_TRUSTED_PROXIES = 1
    for n in range(10):
        client.post(
            "/konto/login/",
            {"login": f"name{n}@example.org", "password": "x"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=ELSEWHERE,
        )
    other = Client(HTTP_HOST="127.0.0.1")
    response = READER.post(other, PASSWORD, "127.0.0.1", HTTP_X_FORWARDED_FOR=HOME)
    assert response.status_code == 302


def test_an_operator_unlocks_in_the_admin(login, client, editor):
    fail(login, client, LIMIT)
    operator = Client(HTTP_HOST="127.0.0.1")
    operator.force_login(editor)
    page = operator.get("/admin/login_lockouts/").content.decode()
    assert "Anmeldesperren" in page and login.name in page and HOME in page
    assert operator.get("/admin/login_lockouts/new/").status_code in (302, 403)
    attempt = AccessAttempt.objects.get(username=login.name)
    assert operator.get(f"/admin/login_lockouts/edit/{attempt.pk}/").status_code in (302, 403)
    response = operator.post(f"/admin/login_lockouts/delete/{attempt.pk}/")
    assert response.status_code == 302 and not AccessAttempt.objects.exists()
    assert login.post(client, PASSWORD).status_code == 302
