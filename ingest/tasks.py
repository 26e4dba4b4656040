"""Polling the agencies (docs/ingest.md, «Providers»; docs/operations.md, «Agency poller»).

The scheduler (`manage.py run_scheduler`, core/scheduling.py) sends `scheduler_pass` after
each pass; `providers_due_enqueue` answers it by claiming the providers whose next poll has
come (their `next_poll_at` moves on at once, so a slow worker does not get them twice) and
enqueueing one `provider_poll_task` each, which the task worker runs. One provider per task:
one agency's failure never stops the others.

- Folder sources: documents (not pictures, not hidden files) are read once: the poller
  remembers each file's size and modification time and reads a file again only when it
  changed. Files are left where they are (pictures beside a document stay valid); a file
  modified in the last SETTLE_SECONDS is left for the next poll (the agency may still be
  writing it).
- HTTP(S) sources: a GET with the provider's credentials and a conditional request
  (ETag / Last-Modified; 304 means nothing new). The answer is a wire document (a ninjs list,
  a NewsML-G2 news message) or an RSS/Atom feed whose entries link to documents on the same
  host, each fetched once.
- A failure (folder missing, host unreachable, HTTP error) counts one more failure in a row
  and postpones the next poll exponentially (Provider.backoff, at most an hour); its message
  is the provider's `last_error` in the admin until a poll succeeds. A document the agency
  sent that cannot be read is not a failure of the source: it is reported as `last_error`
  but does not back off.
"""

import logging
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from core.changes import changes_held
from core.scheduling import scheduler_pass
from ingest.documents import document_ingest
from ingest.models import Provider, SourceKind
from ingest.wires import FetchError, fetch

logger = logging.getLogger(__name__)

SETTLE_SECONDS = 2
MAX_DOCUMENT_BYTES = 50 * 2**20
PICTURE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".svg"}


class PollError(Exception):
    """The source could not be read (the provider backs off)."""


@dataclass
class PollResult:
    documents: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    failed: str = ""


@receiver(scheduler_pass)
def _scheduler_pass(sender, **kwargs):
    providers_due_enqueue()


def providers_due_enqueue(*, now=None) -> list[int]:
    """Claim the due providers and enqueue a poll for each; returns their ids."""
    now = now or timezone.now()
    with transaction.atomic():
        due = list(
            Provider.objects.select_for_update(skip_locked=True)
            .filter(enabled=True)
            .exclude(next_poll_at__gt=now)
        )
        for provider in due:
            provider.next_poll_at = now + provider.backoff()
            provider.save(update_fields=["next_poll_at"])
    ids = [provider.pk for provider in due]
    for pk in ids:
        provider_poll_task.enqueue(provider_id=pk)
    return ids


@task()
def provider_poll_task(*, provider_id: int) -> dict:
    provider = Provider.objects.filter(pk=provider_id, enabled=True).first()
    if provider is None:
        return {}
    result = provider_poll(provider=provider)
    return {"documents": result.documents, "outcomes": result.outcomes, "failed": result.failed}


def provider_poll(*, provider: Provider, now=None) -> PollResult:
    """Poll one provider now and record the outcome on it."""
    now = now or timezone.now()
    result = PollResult()
    try:
        with changes_held():  # one purge for the poll's documents
            if provider.source_kind == SourceKind.FOLDER:
                _poll_folder(provider, result)
            else:
                _poll_url(provider, result)
    except PollError as error:
        result.failed = str(error)
    except Exception as error:  # a bug or the unexpected: logged, backed off, others go on
        logger.exception("ingest: polling %s failed", provider.name)
        result.failed = f"{type(error).__name__}: {error}"
    provider.last_polled_at = now
    if result.failed:
        provider.failures += 1
        provider.last_error = result.failed
    else:
        provider.failures = 0
        provider.last_success_at = now
        provider.last_error = "\n".join(result.errors)
    provider.next_poll_at = now + provider.backoff()
    provider.save(
        update_fields=[
            "last_polled_at", "last_success_at", "last_error", "failures", "next_poll_at",
            "etag", "last_modified", "files_seen",
        ]
    )  # fmt: skip
    return result


def _ingest(provider, result: PollResult, content: bytes, *, name: str, base_dir: Path):
    document = document_ingest(content, name=name, base_dir=base_dir, provider=provider)
    result.documents += 1
    for item in document.wire.results:
        result.outcomes[item.outcome] = result.outcomes.get(item.outcome, 0) + 1
    result.errors.extend(f"{name}: {error}" for error in document.errors)
    result.errors.extend(f"{name}: {item.uri}: {item.reason}" for item in document.wire.held)


def _poll_folder(provider, result: PollResult):
    folder = Path(provider.folder)
    if not folder.is_dir():
        raise PollError(_("The folder %(folder)s does not exist.") % {"folder": folder})
    seen = dict(provider.files_seen or {})
    present = set()
    settled = time.time() - SETTLE_SECONDS
    try:
        files = sorted(folder.iterdir(), key=lambda path: path.name)
    except OSError as error:
        raise PollError(f"{folder}: {error.strerror or error}") from None
    for path in files:
        if path.name.startswith(".") or path.suffix.lower() in PICTURE_SUFFIXES:
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        if not path.is_file():
            continue
        present.add(path.name)
        signature = f"{stat.st_size}:{stat.st_mtime_ns}"
        if seen.get(path.name) == signature or stat.st_mtime > settled:
            continue
        if stat.st_size > MAX_DOCUMENT_BYTES:
            result.errors.append(_("%(name)s: larger than 50 MB, not read") % {"name": path.name})
        else:
            _ingest(provider, result, path.read_bytes(), name=path.name, base_dir=folder)
        seen[path.name] = signature
    # Forget files that are gone, so the memory does not grow with the years.
    provider.files_seen = {name: sig for name, sig in seen.items() if name in present}


def _poll_url(provider, result: PollResult):
    headers = {}
    if provider.etag:
        headers["If-None-Match"] = provider.etag
    if provider.last_modified:
        headers["If-Modified-Since"] = provider.last_modified
    answer = _get(provider.url, provider, headers=headers)
    if answer is None:
        return  # 304: nothing new
    content, response_headers = answer
    provider.etag = (response_headers.get("ETag") or "")[:255]
    provider.last_modified = (response_headers.get("Last-Modified") or "")[:64]
    with tempfile.TemporaryDirectory(prefix="depesche-ingest-") as temp:
        links = _feed_links(content, provider)
        if links is None:
            _ingest(provider, result, content, name=provider.url, base_dir=Path(temp))
            return
        seen = dict(provider.files_seen or {})
        for link, stamp in links:
            if seen.get(link) == stamp:
                continue
            entry = _get(link, provider)
            if entry is not None:
                _ingest(provider, result, entry[0], name=link, base_dir=Path(temp))
            seen[link] = stamp
        wanted = {link for link, _stamp in links}
        provider.files_seen = {link: stamp for link, stamp in seen.items() if link in wanted}


def _get(url, provider, *, headers=None):
    """(content, headers), or None for 304 Not Modified; PollError otherwise."""
    import urllib.error
    import urllib.request

    from ingest.wires import auth_headers

    if urlsplit(url).scheme not in ("http", "https"):
        raise PollError(_("Only http:// and https:// addresses can be polled."))
    request = urllib.request.Request(url, headers=dict(headers or {}))  # noqa: S310
    request.add_header("User-Agent", "depesche-ingest")
    for name, value in auth_headers(provider).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310
            content = answer.read(MAX_DOCUMENT_BYTES + 1)
            response_headers = answer.headers
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return None
        raise PollError(
            _("%(url)s: HTTP status %(status)s") % {"url": url, "status": error.code}
        ) from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise PollError(f"{url}: {reason}") from None
    if len(content) > MAX_DOCUMENT_BYTES:
        raise PollError(_("%(url)s: larger than 50 MB") % {"url": url})
    return content, response_headers


def _feed_links(content: bytes, provider) -> list[tuple[str, str]] | None:
    """The (link, updated) of an RSS/Atom feed's entries on the provider's host, or None
    when the content is not such a feed (then it is a document itself)."""
    head = content[:2048].lstrip()
    if not head.startswith(b"<") or not (b"<rss" in head or b"<feed" in head):
        return None
    import feedparser

    parsed = feedparser.parse(content)
    host = urlsplit(provider.url).hostname
    links = []
    for entry in parsed.entries:
        candidates = [e.get("href") for e in entry.get("enclosures", [])] + [entry.get("link")]
        for link in candidates:
            if link and urlsplit(link).hostname == host:
                links.append((link, entry.get("updated") or entry.get("id") or ""))
                break
    return links


__all__ = ["FetchError", "fetch", "provider_poll", "providers_due_enqueue"]
