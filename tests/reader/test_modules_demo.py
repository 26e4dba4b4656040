"""The modules under the demo newsroom's flagship article (here, where the demo is loaded
once for the package: tests/reader/conftest.demo_pages)."""

import re

import pytest

from discovery.tests.helpers import module_heading

pytestmark = pytest.mark.django_db


def test_the_flagship_shows_its_topics_and_its_regions_module(demo_pages):
    html = demo_pages["article"].content.decode()
    headings = {key: module_heading(html, key) for key in ("section", "topic", "region")}
    # Its primary topic and its dateline's region (the first of Uri and Tessin) have other
    # articles: one of them is the only article about Uri, and also about the Gotthard.
    assert headings == {
        "section": "Mehr in News → /news/",
        "topic": "Mehr Gotthard → /themen/gotthard/",
        "region": "Mehr aus Uri → /welt/europa/schweiz/uri/",
    }
    assert module_heading(html, "related") == "Weiterlesen"
    start = html.index("</article>")
    titles = re.findall(r'<span class="teaser__title">(.*?)</span>', html[start:])
    assert len(titles) == len(set(titles))
