import base64
import json
import os
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone

from articles.models import ArticlePage
from core.scheduling import scheduler_pass
from ingest.models import AgencyItem, Provider, SourceKind
from ingest.tasks import provider_poll, providers_due_enqueue


def _document(*entries):
    return json.dumps([{"ninjs": 2, **entry} for entry in entries]).encode()


def _old(path):
    past = time.time() - 60
    os.utime(path, (past, past))


class _Agency(BaseHTTPRequestHandler):
    routes: dict = {}
    requests: list = []

    def do_GET(self):
        type(self).requests.append((self.path, dict(self.headers)))
        if self.headers.get("Authorization") != "Basic " + base64.b64encode(b"sda:geheim").decode():
            self.send_response(401)
            self.end_headers()
            return
        route = self.routes.get(self.path)
        if route is None:
            self.send_response(404)
            self.end_headers()
            return
        body, etag = route
        if etag and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def agency():
    _Agency.routes, _Agency.requests = {}, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Agency)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Agency
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_a_folder_is_read_once_and_again_when_a_file_changes(fake_readers, provider, tmp_path):
    provider.folder = str(tmp_path)
    provider.save()
    path = tmp_path / "meldung.json"
    path.write_bytes(_document({"uri": "urn:f1"}))
    (tmp_path / "bild.jpg").write_bytes(b"not a document")
    _old(path)
    first = provider_poll(provider=provider)
    assert first.documents == 1 and first.outcomes == {"created": 1}
    assert provider_poll(provider=provider).documents == 0  # read already
    path.write_bytes(_document({"uri": "urn:f1", "version": 2, "headline": "Neu"}))
    _old(path)
    os.utime(path, (time.time() - 30, time.time() - 30))
    assert provider_poll(provider=provider).outcomes == {"updated": 1}
    assert ArticlePage.objects.get().title == "Neu"
    provider.refresh_from_db()
    assert provider.failures == 0 and provider.last_error == "" and provider.last_success_at


@pytest.mark.django_db
def test_a_file_still_being_written_waits(fake_readers, provider, tmp_path):
    provider.folder = str(tmp_path)
    (tmp_path / "neu.json").write_bytes(_document({"uri": "urn:f2"}))
    assert provider_poll(provider=provider).documents == 0
    assert not AgencyItem.objects.exists()


@pytest.mark.django_db
def test_failures_back_off_and_show_their_error(provider, tmp_path):
    provider.folder = str(tmp_path / "fehlt")
    provider.poll_seconds = 60
    provider.save()
    start = timezone.now()
    delays = []
    for _attempt in range(3):
        provider_poll(provider=provider, now=start)
        delays.append((provider.next_poll_at - start).total_seconds())
    provider.refresh_from_db()
    assert delays == [120, 240, 480]
    assert provider.failures == 3 and "fehlt" in provider.last_error
    for _attempt in range(20):
        provider_poll(provider=provider, now=start)
    assert (provider.next_poll_at - start) == timedelta(hours=1)  # capped
    provider.folder = str(tmp_path)
    provider_poll(provider=provider, now=start)
    assert provider.failures == 0 and provider.last_error == ""
    assert (provider.next_poll_at - start).total_seconds() == 60


@pytest.mark.django_db
def test_one_failing_provider_does_not_stop_the_others(fake_readers, provider, tmp_path):
    broken = Provider.objects.create(name="dpa", folder=str(tmp_path / "fehlt"))
    provider.folder = str(tmp_path)
    provider.save()
    path = tmp_path / "a.json"
    path.write_bytes(_document({"uri": "urn:o1"}))
    _old(path)
    scheduler_pass.send(sender=None)  # what run_scheduler does after each pass
    broken.refresh_from_db()
    assert broken.failures == 1 and broken.last_error
    assert AgencyItem.objects.get().uri == "urn:o1"
    # both are polled again only when due
    assert providers_due_enqueue() == []


@pytest.mark.django_db
def test_http_polling_with_credentials_and_conditional_requests(
    fake_readers, provider, agency, tmp_path
):
    base, handler = agency
    handler.routes["/feed.json"] = (_document({"uri": "urn:h1"}), '"v1"')
    provider.source_kind = SourceKind.URL
    provider.url = f"{base}/feed.json"
    provider.username, provider.password = "sda", "geheim"
    provider.save()
    assert provider_poll(provider=provider).outcomes == {"created": 1}
    provider.refresh_from_db()
    assert provider.etag == '"v1"'
    again = provider_poll(provider=provider)
    assert again.documents == 0 and not again.failed
    assert handler.requests[-1][1].get("If-None-Match") == '"v1"'
    assert AgencyItem.objects.count() == 1


@pytest.mark.django_db
def test_http_errors_are_failures(provider, agency):
    base, _handler = agency
    provider.source_kind = SourceKind.URL
    provider.url = f"{base}/feed.json"  # no credentials: 401
    provider_poll(provider=provider)
    assert provider.failures == 1 and "401" in provider.last_error


@pytest.mark.django_db
def test_an_atom_feed_links_documents_fetched_once(fake_readers, provider, agency):
    base, handler = agency
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>SDA</title><id>sda</id>
<updated>2026-03-01T08:00:00Z</updated>
<entry><id>1</id><title>A</title><updated>2026-03-01T08:00:00Z</updated>
<link href="{base}/items/1.json"/></entry>
<entry><id>2</id><title>B</title><updated>2026-03-01T08:00:00Z</updated>
<link href="https://elsewhere.example/2.json"/></entry></feed>""".encode()
    handler.routes["/atom"] = (feed, None)
    handler.routes["/items/1.json"] = (_document({"uri": "urn:atom1"}), None)
    provider.source_kind = SourceKind.URL
    provider.url = f"{base}/atom"
    provider.username, provider.password = "sda", "geheim"
    assert provider_poll(provider=provider).outcomes == {"created": 1}
    assert provider_poll(provider=provider).documents == 0
    assert not any("elsewhere" in path for path, _h in handler.requests)


@pytest.mark.django_db
def test_pictures_on_the_agency_host_are_fetched(fake_readers, provider, agency, tmp_path):
    from conftest import _picture
    from ingest.tests.conftest import wire_item
    from ingest.wires import items_ingest

    base, handler = agency
    handler.routes["/bild.jpg"] = (_picture(1), None)
    provider.url = f"{base}/feed"
    provider.username, provider.password = "sda", "geheim"
    item = wire_item("urn:pic")
    item.records[0].data["hero_image"] = {"url": f"{base}/bild.jpg", "alt": "Bild"}
    report = items_ingest([item], provider=provider, base_dir=tmp_path)
    assert report.summary() == {"created": 1}
    page = ArticlePage.objects.get()
    assert page.hero_image is not None and page.hero_credit == "Keystone-SDA"

    handler.routes.pop("/bild.jpg")
    missing = wire_item("urn:pic2")
    missing.records[0].data["hero_image"] = {"url": f"{base}/bild.jpg", "alt": "Bild"}
    report = items_ingest([missing], provider=provider, base_dir=tmp_path)
    assert report.summary() == {"held": 1} and "404" in report.held[0].reason
