"""Kept fragments follow what they show (core.fragments): a change renews the parts and modules
of the pages that show it, at their next request, and leaves every other page's kept. The two
articles are imported once for the module (kept_for_module); the tests without them are in
test_kept_fragments_apart.py."""

import copy

import pytest
from django.utils.translation import get_language
from wagtail.models import Site

from conftest import article_record, kept_for_module
from core.fragments import kept_get_many
from reader.selectors import _parts_key


@pytest.fixture(scope="module")
def two_articles_built(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """A: Schweiz, Verkehr, Anna Muster; B: Sport, Eishockey, Beat Beispiel, elsewhere.
    Imported once for the module (conftest's `kept_for_module`, docs/testing.md), its commit
    callbacks run as a test's would; each test's changes are rolled back after it."""
    from django.test import TestCase

    from ingest.services import document_import

    folder = tmp_path_factory.mktemp("two-articles")
    a = article_record(1, folder)
    b = article_record(
        2,
        folder,
        section="Sport",
        headline="Der EHC gewinnt das Derby",
        topics=["Eishockey"],
        primary_topic="Eishockey",
        regions=["Europa > Schweiz > Bern"],
        authors=[{"name": "Beat Beispiel", "role": "Sportredaktor"}],
    )
    with kept_for_module(request, django_db_blocker):
        with django_db_blocker.unblock(), TestCase.captureOnCommitCallbacks(execute=True):
            pages = document_import(data={"articles": [a, b]}, base_dir=folder).pages
        yield pages


@pytest.fixture
def two_articles(db, two_articles_built):
    """The import's two pages, a copy for each test (what a test changes in memory stays
    with it)."""
    return copy.deepcopy(two_articles_built)


def parts_kept(page) -> bool:
    site = Site.objects.get(is_default_site=True)
    key = _parts_key(page.pk, site.pk, get_language())
    return bool(kept_get_many([key]))


def modules_kept(page) -> bool:
    key = f"article-modules:{page.pk}:{get_language()}"
    return bool(kept_get_many([key]))


def read(client, *pages):
    for page in pages:
        assert client.get(page.url).status_code == 200


def test_an_approved_comment_keeps_every_kept_part_and_shows_its_count(
    client, two_articles, django_capture_on_commit_callbacks
):
    from comments.models import Comment, CommentStatus
    from comments.pipeline import text_fingerprint
    from comments.services import comments_moderate

    a, b = two_articles
    read(client, a, b)
    assert parts_kept(a) and parts_kept(b) and modules_kept(b)
    body = "Endlich eine sichere Route."  # read per request: the kept parts do not show it
    comment = Comment.objects.create(
        article=a, body=body, fingerprint=text_fingerprint(body), status=CommentStatus.PENDING
    )
    with django_capture_on_commit_callbacks(execute=True):
        comments_moderate(comment_ids=[comment.pk], action="approve", moderator=None)
    assert parts_kept(a) and parts_kept(b) and modules_kept(b)
    html = client.get(a.url).content.decode()
    assert '(<span data-count="comments">1</span>)' in html


def test_an_edit_renews_the_article_and_what_lists_it_not_the_others(
    client, two_articles, django_capture_on_commit_callbacks
):
    a, b = two_articles
    read(client, a, b)
    with django_capture_on_commit_callbacks(execute=True):
        a.lead = "Die Route kommt ein Jahr später."
        a.save_revision().publish()
    assert not parts_kept(a)
    assert parts_kept(b)
    assert "Die Route kommt ein Jahr später." in client.get(a.url).content.decode()


@pytest.mark.parametrize("kind", ["author", "topic", "region"])
def test_a_renamed_author_topic_or_region_renews_the_parts_that_name_it(
    client, two_articles, django_capture_on_commit_callbacks, kind
):
    a, b = two_articles
    read(client, a, b)
    link = {
        "author": a.article_authors.first().author,
        "topic": a.article_topics.first().topic,
        "region": a.article_regions.first().region,
    }[kind].specific
    with django_capture_on_commit_callbacks(execute=True):
        link.title = f"{link.title} neu"
        link.save_revision().publish()
    assert not parts_kept(a)
    assert parts_kept(b)
    assert f"{link.title}" in client.get(a.url).content.decode()


def test_counts_in_kept_modules_are_those_of_now(client, two_articles):
    """The modules under B show A with its count: filled per request, not kept."""
    from engagement.models import ArticleStats

    a, b = two_articles
    read(client, b)
    assert modules_kept(b)
    ArticleStats.objects.update_or_create(article=a, defaults={"comments": 7})
    html = client.get(b.url).content.decode()
    assert "7 Interaktionen" in html
    assert "<!--count:" not in html


def test_an_edited_picture_renews_the_parts_that_show_it(
    client, two_articles, django_capture_on_commit_callbacks
):
    """A's hero picture gets another credit: A's parts render anew (the article's own credit,
    set by the import, still comes first on the page), B's stay kept."""
    a, b = two_articles
    read(client, a, b)
    picture = a.hero_image
    with django_capture_on_commit_callbacks(execute=True):
        picture.credit = "Neue Agentur"
        picture.save()
    assert not parts_kept(a)
    assert parts_kept(b)
    read(client, a)
    assert parts_kept(a)


# The lists article A of `two_articles` is on, besides the home page: its section, topics,
# region (with the regions above it) and author.
A_LISTS = (
    "/schweiz/",
    "/themen/verkehr/",
    "/themen/velo/",
    "/welt/europa/schweiz/zuerich/winterthur/",
    "/welt/europa/schweiz/",
    "/autoren/anna-muster/",
)


def live(page):
    """The page as the database has it now (the import's instances predate publishing:
    `live` is False on them, and Wagtail's unpublish then does nothing)."""
    return type(page).objects.get(pk=page.pk)


def html_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_moved_article_shows_at_its_new_place_everywhere_and_the_others_stay_kept(
    client, two_articles, django_capture_on_commit_callbacks
):
    """A moves to B's section (Wagtail's move): its own parts (canonical link, breadcrumb)
    and every module and list that shows it name its new URL; its old URL leads there."""
    a, b = two_articles
    sport = b.get_parent()
    read(client, a, b)
    for url in ("/", "/sport/", *A_LISTS):
        html_of(client, url)
    old_url = a.url
    with django_capture_on_commit_callbacks(execute=True):
        live(a).move(sport, pos="last-child")
    a.refresh_from_db()
    assert a.url == f"/sport/{a.slug}/"

    assert not parts_kept(a) and not modules_kept(b)
    assert parts_kept(b)  # shows nothing of A
    assert f'rel="canonical" href="http://localhost{a.url}"' in html_of(client, a.url)
    assert a.url in html_of(client, b.url) and old_url not in html_of(client, b.url)
    assert a.title not in html_of(client, "/schweiz/")
    for url in ("/", "/sport/", *A_LISTS[1:]):
        html = html_of(client, url)
        assert a.url in html and old_url not in html, url
    # Wagtail's redirects app keeps the old address working.
    moved = client.get(old_url)
    assert (moved.status_code, moved.headers["Location"]) == (301, a.url)


def test_an_unpublished_article_leaves_every_page_that_showed_it(
    client, two_articles, django_capture_on_commit_callbacks
):
    a, b = two_articles
    read(client, a, b)
    assert a.url in html_of(client, b.url)  # in B's modules
    for url in ("/", *A_LISTS):
        assert a.url in html_of(client, url), url
    with django_capture_on_commit_callbacks(execute=True):
        live(a).unpublish()

    assert client.get(a.url).status_code == 404
    assert not parts_kept(a) and not modules_kept(b)
    assert parts_kept(b)
    assert a.url not in html_of(client, b.url)
    for url in ("/", *A_LISTS):
        assert a.url not in html_of(client, url), url


def test_a_removed_comment_leaves_its_count_and_keeps_every_kept_part(
    client, two_articles, django_capture_on_commit_callbacks
):
    """A moderator rejects an approved comment: the counts on A's page, its teasers (in B's
    modules, in its lists) and the plain comments page follow; the counts are rendered per
    request, so no kept part or module is thrown away."""
    from comments.models import Comment, CommentStatus
    from comments.pipeline import text_fingerprint
    from comments.services import comments_moderate

    a, b = two_articles
    body = "Das ist doch Unsinn, ihr Idioten."
    comment = Comment.objects.create(
        article=a, body=body, fingerprint=text_fingerprint(body), status=CommentStatus.PENDING
    )
    with django_capture_on_commit_callbacks(execute=True):
        comments_moderate(comment_ids=[comment.pk], action="approve", moderator=None)
    assert '(<span data-count="comments">1</span>)' in html_of(client, a.url)
    assert "1 Interaktion<" in html_of(client, b.url)
    assert "1 Interaktion<" in html_of(client, "/schweiz/")
    assert body in html_of(client, f"/kommentare/{a.pk}/")
    assert parts_kept(a) and parts_kept(b) and modules_kept(b)

    with django_capture_on_commit_callbacks(execute=True):
        comments_moderate(comment_ids=[comment.pk], action="reject", moderator=None)

    assert parts_kept(a) and parts_kept(b) and modules_kept(b)
    assert '(<span data-count="comments">0</span>)' in html_of(client, a.url)
    assert "1 Interaktion<" not in html_of(client, b.url)
    assert "1 Interaktion<" not in html_of(client, "/schweiz/")
    assert body not in html_of(client, f"/kommentare/{a.pk}/")


@pytest.fixture
def poll_in_a(two_articles, django_capture_on_commit_callbacks):
    """A with a poll at the end of its body, published; B as before."""
    from polls.models import Poll, PollAnswer

    a, b = two_articles
    poll = Poll(question="Fahren Sie Velo zur Arbeit?")
    poll.answers = [PollAnswer(text="Ja", votes=3), PollAnswer(text="Nein", votes=1)]
    poll.save()
    with django_capture_on_commit_callbacks(execute=True):
        a.body.append(("poll", poll))
        a.save_revision().publish()
    return poll, a, b


def test_a_poll_closed_by_the_newsroom_shows_closed_and_renews_only_its_article(
    client, poll_in_a, django_capture_on_commit_callbacks
):
    """An editor closes the poll now (its form in the admin): A's parts show the new closing
    time; the poll's state, which the page's script asks for, gives the results and no
    form; B's parts stay kept."""
    from django.contrib.auth.models import User
    from django.test import Client
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    poll, a, b = poll_in_a
    read(client, a, b)
    assert parts_kept(a) and parts_kept(b)
    assert "Abstimmen bis" not in html_of(client, a.url)
    editor = Client()
    editor.force_login(User.objects.create_superuser("chefin", "chefin@example.org", "pw"))
    rows = [{"id": answer.pk, "text": answer.text} for answer in poll.answers.all()]
    form = nested_form_data(
        {
            "question": poll.question,
            "answers": inline_formset(rows, initial=2),
            "closes_at": "2026-01-01 10:00",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(reverse("wagtailsnippets_polls_poll:edit", args=(poll.pk,)), form)
    assert response.status_code == 302

    assert not parts_kept(a)
    assert parts_kept(b)
    assert "Abstimmen bis 01.01.2026, 10:00" in html_of(client, a.url)
    state = client.get(f"/engagement/polls/{poll.pk}/state/").json()
    assert state["closed"] and [x["percent"] for x in state["results"]["answers"]] == [75, 25]
    plain = html_of(client, f"/engagement/polls/{poll.pk}/?article={a.pk}")
    assert "Diese Umfrage ist geschlossen." in plain and "<form" not in plain.split("<main")[1]


def test_a_poll_closing_at_its_time_renews_nothing_and_shows_closed(client, poll_in_a):
    """The kept HTML names the closing time, so it is the same before and after it: nothing
    is renewed; the state the page's script asks for says closed from then on."""
    from datetime import timedelta

    from django.utils import timezone

    from polls.models import Poll

    poll, a, b = poll_in_a
    polls = Poll.objects.filter(pk=poll.pk)
    polls.update(closes_at=timezone.now() + timedelta(hours=1))
    state_url = f"/engagement/polls/{poll.pk}/state/"
    assert "results" not in client.get(state_url).json()
    read(client, a, b)
    # Its time comes: moved back rather than waited for.
    polls.update(closes_at=timezone.now() - timedelta(seconds=1))
    assert parts_kept(a) and parts_kept(b)
    state = client.get(state_url).json()
    assert state["closed"] and state["results"]["total"] == 4


def test_a_warm_article_reads_what_is_kept_of_it_at_once(client, two_articles):
    """Its ticker answer, content parts, modules and the navigation: one read of the
    fragments, one of their tags' versions (core.fragments.kept_prefetch)."""
    from unittest import mock

    from django.core.cache import cache

    a, _b = two_articles
    read(client, a)
    reads = mock.Mock(wraps=cache.get_many)
    with mock.patch.object(cache, "get_many", reads):
        read(client, a)
    kept_reads = [
        call.args[0]
        for call in reads.call_args_list
        if any(
            str(key).startswith(
                ("article-parts:", "article-modules:", "ticker-none:", "navigation")
            )
            for key in call.args[0]
        )
    ]
    assert len(kept_reads) == 1 and len(kept_reads[0]) == 4
