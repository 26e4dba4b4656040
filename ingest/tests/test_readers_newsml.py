"""The NewsML-G2 reader on fixtures written from IPTC's NewsML-G2 2.35 and NITF 3.6 schemas
(no database)."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ingest.errors import ImportFailed
from ingest.readers import agency, newsml

FIXTURES = Path(__file__).parent / "fixtures" / "wires"
CET = timezone(timedelta(hours=1))
G2 = 'xmlns="http://iptc.org/std/nar/2006-10-01/"'


def read(name: str):
    return newsml.items_read((FIXTURES / name).read_bytes(), base_dir=FIXTURES)


def one(name: str):
    items = read(name)
    assert len(items) == 1
    assert items[0].error == ""
    return items[0]


def article(item) -> dict:
    assert [record.kind for record in item.records] == ["article"]
    return item.records[0].data


def item_xml(
    content_meta: str = "<headline>Titel</headline>",
    content_set: str = "",
    item_meta: str = "",
    **attributes,
) -> bytes:
    attributes = {"guid": "urn:x:1", "version": "1", **attributes}
    attrs = " ".join(f'{key}="{value}"' for key, value in attributes.items())
    if not content_set:
        content_set = '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Text.</p></body></html></inlineXML>'
    return (
        f'<newsItem {G2} {attrs}><itemMeta><itemClass qcode="ninat:text"/>{item_meta}</itemMeta>'
        f"<contentMeta>{content_meta}</contentMeta><contentSet>{content_set}</contentSet></newsItem>"
    ).encode()


def test_detect():
    for name in ("newsml-xhtml-bundesrat.xml", "newsml-message-drei.xml", "newsml-paket-bild.xml"):
        assert newsml.detect((FIXTURES / name).read_bytes()[:4096]), name
    assert newsml.detect(b'<g2:newsItem xmlns:g2="http://iptc.org/std/nar/2006-10-01/">')
    assert not newsml.detect(b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')
    assert not newsml.detect((FIXTURES / "ninjs2-dpa-hafen.json").read_bytes()[:4096])


def test_news_item_with_xhtml():
    item = one("newsml-xhtml-bundesrat.xml")
    meta = item.meta
    assert meta["format"] == "newsml-g2"
    assert meta["uri"] == "urn:newsml:sda.ch:20261207:bundesrat-budget"
    assert meta["version"] == 5
    assert meta["versioncreated"] == datetime(2026, 12, 7, 14, 5, tzinfo=CET)
    assert meta["pubstatus"] == "usable"
    assert meta["embargoed"] is None
    assert meta["urgency"] == 3
    assert meta["copyright_holder"] == "Keystone-SDA"
    assert meta["copyright_notice"] == "© Keystone-SDA-ATS AG"
    assert meta["usage_terms"] == "Weiterverbreitung nur mit Genehmigung."
    assert meta["byline"] == "Martin Süess, Keystone-SDA"
    assert meta["credit"] == "Keystone-SDA"
    assert meta["language"] == "de-CH"
    assert meta["ednote"] == "Ergänzt um Reaktionen der Parteien."
    # The subject's name in the item's language; cpnat:geoArea subjects and `located` are places.
    assert meta["subjects"] == [
        {"scheme": "medtop", "code": "20000587", "name": "Staatshaushalt"},
        {"scheme": "sdaorg", "code": "bundesrat", "name": "Bundesrat"},
        {"scheme": "keyword", "code": "Budget 2027", "name": "Budget 2027"},
    ]
    assert meta["places"] == [
        {"scheme": "iso3166-1a2", "code": "CH", "name": "Schweiz"},
        {"scheme": "sdaort", "code": "BERN", "name": "Bern"},
    ]
    data = article(item)
    assert data["external_id"] == meta["uri"]
    assert data["headline"] == "Bundesrat will beim Budget 2027 zwei Milliarden sparen"
    assert data["lead"].endswith("reagieren «mit grosser Skepsis».")
    (block,) = data["body"]
    assert block["type"] == "html"
    assert block["value"].startswith("<p>Finanzministerin Karin Keller-Sutter")
    assert "<h2>Kritik von links</h2>" in block["value"]
    assert "<strong>nicht</strong>" in block["value"]
    assert "xmlns" not in block["value"] and "<title>" not in block["value"]
    assert data["first_published_at"] == "2026-12-07T11:30:00+01:00"
    assert data["updated_at"] == "2026-12-07T14:05:00+01:00"
    assert data["key_points"] == [] and "hero_image" not in data


def test_news_item_with_nitf():
    item = one("newsml-nitf-dpa.xml")
    assert item.meta["embargoed"] == datetime(2026, 12, 8, 0, 1, tzinfo=CET)
    assert item.meta["byline"] == "Jörg Strauß"
    data = article(item)
    assert data["headline"] == "Großer Abend in München: Bayern gewinnt Spitzenspiel"
    # No description: NITF's abstract is the lead.
    assert data["lead"] == "Der FC Bayern hat das Spitzenspiel gegen Leverkusen mit 3:1 gewonnen."
    first, picture, last = data["body"]
    # Entities (&#8217;, &nbsp;) read, NITF's inline markup kept as text, hl2 → h2, bq → blockquote.
    assert first["value"] == (
        "<p>Vor 75\u2019000 Zuschauern in der Allianz Arena traf Jamal Musiala doppelt."
        "\u00a0Die Gäste kamen nur zum Ehrentreffer.</p><h2>Trainer zufrieden</h2>"
        "<blockquote><p>«Das war ein großer Schritt», sagte der Trainer.</p>"
        "<cite>Vincent Kompany</cite></blockquote>"
    )
    assert picture == {
        "type": "image",
        "value": {
            "image": {
                "path": "bilder/bundeshaus.png",
                "title": "Jubel in der Arena",
                "alt": "Jubel in der Arena",
                "caption": "Die Spieler jubeln nach dem 3:1.",
                "credit": "Sven Hoppe/dpa",
            }
        },
    }
    assert last["value"] == (
        "<p>Die Tabelle: <em>Bayern</em> führt mit vier Punkten Vorsprung"
        " &amp; bleibt ungeschlagen.</p>"
    )
    # The video is left out with a warning; body.end's tagline is dropped.
    assert len(item.records[0].warnings) == 1
    assert "dpa js" not in str(data["body"])


def test_news_message_with_a_malformed_item():
    items = read("newsml-message-drei.xml")
    assert [item.meta["uri"] for item in items] == [
        "urn:newsml:sda.ch:20261207:wetter",
        "urn:newsml:sda.ch:20261207:kaputt",
        "urn:newsml:sda.ch:20261207:boerse",
    ]
    weather, broken, stocks = items
    assert weather.error == "" and stocks.error == ""
    assert "morgen früh" in broken.error and broken.records == []
    assert article(weather)["body"] == [
        {
            "type": "html",
            "value": "<p>In der Nacht auf Dienstag fällt Schnee bis auf 400 Meter.</p>"
            "<p>MeteoSchweiz rechnet mit glatten Strassen.</p>",
        }
    ]
    assert weather.meta["urgency"] == 6
    assert article(stocks)["headline"] == "SMI schliesst leicht im Plus"
    # Each item's raw text is its own element.
    assert (
        broken.raw.startswith("<newsItem") and "kaputt" in broken.raw and "wetter" not in broken.raw
    )


def test_package_with_a_picture_item():
    items = read("newsml-paket-bild.xml")
    text, lone_picture = items
    assert text.meta["uri"] == "urn:newsml:sda.ch:20261207:zermatt-text"
    data = article(text)
    # Headline and summary in the item's language (de-CH), not the first (fr).
    assert data["headline"] == "Zermatt eröffnet die Wintersaison"
    assert data["lead"] == "Die Bergbahnen haben den Betrieb am Wochenende aufgenommen."
    # The packaged picture: its largest storable rendition (the TIFF cannot be stored).
    assert data["hero_image"] == {
        "path": "bilder/gotthard-gross.jpg",
        "title": "Skifahrer am Matterhorn",
        "alt": "Skifahrer am Matterhorn",
        "caption": "Skifahrerinnen und Skifahrer am Samstag auf dem Theodulgletscher.",
        "credit": "KEYSTONE/Jean-Christophe Bott",
    }
    # The package names a picture this message does not carry: a warning, not an error.
    (warning,) = text.records[0].warnings
    assert "bild-fehlt" in warning
    # A picture no package ties to a text is held with an error.
    assert lone_picture.meta["uri"] == "urn:newsml:keystone.ch:20261207:bild-allein"
    assert lone_picture.error and lone_picture.records == []


def test_package_without_its_text_item():
    package = (
        f'<packageItem {G2} guid="urn:p" version="1">'
        '<itemMeta><itemClass qcode="ninat:composite"/></itemMeta><groupSet root="G1">'
        '<group id="G1"><itemRef residref="urn:fehlt"/></group></groupSet></packageItem>'
    ).encode()
    (item,) = newsml.items_read(package, base_dir=FIXTURES)
    assert item.meta["uri"] == "urn:p"
    assert "urn:fehlt" in item.error


def test_canceled_and_withheld():
    canceled = one("newsml-canceled.xml")
    assert canceled.meta["pubstatus"] == "canceled"
    assert canceled.meta["version"] == 6
    withheld = one("newsml-withheld-sperrfrist.xml")
    assert withheld.meta["pubstatus"] == "withheld"
    # An empty <embargoed/>: embargoed until further notice.
    assert withheld.meta["embargoed"] == agency.EMBARGO_OPEN


def test_entity_declarations_are_refused():
    with pytest.raises(ImportFailed):
        read("newsml-entitaeten.xml")


def test_external_entities_are_never_read(tmp_path):
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIM")
    content = (
        f'<?xml version="1.0"?><!DOCTYPE newsItem SYSTEM "file://{secret}">'
        f'<newsItem {G2} guid="urn:x" version="1">'
        '<itemMeta><itemClass qcode="ninat:text"/></itemMeta>'
        "<contentMeta><headline>Titel</headline></contentMeta>"
        "<contentSet><inlineData>&ext;</inlineData></contentSet></newsItem>"
    ).encode()
    try:
        items = newsml.items_read(content, base_dir=tmp_path)
    except ImportFailed:
        return
    assert "GEHEIM" not in str([item.records for item in items])


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"kein XML",
        b"<newsItem><unclosed></newsItem>",
        b'{"uri": "x"}',
        b"<rss version='2.0'/>",
    ],
)
def test_not_newsml_is_refused(content):
    with pytest.raises(ImportFailed):
        newsml.items_read(content, base_dir=FIXTURES)


def test_several_headlines_with_roles():
    content = item_xml(
        '<headline role="hdltype:subtitle">Untertitel</headline>'
        '<headline role="hdltype:main">Haupttitel</headline>'
    )
    (item,) = newsml.items_read(content, base_dir=FIXTURES)
    assert article(item)["headline"] == "Haupttitel"


def test_missing_optional_fields():
    """No rights, no times, no status (usable), no urgency, no language."""
    (item,) = newsml.items_read(item_xml(), base_dir=FIXTURES)
    assert item.error == ""
    assert item.meta["pubstatus"] == "usable"
    assert item.meta["versioncreated"] is None and item.meta["urgency"] is None
    assert item.meta["copyright_holder"] == "" and item.meta["subjects"] == []
    assert "first_published_at" not in article(item)
    assert article(item)["lead"] == "Text."


def test_item_errors():
    (item,) = newsml.items_read(item_xml(guid=""), base_dir=FIXTURES)
    assert "guid" in item.error
    (item,) = newsml.items_read(item_xml(content_meta=""), base_dir=FIXTURES)
    assert item.error  # no headline
    (item,) = newsml.items_read(
        item_xml(item_meta='<pubStatus qcode="stat:unbekannt"/>'), base_dir=FIXTURES
    )
    assert "unbekannt" in item.error
    (item,) = newsml.items_read(
        item_xml(content_set='<remoteContent href="x.jpg"/>'), base_dir=FIXTURES
    )
    assert item.error  # no body


def test_html_entities_in_nitf_without_a_dtd():
    content = item_xml(
        content_set='<inlineXML contenttype="application/nitf+xml"><nitf><body><body.content>'
        "<p>Gr&uuml;ezi &laquo;mitenand&raquo;&nbsp;&amp; tsch&uuml;ss</p>"
        "</body.content></body></nitf></inlineXML>"
    )
    (item,) = newsml.items_read(content, base_dir=FIXTURES)
    assert article(item)["body"][0]["value"] == "<p>Grüezi «mitenand»\u00a0&amp; tschüss</p>"


def test_lead_falls_back_to_the_headline_when_the_body_has_no_text():
    content = item_xml(
        content_set='<inlineXML contenttype="application/nitf+xml"><nitf><body><body.content>'
        '<media media-type="image"><media-reference source="bilder/lawine.jpg"'
        ' mime-type="image/jpeg"/></media></body.content></body></nitf></inlineXML>'
    )
    (item,) = newsml.items_read(content, base_dir=FIXTURES)
    data = article(item)
    assert data["lead"] == "Titel"
    assert data["body"][0]["type"] == "image"


def test_xhtml_fragment_of_several_elements_and_cdata_html():
    fragment = item_xml(
        content_set='<inlineXML contenttype="application/xhtml+xml">'
        '<p xmlns="http://www.w3.org/1999/xhtml">Eins.</p>'
        '<p xmlns="http://www.w3.org/1999/xhtml">Zwei.</p></inlineXML>'
    )
    (item,) = newsml.items_read(fragment, base_dir=FIXTURES)
    assert article(item)["body"] == [{"type": "html", "value": "<p>Eins.</p><p>Zwei.</p>"}]
    cdata = item_xml(
        content_set='<inlineXML contenttype="text/html"><![CDATA[<p>Drei & vier.</p>]]></inlineXML>'
    )
    (item,) = newsml.items_read(cdata, base_dir=FIXTURES)
    assert article(item)["body"] == [{"type": "html", "value": "<p>Drei & vier.</p>"}]
