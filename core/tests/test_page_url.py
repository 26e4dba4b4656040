"""`{% page_url %}` (core.templatetags.depesche) writes what Wagtail's `{% pageurl %}` writes,
for the pages of the request's site and for those of another site."""

from django.template import Context, Template
from django.test import RequestFactory
from wagtail.models import Page, Site

BOTH = Template("{% load wagtailcore_tags depesche %}{% pageurl page %}|{% page_url page %}")


def urls(page, host="127.0.0.1") -> list[str]:
    request = RequestFactory().get("/", HTTP_HOST=host)
    return BOTH.render(Context({"page": page, "request": request})).split("|")


def test_the_same_urls_as_wagtail(article):
    pages = Page.objects.live().specific()
    assert len(pages) > 10
    for page in pages:
        wagtail, ours = urls(page)
        assert ours == wagtail, page.url_path
    assert urls(article)[1] == article.url


def test_a_page_of_another_site_is_wagtail_s_absolute_url(article):
    home = Site.objects.get(is_default_site=True).root_page
    other_root = home.get_parent().add_child(instance=Page(title="Andere", slug="andere"))
    page = other_root.add_child(instance=Page(title="Seite", slug="seite"))
    Site.objects.create(hostname="andere.example.org", port=80, root_page=other_root)
    wagtail, ours = urls(page)
    assert ours == wagtail == "http://andere.example.org/seite/"
    wagtail, ours = urls(page, host="andere.example.org")
    assert ours == wagtail == "/seite/"
