"""The newsroom as editors use it: the Wagtail admin's forms, preview and workflow."""

import copy

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import ArticlePage
from authors.models import AuthorPage
from images.models import NewsImage
from taxonomy.models import SectionPage, TopicPage


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


@pytest.fixture
def editor_client(client, article):
    user = User.objects.create_superuser("chefin", "chefin@example.org", "pw")
    client.force_login(user)
    return client


def _form(article, **changes):
    topics = list(TopicPage.objects.order_by("pk"))
    values = {
        "title": "Neuer Artikel aus der Redaktion",
        "slug": "neuer-artikel",
        "kicker": "",
        "lead": "Ein kurzer Lead für den neuen Artikel.",
        "article_authors": inline_formset([{"author": AuthorPage.objects.get().pk}]),
        "article_topics": inline_formset([{"topic": topics[0].pk}]),
        "article_regions": inline_formset([]),
        "primary_topic": topics[0].pk,
        "hero_image": article.hero_image_id,
        "hero_caption": "",
        "hero_credit": "",
        "key_points": streamfield([("point", "Ein Punkt")]),
        "body": streamfield([("paragraph", rich_text("<p>Hallo</p>"))]),
        "comment_mode": "open",
        "external_id": "",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
    }
    values.update(changes)
    return nested_form_data(values)


def _add_url(article):
    section = SectionPage.objects.get()
    return reverse("wagtailadmin_pages:add", args=("articles", "articlepage", section.pk))


def _errors(response) -> str:
    form = response.context["form"]
    return " ".join(
        [str(message) for messages in form.errors.values() for message in messages]
        + [str(error) for formset in form.formsets.values() for error in formset.non_form_errors()]
    )


def test_an_editor_publishes_a_valid_article(editor_client, article):
    response = editor_client.post(_add_url(article), {**_form(article), "action-publish": "1"})
    assert response.status_code == 302, _errors(response)
    created = ArticlePage.objects.get(slug="neuer-artikel")
    assert created.live and created.url == "/schweiz/neuer-artikel/"


def test_a_key_point_over_200_characters_is_refused(editor_client, article):
    form = _form(article, key_points=streamfield([("point", "x" * 201)]))
    response = editor_client.post(_add_url(article), form)
    assert response.status_code == 200
    error = response.context["form"].errors["key_points"].as_data()[0]
    assert "höchstens 200 Zeichen" in str(error.as_json_data()["blockErrors"][0])
    assert not ArticlePage.objects.filter(slug="neuer-artikel").exists()


def test_an_article_without_key_points_is_published(editor_client, article):
    form = _form(article, key_points=streamfield([]))
    response = editor_client.post(_add_url(article), {**form, "action-publish": "1"})
    assert response.status_code == 302, _errors(response)
    assert len(ArticlePage.objects.get(slug="neuer-artikel").key_points) == 0


def test_more_than_five_key_points_are_refused(editor_client, article):
    form = _form(article, key_points=streamfield([("point", f"Punkt {n}") for n in range(6)]))
    response = editor_client.post(_add_url(article), form)
    assert response.status_code == 200
    assert not ArticlePage.objects.filter(slug="neuer-artikel").exists()


def test_a_hero_image_without_credit_is_refused(editor_client, article):
    NewsImage.objects.filter(pk=article.hero_image_id).update(credit="")
    response = editor_client.post(_add_url(article), {**_form(article), "action-publish": "1"})
    assert response.status_code == 200
    assert "hat keinen Bildnachweis" in _errors(response)
    response = editor_client.post(
        _add_url(article), {**_form(article, hero_credit="Keystone"), "action-publish": "1"}
    )
    assert response.status_code == 302


def test_a_primary_topic_that_is_not_among_the_topics_is_refused(editor_client, article):
    other = TopicPage.objects.order_by("pk").last()
    response = editor_client.post(_add_url(article), _form(article, primary_topic=other.pk))
    assert response.status_code == 200
    assert f"Das Hauptthema «{other.title}» muss auch bei den Themen" in _errors(response)


def test_an_article_needs_an_author(editor_client, article):
    for action in ({}, {"action-publish": "1"}):
        form = {**_form(article, article_authors=inline_formset([])), **action}
        response = editor_client.post(_add_url(article), form)
        assert response.status_code == 200
        assert "mindestens eine Autorin oder einen Autor" in str(response.context["form"].errors)
    assert not ArticlePage.objects.filter(slug="neuer-artikel").exists()


def test_an_imported_article_can_be_copied(editor_client, article):
    url = reverse("wagtailadmin_pages:copy", args=(article.pk,))
    form = {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": article.get_parent().pk}
    assert editor_client.post(url, form).status_code == 302
    copy = ArticlePage.objects.get(slug="kopie")
    assert copy.external_id is None and article.external_id == "test-001"


def test_the_admin_speaks_german(editor_client, article):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,)))
    html = response.content.decode()
    assert response.status_code == 200
    for label in ("Dachzeile", "Aufmacherbild", "Das Wichtigste in Kürze", "Themen und Regionen"):
        assert label in html


def test_preview_shows_unsaved_changes(editor_client, article):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(article.pk,))
    form = _form(article, title="Vorschau-Titel", slug=article.slug, kicker="Vorschau")
    assert editor_client.post(url, form).json()["is_valid"]
    html = editor_client.get(url).content.decode()
    assert "Vorschau-Titel" in html and ">Vorschau</a>" in html
    assert ArticlePage.objects.get(pk=article.pk).title != "Vorschau-Titel"


def test_an_article_can_be_scheduled(editor_client, article):
    go_live = (timezone.localtime() + timezone.timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    form = {**_form(article, go_live_at=go_live), "action-publish": "1"}
    assert editor_client.post(_add_url(article), form).status_code == 302
    scheduled = ArticlePage.objects.get(slug="neuer-artikel")
    assert not scheduled.live and scheduled.go_live_at is not None


def test_a_go_live_in_the_past_is_refused_in_german_and_changes_nothing(editor_client, article):
    """Wagtail would publish at once; the editor meant a time to come."""
    past = (timezone.localtime() - timezone.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    form = {**_form(article, go_live_at=past), "action-publish": "1"}
    response = editor_client.post(_add_url(article), form)
    assert response.status_code == 200
    assert "Die Freischaltung muss in der Zukunft liegen." in _errors(response)
    assert not ArticlePage.objects.filter(slug="neuer-artikel").exists()


def test_a_live_article_keeps_its_past_go_live_in_later_edits(editor_client, article):
    page = ArticlePage.objects.get(pk=article.pk)
    page.go_live_at = timezone.now() - timezone.timedelta(days=3)
    page.save_revision().publish()
    go_live = timezone.localtime(page.go_live_at).strftime("%Y-%m-%d %H:%M:%S")
    rows = {
        "article_authors": inline_formset(
            [{"id": row.pk, "author": row.author_id} for row in page.article_authors.all()],
            initial=page.article_authors.count(),
        ),
        "article_topics": inline_formset(
            [{"id": row.pk, "topic": row.topic_id} for row in page.article_topics.all()],
            initial=page.article_topics.count(),
        ),
        "article_regions": inline_formset(
            [{"id": row.pk, "region": row.region_id} for row in page.article_regions.all()],
            initial=page.article_regions.count(),
        ),
    }
    form = {
        **_form(
            article,
            title="Korrigiert",
            slug=page.slug,
            go_live_at=go_live,
            primary_topic=page.primary_topic_id,
            **rows,
        ),
        "action-publish": "1",
    }
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert editor_client.post(url, form).status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == "Korrigiert"


def test_write_review_publish_workflow(article):
    """A reporter (Editors group) submits; a moderator approves; the article goes live."""
    reporter = User.objects.create_user("reporter", password="pw")
    reporter.groups.add(Group.objects.get(name="Editors"))
    moderator = User.objects.create_user("chef", password="pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))

    page = ArticlePage.objects.get(pk=article.pk)
    page.title = "Geänderter Titel"
    page.save_revision(user=reporter)
    workflow = page.get_workflow()
    assert workflow is not None
    assert not page.permissions_for_user(reporter).can_publish()
    state = workflow.start(page, reporter)
    assert state.status == "in_progress"
    assert Page.objects.get(pk=page.pk).specific.title != "Geänderter Titel"

    task_state = state.current_task_state
    task_state.task.on_action(task_state, moderator, "approve")
    page.refresh_from_db()
    assert page.live and page.title == "Geänderter Titel"


def test_unpublishing_takes_the_article_off_the_site(editor_client, article):
    reader = Client(HTTP_HOST="127.0.0.1")
    assert reader.get(article.url).status_code == 200
    url = reverse("wagtailadmin_pages:unpublish", args=(article.pk,))
    assert editor_client.post(url).status_code == 302
    assert reader.get(article.url).status_code == 404


def test_revisions_can_be_compared_and_reverted(editor_client, article):
    page = ArticlePage.objects.get(pk=article.pk)
    first = page.latest_revision
    page.title = "Korrigierter Titel"
    page.save_revision().publish()
    history = reverse("wagtailadmin_pages:history", args=(page.pk,))
    assert editor_client.get(history).status_code == 200
    first.as_object().save_revision().publish()
    page.refresh_from_db()
    assert page.title == "Gemeinderat plant neue Velo-Route Nummer 1"


def test_the_error_summary_names_a_blocks_problem_in_german(editor_client, article):
    """Wagtail lists every field's error when the form has one of its own (no author here);
    a StreamField's entry is German, never «Validation error in StreamBlock»."""
    no_author = inline_formset([])
    form = _form(article, article_authors=no_author, key_points=streamfield([("point", "x" * 201)]))
    html = editor_client.post(_add_url(article), form).content.decode()
    assert "Ein Artikel braucht mindestens eine" in html
    assert "Das Wichtigste in Kürze: Einige Blöcke enthalten Fehler; sie sind im Feld" in html
    assert "Validation error" not in html
    six_points = streamfield([("point", f"Punkt {n}") for n in range(6)])
    form = _form(article, article_authors=no_author, key_points=six_points)
    html = editor_client.post(_add_url(article), form).content.decode()
    assert "Das Wichtigste in Kürze: Die maximale Anzahl an Elementen ist 5" in html
    assert "Validation error" not in html
    assert not ArticlePage.objects.filter(slug="neuer-artikel").exists()


def test_the_review_workflow_speaks_german(article):
    """Wagtail's default workflow and task are named in the site's language, and its sentences
    read well with the name: the reporter's action menu and the dashboard say it in German."""
    reporter = User.objects.create_user("reporter", password="pw")
    reporter.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(reporter)
    edit_url = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    html = client.get(edit_url).content.decode()
    assert "Einreichen: Freigabe durch die Moderation" in html

    page = ArticlePage.objects.get(pk=article.pk)
    page.save_revision(user=reporter)
    page.get_workflow().start(page, reporter)
    for url in (edit_url, reverse("wagtailadmin_home")):
        html = client.get(url).content.decode()
        assert "Moderators approval" not in html and "Freigabe durch die Moderation" in html
    assert "Wartet auf" in html  # the dashboard: «Wartet auf Freigabe durch die Moderation»


def test_the_admin_asks_no_third_party_host(editor_client, article, settings):
    """No avatar service (WAGTAIL_GRAVATAR_PROVIDER_URL = None) or other outside host: the
    admin works offline and tells no one who uses it. Users without a picture get Wagtail's
    default avatar; an uploaded one is served by the site."""
    import re

    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.users.models import UserProfile

    from conftest import _avatar

    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    pages = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=(article.pk,)),
        reverse(
            "wagtailadmin_pages:add", args=("articles", "articlepage", article.get_parent().pk)
        ),
    ]
    for url in pages:
        html = editor_client.get(url).content.decode()
        assert "gravatar" not in html
        # What the browser fetches by itself (links to Wagtail's docs are only followed on a click).
        fetched = re.findall(r'(?:src|srcset|action|data)="((?:https?:)?//[^"]+)"', html)
        fetched += re.findall(r'<link[^>]+href="((?:https?:)?//[^"]+)"', html)
        assert [address for address in fetched if "//testserver/" not in address] == [], url
        assert "wagtailadmin/images/default-user-avatar" in html

    profile = UserProfile.get_for_user(User.objects.get(username="chefin"))
    profile.avatar = SimpleUploadedFile("chefin.png", _avatar())
    profile.save()
    html = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    avatar = re.search(r'<img[^>]+src="(/media/avatar_images/[^"]+)"', html)
    assert avatar and editor_client.get(avatar.group(1)).status_code == 200
