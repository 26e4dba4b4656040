"""Editor panels that apps above `articles` add to the article editor (docs/design.md §8: they may
not be imported here). An app registers a function returning a Wagtail panel with the
`register_article_editor_panels` hook (engagement: the «Zahlen» tab); the tab shows them,
and is not shown while no app registers one.
https://docs.wagtail.org/en/stable/reference/hooks.html"""

from wagtail import hooks
from wagtail.admin.panels import ObjectList

HOOK = "register_article_editor_panels"


class RegisteredPanels(ObjectList):
    """A tab of the panels registered with the hook, asked for when Wagtail binds the editor
    to the model (the first editor request, after every app's `wagtail_hooks` is loaded)."""

    def on_model_bound(self):
        self.children = [make_panel() for make_panel in hooks.get_hooks(HOOK)]
        super().on_model_bound()
