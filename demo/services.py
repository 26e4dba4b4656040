"""The demo newsroom: the import file demo/data/newsroom.json, moved to the present and with
its pictures drawn, imported like any other; then what the import format does not hold
(policy pages, a correction note, live tickers: demo/data/*.json) through the services."""

import json
import tempfile
from datetime import datetime
from functools import cache
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from articles.corrections import correction_add
from articles.models import ArticlePage
from demo import data
from demo.engagement import demo_engagement_load
from demo.pictures import avatar_picture, motif_picture
from home.models import HomePage, InfoPage
from ingest.services import document_import
from tickers.models import Ticker
from tickers.services import entry_post, ticker_end, ticker_start

# The demo's 63 motif pictures (2.5 MB) are drawn once per process: the tests load the demo newsroom
# several times, and drawing takes a tenth of a second per picture.
_motif_picture = cache(motif_picture)


def demo_pictures_draw(folder: Path) -> None:
    """Draw every picture the demo's import file names (demo/data/pictures.json) into
    `folder`: a motif seeded by the file's name, or an author's initials on a colour."""
    for name, spec in data.pictures().items():
        if "avatar" in spec:
            picture = avatar_picture(spec["avatar"], spec["color"])
        else:
            picture = _motif_picture(spec["motif"], Path(name).stem)
        (folder / name).write_bytes(picture)


def as_of(value, now: datetime):
    """A copy of the demo's `value` with every time (a field named `…_at`) moved by
    now − data.ANCHOR: the files are written as seen at the anchor."""
    if isinstance(value, dict):
        return {
            key: (
                (datetime.fromisoformat(item) + (now - data.ANCHOR)).isoformat()
                if key.endswith("_at") and item
                else as_of(item, now)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [as_of(item, now) for item in value]
    return value


def demo_newsroom_write(folder: Path) -> Path:
    """Write the demo's import file, its times as of now, and its pictures into `folder`:
    `import_articles` imports it as `load_demo` would (without what the format does not hold)."""
    demo_pictures_draw(folder)
    file = folder / "newsroom.json"
    text = json.dumps(as_of(data.newsroom(), timezone.now()), ensure_ascii=False, indent=2)
    file.write_text(text + "\n", encoding="utf-8")
    return file


def demo_newsroom_load(*, engagement: bool = True):
    """Import the demo newsroom (one transaction, like any import file), then its policy
    pages, a corrected article, its live tickers and (`engagement`) its readers' comments,
    reactions, votes and views (demo/engagement.py). Returns the import's result and the
    readers' (None when the articles had readers already, or without `engagement`)."""
    now = timezone.now()
    with tempfile.TemporaryDirectory(prefix="depesche-demo-") as folder:
        demo_pictures_draw(Path(folder))
        result = document_import(data=as_of(data.newsroom(), now), base_dir=Path(folder))
    demo_policies_load(now)
    demo_tickers_load(now)
    readers = demo_engagement_load() if engagement else None
    return result, readers


@transaction.atomic
def demo_tickers_load(now: datetime):
    """The demo's live tickers (demo/data/tickers.json), through the desk's services: one
    running with 40 entries, one ended. An article that has a ticker already is left alone."""
    for spec in as_of(data.tickers(), now):
        article = ArticlePage.objects.live().filter(external_id=spec["article"]).first()
        if article is None or Ticker.objects.filter(article=article).exists():
            continue
        ticker = ticker_start(article=article, at=datetime.fromisoformat(spec["started_at"]))
        for entry in spec["entries"]:
            entry_post(
                ticker=ticker,
                **{**entry, "posted_at": datetime.fromisoformat(entry["posted_at"])},
            )
        if "ended_at" in spec:
            ticker_end(ticker=ticker, at=datetime.fromisoformat(spec["ended_at"]))


@transaction.atomic
def demo_policies_load(now: datetime):
    """The newsroom's corrections policy and publishing principles (home.InfoPage,
    demo/data/policies.json) and one correction note on a demo article
    (demo/data/correction.json); nothing that is there already."""
    home = HomePage.objects.first()
    if home is not None:
        for spec in data.policies():
            if InfoPage.objects.filter(purpose=spec["purpose"]).exists():
                continue
            page = InfoPage(**spec)
            home.add_child(instance=page)
            page.save_revision().publish()
    spec = as_of(data.correction(), now)
    article = ArticlePage.objects.live().filter(external_id=spec.pop("article")).first()
    if article is not None and not article.correction_notes.exists():
        correction_add(
            article=article, **{**spec, "shown_at": datetime.fromisoformat(spec["shown_at"])}
        )
