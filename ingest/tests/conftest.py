"""Fixtures for the wire tests: a section, a provider, wire items built by hand."""

from datetime import UTC, datetime

import pytest

from home.models import HomePage
from ingest.models import Provider
from ingest.records import Record, WireItem
from taxonomy.models import SectionPage


@pytest.fixture
def section(db):
    home = HomePage.objects.first()
    page = SectionPage(title="Schweiz", slug="schweiz")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def provider(section):
    return Provider.objects.create(
        name="Keystone-SDA",
        folder="/srv/sda",
        default_credit="Keystone-SDA",
        default_section=section,
        publish_at_once=True,
    )


def wire_item(
    uri="urn:newsml:sda.ch:2026:1",
    version=1,
    *,
    headline="Bundesrat beschliesst Massnahmen",
    body="Der Bundesrat hat am Mittwoch entschieden.",
    error="",
    **meta,
) -> WireItem:
    data = {
        "external_id": uri,
        "headline": headline,
        "lead": "Die Massnahmen gelten ab Montag.",
        "key_points": ["Ab Montag gilt die Regel."],
        "body": [{"type": "paragraph", "value": body}],
    }
    meta = {
        "uri": uri,
        "version": version,
        "versioncreated": datetime(2026, 3, 1, 8, (version or 0) % 60, tzinfo=UTC),
        "pubstatus": "usable",
        "urgency": 3,
        "copyright_holder": "Keystone-SDA",
        "copyright_notice": "© Keystone-SDA",
        "usage_terms": "Nur für Abonnenten.",
        "format": "ninjs 2",
        "byline": "Anna Meier",
        **meta,
    }
    records = [] if error else [Record("article", data, f"Meldung {uri}")]
    return WireItem(meta=meta, records=records, raw=f'{{"uri": "{uri}"}}', error=error)


class FakeNinjs:
    """Stands in for ingest.readers.ninjs (i12-wires): a JSON list of
    {"ninjs": …, "uri", "version", "headline", "pubstatus", "error"}."""

    __name__ = "ingest.readers.ninjs"

    @staticmethod
    def detect(head: bytes) -> bool:
        return head.lstrip().startswith(b"[") and b'"ninjs"' in head

    @staticmethod
    def items_read(content: bytes, *, base_dir):
        import json

        items = []
        for entry in json.loads(content):
            entry.pop("ninjs", None)
            uri = entry.pop("uri")
            version = entry.pop("version", 1)
            items.append(wire_item(uri, version, **entry))
        return items


@pytest.fixture
def fake_readers(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "ingest.readers.ninjs", FakeNinjs)
    monkeypatch.setitem(sys.modules, "ingest.readers.newsml", None)  # not installed: skipped
    return FakeNinjs
