"""What the wire readers share (ingest/readers/agency.py): codes, texts, times, pictures."""

from datetime import UTC, datetime

import pytest

from ingest.readers import agency


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"qcode": "medtop:20000587", "name": "Budget"}, ("medtop", "20000587", "Budget")),
        ({"uri": "http://cv.iptc.org/newscodes/mediatopic/20000587"}, ("medtop", "20000587", "")),
        ({"uri": "https://cv.iptc.org/newscodes/subjectcode/04000000"}, ("subj", "04000000", "")),
        ({"uri": "http://cvx.iptc.org/iso3166-1a2/CH"}, ("iso3166-1a2", "CH", "")),
        (
            {"uri": "http://www.wikidata.org/entity/Q72"},
            ("http://www.wikidata.org/entity/", "Q72", ""),
        ),
        ({"uri": "http://example.org/vocab#bern"}, ("http://example.org/vocab#", "bern", "")),
        (
            {"scheme": "http://cv.iptc.org/newscodes/mediatopic/", "code": "01000000"},
            ("medtop", "01000000", ""),
        ),
        ({"scheme": "sda", "code": "BE", "name": " Bern "}, ("sda", "BE", "Bern")),
    ],
)
def test_code_entry(kwargs, expected):
    entry = agency.code_entry(**kwargs)
    assert (entry["scheme"], entry["code"], entry["name"]) == expected


def test_code_entry_needs_a_code_or_a_name():
    assert agency.code_entry(scheme="medtop") is None


def test_unique_ignores_case():
    entries = [
        {"scheme": "medtop", "code": "1", "name": "A"},
        {"scheme": "MEDTOP", "code": "1", "name": "a"},
        None,
    ]
    assert agency.unique(entries) == entries[:1]


@pytest.mark.parametrize(
    ("value", "status"),
    [
        (None, "usable"),
        ("", "usable"),
        ("Usable", "usable"),
        ("stat:withheld", "withheld"),
        ("stat:canceled", "canceled"),
        ("cancelled", "canceled"),
        ("http://cv.iptc.org/newscodes/pubstatusg2/canceled", "canceled"),
    ],
)
def test_pubstatus(value, status):
    assert agency.parse_pubstatus(value) == status


def test_unknown_pubstatus_is_an_item_error():
    with pytest.raises(agency.ItemError):
        agency.parse_pubstatus("stat:gesperrt")


def test_cut_at_word():
    assert agency.cut_at_word("Kurz genug", 500) == "Kurz genug"
    cut = agency.cut_at_word("Die Aare ist heute sehr kalt", 16)
    assert cut == "Die Aare ist…" and len(cut) <= 16


def test_text_to_html_escapes():
    assert (
        agency.text_to_html("1 < 2 & «gut»\n\nZweiter")
        == "<p>1 &lt; 2 &amp; «gut»</p><p>Zweiter</p>"
    )


def test_parse_time():
    assert agency.parse_time("2026-12-07T10:00:00Z", "t") == datetime(2026, 12, 7, 10, tzinfo=UTC)
    # A date alone (NewsML-G2's truncated dates): midnight in the site's time zone.
    assert agency.parse_time("2026-12-07", "t").isoformat() == "2026-12-07T00:00:00+01:00"
    assert agency.parse_time("  ", "t") is None
    with pytest.raises(agency.ItemError):
        agency.parse_time("07.12.2026", "t")


def test_urgency_and_version():
    warnings = []
    assert agency.parse_urgency(3.0, warnings) == 3
    assert agency.parse_urgency("5", warnings) == 5
    assert agency.parse_urgency(0, warnings) is None
    assert agency.parse_urgency(True, warnings) is None
    assert agency.parse_version("12", warnings) == 12
    assert agency.parse_version(4, warnings) == 4
    assert len(warnings) == 2


def test_picture_source(tmp_path):
    (tmp_path / "bilder").mkdir()
    (tmp_path / "bilder" / "a.jpg").write_bytes(b"x")
    (tmp_path / "b.jpg").write_bytes(b"x")
    warnings = []
    assert agency.picture_source("bilder/a.jpg", tmp_path, warnings) == {"path": "bilder/a.jpg"}
    assert agency.picture_source("./bilder/a.jpg", tmp_path, warnings) == {"path": "bilder/a.jpg"}
    assert agency.picture_source("file:///./bilder/a.jpg", tmp_path, warnings) == {
        "path": "bilder/a.jpg"
    }
    # An address whose file the poller fetched beside the document.
    assert agency.picture_source("https://x.example/p/b.jpg?v=2", tmp_path, warnings) == {
        "path": "b.jpg"
    }
    assert agency.picture_source("https://x.example/p/c.jpg", tmp_path, warnings) == {
        "url": "https://x.example/p/c.jpg"
    }
    assert warnings == []
    # Outside the folder, missing, or an unknown scheme: left out with a warning.
    assert agency.picture_source("../geheim.jpg", tmp_path, warnings) is None
    assert agency.picture_source("/etc/passwd", tmp_path, warnings) is None
    assert agency.picture_source("fehlt.jpg", tmp_path, warnings) is None
    assert agency.picture_source("ftp://x.example/a.jpg", tmp_path, warnings) is None
    assert len(warnings) == 4


def test_best_rendition(tmp_path):
    (tmp_path / "klein.jpg").write_bytes(b"x")
    renditions = [
        {
            "href": "https://x.example/gross.jpg",
            "content_type": "image/jpeg",
            "width": 4000,
            "height": 3000,
        },
        {"href": "klein.jpg", "content_type": "image/jpeg", "width": 400, "height": 300},
        {"href": "https://x.example/riesig.jpg", "content_type": "image/jpeg", "size": 30 * 2**20},
        {
            "href": "https://x.example/roh.tif",
            "content_type": "image/tiff",
            "width": 9000,
            "height": 6000,
        },
    ]
    # A file beside the document before an address, though smaller.
    assert agency.best_rendition(renditions, tmp_path, []) == {"path": "klein.jpg"}
    # Without it: the largest storable address (not the 30 MB one, not the TIFF).
    assert agency.best_rendition(renditions[:1] + renditions[2:], tmp_path, []) == {
        "url": "https://x.example/gross.jpg"
    }
    warnings = []
    assert agency.best_rendition(renditions[3:], tmp_path, warnings) is None
    assert warnings


def test_credit_of():
    assert agency.credit_of("Urs Flüeler", "Keystone") == "Urs Flüeler/Keystone"
    assert agency.credit_of("Urs Flüeler/Keystone", "Keystone") == "Urs Flüeler/Keystone"
    assert agency.credit_of("", "Keystone") == "Keystone"


def test_xml_parse_refuses_entity_declarations_and_reads_html_entities():
    with pytest.raises(agency.XmlRefused):
        agency.xml_parse(b'<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')
    assert agency.xml_parse(b"<a>Gr&uuml;ezi&nbsp;&amp;</a>").text == "Grüezi\u00a0&"
    with pytest.raises(agency.XmlRefused):
        agency.xml_parse(b"<a>&unbekannt;</a>")
