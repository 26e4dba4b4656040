import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from articles.models import ArticlePage
from ingest.formats import FormatUnknown, format_detect
from ingest.models import AgencyItem, ItemStatus


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def _write(folder, name, entries):
    path = folder / name
    path.write_text(json.dumps([{"ninjs": 2, **e} for e in entries]), encoding="utf-8")
    return path


def test_detection_names_the_format_or_says_what_to_do(fake_readers):
    assert format_detect(b'[{"ninjs": 2}]') == "ninjs"
    assert format_detect(b'{"version": 1, "articles": []}') == "json"
    assert format_detect(b"<x/>", expected="newsml-g2") == "newsml-g2"
    wxr = b'<?xml version="1.0"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">'
    assert format_detect(wxr) == "wordpress"
    with pytest.raises(FormatUnknown, match="import_wordpress"):
        format_detect(b"hello")


@pytest.mark.django_db
def test_ingest_reads_a_folder_and_reports_each_item(fake_readers, provider, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "a.json", [{"uri": "urn:a"}, {"uri": "urn:b", "version": 1}])
    (folder / "bild.jpg").write_bytes(b"a picture beside the document")
    call_command("ingest", str(folder), "--provider", "keystone-sda")
    out = capsys.readouterr().out
    assert "urn:a: created" in out and "urn:b: created" in out
    assert ArticlePage.objects.count() == 2

    _write(folder, "a.json", [{"uri": "urn:a"}, {"uri": "urn:b", "version": 2, "headline": "B2"}])
    call_command("ingest", str(folder), "--provider", "Keystone-SDA")
    out = capsys.readouterr().out
    assert "urn:a: unchanged" in out and "urn:b: updated" in out


@pytest.mark.django_db
def test_a_held_item_makes_the_command_fail_after_the_rest(
    fake_readers, provider, tmp_path, capsys
):
    path = _write(tmp_path, "b.json", [{"uri": "urn:x", "error": "kaputt"}, {"uri": "urn:y"}])
    with pytest.raises(CommandError):
        call_command("ingest", str(path), "--provider", "Keystone-SDA")
    captured = capsys.readouterr()
    assert "urn:x: held: kaputt" in captured.err and "urn:y: created" in captured.out
    assert AgencyItem.objects.get(uri="urn:x").status == ItemStatus.HELD


@pytest.mark.django_db
def test_without_provider_the_section_option_places_items(fake_readers, section, tmp_path):
    path = _write(tmp_path, "c.json", [{"uri": "urn:z"}])
    call_command("ingest", str(path), "--section", "schweiz")
    page = ArticlePage.objects.get()
    assert page.live and page.external_id == "wire:urn:z"
    assert [a.author.title for a in page.article_authors.all()] == ["Anna Meier"]


@pytest.mark.django_db
def test_bad_input_changes_nothing(fake_readers, section, tmp_path, capsys):
    (tmp_path / "x.txt").write_text("kein Format")
    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path / "x.txt"))
    with pytest.raises(CommandError, match="no such file"):
        call_command("ingest", str(tmp_path / "missing"))
    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path), "--provider", "Unbekannt")
    assert not AgencyItem.objects.exists() and not ArticlePage.objects.exists()


@pytest.mark.django_db
def test_a_json_import_document_goes_through_document_import(fake_readers, tmp_path, capsys):
    from conftest import article_record

    path = tmp_path / "import.json"
    path.write_text(json.dumps({"articles": [article_record(1, tmp_path)]}), encoding="utf-8")
    call_command("ingest", str(path))
    assert "1 created, 0 updated, 0 unchanged" in capsys.readouterr().out
    assert ArticlePage.objects.get().external_id == "test-001"
    assert not AgencyItem.objects.exists()


@pytest.mark.django_db
def test_a_wordpress_export_is_sent_to_import_wordpress(fake_readers, tmp_path, capsys):
    path = tmp_path / "export.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">'
        "<channel></channel></rss>"
    )
    with pytest.raises(CommandError):
        call_command("ingest", str(path))
    assert "import_wordpress" in capsys.readouterr().err
