import pytest
from django.urls import reverse

from articles.models import ArticlePage
from ingest.models import AgencyItem, ItemStatus, Provider
from ingest.tests.conftest import wire_item
from ingest.wires import items_ingest

INBOX = "/admin/agenturmeldungen/"


@pytest.fixture
def inbox_provider(provider):
    provider.publish_at_once = False
    provider.save()
    return provider


def _ingest(provider, *items, tmp_path):
    return items_ingest(list(items), provider=provider, base_dir=tmp_path)


@pytest.mark.django_db
def test_the_inbox_lists_items_with_filters(admin_client, inbox_provider, tmp_path):
    _ingest(
        inbox_provider,
        wire_item("urn:1", headline="Eilmeldung Lawine", urgency=1),
        wire_item("urn:2", headline="Routine Bericht", urgency=5),
        wire_item("urn:3", error="kaputt"),
        tmp_path=tmp_path,
    )
    page = admin_client.get(INBOX).content.decode()
    assert "Agenturmeldungen" in page
    assert "Eilmeldung Lawine" in page and "Routine Bericht" in page
    urgent = admin_client.get(INBOX, {"urgency": "2"}).content.decode()
    assert "Eilmeldung Lawine" in urgent and "Routine Bericht" not in urgent
    held = admin_client.get(INBOX, {"status": "held"}).content.decode()
    assert "kaputt" in held and "Eilmeldung" not in held
    other = Provider.objects.create(name="dpa", folder="/srv/dpa")
    assert "Eilmeldung" not in admin_client.get(INBOX, {"provider": other.pk}).content.decode()
    assert "Eilmeldung" in admin_client.get(INBOX, {"period": "1"}).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [{"status": "x"}, {"urgency": "zehn"}, {"period": "2"}, {"provider": "a"}, {"page": "x"}],
)
def test_bad_filters_answer_404(admin_client, query):
    assert admin_client.get(INBOX, query).status_code == 404


@pytest.mark.django_db
def test_an_item_shows_its_meta_and_can_be_taken(admin_client, inbox_provider, tmp_path):
    _ingest(inbox_provider, wire_item(), tmp_path=tmp_path)
    item = AgencyItem.objects.get()
    page = admin_client.get(f"{INBOX}{item.pk}/").content.decode()
    for text in (
        "Nur für Abonnenten.",
        "© Keystone-SDA",
        "Dringlichkeit",
        "Als Artikel übernehmen",
    ):
        assert text in page
    answer = admin_client.post(f"{INBOX}{item.pk}/take/")
    item.refresh_from_db()
    assert item.status == ItemStatus.TAKEN
    assert answer.url == reverse("wagtailadmin_pages:edit", args=[item.article_id])
    editor = admin_client.get(answer.url).content.decode()
    assert "Agenturmeldung (Keystone-SDA)" in editor


@pytest.mark.django_db
def test_ignore_and_unknown_actions(admin_client, inbox_provider, tmp_path):
    _ingest(inbox_provider, wire_item(), tmp_path=tmp_path)
    item = AgencyItem.objects.get()
    assert admin_client.post(f"{INBOX}{item.pk}/explode/").status_code == 404
    assert admin_client.get(f"{INBOX}{item.pk}/take/").status_code == 405
    admin_client.post(f"{INBOX}{item.pk}/ignore/")
    item.refresh_from_db()
    assert item.status == ItemStatus.IGNORED


@pytest.mark.django_db
def test_a_held_item_cannot_be_taken(admin_client, inbox_provider, tmp_path):
    _ingest(inbox_provider, wire_item(error="kaputt"), tmp_path=tmp_path)
    item = AgencyItem.objects.get()
    answer = admin_client.post(f"{INBOX}{item.pk}/take/", follow=True)
    assert "kann nicht übernommen werden" in answer.content.decode()
    assert not ArticlePage.objects.exists()


@pytest.mark.django_db
def test_the_new_agency_version_shows_a_diff_and_is_taken_over(admin_client, provider, tmp_path):
    _ingest(provider, wire_item(version=1), tmp_path=tmp_path)
    article = ArticlePage.objects.get()
    article.title = "Titel der Redaktion"
    article.save_revision().publish()
    _ingest(provider, wire_item(version=2, headline="Agentur neu"), tmp_path=tmp_path)
    item = AgencyItem.objects.get()
    inbox = admin_client.get(INBOX, {"status": "all"}).content.decode()
    assert "neue Agenturversion" in inbox
    page = admin_client.get(f"{INBOX}{item.pk}/").content.decode()
    assert "-Titel der Redaktion" in page and "+Agentur neu" in page
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert "Neue Agenturversion (Keystone-SDA)" in editor.content.decode()
    admin_client.post(f"{INBOX}{item.pk}/pending/")
    article.refresh_from_db()
    assert article.title == "Agentur neu"


@pytest.mark.django_db
def test_provider_form_validates_in_german_and_hides_credentials(admin_client, section):
    add = reverse("wagtailsnippets_ingest_provider:add")
    answer = admin_client.post(
        add,
        {
            "name": "SDA",
            "format": "auto",
            "source_kind": "url",
            "url": "",
            "poll_seconds": "5",
            "subject_mappings-TOTAL_FORMS": "0",
            "subject_mappings-INITIAL_FORMS": "0",
            "place_mappings-TOTAL_FORMS": "0",
            "place_mappings-INITIAL_FORMS": "0",
        },
    )
    page = answer.content.decode()
    assert "Geben Sie die Adresse an" in page and "höchstens alle 10 Sekunden" in page
    assert not Provider.objects.exists()
    data = {
        "name": "SDA",
        "format": "ninjs",
        "source_kind": "url",
        "url": "https://wire.example/feed",
        "poll_seconds": "60",
        "username": "sda",
        "password": "geheim-123",
        "enabled": "on",
        "subject_mappings-TOTAL_FORMS": "0",
        "subject_mappings-INITIAL_FORMS": "0",
        "place_mappings-TOTAL_FORMS": "0",
        "place_mappings-INITIAL_FORMS": "0",
    }
    assert admin_client.post(add, data).status_code == 302
    provider = Provider.objects.get()
    assert provider.password == "geheim-123"
    edit = reverse("wagtailsnippets_ingest_provider:edit", args=[provider.pk])
    assert "geheim-123" not in admin_client.get(edit).content.decode()
    admin_client.post(edit, {**data, "password": "", "default_credit": "Keystone-SDA"})
    provider.refresh_from_db()
    assert provider.password == "geheim-123" and provider.default_credit == "Keystone-SDA"
    listing = admin_client.get(reverse("wagtailsnippets_ingest_provider:list")).content.decode()
    assert "Agenturen" in listing


@pytest.mark.django_db
def test_poll_now(admin_client, provider, tmp_path):
    provider.folder = str(tmp_path / "fehlt")
    provider.save()
    answer = admin_client.post(f"{INBOX}agency/{provider.pk}/poll/", follow=True)
    assert "konnte nicht abgerufen werden" in answer.content.decode()
    provider.refresh_from_db()
    assert provider.failures == 1
