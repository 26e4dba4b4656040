"""`manage.py ingest PATH…`: wire documents and JSON import documents from files or folders,
through the same path as the providers' poller (docs/ingest.md, «The ingest command»)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.changes import changes_held
from ingest.documents import document_ingest
from ingest.models import Provider
from ingest.tasks import PICTURE_SUFFIXES
from taxonomy.models import SectionPage

OUTCOMES = {
    "created": gettext_lazy("created"),
    "updated": gettext_lazy("updated"),
    "unchanged": gettext_lazy("unchanged"),
    "ignored": gettext_lazy("ignored (older version)"),
    "inbox": gettext_lazy("in the inbox"),
    "pending": gettext_lazy("new agency version waits (editors changed the article)"),
    "withheld": gettext_lazy("withdrawn"),
    "held": gettext_lazy("held"),
}


class Command(BaseCommand):
    help = (
        "Read wire documents (IPTC ninjs, NewsML-G2) and JSON import documents from files or "
        "folders, format detected, and store them as the providers' poller does. Exits with "
        "status 1 when any item was held or any document refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, help="files or folders")
        parser.add_argument("--provider", help="the agency's name (Agenturen in the admin)")
        parser.add_argument("--section", help="section (title or slug) for items naming none")

    def handle(self, *args, paths, provider=None, section=None, **options):
        provider_obj = None
        if provider:
            provider_obj = Provider.objects.filter(name__iexact=provider).first()
            if provider_obj is None:
                raise CommandError(_("No agency is called «%(name)s».") % {"name": provider})
        section_obj = None
        if section:
            section_obj = (
                SectionPage.objects.filter(slug=section).first()
                or SectionPage.objects.filter(title__iexact=section).first()
            )
            if section_obj is None:
                raise CommandError(_("No section is called «%(name)s».") % {"name": section})
        files = []
        for path in paths:
            if path.is_dir():
                # Pictures beside the documents and hidden files are not documents.
                files.extend(
                    sorted(
                        p
                        for p in path.rglob("*")
                        if p.is_file()
                        and not p.name.startswith(".")
                        and p.suffix.lower() not in PICTURE_SUFFIXES
                    )
                )
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(_("%(path)s: no such file or folder") % {"path": path})
        failed = 0
        with changes_held():  # one purge for many documents' items
            for file in files:
                try:
                    content = file.read_bytes()
                except OSError as error:
                    self.stderr.write(f"{file}: {error.strerror or error}")
                    failed += 1
                    continue
                result = document_ingest(
                    content,
                    name=str(file),
                    base_dir=file.resolve().parent,
                    provider=provider_obj,
                    section=section_obj,
                )
                for error in result.errors:
                    self.stderr.write(f"{file}: {error}")
                if result.counts:
                    self.stdout.write(
                        _(
                            "%(file)s: %(created)d created, %(updated)d updated, "
                            "%(unchanged)d unchanged"
                        )
                        % {"file": file, **result.counts}
                    )
                for item in result.wire.results:
                    line = f"{file}: {item.uri}: {OUTCOMES.get(item.outcome, item.outcome)}"
                    if item.reason and item.outcome != "held":
                        line += f" ({item.reason})"
                    if item.outcome == "held":
                        self.stderr.write(f"{line}: {item.reason}")
                    else:
                        self.stdout.write(line)
                    for warning in item.warnings:
                        self.stdout.write(f"{file}: {item.uri}: {warning}")
                failed += result.failed
        if failed:
            raise CommandError(
                _("%(count)d of %(total)d documents with errors or held items.")
                % {"count": failed, "total": len(files)}
            )
