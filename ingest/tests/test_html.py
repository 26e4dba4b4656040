"""Real-world HTML through the sanitiser: never a crash, nothing unsafe, the site's blocks."""

import pytest
from django.utils import translation

from articles.blocks import FACT_BOX_FEATURES, PARAGRAPH_FEATURES
from articles.models import ArticlePage
from conftest import article_record
from ingest.html import html_blocks, rich_text
from ingest.records import Record
from ingest.services import document_import
from ingest.writer import records_write

# Each crashed Wagtail's rich-text conversion with an AssertionError before the sanitiser.
BROKEN = [
    "<p>a<br>b</p>",
    '<p>Vorher <img src="x.jpg"> nachher</p>',
    "<p>a</p><hr><p>b</p>",
    "<ul><li>eins<li>zwei</ul>",
    "<b><i>gekreuzt</b> weiter</i>",
    '<figure><img src="x.jpg"><figcaption>Bild</figcaption></figure>',
    '<video src="https://media.example.ch/a.mp4"></video>',
    '<picture><source srcset="x.webp"><img src="x.jpg"></picture>',
]


@pytest.mark.django_db
@pytest.mark.parametrize("value", BROKEN)
def test_broken_html_in_a_paragraph_is_imported_not_a_traceback(tmp_path, value):
    body = [{"type": "paragraph", "value": f"Text {value}"}]
    report = document_import(
        data={"articles": [article_record(1, tmp_path, body=body)]}, base_dir=tmp_path
    )
    assert report.created == 1
    stored = ArticlePage.objects.get().body.raw_data[0]["value"]
    assert stored.startswith("<p") and "<img" not in stored and "<video" not in stored


@pytest.mark.django_db
@pytest.mark.parametrize("value", BROKEN)
def test_broken_html_in_a_fact_box_is_imported(tmp_path, value):
    body = [{"type": "fact_box", "value": {"title": "Fakten", "body": f"Text {value}"}}]
    document_import(data={"articles": [article_record(1, tmp_path, body=body)]}, base_dir=tmp_path)
    assert ArticlePage.objects.get().body.raw_data[0]["type"] == "fact_box"


def test_crossed_and_void_tags_come_out_well_formed():
    stored, _warnings = rich_text("<p>a<br>b <b><i>x</b>y</i></p>", PARAGRAPH_FEATURES)
    assert "a<br/>b" in stored
    assert "<b><i>x</i></b><i>y</i>" in stored


def test_the_sanitiser_drops_scripts_styles_handlers_and_unsafe_links():
    value = (
        '<p onclick="steal()">Hallo<script>alert(1)</script><style>p{}</style> '
        '<a href="javascript:alert(1)">eins</a> <a href="data:text/html,x">zwei</a> '
        '<a href="https://www.bern.ch" onmouseover="x()">drei</a></p>'
    )
    stored, _warnings = rich_text(value, PARAGRAPH_FEATURES)
    for bad in ("script", "alert", "style", "onclick", "onmouseover", "javascript", "data:"):
        assert bad not in stored
    assert "eins" in stored and "zwei" in stored
    assert '<a href="https://www.bern.ch">drei</a>' in stored


def test_a_fact_box_keeps_lists_with_unclosed_items():
    stored, _warnings = rich_text("<ul><li>eins<li><b>zwei</b></ul>", FACT_BOX_FEATURES)
    assert "<li" in stored and "<b>zwei</b>" in stored


def test_a_body_splits_into_the_sites_blocks():
    with translation.override("en"):
        blocks, warnings = html_blocks(
            "<p>Erster <b>Absatz</b>.</p><h2>Zwischentitel</h2>"
            "<blockquote><p>Ein guter Tag.</p><footer>Ursula Zaugg</footer></blockquote>"
            "<ul><li>eins</li><li>zwei</li></ul>"
            '<figure><img src="bilder/a.jpg" alt="Die Aare"><figcaption>Die Aare.</figcaption>'
            "</figure>"
            '<p>Text <img src="https://cdn.example.com/b.jpg"> weiter</p>'
            '<iframe src="https://www.youtube.com/embed/abc" title="Film"></iframe>'
            '<iframe src="https://maps.example.com/karte"></iframe>'
            "<table><tr><td>A</td><td>1</td></tr></table>"
        )
    assert blocks == [
        {"type": "paragraph", "value": "<p>Erster <b>Absatz</b>.</p>"},
        {"type": "subheading", "value": "Zwischentitel"},
        {"type": "quote", "value": {"text": "Ein guter Tag.", "source": "Ursula Zaugg"}},
        {"type": "paragraph", "value": "<p>• eins</p>"},
        {"type": "paragraph", "value": "<p>• zwei</p>"},
        {
            "type": "image",
            "value": {"image": {"path": "bilder/a.jpg", "alt": "Die Aare"}, "caption": "Die Aare."},
        },
        {"type": "paragraph", "value": "<p>Text weiter</p>"},
        {"type": "video", "value": {"url": "https://www.youtube.com/embed/abc", "title": "Film"}},
        {
            "type": "paragraph",
            "value": '<p><a href="https://maps.example.com/karte">'
            "https://maps.example.com/karte</a></p>",
        },
        {"type": "paragraph", "value": "<p>A | 1</p>"},
    ]
    assert any("https://cdn.example.com/b.jpg was not fetched" in w for w in warnings)
    assert any("became a link" in w for w in warnings)
    assert any("table" in w for w in warnings)


@pytest.mark.django_db
def test_an_html_body_block_becomes_blocks_with_its_pictures_and_warnings(tmp_path):
    body = [
        {
            "type": "html",
            "value": '<p>Vorher</p><p><img src="picture-1.jpg" alt="Velo"></p>'
            '<p onclick="x()">Nachher <img src="http://example.com/x.jpg"></p>',
        }
    ]
    record = article_record(1, tmp_path, body=body)
    with translation.override("en"):
        report = records_write(
            [Record(kind="article", data=record, label="Meldung 1")], base_dir=tmp_path
        )
    page = ArticlePage.objects.get()
    assert [block["type"] for block in page.body.raw_data] == ["paragraph", "image", "paragraph"]
    assert page.body.raw_data[1]["value"]["image"] == page.hero_image_id  # the same bytes
    assert report.warnings == [
        "Meldung 1: the picture http://example.com/x.jpg was not fetched and was left out"
    ]


@pytest.mark.django_db
def test_a_picture_known_only_by_its_url_is_left_out_with_a_warning(tmp_path):
    record = article_record(1, tmp_path)
    record["hero_image"] = {"url": "https://example.com/hero.jpg", "credit": "Keystone"}
    with translation.override("en"):
        report = records_write(
            [Record(kind="article", data=record, label="Meldung 1")], base_dir=tmp_path
        )
    assert ArticlePage.objects.get().hero_image is None
    assert report.counts["picture"]["skipped"] == 1
    assert "https://example.com/hero.jpg was not fetched" in report.warnings[0]


def test_pictures_on_the_web_are_left_out_and_data_urls_kept():
    data_url = "data:image/png;base64,iVBORw0KGgo="
    blocks, warnings = html_blocks(
        f'<img src="//cdn.example.com/a.jpg"><img src="{data_url}" onerror="x()">'
        '<a href=" JaVaScRiPt:alert(1)">Text</a>'
    )
    assert blocks == [
        {"type": "image", "value": {"image": {"data_url": data_url}, "caption": ""}},
        {"type": "paragraph", "value": "<p>Text</p>"},
    ]
    assert len(warnings) == 1
