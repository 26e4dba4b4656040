"""The ticker desk: start, post with one form, German messages, edit, delete, history. The
article is imported once for the module (kept_for_module)."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from articles.models import ArticlePage
from tickers.models import Entry, EntryVersion, Ticker


def draftail(text: str) -> str:
    """What Draftail's widget sends for one paragraph."""
    block = {
        "key": "a1b2c",
        "text": text,
        "type": "unstyled",
        "depth": 0,
        "inlineStyleRanges": [],
        "entityRanges": [],
    }
    return json.dumps({"blocks": [block], "entityMap": {}})


@pytest.fixture
def article(db, article_built):
    """The article, imported once for the module (conftest.article_built), as the database has
    it (published), read again for each test; the package's `editor`, `ticker` and `post` get
    it too."""
    return ArticlePage.objects.get(pk=article_built.pk)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def desk_url(article):
    return reverse("tickers_admin:desk", kwargs={"article_id": article.pk})


def start(client, article):
    url = reverse("tickers_admin:action", kwargs={"article_id": article.pk, "action": "start"})
    return client.post(url)


def test_an_editor_starts_a_ticker_and_posts_an_entry(editor_client, article, editor):
    page = editor_client.get(desk_url(article))
    assert page.status_code == 200 and "Liveticker starten" in page.content.decode()
    assert start(editor_client, article).status_code == 302
    ticker = Ticker.objects.get(article=article)
    assert ticker.started_at is not None
    form = editor_client.get(desk_url(article)).content.decode()
    assert "Eintrag posten" in form and "Liveticker beenden" in form
    response = editor_client.post(
        desk_url(article),
        {"title": "Anpfiff", "body": draftail("Das Spiel läuft."), "is_key": "on"},
    )
    assert response.status_code == 302
    entry = Entry.objects.get(ticker=ticker)
    assert entry.title == "Anpfiff" and entry.body == "<p>Das Spiel läuft.</p>" and entry.is_key
    assert entry.created_by == editor and entry.posted_at is not None
    desk = editor_client.get(desk_url(article)).content.decode()
    assert "Anpfiff" in desk and "gepostet" in desk and "reporter" in desk


def test_an_empty_entry_is_refused_in_german(editor_client, article, ticker):
    response = editor_client.post(desk_url(article), {"title": "", "body": draftail("")})
    assert response.status_code == 400
    assert "Ein Eintrag braucht einen Text" in response.content.decode()
    assert not Entry.objects.exists()


def test_a_bad_video_address_is_refused_in_german(editor_client, article, ticker):
    response = editor_client.post(
        desk_url(article), {"body": draftail("Video"), "video_url": "kein video"}
    )
    assert response.status_code == 400
    assert "gültige Adresse" in response.content.decode()
    assert not Entry.objects.exists()


def test_posting_on_an_ended_ticker_is_refused(editor_client, article, ticker, editor):
    from tickers.services import ticker_end

    ticker_end(ticker=ticker, user=editor)
    response = editor_client.post(desk_url(article), {"body": draftail("Zu spät")})
    assert response.status_code == 400
    assert "Liveticker ist beendet" in response.content.decode()
    assert not Entry.objects.exists()


def test_edit_and_delete_with_history(editor_client, article, post):
    entry = post(title="Erste Fassung")
    edit_url = reverse("tickers_admin:entry_edit", kwargs={"entry_id": entry.pk})
    form = editor_client.get(edit_url).content.decode()
    assert "Erste Fassung" in form
    response = editor_client.post(
        edit_url, {"title": "Zweite Fassung", "body": draftail("Korrigiert.")}
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.title == "Zweite Fassung" and entry.body == "<p>Korrigiert.</p>"
    delete_url = reverse("tickers_admin:entry_delete", kwargs={"entry_id": entry.pk})
    confirm = editor_client.get(delete_url)
    assert confirm.status_code == 200 and "Ja, löschen" in confirm.content.decode()
    assert Entry.objects.get(pk=entry.pk).deleted_at is None  # GET only asks
    assert editor_client.post(delete_url).status_code == 302
    assert Entry.objects.get(pk=entry.pk).deleted_at is not None
    actions = list(EntryVersion.objects.filter(entry=entry).values_list("action", flat=True))
    assert actions == ["posted", "edited", "deleted"]
    desk = editor_client.get(desk_url(article)).content.decode()
    assert "3 Änderungen" in desk and "Erste Fassung" in desk and "gelöscht" in desk


def test_the_menu_lists_running_tickers_and_the_article_has_a_button(
    editor_client, article, ticker
):
    listing = editor_client.get(reverse("tickers_admin:index")).content.decode()
    assert article.title in listing and desk_url(article) in listing
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert desk_url(article) in edit.content.decode()


def test_someone_who_may_not_edit_the_article_gets_no_desk(client, article):
    user = get_user_model().objects.create_user("leser", "leser@example.org", "pw")
    client.force_login(user)
    assert client.get(desk_url(article)).status_code in (302, 403)
    assert start(client, article).status_code in (302, 403)
    assert not Ticker.objects.exists()


def test_an_unknown_action_is_a_404(editor_client, article):
    url = reverse("tickers_admin:action", kwargs={"article_id": article.pk, "action": "boom"})
    assert editor_client.post(url).status_code == 404
