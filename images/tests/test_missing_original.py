"""A picture whose original file cannot be read (storage down, a file lost): every page and
document that shows it still answers, without that picture."""

import pytest

from articles.models import ArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def lost_picture(article):
    image = ArticlePage.objects.get(pk=article.pk).hero_image
    image.renditions.all().delete()
    image.file.storage.delete(image.file.name)
    return article


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
