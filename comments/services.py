"""Writes: new comments, reactions, reports, moderation, deletion (HackSoft style services).

Every change of what readers see (a comment approved, removed after approval) updates the
article's counters with F() in the same transaction and calls core.changes.content_changed.
"""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import (
    APPEAL_MAX_LENGTH,
    AppealOutcome,
    Comment,
    CommentAppeal,
    CommentReaction,
    CommentReport,
    CommentStatus,
    ModerationReason,
    ReportReason,
)
from comments.pipeline import (
    Draft,
    Refused,
    comment_limits,
    pipeline_run,
    text_clean,
    text_fingerprint,
)
from core.changes import content_changed
from engagement.counters import stats_add
from engagement.guard import Limit, limits_check, limits_count, reader_ban
from engagement.identity import Reader, guest_ensure
from engagement.models import ArticleStats


def section_of(article):
    """The article's section (its parent page), or None: one query."""
    from taxonomy.models import SectionPage

    return SectionPage.objects.filter(
        path=article.path[: -article.steplen], depth=article.depth - 1
    ).first()


def _refuse_banned(reader: Reader) -> None:
    if reader_ban(reader) is not None:
        raise Refused(_("You can no longer comment or react here."), code="banned", status=403)


@transaction.atomic
def comment_create(
    *,
    article,
    reader: Reader,
    body: str,
    parent: Comment | None = None,
    honeypot: str = "",
    proof_of_work: str = "",
) -> Comment:
    """Run the pipeline and store the comment, approved or pending. Raises `Refused` (and
    stores nothing, not even a guest number) when the pipeline refuses it."""
    if parent is not None and (
        parent.article_id != article.pk
        or parent.parent_id is not None
        or parent.status != CommentStatus.APPROVED
    ):
        raise Refused(
            _("You can only reply to a published comment of this article."), code="parent"
        )
    _refuse_banned(reader)
    body = text_clean(body or "")
    draft = Draft(
        article=article,
        section=section_of(article),
        reader=reader,
        body=body,
        parent=parent,
        honeypot=honeypot,
        proof_of_work=proof_of_work,
    )
    hold = pipeline_run(draft)
    guest_ensure(reader)
    comment = Comment.objects.create(
        article=article,
        parent=parent,
        user=reader.user,
        guest=reader.guest,
        ip_hash=reader.ip_hash,
        body=body,
        fingerprint=text_fingerprint(body),
        status=CommentStatus.PENDING if hold else CommentStatus.APPROVED,
        held_reason=hold.reason if hold else "",
        held_detail=hold.detail if hold else "",
        created_at=draft.now,
    )
    if comment.status == CommentStatus.APPROVED:
        _counts_follow(comment, +1)
    # Stored: now it counts, against the reader (with their number, new or not) and the address.
    limits_count(comment_limits(reader))
    return comment


def _counts_follow(comment: Comment, sign: int) -> None:
    """A comment became visible (+1) or stopped being visible (-1): its article's comment
    count, its reactions in the interactions, its parent's reply count; then the purge."""
    # Comment rows before the article's counters, everywhere: concurrent writers take their
    # locks in the same order and cannot deadlock.
    if comment.parent_id is not None:
        Comment.objects.filter(pk=comment.parent_id).update(reply_count=F("reply_count") + sign)
    stats_add(
        article_id=comment.article_id,
        comments=sign,
        reactions=sign * (comment.likes + comment.dislikes),
    )
    # A comment changes the pages that show the article (its count on every teaser, the
    # plain comments page), not which articles any list holds.
    content_changed(page_ids=[comment.article_id], reason="comment", kept=False)


def _status_set(comment: Comment, status: str, **fields) -> bool:
    """Move a locked comment to `status`; counters follow. Whether anything changed."""
    was_visible = comment.status == CommentStatus.APPROVED
    if comment.status == status and not fields:
        return False
    comment.status = status
    for name, value in fields.items():
        setattr(comment, name, value)
    comment.save(update_fields=["status", *fields])
    visible = status == CommentStatus.APPROVED
    if visible != was_visible:
        _counts_follow(comment, +1 if visible else -1)
    return True


ACTIONS = {
    "approve": CommentStatus.APPROVED,
    "reject": CommentStatus.REJECTED,
    "spam": CommentStatus.SPAM,
}


@dataclass(frozen=True)
class ModerationResult:
    changed: int
    unchanged: int


def comments_moderate(*, comment_ids, action: str, reason: str = "", moderator) -> ModerationResult:
    """Approve, reject or mark as spam; resolves the comments' open reports (they stay on
    the comment). One transaction; rows are locked so concurrent moderators and reactions do
    not step on each other's counts."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if reason and reason not in ModerationReason.values:
        raise ValueError(f"unknown reason {reason!r}")
    if not reason:
        reason = ModerationReason.OK if action == "approve" else ModerationReason.OTHER
    now = timezone.now()
    changed = unchanged = 0
    with transaction.atomic():
        comments = Comment.objects.select_for_update().filter(pk__in=list(comment_ids))
        for comment in comments.exclude(status=CommentStatus.DELETED).order_by("pk"):
            if comment.status == ACTIONS[action] and not comment.open_reports:
                unchanged += 1
                continue
            _status_set(
                comment,
                ACTIONS[action],
                moderation_reason=reason,
                moderated_at=now,
                moderated_by=moderator,
                open_reports=0,
            )
            changed += 1
        CommentReport.objects.filter(
            comment_id__in=list(comment_ids), resolved_at__isnull=True
        ).update(resolved_at=now)
    return ModerationResult(changed=changed, unchanged=unchanged)


@transaction.atomic
def comment_delete_own(*, comment: Comment, reader: Reader) -> None:
    """A registered reader deletes their own comment: its text is gone for good; a comment
    with published replies stays as a placeholder so the replies keep their context."""
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if reader.user is None or comment.user_id != reader.user.pk:
        raise Refused(_("You can only delete your own comments."), code="not_own", status=403)
    if comment.status == CommentStatus.DELETED:
        return
    _status_set(comment, CommentStatus.DELETED, body="", fingerprint="")


def reaction_limits(reader: Reader) -> list[Limit]:
    """Checked before a reaction, counted when it changed something (engagement.guard)."""
    per_minute = 20 if reader.is_guest or reader.is_new_account else 40
    return [
        Limit(f"react:{reader.key or reader.ip_hash}", per_minute, 60),
        Limit(f"react:ip:{reader.ip_hash}", 120, 60),
    ]


@transaction.atomic
def comment_react(*, comment: Comment, reader: Reader, value: int) -> tuple[Comment, int]:
    """Set the reader's reaction: 1 (up), -1 (down) or 0 (none). Returns the comment with
    fresh counts and the reader's reaction. One per reader and comment."""
    if value not in (1, -1, 0):
        raise Refused(_("Unknown reaction."), code="value")
    _refuse_banned(reader)
    if exceeded := limits_check(reaction_limits(reader)):
        raise Refused(
            _("You are reacting very quickly.") + " " + exceeded.wait_text,
            code="rate_limited",
            status=429,
            retry_after=exceeded.retry_after,
        )
    # The lock orders this reaction after any moderation of the comment (and its counts).
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if comment.status != CommentStatus.APPROVED:
        raise Refused(_("This comment is not published."), code="not_published", status=404)
    if value and reader.key is None:
        guest_ensure(reader)
    who = {"user": reader.user} if reader.user is not None else {"guest": reader.guest}
    existing = None
    if reader.key is not None:
        existing = CommentReaction.objects.filter(comment=comment, **who).first()
    old = existing.value if existing else 0
    if old == value:
        return comment, value
    if existing and value:
        existing.value = value
        existing.save(update_fields=["value"])
    elif existing:
        existing.delete()
    else:
        CommentReaction.objects.create(comment=comment, value=value, **who)
    likes = (value == 1) - (old == 1)
    dislikes = (value == -1) - (old == -1)
    Comment.objects.filter(pk=comment.pk).update(
        likes=F("likes") + likes, dislikes=F("dislikes") + dislikes
    )
    stats_add(article_id=comment.article_id, reactions=likes + dislikes)
    limits_count(reaction_limits(reader))
    comment.refresh_from_db(fields=["likes", "dislikes"])
    return comment, value


def report_limits(reader: Reader) -> list[Limit]:
    return [
        Limit(f"report:{reader.key or reader.ip_hash}", 10, 3600),
        Limit(f"report:ip:{reader.ip_hash}", 30, 3600),
    ]


@transaction.atomic
def comment_report(*, comment: Comment, reader: Reader, reason: str, note: str = "") -> None:
    """Record a reader's report; the comment appears in the moderators' «reported» list."""
    if reason not in ReportReason.values:
        raise Refused(_("Please choose a reason for your report."), code="reason")
    note = text_clean(note or "")
    if len(note) > 500:
        raise Refused(_("Please keep the note under 500 characters."), code="note")
    if exceeded := limits_check(report_limits(reader)):
        raise Refused(
            _("You have sent many reports.") + " " + exceeded.wait_text,
            code="rate_limited",
            status=429,
            retry_after=exceeded.retry_after,
        )
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if comment.status != CommentStatus.APPROVED:
        raise Refused(_("This comment is not published."), code="not_published", status=404)
    guest_ensure(reader)
    try:
        with transaction.atomic():
            CommentReport.objects.create(
                comment=comment,
                reason=reason,
                note=note,
                user=reader.user,
                guest=reader.guest,
                ip_hash=reader.ip_hash,
            )
    except IntegrityError:
        raise Refused(
            _("You have already reported this comment. Thank you."), code="already_reported"
        ) from None
    Comment.objects.filter(pk=comment.pk).update(
        report_count=F("report_count") + 1, open_reports=F("open_reports") + 1
    )
    limits_count(report_limits(reader))


@transaction.atomic
def comments_anonymise(*, user) -> int:
    """An account is deleted: its comments stay for the discussion's sake, with no account
    and no address hash; readers see «Gelöschtes Konto». Returns how many were kept."""
    return Comment.objects.filter(user=user).update(user=None, guest=None, ip_hash="")


def _is_author(comment: Comment, reader: Reader) -> bool:
    if reader.user is not None:
        return comment.user_id == reader.user.pk
    return reader.guest is not None and comment.guest_id == reader.guest.pk


@transaction.atomic
def appeal_create(*, comment: Comment, reader: Reader, text: str) -> CommentAppeal:
    """The author objects to the rejection of their comment, once; the appeal waits in the
    moderators' «Einsprüche» list. Comments marked as spam cannot be appealed."""
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if not _is_author(comment, reader):
        raise Refused(
            _("Only the author of a comment can object to its rejection."),
            code="not_own",
            status=403,
        )
    if comment.status != CommentStatus.REJECTED:
        raise Refused(
            _("Only a rejected comment can be appealed."), code="not_rejected", status=409
        )
    if CommentAppeal.objects.filter(comment=comment).exists():
        raise Refused(
            _("You have already objected to this decision. A comment can be appealed once."),
            code="already_appealed",
            status=409,
        )
    text = text_clean(text or "")
    if not text:
        raise Refused(_("Please say in a few words why the comment should appear."), code="text")
    if len(text) > APPEAL_MAX_LENGTH:
        raise Refused(
            _("Please keep your appeal under %(max)s characters.") % {"max": APPEAL_MAX_LENGTH},
            code="text",
        )
    return CommentAppeal.objects.create(comment=comment, text=text)


@transaction.atomic
def appeal_answer(*, appeal: CommentAppeal, moderator, answer: str, outcome: str) -> CommentAppeal:
    """A moderator's answer to an appeal; the author sees it on their next visit.
    Overturning approves the comment through comments_moderate, so the counts and the
    purge follow as for any approval."""
    appeal = CommentAppeal.objects.select_for_update().get(pk=appeal.pk)
    if appeal.answered_at is not None:
        raise Refused(_("This appeal has already been answered."), code="answered", status=409)
    if outcome not in AppealOutcome.values:
        raise Refused(_("Please choose whether the rejection stands."), code="outcome")
    answer = text_clean(answer or "")
    if not answer:
        raise Refused(_("Please write an answer for the author."), code="answer")
    if len(answer) > 1000:
        raise Refused(_("Please keep the answer under 1000 characters."), code="answer")
    appeal.answer = answer
    appeal.outcome = outcome
    appeal.answered_at = timezone.now()
    appeal.answered_by = moderator
    appeal.save(update_fields=["answer", "outcome", "answered_at", "answered_by"])
    if outcome == AppealOutcome.OVERTURNED:
        comments_moderate(
            comment_ids=[appeal.comment_id],
            action="approve",
            reason=ModerationReason.OK,
            moderator=moderator,
        )
    return appeal


@dataclass
class ImportedComment:
    """One comment of another system, checked by the importer: `parent` is another
    comment's `external_id` (of this list or imported before) or empty, `status` "published"
    or "pending"."""

    external_id: str
    parent: str
    author_name: str
    created_at: object  # an aware datetime
    text: str
    status: str


@dataclass
class CommentsImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)


@transaction.atomic
def comments_import(*, article, records: list[ImportedComment]) -> CommentsImportResult:
    """Store the comments of an imported article (docs/import-format.md, «comments»).

    Idempotent by `external_id` within the article: a second import updates what changed
    and leaves the rest alone; a comment that a moderator has since rejected, marked as spam
    or that its author deleted keeps that state. Threads deeper than the site's one level of
    replies hang under their top-level ancestor. Imported comments bypass the pipeline and the
    rate limits (they are not what a reader does now) and do not count in the current hour's
    interactions; the article's comment count and the replies' counts follow in the same
    transaction, as for a comment written on the site."""
    result = CommentsImportResult()
    by_id = {record.external_id: record for record in records}
    stored = {
        comment.external_id: comment
        for comment in Comment.objects.filter(article=article).exclude(external_id="")
    }

    def top_of(record: ImportedComment) -> str:
        """The external id of the record's top-level ancestor ("" if it is one)."""
        seen, current = {record.external_id}, record
        while current.parent:
            if current.parent in seen:  # a loop: cut it here
                return ""
            seen.add(current.parent)
            parent = by_id.get(current.parent)
            if parent is None:
                return current.parent if current.parent in stored else ""
            current = parent
        return current.external_id if current is not record else ""

    for record in records:
        if record.parent and record.parent not in by_id and record.parent not in stored:
            result.warnings.append(
                _("comment %(id)s answers an unknown comment and is shown as a comment of its own")
                % {"id": record.external_id}
            )
    # Top-level comments first, each list in the order they were written: ids follow time.
    tops = {record.external_id: top_of(record) for record in records}
    ordered = sorted(records, key=lambda r: (bool(tops[r.external_id]), r.created_at))
    comments_delta = 0
    replies_delta: dict[int, int] = {}
    for record in ordered:
        parent = stored.get(tops[record.external_id]) if tops[record.external_id] else None
        status = CommentStatus.APPROVED if record.status == "published" else CommentStatus.PENDING
        values = {
            "parent": parent,
            "body": record.text,
            "fingerprint": text_fingerprint(record.text),
            "imported_name": record.author_name[:120],
            "created_at": record.created_at,
        }
        comment = stored.get(record.external_id)
        was_visible = comment is not None and comment.status == CommentStatus.APPROVED
        if comment is None:
            comment = Comment.objects.create(
                article=article, external_id=record.external_id, status=status, **values
            )
            stored[record.external_id] = comment
            result.created += 1
        else:
            if comment.status in (CommentStatus.PENDING, CommentStatus.APPROVED):
                values["status"] = status
            changed = [name for name, value in values.items() if getattr(comment, name) != value]
            if not changed:
                result.unchanged += 1
                continue
            old_parent_id = comment.parent_id
            for name in changed:
                setattr(comment, name, values[name])
            comment.save(update_fields=changed)
            result.updated += 1
            if was_visible and old_parent_id is not None:
                replies_delta[old_parent_id] = replies_delta.get(old_parent_id, 0) - 1
        visible = comment.status == CommentStatus.APPROVED
        if was_visible != visible:
            comments_delta += 1 if visible else -1
        if visible and comment.parent_id is not None:
            replies_delta[comment.parent_id] = replies_delta.get(comment.parent_id, 0) + 1
    # Rows before counters, as everywhere (comments.services._counts_follow).
    for parent_id, delta in sorted(replies_delta.items()):
        if delta:
            Comment.objects.filter(pk=parent_id).update(reply_count=F("reply_count") + delta)
    if comments_delta:
        ArticleStats.objects.bulk_create(
            [ArticleStats(article_id=article.pk)], ignore_conflicts=True
        )
        ArticleStats.objects.filter(pk=article.pk).update(comments=F("comments") + comments_delta)
    if result.created or result.updated:
        content_changed(page_ids=[article.pk], reason="comment", kept=False)
    return result
