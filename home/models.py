import hashlib
from functools import cache

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache as default_cache
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, get_page_models

from core.http import LIST_ALL, page_tag
from core.models import PublicPageMixin

# The lead story and four top slots (discovery.selectors.HOME_TOP).
SLOTS = 5


class HomePageForm(WagtailAdminPageForm):
    """Checks the pinned slots together: an article pinned twice, or a slot given an expiry
    that has already passed, is named at the slot with a message the editor can act on.

    A slot that expired since it was saved and is left untouched is accepted: it simply
    no longer shows, and the page stays editable.
    """

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("slots")
        if formset is None:
            return cleaned_data
        # Clean the slot forms now; errors added below stay with them (Django caches a
        # form's errors once cleaned), so the formset, and the page form, is invalid.
        formset.is_valid()
        now = timezone.now()
        pinned_at: dict[int, int] = {}
        for number, form in enumerate(formset.forms, start=1):
            if not hasattr(form, "cleaned_data") or formset._should_delete_form(form):
                continue
            article = form.cleaned_data.get("article")
            expires_at = form.cleaned_data.get("expires_at")
            if article is not None:
                if article.pk in pinned_at:
                    form.add_error(
                        "article",
                        _("«%(title)s» is already pinned in slot %(slot)d.")
                        % {"title": article.title, "slot": pinned_at[article.pk]},
                    )
                else:
                    pinned_at[article.pk] = number
            if expires_at is not None and expires_at <= now and form.has_changed():
                form.add_error(
                    "expires_at",
                    _(
                        "This time has already passed: choose a time in the future, or "
                        "remove the slot."
                    ),
                )
        return cleaned_data


class HomePage(PublicPageMixin, Page):
    """The front page. Sections, the topic list, the region tree and the authors hang below it.

    Editors pin articles to its slots (slot 1 is the lead story), each until a time: after
    it, the slot shows the newest article again without anyone publishing the page.
    """

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "taxonomy.SectionPage",
        "taxonomy.TopicIndexPage",
        "taxonomy.RegionPage",
        "authors.AuthorIndexPage",
        "home.InfoPage",
    ]
    base_form_class = HomePageForm
    content_panels = [
        *Page.content_panels,
        InlinePanel(
            "slots",
            heading=_("Pinned articles"),
            label=_("Slot"),
            max_num=SLOTS,
            help_text=_(
                "Slot 1 is the lead story. A slot without a pinned article, or whose time "
                "has passed, shows the newest article."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        """Find the page of a path in one lookup (its last slug, an index, and its url_path)
        instead of walking the tree, which costs two queries a segment: 4 for an article, 10
        for a municipality's page; one when the type of the page at the path is known (kept
        in the cache). Only while no page type routes sub-paths itself (as RoutablePageMixin
        pages do); a path that matches no page walks the tree as usual, so 404s and any other
        routing stay Wagtail's."""
        if path_components and plain_routing():
            page = page_at(self.url_path + "/".join(path_components) + "/")
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)

    def cache_tags(self, context) -> set[str]:
        # It lists the newest articles of the whole site: every publication purges it. Its
        # teasers are HTML, not pages in the context (discovery.selectors.home_rendered).
        tags = {*super().cache_tags(context), LIST_ALL}
        if home := context.get("home"):
            tags.update(page_tag(pk) for pk in home.article_ids)
        return tags


_ROUTE_TYPE_KEY = "route-type:{}"


@cache
def plain_routing() -> bool:
    """Whether every page type routes like Wagtail's Page: no sub-paths of its own."""
    return all(model.route is Page.route for model in get_page_models() if model is not HomePage)


def page_at(url_path: str):
    """The specific page whose `url_path` this is (live or not), or None: one query by its
    last slug (indexed) and its url_path once the type of the page found at this path is kept
    in the cache, two the first time (the page, then its specific row). A page of another
    type there since is not found so, and the path is looked up as the first time."""
    slug = url_path.rstrip("/").rsplit("/", 1)[-1]
    found = {"slug": slug, "url_path": url_path}
    # Hashed: the path comes from the request, of any length and any characters.
    key = _ROUTE_TYPE_KEY.format(hashlib.sha256(url_path.encode()).hexdigest()[:32])
    if (type_id := default_cache.get(key)) is not None:
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is not None and (page := model.objects.filter(**found).first()):
            return page
    page = Page.objects.filter(**found).first()
    if page is None:
        return None
    default_cache.set(key, page.content_type_id, settings.DEPESCHE_KEPT_SECONDS)
    return page.specific


class HomeSlot(Orderable):
    """An article pinned to a place on the home page until a given time."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="slots")
    article = models.ForeignKey(
        "articles.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    expires_at = models.DateTimeField(
        _("pinned until"),
        help_text=_("After this time the slot shows the newest article again."),
    )

    panels = [FieldPanel("article"), FieldPanel("expires_at")]

    class Meta(Orderable.Meta):
        verbose_name = _("pinned article")
        verbose_name_plural = _("pinned articles")


class InfoPurpose(models.TextChoices):
    NONE = "", _("—")
    CORRECTIONS_POLICY = "corrections_policy", _("Corrections policy")
    PUBLISHING_PRINCIPLES = "publishing_principles", _("Publishing principles")


class InfoPage(PublicPageMixin, Page):
    """A page of text about the newsroom: its corrections policy, its publishing principles,
    an imprint. A page with a `purpose` is the one the structured data names for it
    (schema.org `correctionsPolicy`, `publishingPrinciples`; distribution.structured_data)."""

    body = RichTextField(_("text"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])
    purpose = models.CharField(
        _("purpose"),
        max_length=40,
        choices=InfoPurpose.choices,
        blank=True,
        default="",
        help_text=_(
            "Search engines learn from the articles' structured data that this page holds the "
            "newsroom's corrections policy or publishing principles."
        ),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    content_panels = [*Page.content_panels, FieldPanel("body")]
    settings_panels = [*Page.settings_panels, FieldPanel("purpose")]

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")
        constraints = [
            models.UniqueConstraint(
                fields=["purpose"],
                condition=~models.Q(purpose=""),
                name="unique_info_purpose",
                violation_error_message=_("Another page already has this purpose."),
            )
        ]
