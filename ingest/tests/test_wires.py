from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import ArticlePage
from core.scheduling import scheduled_changes_apply
from home.models import HomePage
from ingest.models import AgencyItem, ItemStatus, PlaceMapping, SubjectMapping
from ingest.tests.conftest import wire_item
from ingest.wires import item_ignore, item_pending_take, item_take, items_ingest, pending_diff
from taxonomy.models import RegionPage, TopicIndexPage, TopicPage


def _ingest(provider, *items, tmp_path):
    return items_ingest(list(items), provider=provider, base_dir=tmp_path)


@pytest.mark.django_db
def test_publish_at_once_writes_a_live_article_with_defaults(provider, tmp_path):
    report = _ingest(provider, wire_item(), tmp_path=tmp_path)
    assert report.summary() == {"created": 1}
    item = AgencyItem.objects.get()
    page = item.article.specific
    assert page.live and page.get_parent().slug == "schweiz"
    assert page.external_id == f"wire-{provider.pk}:urn:newsml:sda.ch:2026:1"
    assert [a.author.title for a in page.article_authors.all()] == ["Anna Meier"]
    assert item.status == ItemStatus.PUBLISHED
    assert (item.urgency, item.copyright_holder, item.usage_terms) == (
        3, "Keystone-SDA", "Nur für Abonnenten.",
    )  # fmt: skip
    assert item.revision_id == page.latest_revision_id


@pytest.mark.django_db
def test_without_byline_the_author_is_the_provider(provider, tmp_path):
    _ingest(provider, wire_item(byline=""), tmp_path=tmp_path)
    page = ArticlePage.objects.get()
    assert [a.author.title for a in page.article_authors.all()] == ["Keystone-SDA"]


@pytest.mark.django_db
def test_newer_version_updates_older_and_equal_are_ignored(provider, tmp_path):
    _ingest(provider, wire_item(version=2, headline="Zweite Fassung"), tmp_path=tmp_path)
    older = _ingest(provider, wire_item(version=1, headline="Erste Fassung"), tmp_path=tmp_path)
    same = _ingest(provider, wire_item(version=2, headline="Anders"), tmp_path=tmp_path)
    assert older.summary() == {"ignored": 1} and same.summary() == {"unchanged": 1}
    assert ArticlePage.objects.get().title == "Zweite Fassung"
    newer = _ingest(provider, wire_item(version=3, headline="Dritte Fassung"), tmp_path=tmp_path)
    assert newer.summary() == {"updated": 1}
    assert ArticlePage.objects.get().title == "Dritte Fassung"
    assert AgencyItem.objects.get().version == 3


@pytest.mark.django_db
def test_versioncreated_decides_without_version(provider, tmp_path):
    first = wire_item(version=None, headline="Früh")
    first.meta["versioncreated"] = timezone.now() - timedelta(hours=2)
    later = wire_item(version=None, headline="Spät")
    later.meta["versioncreated"] = timezone.now() - timedelta(hours=1)
    _ingest(provider, later, tmp_path=tmp_path)
    assert _ingest(provider, first, tmp_path=tmp_path).summary() == {"ignored": 1}
    assert ArticlePage.objects.get().title == "Spät"


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["withheld", "canceled"])
def test_withheld_or_canceled_unpublishes(provider, tmp_path, status, monkeypatch):
    purged = []
    monkeypatch.setattr("edge.signals.content_changed", lambda **kw: purged.append(kw["reason"]))
    _ingest(provider, wire_item(version=1), tmp_path=tmp_path)
    report = _ingest(provider, wire_item(version=2, pubstatus=status), tmp_path=tmp_path)
    assert report.summary() == {"withheld": 1}
    assert not ArticlePage.objects.get().live
    assert AgencyItem.objects.get().status == ItemStatus.WITHHELD
    assert "unpublished" in purged


@pytest.mark.django_db
def test_embargoed_item_waits_for_its_time(provider, tmp_path, monkeypatch):
    until = timezone.now() + timedelta(hours=1)
    _ingest(provider, wire_item(embargoed=until), tmp_path=tmp_path)
    page = ArticlePage.objects.get()
    assert not page.live and page.go_live_at == until
    scheduled_changes_apply()
    assert not ArticlePage.objects.get().live
    later = until + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)  # Wagtail checks go_live_at itself
    scheduled_changes_apply()
    assert ArticlePage.objects.get().live


@pytest.mark.django_db
def test_a_malformed_item_is_held_and_the_batch_goes_on(provider, tmp_path):
    bad = wire_item("urn:bad", error="«headline» fehlt")
    invalid = wire_item("urn:invalid", headline="")  # the writer refuses it
    report = _ingest(provider, wire_item("urn:good"), bad, invalid, tmp_path=tmp_path)
    assert [r.outcome for r in report.results] == ["created", "held", "held"]
    held = AgencyItem.objects.get(uri="urn:bad")
    assert held.status == ItemStatus.HELD and held.error == "«headline» fehlt"
    assert "headline" in AgencyItem.objects.get(uri="urn:invalid").error
    assert ArticlePage.objects.count() == 1


@pytest.mark.django_db
def test_a_held_new_version_leaves_the_article_alone(provider, tmp_path):
    _ingest(provider, wire_item(version=1), tmp_path=tmp_path)
    _ingest(provider, wire_item(version=2, headline=""), tmp_path=tmp_path)
    item = AgencyItem.objects.get()
    assert item.status == ItemStatus.PUBLISHED and item.error and item.version == 1
    assert ArticlePage.objects.get().title == "Bundesrat beschliesst Massnahmen"


@pytest.mark.django_db
def test_mapping_tables_give_topics_and_regions(provider, tmp_path):
    index = TopicIndexPage.objects.first()
    if index is None:
        index = TopicIndexPage(title="Themen", slug="themen")
        HomePage.objects.first().add_child(instance=index)
    topic = TopicPage(title="Politik", slug="politik")
    index.add_child(instance=topic)
    SubjectMapping.objects.create(provider=provider, scheme="medtop", code="11000000", topic=topic)
    SubjectMapping.objects.create(provider=provider, name="Bundesrat", topic=topic)
    item = wire_item(
        subjects=[{"scheme": "medtop", "code": "11000000", "name": "Politik"}],
        places=[{"scheme": "geo", "code": "CH-BE", "name": "Bern"}],
    )
    home = HomePage.objects.first()
    world = RegionPage.objects.filter(kind="world").first()
    if world is None:
        world = RegionPage(title="Welt", slug="welt", kind="world")
        home.add_child(instance=world)
    schweiz = RegionPage(title="Schweiz", slug="schweiz", kind="country")
    world.add_child(instance=schweiz)
    region = RegionPage(title="Bern", slug="bern", kind="canton")
    schweiz.add_child(instance=region)
    PlaceMapping.objects.create(provider=provider, code="CH-BE", region=region)
    _ingest(provider, item, tmp_path=tmp_path)
    page = AgencyItem.objects.get(uri=item.meta["uri"]).article.specific
    assert [t.topic.title for t in page.article_topics.all()] == ["Politik"]
    assert [r.region.pk for r in page.article_regions.all()] == [region.pk]


@pytest.mark.django_db
def test_inbox_mode_keeps_the_item_until_taken(provider, tmp_path):
    provider.publish_at_once = False
    provider.save()
    report = _ingest(provider, wire_item(), tmp_path=tmp_path)
    assert report.summary() == {"inbox": 1}
    item = AgencyItem.objects.get()
    assert item.status == ItemStatus.INBOX and item.article is None
    assert not ArticlePage.objects.exists()
    item_take(item=item)
    item.refresh_from_db()
    page = item.article.specific
    assert item.status == ItemStatus.TAKEN and not page.live
    # a newer version updates the taken draft while editors have not changed it
    _ingest(provider, wire_item(version=2, headline="Neu"), tmp_path=tmp_path)
    page.refresh_from_db()
    assert page.draft_title == "Neu" and not page.live


@pytest.mark.django_db
def test_ignored_item_comes_back_with_a_newer_version(provider, tmp_path):
    provider.publish_at_once = False
    provider.save()
    _ingest(provider, wire_item(), tmp_path=tmp_path)
    item_ignore(item=AgencyItem.objects.get())
    _ingest(provider, wire_item(version=2), tmp_path=tmp_path)
    assert AgencyItem.objects.get().status == ItemStatus.INBOX


@pytest.mark.django_db
def test_editors_changes_keep_the_new_version_pending(provider, tmp_path):
    _ingest(provider, wire_item(version=1), tmp_path=tmp_path)
    page = ArticlePage.objects.get()
    page.title = "Titel der Redaktion"
    page.save_revision().publish()
    report = _ingest(
        provider,
        wire_item(version=2, headline="Agentur neu", body="Neuer Text."),
        tmp_path=tmp_path,
    )
    assert report.summary() == {"pending": 1}
    page.refresh_from_db()
    assert page.title == "Titel der Redaktion"
    item = AgencyItem.objects.get()
    assert item.pending["record"]["headline"] == "Agentur neu"
    diff = "\n".join(pending_diff(item))
    assert "-Titel der Redaktion" in diff and "+Agentur neu" in diff and "+Neuer Text." in diff
    item_pending_take(item=item)
    page.refresh_from_db()
    item.refresh_from_db()
    assert page.title == "Agentur neu" and item.pending is None and item.version == 2
    assert item.revision_id == page.latest_revision_id


@pytest.mark.django_db
def test_saving_without_a_change_is_not_an_edit(provider, tmp_path):
    _ingest(provider, wire_item(version=1), tmp_path=tmp_path)
    page = ArticlePage.objects.get()
    page.save_revision().publish()
    report = _ingest(provider, wire_item(version=2, headline="Neu"), tmp_path=tmp_path)
    assert report.summary() == {"updated": 1}
    assert ArticlePage.objects.get().title == "Neu"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Von Anna Meier und Urs Muster (sda)", ["Anna Meier", "Urs Muster"]),
        ("Urs Muster, SDA", ["Urs Muster"]),
        ("sda", []),
        ("", []),
    ],
)
def test_bylines_become_authors(byline, names):
    from ingest.wires import _byline_names

    assert _byline_names(byline) == names


@pytest.mark.django_db
def test_a_wire_record_with_html_and_a_picture_elsewhere(provider, tmp_path):
    item = wire_item("urn:html")
    data = item.records[0].data
    data["body"] = [{"type": "html", "value": "<p>Erster<br>Absatz</p><h2>Zwischentitel</h2>"}]
    data["hero_image"] = {"url": "https://elsewhere.example/bild.jpg", "alt": "Bild"}
    report = _ingest(provider, item, tmp_path=tmp_path)
    assert report.summary() == {"created": 1}, report.results[0].reason
    assert any("elsewhere.example" in warning for warning in report.results[0].warnings)
    page = ArticlePage.objects.get()
    assert [block.block_type for block in page.body] == ["paragraph", "subheading"]
    assert page.hero_image is None


@pytest.mark.django_db
def test_a_taken_item_under_embargo_is_scheduled_when_published(provider, tmp_path):
    provider.publish_at_once = False
    provider.save()
    until = timezone.now() + timedelta(hours=2)
    _ingest(provider, wire_item(embargoed=until), tmp_path=tmp_path)
    item = item_take(item=AgencyItem.objects.get())
    page = item.article.specific
    draft = page.get_latest_revision_as_object()
    assert abs(draft.go_live_at - until) < timedelta(seconds=1)
    assert item.revision_id == page.latest_revision_id
    page.get_latest_revision().publish()  # what «Veröffentlichen» in the editor does
    page.refresh_from_db()
    assert not page.live  # scheduled for the embargo, not shown early


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_items_commit_one_by_one_and_their_purge_goes_out_once(provider, tmp_path, request):
    """Each item its own transaction (a bad one undoes no other), one edge-cache purge for
    the batch (core.changes.changes_held) instead of one per item."""
    from core.changes import content_committed

    purges = []

    def record(sender, page_ids, **batch):
        purges.append({"page_ids": page_ids})

    content_committed.connect(record)
    request.addfinalizer(lambda: content_committed.disconnect(record))
    report = _ingest(
        provider,
        wire_item("urn:eins"),
        wire_item("urn:zwei", headline=""),  # held
        wire_item("urn:drei"),
        tmp_path=tmp_path,
    )
    assert [r.outcome for r in report.results] == ["created", "held", "created"]
    articles = set(ArticlePage.objects.values_list("pk", flat=True))
    assert len(articles) == 2
    assert len(purges) == 1 and articles <= set(purges[0]["page_ids"])
