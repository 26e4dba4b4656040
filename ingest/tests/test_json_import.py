import json

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Page

from articles.models import ArticlePage
from conftest import article_record
from images.models import NewsImage
from ingest.errors import ImportFailed
from ingest.services import document_import
from polls.models import Poll, PollVote
from taxonomy.models import RegionPage, TopicPage


def _state():
    return (
        Page.objects.count(),
        Poll.objects.count(),
        NewsImage.objects.count(),
        sorted(default_storage.listdir("original_images")[1])
        if default_storage.exists("original_images")
        else [],
    )


@pytest.mark.django_db
def test_a_good_file_creates_articles_with_their_taxonomy(tmp_path):
    data = {"articles": [article_record(1, tmp_path), article_record(2, tmp_path)]}
    result = document_import(data=data, base_dir=tmp_path)
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    page = ArticlePage.objects.get(external_id="test-001")
    assert page.live and page.url == "/schweiz/gemeinderat-plant-neue-velo-route-nummer-1/"
    assert page.primary_topic.title == "Verkehr"
    assert [link.topic.title for link in page.article_topics.all()] == ["Verkehr", "Velo"]
    assert [link.author.title for link in page.article_authors.all()] == ["Anna Muster"]
    winterthur = page.article_regions.get().region
    assert [r.title for r in winterthur.get_ancestors().type(RegionPage)] == [
        "Welt", "Europa", "Schweiz", "Zürich",
    ]  # fmt: skip
    assert winterthur.kind == "municipality"
    assert page.first_published_at.isoformat() == "2026-01-05T07:00:00+00:00"
    assert page.hero_credit == "Keystone" and page.hero_is_archive
    # each article's picture, used as hero and in the body, is one library image (+ the avatar)
    assert NewsImage.objects.count() == 3
    assert page.revisions.count() == 1


@pytest.mark.django_db
def test_definitions_create_each_page_with_one_revision(tmp_path):
    record = article_record(1, tmp_path)
    data = {
        "topics": [{"name": "Verkehr", "kind": "theme", "description": "Strasse und Schiene."}],
        "regions": [{"path": "Europa > Schweiz", "kind": "country", "description": "Hier."}],
        "authors": record["authors"],
        "articles": [record],
    }
    document_import(data=data, base_dir=tmp_path)
    topic = TopicPage.objects.get(title="Verkehr")
    assert topic.description == "Strasse und Schiene." and topic.revisions.count() == 1
    schweiz = RegionPage.objects.get(title="Schweiz")
    assert schweiz.description == "Hier." and schweiz.revisions.count() == 1
    assert ArticlePage.objects.get().article_authors.get().author.revisions.count() == 1


@pytest.mark.django_db
def test_importing_the_same_file_twice_updates_instead_of_duplicating(tmp_path):
    data = {"articles": [article_record(1, tmp_path)]}
    document_import(data=data, base_dir=tmp_path)
    before = _state()
    again = document_import(data=data, base_dir=tmp_path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert _state() == before

    data["articles"][0]["headline"] = "Gemeinderat verschiebt die Velo-Route"
    changed = document_import(data=data, base_dir=tmp_path)
    assert (changed.created, changed.updated) == (0, 1)
    page = ArticlePage.objects.get(external_id="test-001")
    assert page.title == "Gemeinderat verschiebt die Velo-Route"
    assert page.revisions.count() == 2
    assert _state() == before


@pytest.mark.django_db
def test_a_changed_section_moves_the_article(tmp_path):
    data = {"articles": [article_record(1, tmp_path)]}
    document_import(data=data, base_dir=tmp_path)
    data["articles"][0]["section"] = "Sport"
    document_import(data=data, base_dir=tmp_path)
    page = ArticlePage.objects.get(external_id="test-001")
    assert page.url.startswith("/sport/")


BAD_RECORDS = [
    ({"lead": ""}, "«lead»: this field is required"),
    ({"key_points": ["x" * 201]}, "«key_points[0]»: has 201 characters; at most 200"),
    ({"key_points": "a"}, "«key_points»: must be a list"),
    ({"key_points": ["a", "b", "c", "d", "e", "f"]}, "«key_points»: give at most 5 key points"),
    ({"primary_topic": "Wetter"}, "«primary_topic»: The primary topic «Wetter» must"),
    ({"first_published_at": "gestern"}, "«first_published_at»: must be a date and time"),
    ({"first_published_at": "2026-01-05T08:00:00"}, "«first_published_at»: needs a time zone"),
    ({"hero_image": {"path": "missing.jpg", "credit": "x"}}, "«hero_image»: no file at"),
    ({"hero_image": {"data_url": "data:image/png;base64,AAAA", "credit": "x"}}, "not a readable"),
    ({"body": [{"type": "table", "value": "x"}]}, "«body[0]»: a body block is an object"),
    ({"authors": []}, "«authors»: give at least one"),
    ({"comment_mode": "sometimes"}, "«comment_mode»: must be one of open"),
    ({"live": "yes"}, "«live»: must be true or false"),
    ({"body": [{"type": "subheading", "value": "x", "style": "big"}]}, "«body[0].style»: unknown"),
    ({"colour": "red"}, "«colour»: unknown field"),
    ({"body": []}, "«body»: This field is required"),
    (
        {"body": [{"type": "poll", "value": {"question": "Ja?", "answers": ["Ja"]}}]},
        "«body[0].answers»: give 2 to 6 answers",
    ),
    (
        {"body": [{"type": "poll", "value": {"answers": ["Ja", "Nein"]}}]},
        "«body[0].question»: this field is required",
    ),
    (
        {"body": [{"type": "quote", "value": {"text": "Ja", "source": "x" * 201}}]},
        "«body[0].source»: Ensure this value has at most 200 characters",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("change", "message"), BAD_RECORDS)
def test_a_bad_record_names_the_record_and_field_and_imports_nothing(tmp_path, change, message):
    good = article_record(1, tmp_path)
    bad = article_record(2, tmp_path, **change)
    before = _state()
    with translation.override("en"), pytest.raises(ImportFailed) as failure:
        document_import(data={"articles": [good, bad]}, base_dir=tmp_path)
    assert len(failure.value.errors) == 1
    error = failure.value.errors[0]
    assert error.startswith("article 2 (test-002), «")
    assert message in error, error
    assert _state() == before
    assert not TopicPage.objects.exists()


@pytest.mark.django_db
def test_errors_are_german_by_default(tmp_path):
    with pytest.raises(ImportFailed) as failure:
        document_import(
            data={"articles": [article_record(1, tmp_path, lead="")]}, base_dir=tmp_path
        )
    assert failure.value.errors == ["Artikel 1 (test-001), «lead»: dieses Feld ist erforderlich"]


@pytest.mark.django_db
def test_a_hero_image_without_credit_is_refused(tmp_path):
    record = article_record(1, tmp_path)
    record["hero_image"].pop("credit")
    with pytest.raises(ImportFailed) as failure:
        document_import(data={"articles": [record]}, base_dir=tmp_path)
    assert "«hero_image.credit»" in failure.value.errors[0]
    assert "hat keinen Bildnachweis" in failure.value.errors[0]


@pytest.mark.django_db
def test_every_bad_record_is_reported_at_once(tmp_path):
    records = [article_record(n, tmp_path, lead="") for n in (1, 2, 3)]
    records.append(article_record(1, tmp_path))
    with pytest.raises(ImportFailed) as failure:
        document_import(data={"articles": records}, base_dir=tmp_path)
    assert len(failure.value.errors) == 4
    assert "kommt in dieser Datei zweimal vor" in failure.value.errors[3]


@pytest.mark.django_db
def test_html_in_paragraphs_is_sanitised(tmp_path):
    record = article_record(
        1,
        tmp_path,
        body=[{"type": "paragraph", "value": '<p onclick="x()">Hallo <script>alert(1)</script>'}],
    )
    document_import(data={"articles": [record]}, base_dir=tmp_path)
    page = ArticlePage.objects.get()
    stored = page.body.raw_data[0]["value"]
    assert "script" not in stored and "onclick" not in stored and "Hallo" in stored


@pytest.mark.django_db
def test_a_future_publication_time_schedules_the_article(tmp_path):
    record = article_record(1, tmp_path, first_published_at="2099-01-01T08:00:00+01:00")
    document_import(data={"articles": [record]}, base_dir=tmp_path)
    page = ArticlePage.objects.get()
    assert not page.live
    assert page.go_live_at.year == 2099


@pytest.mark.django_db
def test_ambiguous_region_names_need_a_path(tmp_path):
    records = [
        article_record(1, tmp_path, regions=["Europa > Schweiz > Bern"]),
        article_record(2, tmp_path, regions=["Europa > Schweiz > Bern > Bern"]),
        article_record(3, tmp_path, regions=["Bern"]),
    ]
    with pytest.raises(ImportFailed) as failure:
        document_import(data={"articles": records}, base_dir=tmp_path)
    assert "bezeichnet mehr als eine Region" in failure.value.errors[0]


@pytest.mark.django_db
def test_the_command_imports_a_file_and_reports_bad_json(tmp_path, capsys):
    file = tmp_path / "articles.json"
    file.write_text(json.dumps({"articles": [article_record(1, tmp_path)]}))
    call_command("import_articles", str(file))
    assert "1 neu," in capsys.readouterr().out
    broken = tmp_path / "broken.json"
    broken.write_text('{"articles": [')
    with translation.override("en"), pytest.raises(CommandError, match="not valid JSON"):
        call_command("import_articles", str(broken))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"articles": [article_record(2, tmp_path, lead="")]}))
    with translation.override("en"), pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_articles", str(bad))
    assert ArticlePage.objects.count() == 1


@pytest.mark.django_db
def test_the_command_reports_in_german(tmp_path, capsys):
    file = tmp_path / "articles.json"
    file.write_text(json.dumps({"articles": [article_record(1, tmp_path)]}))
    with translation.override("de-ch"):
        call_command("import_articles", str(file))
        assert "1 neu, 0 aktualisiert, 0 unverändert, 2 neue Bilder." in capsys.readouterr().out
        broken = tmp_path / "broken.json"
        broken.write_text('{"articles": [')
        with pytest.raises(CommandError, match="kein gültiges JSON \\(Zeile 1, Spalte"):
            call_command("import_articles", str(broken))
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps({"articles": [article_record(2, tmp_path, lead="")]}))
        with pytest.raises(CommandError) as failure:
            call_command("import_articles", str(bad))
    assert str(failure.value) == f"{bad}: 1 Fehler; nichts wurde importiert."
    assert ArticlePage.objects.count() == 1


@pytest.mark.django_db
def test_picture_paths_stay_inside_the_import_folder(tmp_path):
    inside = tmp_path / "import"
    inside.mkdir()
    record = article_record(1, inside)
    (tmp_path / "outside.jpg").write_bytes((inside / "picture-1.jpg").read_bytes())
    record["hero_image"]["path"] = "../outside.jpg"
    with translation.override("en"), pytest.raises(ImportFailed) as failure:
        document_import(data={"articles": [record]}, base_dir=inside)
    assert "must stay inside the import file's folder" in failure.value.errors[0]


@pytest.mark.django_db
def test_region_names_match_whatever_their_case(tmp_path):
    records = [
        article_record(1, tmp_path, regions=["Europa > Schweiz > Bern"]),
        article_record(2, tmp_path, regions=["europa > schweiz > BERN"]),
    ]
    document_import(data={"articles": records}, base_dir=tmp_path)
    assert RegionPage.objects.filter(title__iexact="bern").count() == 1
    assert RegionPage.objects.filter(title__iexact="europa").count() == 1


@pytest.mark.django_db
def test_live_false_takes_an_article_offline_and_a_draft_is_not_revised_again(tmp_path):
    data = {"articles": [article_record(1, tmp_path)]}
    document_import(data=data, base_dir=tmp_path)
    data["articles"][0]["live"] = False
    document_import(data=data, base_dir=tmp_path)
    page = ArticlePage.objects.get()
    assert not page.live
    revisions = page.revisions.count()
    assert document_import(data=data, base_dir=tmp_path).unchanged == 1
    assert page.revisions.count() == revisions


@pytest.mark.django_db
def test_moving_onto_a_taken_slug_takes_a_free_one(tmp_path):
    first = article_record(1, tmp_path)
    second = article_record(2, tmp_path, section="Sport", headline=first["headline"])
    document_import(data={"articles": [first, second]}, base_dir=tmp_path)
    first["section"] = "Sport"
    document_import(data={"articles": [first, second]}, base_dir=tmp_path)
    moved = ArticlePage.objects.get(external_id="test-001")
    assert moved.url == "/sport/gemeinderat-plant-neue-velo-route-nummer-1-2/"


@pytest.mark.django_db
def test_plain_text_with_a_less_than_sign_stays_text(tmp_path):
    body = [{"type": "paragraph", "value": "Am Morgen < 5 Grad.\r\n\r\nAm Abend mild."}]
    document_import(data={"articles": [article_record(1, tmp_path, body=body)]}, base_dir=tmp_path)
    stored = ArticlePage.objects.get().body.raw_data[0]["value"]
    assert stored == "<p>Am Morgen &lt; 5 Grad.</p><p>Am Abend mild.</p>"


@pytest.mark.django_db
def test_html_keeps_what_the_editor_allows(tmp_path):
    body = [{"type": "paragraph", "value": "Fläche: 12 m<sup>2</sup><h2>Titel</h2><p>Mehr</p>"}]
    document_import(data={"articles": [article_record(1, tmp_path, body=body)]}, base_dir=tmp_path)
    stored = ArticlePage.objects.get().body.raw_data[0]["value"]
    assert "<sup>2</sup>" in stored and "<h2>" not in stored and "<p><p" not in stored


@pytest.mark.django_db
def test_a_record_that_fails_after_creating_pages_does_not_break_the_next(tmp_path):
    records = [
        article_record(1, tmp_path, section="Neuressort", primary_topic="Anderes"),
        article_record(2, tmp_path, section="Neuressort"),
    ]
    with pytest.raises(ImportFailed) as failure:
        document_import(data={"articles": records}, base_dir=tmp_path)
    assert len(failure.value.errors) == 1 and "«primary_topic»" in failure.value.errors[0]
    document_import(data={"articles": records[1:]}, base_dir=tmp_path)
    assert ArticlePage.objects.get().url.startswith("/neuressort/")


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["2026-02-30T10:00:00+01:00", "2026-01-05T10:00:00+25:00"])
def test_impossible_dates_are_errors(tmp_path, value):
    record = article_record(1, tmp_path, first_published_at=value)
    with translation.override("en"), pytest.raises(ImportFailed) as failure:
        document_import(data={"articles": [record]}, base_dir=tmp_path)
    assert "«first_published_at»: must be a date and time" in failure.value.errors[0]


@pytest.mark.django_db
def test_a_truncated_picture_is_refused_and_leaves_no_file(tmp_path):
    record = article_record(1, tmp_path)
    whole = (tmp_path / "picture-1.jpg").read_bytes()
    (tmp_path / "cut.jpg").write_bytes(whole[: len(whole) // 2])
    record["hero_image"]["path"] = "cut.jpg"
    before = _state()
    with translation.override("en"), pytest.raises(ImportFailed) as failure:
        document_import(data={"articles": [record]}, base_dir=tmp_path)
    assert "«hero_image»: not a readable picture" in failure.value.errors[0]
    assert _state() == before


@pytest.mark.django_db
def test_names_match_whatever_their_case_beyond_ascii(tmp_path):
    first = article_record(1, tmp_path, topics=["Öffentlicher Verkehr"], primary_topic=None)
    second = article_record(
        2,
        tmp_path,
        topics=["ÖFFENTLICHER VERKEHR"],
        primary_topic=None,
        regions=["europa > schweiz > ZÜRICH > winterthur"],
    )
    document_import(data={"articles": [first, second]}, base_dir=tmp_path)
    assert TopicPage.objects.count() == 1
    assert RegionPage.objects.filter(title="Zürich").count() == 1
    assert not RegionPage.objects.filter(title="ZÜRICH").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"authors": ["Anna Muster", 5]}, "«authors[1].name»"),
        ({"topics": [{"name": "Verkehr", "kind": "ding"}]}, "«topics[0].kind»"),
        ({"regions": ["Europa >  > Bern"]}, "«regions[0]»"),
        ({"dateline": ["Nirgendwo > X"]}, "«dateline»"),
    ],
)
def test_errors_name_the_item_of_a_list(tmp_path, change, field):
    record = article_record(1, tmp_path, **change)
    with pytest.raises(ImportFailed) as failure:
        document_import(data={"articles": [record]}, base_dir=tmp_path)
    assert field in failure.value.errors[0], failure.value.errors[0]


@pytest.mark.django_db
def test_picture_fields_are_named_inside_the_picture(tmp_path):
    record = article_record(1, tmp_path)
    record["hero_image"]["archive"] = "ja"
    with pytest.raises(ImportFailed) as failure:
        document_import(data={"articles": [record]}, base_dir=tmp_path)
    assert "«hero_image.archive»" in failure.value.errors[0]


@pytest.mark.django_db
def test_the_command_reads_a_byte_order_mark_and_refuses_a_folder(tmp_path, capsys):
    file = tmp_path / "articles.json"
    file.write_text(json.dumps({"articles": [article_record(1, tmp_path)]}), encoding="utf-8-sig")
    call_command("import_articles", str(file))
    assert "1 neu," in capsys.readouterr().out
    with pytest.raises(CommandError, match="Is a directory"):
        call_command("import_articles", str(tmp_path))


POLL = {
    "type": "poll",
    "value": {
        "question": "Soll die Route gebaut werden?",
        "answers": ["Ja", "Nein"],
        "closes_at": "2026-03-01T18:00:00+01:00",
    },
}


@pytest.mark.django_db
def test_a_poll_block_creates_a_poll_that_a_re_import_keeps_with_its_votes(tmp_path):
    record = article_record(1, tmp_path, body=[POLL])
    document_import(data={"articles": [record]}, base_dir=tmp_path)
    poll = Poll.objects.get()
    assert [a.text for a in poll.answers.all()] == ["Ja", "Nein"]
    assert poll.closes_at.isoformat() == "2026-03-01T17:00:00+00:00"
    assert ArticlePage.objects.get().body.raw_data[0]["value"] == poll.pk
    PollVote.objects.create(poll=poll, answer=poll.answers.first(), voter="g1", ip_hash="x")

    record["lead"] = "Ein neuer Lead."
    record["body"] = [{**POLL, "value": {**POLL["value"], "closes_at": None}}]
    document_import(data={"articles": [record]}, base_dir=tmp_path)
    assert Poll.objects.get().pk == poll.pk and Poll.objects.get().closes_at is None

    record["body"] = [{**POLL, "value": {**POLL["value"], "answers": ["A", "B", "C"]}}]
    with translation.override("en"), pytest.raises(ImportFailed) as failure:
        document_import(data={"articles": [record]}, base_dir=tmp_path)
    assert "«body[0].answers»: the poll has votes" in failure.value.errors[0]
    assert [a.text for a in Poll.objects.get().answers.all()] == ["Ja", "Nein"]


@pytest.mark.django_db
def test_authors_topics_and_regions_keep_the_files_order(tmp_path):
    record = article_record(
        1,
        tmp_path,
        authors=["Zora Zahnd", "Anna Muster"],
        topics=["Velo", "Verkehr"],
        regions=["Europa > Schweiz > Zürich > Winterthur", "Europa > Schweiz > Bern"],
    )
    document_import(data={"articles": [record]}, base_dir=tmp_path)
    page = ArticlePage.objects.get()
    # Ordered by sort_order, as the admin saves it; without it the database picks an order.
    assert [(link.sort_order, link.author.title) for link in page.article_authors.all()] == [
        (0, "Zora Zahnd"),
        (1, "Anna Muster"),
    ]
    assert [link.topic.title for link in page.article_topics.all()] == ["Velo", "Verkehr"]
    assert [link.region.title for link in page.article_regions.all()] == ["Winterthur", "Bern"]
