"""The modules under an article: «Weiterlesen» ranked by shared topics and regions and by
age, then «Mehr in …», «Mehr …», «Mehr aus …» and «Meistgelesen», each article once."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.test import Client
from django.utils import timezone

from discovery.selectors import RELATED_MIN
from discovery.tests.helpers import articles_publish
from engagement.models import ArticleStats, ArticleViewHour

pytestmark = pytest.mark.django_db

WINTERTHUR = "Europa > Schweiz > Zürich > Winterthur"
BERN = "Europa > Schweiz > Bern"


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


def module_titles(html: str, key: str) -> list[str]:
    """The teaser titles of one module, in page order."""
    match = re.search(rf'<section class="module module--{key}".*?</section>', html, re.S)
    if not match:
        return []
    return re.findall(r'<span class="teaser__title">(.*?)</span>', match.group(0))


def all_teaser_titles(html: str) -> list[str]:
    start = html.index("</article>")
    return re.findall(r'<span class="teaser__title">(.*?)</span>', html[start:])


@pytest.fixture
def designed(tmp_path):
    """The article and candidates whose ranking is known (scores in the comments: weights
    primary topic 3, other topic 1, region 1; halved every 7 days of age)."""
    specs = [
        # 0: the article itself
        {
            "headline": "Velo-Route durch Winterthur",
            "topics": ["Verkehr", "Velo"],
            "primary_topic": "Verkehr",
            "regions": [WINTERTHUR],
            "hours_ago": 3,
        },
        # A: primary topic only, 2 days: 3 × 0.82 = 2.45
        {
            "headline": "A Verkehr in Bern",
            "topics": ["Verkehr"],
            "primary_topic": "Verkehr",
            "regions": [BERN],
            "hours_ago": 48,
        },
        # B: topic and region, 1 day: 2 × 0.91 = 1.81
        {
            "headline": "B Velo in Winterthur",
            "topics": ["Velo"],
            "primary_topic": "Velo",
            "regions": [WINTERTHUR],
            "hours_ago": 24,
        },
        # C: one topic, 1 hour: 1 × 1.0 = 1.0
        {
            "headline": "C Velo in Bern",
            "topics": ["Velo"],
            "primary_topic": "Velo",
            "regions": [BERN],
            "hours_ago": 1,
        },
        # D: everything shared but 60 days old: 5 × 0.003 = 0.013
        {
            "headline": "D Alte Velo-Geschichte",
            "topics": ["Verkehr", "Velo"],
            "primary_topic": "Verkehr",
            "regions": [WINTERTHUR],
            "hours_ago": 60 * 24,
        },
        # E: nothing shared, newest, another section: never related
        {
            "headline": "E Eishockey-Final",
            "section": "Sport",
            "topics": ["Eishockey"],
            "primary_topic": "Eishockey",
            "regions": [BERN],
            "hours_ago": 0.5,
        },
    ]
    return articles_publish(tmp_path, specs)


def test_related_articles_are_ranked_by_shared_topics_regions_and_age(client, designed):
    html = client.get(designed[0].url).content.decode()
    related = module_titles(html, "related")
    assert related == [
        "A Verkehr in Bern",
        "B Velo in Winterthur",
        "C Velo in Bern",
        "D Alte Velo-Geschichte",
    ]
    assert "Weiterlesen" in html


def test_no_module_shows_the_article_itself_or_an_article_twice(client, designed):
    html = client.get(designed[0].url).content.decode()
    titles = all_teaser_titles(html)
    assert titles and "Velo-Route durch Winterthur" not in titles
    assert len(titles) == len(set(titles))


def test_more_modules_take_the_newest_not_yet_shown(tmp_path, client):
    # 1 + 16 articles of the same topic, section and region: 6 related, then 4 + 4 + 2.
    specs = [{"headline": f"Artikel {n:02d}", "hours_ago": n} for n in range(17)]
    pages = articles_publish(tmp_path, specs)
    html = client.get(pages[0].url).content.decode()
    # The related ones are the newest (equal scores, so the age decides).
    assert module_titles(html, "related") == [f"Artikel {n:02d}" for n in range(1, 7)]
    assert module_titles(html, "section") == [f"Artikel {n:02d}" for n in range(7, 11)]
    assert module_titles(html, "topic") == [f"Artikel {n:02d}" for n in range(11, 15)]
    assert module_titles(html, "region") == ["Artikel 15", "Artikel 16"]
    # Each names and links what it shows more of.
    assert '<a href="/schweiz/">Mehr in Schweiz</a>' in html
    assert '<a href="/themen/verkehr/">Mehr Verkehr</a>' in html
    assert '<a href="/welt/europa/schweiz/zuerich/winterthur/">Mehr aus Winterthur</a>' in html
    assert module_titles(html, "most_read") == []  # nothing left to show


def test_too_few_related_articles_are_filled_by_text_similarity(tmp_path, client):
    specs = [
        {
            "headline": "Lawinengefahr im Wallis steigt",
            "topics": ["Wallis"],
            "primary_topic": "Wallis",
            "regions": ["Europa > Schweiz > Wallis"],
        },
        {
            "headline": "Lawinengefahr in Graubünden bleibt erheblich",
            "topics": ["Schnee"],
            "primary_topic": "Schnee",
            "regions": ["Europa > Schweiz > Graubünden"],
        },
        {
            "headline": "Budget der Stadt genehmigt",
            "topics": ["Finanzen"],
            "primary_topic": "Finanzen",
            "regions": [BERN],
        },
    ]
    pages = articles_publish(tmp_path, specs)
    html = client.get(pages[0].url).content.decode()
    related = module_titles(html, "related")
    assert "Lawinengefahr in Graubünden bleibt erheblich" in related
    assert "Budget der Stadt genehmigt" not in related
    assert len(related) < RELATED_MIN  # the fallback has nothing more to offer here


def unrelated(count: int) -> list[dict]:
    """An article, then count - 1 that share nothing with it: no topic, region, section or
    headline word (so neither the ranking nor the text fallback relate them)."""
    return [
        {
            "headline": "Stau am Gubrist",
            "topics": ["Verkehr"],
            "regions": [WINTERTHUR],
            "hours_ago": 0.5,
        },
        *(
            {
                "headline": f"Artikel {n:02d}",
                "section": "Sport",
                "topics": ["Eishockey"],
                "regions": [BERN],
                "hours_ago": n,
            }
            for n in range(1, count)
        ),
    ]


def test_most_read_counts_the_last_24_hours_of_views(tmp_path, client):
    pages = articles_publish(tmp_path, unrelated(10))
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    ArticleViewHour.objects.create(article=pages[7], hour=hour, views=50)
    ArticleViewHour.objects.create(article=pages[8], hour=hour - timedelta(hours=3), views=20)
    ArticleViewHour.objects.create(article=pages[8], hour=hour, views=40)
    ArticleViewHour.objects.create(article=pages[9], hour=hour - timedelta(hours=30), views=999)
    html = client.get(pages[0].url).content.decode()
    most_read = module_titles(html, "most_read")
    assert most_read[:2] == ["Artikel 08", "Artikel 07"]  # 60 views, then 50
    assert "Artikel 09" not in most_read[:2]  # its views are older than 24 hours


def test_most_read_falls_back_to_the_newest_without_views(tmp_path, client):
    pages = articles_publish(tmp_path, unrelated(4))
    html = client.get(pages[0].url).content.decode()
    shown_above = {
        *module_titles(html, "related"),
        *module_titles(html, "section"),
        *module_titles(html, "topic"),
        *module_titles(html, "region"),
    }
    most_read = module_titles(html, "most_read")
    assert most_read
    assert not shown_above & set(most_read)
    assert "Meistgelesen" in html


def test_teasers_show_their_interaction_count(tmp_path, client):
    pages = articles_publish(tmp_path, [{"headline": f"Artikel {n}"} for n in range(4)])
    ArticleStats.objects.create(article=pages[1], comments=170, poll_votes=2)
    ArticleStats.objects.create(article=pages[2], reactions=1)
    ArticleStats.objects.create(article=pages[3], comments=1_000_000, reactions=250_000)
    html = client.get(pages[0].url).content.decode()
    counts = dict(
        re.findall(r'teaser__title">(.*?)</span>\s*<span class="teaser__count">(.*?)</span>', html)
    )
    assert counts["Artikel 1"] == "172 Interaktionen"
    assert counts["Artikel 2"] == "1 Interaktion"
    assert counts["Artikel 3"] == "1.2\xa0Mio. Interaktionen"


def test_teasers_show_views_where_the_article_shows_its_view_count(tmp_path, client):
    pages = articles_publish(tmp_path, [{"headline": f"Artikel {n}"} for n in range(4)])
    for page, views in ((pages[1], 12_400), (pages[2], 13_000_000)):
        page.show_view_count = True
        page.save_revision().publish()
        ArticleStats.objects.create(article=page, views=views, comments=3)
    ArticleStats.objects.create(article=pages[3], views=500, comments=2)
    html = client.get(pages[0].url).content.decode()
    counts = dict(
        re.findall(r'teaser__title">(.*?)</span>\s*<span class="teaser__count">(.*?)</span>', html)
    )
    assert unescape(counts["Artikel 1"]) == "12'400 Views"
    assert counts["Artikel 2"] == "13\xa0Mio. Views"
    assert counts["Artikel 3"] == "2 Interaktionen"  # its article does not show views


def test_article_without_topics_or_regions_still_gets_modules(tmp_path, client):
    pages = articles_publish(
        tmp_path,
        [{"headline": "Ohne Themen", "topics": [], "primary_topic": None, "regions": []}]
        + [{"headline": f"Artikel {n}"} for n in range(3)],
    )
    response = client.get(pages[0].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert module_titles(html, "section") or module_titles(html, "most_read")


def test_modules_are_kept_until_a_change_commits_and_never_in_previews(
    tmp_path, client, admin_user, django_capture_on_commit_callbacks, monkeypatch
):
    from django.test import RequestFactory

    from discovery import selectors

    pages = articles_publish(tmp_path, [{"headline": f"Artikel {n}"} for n in range(3)])
    first = client.get(pages[0].url)
    assert module_titles(first.content.decode(), "related") == ["Artikel 1", "Artikel 2"]
    # Kept: the next reader's page is not computed again, and still names what it shows.
    computed = []
    real = selectors.article_modules
    monkeypatch.setattr(selectors, "article_modules", lambda **kw: computed.append(1) or real(**kw))
    again = client.get(pages[0].url)
    assert computed == [] and again.content == first.content
    assert {f"page-{p.pk}" for p in pages[1:]} <= set(again.headers["X-Cache-Tags"].split())

    # A publication that commits changes what readers see: the kept modules are not used.
    spec = {"headline": "Ganz neu", "external_id": "neu-001", "hours_ago": 0.1}
    with django_capture_on_commit_callbacks(execute=True):
        newer = articles_publish(tmp_path, [spec])[0]
    assert "Ganz neu" in all_teaser_titles(client.get(pages[0].url).content.decode())
    assert computed == [1]

    # Editors previewing the article see the modules as they are now, never kept ones.
    request = RequestFactory().get("/", HTTP_HOST="127.0.0.1")
    request.user = admin_user
    page = pages[0].specific_class.objects.get(pk=pages[0].pk)
    response = page.make_preview_request(request)
    html = response.render().content.decode() if hasattr(response, "render") else ""
    assert newer.title in all_teaser_titles(html or response.content.decode())
    assert computed == [1, 1]


def test_more_from_region_is_about_the_dateline_region(tmp_path, client):
    specs = [
        {"headline": "Zwei Orte", "regions": [BERN, WINTERTHUR], "dateline": [WINTERTHUR]},
        *(
            {
                "headline": f"Artikel {n}",
                "regions": [WINTERTHUR],
                "section": "Sport",
                "topics": ["Eishockey"],
            }
            for n in range(1, 13)
        ),
    ]
    pages = articles_publish(tmp_path, specs)
    html = client.get(pages[0].url).content.decode()
    assert ">Mehr aus Winterthur</a>" in html and "Mehr aus Bern" not in html
    assert len(module_titles(html, "region")) == 4
