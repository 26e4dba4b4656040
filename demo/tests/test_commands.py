import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles.models import ArticlePage
from demo.synthetic import articles_generate


@pytest.mark.django_db
def test_create_editor_prints_a_generated_password_once(capsys):
    call_command("create_editor")
    first = capsys.readouterr().out
    password = re.search(r"password: (\S+)", first).group(1)
    user = get_user_model().objects.get(username="redaktion")
    assert user.is_superuser and user.check_password(password)
    assert len(password) >= 16

    call_command("create_editor")
    second = capsys.readouterr().out
    assert password not in second and "exists" in second

    other = get_user_model()
    other.objects.all().delete()
    call_command("create_editor")
    assert password not in capsys.readouterr().out  # never a fixed password


def test_generate_articles_adds_live_articles_to_existing_sections(newsroom):
    newsroom(2)
    created = articles_generate(count=250)
    assert created == 250
    assert ArticlePage.objects.live().count() == 252
    generated = ArticlePage.objects.exclude(external_id__startswith="test-").first()
    assert generated.url.startswith("/schweiz/")
    assert generated.article_topics.exists() and generated.article_authors.exists()
    # the links carry the publication time (articles.models.SubjectLink)
    links = [*generated.article_topics.all(), *generated.article_regions.all()]
    assert {link.published_at for link in links} == {generated.first_published_at}
    section = generated.get_parent()
    assert section.numchild == 252
    # the page tree is still consistent for Wagtail: a new child can be added after them
    newsroom(3)
    assert ArticlePage.objects.count() == 253


def test_generate_articles_needs_a_newsroom(db):
    with pytest.raises(ValueError, match="Load the demo newsroom first"):
        articles_generate(count=1)


def test_generate_articles_leaves_postgresql_with_fresh_statistics(newsroom):
    """The planner knows the new rows at once (ANALYZE), not when autovacuum gets to them."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("ANALYZE after the bulk insert is PostgreSQL's (make test-production-backends)")
    newsroom(1)
    call_command("generate_articles", count=120)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples FROM pg_class WHERE relname = %s", [ArticlePage._meta.db_table]
        )
        estimated = cursor.fetchone()[0]
    assert estimated == ArticlePage.objects.count() == 121
