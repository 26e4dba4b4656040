"""`manage.py import_wordpress` end to end: the fixture exports through the writer into the
site (SQLite, and PostgreSQL with DATABASE_URL)."""

import io
import os
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect

from articles.models import ArticlePage
from authors.models import AuthorPage
from comments.models import Comment, CommentStatus
from ingest.tests.test_wordpress_reader import FIXTURES, WXR11, WXR12, uploads_folder
from taxonomy.models import SectionPage, TopicPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def uploads(tmp_path):
    return uploads_folder(tmp_path / "uploads")


def run(export: Path, *options) -> str:
    out = io.StringIO()
    call_command("import_wordpress", str(export), *options, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def article(post_id: str, host: str = "www.berner-bote.ch") -> ArticlePage:
    return ArticlePage.objects.get(external_id=f"wordpress:{host}:{post_id}")


def media_files() -> set[str]:
    found = set()

    def walk(folder):
        directories, files = default_storage.listdir(folder)
        found.update(f"{folder}/{name}".lstrip("/") for name in files)
        for directory in directories:
            walk(f"{folder}/{directory}".lstrip("/"))

    walk("")
    return found


def test_import(uploads, client):
    output = run(WXR12, "--uploads", str(uploads))
    assert output.splitlines()[0] == (
        f"{WXR12}: «Berner Bote» (https://www.berner-bote.ch), WXR 1.2"
    )
    assert "  Sections: 3 created, 0 updated, 0 unchanged, 0 skipped" in output
    assert "  Topics: 4 created, 0 updated, 0 unchanged, 0 skipped" in output
    assert "  Authors: 2 created, 0 updated, 0 unchanged, 0 skipped" in output
    assert "  Articles: 6 created, 0 updated, 0 unchanged, 2 skipped" in output
    assert "  Comments: 4 created, 0 updated, 0 unchanged, 3 skipped" in output
    assert "  Redirects: 10 created, 0 updated, 0 unchanged, 0 skipped" in output
    assert "Featured pictures are credited «Berner Bote» (change it with --credit)." in output
    assert "Unknown shortcodes, kept as text: [contact-form-7] 1×, [audio] 1×" in output
    assert "  post 20 (Impressum): only posts are imported, not «page»" in output
    assert "  1 comment: marked as «spam»" in output
    assert (
        "  post 11 (Gurten-Festival: «Es war grossartig»): picture left out: 2026/11/fehlt.jpg "
        "is not in the uploads folder"
    ) in output

    assert {s.title for s in SectionPage.objects.all()} >= {
        "Schweiz", "Verkehr", "Kultur & Gesellschaft",
    }  # fmt: skip
    assert {t.title for t in TopicPage.objects.all()} >= {
        "Stadt Bern", "Tram", "Öffentlicher Verkehr",
    }  # fmt: skip
    assert {"Anna Müller", "Reto Brunner"} <= {a.title for a in AuthorPage.objects.all()}

    published = article("10")
    assert published.live
    assert published.title == "Das Tram nach Ostermundigen kommt"
    assert published.get_parent().title == "Schweiz"
    assert published.slug == "tram-ostermundigen"
    assert published.hero_credit == "Berner Bote"
    assert published.hero_caption == "Heute endet das Tram noch am Bahnhof."
    assert published.hero_image.title == "Tram am Bahnhofplatz"
    assert [t.topic.title for t in published.article_topics.all()] == [
        "Verkehr", "Tram", "Öffentlicher Verkehr",
    ]  # fmt: skip
    assert [a.author.title for a in published.article_authors.all()] == ["Anna Müller"]
    kinds = [block.block_type for block in published.body]
    assert kinds.count("image") == 3  # the Aare and the gallery's two pictures
    assert kinds.count("video") == 2  # the YouTube embed and the video block
    assert "subheading" in kinds and "quote" in kinds
    titles = [block.value["image"].title for block in published.body if block.block_type == "image"]
    assert titles == ["Die Aare", "Der Bahnhof", "Ostermundigen"]

    # Drafts, the scheduled post and the private one
    assert not article("11").live and not article("12").live
    scheduled = article("13")
    assert not scheduled.live
    assert scheduled.go_live_at.year == 2030
    assert not article("14").live

    # Comments: threads, approval states, guest names
    comments = {c.body: c for c in Comment.objects.filter(article=published)}
    assert set(comments) == {
        "Endlich! Das wurde auch Zeit.",
        "Ich bin nicht so sicher.\n\nDie Bauzeit wird lang.",
        "Und was kostet das genau?",
        "Antwort auf einen gelöschten Kommentar.",
    }
    first = comments["Endlich! Das wurde auch Zeit."]
    assert first.parent is None and first.status == CommentStatus.APPROVED
    assert comments["Ich bin nicht so sicher.\n\nDie Bauzeit wird lang."].parent == first
    pending = comments["Und was kostet das genau?"]
    assert pending.status == CommentStatus.PENDING
    assert pending.parent == first  # the site shows one level of replies
    assert comments["Antwort auf einen gelöschten Kommentar."].parent == first

    # Old permalinks answer 301 to the new address
    response = client.get("/2026/11/24/tram-ostermundigen/")
    assert response.status_code == 301
    assert response["Location"].endswith(published.url)
    assert client.get(response["Location"]).status_code == 200
    assert Redirect.objects.filter(redirect_page=published).count() == 2
    # WordPress's short link: / is the home page, so ingest.middleware answers it
    response = client.get("/?p=10")
    assert response.status_code == 301
    assert response["Location"] == client.get("/2026/11/24/tram-ostermundigen/")["Location"]
    assert client.get("/?p=99999").status_code == 200  # no such post: the home page
    assert client.get("/?p=zehn").status_code == 200


def test_importing_again_changes_nothing(uploads):
    run(WXR12, "--uploads", str(uploads))
    files = media_files()
    revisions = ArticlePage.objects.get(external_id="wordpress:www.berner-bote.ch:10").revisions
    count = revisions.count()
    output = run(WXR12, "--uploads", str(uploads))
    assert "  Articles: 0 created, 0 updated, 6 unchanged, 2 skipped" in output
    assert "  Sections: 0 created, 0 updated, 3 unchanged, 0 skipped" in output
    counts = [line for line in output.splitlines() if " created, " in line]
    assert len(counts) >= 4
    assert all("0 created, 0 updated" in line for line in counts), counts
    assert article("10").revisions.count() == count
    assert media_files() == files
    assert Comment.objects.count() == 4
    # each post's permalink and short link; the drafts' permalink is their short link
    assert Redirect.objects.count() == 4 * 2 + 2 * 1


def test_a_changed_post_updates_its_article(uploads, tmp_path):
    run(WXR12, "--uploads", str(uploads))
    changed = tmp_path / "export.xml"
    changed.write_text(
        WXR12.read_text().replace(
            "<title><![CDATA[Das Tram nach Ostermundigen kommt]]></title>",
            "<title><![CDATA[Das Tram nach Ostermundigen kommt 2029]]></title>",
        )
    )
    output = run(changed, "--uploads", str(uploads))
    assert "  Articles: 0 created, 1 updated, 5 unchanged, 2 skipped" in output
    assert article("10").title == "Das Tram nach Ostermundigen kommt 2029"
    assert ArticlePage.objects.filter(external_id__startswith="wordpress:").count() == 6


def test_wxr_1_1(uploads, client):
    output = run(WXR11, "--uploads", str(uploads), "--credit", "Landbote-Archiv")
    assert "  Articles: 1 created, 0 updated, 0 unchanged, 0 skipped" in output
    post = article("7", host="landbote.example.ch")
    assert post.live and post.hero_credit == "Landbote-Archiv"
    assert Comment.objects.filter(article=post).count() == 3
    assert client.get("/2012/06/laerm-buelach/").status_code == 301


def test_a_malformed_post_imports_nothing(uploads):
    files = media_files()
    stderr = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command(
            "import_wordpress", str(FIXTURES / "malformed.xml"), "--uploads", str(uploads),
            stdout=io.StringIO(), stderr=stderr,
        )  # fmt: skip
    errors = stderr.getvalue()
    assert "post 31, «headline»:" in errors
    assert "post 31, «first_published_at»:" in errors
    assert "post 30" not in errors
    assert not ArticlePage.objects.filter(external_id__startswith="wordpress:").exists()
    assert not Redirect.objects.exists()
    assert media_files() == files


def test_a_broken_export_imports_nothing(uploads, tmp_path):
    broken = tmp_path / "export.xml"
    broken.write_bytes(WXR12.read_bytes()[:-400])
    stderr = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command(
            "import_wordpress", str(broken), "--uploads", str(uploads),
            stdout=io.StringIO(), stderr=stderr,
        )  # fmt: skip
    assert "not valid XML (line" in stderr.getvalue()
    assert not ArticlePage.objects.filter(external_id__startswith="wordpress:").exists()


def test_missing_export_or_uploads(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run(tmp_path / "fehlt.xml")
    with pytest.raises(CommandError, match="no such folder"):
        run(WXR12, "--uploads", str(tmp_path / "fehlt"))


def test_report_in_german(uploads):
    with translation.override("de-ch"):
        output = run(WXR12, "--uploads", str(uploads))
    assert "  Artikel: 6 neu, 0 aktualisiert, 0 unverändert, 2 ausgelassen" in output
    assert "Beitragsbilder haben den Credit «Berner Bote» (ändern mit --credit)." in output


@pytest.mark.skipif(not os.environ.get("DATABASE_URL"), reason="PostgreSQL only")
def test_runs_on_postgresql():
    from django.db import connection

    assert connection.vendor == "postgresql"
