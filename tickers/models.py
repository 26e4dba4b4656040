"""Live tickers: a running story told in entries (docs/newsroom.md).

A ticker belongs to one article (same section, authors, subjects, hero, comments and modules)
and is running between `started_at` and `ended_at`. Entries are rows of their own, not page
content: posting one is a short form, with no page revision and no review round, and several
editors post at once. Every post, edit and deletion takes the ticker's next `sequence` number
and stamps it on the entry, so an open page asks «what changed after N?» with one indexed
query; a deleted entry stays as a tombstone (`deleted_at`) so that open pages learn of it.
Entries are written only by `tickers.services`, which also keeps each change's history."""

from pathlib import PurePosixPath
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField

# Rich text an entry may hold: what a paragraph of an article may hold.
ENTRY_FEATURES = ["bold", "italic", "link", "superscript", "subscript", "ul", "ol"]
# Open pages ask every few seconds: an entry reaches them within that and the purge.
DEFAULT_POLL_SECONDS = 2


class Ticker(models.Model):
    article = models.OneToOneField(
        "articles.ArticlePage",
        on_delete=models.CASCADE,
        related_name="ticker",
        verbose_name=_("article"),
    )
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    # The interval open pages poll at, sent in every answer: the newsroom slows clients down on
    # a very hot story without a deployment.
    poll_seconds = models.PositiveSmallIntegerField(
        _("update interval (seconds)"), default=DEFAULT_POLL_SECONDS
    )
    # The last change number handed out; entries carry the number of their last change.
    sequence = models.PositiveBigIntegerField(default=0, editable=False)
    # When the newest visible entry was posted (teasers' «Live» badge and its time).
    last_posted_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("live ticker")
        verbose_name_plural = _("live tickers")

    def __str__(self):
        return str(self.article)


class Entry(models.Model):
    TITLE_MAX_LENGTH = 200

    ticker = models.ForeignKey(
        Ticker, on_delete=models.CASCADE, related_name="entries", verbose_name=_("ticker")
    )
    posted_at = models.DateTimeField(_("time"))
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH, blank=True)
    body = RichTextField(_("text"), features=ENTRY_FEATURES, blank=True)
    image = models.ForeignKey(
        "images.NewsImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("picture"),
    )
    image_caption = models.CharField(_("caption"), max_length=400, blank=True)
    image_credit = models.CharField(_("credit"), max_length=255, blank=True)
    quote_text = models.TextField(_("quote"), blank=True)
    quote_source = models.CharField(_("quote source"), max_length=200, blank=True)
    video_url = models.URLField(_("video address"), blank=True)
    poll = models.ForeignKey(
        "polls.Poll",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("poll"),
    )
    is_key = models.BooleanField(_("key event"), default=False)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    sequence = models.PositiveBigIntegerField(editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("ticker entry")
        verbose_name_plural = _("ticker entries")
        ordering = ["-posted_at", "-pk"]
        indexes = [
            models.Index(fields=["ticker", "sequence"], name="entry_changes"),
            models.Index(fields=["ticker", "-posted_at", "-id"], name="entry_newest"),
        ]

    def __str__(self):
        return self.title or f"{self.posted_at:%H:%M}"

    # A video file plays in the page; any other address is a link (articles.blocks.VideoBlock).
    VIDEO_FILE_TYPES = {".mp4": "video/mp4", ".webm": "video/webm"}

    @property
    def video_type(self) -> str | None:
        suffix = PurePosixPath(urlsplit(self.video_url).path).suffix.lower()
        return self.VIDEO_FILE_TYPES.get(suffix) if self.video_url else None


class EntryVersion(models.Model):
    """One change of an entry, as it was after the change: who, when, what."""

    class Action(models.TextChoices):
        POSTED = "posted", _("posted")
        EDITED = "edited", _("edited")
        DELETED = "deleted", _("deleted")

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="versions")
    action = models.CharField(max_length=10, choices=Action.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    # The entry's fields after the change (title, body, time, flags, picture, quote, video, poll).
    data = models.JSONField()

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_action_display()} {self.at:%Y-%m-%d %H:%M}"
