"""Reader comments, their reactions and reports, and the word list moderators keep.

A comment is stored only once the moderation pipeline (comments.pipeline) has accepted it,
either approved or "pending" with the reason it waits; rejected attempts leave no row.
Counts readers see (likes, replies, ArticleStats.comments) change with F() updates in the
transaction that changes the rows (DESIGN.md §4).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# What readers may write: long enough for an argument, short enough to read on a phone.
BODY_MAX_LENGTH = 2000
BODY_MIN_LENGTH = 2


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    SPAM = "spam", _("Spam")
    DELETED = "deleted", _("Deleted by the author")


class HoldReason(models.TextChoices):
    """Why the pipeline held a comment for a moderator."""

    GUEST = "guest", _("Written by a guest (pre-moderation)")
    PREMODERATED = "premoderated", _("Article or section is pre-moderated")
    WORD = "word", _("Contains a suspicious word")
    LINK = "link", _("Links to another site")


class ModerationReason(models.TextChoices):
    """The reason code a moderator gives for a decision."""

    OK = "ok", _("Fine")
    SPAM = "spam", _("Spam or advertising")
    ABUSE = "abuse", _("Insult or hate")
    OFF_TOPIC = "off_topic", _("Off topic")
    ILLEGAL = "illegal", _("Illegal content")
    PRIVACY = "privacy", _("Personal data of others")
    MISINFORMATION = "misinformation", _("Misinformation")
    DUPLICATE = "duplicate", _("Duplicate")
    OTHER = "other", _("Other")


# What the author of a rejected comment is told (ModerationReason's labels are for the
# newsroom). Spam gets no text: a comment marked as spam is not shown to its author at all
# (docs/moderation.md, «Readers' side»).
REASON_PUBLIC_TEXT = {
    ModerationReason.OK: _("Your comment was not published."),
    ModerationReason.SPAM: _("Your comment was not published: spam or advertising."),
    ModerationReason.ABUSE: _("Your comment was not published: insult or hate speech."),
    ModerationReason.OFF_TOPIC: _("Your comment was not published: it is off topic."),
    ModerationReason.ILLEGAL: _("Your comment was not published: its content is illegal."),
    ModerationReason.PRIVACY: _(
        "Your comment was not published: it contains personal data of others."
    ),
    ModerationReason.MISINFORMATION: _(
        "Your comment was not published: it spreads false information."
    ),
    ModerationReason.DUPLICATE: _("Your comment was not published: it repeats another comment."),
    ModerationReason.OTHER: _("Your comment was not published: it breaks our comment rules."),
}


def reason_public_text(code: str) -> str:
    return str(REASON_PUBLIC_TEXT.get(code, REASON_PUBLIC_TEXT[ModerationReason.OTHER]))


class ReportReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    ABUSE = "abuse", _("Insult or hate")
    OFF_TOPIC = "off_topic", _("Off topic")
    ILLEGAL = "illegal", _("Illegal content")
    MISINFORMATION = "misinformation", _("Misinformation")
    OTHER = "other", _("Something else")


class Comment(models.Model):
    article = models.ForeignKey(
        "articles.ArticlePage",
        on_delete=models.CASCADE,
        related_name="comments",
        verbose_name=_("article"),
    )
    # One level of replies: a reply's parent is always a top-level comment of the same article.
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
        verbose_name=_("reply to"),
    )
    # Author: an account or a guest; both empty once the account was deleted (anonymised).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
        verbose_name=_("account"),
    )
    guest = models.ForeignKey(
        "engagement.Guest",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
        verbose_name=_("guest"),
    )
    ip_hash = models.CharField(_("address (keyed hash)"), max_length=32, blank=True)
    body = models.TextField(_("text"), max_length=BODY_MAX_LENGTH)
    # A hash of the normalised text: finds the same text posted again (comments.pipeline).
    fingerprint = models.CharField(max_length=32, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=CommentStatus.choices, default=CommentStatus.PENDING
    )
    held_reason = models.CharField(
        _("held because"), max_length=20, choices=HoldReason.choices, blank=True
    )
    held_detail = models.CharField(_("held for"), max_length=200, blank=True)
    moderation_reason = models.CharField(
        _("reason code"), max_length=20, choices=ModerationReason.choices, blank=True
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("moderated by"),
    )
    likes = models.PositiveIntegerField(_("likes"), default=0)
    dislikes = models.PositiveIntegerField(_("dislikes"), default=0)
    reply_count = models.PositiveIntegerField(_("approved replies"), default=0)
    report_count = models.PositiveIntegerField(_("reports"), default=0)
    open_reports = models.PositiveIntegerField(_("unreviewed reports"), default=0)
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    # Imported comments (comments.services.comments_import): their id in the old system, which
    # makes a second import update instead of duplicating, and the name their author gave.
    external_id = models.CharField(_("external ID"), max_length=200, blank=True, editable=False)
    imported_name = models.CharField(_("name given"), max_length=120, blank=True, editable=False)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        permissions = [("moderate_comment", _("Can moderate comments"))]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "external_id"],
                condition=~Q(external_id=""),
                name="comment_external_id_unique",
            )
        ]
        indexes = [
            # Readers' list: newest/oldest by id, most liked; replies of a page of comments.
            models.Index(fields=["article", "parent", "status", "id"], name="comment_list"),
            models.Index(
                fields=["article", "parent", "status", "likes", "id"], name="comment_list_liked"
            ),
            models.Index(fields=["parent", "status", "id"], name="comment_replies"),
            # Moderation queue and the pipeline's duplicate check.
            models.Index(fields=["status", "id"], name="comment_queue"),
            models.Index(
                fields=["open_reports", "id"],
                name="comment_reported",
                condition=Q(open_reports__gt=0),
            ),
            models.Index(fields=["fingerprint", "created_at"], name="comment_fingerprint"),
            models.Index(fields=["user", "id"], name="comment_by_account"),
            models.Index(fields=["guest", "id"], name="comment_by_guest"),
        ]

    def __str__(self):
        return f"{self.author_name}: {self.body[:60]}"

    @property
    def author_name(self) -> str:
        """How readers see the author; needs user__reader_profile and guest selected."""
        from engagement.identity import guest_display_name, reader_display_name

        if self.user_id is not None:
            return reader_display_name(self.user)
        if self.guest_id is not None:
            return guest_display_name(self.guest.number)
        if self.external_id:  # imported: the name its author gave there
            if not self.imported_name:
                return str(_("Guest (not logged in)"))
            return _("%(name)s (not logged in)") % {"name": self.imported_name}
        return str(_("Deleted account"))

    @property
    def is_guest(self) -> bool:
        return self.user_id is None and (self.guest_id is not None or bool(self.external_id))


class CommentReaction(models.Model):
    """One reader's up or down on one comment; changeable and removable."""

    UP, DOWN = 1, -1

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reactions")
    # Both empty once the reader's account was deleted: the reaction still counts.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    guest = models.ForeignKey(
        "engagement.Guest", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    value = models.SmallIntegerField(choices=[(UP, "up"), (DOWN, "down")])
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("reaction")
        verbose_name_plural = _("reactions")
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "user"],
                condition=Q(user__isnull=False),
                name="one_reaction_per_account",
            ),
            models.UniqueConstraint(
                fields=["comment", "guest"],
                condition=Q(guest__isnull=False),
                name="one_reaction_per_guest",
            ),
        ]

    def __str__(self):
        return f"{self.comment_id}: {self.value:+d}"


class CommentReport(models.Model):
    """A reader's «melden». Stays on the comment after a moderator has looked at it."""

    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, related_name="reports", verbose_name=_("comment")
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    guest = models.ForeignKey(
        "engagement.Guest", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ip_hash = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(_("reported at"), default=timezone.now)
    resolved_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "user"],
                condition=Q(user__isnull=False),
                name="one_report_per_account",
            ),
            models.UniqueConstraint(
                fields=["comment", "guest"],
                condition=Q(guest__isnull=False),
                name="one_report_per_guest",
            ),
        ]

    def __str__(self):
        return f"{self.comment_id}: {self.reason}"


# An appeal is a few sentences, not a second comment.
APPEAL_MAX_LENGTH = 500


class AppealOutcome(models.TextChoices):
    UPHELD = "upheld", _("Rejection upheld")
    OVERTURNED = "overturned", _("Overturned: the comment is published")


class CommentAppeal(models.Model):
    """The author's one objection to the rejection of their comment, and the moderator's
    answer. Overturning publishes the comment (comments.services.appeal_answer)."""

    comment = models.OneToOneField(
        Comment, on_delete=models.CASCADE, related_name="appeal", verbose_name=_("comment")
    )
    text = models.CharField(_("appeal"), max_length=APPEAL_MAX_LENGTH)
    created_at = models.DateTimeField(_("appealed at"), default=timezone.now)
    answer = models.TextField(_("answer"), max_length=1000, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("answered by"),
    )
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=AppealOutcome.choices, blank=True
    )

    class Meta:
        verbose_name = _("appeal")
        verbose_name_plural = _("appeals")
        indexes = [
            models.Index(fields=["id"], name="appeal_open", condition=Q(answered_at__isnull=True)),
        ]

    def __str__(self):
        return f"{self.comment_id}: {self.text[:60]}"


class ModerationWord(models.Model):
    """A word or phrase the pipeline looks for (whole words, any case). A trailing «*»
    matches any ending: «idiot*» also finds «Idioten»."""

    class Kind(models.TextChoices):
        BANNED = "banned", _("Banned: the comment is refused")
        SUSPICIOUS = "suspicious", _("Suspicious: the comment waits for a moderator")

    word = models.CharField(_("word or phrase"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SUSPICIOUS)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("moderation word")
        verbose_name_plural = _("moderation words")
        ordering = ["word"]

    def __str__(self):
        return self.word

    def save(self, *args, **kwargs):
        self.clean()
        super().save(*args, **kwargs)

    def clean(self):
        # Before the uniqueness check, so «Idiot» and «idiot» are one entry, not a crash.
        self.word = " ".join(self.word.split()).casefold()
