"""ops/backup.sh and ops/restore.sh: a backup restores into a fresh database with its media.

Runs in the PostgreSQL pass of `make test` (make test-production-backends); skipped on SQLite.
"""

import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from images.models import NewsImage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

OPS = Path(settings.BASE_DIR) / "ops"


def database_url(name: str) -> str:
    db = connection.settings_dict
    credentials = quote(db["USER"] or "")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"])
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"


@pytest.fixture
def restored_database():
    """A database name of our own for the restore, dropped afterwards."""
    name = connection.settings_dict["NAME"] + "_restored"
    server = database_url("postgres")
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    yield name
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(script: str, *args, database: str, media: Path):
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "DATABASE_URL": database_url(database),
        "DEPESCHE_MEDIA_ROOT": str(media),
    }
    return subprocess.run(  # noqa: S603 (our own scripts)
        [OPS / script, *map(str, args)], env=env, capture_output=True, text=True, timeout=120
    )


def test_a_backup_restores_into_a_fresh_database_with_its_media(
    newsroom, tmp_path, restored_database
):
    if connection.vendor != "postgresql":
        pytest.skip("backups are of PostgreSQL: `make test-production-backends`")
    if not shutil.which("pg_dump"):
        pytest.fail("pg_dump is missing (Debian: postgresql-client)")
    article = newsroom(1).pages[0]
    pictures = [image.file.name for image in NewsImage.objects.all()]
    assert pictures

    backup = tmp_path / "backup"
    result = run("backup.sh", backup, database=connection.settings_dict["NAME"],
                 media=Path(settings.MEDIA_ROOT))  # fmt: skip
    assert result.returncode == 0, result.stderr
    media = tmp_path / "restored-media"
    result = run("restore.sh", backup, database=restored_database, media=media)
    assert result.returncode == 0, result.stderr

    with psycopg.connect(database_url(restored_database)) as restored:
        title, live = restored.execute(
            "SELECT title, live FROM wagtailcore_page WHERE id = %s", [article.pk]
        ).fetchone()
        lead = restored.execute(
            "SELECT lead FROM articles_articlepage WHERE page_ptr_id = %s", [article.pk]
        ).fetchone()[0]
    assert (title, live, lead) == (article.title, True, article.lead)
    for name in pictures:
        assert (media / name).is_file(), name

    # Never over live data: a second restore into the same database refuses.
    again = run("restore.sh", backup, database=restored_database, media=media)
    assert again.returncode != 0 and "empty database" in again.stderr
