"""The writer's rules beyond the JSON format: every error of a record, comments, old paths,
articles without key points, the report."""

import pytest
from django.test import Client
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect

from articles.models import ArticlePage
from comments.models import Comment, CommentStatus
from conftest import article_record
from engagement.models import ArticleStats, ArticleViewHour
from ingest.errors import ImportFailed
from ingest.records import Record
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

    record["lead"] = "Ein neuer Lead."
    record["comments"] = [*COMMENTS[:3], {**COMMENTS[3], "status": "published"}]
    again = write(tmp_path, record)
    assert again.counts["comment"] == {"created": 0, "updated": 1, "unchanged": 3, "skipped": 0}
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
