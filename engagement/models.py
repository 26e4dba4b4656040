"""Reader counters of an article (docs/design.md §4): changed atomically, never read-modify-write.

Teasers read them with the article (`select_related("stats")`), so showing an interaction
count costs no query of its own.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleStats(models.Model):
    """What readers did with one article. A row exists once something was counted; an
    article without one has counted nothing yet."""

    article = models.OneToOneField(
        "articles.ArticlePage",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="stats",
        verbose_name=_("article"),
    )
    comments = models.PositiveIntegerField(_("approved comments"), default=0)
    poll_votes = models.PositiveIntegerField(_("poll votes"), default=0)
    reactions = models.PositiveIntegerField(_("reactions"), default=0)
    views = models.PositiveBigIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("article statistics")
        verbose_name_plural = _("article statistics")

    def __str__(self):
        return f"{self.article_id}: {self.interactions} interactions, {self.views} views"

    @property
    def interactions(self) -> int:
        """Interactions as readers see them: approved comments, poll votes and reactions."""
        return self.comments + self.poll_votes + self.reactions


class ArticleViewHour(models.Model):
    """What readers did with one article in one hour: its views (what «Meistgelesen», most
    read in the last 24 hours, adds up) and the change of its interactions (the desk's
    numbers, docs/newsroom.md). Old hours can be deleted without touching
    `ArticleStats`.

    The interaction columns are the hour's net change, written with `engagement.counters.
    stats_add` in the transaction that changes `ArticleStats`: a comment rejected after it was
    approved, a reaction taken back count -1 in the hour they happen, so an hour can be
    negative while the sum over all hours is what readers see (for hours since this table
    counts interactions)."""

    article = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="view_hours"
    )
    hour = models.DateTimeField(_("hour"))
    views = models.PositiveIntegerField(_("views"), default=0)
    comments = models.IntegerField(_("approved comments"), default=0)
    poll_votes = models.IntegerField(_("poll votes"), default=0)
    reactions = models.IntegerField(_("reactions"), default=0)

    class Meta:
        verbose_name = _("reader numbers of an hour")
        verbose_name_plural = _("reader numbers per hour")
        constraints = [
            models.UniqueConstraint(fields=["article", "hour"], name="unique_article_view_hour")
        ]
        indexes = [models.Index(fields=["hour", "article"], name="view_hour_recent")]

    def __str__(self):
        return f"{self.article_id} {self.hour:%Y-%m-%d %H}h: {self.views}"

    @property
    def interactions(self) -> int:
        return self.comments + self.poll_votes + self.reactions


class Guest(models.Model):
    """A reader who comments or votes without an account: one browser, known by a signed
    cookie that is set only when the guest first writes (never on a page view). Readers see
    the guest as «User #4711 (nicht angemeldet)»; the number says nothing about the person."""

    number = models.PositiveIntegerField(_("number"), unique=True)
    created_at = models.DateTimeField(_("first seen"), auto_now_add=True)

    class Meta:
        verbose_name = _("guest")
        verbose_name_plural = _("guests")

    def __str__(self):
        return _("User #%(number)s") % {"number": self.number}


class Ban(models.Model):
    """A guest or an account that may no longer comment or vote, until `until` if set."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reader_bans",
        verbose_name=_("account"),
    )
    guest = models.ForeignKey(
        Guest,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="bans",
        verbose_name=_("guest"),
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    until = models.DateTimeField(_("until"), null=True, blank=True)
    created_at = models.DateTimeField(_("banned at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("banned by"),
    )

    class Meta:
        verbose_name = _("ban")
        verbose_name_plural = _("bans")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(user__isnull=False, guest__isnull=True)
                | models.Q(user__isnull=True, guest__isnull=False),
                name="ban_names_one_reader",
            )
        ]

    def __str__(self):
        return str(self.user or self.guest)
