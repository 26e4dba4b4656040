"""Polls in the newsroom: one list with every poll and its votes, results in the form."""

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.changes import content_changed
from polls.models import Poll
from polls.selectors import poll_article_ids


class PollViewSet(SnippetViewSet):
    model = Poll
    icon = "list-ul"
    menu_label = _("Polls")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "question",
        Column("total_votes", label=_("Votes"), sort_key="total_votes"),
        "closes_at",
        "created_at",
    ]
    search_fields = ["question"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Poll.objects.annotate(total_votes=Sum("answers__votes"))


register_snippet(PollViewSet)


@hooks.register("after_edit_snippet")
@hooks.register("after_delete_snippet")
def _poll_changed(request, instances):
    """A poll edited, closed early or removed: the articles that show it change."""
    polls = instances if isinstance(instances, list) else [instances]
    for poll in polls:
        if isinstance(poll, Poll):
            content_changed(
                page_ids=poll_article_ids(poll=poll), reason="poll changed", listings=False
            )
