"""The article's admin form as an editor meets it."""

from wagtail.admin.panels import TitleFieldPanel

from articles.models import ArticlePage


def title_panel(model):
    """The panel of the page's title in its admin form (Wagtail's edit handler)."""
    pending = [model.get_edit_handler()]
    while pending:
        panel = pending.pop()
        if getattr(panel, "field_name", None) == "title":
            return panel
        pending.extend(getattr(panel, "children", []))
    raise AssertionError(f"{model.__name__} has no title panel")


def test_the_slug_fills_itself_from_the_headline():
    panel = title_panel(ArticlePage)
    assert isinstance(panel, TitleFieldPanel) and panel.targets == ["slug"]
