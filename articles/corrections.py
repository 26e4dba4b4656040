"""Corrections in the open: notes on published articles (docs/newsroom.md).

Validate, then act (STYLE: the write path reads top to bottom in one module). A note is its
own row (`articles.models.CorrectionNote`), not page content: adding one starts no workflow,
saves no revision and so can never publish an editor's unpublished draft with it. Each note
and each withdrawal is written into the article's history (Wagtail's audit log, tied to the
live revision it was shown on), and a withdrawn note stays on the article as a dated trace.
Both changes go through `core.changes.content_changed`: the article, its lists, the feeds and
the corrections page are purged, and the kept content parts render anew.
"""

from datetime import datetime

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from articles.models import ArticlePage, CorrectionKind, CorrectionNote, CorrectionPosition
from articles.subjects import public_q
from core.changes import content_changed
from core.errors import Refused

# The edge-cache tag of the corrections page and its feeds (distribution.corrections).
CORRECTIONS_TAG = "corrections"
ADDED = "depesche.correction_add"
WITHDRAWN = "depesche.correction_withdraw"


def _text(raw, *, maximum: int, empty_message, code: str) -> str:
    text = raw.strip() if isinstance(raw, str) else ""
    if not text:
        raise Refused(empty_message, code=code)
    if "\x00" in text:
        raise Refused(_("The text contains characters that are not allowed."), code="bad_text")
    if len(text) > maximum:
        raise Refused(
            _("The text is too long: at most %(maximum)d characters.") % {"maximum": maximum},
            code="text_too_long",
        )
    return text


def correction_check(
    *, article: ArticlePage, kind: str, text: str, position: str, shown_at: datetime | None
) -> tuple[str, datetime]:
    """The note's cleaned text and time, or Refused with a German message."""
    if not article.live:
        raise Refused(
            _("Only a published article can carry a correction note."), code="not_published"
        )
    if kind not in CorrectionKind.values:
        raise Refused(_("Choose a kind: correction, clarification or update."), code="bad_kind")
    if position not in CorrectionPosition.values:
        raise Refused(_("Choose where the note shows: top or bottom."), code="bad_position")
    cleaned = _text(
        text,
        maximum=CorrectionNote.TEXT_MAX_LENGTH,
        empty_message=_("A correction note needs a text."),
        code="empty_text",
    )
    now = timezone.now()
    shown_at = shown_at or now
    if shown_at > now:
        raise Refused(_("The note's date and time cannot be in the future."), code="future")
    published = article.first_published_at
    if published and shown_at < published:
        raise Refused(
            _("The note's date and time cannot be before the article was first published."),
            code="before_publication",
        )
    return cleaned, shown_at


@transaction.atomic
def correction_add(
    *,
    article: ArticlePage,
    kind: str,
    text: str,
    position: str = CorrectionPosition.TOP,
    user=None,
    shown_at: datetime | None = None,
) -> CorrectionNote:
    """Add a note to a live article and show it at once, without a review round."""
    # As the database has it now (the caller's copy may predate a publication).
    article = ArticlePage.objects.get(pk=article.pk)
    text, shown_at = correction_check(
        article=article, kind=kind, text=text, position=position, shown_at=shown_at
    )
    note = CorrectionNote.objects.create(
        article=article,
        kind=kind,
        text=text,
        position=position,
        shown_at=shown_at,
        created_by=user if getattr(user, "is_authenticated", False) else None,
    )
    log(
        instance=article,
        action=ADDED,
        user=note.created_by,
        revision=article.live_revision,
        data={
            "note": note.pk,
            "kind": kind,
            "text": text,
            "shown_at": shown_at.isoformat(),
            "position": position,
        },
    )
    content_changed(page_ids=[article.pk], reason="correction", tags=[CORRECTIONS_TAG])
    return note


@transaction.atomic
def correction_withdraw(*, note: CorrectionNote, user=None, reason: str) -> CorrectionNote:
    """Withdraw a note: it stays on the article as «… zurückgezogen am …» and in the
    history; nothing is deleted."""
    note = CorrectionNote.objects.select_for_update().select_related("article").get(pk=note.pk)
    if note.withdrawn:
        raise Refused(_("This note has already been withdrawn."), code="already_withdrawn")
    reason = _text(
        reason,
        maximum=CorrectionNote.REASON_MAX_LENGTH,
        empty_message=_("Say why the note is withdrawn."),
        code="empty_reason",
    )
    note.withdrawn_at = timezone.now()
    note.withdrawn_by = user if getattr(user, "is_authenticated", False) else None
    note.withdrawal_reason = reason
    note.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawal_reason"])
    article = note.article
    log(
        instance=article,
        action=WITHDRAWN,
        user=note.withdrawn_by,
        revision=article.live_revision,
        data={"note": note.pk, "kind": note.kind, "text": note.text, "reason": reason},
    )
    content_changed(page_ids=[article.pk], reason="correction", tags=[CORRECTIONS_TAG])
    return note


# -- Reads ---------------------------------------------------------------------------------


def corrections_of(*, page: ArticlePage) -> list[CorrectionNote]:
    """An article's notes, oldest first, withdrawn ones included: one query (none for an
    unsaved preview)."""
    if not page.pk:
        return []
    return list(CorrectionNote.objects.filter(article_id=page.pk).order_by("shown_at", "pk"))


def corrections_latest(notes) -> datetime | None:
    """When the notes last changed what readers see (a note shown or withdrawn)."""
    times = [t for note in notes for t in (note.shown_at, note.withdrawn_at) if t is not None]
    return max(times, default=None)


def corrections_public():
    """Every note on a public article (articles.subjects), newest first, with its article's
    title and URL path: one query per slice."""
    return (
        CorrectionNote.objects.filter(
            article__in=ArticlePage.objects.filter(public_q()).values("pk")
        )
        .select_related("article")
        .only(
            "kind",
            "text",
            "position",
            "shown_at",
            "withdrawn_at",
            "withdrawal_reason",
            "article__title",
            "article__url_path",
            "article__first_published_at",
            "article__live",
        )
        .order_by("-shown_at", "-pk")
    )


def corrections_last_change():
    """The newest note time on the site (the feeds' updated date)."""
    return CorrectionNote.objects.aggregate(latest=Max("shown_at"))["latest"]
