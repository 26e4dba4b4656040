"""conftest.py's shared fixtures keep their promises (docs/testing.md): data kept for a module
is the same for every test whatever the one before changed, and a rendition drawn once is not
drawn again."""

import pytest

from conftest import article_record, kept_for_module

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def kept_article(request, django_db_setup, django_db_blocker, tmp_path_factory):
    from ingest.services import document_import

    folder = tmp_path_factory.mktemp("kept")
    with kept_for_module(request, django_db_blocker):
        with django_db_blocker.unblock():
            page = document_import(
                data={"articles": [article_record(1, folder)]}, base_dir=folder
            ).pages[0]
        yield page


@pytest.mark.parametrize("attempt", [1, 2])
def test_what_a_test_changes_in_kept_data_is_undone_after_it(kept_article, attempt):
    from articles.models import ArticlePage

    article = ArticlePage.objects.get(pk=kept_article.pk)
    assert article.title == "Gemeinderat plant neue Velo-Route Nummer 1"
    ArticlePage.objects.filter(pk=article.pk).update(title=f"Geändert {attempt}")
    article.delete()


def test_a_rendition_is_drawn_once_per_run(kept_article, monkeypatch):
    from django.core.cache import caches
    from willow.plugins.pillow import PillowImage

    from articles.models import ArticlePage

    image = ArticlePage.objects.get(pk=kept_article.pk).hero_image
    first = image.get_rendition("width-123")
    content = first.file.read()
    image.renditions.all().delete()
    caches["renditions"].clear()

    def resize(self, size):
        raise AssertionError("drawn again")

    monkeypatch.setattr(PillowImage, "resize", resize)
    again = image.get_rendition("width-123")
    assert again.pk != first.pk and (again.width, again.height) == (first.width, first.height)
    assert again.file.read() == content
