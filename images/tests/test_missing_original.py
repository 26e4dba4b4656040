"""A picture whose original file cannot be read (storage down, a file lost): every page and
document that shows it still answers, without that picture. The article is imported and its
picture lost once for the module (kept_for_module)."""

import pytest

from articles.models import ArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def lost_built(article_built, django_db_blocker):
    """The module's article whose hero picture lost its original file and its renditions."""
    with django_db_blocker.unblock():
        image = ArticlePage.objects.get(pk=article_built.pk).hero_image
        image.renditions.all().delete()
        image.file.storage.delete(image.file.name)
    return article_built


@pytest.fixture
def lost_picture(db, lost_built):
    return ArticlePage.objects.get(pk=lost_built.pk)


@pytest.mark.parametrize(
    "url",
    [
        "{article}",
        "/",
        "/feeds/rss/",
        "/feeds/atom/",
        "/api/v2/articles/{pk}/",
        "/api/v2/articles/",
        "/api/ninjs/articles/{pk}/",
    ],
)
def test_pages_answer_without_a_picture_they_cannot_read(client, lost_picture, url, caplog):
    response = client.get(url.format(article=lost_picture.url, pk=lost_picture.pk))
    assert response.status_code == 200, url


def test_the_article_leaves_the_picture_out_of_its_sharing_tags(client, lost_picture):
    html = client.get(lost_picture.url).content.decode()
    assert 'property="og:image"' not in html
    assert '"image":' not in html  # the JSON-LD's pictures; the publisher's logo stays
