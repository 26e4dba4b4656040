import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.services import ImportFailed, articles_import


class Command(BaseCommand):
    help = (
        "Import articles (and their sections, topics, regions, authors and pictures) from a "
        "JSON file in the format of docs/import-format.md. All or nothing: a file with any "
        "error changes nothing. Importing the same file again updates the articles."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="the JSON file")

    def handle(self, *args, file: Path, **options):
        try:
            # utf-8-sig: a byte order mark, as some Windows tools write, is not an error.
            data = json.loads(file.read_text(encoding="utf-8-sig"))
        except UnicodeDecodeError:
            raise CommandError(f"{file}: not UTF-8 text") from None
        except json.JSONDecodeError as error:
            raise CommandError(
                f"{file}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
            ) from None
        except RecursionError:
            raise CommandError(f"{file}: nested too deeply to be an article file") from None
        except OSError as error:  # missing, a directory, not readable
            raise CommandError(f"{file}: {error.strerror or error}") from None
        try:
            result = articles_import(data=data, base_dir=file.resolve().parent)
        except ImportFailed as failure:
            for error in failure.errors:
                self.stderr.write(f"{file}: {error}")
            raise CommandError(
                f"{file}: {len(failure.errors)} error(s); nothing was imported."
            ) from None
        self.stdout.write(
            f"{file}: {result.created} created, {result.updated} updated, "
            f"{result.unchanged} unchanged, {result.images_created} new pictures."
        )
