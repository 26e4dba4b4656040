"""Every reader page type of the demo newsroom, rendered once: the headers each carries
(core.security) and valid HTML (the Nu Html Checker, run once over all of them)."""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from core.security import source_hash

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

READER_PAGES = [
    "home", "section", "topic", "region", "author", "article", "search", "search-errors",
    "search-empty", "comments", "poll", "poll-results", "login", "signup", "password-reset",
    "not-found", "corrected-article", "corrections", "info", "live-ticker", "live-ticker-more",
]  # fmt: skip

pytestmark = pytest.mark.django_db


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in directives}


def test_every_reader_page_type_is_rendered(demo_pages):
    assert sorted(demo_pages) == sorted(READER_PAGES)


@pytest.mark.parametrize("name", READER_PAGES)
def test_every_reader_page_type_has_the_strict_policy(demo_pages, name):
    response = demo_pages[name]
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]  # no inline script, no event handler attribute
    assert "'unsafe-inline'" not in csp["style-src"] and "'unsafe-hashes'" not in csp["style-src"]
    assert csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"] and csp["form-action"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]  # renditions under /media/, the favicon
    # Frames only for the player of a platform video in the body (the flagship's YouTube).
    frames = ["https://www.youtube-nocookie.com"] if name == "article" else ["'none'"]
    assert csp["frame-src"] == frames
    html = response.content.decode()
    # Every inline stylesheet is allowed by its hash; nothing else is inline.
    styles = re.findall(r"<style>(.*?)</style>", html, flags=re.S)
    assert styles and all(source_hash(style) in csp["style-src"] for style in styles)
    assert not re.search(r"<script(?![^>]*\b(src=|type=\"application/ld\+json\"))", html)
    assert not re.search(r"\s(on[a-z]+|style)=", html)
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_article_keeps_its_structured_data_and_loads_scripts_from_the_site(demo_pages):
    html = demo_pages["article"].content.decode()
    # JSON-LD is data, which script-src does not govern.
    assert '<script type="application/ld+json">' in html
    assert len(re.findall(r'<script src="/static/[^"]+" defer></script>', html)) == 4
    # The flagship's YouTube video: a button, and nothing from YouTube before it is pressed.
    assert 'data-video-embed="https://www.youtube-nocookie.com/embed/' in html
    assert "<iframe" not in html and not re.search(r'<(img|script)\b[^>]*\ssrc="(https?:)?//', html)


def test_every_reader_page_type_is_valid_html(demo_pages, tmp_path):
    """The Nu Html Checker (`make vnu`), once over all pages: one JVM start."""
    java = shutil.which("java")
    if java is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Java is missing: `make vnu` installs Debian's default-jre-headless")
        pytest.skip("Java is missing (`make vnu` installs it): HTML not checked")
    assert VNU_JAR.exists(), "the HTML checker is missing: run `make vnu`"
    files = []
    for name, response in demo_pages.items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    result = subprocess.run(  # noqa: S603
        [java, "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] in ("error", "non-document-error")
    ]
    assert errors == []
