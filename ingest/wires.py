"""Wire items → articles: the version rules, pubstatus, embargo, the mapping tables and the
link between an article and its wire item (docs/ingest.md, «Providers», «Inbox»).

A wire reader hands over `WireItem`s (ingest/records.py); `items_ingest` keeps each one as an
`AgencyItem` and, depending on its provider, writes its article through the one writer
(`records_write`) or leaves it in the editors' inbox. Each item is all or nothing on its own
(a savepoint): a malformed item is held with its error, the rest of the batch goes on.

Decisions:
- Inbox mode keeps no article until an editor takes the item («Als Artikel übernehmen»): the
  inbox is the list of items, not of drafts, so the page tree holds no unread agency copy.
  A taken item becomes a draft article that opens in the editor.
- «Editors changed the article» means: the content (headline, kicker, lead, key points, body)
  of the article's latest revision differs from the revision the wire wrote. Saving or
  publishing without a change is not a change. Then a newer version waits in `pending` and
  the inbox and the article's side panel show «neue Agenturversion» with a diff.
- Pictures named by an http(s) `url` on the provider's own host are fetched before the item's
  transaction (never inside it) with the provider's credentials, size-limited, and handed to
  the writer as data URLs; other addresses are left to the writer, which leaves them out
  with a warning.
"""

import base64
import difflib
import hashlib
import html
import json
import logging
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from core.changes import changes_held
from ingest.errors import ImportFailed
from ingest.models import AgencyItem, ItemStatus, Provider
from ingest.records import Record, WireItem
from ingest.writer import records_write

logger = logging.getLogger(__name__)

WITHDRAWN = ("withheld", "canceled")
EXTERNAL_ID_LENGTH = 120
PICTURE_TIMEOUT = 15
CONTENT_FIELDS = ("title", "kicker", "lead", "key_points", "body")


@dataclass
class ItemResult:
    """What happened to one item: `outcome` is created, updated, unchanged, ignored (older),
    inbox, pending (editors changed the article), withheld or held; `reason` says why."""

    uri: str
    outcome: str
    reason: str = ""
    item: AgencyItem | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class WireReport:
    results: list[ItemResult] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for result in self.results if result.outcome == outcome)

    @property
    def held(self) -> list[ItemResult]:
        return [result for result in self.results if result.outcome == "held"]

    def summary(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for result in self.results:
            counts[result.outcome] = counts.get(result.outcome, 0) + 1
        return counts


# -- the entry point -----------------------------------------------------------------------------


def items_ingest(
    items, *, provider: Provider | None = None, base_dir: Path, user=None, section=None
) -> WireReport:
    """Keep and apply each wire item on its own; `section` (a SectionPage) overrides the
    provider's default section for items that name none (`manage.py ingest --section`).
    Each item commits alone; the edge-cache purge of the items is sent in one task for
    several of them (core.changes.changes_held), not one per item."""
    report = WireReport()
    with changes_held():
        for item in items:
            report.results.append(_item_ingest(item, provider, base_dir, user, section))
    return report


def _item_ingest(item: WireItem, provider, base_dir, user, section) -> ItemResult:
    meta = item.meta or {}
    uri = _uri(item)
    if item.error:
        return _hold(provider, uri, item, item.error)
    try:
        record = _article_record(item)
        data = _complete(record.data, meta, provider, section, uri)
        pictures, warnings = _pictures_fetch(data, provider)
        with transaction.atomic():
            result = _apply(item, uri, data, pictures, provider, base_dir, user)
        result.warnings = warnings + result.warnings
        return result
    except ImportFailed as error:
        return _hold(provider, uri, item, "\n".join(error.errors))
    except _ItemError as error:
        return _hold(provider, uri, item, str(error))


class _ItemError(Exception):
    pass


def _apply(item, uri, data, pictures, provider, base_dir, user) -> ItemResult:
    meta = item.meta or {}
    row = AgencyItem.objects.select_for_update().filter(provider=provider, uri=uri).first()
    if row is not None and row.status != ItemStatus.HELD:
        order = _compare(meta, row)
        if order < 0:
            return ItemResult(uri, "ignored", _("an older version than the one kept"), row)
        if order == 0:
            return ItemResult(uri, "unchanged", _("this version is kept already"), row)
    created = row is None
    if created:
        row = AgencyItem(provider=provider, uri=uri)
    _keep(row, item, data)

    if (meta.get("pubstatus") or "usable") in WITHDRAWN:
        row.status = ItemStatus.WITHHELD
        row.pending = None
        row.save()
        if row.article_id:
            _withdraw(row.article, user)
        return ItemResult(uri, "withheld", _("withdrawn by the agency"), row)

    if row.article_id and _edited(row):
        row.pending = {"record": data, "raw": item.raw, "meta": _meta_json(meta)}
        _keep_meta_only(row)
        row.save()
        return ItemResult(uri, "pending", _("editors changed the article: new version waits"), row)

    if row.article_id is None and not (provider is None or provider.publish_at_once):
        if created or row.status in (ItemStatus.HELD, ItemStatus.WITHHELD, ItemStatus.IGNORED):
            row.status = ItemStatus.INBOX
        # The document's folder may be gone when an editor takes the item: keep its pictures.
        row.record = _with_pictures(_local_pictures(data, base_dir), pictures)
        row.error = ""
        row.save()
        return ItemResult(uri, "inbox" if created else "updated", "", row)

    live = row.article.live if row.article_id else True
    if row.article_id and not row.article.live and row.status == ItemStatus.TAKEN:
        live = False
    write = _write(row, data, pictures, live=live, base_dir=base_dir, user=user)
    if row.status not in (ItemStatus.TAKEN,):
        row.status = ItemStatus.PUBLISHED
    row.error = ""
    row.pending = None
    row.save()
    outcome = "created" if created else ("unchanged" if write == "unchanged" else "updated")
    return ItemResult(uri, outcome, "", row)


# -- editors' actions ----------------------------------------------------------------------------


def item_take(*, item: AgencyItem, user=None, base_dir: Path | None = None) -> AgencyItem:
    """«Als Artikel übernehmen»: a draft article from the item (or the linked one)."""
    from core.errors import Refused

    if item.status == ItemStatus.HELD:
        raise Refused(_("A held item cannot be taken; it has an error."), code="held")
    if item.status == ItemStatus.WITHHELD:
        raise Refused(_("The agency withdrew this item."), code="withheld")
    if item.article_id:
        return item
    with transaction.atomic():
        pictures, _warnings = _pictures_fetch(item.record, item.provider)
        _write(item, item.record, pictures, live=False, base_dir=base_dir or Path("."), user=user)
        item.status = ItemStatus.TAKEN
        item.save()
    return item


def item_ignore(*, item: AgencyItem, user=None) -> AgencyItem:
    """«Ignorieren»: the item leaves the inbox; a newer version brings it back."""
    item.status = ItemStatus.IGNORED
    item.save(update_fields=["status", "updated_at"])
    return item


def item_pending_take(*, item: AgencyItem, user=None, base_dir: Path | None = None):
    """«Übernehmen» of a new agency version over the editors' changes."""
    from core.errors import Refused

    if not item.pending or not item.article_id:
        raise Refused(_("There is no new agency version to take."), code="no-pending")
    pending = item.pending
    with transaction.atomic():
        pictures, _warnings = _pictures_fetch(pending["record"], item.provider)
        _write(
            item,
            pending["record"],
            pictures,
            live=item.article.live,
            base_dir=base_dir or Path("."),
            user=user,
        )
        item.record = pending["record"]
        item.raw = pending.get("raw", item.raw)
        _meta_set(item, _meta_parse(pending.get("meta", {})))
        item.pending = None
        item.save()
    return item


def pending_diff(item: AgencyItem) -> list[str]:
    """The lines of a unified diff from the article as it is to the pending version."""
    if not item.pending or not item.article_id:
        return []
    page = item.article.get_latest_revision_as_object()
    record = item.pending["record"]
    now = _lines(page.title, page.lead, _stream_text(page.body.raw_data))
    new = _lines(record.get("headline", ""), record.get("lead", ""), _blocks_text(record))
    return list(
        difflib.unified_diff(now, new, _("article now"), _("agency version"), lineterm="", n=2)
    )


# -- helpers -------------------------------------------------------------------------------------


def _uri(item: WireItem) -> str:
    uri = (item.meta or {}).get("uri")
    if not uri:
        for record in item.records:
            if record.kind == "article" and record.data.get("external_id"):
                uri = record.data["external_id"]
    if not uri:
        uri = "sha256:" + hashlib.sha256((item.raw or "").encode()).hexdigest()
    return str(uri)[:500]


def external_id(provider: Provider | None, uri: str) -> str:
    """The article's external id: the provider's id and the item's URI (the provider's name
    may change; its id does not); hashed when too long."""
    value = f"wire-{provider.pk}:{uri}" if provider else f"wire:{uri}"
    if len(value) > EXTERNAL_ID_LENGTH:
        digest = hashlib.sha256(uri.encode()).hexdigest()[:40]
        value = f"wire-{provider.pk}:#{digest}" if provider else f"wire:#{digest}"
    return value


def _article_record(item: WireItem) -> Record:
    articles = [record for record in item.records if record.kind == "article"]
    if len(articles) != 1:
        raise _ItemError(_("the item holds no article") if not articles else _("several articles"))
    return articles[0]


def _complete(data: dict, meta: dict, provider, section, uri: str) -> dict:
    """The record the writer gets: the reader's plus what the site knows (docs/ingest.md)."""
    data = {**data, "external_id": external_id(provider, uri)}
    if not data.get("section"):
        chosen = section or (provider.default_section if provider else None)
        if chosen is not None:
            data["section"] = chosen.slug
    if provider is not None:
        topics = list(data.get("topics") or [])
        for subject in meta.get("subjects") or []:
            for mapping in provider.subject_mappings.all():
                if mapping.matches(subject) and mapping.topic.title not in topics:
                    topics.append(mapping.topic.title)
        if topics:
            data["topics"] = topics
        regions = list(data.get("regions") or [])
        for place in meta.get("places") or []:
            for mapping in provider.place_mappings.all():
                path = _region_path(mapping.region)
                if mapping.matches(place) and path not in regions:
                    regions.append(path)
        if regions:
            data["regions"] = regions
    if not data.get("authors"):
        names = _byline_names(meta.get("byline") or "")
        data["authors"] = names or [provider.name if provider else _("Agency")]
    credit = meta.get("credit") or (provider.default_credit if provider else "")
    if credit:
        for picture in _pictures(data):
            if not picture.get("credit"):
                picture["credit"] = credit
    now = timezone.now()
    created = _datetime(meta.get("firstcreated")) or _datetime(meta.get("versioncreated")) or now
    data.setdefault("first_published_at", created.isoformat())
    embargoed = _datetime(meta.get("embargoed"))
    if embargoed and embargoed > now:
        # The writer schedules a future publication (go_live_at); the scheduler publishes it.
        data["first_published_at"] = embargoed.isoformat()
        data["updated_at"] = embargoed.isoformat()
    return data


def _region_path(region) -> str:
    from taxonomy.models import RegionPage

    names = [page.title for page in region.get_ancestors().type(RegionPage).specific()]
    return " > ".join([*names, region.title])


def _byline_names(byline: str) -> list[str]:
    """«Von Anna Meier und Urs Muster (sda)» → ["Anna Meier", "Urs Muster"]: agency codes in
    brackets and lower- or upper-case codes alone («sda», «SDA») are not people."""
    byline = re.sub(r"\([^)]*\)", " ", byline)
    byline = re.sub(r"^\s*(von|by)\s+", "", byline.strip(), flags=re.IGNORECASE)
    parts = re.split(r"\s*(?:,|;|/|\bund\b|\band\b|&)\s*", byline)
    names = [" ".join(part.split()) for part in parts]
    return [n for n in names if n and not re.fullmatch(r"[a-z]{2,6}|[A-Z]{2,6}", n)][:5]


def _pictures(data: dict) -> list[dict]:
    found = []
    if isinstance(data.get("hero_image"), dict):
        found.append(data["hero_image"])
    for block in data.get("body") or []:
        if isinstance(block, dict) and block.get("type") == "image":
            value = block.get("value")
            if isinstance(value, dict) and isinstance(value.get("image"), dict):
                found.append(value["image"])
            elif isinstance(value, dict):
                found.append(value)
    return found


def _pictures_fetch(data: dict, provider) -> tuple[dict, list[str]]:
    """{url: data URL} of the pictures on the provider's host; warnings for the others."""
    fetched, warnings = {}, []
    host = urlsplit(provider.url).hostname if provider and provider.url else None
    for picture in _pictures(data):
        url = picture.get("url")
        if not isinstance(url, str) or url in fetched:
            continue
        if not host or urlsplit(url).hostname != host:
            warnings.append(_("%(url)s: not on the agency's host, not fetched") % {"url": url})
            continue
        try:
            content, mime = fetch(url, provider, limit=settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
        except FetchError as error:
            raise _ItemError(
                _("picture %(url)s: %(error)s") % {"url": url, "error": error}
            ) from None
        mime = mime if mime.startswith("image/") else "image/jpeg"
        fetched[url] = f"data:{mime};base64," + base64.b64encode(content).decode()
    return fetched, warnings


class FetchError(Exception):
    pass


def fetch(url: str, provider, *, limit: int, headers=None) -> tuple[bytes, str]:
    """GET with the provider's credentials, at most `limit` bytes, PICTURE_TIMEOUT seconds."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError(_("only http:// and https:// addresses are fetched"))
    request = urllib.request.Request(url, headers=dict(headers or {}))  # noqa: S310
    request.add_header("User-Agent", "depesche-ingest")
    if provider is not None:
        for name, value in auth_headers(provider).items():
            request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=PICTURE_TIMEOUT) as answer:  # noqa: S310
            content = answer.read(limit + 1)
            mime = answer.headers.get_content_type()
    except urllib.error.HTTPError as error:
        raise FetchError(_("HTTP status %(status)s") % {"status": error.code}) from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise FetchError(str(getattr(error, "reason", error))) from None
    if len(content) > limit:
        raise FetchError(_("larger than %(limit)s bytes") % {"limit": limit})
    return content, mime


def auth_headers(provider) -> dict[str, str]:
    if provider.token:
        return {"Authorization": f"Bearer {provider.token}"}
    if provider.username or provider.password:
        pair = f"{provider.username}:{provider.password}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode()}
    return {}


def _write(row: AgencyItem, data: dict, pictures: dict, *, live: bool, base_dir, user) -> str:
    """The writer stores the article; the row remembers the article and its revision."""
    data = _with_pictures(data, pictures)
    data["live"] = live
    label = _("Item %(uri)s") % {"uri": row.uri}
    report = records_write([Record("article", data, label)], base_dir=Path(base_dir), user=user)
    page = report.pages[0]
    page.refresh_from_db()
    if not live and row.embargoed and row.embargoed > timezone.now() and not page.live:
        # A draft under embargo: its go-live is the embargo, so publishing it in the editor
        # schedules it instead of showing it early.
        draft = page.get_latest_revision_as_object()
        if draft.go_live_at is None or abs(draft.go_live_at - row.embargoed).total_seconds() >= 1:
            draft.go_live_at = row.embargoed
            draft.save_revision(user=user)
            page.refresh_from_db()
    row.article = page
    row.revision_id = page.latest_revision_id
    return "unchanged" if report.unchanged else "written"


def _with_pictures(data: dict, pictures: dict) -> dict:
    import copy

    data = copy.deepcopy(data)
    for picture in _pictures(data):
        url = picture.get("url")
        if url in pictures:
            del picture["url"]
            picture["data_url"] = pictures[url]
    return data


def _local_pictures(data: dict, base_dir) -> dict:
    """The record with pictures beside the document turned into data URLs."""
    import copy

    from images.services import ImageSourceError, image_source_read

    data = copy.deepcopy(data)
    for picture in _pictures(data):
        path = picture.get("path")
        if not isinstance(path, str) or not path:
            continue
        try:
            content, extension = image_source_read(path=path, base_dir=Path(base_dir))
        except ImageSourceError as error:
            raise _ItemError(f"{path}: {error}") from None
        mime = {"jpg": "jpeg"}.get(extension.lstrip("."), extension.lstrip("."))
        del picture["path"]
        picture["data_url"] = f"data:image/{mime};base64," + base64.b64encode(content).decode()
    return data


def _withdraw(page, user):
    """Unpublish (Wagtail's path: page_unpublished → edge purge after the commit) and drop a
    scheduled go-live."""
    page.revisions.filter(approved_go_live_at__isnull=False).update(approved_go_live_at=None)
    if page.live:
        page.unpublish(user=user)


def _edited(row: AgencyItem) -> bool:
    page = row.article
    if page.latest_revision_id in (None, row.revision_id):
        return False
    if row.revision is None:
        return True
    latest = page.latest_revision.content
    wrote = row.revision.content
    return any(_value(latest.get(name)) != _value(wrote.get(name)) for name in CONTENT_FIELDS)


def _value(value):
    """A revision's field as data: stream fields are JSON text whose key order and spacing
    depend on the database (jsonb reorders keys) and whose blocks get ids when saved."""
    if isinstance(value, str) and value[:1] in ("[", "{"):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return [_value(entry) for entry in value]
    if isinstance(value, dict):
        return {key: _value(entry) for key, entry in value.items() if key != "id"}
    return value


def _keep(row: AgencyItem, item: WireItem, data: dict):
    meta = _meta_parse(item.meta or {})
    _meta_set(row, meta)
    row.raw = item.raw or ""
    row.record = data
    row.headline = (data.get("headline") or meta.get("headline") or "")[:255]
    row.received_at = timezone.now()


def _keep_meta_only(row: AgencyItem):
    """A pending version: the row keeps the version numbers (so the same version is not
    pending twice) but the record and raw text of what the article shows."""
    row.refresh_from_db(fields=["record", "raw", "headline"])


def _meta_parse(meta: dict) -> dict:
    return {
        "version": meta.get("version") if isinstance(meta.get("version"), int) else None,
        "versioncreated": _datetime(meta.get("versioncreated")),
        "pubstatus": str(meta.get("pubstatus") or "usable")[:20],
        "embargoed": _datetime(meta.get("embargoed")),
        "urgency": meta.get("urgency") if isinstance(meta.get("urgency"), int) else None,
        "copyright_holder": str(meta.get("copyright_holder") or "")[:255],
        "copyright_notice": str(meta.get("copyright_notice") or ""),
        "usage_terms": str(meta.get("usage_terms") or ""),
        "format": str(meta.get("format") or "")[:20],
        "headline": str(meta.get("headline") or ""),
    }


def _meta_set(row: AgencyItem, meta: dict):
    for name in (
        "version", "versioncreated", "pubstatus", "embargoed", "urgency",
        "copyright_holder", "copyright_notice", "usage_terms", "format",
    ):  # fmt: skip
        setattr(row, name, meta.get(name))
    if row.urgency is not None and not 0 <= row.urgency <= 9:
        row.urgency = None


def _meta_json(meta: dict) -> dict:
    parsed = _meta_parse(meta)
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in parsed.items()}


def _compare(meta: dict, row: AgencyItem) -> int:
    """-1 older, 0 same, 1 newer than the row: by version, else by versioncreated."""
    parsed = _meta_parse(meta)
    version, created = parsed["version"], parsed["versioncreated"]
    if version is not None and row.version is not None:
        if version != row.version:
            return 1 if version > row.version else -1
        if created and row.versioncreated and created > row.versioncreated:
            return 1
        return 0
    if created and row.versioncreated:
        return (created > row.versioncreated) - (created < row.versioncreated)
    return 0 if (version, created) == (row.version, row.versioncreated) else 1


def _datetime(value) -> datetime | None:
    if isinstance(value, datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    if isinstance(value, str) and value:
        parsed = parse_datetime(value)
        if parsed is not None:
            return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)
    return None


def _hold(provider, uri: str, item: WireItem, error: str) -> ItemResult:
    """Keep the malformed item with its error; a kept good version stays as it is."""
    with transaction.atomic():
        row = AgencyItem.objects.select_for_update().filter(provider=provider, uri=uri).first()
        if row is None:
            row = AgencyItem(provider=provider, uri=uri)
            _meta_set(row, _meta_parse(item.meta or {}))
            row.raw = item.raw or ""
            row.headline = str((item.meta or {}).get("headline") or "")[:255]
            row.status = ItemStatus.HELD
        elif row.status in (ItemStatus.INBOX, ItemStatus.IGNORED):
            row.status = ItemStatus.HELD
            row.raw = item.raw or ""
        row.error = error
        row.save()
    return ItemResult(uri, "held", error, row)


def _lines(headline: str, lead: str, body: str) -> list[str]:
    return [headline, "", *lead.splitlines(), "", *body.splitlines()]


def _strip(value: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", value or "")).strip()


def _stream_text(blocks) -> str:
    lines = []
    for block in blocks or []:
        value = block.get("value")
        if isinstance(value, str):
            lines.append(_strip(value))
        elif isinstance(value, dict):
            for key in ("text", "quote", "title"):
                if isinstance(value.get(key), str):
                    lines.append(_strip(value[key]))
    return "\n".join(line for line in lines if line)


def _blocks_text(record: dict) -> str:
    return _stream_text(record.get("body") or [])
