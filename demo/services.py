"""The demo newsroom: demo/content.py turned into the import format and imported."""

import base64
import tempfile
from datetime import timedelta
from functools import cache
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from articles.corrections import correction_add
from articles.models import ArticlePage
from demo import content
from demo.engagement import demo_engagement_load
from demo.pictures import avatar_picture, motif_picture
from home.models import HomePage, InfoPage
from ingest.services import document_import
from tickers.models import Ticker
from tickers.services import entry_post, ticker_end, ticker_start


def _data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()


def _regions(node, parents=()) -> list[dict]:
    name, kind, children = node
    path = (*parents, name)
    records = [] if not parents else [{"path": " > ".join(path[1:]), "kind": kind}]
    for child in children:
        records.extend(_regions(child, path))
    return records


# The demo's 70 pictures (1.7 MB) are drawn once per process: the tests load the demo newsroom
# several times, and drawing takes a tenth of a second per picture.
_motif_picture = cache(motif_picture)


def _image(spec: dict, folder: Path, seed: str) -> dict:
    file = folder / f"{seed}.jpg"
    file.write_bytes(_motif_picture(spec.get("motif", "city"), seed))
    return {
        "path": file.name,
        "title": spec.get("alt", "")[:255],
        "alt": spec.get("alt", ""),
        "credit": spec.get("credit", "depesche"),
        "caption": spec.get("caption", ""),
        "archive": spec.get("archive", False),
    }


def _body(blocks, folder: Path, seed: str) -> list[dict]:
    body = []
    for index, (kind, value) in enumerate(blocks):
        if kind == "fact_box":
            items = "".join(f"<li>{item}</li>" for item in value["items"])
            value = {"title": value["title"], "body": f"<ul>{items}</ul>"}
        elif kind == "image":
            value = {"image": _image(value, folder, f"{seed}-{index}"), "archive": False}
        elif kind == "video":
            poster = value.get("poster")
            value = {key: value[key] for key in ("url", "title", "caption") if key in value}
            if poster:
                value["poster"] = _image(poster, folder, f"{seed}-{index}")
        body.append({"type": kind, "value": value})
    return body


def _article(record: dict, folder: Path, now) -> dict:
    published = now - timedelta(hours=record["hours_ago"])
    updated = record.get("updated_hours_ago")
    return {
        "external_id": record["id"],
        "section": next(s["name"] for s in content.SECTIONS if s["slug"] == record["section"]),
        "headline": record["headline"],
        "kicker": record.get("kicker", ""),
        "lead": record["lead"],
        "key_points": record["key_points"],
        "body": _body(record["body"], folder, record["id"]),
        "authors": record["authors"],
        "topics": record["topics"],
        "primary_topic": record["primary_topic"],
        "regions": record["regions"],
        "first_published_at": published.isoformat(),
        "updated_at": (now - timedelta(hours=updated)).isoformat() if updated else None,
        "hero_image": _image(record["image"], folder, record["id"]),
        "comment_mode": record.get("comment_mode", "open"),
    }


def demo_newsroom_data(folder: Path) -> dict:
    """The whole demo newsroom in the import format, its pictures written into `folder`."""
    now = timezone.now()
    return {
        "version": 1,
        "sections": [
            {"name": s["name"], "slug": s["slug"], "description": s["description"]}
            for s in content.SECTIONS
        ],
        "regions": _regions(content.REGIONS),
        "topics": [
            {
                "name": t["name"],
                "kind": t["kind"],
                "other_names": t.get("aliases", []),
                "description": t["description"],
            }
            for t in content.TOPICS
        ],
        "authors": [
            {
                "name": a["name"],
                "role": a["role"],
                "bio": a["bio"],
                "photo": {
                    "data_url": _data_url(avatar_picture(a["name"], a["color"])),
                    "title": a["name"],
                    "alt": a["name"],
                    "credit": "depesche",
                },
            }
            for a in content.AUTHORS
        ],
        "articles": [_article(record, folder, now) for record in content.ARTICLES]
        + [_article(content.FLAGSHIP, folder, now)],
    }


def demo_newsroom_load(*, engagement: bool = True):
    """Import the demo newsroom (one transaction, like any import file), then its policy
    pages, a corrected article, its live tickers and (`engagement`) its readers' comments,
    reactions, votes and views (demo/engagement.py). Returns the import's result and the
    readers' (None when the articles had readers already, or without `engagement`)."""
    with tempfile.TemporaryDirectory(prefix="depesche-demo-") as folder:
        data = demo_newsroom_data(Path(folder))
        result = document_import(data=data, base_dir=Path(folder))
    demo_policies_load()
    demo_tickers_load()
    readers = demo_engagement_load() if engagement else None
    return result, readers


@transaction.atomic
def demo_tickers_load():
    """The demo's live tickers (content.TICKERS), through the desk's services: one running
    with 40 entries, one ended. An article that has a ticker already is left alone."""
    now = timezone.now()
    for spec in content.TICKERS:
        article = ArticlePage.objects.live().filter(external_id=spec["article"]).first()
        if article is None or Ticker.objects.filter(article=article).exists():
            continue
        started = now - timedelta(minutes=spec["started_minutes_ago"])
        ticker = ticker_start(article=article, at=started)
        for entry in spec["entries"]:
            quote_text, quote_source = entry.get("quote", ("", ""))
            entry_post(
                ticker=ticker,
                posted_at=min(started + timedelta(minutes=entry["minute"]), now),
                title=entry["title"],
                body=entry["body"],
                quote_text=quote_text,
                quote_source=quote_source,
                is_key=entry.get("key", False),
                is_pinned=entry.get("pinned", False),
            )
        if "ended_minutes_ago" in spec:
            ticker_end(ticker=ticker, at=now - timedelta(minutes=spec["ended_minutes_ago"]))


@transaction.atomic
def demo_policies_load():
    """The newsroom's corrections policy and publishing principles (home.InfoPage) and one
    correction note on a demo article; nothing that is there already."""
    home = HomePage.objects.first()
    if home is not None:
        for spec in content.POLICY_PAGES:
            if InfoPage.objects.filter(purpose=spec["purpose"]).exists():
                continue
            page = InfoPage(
                title=spec["title"], slug=spec["slug"], purpose=spec["purpose"], body=spec["body"]
            )
            home.add_child(instance=page)
            page.save_revision().publish()
    spec = content.CORRECTION
    article = ArticlePage.objects.live().filter(external_id=spec["article"]).first()
    if article is not None and not article.correction_notes.exists():
        shown_at = article.first_published_at + timedelta(hours=spec["hours_after"])
        correction_add(
            article=article,
            kind=spec["kind"],
            text=spec["text"],
            position=spec["position"],
            shown_at=min(shown_at, timezone.now()),
        )
