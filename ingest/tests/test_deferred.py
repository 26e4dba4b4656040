"""Indexing once at the end of an import (ingest/deferred.py): the index is right afterwards,
saves of other threads are indexed as always, a failed import indexes nothing."""

import re
import threading

import pytest
from django.db import connection
from django.db.models.signals import post_save
from django.test import Client
from django.utils import translation
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backend

from articles.models import ArticlePage
from conftest import article_record
from ingest.deferred import indexing_deferred
from ingest.errors import ImportFailed
from ingest.services import document_import
from taxonomy.models import SectionPage

pytestmark = pytest.mark.django_db


def found(query: str) -> list[str]:
    html = Client(HTTP_HOST="127.0.0.1").get("/suche/", {"q": query}).content.decode()
    titles = re.findall(r'<span class="teaser__title">(.*?)</span>', html)
    return [re.sub(r"</?mark>", "", title) for title in titles]


def test_an_imported_article_is_found_by_the_site_search(tmp_path):
    record = article_record(
        1,
        tmp_path,
        headline="Murmeltiere erwachen",
        body=[{"type": "paragraph", "value": "Die Bauarbeiten am Gotthard ruhen."}],
    )
    document_import(data={"articles": [record]}, base_dir=tmp_path)
    assert found("Murmeltiere") == ["Murmeltiere erwachen"]
    assert found("Gotthard") == ["Murmeltiere erwachen"]
    assert found("Bauarbeit") == ["Murmeltiere erwachen"]  # stemmed on both databases

    # A changed record: the index holds the new text, not the old one.
    record["body"] = [{"type": "paragraph", "value": "Der Steinbock klettert."}]
    document_import(data={"articles": [record]}, base_dir=tmp_path)
    assert found("Steinbock") == ["Murmeltiere erwachen"]
    assert found("Gotthard") == []


def test_an_imported_article_is_indexed_once_with_its_references(tmp_path):
    calls = []
    record = article_record(1, tmp_path, headline="Referenzen zählen")
    from modelsearch import index

    original = index.insert_or_update_object

    def counting(instance):
        calls.append(instance.pk)
        original(instance)

    index.insert_or_update_object = counting
    try:
        page = document_import(data={"articles": [record]}, base_dir=tmp_path).pages[0]
    finally:
        index.insert_or_update_object = original
    assert calls.count(page.pk) == 1
    assert ReferenceIndex.objects.filter(object_id=str(page.pk)).exists()
    assert get_search_backend().search("Referenzen", ArticlePage).count() == 1


def test_a_failed_import_indexes_nothing_and_restores_the_handlers(tmp_path):
    receivers = len(post_save.receivers)
    good = article_record(1, tmp_path, headline="Gämsen im Nebel")
    bad = article_record(2, tmp_path, lead="")
    with translation.override("en"), pytest.raises(ImportFailed):
        document_import(data={"articles": [good, bad]}, base_dir=tmp_path)
    assert found("Gämsen") == []
    assert len(post_save.receivers) == receivers


@pytest.mark.skipif(connection.vendor == "sqlite", reason="SQLite: one writer at a time")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_saves_of_another_thread_are_indexed_at_once_while_an_import_runs(tmp_path):
    document_import(data={"articles": [article_record(1, tmp_path)]}, base_dir=tmp_path)
    section = SectionPage.objects.first()
    done = []

    def rename():
        try:
            section.title = "Steinadler"
            section.save()
            done.append(get_search_backend().search("Steinadler", SectionPage).count())
        finally:
            connection.close()

    with indexing_deferred():
        thread = threading.Thread(target=rename)
        thread.start()
        thread.join()
    assert done == [1]


def test_the_block_holds_keys_not_the_saved_objects(tmp_path):
    """An import of any size holds no more objects for the indexing at its end: the noted
    saves are keys, the objects read again in chunks (ingest.deferred._index)."""
    from ingest import deferred

    noted = {}
    original = deferred._index

    def keeping(pending):
        noted.update(pending)
        original(pending)

    deferred._index = keeping
    try:
        record = article_record(1, tmp_path, headline="Nur Schlüssel")
        document_import(data={"articles": [record]}, base_dir=tmp_path)
    finally:
        deferred._index = original
    assert noted and set(noted.values()) == {None}
    assert found("Schlüssel") == ["Nur Schlüssel"]


def test_a_long_import_indexes_on_the_way_between_records(tmp_path, monkeypatch):
    """The keys of a whole export are not held either: once HELD objects are noted, they are
    indexed after the record that reached it, the rest at the end, and the index is right
    afterwards."""
    from ingest import deferred

    sizes = []
    original = deferred._index

    def measuring(pending):
        sizes.append(len(pending))
        original(pending)

    monkeypatch.setattr(deferred, "HELD", 1)
    monkeypatch.setattr(deferred, "_index", measuring)
    records = [article_record(n, tmp_path, headline=f"Steinbock Nummer {n}") for n in (1, 2, 3)]
    pages = document_import(data={"articles": records}, base_dir=tmp_path).pages
    assert len(sizes) >= 3  # after each record, and what the end found
    assert sorted(found("Steinbock")) == [f"Steinbock Nummer {n}" for n in (1, 2, 3)]
    for page in pages:  # the references of its rows, written after the page's post_save
        assert ReferenceIndex.objects.filter(object_id=str(page.pk)).count() >= 3


def test_blocks_one_after_another_leave_nothing_behind():
    """Wire items are each a block of their own, thousands a day in one worker: the handlers
    swapped in and back leave no trace (a weak connect leaves a `weakref.finalize` for good)."""
    import weakref

    with indexing_deferred():
        pass
    receivers = len(post_save.receivers)
    finalizers = len(weakref.finalize._registry)
    for _ in range(5):
        with indexing_deferred():
            pass
    assert len(post_save.receivers) == receivers
    assert len(weakref.finalize._registry) == finalizers
