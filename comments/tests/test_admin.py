"""The moderation queue in the Wagtail admin (German), its dashboard counts and bans. The tests
that need no article (unknown tabs and people, the word list) are in test_admin_apart.py."""

import copy

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from comments.models import Comment, CommentStatus
from comments.services import comment_create, comment_report, comments_moderate
from comments.tests.conftest import solved
from engagement.models import ArticleStats, Ban


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


def editor_logged_in() -> Client:
    user = User.objects.create_superuser("chefin", "chefin@example.org", "pw")
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def editor_client(db):
    return editor_logged_in()


@pytest.fixture
def pending(article, guest_reader):
    def build(count=1):
        return [
            comment_create(
                article=article,
                reader=guest_reader(ip=f"192.0.2.{n}"),
                body=f"Kommentar {n}",
                proof_of_work=solved(),
            )
            for n in range(count)
        ]

    return build


def test_the_queue_lists_pending_comments_with_their_reason(editor_client, pending):
    [comment] = pending()
    html = editor_client.get("/admin/comments/").content.decode()
    assert "Kommentar 0" in html and "Von einem Gast geschrieben (Vorab-Moderation)" in html
    assert "Wartend (1)" in html and "Gemeldet (0)" in html
    assert f"?guest={comment.guest_id}" in html


def test_bulk_approval_publishes_and_counts(editor_client, pending, article):
    comments = pending(3)
    response = editor_client.post(
        "/admin/comments/?status=pending",
        {"ids": [c.pk for c in comments], "action": "approve", "reason": ""},
    )
    assert response.status_code == 302
    assert Comment.objects.filter(status=CommentStatus.APPROVED).count() == 3
    assert ArticleStats.objects.get(pk=article.pk).comments == 3
    follow = editor_client.get(response.url).content.decode()
    assert "3 Kommentare sind jetzt «Freigegeben»." in follow


def test_rejecting_with_a_reason_code(editor_client, pending):
    [comment] = pending()
    editor_client.post(
        "/admin/comments/", {"ids": [comment.pk], "action": "reject", "reason": "abuse"}
    )
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED and comment.moderation_reason == "abuse"
    assert comment.moderated_by == editor_client.user
    html = editor_client.get("/admin/comments/?status=rejected").content.decode()
    assert "Beleidigung oder Hass" in html


@pytest.mark.parametrize(
    "data",
    [
        {"action": "approve"},
        {"ids": ["x"], "action": "approve"},
        {"ids": ["1"], "action": "publish"},
        {"ids": ["1"], "action": "reject", "reason": "boring"},
    ],
)
def test_bad_moderation_requests_change_nothing(editor_client, pending, data):
    [comment] = pending()
    data = {**data, "ids": [str(comment.pk) if i == "1" else i for i in data.get("ids", [])]}
    response = editor_client.post("/admin/comments/", data)
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING


def test_reported_comments_have_their_own_list(
    editor_client, article, account_reader, guest_reader
):
    comment = comment_create(
        article=article, reader=account_reader(), body="Umstritten", proof_of_work=solved()
    )
    comment_report(comment=comment, reader=guest_reader(), reason="abuse", note="Hass")
    html = editor_client.get("/admin/comments/?status=reported").content.decode()
    assert "Umstritten" in html and "Gemeldet: Beleidigung oder Hass – «Hass»" in html
    comments_moderate(comment_ids=[comment.pk], action="approve", moderator=editor_client.user)
    assert (
        "Umstritten" not in editor_client.get("/admin/comments/?status=reported").content.decode()
    )
    # The report stays on the approved comment.
    html = editor_client.get("/admin/comments/?status=approved").content.decode()
    assert "«Hass»" in html and "geprüft" in html


def test_a_commenters_history_and_ban(editor_client, pending):
    [comment] = pending()
    url = f"/admin/comments/history/?guest={comment.guest_id}"
    html = editor_client.get(url).content.decode()
    assert "Kommentar 0" in html and "1 Kommentare, 0 freigegeben" in html
    response = editor_client.post(
        f"/admin/comments/ban/?guest={comment.guest_id}", {"reason": "Spam", "days": "7"}
    )
    assert response.status_code == 302
    ban = Ban.objects.get(guest=comment.guest)
    assert ban.reason == "Spam" and ban.until is not None and ban.created_by == editor_client.user
    assert "Gesperrt" in editor_client.get(url).content.decode()
    editor_client.post(f"/admin/comments/ban/?guest={comment.guest_id}", {"lift": "1"})
    assert "Diese Person sperren" in editor_client.get(url).content.decode()


def test_banning_an_account(editor_client, article, account_reader):
    reader = account_reader()
    editor_client.post(f"/admin/comments/ban/?user={reader.user.pk}", {"reason": "Hetze"})
    assert Ban.objects.get(user=reader.user).until is None


def test_the_dashboard_counts_waiting_and_reported_comments(editor_client, pending):
    pending(2)
    html = editor_client.get("/admin/").content.decode()
    assert "2 Kommentare warten" in html and "0 gemeldete Kommentare" in html


def test_only_moderators_see_the_queue(db, pending):
    pending()
    editor = User.objects.create_user("redaktor", "r@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(editor)
    assert client.get("/admin/comments/").status_code == 302
    moderator = User.objects.create_user("moderatorin", "m@example.org", "pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)
    assert client.get("/admin/comments/").status_code == 200


def test_the_queue_shows_comment_text_as_text(editor_client, article, guest_reader):
    comment_create(
        article=article,
        reader=guest_reader(),
        body="<script>alert('x')</script>\n<b>fett</b>",
        proof_of_work=solved(),
    )
    html = editor_client.get("/admin/comments/").content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;<br>&lt;b&gt;fett&lt;/b&gt;" in html
    assert "<script>alert" not in html


# -- appeals -------------------------------------------------------------------------------------


@pytest.fixture
def appealed(article, guest_reader):
    from comments.services import appeal_create

    reader = guest_reader()
    comment = comment_create(
        article=article, reader=reader, body="Meine Meinung.", proof_of_work=solved()
    )
    comments_moderate(comment_ids=[comment.pk], action="reject", reason="abuse", moderator=None)
    return appeal_create(comment=comment, reader=reader, text="Das war keine Beleidigung.")


def test_moderators_see_appeals_and_overturn_one(editor_client, appealed, article):
    html = editor_client.get("/admin/comments/").content.decode()
    assert "Einsprüche (1)" in html
    html = editor_client.get("/admin/comments/?status=appeals").content.decode()
    assert "«Das war keine Beleidigung.»" in html and "Meine Meinung." in html
    assert "1 Einspruch wartet" in editor_client.get("/admin/").content.decode()
    url = f"/admin/comments/appeals/{appealed.pk}/answer/"
    response = editor_client.post(url, {"answer": "Sie haben recht.", "outcome": "overturned"})
    assert response.status_code == 302
    follow = editor_client.get(response.url).content.decode()
    assert "Der Einspruch ist beantwortet" in follow and "Einsprüche (0)" in follow
    appealed.refresh_from_db()
    assert appealed.answered_by == editor_client.user and appealed.outcome == "overturned"
    # Overturned: published through the moderation service, so the count follows.
    comment = Comment.objects.get(pk=appealed.comment_id)
    assert comment.status == CommentStatus.APPROVED
    assert ArticleStats.objects.get(pk=article.pk).comments == 1
    # Answered once: a second answer changes nothing.
    editor_client.post(url, {"answer": "Doch nicht.", "outcome": "upheld"})
    appealed.refresh_from_db()
    assert appealed.answer == "Sie haben recht." and appealed.outcome == "overturned"
    # The commenter's history shows the appeal and the answer.
    history = editor_client.get(f"/admin/comments/history/?guest={comment.guest_id}")
    html = history.content.decode()
    assert "«Das war keine Beleidigung.»" in html and "«Sie haben recht.»" in html
    assert "Aufgehoben: Der Kommentar ist veröffentlicht" in html


@pytest.mark.parametrize(
    "data", [{"answer": "", "outcome": "upheld"}, {"answer": "Nein.", "outcome": "maybe"}, {}]
)
def test_an_appeal_answer_needs_a_text_and_a_decision(editor_client, appealed, data):
    response = editor_client.post(f"/admin/comments/appeals/{appealed.pk}/answer/", data)
    follow = editor_client.get(response.url).content.decode()
    assert "Bitte schreiben Sie eine Antwort und wählen Sie einen Entscheid." in follow
    appealed.refresh_from_db()
    assert appealed.answered_at is None
    assert Comment.objects.get(pk=appealed.comment_id).status == CommentStatus.REJECTED


def test_upholding_keeps_the_comment_rejected(editor_client, appealed):
    editor_client.post(
        f"/admin/comments/appeals/{appealed.pk}/answer/",
        {"answer": "Die Ablehnung bleibt.", "outcome": "upheld"},
    )
    appealed.refresh_from_db()
    assert appealed.outcome == "upheld" and appealed.answer == "Die Ablehnung bleibt."
    assert Comment.objects.get(pk=appealed.comment_id).status == CommentStatus.REJECTED


def test_appeals_are_for_moderators_only(client, appealed, django_user_model):
    user = django_user_model.objects.create_user("leser", "l@example.org", "pw")
    client.force_login(user)
    response = client.post(
        f"/admin/comments/appeals/{appealed.pk}/answer/", {"answer": "x", "outcome": "overturned"}
    )
    assert response.status_code in (302, 403)
    appealed.refresh_from_db()
    assert appealed.answered_at is None
