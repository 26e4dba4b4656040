"""Reader accounts through django-allauth: sign-up with a verification link, log in and out,
password reset, display name, deleting the account (comments stay, anonymised)."""

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

from accounts.models import ReaderProfile
from accounts.services import account_delete
from comments.models import Comment
from comments.services import comment_create
from comments.tests.conftest import solved
from engagement.identity import Reader

PASSWORD = "Velo-Route-2027!"


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


def link_in_last_mail() -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[-1].body).group(1)


def sign_up(client, email="leserin@example.org", display_name="Velofan"):
    return client.post(
        "/konto/signup/",
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": display_name,
        },
    )


def test_sign_up_verifies_the_address_before_logging_in(client, db):
    page = client.get("/konto/signup/")
    html = page.content.decode()
    assert page.status_code == 200 and "Registrieren" in html and 'class="site-header"' in html
    # allauth's pages address readers as the rest of the site does.
    assert "Sie haben bereits ein Konto?" in html and "Du hast" not in html
    response = sign_up(client)
    assert response.status_code == 302
    sent = client.get(response.url).content.decode()
    assert "Wir haben Ihnen eine E-Mail zur Bestätigung gesendet." in sent
    assert len(mail.outbox) == 1 and "leserin@example.org" in mail.outbox[0].to
    # Not logged in until the link is followed.
    assert "_auth_user_id" not in client.session
    confirm = link_in_last_mail()
    assert confirm.startswith("/konto/confirm-email/")
    assert client.get(confirm).status_code == 200  # a page with a button, not a GET that confirms
    assert client.post(confirm).status_code == 302
    user = User.objects.get(email="leserin@example.org")
    assert int(client.session["_auth_user_id"]) == user.pk
    assert user.reader_profile.display_name == "Velofan"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("User 1234 nicht angemeldet", "Dieser Name ist reserviert."),
        ("User #1234", "Verwenden Sie 2 bis 40 Buchstaben"),
        ("x", "Verwenden Sie 2 bis 40 Buchstaben"),
        ("<script>", "Verwenden Sie 2 bis 40 Buchstaben"),
        ("Redaktion depesche", "Dieser Name ist reserviert."),
    ],
)
def test_bad_display_names_are_refused(client, db, name, message):
    response = sign_up(client, display_name=name)
    assert response.status_code == 200 and message in response.content.decode()
    assert not User.objects.exists()


def test_display_names_are_unique_whatever_their_case(client, db):
    sign_up(client)
    response = sign_up(Client(HTTP_HOST="127.0.0.1"), email="b@example.org", display_name="VELOFAN")
    assert "Dieser Name ist bereits vergeben." in response.content.decode()


@pytest.fixture
def reader(db):
    from allauth.account.models import EmailAddress

    user = User.objects.create_user("leserin", "leserin@example.org", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_log_in_with_the_email_address_and_log_out(client, reader):
    page = client.get("/konto/login/").content.decode()
    assert "Anmelden" in page
    response = client.post("/konto/login/", {"login": "leserin@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == reader.pk
    # The header's script on cached pages reads this cookie (so it can read it: not HttpOnly).
    member = response.cookies["depesche_member"]
    assert member.value == "1" and not member["httponly"] and member["samesite"] == "Lax"
    response = client.post("/konto/logout/")
    assert "_auth_user_id" not in client.session
    assert response.cookies["depesche_member"].value == ""
    assert response.cookies["depesche_member"]["max-age"] == 0


def test_a_wrong_password_is_refused_in_german(client, reader):
    response = client.post("/konto/login/", {"login": "leserin@example.org", "password": "falsch"})
    assert response.status_code == 200
    assert "Passwort sind leider falsch" in response.content.decode()


def test_password_reset_by_mail(client, reader):
    client.post("/konto/password/reset/", {"email": "leserin@example.org"})
    assert len(mail.outbox) == 1
    link = link_in_last_mail()
    form_url = client.get(link).url
    response = client.post(
        form_url, {"password1": "Neu-und-sicher-99", "password2": "Neu-und-sicher-99"}
    )
    assert response.status_code == 302
    reader.refresh_from_db()
    assert reader.check_password("Neu-und-sicher-99")


def test_the_display_name_is_changed_on_the_account_page(client, reader):
    client.force_login(reader)
    page = client.get("/konto/").content.decode()
    number = ReaderProfile.objects.get(user=reader).pseudonym
    assert f"Ihre Kommentare erscheinen unter dem Namen «User #{number}»." in page
    response = client.post("/konto/", {"display_name": "Leseratte"})
    assert response.status_code == 302
    assert ReaderProfile.objects.get(user=reader).display_name == "Leseratte"
    assert "Ihr Anzeigename ist gespeichert." in client.get(response.url).content.decode()


def test_the_account_page_needs_a_login(client, db):
    response = client.get("/konto/")
    assert response.status_code == 302 and response.url.startswith("/konto/login/")


def test_deleting_the_account_keeps_the_comments_anonymised(client, reader, article):
    comment = comment_create(
        article=article,
        reader=Reader(user=reader, guest=None, ip="192.0.2.1"),
        body="Bleibt stehen.",
        proof_of_work=solved(),
    )
    client.force_login(reader)
    wrong = client.post("/konto/loeschen/", {"password": "falsch"})
    assert "Das Passwort ist nicht korrekt." in wrong.content.decode()
    assert User.objects.filter(pk=reader.pk).exists()
    response = client.post("/konto/loeschen/", {"password": PASSWORD})
    assert "Ihr Konto ist gelöscht." in response.content.decode()
    assert not User.objects.filter(pk=reader.pk).exists()
    comment = Comment.objects.get(pk=comment.pk)
    assert comment.body == "Bleibt stehen." and comment.user is None and comment.ip_hash == ""
    assert comment.author_name == "Gelöschtes Konto"
    assert "_auth_user_id" not in client.session


def test_newsroom_accounts_are_not_deleted_here(client, db):
    editor = User.objects.create_superuser("chefin", "c@example.org", PASSWORD)
    client.force_login(editor)
    response = client.post("/konto/loeschen/", {"password": PASSWORD})
    assert "Redaktionsverwaltung" in response.content.decode()
    assert User.objects.filter(pk=editor.pk).exists()


def test_account_delete_service_returns_the_comments_kept(reader, article):
    for n in range(2):
        comment_create(
            article=article,
            reader=Reader(user=reader, guest=None, ip="192.0.2.1"),
            body=f"Kommentar {n}",
            proof_of_work=solved(),
        )
    assert account_delete(user=reader) == 2
    assert Comment.objects.filter(user__isnull=True).count() == 2


def test_the_header_links_to_the_account_the_same_for_everyone(client, article, reader):
    anonymous = client.get(article.url)
    logged_in = Client(HTTP_HOST="127.0.0.1")
    logged_in.force_login(reader)
    assert logged_in.get(article.url).content == anonymous.content
    html = anonymous.content.decode()
    assert '<a class="login-link" href="/konto/">Anmelden</a>' in html
    # For the header's script (engagement.js) to show instead, when the reader is logged in.
    assert (
        '<span class="member-links" data-member-links hidden><a href="/konto/">Mein Konto</a> '
        '<a href="/konto/logout/">Abmelden</a></span>'
    ) in html
    assert "engagement/engagement.js" in html


def test_every_page_loads_the_headers_script(client, article):
    for url in ("/", "/suche/", article.get_parent().url):
        assert "engagement/engagement.js" in client.get(url).content.decode()


def test_an_account_without_a_display_name_shows_a_pseudonym_never_its_address(article):
    from accounts.services import profile_update
    from comments.selectors import comment_data
    from engagement.identity import reader_display_name

    user = User.objects.create_user("anna.muster@example.org", "anna.muster@example.org", "pw")
    number = ReaderProfile.objects.get(user=user).pseudonym
    assert 1000 <= number <= 9_999_999
    assert reader_display_name(User.objects.get(pk=user.pk)) == f"User #{number}"
    # The same number after a display name came and went: it belongs to the account.
    profile_update(user=user, display_name="Velofan")
    assert reader_display_name(User.objects.get(pk=user.pk)) == "Velofan"
    profile_update(user=user, display_name="")
    author = User.objects.get(pk=user.pk)
    assert reader_display_name(author) == f"User #{number}"
    comment = comment_create(
        article=article,
        reader=Reader(user=author, guest=None, ip="192.0.2.1"),
        body="Ein Kommentar ohne Namen.",
        proof_of_work=solved(),
    )
    data = comment_data(comment, reader=Reader(user=None, guest=None, ip="192.0.2.2"))
    assert data["author"] == f"User #{number}" and "anna" not in data["author"]
    # Two accounts never share a number.
    other = User.objects.create_user("anna.muster@example.com", "anna.muster@example.com", "pw")
    assert ReaderProfile.objects.get(user=other).pseudonym != number


def test_the_sign_up_form_says_an_empty_name_is_a_number(client, db):
    html = client.get("/konto/signup/").content.decode()
    assert "Leer: eine Nummer wie «User #4711», nie Ihre E-Mail-Adresse." in html
    assert "der erste Teil Ihrer E-Mail-Adresse" not in html


def _assert_german_sie_with_site_name(message, settings):
    text = f"{message.subject}\n{message.body}"
    assert message.subject.startswith(f"[{settings.WAGTAIL_SITE_NAME}] ")
    assert text.startswith(f"[{settings.WAGTAIL_SITE_NAME}] ")
    assert message.body.startswith("Guten Tag\n")
    assert f"Freundliche Grüsse\nIhr {settings.WAGTAIL_SITE_NAME}-Team" in message.body
    assert "Hallo von" not in text and "Danke, dass" not in text
    for word in ("du", "dein", "deine", "dich", "dir", "Danke", "ß"):
        assert not re.search(rf"\b{word}\b", text), word


def test_the_sign_up_mail_is_german_in_the_sie_form_with_the_sites_name(client, db, settings):
    sign_up(client)
    message = mail.outbox[-1]
    _assert_german_sie_with_site_name(message, settings)
    assert f"ein Konto bei {settings.WAGTAIL_SITE_NAME} zu eröffnen" in message.body
    assert "Bitte bestätigen Sie die Adresse mit diesem Link:\n\nhttp" in message.body


def test_the_password_mail_is_german_in_the_sie_form_with_the_sites_name(client, reader, settings):
    client.post("/konto/password/reset/", {"email": "leserin@example.org"})
    message = mail.outbox[-1]
    _assert_german_sie_with_site_name(message, settings)
    assert (
        f"ein neues Passwort für Ihr Konto bei {settings.WAGTAIL_SITE_NAME} verlangt"
        in message.body
    )
