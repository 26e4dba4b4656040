"""One item of each wire format through the writer (records_write), completed the way
ingest/wires.py completes it: the provider's section and the byline as the author."""

from pathlib import Path

import pytest

from articles.models import ArticlePage
from ingest.readers import newsml, ninjs
from ingest.writer import records_write

FIXTURES = Path(__file__).parent / "fixtures" / "wires"
CASES = [
    (ninjs, "ninjs1-sda-gotthard.json"),
    (ninjs, "ninjs2-dpa-hafen.json"),
    (ninjs, "ninjs3-afp-lawine.json"),
    (newsml, "newsml-xhtml-bundesrat.xml"),
    (newsml, "newsml-nitf-dpa.xml"),
    (newsml, "newsml-paket-bild.xml"),
]


def completed(item) -> list:
    """What wires.py adds: a section and authors (the byline, else the provider's name)."""
    (record,) = item.records
    record.data["section"] = "Agenturen"
    record.data["authors"] = [item.meta["byline"] or "Keystone-SDA"]
    return [record]


@pytest.mark.django_db
@pytest.mark.parametrize(("reader", "name"), CASES, ids=[name for _reader, name in CASES])
def test_each_format_writes_an_article(reader, name):
    item = next(
        i
        for i in reader.items_read((FIXTURES / name).read_bytes(), base_dir=FIXTURES)
        if not i.error
    )
    data = item.records[0].data
    report = records_write(completed(item), base_dir=FIXTURES)
    assert (report.created, report.updated, report.unchanged) == (1, 0, 0)
    page = ArticlePage.objects.get(external_id=item.meta["uri"])
    assert page.title == data["headline"]
    assert page.lead == data["lead"]
    assert page.get_parent().title == "Agenturen"
    assert len(page.body) >= 1
    if "hero_image" in data:
        assert page.hero_image is not None
        assert page.hero_credit == data["hero_image"]["credit"]
        assert page.hero_caption == data["hero_image"]["caption"]
    # Read again, nothing changes.
    again = next(
        i
        for i in reader.items_read((FIXTURES / name).read_bytes(), base_dir=FIXTURES)
        if not i.error
    )
    assert records_write(completed(again), base_dir=FIXTURES).unchanged == 1


@pytest.mark.django_db
def test_nitf_body_becomes_the_sites_blocks():
    (item,) = newsml.items_read((FIXTURES / "newsml-nitf-dpa.xml").read_bytes(), base_dir=FIXTURES)
    records_write(completed(item), base_dir=FIXTURES)
    page = ArticlePage.objects.get(external_id=item.meta["uri"])
    kinds = [block.block_type for block in page.body]
    assert "subheading" in kinds and "quote" in kinds and "image" in kinds
    image = next(block.value for block in page.body if block.block_type == "image")
    assert image["credit"] == "Sven Hoppe/dpa"


@pytest.mark.django_db
def test_a_picture_known_only_by_address_is_left_out_with_a_warning():
    (item,) = ninjs.items_read(
        (FIXTURES / "ninjs1-sda-gotthard.json").read_bytes(), base_dir=FIXTURES
    )
    report = records_write(completed(item), base_dir=FIXTURES)
    assert report.created == 1
    assert any("4712-web.jpg" in warning for warning in report.warnings)
