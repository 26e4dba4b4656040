import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ingest.errors import ImportFailed
from ingest.services import document_import


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
            raise CommandError(_("%(file)s: not UTF-8 text") % {"file": file}) from None
        except json.JSONDecodeError as error:
            raise CommandError(
                _("%(file)s: not valid JSON (line %(line)d, column %(column)d: %(message)s)")
                % {"file": file, "line": error.lineno, "column": error.colno, "message": error.msg}
            ) from None
        except RecursionError:
            raise CommandError(
                _("%(file)s: nested too deeply to be an article file") % {"file": file}
            ) from None
        except OSError as error:  # missing, a directory, not readable
            raise CommandError(f"{file}: {error.strerror or error}") from None
        try:
            result = document_import(data=data, base_dir=file.resolve().parent)
        except ImportFailed as failure:
            for warning in failure.warnings:
                message = _("warning: %(warning)s") % {"warning": warning}
                self.stderr.write(f"{file}: {message}")
            for error in failure.errors:
                self.stderr.write(f"{file}: {error}")
            count = len(failure.errors)
            raise CommandError(
                ngettext(
                    "%(file)s: %(count)d error; nothing was imported.",
                    "%(file)s: %(count)d errors; nothing was imported.",
                    count,
                )
                % {"file": file, "count": count}
            ) from None
        self.stdout.write(
            _(
                "%(file)s: %(created)d created, %(updated)d updated, %(unchanged)d unchanged, "
                "%(pictures)d new pictures."
            )
            % {
                "file": file,
                "created": result.created,
                "updated": result.updated,
                "unchanged": result.unchanged,
                "pictures": result.images_created,
            }
        )
        for line in result.lines():
            self.stdout.write(f"  {line}")
