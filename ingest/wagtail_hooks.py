"""The agencies in the Wagtail admin: «Agenturen» (providers, a snippet with their mapping
tables), «Agenturmeldungen» (the inbox, ingest/admin_views.py), and on an article that came
from a wire a header button to its item («neue Agenturversion» when one waits)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from articles.admin_views import works_on_pages
from articles.models import ArticlePage
from ingest import admin_views
from ingest.models import AgencyItem, Provider


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.inbox, name="inbox"),
        path("<id:item_id>/", admin_views.item, name="item"),
        path("<id:item_id>/<slug:action>/", admin_views.item_action, name="item_action"),
        path("agency/<id:provider_id>/poll/", admin_views.provider_poll, name="poll"),
    ]
    return [path("agenturmeldungen/", include((urls, "ingest_admin"), namespace="ingest_admin"))]


class InboxMenuItem(MenuItem):
    def is_shown(self, request):
        return works_on_pages(request.user)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return InboxMenuItem(
        _("Agency items"), reverse("ingest_admin:inbox"), icon_name="mail", order=160
    )


class ProviderViewSet(SnippetViewSet):
    model = Provider
    icon = "globe"
    menu_label = _("Agencies")
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["name", "source", "enabled", "last_success_at", "next_poll_at", "last_error"]
    list_filter = ["enabled", "source_kind"]
    search_fields = ["name"]


register_snippet(ProviderViewSet)


class WireItemButton(PageMenuItem):
    icon_name = "mail"
    priority = 64

    def __init__(self, *, page, wire_item):
        super().__init__(page=page)
        self.wire_item = wire_item
        provider = wire_item.provider.name if wire_item.provider else _("Agency")
        if wire_item.pending:
            self.label = _("New agency version (%(provider)s)") % {"provider": provider}
        else:
            self.label = _("Agency item (%(provider)s)") % {"provider": provider}

    def is_shown(self, user):
        return True

    @property
    def url(self):
        return reverse("ingest_admin:item", kwargs={"item_id": self.wire_item.pk})


@hooks.register("register_page_header_buttons")
def wire_item_header_button(page, user, view_name, next_url=None):
    model = page.specific_class
    if model is None or not issubclass(model, ArticlePage):
        return
    wire_item = AgencyItem.objects.select_related("provider").filter(article_id=page.pk).first()
    if wire_item is not None:
        yield WireItemButton(page=page, wire_item=wire_item)
