"""The WordPress reader on its own: the records it yields from the fixture exports (no database)."""

import io
from pathlib import Path

import pytest
from django.utils import translation
from PIL import Image

from ingest.readers.wordpress import (
    ExportUnreadable,
    WordPressReport,
    cut_at_word,
    records_read,
)

FIXTURES = Path(__file__).parent / "fixtures" / "wordpress"
WXR12 = FIXTURES / "export-wxr12.xml"
WXR11 = FIXTURES / "export-wxr11.xml"
HOST = "www.berner-bote.ch"

# The local copy of wp-content/uploads the fixtures name; 2026/11/fehlt.jpg is missing on
# purpose, and of aare.jpg and bahnhof.jpg there are also the resized copies WordPress makes.
UPLOADS = {
    "2026/11/tram-bahnhofplatz.jpg": "JPEG",
    "2026/11/aare.jpg": "JPEG",
    "2026/11/aare-1024x683.jpg": "JPEG",
    "2026/11/bahnhof.jpg": "JPEG",
    "2026/11/bahnhof-1024x683.jpg": "JPEG",
    "2026/11/ostermundigen.jpg": "JPEG",
    "2012/06/tower.png": "PNG",
}


def uploads_folder(folder: Path) -> Path:
    """A wp-content/uploads copy with small pictures drawn by Pillow."""
    for number, (name, image_format) in enumerate(UPLOADS.items()):
        file = folder / name
        file.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        Image.new("RGB", (64, 48), (40 * number % 255, 90, 160)).save(buffer, image_format)
        file.write_bytes(buffer.getvalue())
    return folder


@pytest.fixture(autouse=True)
def english():
    """The messages in English, but for the test of the German ones."""
    with translation.override("en"):
        yield


@pytest.fixture
def uploads(tmp_path):
    return uploads_folder(tmp_path / "uploads")


def read(path=WXR12, uploads=None, **options):
    report = WordPressReport()
    records = list(records_read(path, uploads=uploads, report=report, **options))
    return records, report


def articles(records) -> dict:
    return {r.data["external_id"].rsplit(":", 1)[1]: r for r in records if r.kind == "article"}


def test_taxonomy_and_authors_come_first(uploads):
    records, report = read(uploads=uploads)
    kinds = [r.kind for r in records]
    assert kinds == sorted(kinds, key=["section", "topic", "author", "article"].index)
    sections = [r.data for r in records if r.kind == "section"]
    # The categories some post names first are sections; the others are topics.
    assert sections == [
        {"name": "Schweiz", "slug": "schweiz", "description": "Nachrichten aus der Schweiz"},
        {"name": "Verkehr", "slug": "verkehr"},
        {"name": "Kultur & Gesellschaft", "slug": "kultur"},
    ]
    topics = [r.data for r in records if r.kind == "topic"]
    assert topics == [
        {"name": "Stadt Bern", "description": "Aus der Bundesstadt"},
        {"name": "Tram"},
        {"name": "Öffentlicher Verkehr", "description": "Bus, Tram und Bahn"},
    ]
    # A display name, else first and last name.
    assert [r.data for r in records if r.kind == "author"] == [
        {"name": "Anna Müller"},
        {"name": "Reto Brunner"},
    ]
    assert (report.site_title, report.host, report.wxr_version) == ("Berner Bote", HOST, "1.2")


def test_statuses(uploads):
    records, report = read(uploads=uploads)
    posts = articles(records)
    assert list(posts) == ["10", "11", "12", "13", "14", "16"]
    published = posts["10"].data
    assert published["live"] is True
    assert published["first_published_at"] == "2026-11-24T07:15:00+00:00"
    assert published["updated_at"] == "2026-11-24T10:40:00+00:00"
    # draft and pending: drafts, without a publication time
    for draft in ("11", "12"):
        assert posts[draft].data["live"] is False
        assert "first_published_at" not in posts[draft].data
    # future: live with its future date, so the writer schedules it; not «updated» before it
    scheduled = posts["13"].data
    assert scheduled["live"] is True
    assert scheduled["first_published_at"] == "2030-11-25T05:00:00+00:00"
    assert "updated_at" not in scheduled
    # private: a draft, with a warning
    assert posts["14"].data["live"] is False
    assert posts["14"].warnings == ["a private post: imported as a draft"]
    skipped = {(kind, label.split(" (")[0], reason) for kind, label, reason in report.skipped}
    assert ("article", "post 15", "status «trash» is not imported") in skipped
    assert ("article", "post 21", "status «auto-draft» is not imported") in skipped
    assert ("page", "post 20", "only posts are imported, not «page»") in skipped


def test_article_fields(uploads):
    post = articles(read(uploads=uploads)[0])["10"]
    data = post.data
    assert data["external_id"] == f"wordpress:{HOST}:10"
    assert post.label == "post 10 (Das Tram nach Ostermundigen kommt)"
    assert data["headline"] == "Das Tram nach Ostermundigen kommt"
    assert data["slug"] == "tram-ostermundigen"
    assert data["section"] == "Schweiz"
    # the further categories, then the tags
    assert data["topics"] == ["Verkehr", "Tram", "Öffentlicher Verkehr"]
    assert data["authors"] == ["Anna Müller"]
    assert data["comment_mode"] == "open"
    assert "key_points" not in data
    assert data["old_paths"] == ["/2026/11/24/tram-ostermundigen/", "/?p=10"]
    # the lead: the first paragraph's text when there is no excerpt
    assert data["lead"] == (
        "Nach zwanzig Jahren Planung sagt der Stadtrat «Ja»: Ab 2029 fährt das Tram bis "
        "Ostermundigen."
    )
    draft = articles(read(uploads=uploads)[0])["11"].data
    assert draft["comment_mode"] == "closed"
    assert "slug" not in draft  # WordPress has none yet: the writer makes one
    assert draft["old_paths"] == ["/?p=11"]
    # an excerpt is the lead; a percent-encoded slug is decoded
    assert articles(read(uploads=uploads)[0])["12"].data["lead"] == (
        "Köniz plant für die Velofahrerinnen und Velofahrer."
    )
    assert articles(read(uploads=uploads)[0])["13"].data["slug"] == "zibelemärit-2030"


def test_long_lead_is_cut_at_a_word(uploads):
    lead = articles(read(uploads=uploads)[0])["16"].data["lead"]
    assert len(lead) <= 500
    assert lead.endswith("Helferinnen und…")
    assert cut_at_word("kurz", 500) == "kurz"
    assert cut_at_word("eins zwei drei", 10) == "eins zwei…"


def test_featured_picture(uploads):
    # The attachment comes after its post in the file (a higher id): found all the same.
    hero = articles(read(uploads=uploads)[0])["10"].data["hero_image"]
    assert hero == {
        "path": "2026/11/tram-bahnhofplatz.jpg",
        "title": "Tram am Bahnhofplatz",
        "alt": "Ein Tram fährt über den Bahnhofplatz",
        "caption": "Heute endet das Tram noch am Bahnhof.",
        "credit": "Berner Bote",  # the site's title, by default
    }
    records, report = read(uploads=uploads, credit="Berner Bote / Archiv")
    assert articles(records)["10"].data["hero_image"]["credit"] == "Berner Bote / Archiv"
    assert report.credit == "Berner Bote / Archiv"


def test_gutenberg_blocks(uploads):
    post = articles(read(uploads=uploads)[0])["10"]
    [block] = post.data["body"]
    assert block["type"] == "html"
    body = block["value"]
    assert "<!--" not in body and "wp-block" not in body
    assert "<h2>Bauen ab 2027</h2>" in body
    # a picture by its local path: the original, not WordPress's resized copy; no link around it
    assert (
        '<figure><img src="2026/11/aare.jpg" alt="Die Aare beim Marzili" title="Die Aare">'
        "<figcaption>Die Aare beim Marzili.</figcaption></figure>"
    ) in body
    assert "<blockquote>\n<p>Das ist ein guter Tag für Bern.</p>\n" in body
    assert "<cite>Ursula Zaugg, Gemeinderätin</cite></blockquote>" in body
    assert "<ul>\n<li>Länge: 4,2 km</li>\n<li>Kosten: 120 Mio. Franken</li>\n</ul>" in body
    # an embed: a video by its URL, titled by its caption
    assert (
        '<figure><video src="https://www.youtube.com/watch?v=abc123" '
        'title="Die Strecke im Überblick"></video>'
        "<figcaption>Die Strecke im Überblick</figcaption></figure>"
    ) in body
    # a gallery: one figure a picture, captions from the block or the attachment
    assert (
        '<figure><img src="2026/11/bahnhof.jpg" alt="Der Bahnhof" title="Der Bahnhof">'
        "<figcaption>Der Bahnhof Bern am Morgen.</figcaption></figure>\n"
        '<figure><img src="2026/11/ostermundigen.jpg" alt="" title="Ostermundigen">'
        "<figcaption>Die Endstation</figcaption></figure>"
    ) in body
    # a video block; its file stays on the old site, which the report says
    assert (
        '<figure><video src="https://www.berner-bote.ch/wp-content/uploads/2026/11/strecke.mp4" '
        'title="Eine Fahrt auf der neuen Strecke"></video>'
    ) in body
    assert '[contact-form-7 id="5" title="Leserbrief"]' in body
    assert post.warnings == [
        "block «jetpack/slideshow» kept as its HTML",
        "unknown shortcode [contact-form-7] kept as text",
        "the video https://www.berner-bote.ch/wp-content/uploads/2026/11/strecke.mp4 stays at "
        "the old site's address; copy it to a media server and change the article",
    ]


def test_classic_content_and_shortcodes(uploads):
    records, report = read(uploads=uploads)
    post = articles(records)["11"]
    body = post.data["body"][0]["value"]
    assert body.split("\n") == [
        # wpautop: blank lines separate paragraphs, a line break is a <br>
        "<p>Das Festival auf dem Gurten zog über 20'000 Besucherinnen und Besucher an.<br>",
        "Die Veranstalter sind zufrieden.</p>",
        # [caption]: the picture (by its original) with its caption
        '<figure><img src="2026/11/bahnhof.jpg" alt="Der Bahnhof" title="Der Bahnhof">'
        "<figcaption>Anreise über den Bahnhof Bern.</figcaption></figure>",
        # brackets in prose are no shortcode
        "<p>Die Stimmung war <strong>ausgelassen</strong> [sic], sagt die Polizei.</p>",
        # [gallery ids=…]: its pictures; attachment 999 is not in the export
        '<figure><img src="2026/11/bahnhof.jpg" alt="Der Bahnhof" title="Der Bahnhof">'
        "<figcaption>Der Bahnhof Bern am Morgen.</figcaption></figure>",
        '<figure><img src="2026/11/ostermundigen.jpg" alt="" title="Ostermundigen"></figure>',
        # [embed]url[/embed] and [video src=…]
        '<figure><video src="https://vimeo.com/123456" title="Video: vimeo.com"></video></figure>',
        '<figure><video src="https://media.berner-bote.ch/gurten.mp4" '
        'title="Video: media.berner-bote.ch"></video></figure>',
        # the missing upload and the picture on another host are left out; [audio] is kept
        '<p>[audio src="https://www.berner-bote.ch/wp-content/uploads/2026/11/interview.mp3"]</p>',
        # a video site's URL on a line of its own
        '<figure><video src="https://www.youtube.com/watch?v=xyz789" '
        'title="Video: www.youtube.com"></video></figure>',
        "<h3>Nächstes Jahr</h3>",
        "<p>Das nächste Festival findet im Juli statt.</p>",
    ]
    assert post.warnings == [
        "picture left out: attachment 999 is not in the export",
        "unknown shortcode [audio] kept as text",
        "picture left out: 2026/11/fehlt.jpg is not in the uploads folder",
        "picture left out: https://cdn.example.com/fremd.jpg is not in wp-content/uploads",
    ]
    assert dict(report.unknown_shortcodes) == {"contact-form-7": 1, "audio": 1}


def test_without_uploads_pictures_are_left_out_with_a_warning():
    post = articles(read(uploads=None)[0])["10"]
    assert "hero_image" not in post.data
    assert "<img" not in post.data["body"][0]["value"]
    assert (
        "picture left out: 2026/11/tram-bahnhofplatz.jpg (no uploads folder given)" in post.warnings
    )


def test_comments(uploads):
    records, report = read(uploads=uploads)
    comments = articles(records)["10"].data["comments"]
    prefix = f"wordpress:{HOST}:comment:"
    assert [(c["external_id"], c["parent"], c["status"]) for c in comments] == [
        (prefix + "1", None, "published"),
        (prefix + "2", prefix + "1", "published"),
        (prefix + "3", prefix + "2", "pending"),  # not approved: waits for moderation
        # a reply to a comment in the trash hangs under the comment above that one
        (prefix + "6", prefix + "1", "published"),
    ]
    first, second, guest, _reply = comments
    assert first["author_name"] == "Hans Gerber"
    assert first["author_email"] == "hans@example.ch"
    assert first["created_at"] == "2026-11-24T08:00:00+00:00"
    assert second["text"] == "Ich bin nicht so sicher.\n\nDie Bauzeit wird lang."
    assert guest["author_name"] == "Gast"
    assert guest["text"] == "Und was kostet das genau?"  # plain text
    reasons = {label.split(" on ")[0]: reason for kind, label, reason in report.skipped
               if kind == "comment"}  # fmt: skip
    assert reasons == {
        "comment 4": "marked as «spam»",
        "comment 5": "marked as «trash»",
        "comment 7": "a pingback, not a reader's comment",
    }


def test_wxr_1_1(uploads):
    records, report = read(WXR11, uploads=uploads)
    assert report.wxr_version == "1.1"
    assert [(r.kind, r.data["name"]) for r in records if r.kind != "article"] == [
        ("section", "Region"),
        ("topic", "Flughafen Zürich"),
        ("author", "Ueli Bührer"),
    ]
    [post] = [r for r in records if r.kind == "article"]
    data = post.data
    assert post.warnings == []
    assert data["external_id"] == "wordpress:landbote.example.ch:7"
    assert data["lead"] == "Der Flughafen will die Pisten verlängern; Bülach wehrt sich."
    assert data["first_published_at"] == "2012-06-15T06:30:00+00:00"
    assert data["hero_image"]["path"] == "2012/06/tower.png"
    assert data["hero_image"]["credit"] == "Zürcher Landbote"
    assert data["body"][0]["value"].split("\n") == [
        "<p>Der Flughafen will die Pisten verlängern. In Bülach regt sich «Widerstand».</p>",
        # [caption] with a caption attribute and a linked picture
        '<figure><img title="Tower" src="2012/06/tower.png" alt="Der Tower">'
        "<figcaption>Der Tower in Kloten.</figcaption></figure>",
        "<p>Die Gemeinde prüft eine Einsprache.<br>",
        "Der Entscheid fällt im Herbst.</p>",
    ]
    assert [(c["author_name"], c["status"]) for c in data["comments"]] == [
        ("Käthi", "published"),
        ("Ueli Bührer", "published"),
        ("Anonym", "pending"),
    ]
    assert data["comments"][2]["parent"] == "wordpress:landbote.example.ch:comment:22"
    assert data["old_paths"] == ["/2012/06/laerm-buelach/", "/?p=7"]


def test_malformed_post_goes_to_the_writer_as_it_is(uploads):
    """A date that is no date and a missing title: the reader passes them on, the writer
    names the fields (and imports nothing)."""
    records, _report = read(FIXTURES / "malformed.xml", uploads=uploads)
    broken = articles(records)["31"]
    assert broken.data["headline"] == ""
    assert broken.data["first_published_at"] == "2026-13-45 24:00:00"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "not valid XML (line 1: "),
        ('{"articles": []}', "not valid XML (line 1: "),
        ("<rss><channel><title>Feed</title></channel></rss>", "no <wp:wxr_version>"),
        ("<html><body>Hallo</body></html>", "no <rss> element"),
    ],
)
def test_not_an_export(tmp_path, content, message):
    file = tmp_path / "export.xml"
    file.write_text(content)
    with pytest.raises(ExportUnreadable, match=message.replace("(", r"\(")):
        read(file)


def test_truncated_export(tmp_path):
    file = tmp_path / "export.xml"
    file.write_bytes(WXR12.read_bytes()[:20_000])
    with pytest.raises(ExportUnreadable, match=r"not valid XML \(line \d+: "):
        read(file)


def test_missing_file(tmp_path):
    with pytest.raises(ExportUnreadable):
        read(tmp_path / "fehlt.xml")


def test_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM")
    export = WXR11.read_text().replace(
        "<rss ", f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>\n<rss ', 1
    )
    export = export.replace("<title>Mehr Lärm über Bülach?</title>", "<title>&xxe;Titel</title>")
    file = tmp_path / "export.xml"
    file.write_text(export)
    records, _report = read(file)
    assert "GEHEIM" not in repr([r.data for r in records])


def test_messages_in_the_sites_language(uploads):
    with translation.override("de-ch"):
        records, report = read(uploads=uploads)
    post = articles(records)["11"]
    assert post.label == "Beitrag 11 (Gurten-Festival: «Es war grossartig»)"
    assert "unbekannter Shortcode [audio] als Text behalten" in post.warnings
    assert "Bild ausgelassen: 2026/11/fehlt.jpg ist nicht im Ordner der Uploads" in post.warnings
    assert ("comment", "Kommentar 4 zu Beitrag 10 (Das Tram nach Ostermundigen kommt)",
            "markiert als «spam»") in report.skipped  # fmt: skip


def test_overlong_title_and_guest_name_are_cut(tmp_path):
    export = WXR11.read_text().replace(
        "<title>Mehr Lärm über Bülach?</title>", f"<title>{'Fluglärm ' * 40}</title>"
    )
    export = export.replace("<![CDATA[Käthi]]>", f"<![CDATA[{'Käthi ' * 30}]]>")
    file = tmp_path / "export.xml"
    file.write_text(export)
    [post] = [r for r in read(file)[0] if r.kind == "article"]
    assert len(post.data["headline"]) <= 255
    assert post.data["headline"].endswith("Fluglärm…")
    assert "the title has 359 characters; cut to 255" in post.warnings
    assert len(post.data["comments"][0]["author_name"]) <= 120


def test_empty_posts(tmp_path):
    """An empty draft is left out; an excerpt without content is the text too; content without
    a paragraph gives its lead from its text."""
    export = WXR12.read_text()
    export = export.replace(
        "<p>Köniz baut drei neue Velowege.</p>", ""
    )  # the pending post 12: only its excerpt
    export = export.replace(
        "<![CDATA[Der Zibelemärit findet am vierten Montag im November statt.]]>",
        "<![CDATA[]]>",
    )
    export = export.replace(
        "<p>Der Zibelemärit findet am vierten Montag im November statt.</p>",
        "<h2>Zibelemärit</h2><ul><li>Zwiebeln</li><li>Konfetti</li></ul>",
    )
    export = export.replace("<![CDATA[Nur für die Redaktion.]]>", "<![CDATA[]]>")
    file = tmp_path / "export.xml"
    file.write_text(export)
    records, report = read(file)
    posts = articles(records)
    assert posts["12"].data["body"] == [
        {"type": "html", "value": "<p>Köniz plant für die Velofahrerinnen und Velofahrer.</p>"}
    ]
    assert posts["13"].data["lead"] == "Zibelemärit Zwiebeln Konfetti"
    # the private post 14, empty: the writer names what is missing
    assert posts["14"].data["body"] == [] and posts["14"].data["lead"] == ""
    assert "11" in posts
    # the draft post 11 with nothing but a comment in its content
    start = export.index("<![CDATA[Das Festival auf dem Gurten")
    end = export.index("]]>", export.index("Juli statt.", start))
    file.write_text(export[:start] + "<![CDATA[<!--more-->  \n" + export[end:])
    records, report = read(file)
    assert "11" not in articles(records)
    assert ("article", "post 11 (Gurten-Festival: «Es war grossartig»)", "an empty draft") in (
        report.skipped
    )


def test_password_protected_post_is_a_draft(tmp_path):
    export = WXR11.read_text().replace(
        "<wp:post_password></wp:post_password>", "<wp:post_password>geheim</wp:post_password>"
    )
    file = tmp_path / "export.xml"
    file.write_text(export)
    [post] = [r for r in read(file)[0] if r.kind == "article"]
    assert post.data["live"] is False
    assert "first_published_at" not in post.data
    assert "a password-protected post: imported as a draft" in post.warnings
