"""One article in IPTC ninjs 2.1 (https://iptc.org/standards/ninjs/), the JSON news format
syndication partners read: headlines, lead, body as HTML, authors, topics, regions and the
hero picture with its renditions. Absolute URLs on the Wagtail site (distribution.site).
"""

import re
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import gettext

from articles.corrections import corrections_latest, corrections_of
from articles.selectors import article_detail
from distribution import live
from distribution.media import (
    FEED_RENDITION,
    STRUCTURED_DATA_RENDITIONS,
    media_type,
    size_in_bytes,
)
from distribution.selectors import (
    article_subjects,
    article_ticker,
    public_articles,
    ticker_entries,
)
from distribution.site import SiteRoot, absolute_html

# Ids beyond PostgreSQL's bigint cannot exist (and would fail in the database).
MAX_ID = 2**63 - 1
NINJS_VERSION = "2.1"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"
# ninjs names of the hero picture's renditions.
RENDITION_NAMES = {
    FEED_RENDITION: "3x2",
    STRUCTURED_DATA_RENDITIONS[0]: "16x9",
    STRUCTURED_DATA_RENDITIONS[1]: "4x3",
    STRUCTURED_DATA_RENDITIONS[2]: "1x1",
}


def bcp47(language_code: str) -> str:
    """Django's "de-ch" as BCP 47 "de-CH"."""
    language, _sep, region = language_code.partition("-")
    return f"{language}-{region.upper()}" if region else language


def text_counts(html: str) -> tuple[int, int]:
    text = BeautifulSoup(html, "html.parser").get_text(" ")
    text = re.sub(r"\s+", " ", text).strip()
    return len(text), len(text.split()) if text else 0


def picture_association(*, page, detail, site: SiteRoot) -> dict | None:
    image = page.hero_image
    renditions = image.renditions_or_none(*RENDITION_NAMES)
    if renditions is None:
        return None
    association = {
        "name": "featureimage",
        # An identifier, not an address: the picture has no page of its own.
        "uri": f"urn:x-depesche:{urlsplit(site.root_url).netloc}:image:{image.pk}",
        "type": "picture",
        "headlines": [{"role": "main", "value": image.default_alt_text or page.title}],
        "descriptions": [
            {"role": "alt", "contenttype": "text/plain", "value": image.default_alt_text},
        ],
        "renditions": [
            {
                "name": name,
                "href": site.absolute(renditions[spec].url),
                "contenttype": media_type(renditions[spec]),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
                "sizeinbytes": size_in_bytes(renditions[spec]),
            }
            for spec, name in RENDITION_NAMES.items()
        ],
    }
    if detail.hero_caption:
        association["descriptions"].append(
            {"role": "caption", "contenttype": "text/plain", "value": detail.hero_caption}
        )
    if detail.hero_credit:
        association["by"] = detail.hero_credit
        association["copyrightnotice"] = detail.hero_credit
    return association


def article_ninjs(*, pk: int, site: SiteRoot, request=None) -> dict:
    """The ninjs document of one public article; Http404 for any other id."""
    if not 0 < pk <= MAX_ID:
        raise Http404("No such article.")
    # With its live ticker, if any (one LEFT JOIN: no query more without one).
    page = public_articles(site=site).filter(pk=pk).select_related("ticker").first()
    if page is None:
        raise Http404("No such article.")
    detail = article_detail(page=page)
    subjects = article_subjects(page=page)
    web_url = site.page_url(page.url_path)
    body_html = absolute_html(page.body.render_as_block(), site)
    characters, words = text_counts(body_html)
    published = page.first_published_at
    notes = corrections_of(page=page)
    updated = max(
        (t for t in (page.last_published_at or published, corrections_latest(notes)) if t),
        default=None,
    )

    document = {
        "uri": site.absolute(reverse("distribution:ninjs_article", args=[page.pk])),
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        "type": "text",
        "representationtype": "full",
        "version": str(page.live_revision_id or 1),
        "pubstatus": "usable",
        "language": bcp47(settings.LANGUAGE_CODE),
        "headlines": [{"role": "main", "contenttype": "text/plain", "value": page.title}],
        "descriptions": [{"role": "summary", "contenttype": "text/plain", "value": page.lead}],
        "bodies": [
            {
                "role": "main",
                "contenttype": "text/html",
                "charcount": characters,
                "wordcount": words,
                "value": body_html,
            }
        ],
        "copyrightholder": settings.WAGTAIL_SITE_NAME,
        "copyrightnotice": " ".join(
            part
            for part in ("©", str(published.year) if published else "", settings.WAGTAIL_SITE_NAME)
            if part
        ),
        "altids": [{"role": "url", "value": web_url}, {"role": "id", "value": str(page.pk)}],
        "renditions": [{"name": "web", "href": web_url, "contenttype": "text/html"}],
    }
    if published:
        document["firstcreated"] = published.isoformat()
    if updated:
        document["versioncreated"] = updated.isoformat()
    if detail.kicker:
        document["headlines"].append(
            {"role": "kicker", "contenttype": "text/plain", "value": detail.kicker}
        )
    key_points = [str(point.value) for point in page.key_points]
    if key_points:
        items = "".join(f"<li>{escape(point)}</li>" for point in key_points)
        document["descriptions"].append(
            {"role": "keypoints", "contenttype": "text/html", "value": f"<ul>{items}</ul>"}
        )
    if detail.authors:
        document["by"] = ", ".join(author.title for author in detail.authors)
        document["people"] = [
            {"name": author.title, "rel": "author", "uri": site.page_url(author.url_path)}
            for author in detail.authors
        ]
    if subjects.topics:
        document["subjects"] = [
            {
                "name": topic.title,
                "rel": "primary" if topic.pk == page.primary_topic_id else "secondary",
                "uri": site.page_url(topic.url_path),
                "literal": topic.kind,
            }
            for topic in subjects.topics
        ]
    if subjects.regions:
        document["places"] = [
            {"name": region.title, "uri": site.page_url(region.url_path), "literal": region.kind}
            for region in subjects.regions
        ]
    if detail.dateline_regions:
        document["located"] = ", ".join(region.title for region in detail.dateline_regions)
    if page.hero_image and (picture := picture_association(page=page, detail=detail, site=site)):
        document["associations"] = [picture]
    # ninjs has no correction object: each note in force is a description of its own role.
    document["descriptions"] += [
        {
            "role": "correction",
            "contenttype": "text/plain",
            "value": f"{note.get_kind_display()}, "
            f"{formats.date_format(timezone.localtime(note.shown_at), 'DATETIME_FORMAT')}: "
            f"{note.text}",
        }
        for note in notes
        if not note.withdrawn
    ]
    if ticker := live_ticker(page=page, web_url=web_url, site=site):
        document["genres"] = ticker["genres"]
        document["descriptions"] += ticker["descriptions"]
        document.setdefault("associations", []).extend(ticker["associations"])
        if ticker["changed_at"] and (updated is None or ticker["changed_at"] > updated):
            document["versioncreated"] = ticker["changed_at"].isoformat()
    document["title"] = Truncator(page.title).chars(120)
    return document


def live_ticker(*, page, web_url: str, site: SiteRoot) -> dict | None:
    """What a started live ticker adds to the article's ninjs (distribution.live): the genre,
    its state as descriptions of the roles `ticker-status` (`running`, `ended`),
    `ticker-started` and `ticker-ended` (ninjs has no such fields), and its newest visible
    entries, newest first, as `ticker-entry` associations (text items with their own
    headline, HTML body, times, and `ticker-flag` descriptions `key` and `pinned`). 1 query
    without a started ticker, 2 or 3 with one."""
    ticker = article_ticker(page=page)
    if not live.is_started(ticker):
        return None
    entries = live.machine_entries(
        ticker_entries(ticker=ticker, pictures=True), article_url=web_url, site=site
    )
    descriptions = [
        {"role": "ticker-status", "contenttype": "text/plain", "value": live.ticker_status(ticker)},
        {
            "role": "ticker-started",
            "contenttype": "text/plain",
            "value": ticker.started_at.isoformat(),
        },
    ]
    if ticker.ended_at:
        descriptions.append(
            {
                "role": "ticker-ended",
                "contenttype": "text/plain",
                "value": ticker.ended_at.isoformat(),
            }
        )
    associations = []
    for item in entries:
        entry = item.entry
        characters, words = text_counts(item.html)
        association = {
            "name": "ticker-entry",
            "uri": item.url,
            "type": "text",
            "representationtype": "full",
            "version": str(entry.sequence),
            "firstcreated": entry.posted_at.isoformat(),
            "versioncreated": (item.modified or entry.posted_at).isoformat(),
            "headlines": [{"role": "main", "contenttype": "text/plain", "value": item.headline}],
            "bodies": [
                {
                    "role": "main",
                    "contenttype": "text/html",
                    "charcount": characters,
                    "wordcount": words,
                    "value": item.html,
                }
            ],
            "altids": [{"role": "id", "value": str(entry.pk)}],
        }
        flags = [flag for flag, on in (("key", entry.is_key), ("pinned", entry.is_pinned)) if on]
        if flags:
            association["descriptions"] = [
                {"role": "ticker-flag", "contenttype": "text/plain", "value": flag}
                for flag in flags
            ]
        associations.append(association)
    newest = live.entries_changed_at(item.entry for item in entries)
    changed = [t for t in (newest, ticker.ended_at) if t]
    return {
        "genres": [{"name": gettext("Live ticker"), "literal": "liveticker"}],
        "descriptions": descriptions,
        "associations": associations,
        "changed_at": max(changed, default=None),
    }
