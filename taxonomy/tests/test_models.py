"""The admin forms of sections, topics and regions as an editor meets them."""

import pytest
from wagtail.admin.panels import TitleFieldPanel

from articles.tests.test_models import title_panel
from taxonomy.models import RegionPage, SectionPage, TopicPage


@pytest.mark.parametrize("model", [SectionPage, TopicPage, RegionPage])
def test_the_slug_fills_itself_from_the_name(model):
    panel = title_panel(model)
    assert isinstance(panel, TitleFieldPanel) and panel.targets == ["slug"]
