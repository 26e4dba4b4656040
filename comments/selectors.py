"""Reads: the comments readers see, page by page, in a fixed number of queries (docs/design.md §5).

A page is PAGE_SIZE top-level comments (one query) with up to REPLIES_SHOWN replies each (one
query for all of them), plus the reader's own reactions to them (one query). The first page
adds, for a reader who has written before (one query), their own comments that others do not
see: waiting for a moderator, or rejected with the reason and their appeal. «Weitere
Kommentare laden» continues after a cursor (the last comment's id, and its likes when sorted
by likes), so comments arriving meanwhile neither repeat nor vanish.
"""

import re
from dataclasses import dataclass

from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber
from django.utils.translation import gettext as _

from comments.models import Comment, CommentReaction, CommentStatus, reason_public_text
from core.errors import Refused
from core.params import whole_number
from core.templatetags.depesche import dateline_time
from engagement.identity import Reader
from engagement.models import ArticleStats

PAGE_SIZE = 20
REPLIES_SHOWN = 50
SORTS = ("newest", "oldest", "liked")
# «likes.id» or «id»: ASCII digits only, each part checked by core.params.whole_number.
CURSOR = re.compile(r"(?:([0-9]{1,10})\.)?([0-9]{1,19})")


def _bad_query() -> Refused:
    return Refused(
        _("The list of comments could not be loaded: unknown order or position."), code="query"
    )


OWN_SHOWN = 20


@dataclass(frozen=True)
class CommentPage:
    comments: list[dict]
    next_cursor: str | None
    # The reader's own comments not (yet) published, newest first: first page only.
    own: list[dict] = ()


REMOVED = (CommentStatus.DELETED, CommentStatus.REJECTED, CommentStatus.SPAM)


def _visible(queryset):
    """Published comments, and comments no longer published (deleted by their author,
    rejected after approval) whose published replies still need them, as placeholders."""
    return queryset.filter(
        Q(status=CommentStatus.APPROVED) | Q(status__in=REMOVED, reply_count__gt=0)
    )


def cursor_parse(sort: str, after: str | None) -> tuple[int, int] | None:
    if not after:
        return None
    match = CURSOR.fullmatch(after) if isinstance(after, str) else None
    if not match or (sort == "liked") != (match.group(1) is not None):
        raise _bad_query()
    likes = whole_number(match.group(1) or "0", minimum=0)
    pk = whole_number(match.group(2))
    if likes is None or pk is None:
        raise _bad_query()
    return likes, pk


def _cursor(sort: str, comment: Comment) -> str:
    return f"{comment.likes}.{comment.pk}" if sort == "liked" else str(comment.pk)


def comments_page(
    *,
    article_id: int,
    reader: Reader,
    sort: str = "newest",
    after: str | None = None,
    replies_to: Comment | None = None,
) -> CommentPage:
    """One page of an article's comments as the page's script shows them; or, with
    `replies_to`, the replies of one comment after the first REPLIES_SHOWN (oldest first)."""
    if sort not in SORTS:
        raise _bad_query()
    if replies_to is not None:
        sort = "oldest"
    cursor = cursor_parse(sort, after)
    comments = Comment.objects.select_related("user__reader_profile", "guest")
    if replies_to is not None:
        comments = comments.filter(parent=replies_to, status=CommentStatus.APPROVED)
    else:
        comments = _visible(comments.filter(article_id=article_id, parent__isnull=True))
    if cursor is not None:
        likes, pk = cursor
        comments = comments.filter(
            {
                "newest": Q(pk__lt=pk),
                "oldest": Q(pk__gt=pk),
                "liked": Q(likes__lt=likes) | Q(likes=likes, pk__lt=pk),
            }[sort]
        )
    order = {"newest": ["-pk"], "oldest": ["pk"], "liked": ["-likes", "-pk"]}[sort]
    page = list(comments.order_by(*order)[: PAGE_SIZE + 1])
    more = len(page) > PAGE_SIZE
    page = page[:PAGE_SIZE]

    replies: dict[int, list[Comment]] = {}
    if replies_to is None and any(c.reply_count for c in page):
        shown = (
            Comment.objects.select_related("user__reader_profile", "guest")
            .filter(parent__in=[c.pk for c in page if c.reply_count], status=CommentStatus.APPROVED)
            .annotate(
                position=Window(RowNumber(), partition_by=F("parent_id"), order_by=F("pk").asc())
            )
            .filter(position__lte=REPLIES_SHOWN)
            .order_by("pk")
        )
        for reply in shown:
            replies.setdefault(reply.parent_id, []).append(reply)

    ids = [c.pk for c in page] + [r.pk for rs in replies.values() for r in rs]
    mine: dict[int, int] = {}
    if reader.key is not None and ids:
        who = {"user": reader.user} if reader.user is not None else {"guest": reader.guest}
        mine = dict(
            CommentReaction.objects.filter(comment__in=ids, **who).values_list(
                "comment_id", "value"
            )
        )

    def serialise(comment: Comment, *, with_replies: bool) -> dict:
        data = comment_data(comment, reader=reader, reaction=mine.get(comment.pk, 0))
        if with_replies:
            shown_replies = replies.get(comment.pk, [])
            data["replies"] = [serialise(r, with_replies=False) for r in shown_replies]
            data["more_replies"] = comment.reply_count > len(shown_replies)
        return data

    own = []
    if replies_to is None and cursor is None and reader.key is not None:
        own = [own_comment_data(c, reader=reader) for c in own_unpublished(article_id, reader)]
    return CommentPage(
        comments=[serialise(c, with_replies=replies_to is None) for c in page],
        next_cursor=_cursor(sort, page[-1]) if more else None,
        own=own,
    )


def own_unpublished(article_id: int, reader: Reader) -> list[Comment]:
    """The reader's comments on the article that only they see, newest first (one query):
    waiting for a moderator; rejected (not spam: docs/moderation.md); and any they appealed,
    for the moderator's answer (an overturned one is published by then)."""
    who = {"user": reader.user} if reader.user is not None else {"guest": reader.guest}
    return list(
        Comment.objects.select_related("user__reader_profile", "guest", "appeal")
        .filter(article_id=article_id, **who)
        .filter(
            Q(status__in=[CommentStatus.PENDING, CommentStatus.REJECTED]) | Q(appeal__isnull=False)
        )
        .order_by("-pk")[:OWN_SHOWN]
    )


def own_comment_data(comment: Comment, *, reader: Reader) -> dict:
    """One of the reader's own comments as only they see it: the text, its state, why it was
    rejected, whether (and how) they can appeal."""
    data = comment_data(comment, reader=reader)
    rejected = comment.status == CommentStatus.REJECTED
    # A waiting comment has no appeal (and a new one no cached relation to ask without a query).
    appeal = None if data["pending"] else getattr(comment, "appeal", None)
    data |= {
        "author": comment.author_name,
        "body": comment.body,
        "deleted": False,
        "rejected": rejected,
        "state_text": _("awaiting review") if data["pending"] else "",
        "reason_text": reason_public_text(comment.moderation_reason) if rejected else "",
        "can_appeal": rejected and appeal is None,
        "appeal": None,
    }
    if appeal is not None:
        data["appeal"] = {
            "text": appeal.text,
            "created_text": dateline_time(appeal.created_at),
            "answered": appeal.answered_at is not None,
            "answer": appeal.answer,
            "outcome": appeal.outcome,
            "outcome_text": str(appeal.get_outcome_display()) if appeal.outcome else "",
        }
    return data


def comment_data(comment: Comment, *, reader: Reader, reaction: int = 0) -> dict:
    """One comment as JSON for the page's script. The text is plain text: the script puts it
    in the page with textContent, never as HTML."""
    # Removed (by its author or a moderator): a placeholder for the replies below it.
    deleted = comment.status in REMOVED
    return {
        "id": comment.pk,
        "parent": comment.parent_id,
        "author": "" if deleted else comment.author_name,
        "guest": comment.is_guest,
        "body": "" if deleted else comment.body,
        "deleted": deleted,
        "published": comment.status == CommentStatus.APPROVED,
        "pending": comment.status == CommentStatus.PENDING,
        "created": comment.created_at.isoformat(),
        "created_text": dateline_time(comment.created_at),
        "likes": comment.likes,
        "dislikes": comment.dislikes,
        "reaction": reaction,
        "own": reader.user is not None and comment.user_id == reader.user.pk,
        "reply_count": comment.reply_count,
    }


def article_comment_count(*, article_id: int) -> int:
    """The article's published comments as its heading shows them (one query)."""
    return (
        ArticleStats.objects.filter(pk=article_id).values_list("comments", flat=True).first() or 0
    )


def comments_plain(*, article_id: int, page: int, per_page: int = 50):
    """The published comments for the page without JavaScript, oldest first, replies under
    their comment: one query for a page of comments, one for their replies."""
    comments = _visible(
        Comment.objects.select_related("user__reader_profile", "guest").filter(
            article_id=article_id, parent__isnull=True
        )
    ).order_by("pk")
    start = (page - 1) * per_page
    top = list(comments[start : start + per_page + 1])
    more = len(top) > per_page
    top = top[:per_page]
    replies: dict[int, list[Comment]] = {}
    parents = [c.pk for c in top if c.reply_count]
    if parents:
        for reply in (
            Comment.objects.select_related("user__reader_profile", "guest")
            .filter(parent__in=parents, status=CommentStatus.APPROVED)
            .order_by("pk")
        ):
            replies.setdefault(reply.parent_id, []).append(reply)
    for comment in top:
        comment.shown_replies = replies.get(comment.pk, [])
    return top, more
