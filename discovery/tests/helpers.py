"""Test data for discovery: articles with chosen topics, regions, sections and ages, imported
through the real import service (like the `newsroom` fixture, one record each)."""

import re
from datetime import timedelta

from django.utils import timezone

from conftest import article_record
from ingest.services import document_import


def articles_publish(folder, specs: list[dict]) -> list:
    """Import one article per spec; a spec's `hours_ago` sets its publication time, the
    other keys override the import record's. Returns the pages in spec order."""
    records = []
    for number, spec in enumerate(specs, start=1):
        spec = dict(spec)
        hours = spec.pop("hours_ago", number)
        published = timezone.now() - timedelta(hours=hours)
        if "topics" in spec:
            spec.setdefault("primary_topic", spec["topics"][0] if spec["topics"] else None)
        spec.setdefault("external_id", f"disc-{number:03d}")
        spec.setdefault("first_published_at", published.isoformat())
        records.append(article_record(number, folder, **spec))
    return document_import(data={"articles": records}, base_dir=folder).pages


def module_heading(html: str, key: str) -> str:
    """The heading of the module `key` under an article as text, and where it links to:
    «Mehr in News → /news/» («» when the page has no such module)."""
    match = re.search(rf'id="module-{key}"[^>]*>(.*?)</h2>', html, re.S)
    if not match:
        return ""
    link = re.search(r'href="([^"]*)"', match.group(1))
    text = re.sub(r"<[^>]+>", "", match.group(1)).strip()
    return f"{text} → {link.group(1)}" if link else text
