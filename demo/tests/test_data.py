"""The demo newsroom's data (demo/data): an import file like any other, with its pictures and
times."""

import json
import shutil
from datetime import datetime, timedelta

from django.core.management import call_command
from django.utils import timezone

from articles.models import ArticlePage
from demo import data
from demo.services import as_of, demo_pictures_draw


def _values(value, key: str):
    if isinstance(value, dict):
        for name, item in value.items():
            if name == key or (key == "_at" and name.endswith("_at")):
                yield item
            else:
                yield from _values(item, key)
    elif isinstance(value, list):
        for item in value:
            yield from _values(item, key)


def test_every_picture_of_the_demo_file_is_drawn():
    newsroom = data.newsroom()
    named = set(_values([newsroom["authors"], newsroom["articles"]], "path"))
    assert named == set(data.pictures())
    assert len(named) == 71


def test_the_demo_times_are_written_as_seen_at_the_anchor_and_loaded_as_of_now():
    files = [data.newsroom(), data.tickers(), data.correction()]
    times = [datetime.fromisoformat(t) for t in _values(files, "_at") if t]
    assert len(times) > 100 and max(times) <= data.ANCHOR
    now = data.ANCHOR + timedelta(days=400, minutes=7)
    flagship = next(a for a in data.newsroom()["articles"] if a["external_id"] == "demo-flagship")
    moved = as_of(flagship, now)
    assert now - datetime.fromisoformat(moved["first_published_at"]) == timedelta(hours=1.5)
    assert now - datetime.fromisoformat(moved["updated_at"]) == timedelta(hours=0.5)
    assert moved["body"] == flagship["body"]
    assert flagship["first_published_at"] == "2026-11-29T11:30:00+01:00"  # the data unchanged


def test_import_articles_reads_the_demo_file(db, tmp_path, capsys):
    """The demo is an import file: the command takes it as it is, once its pictures are drawn
    next to it (some motifs draw the same picture twice: 61 different ones)."""
    shutil.copy(data.FOLDER / "newsroom.json", tmp_path)
    demo_pictures_draw(tmp_path)
    call_command("import_articles", str(tmp_path / "newsroom.json"))
    assert "61 neu, 0 aktualisiert, 0 unverändert, 61 neue Bilder." in capsys.readouterr().out
    assert ArticlePage.objects.get(external_id="demo-flagship").first_published_at == (
        datetime.fromisoformat("2026-11-29T11:30:00+01:00")
    )


def test_load_demo_writes_the_import_file_as_of_now(tmp_path):
    call_command("load_demo", write=tmp_path)
    written = json.loads((tmp_path / "newsroom.json").read_text(encoding="utf-8"))
    flagship = next(a for a in written["articles"] if a["external_id"] == "demo-flagship")
    age = timezone.now() - datetime.fromisoformat(flagship["first_published_at"])
    assert timedelta(hours=1.5) <= age < timedelta(hours=1.6)
    assert all((tmp_path / name).stat().st_size > 1000 for name in data.pictures())
