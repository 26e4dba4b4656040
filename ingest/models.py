"""Agency providers and their wire items (docs/ingest.md, «Providers», «Inbox»).

A `Provider` («Agentur») is where wire documents come from: a folder watched or an HTTP(S)
address polled. Its mapping tables translate the agency's subjects and places into the site's
topics and regions. Every item a provider (or `manage.py ingest`) delivers is kept as an
`AgencyItem`, raw and parsed, unique by provider and the item's `uri`: the version rules,
the editors' inbox and the link between an article and the wire item it came from read it.
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from ingest.forms import ProviderForm


class ProviderFormat(models.TextChoices):
    AUTO = "auto", _("Detect")
    NINJS = "ninjs", _("IPTC ninjs")
    NEWSML = "newsml-g2", _("IPTC NewsML-G2")


class SourceKind(models.TextChoices):
    FOLDER = "folder", _("Folder on this server")
    URL = "url", _("HTTP(S) address")


class Provider(ClusterableModel):
    """One agency feed. State fields (`last_*`, `failures`, `next_poll_at`) are written by the
    poller (ingest/tasks.py), never by the admin's form."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    format = models.CharField(
        _("format"), max_length=12, choices=ProviderFormat.choices, default=ProviderFormat.AUTO
    )
    source_kind = models.CharField(
        _("source"), max_length=8, choices=SourceKind.choices, default=SourceKind.FOLDER
    )
    folder = models.CharField(
        _("folder"),
        max_length=500,
        blank=True,
        help_text=_("Absolute path of the folder the agency delivers its files to."),
    )
    url = models.URLField(
        _("address"),
        max_length=500,
        blank=True,
        help_text=_("HTTP(S) address of a feed or document, polled at the interval."),
    )
    poll_seconds = models.PositiveIntegerField(
        _("poll interval (seconds)"), default=60, help_text=_("At least 10 seconds.")
    )
    username = models.CharField(_("user name"), max_length=120, blank=True)
    password = models.CharField(_("password"), max_length=255, blank=True)
    token = models.CharField(
        _("access token"),
        max_length=500,
        blank=True,
        help_text=_("Sent as «Authorization: Bearer …» instead of user name and password."),
    )
    default_credit = models.CharField(
        _("default credit"),
        max_length=255,
        blank=True,
        help_text=_("Credit of pictures that name none, e.g. «Keystone-SDA»."),
    )
    default_section = models.ForeignKey(
        "taxonomy.SectionPage",
        verbose_name=_("default section"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    publish_at_once = models.BooleanField(
        _("publish at once"),
        default=False,
        help_text=_("Off: items wait in the inbox until an editor takes them."),
    )
    enabled = models.BooleanField(_("enabled"), default=True)

    last_polled_at = models.DateTimeField(_("last polled"), null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(_("last success"), null=True, blank=True, editable=False)
    last_error = models.TextField(_("last error"), blank=True, editable=False)
    failures = models.PositiveIntegerField(_("failures in a row"), default=0, editable=False)
    next_poll_at = models.DateTimeField(_("next poll"), null=True, blank=True, editable=False)
    # Conditional requests (HTTP) and the files already read (folders): the poller's memory.
    etag = models.CharField(max_length=255, blank=True, editable=False)
    last_modified = models.CharField(max_length=64, blank=True, editable=False)
    files_seen = models.JSONField(default=dict, blank=True, editable=False)

    base_form_class = ProviderForm
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("format"), FieldPanel("enabled")]),
        MultiFieldPanel(
            [
                FieldPanel("source_kind"),
                FieldPanel("folder"),
                FieldPanel("url"),
                FieldPanel("poll_seconds"),
            ],
            heading=_("Source"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("username"), FieldPanel("password")]),
                FieldPanel("token"),
                FieldPanel("clear_credentials"),
            ],
            heading=_("Credentials"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("default_section"),
                FieldPanel("default_credit"),
                FieldPanel("publish_at_once"),
            ],
            heading=_("Articles"),
        ),
        InlinePanel("subject_mappings", heading=_("Subjects → topics"), label=_("Subject")),
        InlinePanel("place_mappings", heading=_("Places → regions"), label=_("Place")),
    ]

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if self.source_kind == SourceKind.FOLDER:
            if not self.folder.strip():
                errors["folder"] = _("Give the folder the agency delivers to.")
            elif not self.folder.startswith("/"):
                errors["folder"] = _("Give an absolute path (starting with /).")
        elif not self.url:
            errors["url"] = _("Give the address to poll.")
        elif not self.url.lower().startswith(("http://", "https://")):
            errors["url"] = _("Only http:// and https:// addresses can be polled.")
        if self.poll_seconds is not None and self.poll_seconds < 10:
            errors["poll_seconds"] = _("Poll at most every 10 seconds.")
        if self.token and (self.username or self.password):
            errors["token"] = _("Give either an access token or user name and password.")
        if errors:
            raise ValidationError(errors)

    @property
    def source(self) -> str:
        return self.folder if self.source_kind == SourceKind.FOLDER else self.url

    def is_due(self, now=None) -> bool:
        now = now or timezone.now()
        return self.enabled and (self.next_poll_at is None or self.next_poll_at <= now)

    def backoff(self) -> timedelta:
        """After `failures` failures in a row: the interval doubled each time, at most an hour
        (or the interval itself when that is longer)."""
        base = max(self.poll_seconds, 10)
        if not self.failures:
            return timedelta(seconds=base)
        cap = max(base, 3600)
        return timedelta(seconds=min(base * 2 ** min(self.failures, 20), cap))


class SubjectMapping(Orderable):
    """An agency subject → a topic: by scheme and code (IPTC media topic
    `medtop:20000568`), or by name when the code is empty (keywords)."""

    provider = ParentalKey(Provider, on_delete=models.CASCADE, related_name="subject_mappings")
    scheme = models.CharField(
        _("scheme"), max_length=120, blank=True, help_text=_("e.g. medtop, or empty for any")
    )
    code = models.CharField(_("code"), max_length=120, blank=True)
    name = models.CharField(_("name"), max_length=255, blank=True)
    topic = models.ForeignKey(
        "taxonomy.TopicPage", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [
        FieldRowPanel([FieldPanel("scheme"), FieldPanel("code"), FieldPanel("name")]),
        FieldPanel("topic"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("subject → topic")
        verbose_name_plural = _("subjects → topics")

    def clean(self):
        if not self.code.strip() and not self.name.strip():
            raise ValidationError({"code": _("Give a code or a name.")})

    def matches(self, subject: dict) -> bool:
        return _matches(self, subject)


class PlaceMapping(Orderable):
    """An agency place → a region, like a subject mapping."""

    provider = ParentalKey(Provider, on_delete=models.CASCADE, related_name="place_mappings")
    scheme = models.CharField(_("scheme"), max_length=120, blank=True)
    code = models.CharField(_("code"), max_length=120, blank=True)
    name = models.CharField(_("name"), max_length=255, blank=True)
    region = models.ForeignKey(
        "taxonomy.RegionPage",
        verbose_name=_("region"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("scheme"), FieldPanel("code"), FieldPanel("name")]),
        FieldPanel("region"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("place → region")
        verbose_name_plural = _("places → regions")

    def clean(self):
        if not self.code.strip() and not self.name.strip():
            raise ValidationError({"code": _("Give a code or a name.")})

    def matches(self, place: dict) -> bool:
        return _matches(self, place)


def _matches(mapping, entry: dict) -> bool:
    scheme = (entry.get("scheme") or "").strip().casefold()
    if mapping.scheme.strip() and mapping.scheme.strip().casefold() != scheme:
        return False
    if mapping.code.strip():
        return mapping.code.strip().casefold() == (entry.get("code") or "").strip().casefold()
    return mapping.name.strip().casefold() == (entry.get("name") or "").strip().casefold()


class ItemStatus(models.TextChoices):
    INBOX = "inbox", _("In the inbox")
    PUBLISHED = "published", _("Published")
    TAKEN = "taken", _("Taken as article")
    HELD = "held", _("Held (error)")
    WITHHELD = "withheld", _("Withheld by the agency")
    IGNORED = "ignored", _("Ignored")


class AgencyItem(models.Model):
    """The newest version of one wire item (older or equal versions are not kept)."""

    provider = models.ForeignKey(
        Provider,
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="items",
    )
    uri = models.CharField(_("URI"), max_length=500)
    version = models.BigIntegerField(_("version"), null=True, blank=True)
    versioncreated = models.DateTimeField(_("version created"), null=True, blank=True)
    pubstatus = models.CharField(_("publication status"), max_length=20, default="usable")
    embargoed = models.DateTimeField(_("embargo until"), null=True, blank=True)
    urgency = models.PositiveSmallIntegerField(_("urgency"), null=True, blank=True)
    headline = models.CharField(_("headline"), max_length=255, blank=True)
    copyright_holder = models.CharField(_("copyright holder"), max_length=255, blank=True)
    copyright_notice = models.TextField(_("copyright notice"), blank=True)
    usage_terms = models.TextField(_("usage terms"), blank=True)
    format = models.CharField(_("format"), max_length=20, blank=True)
    raw = models.TextField(_("as received"), blank=True)
    record = models.JSONField(_("parsed record"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ItemStatus.choices, default=ItemStatus.INBOX
    )
    error = models.TextField(_("error"), blank=True)
    article = models.ForeignKey(
        "articles.ArticlePage",
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agency_items",
    )
    # The revision the wire wrote: when the article's latest revision is another one, editors
    # changed it, and a newer version waits in `pending` instead of overwriting their work.
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    pending = models.JSONField(_("pending newer version"), null=True, blank=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("agency item")
        verbose_name_plural = _("agency items")
        ordering = ["-received_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["provider", "uri"], name="ingest_item_provider_uri"),
            models.UniqueConstraint(
                fields=["uri"],
                condition=models.Q(provider__isnull=True),
                name="ingest_item_uri_without_provider",
            ),
        ]
        indexes = [models.Index(fields=["status", "-received_at"])]

    def __str__(self):
        return self.headline or self.uri
