"""The set of pages each kind of change purges: exactly the pages that show the change.

Each test makes the change through Wagtail's own actions (or the engagement hook), lets the
transaction commit, and compares the one purge the batch task sent with (a) the expected URLs
and (b) what the site really renders: every cached page whose tags or URL the purge matches.
"""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, Revision

from articles.models import ArticlePage
from conftest import article_record
from core.changes import content_changed
from core.http import cache_tags
from edge.purge import ALWAYS_PURGED_TAGS, EVERYTHING
from home.models import HomePage
from ingest.services import document_import
from taxonomy.models import SectionPage

# The lists article 1 of the newsroom fixture is on (section, topics, regions with their
# ancestors, author, home page).
LISTS = {
    "/",
    "/schweiz/",
    "/themen/verkehr/",
    "/themen/velo/",
    "/welt/",
    "/welt/europa/",
    "/welt/europa/schweiz/",
    "/welt/europa/schweiz/zuerich/",
    "/welt/europa/schweiz/zuerich/winterthur/",
    "/autoren/anna-muster/",
}


class Purges(list):
    def reset(self):
        """Forget what was sent, and what the test's set-up left pending: in a test, the set-up
        runs in the test's transaction, which never commits."""
        self.clear()
        connection._depesche_changes = None


@pytest.fixture
def purges(monkeypatch):
    """The plans the batch task sends to Varnish, in order."""
    plans = Purges()
    monkeypatch.setattr("edge.purge.purge", lambda plan: plans.append(plan) or True)
    return plans


def import_article(number: int, folder, **overrides) -> ArticlePage:
    """One more article through the import service, as the newsroom fixture makes them."""
    record = article_record(number, folder, **overrides)
    return document_import(data={"articles": [record]}, base_dir=folder).pages[0]


def site_snapshot() -> dict[str, set[str]]:
    """Every public page's URL → its cache tags, as an edge cache would hold them now."""
    client = Client(HTTP_HOST="127.0.0.1")
    snapshot = {}
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        snapshot[page.url] = cache_tags(response)
    return snapshot


def purged(plan, *snapshots) -> set[str]:
    """The URLs of the snapshots that the plan would purge from the cache: those with one of
    its tags (the VCL gives every object the EVERYTHING tag too) or one of its paths."""
    return {
        url
        for snapshot in snapshots
        for url, tags in snapshot.items()
        if (tags | EVERYTHING) & plan.tags or url.partition("?")[0] in plan.paths
    }


def one_plan(purges):
    assert len(purges) == 1, "one batched purge per transaction"
    plan = purges[0]
    assert plan.tags >= ALWAYS_PURGED_TAGS  # feeds and sitemaps
    return plan


def test_publishing_a_new_article_purges_its_lists_the_home_page_feeds_and_sitemaps(
    article, purges, django_capture_on_commit_callbacks, tmp_path
):
    before = site_snapshot()
    purges.reset()
    with django_capture_on_commit_callbacks(execute=True):
        second = import_article(2, tmp_path)  # joins the lists of the fixture's article
    plan = one_plan(purges)

    assert plan.urls == LISTS | {second.url}
    # (Pages rendered after the change are fresh; what the edge holds is what was before.)
    assert purged(plan, before) | {second.url} == LISTS | {second.url}
    # Another article's page stays cached: the new article enters its modules when it is
    # next rendered (docs/architecture.md, «Modules under the article»).
    assert article.url not in purged(plan, before)


def test_publishing_purges_search_results_the_api_and_ninjs(
    article, purges, django_capture_on_commit_callbacks, tmp_path
):
    """They list or show articles too: a publication reaches them at once, not after their
    minute at the edge (docs/operations.md, «Edge cache»)."""
    client = Client(HTTP_HOST="127.0.0.1")
    urls = [
        "/suche/?q=Velo",  # the new article will match
        "/suche/?q=Derby",  # matches nothing, before and after
        "/api/v2/articles/",
        f"/api/v2/articles/{article.pk}/",
        "/api/v2/sections/",
        f"/api/ninjs/articles/{article.pk}/",
    ]
    before = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        before[url] = cache_tags(response)
    purges.reset()
    with django_capture_on_commit_callbacks(execute=True):
        second = import_article(2, tmp_path)
    plan = one_plan(purges)

    assert purged(plan, before) == set(urls)
    assert second.url in client.get("/suche/?q=Velo").content.decode()
    assert second.title in client.get("/api/v2/articles/").content.decode()


def test_a_comment_purges_the_search_results_that_show_the_article_only(
    newsroom, purges, django_capture_on_commit_callbacks
):
    """Results show each article's count, as listings do."""
    pages = newsroom(2).pages
    client = Client(HTTP_HOST="127.0.0.1")
    urls = ["/suche/?q=Velo", "/suche/?q=Derby"]
    before = {url: cache_tags(client.get(url)) for url in urls}
    purges.reset()
    with django_capture_on_commit_callbacks(execute=True):
        content_changed(page_ids=[pages[0].pk], reason="comment", kept=False)
    assert purged(one_plan(purges), before) == {"/suche/?q=Velo"}


def test_an_edit_purges_the_article_and_every_list_it_is_on(
    article, purges, django_capture_on_commit_callbacks
):
    before = site_snapshot()
    page = ArticlePage.objects.get(pk=article.pk)
    page.lead = "Die Route wird teurer als geplant."
    purges.reset()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    plan = one_plan(purges)

    assert plan.urls == LISTS | {article.url}
    assert purged(plan, before) == LISTS | {article.url}
    # The topic list and the author list show topics and authors, not articles.
    assert "/themen/" not in purged(plan, before)
    assert "/autoren/" not in purged(plan, before)


def test_unpublishing_purges_the_article_and_its_lists(
    article, purges, django_capture_on_commit_callbacks
):
    before = site_snapshot()
    purges.reset()
    with django_capture_on_commit_callbacks(execute=True):
        ArticlePage.objects.get(pk=article.pk).unpublish()
    plan = one_plan(purges)

    assert plan.urls == LISTS | {article.url}
    assert purged(plan, before) == LISTS | {article.url}
    assert Client(HTTP_HOST="127.0.0.1").get(article.url).status_code == 404


def test_a_scheduled_article_going_live_purges_its_lists_and_its_own_url(
    article, purges, django_capture_on_commit_callbacks, tmp_path
):
    go_live = timezone.now() + timedelta(hours=1)
    scheduled = import_article(2, tmp_path, first_published_at=go_live.isoformat())
    scheduled = ArticlePage.objects.get(pk=scheduled.pk)
    assert not scheduled.live
    before = site_snapshot()  # a 404 for the scheduled URL may be cached too
    # Its time comes: moved back rather than waited for, however long the import took.
    due = timezone.now() - timedelta(seconds=1)
    ArticlePage.objects.filter(pk=scheduled.pk).update(go_live_at=due)
    for revision in Revision.objects.filter(
        object_id=str(scheduled.pk), approved_go_live_at__isnull=False
    ):
        revision.approved_go_live_at = due
        revision.content["go_live_at"] = due.isoformat()
        revision.save(update_fields=["approved_go_live_at", "content"])
    purges.reset()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    plan = one_plan(purges)

    scheduled.refresh_from_db()
    assert scheduled.live
    assert plan.urls == LISTS | {scheduled.url}
    assert scheduled.url in plan.paths  # its cached 404 goes too
    assert purged(plan, before) | {scheduled.url} == LISTS | {scheduled.url}


def test_moving_an_article_purges_its_old_and_new_section_and_its_old_url(
    article, purges, django_capture_on_commit_callbacks
):
    home = HomePage.objects.get()
    sport = home.add_child(instance=SectionPage(title="Sport", slug="sport"))
    sport.save_revision().publish()
    old_url = article.url
    before = site_snapshot()
    purges.reset()
    with django_capture_on_commit_callbacks(execute=True):
        ArticlePage.objects.get(pk=article.pk).move(sport, pos="last-child")
    plan = one_plan(purges)

    article.refresh_from_db()
    assert article.url == "/sport/" + article.slug + "/"
    assert plan.urls == LISTS | {old_url, article.url, "/sport/"}
    assert purged(plan, before, site_snapshot()) == LISTS | {old_url, article.url, "/sport/"}


def test_an_approved_comment_purges_the_pages_that_show_the_article_only(
    newsroom, purges, django_capture_on_commit_callbacks
):
    pages = newsroom(2).pages
    before = site_snapshot()
    purges.reset()
    with django_capture_on_commit_callbacks(execute=True):
        content_changed(page_ids=[pages[0].pk], reason="comment approved", listings=False)
    plan = one_plan(purges)

    # The article and the pages showing its teaser (with its interaction count) go, the
    # other article's among them (its modules show this one); the list tags do not: a
    # comment moves no article in or out of a list.
    assert not {tag for tag in plan.tags if tag.startswith("list-")}
    assert f"page-{pages[0].pk}" in before[pages[1].url]
    assert purged(plan, before) == LISTS | {pages[0].url, pages[1].url}


def test_deleting_an_article_purges_what_showed_it(
    article, purges, django_capture_on_commit_callbacks
):
    before = site_snapshot()
    url = article.url
    purges.reset()
    with django_capture_on_commit_callbacks(execute=True):
        ArticlePage.objects.get(pk=article.pk).delete()
    plan = one_plan(purges)

    assert plan.urls == LISTS | {url}
    assert purged(plan, before) == LISTS | {url}


def test_changes_in_one_transaction_make_one_purge(
    newsroom, purges, django_capture_on_commit_callbacks
):
    pages = newsroom(3).pages
    purges.reset()
    with django_capture_on_commit_callbacks(execute=True):
        for page in pages:
            ArticlePage.objects.get(pk=page.pk).save_revision().publish()
        content_changed(page_ids=[pages[0].pk], reason="comment approved", listings=False)
    plan = one_plan(purges)
    assert {page.url for page in pages} <= plan.urls


def test_a_rolled_back_change_purges_nothing(article, purges, django_capture_on_commit_callbacks):
    from django.db import transaction

    purges.reset()
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        content_changed(page_ids=[article.pk], reason="published")
        raise RuntimeError("the editor's save failed")
    assert purges == []


def test_a_plan_reads_the_tree_not_the_articles_and_in_chunks(newsroom, monkeypatch):
    """An import of thousands of articles sends them in one batch: the plan reads each page's
    place in the tree, never its body (holding every article as its specific page grew a
    5'000-post import by 55 MB), and a few hundred pages at a time."""
    from django.test.utils import CaptureQueriesContext

    from edge import purge as purging

    pages = newsroom(3).pages
    monkeypatch.setattr(purging, "CHUNK", 2)
    with CaptureQueriesContext(connection) as queries:
        plan = purging.purge_plan(page_ids=[page.pk for page in pages])
    assert {page.url for page in pages} <= plan.urls
    assert "/schweiz/" in plan.urls and "/autoren/anna-muster/" in plan.urls
    statements = [query["sql"] for query in queries.captured_queries]
    assert not any("articles_articlepage" in sql for sql in statements)
    assert sum('FROM "wagtailcore_page"' in sql and '"url_path"' in sql for sql in statements) >= 2


def test_a_batch_of_more_pages_than_a_plan_holds_purges_everything(
    newsroom, purges, django_capture_on_commit_callbacks, monkeypatch
):
    """An import of thousands of articles is one batch: it purges the whole cache (and every
    kept fragment) rather than a plan as large as the import."""
    from core.fragments import tag_versions

    pages = newsroom(3).pages
    purges.reset()
    monkeypatch.setattr("edge.signals.PLANNED_AT_MOST", 2)
    before = tag_versions(["all"])
    with django_capture_on_commit_callbacks(execute=True):
        content_changed(page_ids=[page.pk for page in pages], reason="imported")
    assert len(purges) == 1
    assert purges[0].tags == EVERYTHING and purges[0].urls == {"/"}
    assert tag_versions(["all"]) != before
