"""Storing, moderating, reacting, reporting, deleting: rows and counters move together. The
reply across two articles of its own is in test_services_apart.py."""

import copy

import pytest
from django.contrib.auth.models import User

from comments.models import (
    Comment,
    CommentReaction,
    CommentReport,
    CommentStatus,
    HoldReason,
    ModerationReason,
)
from comments.pipeline import Refused
from comments.services import (
    comment_create,
    comment_delete_own,
    comment_react,
    comment_report,
    comments_anonymise,
    comments_moderate,
)
from comments.tests.conftest import solved
from engagement.models import ArticleStats, ArticleViewHour, Ban, Guest


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


@pytest.fixture
def editor(db):
    return User.objects.create_superuser("redaktorin", "redaktion@example.org", "pw")


@pytest.fixture
def changes(monkeypatch):
    """Every content_changed call the comment services make."""
    calls = []
    monkeypatch.setattr("comments.services.content_changed", lambda **kwargs: calls.append(kwargs))
    return calls


def stats(article) -> ArticleStats:
    return ArticleStats.objects.filter(pk=article.pk).first() or ArticleStats()


def create(article, reader, body="Ein sachlicher Beitrag.", **kwargs):
    return comment_create(
        article=article, reader=reader, body=body, proof_of_work=solved(), **kwargs
    )


def test_a_guests_comment_is_stored_pending_with_its_reason(article, guest_reader, changes):
    reader = guest_reader(known=False)
    comment = create(article, reader)
    assert comment.status == CommentStatus.PENDING and comment.held_reason == HoldReason.GUEST
    # The guest got a number only now that the comment is accepted.
    assert comment.guest is not None and reader.guest == comment.guest
    assert comment.author_name == f"User #{comment.guest.number} (nicht angemeldet)"
    assert stats(article).comments == 0 and changes == []


def test_an_accounts_comment_is_published_at_once(article, account_reader, changes):
    comment = create(article, account_reader())
    assert comment.status == CommentStatus.APPROVED
    assert stats(article).comments == 1 and stats(article).interactions == 1
    assert changes == [{"page_ids": [article.pk], "reason": "comment", "kept": False}]


def test_a_refused_comment_stores_nothing_not_even_a_guest(article, guest_reader):
    with pytest.raises(Refused):
        comment_create(article=article, reader=guest_reader(known=False), body="", proof_of_work="")
    assert not Comment.objects.exists() and not Guest.objects.exists()


def test_the_text_is_stored_cleaned_but_as_written(article, account_reader):
    comment = create(article, account_reader(), body="  <b>Hallo</b>\r\nzweite Zeile  ")
    assert comment.body == "<b>Hallo</b>\nzweite Zeile"


def test_no_reply_to_a_comment_that_is_not_published(article, account_reader, guest_reader):
    pending = create(article, guest_reader())
    with pytest.raises(Refused):
        create(article, account_reader(), parent=pending, body="Antwort")


def test_a_banned_reader_cannot_comment(article, guest_reader):
    reader = guest_reader()
    Ban.objects.create(guest=reader.guest, reason="Spam")
    with pytest.raises(Refused) as refusal:
        create(article, reader)
    assert refusal.value.code == "banned" and not Comment.objects.exists()


# -- moderation ------------------------------------------------------------------------------


def test_approving_publishes_counts_and_purges_once(article, guest_reader, editor, changes):
    comments = [
        create(article, guest_reader(ip=f"192.0.2.{n}"), body=f"Text {n}") for n in range(3)
    ]
    result = comments_moderate(
        comment_ids=[c.pk for c in comments], action="approve", moderator=editor
    )
    assert result.changed == 3
    assert stats(article).comments == 3
    assert Comment.objects.filter(status=CommentStatus.APPROVED).count() == 3
    approved = Comment.objects.get(pk=comments[0].pk)
    assert approved.moderated_by == editor and approved.moderation_reason == ModerationReason.OK
    assert {call["reason"] for call in changes} == {"comment"}
    # Approving again changes nothing and counts nothing twice.
    assert (
        comments_moderate(
            comment_ids=[c.pk for c in comments], action="approve", moderator=editor
        ).unchanged
        == 3
    )
    assert stats(article).comments == 3


def test_rejecting_a_published_comment_takes_it_and_its_reactions_off_the_counts(
    article, account_reader, guest_reader, editor, changes
):
    comment = create(article, account_reader())
    comment_react(comment=comment, reader=guest_reader(), value=1)
    assert stats(article).interactions == 2
    comments_moderate(comment_ids=[comment.pk], action="reject", reason="abuse", moderator=editor)
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED and comment.moderation_reason == "abuse"
    assert (stats(article).comments, stats(article).reactions) == (0, 0)
    assert len(changes) == 2  # published, then removed
    comments_moderate(comment_ids=[comment.pk], action="approve", moderator=editor)
    assert (stats(article).comments, stats(article).reactions) == (1, 1)
    # The hour's row (the desk's numbers) followed every step: net +1 comment, +1 reaction.
    hour = ArticleViewHour.objects.get(article=article)
    assert (hour.comments, hour.reactions) == (1, 1)


def test_unknown_actions_and_reasons_are_refused(article, editor):
    with pytest.raises(ValueError):
        comments_moderate(comment_ids=[], action="publish", moderator=editor)
    with pytest.raises(ValueError):
        comments_moderate(comment_ids=[], action="reject", reason="boring", moderator=editor)


def test_reports_stay_on_the_comment_after_approval(article, account_reader, guest_reader, editor):
    comment = create(article, account_reader())
    comment_report(comment=comment, reader=guest_reader(), reason="abuse", note="Beleidigend")
    comment.refresh_from_db()
    assert (comment.report_count, comment.open_reports) == (1, 1)
    comments_moderate(comment_ids=[comment.pk], action="approve", moderator=editor)
    comment.refresh_from_db()
    assert (comment.report_count, comment.open_reports) == (1, 0)
    report = CommentReport.objects.get(comment=comment)
    assert report.note == "Beleidigend" and report.resolved_at is not None


def test_a_reader_reports_a_comment_once(article, account_reader, guest_reader):
    comment = create(article, account_reader())
    reporter = guest_reader()
    comment_report(comment=comment, reader=reporter, reason="spam")
    with pytest.raises(Refused) as refusal:
        comment_report(comment=comment, reader=reporter, reason="spam")
    assert refusal.value.code == "already_reported"
    with pytest.raises(Refused):
        comment_report(comment=comment, reader=guest_reader(ip="192.0.2.99"), reason="boring")
    assert CommentReport.objects.count() == 1


# -- reactions -------------------------------------------------------------------------------


def test_one_reaction_per_reader_changeable_and_removable(article, account_reader, guest_reader):
    comment = create(article, account_reader())
    reader = guest_reader()
    comment, value = comment_react(comment=comment, reader=reader, value=1)
    assert (comment.likes, comment.dislikes, value) == (1, 0, 1)
    comment, _ = comment_react(comment=comment, reader=reader, value=1)
    assert (comment.likes, comment.dislikes) == (1, 0)
    comment, _ = comment_react(comment=comment, reader=reader, value=-1)
    assert (comment.likes, comment.dislikes) == (0, 1)
    assert stats(article).reactions == 1
    comment, value = comment_react(comment=comment, reader=reader, value=0)
    assert (comment.likes, comment.dislikes, value) == (0, 0, 0)
    assert stats(article).reactions == 0 and not CommentReaction.objects.exists()


def test_reactions_only_on_published_comments(article, guest_reader):
    pending = create(article, guest_reader())
    with pytest.raises(Refused):
        comment_react(comment=pending, reader=guest_reader(ip="192.0.2.5"), value=1)


# -- deleting --------------------------------------------------------------------------------


def test_readers_delete_their_own_comments_only(article, account_reader, changes):
    author, other = account_reader("autorin"), account_reader("andere", ip="192.0.2.3")
    comment = create(article, author)
    with pytest.raises(Refused):
        comment_delete_own(comment=comment, reader=other)
    comment_delete_own(comment=comment, reader=author)
    comment.refresh_from_db()
    assert comment.status == CommentStatus.DELETED and comment.body == ""
    assert stats(article).comments == 0 and len(changes) == 2


def test_anonymising_an_accounts_comments_keeps_them_without_a_trace(article, account_reader):
    reader = account_reader()
    comment = create(article, reader)
    other = create(article, account_reader("nachbar"), body="Ein anderer Beitrag.")
    assert comments_anonymise(user=reader.user) == 1
    comment.refresh_from_db()
    assert comment.user is None and comment.guest is None and comment.ip_hash == ""
    assert comment.author_name == "Gelöschtes Konto" and comment.body
    other.refresh_from_db()
    assert other.user is not None and other.ip_hash


# -- appeals -------------------------------------------------------------------------------------


def test_an_account_appeals_a_rejection_and_an_overturn_publishes(
    article, account_reader, editor, changes
):
    from comments.models import CommentAppeal
    from comments.services import appeal_answer, appeal_create

    reader = account_reader()
    comment = create(article, reader)
    comments_moderate(comment_ids=[comment.pk], action="reject", reason="abuse", moderator=editor)
    assert stats(article).comments == 0
    appeal = appeal_create(comment=comment, reader=reader, text="  Bitte nochmals prüfen.  ")
    assert appeal.text == "Bitte nochmals prüfen." and appeal.answered_at is None
    with pytest.raises(Refused) as refused:
        appeal_answer(appeal=appeal, moderator=editor, answer="  ", outcome="overturned")
    assert refused.value.code == "answer"
    with pytest.raises(Refused):
        appeal_answer(appeal=appeal, moderator=editor, answer="Ja.", outcome="maybe")
    changes.clear()
    appeal_answer(appeal=appeal, moderator=editor, answer="Sie haben recht.", outcome="overturned")
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED and stats(article).comments == 1
    assert len(changes) == 1  # purged like any approval
    with pytest.raises(Refused) as refused:
        appeal_answer(appeal=appeal, moderator=editor, answer="Doch nicht.", outcome="upheld")
    assert refused.value.code == "answered"
    assert CommentAppeal.objects.get().answer == "Sie haben recht."


def test_spam_and_published_comments_cannot_be_appealed(article, guest_reader, editor):
    from comments.models import CommentAppeal
    from comments.services import appeal_create

    reader = guest_reader()
    spam = create(article, reader, body="Billige Uhren kaufen!")
    comments_moderate(comment_ids=[spam.pk], action="spam", reason="spam", moderator=editor)
    published = create(article, reader, body="Ein anderer Beitrag.")
    comments_moderate(comment_ids=[published.pk], action="approve", moderator=editor)
    for comment in (spam, published):
        with pytest.raises(Refused) as refused:
            appeal_create(comment=comment, reader=reader, text="Warum?")
        assert refused.value.code == "not_rejected"
    assert not CommentAppeal.objects.exists()
