"""Reader counters of an article (DESIGN.md §4): changed atomically, never read-modify-write.

Teasers read them with the article (`select_related("stats")`), so showing an interaction
count costs no query of its own.
"""

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
    """Views of one article in one hour: what «Meistgelesen» (most read in the last 24 hours)
    adds up. Old hours can be deleted without touching `ArticleStats.views`."""

    article = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="view_hours"
    )
    hour = models.DateTimeField(_("hour"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("views in an hour")
        verbose_name_plural = _("views per hour")
        constraints = [
            models.UniqueConstraint(fields=["article", "hour"], name="unique_article_view_hour")
        ]
        indexes = [models.Index(fields=["hour", "article"], name="view_hour_recent")]

    def __str__(self):
        return f"{self.article_id} {self.hour:%Y-%m-%d %H}h: {self.views}"
