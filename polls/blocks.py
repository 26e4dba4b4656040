from django.utils.translation import gettext_lazy as _
from wagtail.snippets.blocks import SnippetChooserBlock


class PollBlock(SnippetChooserBlock):
    """A poll in an article's body. Fetches the polls of a body with their answers: two
    queries for all of them."""

    def __init__(self, **kwargs):
        super().__init__("polls.Poll", **kwargs)

    def bulk_to_python(self, values):
        polls = self.model_class.objects.prefetch_related("answers").in_bulk(
            [value for value in values if value is not None]
        )
        return [polls.get(value) for value in values]

    class Meta:
        icon = "list-ul"
        label = _("Poll")
        template = "blocks/poll_block.html"
