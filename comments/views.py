"""Comment endpoints. The JSON ones sit under /engagement/ and are never cached; the plain
comments page (/kommentare/<id>/, for readers without JavaScript) is public and cacheable."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views import csrf
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from articles.models import ArticlePage
from comments.models import Comment, CommentStatus
from comments.pipeline import comments_closed, effective_mode
from comments.selectors import (
    article_comment_count,
    comment_data,
    comments_page,
    comments_plain,
    own_comment_data,
)
from comments.services import (
    appeal_create,
    comment_create,
    comment_delete_own,
    comment_react,
    comment_report,
    section_of,
)
from core import params
from core.errors import Refused
from core.http import page_tag, public_cache_control
from core.params import whole_number
from engagement.http import json_answer, json_error
from engagement.identity import guest_remember, reader_from_request
from engagement.proof_of_work import challenge_create

# Larger requests are refused before their fields are read (a comment is at most 2000
# characters; with its proof of work and form encoding, far under this).
MAX_BODY_BYTES = 32 * 1024


def _article_missing() -> Refused:
    return Refused(_("This article does not exist (any more)."), code="not_found", status=404)


def _comment_missing() -> Refused:
    return Refused(_("This comment does not exist (any more)."), code="not_found", status=404)


def _too_large(request) -> bool:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES
    except ValueError:
        return True


def _field(request, name: str) -> str:
    value = request.POST.get(name, "")
    return value if isinstance(value, str) else ""


@require_http_methods(["GET", "HEAD", "POST"])
def article_comments(request, article_id: int):
    if request.method == "POST":
        return comment_post(request, article_id)
    # GET and HEAD
    return comment_list(request, article_id)


def comment_list(request, article_id: int):
    """A page of comments, whether the reader may write, and their own reactions."""
    article = ArticlePage.objects.live().select_related("stats").filter(pk=article_id).first()
    if article is None:
        raise _article_missing()
    reader = reader_from_request(request)
    replies_to = None
    if raw := request.GET.get("replies_to"):
        replies_to_id = whole_number(raw)
        if replies_to_id is None:
            raise Refused(_("This comment does not exist (any more)."), code="replies_to")
        replies_to = Comment.objects.filter(
            pk=replies_to_id, article=article, parent__isnull=True, status=CommentStatus.APPROVED
        ).first()
        if replies_to is None:
            raise _comment_missing()
    page = comments_page(
        article_id=article.pk,
        reader=reader,
        sort=request.GET.get("sort", "newest"),
        after=request.GET.get("after"),
        replies_to=replies_to,
    )
    section = section_of(article)
    return json_answer(
        {
            "ok": True,
            "open": not comments_closed(article, section),
            "mode": effective_mode(article, section),
            "count": getattr(getattr(article, "stats", None), "comments", 0),
            "comments": page.comments,
            "own": page.own,
            "next": page.next_cursor,
        }
    )


def comment_post(request, article_id: int):
    """A new comment or reply. Answers 201 once it is stored, approved or pending."""
    if _too_large(request):
        raise Refused(_("Your comment is too long."), code="too_large", status=413)
    article = ArticlePage.objects.live().filter(pk=article_id).first()
    if article is None:
        raise _article_missing()
    parent = None
    if raw := _field(request, "parent"):
        parent_id = whole_number(raw)
        parent = None if parent_id is None else Comment.objects.filter(pk=parent_id).first()
        if parent is None:
            raise Refused(
                _("You can only reply to a published comment of this article."), code="parent"
            )
    reader = reader_from_request(request)
    comment = comment_create(
        article=article,
        reader=reader,
        body=_field(request, "body"),
        parent=parent,
        honeypot=_field(request, "website"),
        proof_of_work=_field(request, "altcha"),
    )
    published = comment.status == CommentStatus.APPROVED
    # A published comment changes the article's count: the page's heading follows at once.
    count = article_comment_count(article_id=article.pk) if published else None
    message = (
        _("Thank you! Your comment is published.")
        if published
        else _("Thank you! Your comment will be reviewed before it appears.")
    )
    response = json_answer(
        {
            "ok": True,
            "message": message,
            "comment": (
                comment_data(comment, reader=reader)
                if published
                else own_comment_data(comment, reader=reader)
            ),
            "count": count,
        },
        status=201,
    )
    return guest_remember(response, reader)


def _published_comment(comment_id: int):
    return (
        Comment.objects.filter(pk=comment_id, article__live=True).select_related("article").first()
    )


@require_POST
def comment_reaction(request, comment_id: int):
    """Up (value=1), down (value=-1) or none (value=0); one per reader and comment."""
    comment = _published_comment(comment_id)
    if comment is None:
        raise _comment_missing()
    value = _field(request, "value")
    if value not in ("1", "-1", "0"):
        raise Refused(_("Unknown reaction."), code="value")
    reader = reader_from_request(request)
    comment, reaction = comment_react(comment=comment, reader=reader, value=int(value))
    response = json_answer(
        {"ok": True, "likes": comment.likes, "dislikes": comment.dislikes, "reaction": reaction}
    )
    return guest_remember(response, reader)


@require_POST
def comment_report_view(request, comment_id: int):
    if _too_large(request):
        raise Refused(_("Please keep the note under 500 characters."), code="note", status=413)
    comment = _published_comment(comment_id)
    if comment is None:
        raise _comment_missing()
    reader = reader_from_request(request)
    comment_report(
        comment=comment,
        reader=reader,
        reason=_field(request, "reason"),
        note=_field(request, "note"),
    )
    response = json_answer(
        {"ok": True, "message": _("Thank you. A moderator will look at this comment.")},
        status=201,
    )
    return guest_remember(response, reader)


@require_POST
def comment_delete(request, comment_id: int):
    comment = Comment.objects.filter(pk=comment_id).first()
    if comment is None:
        raise _comment_missing()
    comment_delete_own(comment=comment, reader=reader_from_request(request))
    return json_answer({"ok": True, "message": _("Your comment was deleted.")})


@require_POST
def comment_appeal(request, comment_id: int):
    """The author of a rejected comment objects, once, with a short text."""
    if _too_large(request):
        raise Refused(_("Please keep your appeal under 500 characters."), code="text", status=413)
    comment = Comment.objects.filter(pk=comment_id).first()
    if comment is None:
        raise _comment_missing()
    appeal_create(
        comment=comment, reader=reader_from_request(request), text=_field(request, "text")
    )
    return json_answer(
        {
            "ok": True,
            "message": _("Thank you. A moderator will look at your appeal and answer here."),
        },
        status=201,
    )


@require_safe
def challenge(request):
    """A fresh proof-of-work challenge for the comment form (engagement.proof_of_work)."""
    return json_answer(challenge_create())


@require_safe
def comments_page_plain(request, article_id: int):
    """Every published comment of an article as plain HTML: for readers without JavaScript.
    The same bytes for everyone, like the article."""
    article = ArticlePage.objects.live().filter(pk=article_id).first()
    page_number = params.page_number(request.GET.get("page", "1"), maximum=9_999)
    if article is None or page_number is None:
        raise Http404
    comments, more = comments_plain(article_id=article.pk, page=page_number)
    if page_number > 1 and not comments:
        raise Http404
    response = render(
        request,
        "comments/comments_page.html",
        {
            "article": article,
            "comments": comments,
            "page_number": page_number,
            "more": more,
        },
    )
    # Tagged as showing the article: a comment approved or removed purges it with the article.
    return public_cache_control(response, tags=[page_tag(article.pk)])


def csrf_failure(request, reason=""):
    """A missing or wrong CSRF token: the engagement endpoints answer in JSON with a message
    the page can show; everything else gets Django's page."""
    if request.path.startswith("/engagement/"):
        return json_error(
            _("Your session has expired. Please reload the page and try again."),
            code="csrf",
            status=403,
        )
    return csrf.csrf_failure(request, reason=reason)
