"""The engagement endpoints and the article's counts for one article, imported once for the
module (kept_for_module). The unknown article's state is in test_views_apart.py."""

import copy

import pytest
from django.test import Client, override_settings

from articles.models import ArticlePage
from engagement.counters import stats_add
from engagement.models import ArticleStats

BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1"


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=BROWSER)


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


def test_the_article_page_shows_its_interactions_and_loads_the_script(client, article):
    stats_add(article_id=article.pk, comments=170, poll_votes=2)
    html = client.get(article.url).content.decode()
    assert f'data-article-id="{article.pk}"' in html
    assert '<span class="count" data-count="interactions">172 Interaktionen</span>' in html
    assert 'data-count="views"' not in html
    assert "engagement/engagement.js" in html


def test_views_show_where_the_editor_enables_them(client, article):
    article.show_view_count = True
    article.save_revision().publish()
    stats_add(article_id=article.pk, views=13_000_000)
    html = client.get(article.url).content.decode()
    assert "13\xa0Mio. Views" in html


def test_the_state_gives_fresh_counts_and_a_token_and_is_never_cached(client, article):
    stats_add(article_id=article.pk, reactions=1)
    response = client.get(f"/engagement/articles/{article.pk}/")
    data = response.json()
    assert data["counts"]["interactions"] == 1
    assert data["counts"]["interactions_text"] == "1 Interaktion"
    assert data["reader"] == {"authenticated": False, "name": ""}
    assert data["csrf_token"]
    assert "no-store" in response.headers["Cache-Control"]


def test_a_view_is_counted_once_an_hour_and_sets_no_cookie(client, article):
    counted = []
    for _ in range(3):
        response = client.post(f"/engagement/articles/{article.pk}/view/")
        assert response.status_code == 204 and not response.cookies
        counted.append(response.headers["Depesche-View-Counted"])
    assert counted == ["1", "0", "0"]
    assert ArticleStats.objects.get(pk=article.pk).views == 1


def test_another_reader_counts_again(client, article):
    client.post(f"/engagement/articles/{article.pk}/view/")
    Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="10.1.1.1").post(
        f"/engagement/articles/{article.pk}/view/"
    )
    assert ArticleStats.objects.get(pk=article.pk).views == 2


def test_programs_do_not_count(article):
    crawler = Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT="Googlebot/2.1")
    response = crawler.post(f"/engagement/articles/{article.pk}/view/")
    assert response.status_code == 204 and response.headers["Depesche-View-Counted"] == "0"
    assert not ArticleStats.objects.filter(pk=article.pk).exists()


@pytest.mark.parametrize("method", ["get", "put"])
def test_a_view_must_be_posted(client, article, method):
    response = getattr(client, method)(f"/engagement/articles/{article.pk}/view/")
    assert response.status_code == 405


def test_views_of_unknown_or_unpublished_articles_are_refused(client, article):
    assert client.post("/engagement/articles/999999/view/").status_code == 404
    assert client.get("/engagement/articles/abc/").status_code == 404
    ArticlePage.objects.get(pk=article.pk).unpublish()
    assert client.post(f"/engagement/articles/{article.pk}/view/").status_code == 404
    assert not ArticleStats.objects.filter(pk=article.pk).exists()


@override_settings(DEPESCHE_TRUSTED_PROXIES=1)
def test_behind_the_edge_cache_readers_are_told_apart_by_the_forwarded_address(article):
    for address in ("203.0.113.1", "203.0.113.2", "203.0.113.2"):
        Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=BROWSER, HTTP_X_FORWARDED_FOR=address).post(
            f"/engagement/articles/{article.pk}/view/"
        )
    assert ArticleStats.objects.get(pk=article.pk).views == 2


def test_with_redis_down_the_view_beacon_still_counts(redis_down, client, article):
    assert client.post(f"/engagement/articles/{article.pk}/view/").status_code == 204
    assert client.get(f"/engagement/articles/{article.pk}/").status_code == 200
    assert ArticleStats.objects.get(pk=article.pk).views == 1


@override_settings(DEPESCHE_VIEWS_PER_ADDRESS=10)
def test_one_address_cannot_stuff_the_views_by_rotating_the_browser(article):
    """Issue 10 §5: 200 beacons with a new User-Agent each from one address counted 200."""
    url = f"/engagement/articles/{article.pk}/view/"
    counted = 0
    for number in range(200):
        browser = Client(
            HTTP_HOST="127.0.0.1",
            HTTP_USER_AGENT=f"Mozilla/5.0 (X11; Linux x86_64) Firefox/{number}.0",
            REMOTE_ADDR="203.0.113.50",
        )
        response = browser.post(url)
        assert response.status_code == 204
        counted += response.headers["Depesche-View-Counted"] == "1"
    assert counted == 10
    assert ArticleStats.objects.get(pk=article.pk).views == 10
    # Another address still counts.
    other = Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.51")
    assert other.post(url).headers["Depesche-View-Counted"] == "1"
    assert ArticleStats.objects.get(pk=article.pk).views == 11


def test_the_state_keeps_the_header_cookie_in_step_with_the_session(article, django_user_model):
    from engagement.identity import MEMBER_COOKIE

    url = f"/engagement/articles/{article.pk}/"
    # An anonymous reader without the cookie: nothing is set.
    anonymous = Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=BROWSER)
    assert MEMBER_COOKIE not in anonymous.get(url).cookies
    # A session from before the cookie existed gets it; one that ended loses it.
    user = django_user_model.objects.create_user("leser", "leser@example.org", "pw")
    member = Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=BROWSER)
    member.force_login(user)
    member.cookies.pop(MEMBER_COOKIE, None)
    cookie = member.get(url).cookies[MEMBER_COOKIE]
    assert cookie.value == "1" and not cookie["httponly"]
    assert MEMBER_COOKIE not in member.get(url).cookies  # in step: nothing to send
    expired = Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=BROWSER)
    expired.cookies[MEMBER_COOKIE] = "1"
    cleared = expired.get(url).cookies[MEMBER_COOKIE]
    assert cleared.value == "" and cleared["max-age"] == 0
