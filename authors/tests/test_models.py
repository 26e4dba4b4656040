"""The author's admin form as an editor meets it."""

from wagtail.admin.panels import TitleFieldPanel

from articles.tests.test_models import title_panel
from authors.models import AuthorPage


def test_the_slug_fills_itself_from_the_name():
    panel = title_panel(AuthorPage)
    assert isinstance(panel, TitleFieldPanel) and panel.targets == ["slug"]
