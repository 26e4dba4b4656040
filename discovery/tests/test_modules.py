"""The modules under an article: «Weiterlesen» ranked by shared topics and regions and by
age, «Mehr in …», «Mehr …», «Mehr aus …» sharing their candidates so that each shows what it
names, then «Meistgelesen»; each article once."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.test import Client
from django.utils import timezone

from discovery.candidates import Candidate
from discovery.selectors import RELATED_MIN, modules_share, related_rank
from discovery.tests.helpers import articles_publish, module_heading
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


def test_related_articles_are_ranked_by_shared_topics_regions_and_age():
    now = timezone.now()

    def candidate(pk, hours):
        return Candidate(pk, now - timedelta(hours=hours), 0)

    # The `designed` articles: A primary topic, B other topic and region, C other topic, D all
    # of them but 60 days old.
    a, b, c, d = candidate(1, 48), candidate(2, 24), candidate(3, 1), candidate(4, 60 * 24)
    sources = {"t-verkehr": [a, d], "t-velo": [c, b, d], "r-winterthur": [b, d], "section": [c]}
    weights = {"t-verkehr": 3.0, "t-velo": 1.0, "r-winterthur": 1.0}
    assert related_rank(sources=sources, weights=weights, now=now) == [1, 2, 3, 4]
    assert related_rank(sources=sources, weights=weights, now=now, exclude={1}) == [2, 3, 4]


def test_no_module_shows_the_article_itself_or_an_article_twice(client, designed):
    html = client.get(designed[0].url).content.decode()
    titles = all_teaser_titles(html)
    assert titles and "Velo-Route durch Winterthur" not in titles
    assert len(titles) == len(set(titles))


def test_modules_take_one_each_then_fill_in_turns(tmp_path, client):
    # 1 + 16 articles of the same topic, section and region: one each (topic, region,
    # section, related), then «Mehr …» in turns up to 4, then «Weiterlesen» the rest.
    specs = [{"headline": f"Artikel {n:02d}", "hours_ago": n} for n in range(17)]
    pages = articles_publish(tmp_path, specs)
    html = client.get(pages[0].url).content.decode()
    assert module_titles(html, "topic") == ["Artikel 01", "Artikel 05", "Artikel 08", "Artikel 11"]
    assert module_titles(html, "region") == [
        "Artikel 02",
        "Artikel 06",
        "Artikel 09",
        "Artikel 12",
    ]
    assert module_titles(html, "section") == [
        "Artikel 03",
        "Artikel 07",
        "Artikel 10",
        "Artikel 13",
    ]
    # Equal scores: the age decides.
    assert module_titles(html, "related") == [
        "Artikel 04",
        "Artikel 14",
        "Artikel 15",
        "Artikel 16",
    ]
    # Each names and links what it shows more of.
    assert '<a href="/schweiz/">Mehr in Schweiz</a>' in html
    assert '<a href="/themen/verkehr/">Mehr Verkehr</a>' in html
    assert '<a href="/welt/europa/schweiz/zuerich/winterthur/">Mehr aus Winterthur</a>' in html
    assert module_titles(html, "most_read") == []  # nothing left to show


def test_a_single_imported_article_gets_all_four_modules(tmp_path, client):
    """The issue's case: an article on a topic and a region that each have 3 other articles
    (in its section), sport stories that share nothing. The modules share the 6 articles so
    that each shows what it names; none shows a sport story or an article twice."""
    topic = [f"Gotthard {n}" for n in (1, 2, 3)]
    region = [f"Uri {n}" for n in (1, 2, 3)]
    newsroom = [
        *(
            {
                "headline": headline,
                "section": "News",
                "topics": ["Gotthard"],
                "regions": [BERN],
                "hours_ago": hours,
            }
            for headline, hours in zip(topic, (1, 3, 5), strict=True)
        ),
        *(
            {
                "headline": headline,
                "section": "News",
                "topics": ["Landwirtschaft"],
                "regions": ["Europa > Schweiz > Uri"],
                "hours_ago": hours,
            }
            for headline, hours in zip(region, (2, 4, 6), strict=True)
        ),
        *(
            {
                "headline": f"Eishockey {n}",
                "section": "Sport",
                "topics": ["Eishockey"],
                "regions": [WINTERTHUR],
                "hours_ago": n / 10,
            }
            for n in range(1, 5)
        ),
    ]
    articles_publish(tmp_path, newsroom)
    spec = {
        "external_id": "einzeln-001",
        "headline": "Bergsturz im Reusstal",
        "section": "News",
        "topics": ["Gotthard"],
        "regions": ["Europa > Schweiz > Uri"],
        "hours_ago": 0.5,
    }
    article = articles_publish(tmp_path, [spec])[0]
    html = client.get(article.url).content.decode()

    assert module_heading(html, "related") == "Weiterlesen"
    assert module_heading(html, "section") == "Mehr in News → /news/"
    assert module_heading(html, "topic") == "Mehr Gotthard → /themen/gotthard/"
    assert module_heading(html, "region") == "Mehr aus Uri → /welt/europa/schweiz/uri/"
    # One each first, then «Mehr …» fills up; «Weiterlesen» takes the best-ranked left.
    assert module_titles(html, "topic") == ["Gotthard 1", "Gotthard 2"]
    assert module_titles(html, "region") == ["Uri 1", "Uri 3"]
    assert module_titles(html, "section") == ["Uri 2"]
    assert module_titles(html, "related") == ["Gotthard 3"]
    assert all(title.startswith("Eishockey") for title in module_titles(html, "most_read"))
    titles = all_teaser_titles(html)
    assert len(titles) == len(set(titles)) and spec["headline"] not in titles


def test_named_modules_show_all_of_their_own_when_there_is_enough(tmp_path, client):
    """A topic with 2 other articles gives «Mehr Gotthard» those 2, though they are the best
    related ones; «Weiterlesen» takes the best of the rest (the other topic's)."""
    newsroom = [
        {
            "headline": "Gotthard 1",
            "section": "News",
            "topics": ["Gotthard", "Bahn"],
            "regions": [BERN],
            "hours_ago": 1,
        },
        {
            "headline": "Gotthard 2",
            "section": "Schweiz",
            "topics": ["Gotthard"],
            "regions": [BERN],
            "hours_ago": 2,
        },
        *(
            {
                "headline": f"Bahn {n}",
                "section": "Schweiz",
                "topics": ["Bahn"],
                "regions": [BERN],
                "hours_ago": 2 + n,
            }
            for n in range(1, 6)
        ),
        *(
            {
                "headline": f"Uri {n}",
                "section": "Wirtschaft",
                "topics": ["Landwirtschaft"],
                "regions": ["Europa > Schweiz > Uri"],
                "hours_ago": 10 + n,
            }
            for n in (1, 2)
        ),
        *(
            {
                "headline": f"News {n}",
                "section": "News",
                "topics": ["Wetter"],
                "regions": [WINTERTHUR],
                "hours_ago": 20 + n,
            }
            for n in range(1, 5)
        ),
    ]
    articles_publish(tmp_path, newsroom)
    spec = {
        "external_id": "einzeln-001",
        "headline": "Bergsturz im Reusstal",
        "section": "News",
        "topics": ["Gotthard", "Bahn"],
        "regions": ["Europa > Schweiz > Uri"],
        "hours_ago": 0.5,
    }
    html = client.get(articles_publish(tmp_path, [spec])[0].url).content.decode()
    assert module_titles(html, "topic") == ["Gotthard 1", "Gotthard 2"]
    assert module_titles(html, "region") == ["Uri 1", "Uri 2"]
    assert module_titles(html, "section") == ["News 1", "News 2", "News 3", "News 4"]
    assert module_titles(html, "related") == [f"Bahn {n}" for n in range(1, 6)]


def test_the_modules_topic_and_region_are_the_first_that_have_other_articles(tmp_path, client):
    """The primary topic and the dateline's region have no other articles: «Mehr …» is about
    the article's next topic, «Mehr aus …» about its next region."""
    specs = [
        {
            "headline": "Zwei Themen",
            "topics": ["Verkehr", "Velo"],
            "primary_topic": "Verkehr",
            "regions": [BERN, WINTERTHUR],
            "dateline": [BERN],
        },
        *(
            {
                "headline": f"Artikel {n}",
                "section": "Sport",
                "topics": ["Velo"],
                "regions": [WINTERTHUR],
            }
            for n in range(1, 4)
        ),
    ]
    pages = articles_publish(tmp_path, specs)
    html = client.get(pages[0].url).content.decode()
    assert module_heading(html, "topic") == "Mehr Velo → /themen/velo/"
    assert module_heading(html, "region") == (
        "Mehr aus Winterthur → /welt/europa/schweiz/zuerich/winterthur/"
    )
    assert "Mehr Verkehr" not in html and "Mehr aus Bern" not in html


def test_modules_share_moves_an_article_to_fill_one_more_slot():
    # The region takes its best, 1; the topic can show only 1, so the region moves to 2.
    assert modules_share({"topic": [1], "region": [1, 2]}, slots=("region", "topic")) == {
        "topic": [1],
        "region": [2],
    }
    # Through a chain: the section moves to 3 so that the region can move to 2.
    wishes = {"topic": [1], "region": [1, 2], "section": [2, 3]}
    assert modules_share(wishes, slots=("region", "section", "topic")) == {
        "topic": [1],
        "region": [2],
        "section": [3],
    }
    # No slot filled before is emptied: here the topic goes without.
    assert modules_share({"topic": [1], "region": [1]}, slots=("region", "topic")) == {
        "topic": [],
        "region": [1],
    }


def test_read_more_is_not_filled_with_unrelated_articles(tmp_path, client):
    """No article shares a topic, region or a word that says something: no «Weiterlesen».
    (Every article's body has «Der Gemeinderat hat …»: the headline's «hat» and «mit» once
    related every one of them on SQLite.)"""
    pages = articles_publish(
        tmp_path,
        [
            {
                "headline": "Die Stadt hat mit dem Bau begonnen",
                "topics": ["Verkehr"],
                "regions": [WINTERTHUR],
                "hours_ago": 0.5,
            },
            *unrelated(5)[1:],
        ],
    )
    html = client.get(pages[0].url).content.decode()
    assert module_titles(html, "related") == []
    assert "Weiterlesen" not in html
    assert module_titles(html, "most_read")  # the sport stories are still on the page


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
    assert all_teaser_titles(first.content.decode()) == ["Artikel 1", "Artikel 2"]
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
