import pytest
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from engagement.identity import (
    GUEST_COOKIE,
    UNKNOWN_ADDRESS,
    client_ip,
    guest_ensure,
    guest_remember,
    reader_display_name,
    reader_from_request,
)
from engagement.models import Guest

factory = RequestFactory()


def _request(**meta):
    request = factory.get("/", **meta)
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    return request


def test_without_trusted_proxies_the_peer_address_counts():
    request = _request(REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert client_ip(request) == "10.0.0.5"


@override_settings(DEPESCHE_TRUSTED_PROXIES=1)
def test_behind_one_proxy_the_address_it_saw_counts_not_what_the_client_wrote():
    request = _request(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    assert client_ip(request) == "203.0.113.9"


@override_settings(DEPESCHE_TRUSTED_PROXIES=1)
def test_a_forged_address_is_not_taken():
    request = _request(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="not-an-address")
    assert client_ip(request) == UNKNOWN_ADDRESS


@pytest.mark.django_db
def test_a_guest_gets_a_number_and_a_signed_cookie_only_when_writing():
    request = _request(REMOTE_ADDR="10.0.0.5")
    reader = reader_from_request(request)
    assert reader.guest is None and reader.key is None
    reader = guest_ensure(reader)
    response = guest_remember(HttpResponse(), reader)
    cookie = response.cookies[GUEST_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"

    again = reader_from_request(_request(HTTP_COOKIE=f"{GUEST_COOKIE}={cookie.value}"))
    assert again.guest == reader.guest and again.key == f"g{reader.guest.pk}"
    assert 1000 <= again.guest.number < 10_000_000
    assert again.name == f"User #{again.guest.number} (nicht angemeldet)"


@pytest.mark.django_db
def test_a_tampered_guest_cookie_is_ignored():
    guest = Guest.objects.create(number=4711)
    reader = reader_from_request(_request(HTTP_COOKIE=f"{GUEST_COOKIE}={guest.pk}"))
    assert reader.guest is None


@pytest.mark.django_db
def test_an_account_shows_its_name_never_its_email():
    user = User.objects.create_user("leserin@example.org", "leserin@example.org", "pw")
    request = _request()
    request.user = user
    reader = reader_from_request(request)
    # Not «leserin» (the part before the @): a pseudonym like a guest's, drawn once.
    number = user.reader_profile.pseudonym
    assert reader.name == f"User #{number}" and reader.key == f"u{user.pk}"
    assert "leserin" not in reader.name
    user.refresh_from_db()
    assert reader_display_name(User.objects.get(pk=user.pk)) == f"User #{number}"
    assert reader.is_new_account
