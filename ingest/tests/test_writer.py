"""The writer's rules beyond the JSON format: every error of a record, comments, old paths,
articles without key points, the report."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect

from articles.models import ArticlePage
from comments.models import Comment, CommentStatus
from conftest import article_record
from engagement.models import ArticleStats, ArticleViewHour
from ingest.errors import ImportFailed
from ingest.records import Record
from ingest.services import document_import
from ingest.writer import records_write


def write(folder, *records, label="Beitrag 1"):
    return records_write(
        [Record(kind="article", data=record, label=label) for record in records], base_dir=folder
    )


@pytest.mark.django_db
def test_a_record_with_three_bad_fields_yields_three_errors(tmp_path):
    record = article_record(1, tmp_path, lead="", live="ja", kicker=5)
    with translation.override("en"), pytest.raises(ImportFailed) as failure:
        write(tmp_path, record)
    assert failure.value.errors == [
        "Beitrag 1, «lead»: this field is required",
        "Beitrag 1, «kicker»: must be text",
        "Beitrag 1, «live»: must be true or false",
    ]
    assert not ArticlePage.objects.exists()


@pytest.mark.django_db
def test_errors_of_blocks_lists_and_pictures_are_all_reported_in_german(tmp_path):
    record = article_record(
        1,
        tmp_path,
        authors=["Anna Muster", 5],
        body=[{"type": "table"}, {"type": "subheading", "value": ""}],
        hero_image={"path": "fehlt.jpg", "credit": "x"},
    )
    with pytest.raises(ImportFailed) as failure:
        write(tmp_path, record)
    fields = [error.split("«")[1].split("»")[0] for error in failure.value.errors]
    assert fields == ["authors[1].name", "hero_image", "body[0]", "body[1].value"]
    assert "muss ein nicht leerer Text sein" in failure.value.errors[3]


@pytest.mark.django_db
def test_an_article_may_have_no_key_points_and_shows_no_box(tmp_path):
    write(tmp_path, article_record(1, tmp_path, key_points=[]))
    page = ArticlePage.objects.get()
    assert len(page.key_points) == 0
    html = Client(HTTP_HOST="127.0.0.1").get(page.url).content.decode()
    assert 'class="key-points"' not in html


COMMENTS = [
    {
        "external_id": "c1",
        "parent": None,
        "author_name": "Vreni",
        "author_email": "vreni@example.ch",
        "created_at": "2026-01-05T09:00:00+01:00",
        "text": "Endlich!",
        "status": "published",
    },
    {
        "external_id": "c2",
        "parent": "c1",
        "author_name": "Hans",
        "created_at": "2026-01-05T10:00:00+01:00",
        "text": "Finde ich auch.",
        "status": "published",
    },
    {
        "external_id": "c3",
        "parent": "c2",
        "author_name": "Ruth",
        "created_at": "2026-01-05T11:00:00+01:00",
        "text": "Eine Antwort auf eine Antwort.",
        "status": "published",
    },
    {
        "external_id": "c4",
        "parent": None,
        "author_name": "",
        "created_at": "2026-01-05T12:00:00+01:00",
        "text": "Wartet noch.",
        "status": "pending",
    },
]


@pytest.mark.django_db
def test_comments_are_imported_flattened_counted_and_idempotent(tmp_path):
    record = article_record(1, tmp_path, comments=COMMENTS)
    report = write(tmp_path, record)
    assert report.counts["comment"]["created"] == 4
    page = ArticlePage.objects.get()
    c1, c2, c3, c4 = (Comment.objects.get(external_id=f"c{n}") for n in range(1, 5))
    assert c2.parent == c1 and c3.parent == c1  # the site has one level of replies
    assert c1.reply_count == 2
    assert c4.status == CommentStatus.PENDING and c1.status == CommentStatus.APPROVED
    assert c1.created_at.isoformat() == "2026-01-05T08:00:00+00:00"
    with translation.override("de-ch"):
        assert c1.author_name == "Vreni (nicht angemeldet)"
    assert ArticleStats.objects.get(article=page).comments == 3
    # An old system's comments are not what readers did this hour (the desk's numbers).
    assert not ArticleViewHour.objects.filter(article=page).exclude(comments=0).exists()

    record["comments"] = [*COMMENTS[:3], {**COMMENTS[3], "status": "published"}]
    again = write(tmp_path, record)
    assert again.counts["comment"] == {"created": 0, "updated": 1, "unchanged": 3, "skipped": 0}
    # A new or changed comment is no reason for a new revision of the article.
    assert again.unchanged == 1 and page.revisions.count() == 1
    assert Comment.objects.count() == 4
    assert ArticleStats.objects.get(article=page).comments == 4


@pytest.mark.django_db
def test_a_bad_comment_names_its_field(tmp_path):
    bad = {**COMMENTS[0], "status": "spam", "text": ""}
    with translation.override("en"), pytest.raises(ImportFailed) as failure:
        write(tmp_path, article_record(1, tmp_path, comments=[bad]))
    assert failure.value.errors == [
        "Beitrag 1, «comments[0].status»: must be one of published, pending"
    ]


@pytest.mark.django_db
def test_old_paths_answer_301_to_the_article_and_a_taken_one_is_an_error(tmp_path):
    record = article_record(1, tmp_path, old_paths=["/2019/05/velo-route/", "/?p=123"])
    report = write(tmp_path, record)
    page = ArticlePage.objects.get()
    assert report.counts["redirect"]["created"] == 2
    response = Client(HTTP_HOST="127.0.0.1").get("/2019/05/velo-route/")
    assert response.status_code == 301 and response["Location"].endswith(page.url)
    record["lead"] = "Ein neuer Lead."
    assert write(tmp_path, record).counts["redirect"]["unchanged"] == 2
    assert Redirect.objects.count() == 2

    other = article_record(2, tmp_path, old_paths=["/2019/05/velo-route"])
    with translation.override("en"), pytest.raises(ImportFailed) as failure:
        write(tmp_path, other, label="Beitrag 2")
    assert failure.value.errors[0].startswith(
        "Beitrag 2, «old_paths[0]»: /2019/05/velo-route already redirects to"
    )


@pytest.mark.django_db
def test_the_report_counts_each_kind_and_outcome(tmp_path):
    data = {
        "topics": [{"name": "Verkehr", "description": "Strasse und Schiene."}],
        "articles": [article_record(1, tmp_path)],
    }
    report = document_import(data=data, base_dir=tmp_path)
    assert report.counts["article"]["created"] == 1
    assert report.counts["topic"]["created"] == 2  # Verkehr, Velo
    assert report.counts["section"]["created"] == 1
    assert report.counts["region"]["created"] == 4  # Europa > Schweiz > Zürich > Winterthur
    assert report.counts["picture"]["created"] == 2
    again = document_import(data=data, base_dir=tmp_path)
    assert again.counts["article"] == {"created": 0, "updated": 0, "unchanged": 1, "skipped": 0}
    assert again.counts["topic"] == {"created": 0, "updated": 0, "unchanged": 1, "skipped": 0}


@pytest.mark.django_db
def test_the_command_prints_the_report_per_kind_and_the_warnings(tmp_path, capsys):
    body = [{"type": "html", "value": "<p>Text</p><table><tr><td>1</td></tr></table>"}]
    file = tmp_path / "articles.json"
    file.write_text(json.dumps({"articles": [article_record(1, tmp_path, body=body)]}))
    with translation.override("de-ch"):
        call_command("import_articles", str(file))
    out = capsys.readouterr().out
    assert "1 neu, 0 aktualisiert, 0 unverändert, 2 neue Bilder." in out
    assert "  Artikel: 1 neu, 0 aktualisiert, 0 unverändert, 0 ausgelassen" in out
    assert "  Warnung: Artikel 1 (test-001): eine Tabelle wurde als Text übernommen" in out


@pytest.mark.django_db
def test_definitions_report_every_bad_field_too(tmp_path):
    data = {
        "authors": [{"name": "", "role": 5, "bio": "x" * 601}],
        "topics": [{"name": "Verkehr", "kind": "ding", "other_names": "ÖV"}],
        "articles": [],
    }
    with translation.override("en"), pytest.raises(ImportFailed) as failure:
        document_import(data=data, base_dir=tmp_path)
    assert [error.split(":")[0] for error in failure.value.errors] == [
        "topic 1 (Verkehr), «kind»",
        "topic 1 (Verkehr), «other_names»",
        "author 1, «name»",
        "author 1, «role»",
        "author 1, «bio»",
    ]


@pytest.mark.django_db
def test_each_page_written_is_validated_in_full_once(tmp_path, monkeypatch):
    """Wagtail validates a page in full on each save of a live page and on publishing; the
    writer adds pages as drafts and saves revisions without validating them, since
    publishing validates: one full check per page instead of two (docs/ingest.md, «Speed»)."""
    from wagtail.models import Page

    validated = []
    full_clean = Page.full_clean

    def counting(self, *args, **kwargs):
        validated.append((type(self).__name__, self.title))
        return full_clean(self, *args, **kwargs)

    monkeypatch.setattr(Page, "full_clean", counting)
    write(tmp_path, article_record(1, tmp_path, topics=["Verkehr", "Velo"]))
    kinds = {kind for kind, _title in validated}
    assert {"ArticlePage", "TopicPage", "AuthorPage"} <= kinds
    assert len(validated) == len(set(validated))  # none twice

    # What only Wagtail's validation (the model's clean) finds is still found, when publishing.
    def refuse(self):
        raise ValidationError({"lead": "von Wagtail abgelehnt"})

    monkeypatch.setattr(ArticlePage, "clean", refuse, raising=False)
    with pytest.raises(ImportFailed) as failure:
        write(tmp_path, article_record(2, tmp_path))
    assert failure.value.errors == ["Beitrag 1, «lead»: von Wagtail abgelehnt"]
    assert ArticlePage.objects.count() == 1
