"""The ninjs reader on fixtures written from IPTC's ninjs 1.x, 2.x and 3.x schemas (no database)."""

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from ingest.errors import ImportFailed
from ingest.readers import ninjs

FIXTURES = Path(__file__).parent / "fixtures" / "wires"
CET = timezone(timedelta(hours=1))


def read(name: str):
    return ninjs.items_read((FIXTURES / name).read_bytes(), base_dir=FIXTURES)


def one(name: str):
    items = read(name)
    assert len(items) == 1
    assert items[0].error == ""
    return items[0]


def article(item) -> dict:
    assert [record.kind for record in item.records] == ["article"]
    return item.records[0].data


def read_json(data, base_dir=FIXTURES):
    return ninjs.items_read(json.dumps(data).encode(), base_dir=base_dir)


def test_version_from_the_document():
    assert one("ninjs1-sda-gotthard.json").meta["format"] == "ninjs 1"
    assert one("ninjs2-dpa-hafen.json").meta["format"] == "ninjs 2"
    assert one("ninjs3-afp-lawine.json").meta["format"] == "ninjs 3"
    # Without a `standard`: the field names decide (3.x camelCase, 1.x headline/byline).
    assert one("ninjs3-withheld.json").meta["format"] == "ninjs 3"
    assert one("ninjs2-canceled.json").meta["format"] == "ninjs 2"
    assert (
        ninjs.ninjs_version({"$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_1.4.json"}) == 1
    )
    assert ninjs.ninjs_version({"uri": "x", "headline": "Titel"}) == 1
    assert ninjs.ninjs_version({"uri": "x", "renditions": {"web": {}}}) == 1
    assert (
        ninjs.ninjs_version({"uri": "x", "bodies": [{"contentType": "text/html", "value": ""}]})
        == 3
    )
    assert (
        ninjs.ninjs_version({"uri": "x", "bodies": [{"contenttype": "text/html", "value": ""}]})
        == 2
    )
    # A provider's own flavour names itself in `standard`: only ninjs' versions count.
    assert (
        ninjs.ninjs_version(
            {"standard": {"name": "TTNINJS", "version": "3.0"}, "uri": "x", "headlines": []}
        )
        == 3
    )
    assert (
        ninjs.ninjs_version(
            {"standard": {"name": "other", "version": "3.0"}, "uri": "x", "headlines": []}
        )
        == 2
    )


def test_detect():
    for name in (
        "ninjs1-sda-gotthard.json",
        "ninjs2-dpa-hafen.json",
        "ninjs3-afp-lawine.json",
        "ninjs-liste.json",
    ):
        assert ninjs.detect((FIXTURES / name).read_bytes()[:4096]), name
    assert not ninjs.detect(b'{"version": 1, "articles": [{"external_id": "a", "headline": "x"}]}')
    assert not ninjs.detect((FIXTURES / "newsml-nitf-dpa.xml").read_bytes()[:4096])
    assert ninjs.detect(b'\xef\xbb\xbf  {"uri": "a", "versionCreated": "2026-01-01T00:00:00Z"}')


def test_ninjs1_item():
    item = one("ninjs1-sda-gotthard.json")
    meta = item.meta
    assert meta["uri"] == "urn:newsml:sda.ch:20261207:gotthard-sperrung"
    assert meta["version"] == 3
    assert meta["versioncreated"] == datetime(2026, 12, 7, 9, 42, tzinfo=CET)
    assert meta["pubstatus"] == "usable"
    assert meta["urgency"] == 3
    assert meta["copyright_holder"] == "Keystone-SDA"
    assert meta["copyright_notice"].startswith("(c) Keystone-SDA-ATS AG")
    assert meta["usage_terms"] == "Nur für redaktionelle Zwecke."
    assert meta["byline"] == "Regula Imhof"
    assert meta["credit"] == "Keystone-SDA"
    assert meta["subjects"] == [
        {"scheme": "medtop", "code": "20000284", "name": "Verkehrsunfall"},
        {"scheme": "medtop", "code": "20000257", "name": "Strassenverkehr"},
        {"scheme": "organisation", "code": "astra", "name": "Bundesamt für Strassen"},
    ]
    assert {"scheme": "located", "code": "", "name": "Göschenen UR"} in meta["places"]
    assert {"scheme": "http://cvx.sda.ch/kanton/", "code": "UR", "name": "Uri"} in meta["places"]
    data = article(item)
    assert data["external_id"] == meta["uri"]
    # `headline` before `headline_subhead`; the HTML body before the text one.
    assert data["headline"] == "Gotthard-Strassentunnel nach Unfall stundenlang gesperrt"
    assert data["lead"].startswith("Nach einem Unfall mit einem Lastwagen")
    assert data["body"][0]["type"] == "html"
    assert "<h2>«Grosse Geduld gefragt»</h2>" in data["body"][0]["value"]
    assert data["key_points"] == [] and data["topics"] == [] and data["regions"] == []
    assert "section" not in data
    assert data["first_published_at"] == "2026-12-07T06:15:00+01:00"
    assert data["updated_at"] == "2026-12-07T09:42:00+01:00"


def test_pictures_beside_the_file_largest_rendition_first_association_is_hero():
    data = article(one("ninjs1-sda-gotthard.json"))
    # The TIFF is larger but cannot be stored; of the JPEGs beside the file the larger one.
    assert data["hero_image"] == {
        "path": "bilder/gotthard-gross.jpg",
        "title": "Stau vor dem Gotthard-Nordportal",
        "alt": "Stau vor dem Gotthard-Nordportal",
        "caption": "Autos stauen sich am Montagmorgen vor dem Nordportal bei Göschenen.",
        "credit": "Urs Flüeler/Keystone",
    }
    # The second picture is a body image, by address (not beside the file); the text
    # association is not a picture.
    images = [block for block in data["body"] if block["type"] == "image"]
    assert images == [
        {
            "type": "image",
            "value": {
                "image": {
                    "url": "https://bilder.keystone.example/4712-web.jpg",
                    "alt": "Die Unfallstelle im Tunnel.",
                    "caption": "Die Unfallstelle im Tunnel.",
                    "credit": "Keystone",
                }
            },
        }
    ]


def test_a_picture_fetched_into_the_folder_is_read_from_there():
    """The poller fetches a rendition's address into the document's folder: a file of the
    address's name beside the document wins over the (larger) address."""
    data = article(one("ninjs2-dpa-hafen.json"))
    assert data["hero_image"]["path"] == "hafen-hamburg.jpg"
    assert data["hero_image"]["credit"] == "Christian Charisius/dpa"
    assert data["hero_image"]["caption"] == "Containerschiffe liegen am Terminal Burchardkai."


def test_ninjs2_item_roles_and_codes():
    item = one("ninjs2-dpa-hafen.json")
    data = article(item)
    # The `main` headline, though it comes second; ß and «» stay as they are.
    assert data["headline"] == "Hamburger Hafen: Weniger Schiffe, größere Sorgen"
    assert data["lead"].endswith("spricht von einer «schwierigen Lage».")
    assert "Die Straße zum Terminal" in data["body"][0]["value"]
    assert item.meta["byline"] == "Anna Weißmüller"
    assert item.meta["subjects"] == [
        {"scheme": "medtop", "code": "20000282", "name": "Schifffahrt"},
        {"scheme": "", "code": "hafen", "name": "Hafen"},
        {"scheme": "dpasubject", "code": "wirtschaft", "name": "Wirtschaft"},
        {
            "scheme": "person",
            "code": "http://www.wikidata.org/entity/Q98765432",
            "name": "Axel Mattern",
        },
    ]
    assert item.meta["places"][:2] == [
        {"scheme": "http://sws.geonames.org/", "code": "2911298", "name": "Hamburg"},
        {"scheme": "iso3166-1a2", "code": "DE", "name": "Deutschland"},
    ]


def test_ninjs3_item_camel_case_and_embargo():
    item = one("ninjs3-afp-lawine.json")
    meta = item.meta
    assert meta["embargoed"] == datetime(2026, 12, 7, 12, 0, tzinfo=CET)
    assert meta["versioncreated"] == datetime(2026, 12, 7, 10, 5, tzinfo=UTC)
    assert meta["copyright_holder"] == "AFP" and meta["usage_terms"] == "Embargo bis 12 Uhr MEZ"
    assert meta["urgency"] == 2
    data = article(item)
    assert data["headline"] == "Lawine verschüttet Skipiste bei Zermatt – niemand verletzt"
    assert "grosser Lawinengefahr" in data["body"][0]["value"]
    # JPEG 100×70 beats WebP 64×48; the video association is no picture.
    assert data["hero_image"]["path"] == "bilder/lawine.jpg"
    assert data["hero_image"]["credit"] == "Fabrice Coffrini/AFP"
    assert [block["type"] for block in data["body"]] == ["html"]


@pytest.mark.parametrize(
    ("name", "status"), [("ninjs3-withheld.json", "withheld"), ("ninjs2-canceled.json", "canceled")]
)
def test_withheld_and_canceled_items_need_no_body(name, status):
    item = one(name)
    assert item.meta["pubstatus"] == status
    assert item.records[0].data["body"] == []


def test_withheld_keeps_the_editors_note():
    assert one("ninjs3-withheld.json").meta["ednote"] == "Bitte nicht verwenden: Ort falsch."


def test_a_list_of_items_one_bad_item_does_not_stop_the_others():
    items = read("ninjs-liste.json")
    assert len(items) == 4
    good, not_object, bad_date, no_uri = items
    assert good.error == ""
    data = article(good)
    # Plain text: blank lines separate paragraphs, a single line break is a space.
    assert data["body"] == [
        {
            "type": "html",
            "value": "<p>Der Nationalrat hat am Montag schärfere Regeln beschlossen.</p>"
            "<p>Die Vorlage geht an den Ständerat. Er berät sie im März.</p>",
        }
    ]
    assert data["lead"] == "Der Nationalrat hat am Montag schärfere Regeln beschlossen."
    assert not_object.error and not_object.records == []
    assert "gestern Abend" in bad_date.error and bad_date.records == []
    assert bad_date.meta["uri"] == "urn:newsml:sda.ch:20261207:ohne-datum"
    assert "uri" in no_uri.error
    # Each item keeps its own text.
    assert json.loads(bad_date.raw)["uri"] == "urn:newsml:sda.ch:20261207:ohne-datum"


def test_raw_is_the_document_of_a_single_item():
    content = (FIXTURES / "ninjs2-dpa-hafen.json").read_text(encoding="utf-8")
    assert one("ninjs2-dpa-hafen.json").raw == content


def test_items_wrapper():
    items = read_json(
        {"items": [{"uri": "a", "headlines": [{"value": "A"}], "bodies": [{"value": "Text A"}]}]}
    )
    assert [item.meta["uri"] for item in items] == ["a"]
    assert article(items[0])["body"] == [{"type": "html", "value": "<p>Text A</p>"}]


@pytest.mark.parametrize("content", [b"", b"<xml/>", b"{kaputt", b"\xff\xfe\x00", b"42", b'"text"'])
def test_not_json_is_refused(content):
    with pytest.raises(ImportFailed):
        ninjs.items_read(content, base_dir=FIXTURES)


def test_too_large_is_refused(monkeypatch):
    monkeypatch.setattr(ninjs.agency, "MAX_DOCUMENT_BYTES", 100)
    with pytest.raises(ImportFailed):
        ninjs.items_read(b"[" + b" " * 200 + b"]", base_dir=FIXTURES)


def test_picture_items_are_not_articles():
    (item,) = read_json(
        {"uri": "p", "type": "picture", "headlines": [{"value": "Bild"}], "renditions": []}
    )
    assert item.error and item.records == []


def test_odd_but_valid_minimal_item():
    """Only what a text needs: no version, no times, no status (usable), no language."""
    (item,) = read_json(
        {"uri": "urn:x:1", "headlines": [{"value": "Kurz"}], "bodies": [{"value": "<p>Ja.</p>"}]}
    )
    assert item.error == ""
    assert item.meta["pubstatus"] == "usable"
    assert item.meta["version"] is None and item.meta["versioncreated"] is None
    data = article(item)
    assert "first_published_at" not in data and "hero_image" not in data
    assert data["lead"] == "Ja."


def test_headline_falls_back_to_title_and_a_usable_item_without_one_is_an_error():
    (item,) = read_json({"uri": "u", "title": "Titelzeile", "bodies": [{"value": "x"}]})
    assert article(item)["headline"] == "Titelzeile"
    (item,) = read_json({"uri": "u", "bodies": [{"value": "x"}]})
    assert item.error


def test_unknown_pubstatus_and_bad_urgency():
    (item,) = read_json(
        {
            "uri": "u",
            "pubstatus": "gesperrt",
            "headlines": [{"value": "x"}],
            "bodies": [{"value": "x"}],
        }
    )
    assert "gesperrt" in item.error
    (item,) = read_json(
        {
            "uri": "u",
            "urgency": 12,
            "version": "v2",
            "headlines": [{"value": "x"}],
            "bodies": [{"value": "x"}],
        }
    )
    assert item.error == ""
    assert item.meta["urgency"] is None and item.meta["version"] is None
    assert len(item.records[0].warnings) == 2


def test_lead_from_the_first_paragraph_cut_at_a_word():
    long = "Wort " * 150
    (item,) = read_json(
        {
            "uri": "u",
            "headlines": [{"value": "x"}],
            "bodies": [{"value": f"<p></p><p>{long}</p><p>zwei</p>"}],
        }
    )
    lead = article(item)["lead"]
    assert len(lead) <= 500
    assert lead.endswith("Wort…")


def test_nitf_body_in_ninjs():
    nitf = (
        "<nitf><body><body.head><abstract><p>Kurzfassung.</p></abstract></body.head>"
        "<body.content><p>Erster Absatz.</p><hl2>Zwischentitel</hl2></body.content></body></nitf>"
    )
    (item,) = read_json(
        {
            "uri": "u",
            "headlines": [{"value": "x"}],
            "bodies": [{"contentType": "text/vnd.IPTC.NITF", "value": nitf}],
        }
    )
    data = article(item)
    assert data["body"] == [
        {"type": "html", "value": "<p>Erster Absatz.</p><h2>Zwischentitel</h2>"}
    ]
    assert data["lead"] == "Kurzfassung."


def test_a_relative_picture_that_is_missing_is_left_out_with_a_warning(tmp_path):
    (item,) = read_json(
        {
            "uri": "u",
            "headlines": [{"value": "x"}],
            "bodies": [{"value": "x"}],
            "associations": [
                {
                    "type": "picture",
                    "renditions": [{"href": "../ausserhalb.jpg", "contenttype": "image/jpeg"}],
                }
            ],
        },
        base_dir=tmp_path,
    )
    assert "hero_image" not in article(item)
    assert item.records[0].warnings


def test_times_without_a_zone_are_the_sites():
    (item,) = read_json(
        {
            "uri": "u",
            "versioncreated": "2026-07-01T12:00:00",
            "headlines": [{"value": "x"}],
            "bodies": [{"value": "x"}],
        }
    )
    assert item.meta["versioncreated"].utcoffset() == timedelta(hours=2)  # Europe/Zurich in summer


def test_deeply_nested_json_is_refused():
    with pytest.raises(ImportFailed):
        ninjs.items_read(b"[" * 100_000 + b"]" * 100_000, base_dir=FIXTURES)


def test_ninjs3_body_html_of_a_providers_flavour():
    (item,) = read_json(
        {"uri": "u", "versionCreated": "2026-12-07T10:00:00Z", "headlines": [{"value": "x"}],
         "bodyHtml": "<p>Grüezi mitenand.</p>"}
    )  # fmt: skip
    assert item.meta["format"] == "ninjs 3"
    assert article(item)["body"] == [{"type": "html", "value": "<p>Grüezi mitenand.</p>"}]
