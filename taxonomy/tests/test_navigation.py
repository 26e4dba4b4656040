"""The header's sections are kept (taxonomy.selectors.section_navigation) until a section
changes: a section published, renamed, hidden from the menu or unpublished shows at the next
request of every page."""

import pytest
from django.test import Client

from taxonomy.models import SectionPage


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


def live(section):
    return SectionPage.objects.get(pk=section.pk)


def test_a_changed_section_shows_in_every_page_s_navigation(
    client, article, django_capture_on_commit_callbacks
):
    assert (
        '<a href="/schweiz/" aria-current="true">Schweiz</a>'
        in client.get(article.url).content.decode()
    )
    schweiz = live(article.get_parent())
    with django_capture_on_commit_callbacks(execute=True):
        schweiz.title = "Inland"
        schweiz.save_revision().publish()
    assert (
        '<a href="/schweiz/" aria-current="true">Inland</a>'
        in client.get(article.url).content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        schweiz = live(schweiz)
        schweiz.show_in_menus = False
        schweiz.save_revision().publish()
    assert 'href="/schweiz/" aria-current' not in client.get(article.url).content.decode()


def test_a_new_section_shows_in_the_navigation(client, article, django_capture_on_commit_callbacks):
    assert ">Kultur</a>" not in client.get("/").content.decode()
    home = article.get_parent().get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        kultur = home.add_child(
            instance=SectionPage(title="Kultur", slug="kultur", show_in_menus=True, live=False)
        )
        kultur.save_revision().publish()
    assert 'href="/kultur/"' in client.get(article.url).content.decode()
