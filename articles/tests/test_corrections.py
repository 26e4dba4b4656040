"""Correction notes (articles.corrections, articles.admin_views): added without a review
round, never publishing a draft, kept as a dated trace when withdrawn, shown to readers. The
article is imported once for the module (kept_for_module)."""

import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, WorkflowState

from articles.corrections import correction_add, correction_withdraw
from articles.models import ArticlePage, CorrectionNote
from core.errors import Refused

pytestmark = pytest.mark.django_db

TEXT = "Die Böe wurde auf dem Chasseral gemessen, nicht im Mittelland."


@pytest.fixture
def article(db, article_built):
    """The imported article as the database has it (published), read again for each test."""
    return ArticlePage.objects.get(pk=article_built.pk)


@pytest.fixture
def editor(article):
    """A reporter of the «Editors» group: may edit, may not publish without review."""
    user = User.objects.create_user("reporterin", "reporterin@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def add_url(article):
    return reverse("articles_admin:corrections", kwargs={"page_id": article.pk})


def note_json_ld(html: str) -> dict:
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        if data.get("@type") == "NewsArticle":
            return data
    raise AssertionError("no NewsArticle")


# -- Services ------------------------------------------------------------------------------


def test_a_note_is_added_logged_and_purges_the_article(article, editor, changed_pages):
    with changed_pages() as batches:
        note = correction_add(
            article=article, kind="correction", text=f"  {TEXT} ", position="top", user=editor
        )
    assert note.text == TEXT and note.created_by == editor and not note.withdrawn
    assert any(article.pk in ids and "correction" in reason for ids, reason in batches)
    entry = PageLogEntry.objects.get(page=article, action="depesche.correction_add")
    assert entry.user == editor and entry.revision_id == article.live_revision_id
    assert entry.data["text"] == TEXT


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"text": "   "}, "empty_text"),
        ({"text": "x" * 1001}, "text_too_long"),
        ({"text": "a\x00b"}, "bad_text"),
        ({"kind": "erratum"}, "bad_kind"),
        ({"position": "middle"}, "bad_position"),
        ({"shown_at": timezone.now() + timedelta(hours=1)}, "future"),
        ({"shown_at": timezone.now() - timedelta(days=3650)}, "before_publication"),
    ],
)
def test_bad_input_is_refused_in_german_and_changes_nothing(article, changes, code):
    arguments = {"kind": "correction", "text": TEXT, "position": "top", **changes}
    with pytest.raises(Refused) as refused:
        correction_add(article=article, **arguments)
    assert refused.value.code == code
    assert not CorrectionNote.objects.exists()
    assert not PageLogEntry.objects.filter(action__startswith="depesche.correction").exists()


def test_an_unpublished_article_takes_no_note(article):
    article.unpublish()
    with pytest.raises(Refused) as refused:
        correction_add(article=article, kind="update", text=TEXT)
    assert refused.value.code == "not_published"
    assert "veröffentlicht" in str(refused.value.message)


def test_a_withdrawn_note_stays_as_a_dated_trace(article, editor, changed_pages, client):
    note = correction_add(article=article, kind="clarification", text=TEXT)
    with pytest.raises(Refused):
        correction_withdraw(note=note, user=editor, reason=" ")
    with changed_pages() as batches:
        correction_withdraw(note=note, user=editor, reason="Die Angabe war doch richtig.")
    assert any(article.pk in ids and "correction" in reason for ids, reason in batches)
    note.refresh_from_db()
    assert note.withdrawn_at and note.withdrawn_by == editor
    assert CorrectionNote.objects.filter(pk=note.pk).exists()
    with pytest.raises(Refused):
        correction_withdraw(note=note, user=editor, reason="Nochmals.")
    html = client.get(article.url, HTTP_HOST="127.0.0.1").content.decode()
    assert "Präzisierung vom" in html and "zurückgezogen am" in html
    assert TEXT not in html
    assert "correction" not in note_json_ld(html)


# -- Readers -------------------------------------------------------------------------------


def test_readers_see_the_note_dated_and_date_modified_moves(
    article, client, django_capture_on_commit_callbacks
):
    client.defaults["HTTP_HOST"] = "127.0.0.1"
    first = client.get(article.url).content.decode()  # kept rendered from here on
    assert 'class="corrections' not in first
    modified = note_json_ld(first)["dateModified"]
    with django_capture_on_commit_callbacks(execute=True):  # renews the kept parts
        correction_add(article=article, kind="correction", text=TEXT, position="bottom")
    html = client.get(article.url).content.decode()
    assert "Korrektur" in html and TEXT in html
    aside = html.index('class="corrections corrections--bottom"')
    assert html.index('class="hero"') < aside < html.index(TEXT, aside)
    data = note_json_ld(html)
    assert data["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": TEXT,
            "datePublished": CorrectionNote.objects.get().shown_at.isoformat(),
        }
    ]
    assert data["dateModified"] > modified


def test_the_publisher_names_the_policy_pages(article, client, django_capture_on_commit_callbacks):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core.fragments import tags_renew
    from core.http import page_tag
    from home.models import HomePage, InfoPage

    home = HomePage.objects.get()
    pages = (("korrekturen-info", "corrections_policy"), ("grundsaetze", "publishing_principles"))
    for slug, purpose in pages:
        info = InfoPage(title=slug, slug=slug, purpose=purpose, body="<p>x</p>")
        page = home.add_child(instance=info)
        page.save_revision().publish()
    html = client.get(article.url, HTTP_HOST="127.0.0.1").content.decode()
    publisher = note_json_ld(html)["publisher"]
    assert publisher["correctionsPolicy"].endswith("/korrekturen-info/")
    assert publisher["publishingPrinciples"].endswith("/grundsaetze/")
    # Kept for every article's structured data (`nav`: the home page's children).
    tags_renew([page_tag(article.pk)])
    with CaptureQueriesContext(connection) as captured:
        html = client.get(article.url, HTTP_HOST="127.0.0.1").content.decode()
    assert "correctionsPolicy" in html
    assert not any("home_infopage" in query["sql"] for query in captured)
    # A policy page withdrawn leaves the articles' structured data at their next request.
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    html = client.get(article.url, HTTP_HOST="127.0.0.1").content.decode()
    publisher = note_json_ld(html)["publisher"]
    assert "publishingPrinciples" not in publisher and "correctionsPolicy" in publisher


# -- The admin -----------------------------------------------------------------------------


def test_an_editor_adds_a_note_without_review_or_publishing_the_draft(editor_client, article):
    live_title = article.title
    draft = article.get_latest_revision_as_object()
    draft.title = "Entwurf, noch nicht geprüft"
    draft.save_revision()
    article.refresh_from_db()
    assert article.has_unpublished_changes
    latest = article.latest_revision_id
    response = editor_client.get(add_url(article))
    assert response.status_code == 200
    response = editor_client.post(
        add_url(article),
        {"kind": "correction", "text": TEXT, "position": "top", "shown_at": ""},
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert CorrectionNote.objects.get().article_id == article.pk
    assert article.title == live_title and article.has_unpublished_changes
    assert article.latest_revision_id == latest
    assert not WorkflowState.objects.exists()
    html = editor_client.get(article.url, HTTP_HOST="127.0.0.1").content.decode()
    assert TEXT in html and "Entwurf" not in html


def test_a_note_without_text_gets_a_german_message(editor_client, article):
    response = editor_client.post(
        add_url(article), {"kind": "correction", "text": "", "position": "top"}
    )
    assert response.status_code == 400
    assert "Dieses Feld muss ausgefüllt werden." in response.content.decode()
    response = editor_client.post(
        add_url(article),
        {"kind": "correction", "text": "x", "position": "top", "shown_at": "2999-01-01 10:00"},
    )
    assert response.status_code == 400
    assert "Zukunft" in response.content.decode()
    assert not CorrectionNote.objects.exists()


def test_an_editor_withdraws_a_note(editor_client, article):
    note = correction_add(article=article, kind="update", text=TEXT)
    url = reverse("articles_admin:withdraw", kwargs={"note_id": note.pk})
    response = editor_client.post(url, {"reason": ""})
    assert response.status_code == 302
    note.refresh_from_db()
    assert not note.withdrawn
    editor_client.post(url, {"reason": "Überholt."})
    note.refresh_from_db()
    assert note.withdrawn and note.withdrawal_reason == "Überholt."
    page = editor_client.get(add_url(article)).content.decode()
    assert "Zurückgezogen am" in page


def test_readers_and_strangers_cannot_add_notes(client, article):
    stranger = User.objects.create_user("leser", "leser@example.org", "pw")
    client.force_login(stranger)
    response = client.post(add_url(article), {"kind": "correction", "text": TEXT})
    assert response.status_code in (302, 403)
    assert not CorrectionNote.objects.exists()


def test_the_article_header_offers_the_button(editor_client, article):
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content
    assert add_url(article).encode() in html
