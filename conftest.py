"""Shared fixtures: a small newsroom built through the real import service."""

import hashlib
import os
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import pytest

from demo.pictures import avatar_picture, motif_picture


def pytest_collection_modifyitems(items):
    """Every test that commits (transaction=True, `transactional_db`, `live_server`) also
    restores the serialized data (serialized_rollback=True). A plain one ends with a flush that
    recreates content types, and the next test that restores the data fails on them; a test
    after a restoring one finds empty tables (no site, no home page)."""
    wrong = []
    for item in items:
        marker = item.get_closest_marker("django_db")
        commits = (marker is not None and marker.kwargs.get("transaction")) or {
            "transactional_db",
            "live_server",
        } & set(getattr(item, "fixturenames", ()))
        if commits and not (marker is not None and marker.kwargs.get("serialized_rollback")):
            wrong.append(item.nodeid)
    if wrong:
        raise pytest.UsageError(
            "tests that commit need django_db(transaction=True, serialized_rollback=True): "
            + ", ".join(wrong)
        )


@cache
def _picture(number: int) -> bytes:
    """Article number `number`'s picture: drawn once per test run (a tenth of a second each),
    then copied into every test's folder."""
    return motif_picture("mountains", f"test-{number}")


@cache
def _avatar() -> bytes:
    return avatar_picture("Anna Muster", "#2d4a7a")


def article_record(number: int, folder: Path, **overrides) -> dict:
    """One complete article in the import format, with a generated picture."""
    picture = folder / f"picture-{number}.jpg"
    if not picture.exists():
        picture.write_bytes(_picture(number))
    avatar = folder / "avatar.png"
    if not avatar.exists():
        avatar.write_bytes(_avatar())
    record = {
        "external_id": f"test-{number:03d}",
        "section": "Schweiz",
        "headline": f"Gemeinderat plant neue Velo-Route Nummer {number}",
        "lead": "Die neue Route soll ab Frühling 2027 befahrbar sein.",
        "key_points": [
            "Die Route ist 12 Kilometer lang.",
            "Sie kostet 4 Millionen Franken.",
            "Das Stimmvolk entscheidet im März.",
        ],
        "body": [
            {"type": "paragraph", "value": "Der Gemeinderat hat am Dienstag informiert."},
            {"type": "subheading", "value": "Kritik aus dem Quartier"},
            {"type": "quote", "value": {"text": "Wir sind zufrieden.", "source": "Gemeinderätin"}},
            {"type": "fact_box", "value": {"title": "Zahlen", "body": "<ul><li>12 km</li></ul>"}},
            {
                "type": "image",
                "value": {
                    "image": {"path": picture.name, "alt": "Eine Strasse", "credit": "zVg"},
                    "caption": "Die geplante Strecke",
                },
            },
            {
                "type": "video",
                "value": {"url": "https://example.org/video.mp4", "title": "Die Strecke im Video"},
            },
        ],
        "authors": [
            {
                "name": "Anna Muster",
                "role": "Redaktorin Inland",
                "photo": {"path": avatar.name, "alt": "Anna Muster", "credit": "depesche"},
            }
        ],
        "topics": ["Verkehr", "Velo"],
        "primary_topic": "Verkehr",
        "regions": ["Europa > Schweiz > Zürich > Winterthur"],
        "first_published_at": "2026-01-05T08:00:00+01:00",
        "hero_image": {
            "path": picture.name,
            "alt": "Berge über der Stadt",
            "credit": "Keystone",
            "caption": "Die Route führt am Waldrand entlang.",
            "archive": True,
        },
    }
    record.update(overrides)
    return record


def articles_import(folder: Path, count: int = 1, **overrides):
    """Import `count` articles (`article_record` 1 to `count`, pictures in `folder`) through the
    real import service; returns the import result (its `pages` in file order). The `newsroom`
    fixture for one test, a module's fixture under `kept_for_module` for its shared data."""
    from ingest.services import document_import

    records = [article_record(n, folder, **overrides) for n in range(1, count + 1)]
    return document_import(data={"articles": records}, base_dir=folder)


@pytest.fixture
def newsroom(db, tmp_path):
    """Import `count` articles; returns the import result (its `pages` in file order)."""

    def build(count: int = 1, **overrides):
        return articles_import(tmp_path, count, **overrides)

    return build


@pytest.fixture
def article(newsroom):
    return newsroom(1).pages[0]


# Rendered image files by (source bytes, filter spec, focal point, settings): every test's
# database is rolled back with its renditions, so each test that shows a page would otherwise
# resize and encode the same pictures again (a fifth of a second each, two dozen on a home page).
_rendition_files: dict[tuple, tuple[str, bytes]] = {}


@pytest.fixture(autouse=True, scope="session")
def _renditions_drawn_once():
    """Wagtail's Filter.run remembers its output per process: the first test to need a
    rendition has it drawn, the others get the same bytes. Reading a missing or broken source
    still fails as before (the source is read for the key), only a success is kept."""
    from django.conf import settings
    from wagtail.images.models import Filter

    run = Filter.run

    def run_once(self, image, output, source=None):
        if source is not None:
            data = source.read()
            source.seek(0)
        else:
            with image.open_file() as file:
                data = file.read()
        key = (
            hashlib.sha256(data).digest(),
            self.spec,
            image.get_focal_point() and image.get_focal_point().as_tuple(),
            getattr(settings, "WAGTAILIMAGES_JPEG_QUALITY", None),
            getattr(settings, "WAGTAILIMAGES_WEBP_QUALITY", None),
            repr(getattr(settings, "WAGTAILIMAGES_FORMAT_CONVERSIONS", None)),
        )
        if key not in _rendition_files:
            drawn = run(self, image, output, source=source)
            output.seek(0)
            _rendition_files[key] = (drawn.format_name, output.read())
        format_name, content = _rendition_files[key]
        output.seek(0)
        output.truncate()
        output.write(content)
        output.seek(0)
        return SimpleNamespace(format_name=format_name, f=output)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Filter, "run", run_once)
        yield


# The module-scoped fixtures whose shared data is open (kept_for_module).
_kept: list[str] = []


@contextmanager
def kept_for_module(request, django_db_blocker):
    """Data that a module's tests share, built once: inside a transaction that stays open
    while they run and is rolled back after the last (what Django's `setUpTestData` does for a
    class). Each test's own transaction becomes a savepoint in it, so what a test changes is
    undone after it as before. The fixture (`request` is its own) writes its data under
    `django_db_blocker.unblock()`. Every test of the module after the first that uses it would
    see the data, so every test of the module must use it (`_kept_data_used` checks); and
    none may commit (`transaction=True`): its flush would empty the shared data."""
    from django.db import transaction

    atomic = transaction.atomic()
    with django_db_blocker.unblock():
        atomic.__enter__()
    _kept.append(request.fixturename)
    try:
        yield
    finally:
        _kept.remove(request.fixturename)
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def article_built(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """One article (`article_record` 1), imported once for the module that asks for it, under
    `kept_for_module`: each test's changes are rolled back after it. The module's own `article`
    fixture hands each test a fresh object of it (a copy, or the page read again)."""
    with kept_for_module(request, django_db_blocker):
        with django_db_blocker.unblock():
            page = articles_import(tmp_path_factory.mktemp("kept")).pages[0]
        yield page


@pytest.fixture(autouse=True)
def _kept_data_used(request):
    unused = [name for name in _kept if name not in request.fixturenames]
    if unused:
        pytest.fail(
            f"{request.node.nodeid} runs inside the shared data of {', '.join(unused)} "
            "(conftest.kept_for_module) without using it: move it to another module"
        )


@pytest.fixture(autouse=True)
def _clear_caches():
    from django.core.cache import caches

    for alias in ("default", "renditions"):
        caches[alias].clear()


# Every Content-Security-Policy violation in a browser test is a failure (docs/operations.md,
# «Security headers»): the event's listener reports it to the test through an exposed function.
CSP_LISTENER = """document.addEventListener("securitypolicyviolation", (event) => {
  window.depescheCspViolation(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile}`
  );
});"""


def _watch_csp(context, violations: list) -> None:
    def report(text):
        violations.append(text)

    context.expose_function("depescheCspViolation", report)
    context.add_init_script(CSP_LISTENER)

    def console(message):
        if "Content Security Policy" in message.text:
            violations.append(message.text)

    context.on("console", console)


@pytest.fixture
def browser_page(monkeypatch):
    """A headless Chromium page driven by Playwright: Debian's chromium, kept offline. A
    Content-Security-Policy violation on any of its pages, or of another context the test
    opens, fails the test."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not Path(executable).exists():
        pytest.fail(f"Chromium not found at {executable}: run `make browser`")
    # Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run
    # inside one unless told that the test owns the thread.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            ],
        )
        violations = []
        new_context = browser.new_context

        def new_watched_context(*args, **kwargs):
            context = new_context(*args, **kwargs)
            _watch_csp(context, violations)
            return context

        browser.new_context = new_watched_context
        context = browser.new_context(viewport={"width": 412, "height": 915}, device_scale_factor=2)
        page = context.new_page()
        yield page
        browser.close()
        assert violations == [], "Content-Security-Policy violations"


@pytest.fixture
def content_batches(django_capture_on_commit_callbacks):
    """`with content_batches() as batches:` collects the `content_committed` batches the
    writes inside send (core/changes.py), each as the signal's keyword arguments (page_ids,
    shown_ids, counted_ids, tags, urls, reason, everything), once their transactions commit."""
    from core.changes import content_committed

    @contextmanager
    def capture():
        batches = []

        def record(sender, **batch):
            batch.pop("signal", None)
            batches.append(batch)

        content_committed.connect(record)
        try:
            with django_capture_on_commit_callbacks(execute=True):
                yield batches
        finally:
            content_committed.disconnect(record)

    return capture


@pytest.fixture
def changed_pages(content_batches):
    """`with changed_pages() as batches:` the `content_batches` as (page ids, reason); the
    ids are those whose lists changed and those only shown anew, together."""

    @contextmanager
    def capture():
        batches = []
        with content_batches() as sent:
            yield batches
        batches.extend(
            (sorted({*b["page_ids"], *b["shown_ids"], *b["counted_ids"]}), b["reason"])
            for b in sent
        )

    return capture


@pytest.fixture
def redis_down(settings):
    """Redis configured but not answering: the cache and the counters point at a closed port."""
    import socket

    from engagement import counters

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens once the socket is closed
    url = f"redis://127.0.0.1:{port}/0"
    cache = {"BACKEND": "core.cache.ForgivingRedisCache", "LOCATION": url}
    settings.CACHES = {
        "default": {**cache, "OPTIONS": settings.REDIS_OPTIONS},
        "renditions": {**cache, "OPTIONS": settings.REDIS_OPTIONS, "KEY_PREFIX": "r"},
    }
    settings.REDIS_URL = url
    counters._redis.cache_clear()
    yield url
    counters._redis.cache_clear()
