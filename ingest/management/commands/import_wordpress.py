from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ingest.errors import ImportFailed
from ingest.readers.wordpress import WordPressReport, records_read
from ingest.writer import records_write


def kind_names() -> dict[str, str]:
    return {
        "section": _("Sections"),
        "topic": _("Topics"),
        "region": _("Regions"),
        "author": _("Authors"),
        "article": _("Articles"),
        "picture": _("Pictures"),
        "comment": _("Comments"),
        "redirect": _("Redirects"),
    }


class Command(BaseCommand):
    help = (
        "Import a WordPress export (WXR 1.1 or 1.2, from Tools > Export): categories, tags, "
        "authors, posts with their comments and pictures from a local copy of "
        "wp-content/uploads, and redirects from the old permalinks (docs/ingest.md, «WordPress "
        "migration»). All or nothing; importing the same export again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", type=Path, help="the export file (XML)")
        parser.add_argument(
            "--uploads",
            type=Path,
            help="the local copy of the old site's wp-content/uploads folder",
        )
        parser.add_argument(
            "--credit",
            default="",
            help="the credit of featured pictures (default: the site's title in the export)",
        )

    def handle(self, *args, export: Path, uploads: Path | None, credit: str, **options):
        if not export.is_file():
            raise CommandError(_("%(file)s: no such file") % {"file": export})
        if uploads is not None and not uploads.is_dir():
            raise CommandError(_("%(folder)s: no such folder") % {"folder": uploads})
        report = WordPressReport()
        records = records_read(export, uploads=uploads, report=report, credit=credit)
        base_dir = uploads.resolve() if uploads is not None else export.resolve().parent
        try:
            result = records_write(records, base_dir=base_dir)
        except ImportFailed as failure:
            for warning in failure.warnings:
                message = _("warning: %(warning)s") % {"warning": warning}
                self.stderr.write(f"{export}: {message}")
            for error in failure.errors:
                self.stderr.write(f"{export}: {error}")
            count = len(failure.errors)
            raise CommandError(
                ngettext(
                    "%(file)s: %(count)d error; nothing was imported.",
                    "%(file)s: %(count)d errors; nothing was imported.",
                    count,
                )
                % {"file": export, "count": count}
            ) from None
        self.report_write(export, report, result, uploads)

    def report_write(self, export: Path, report: WordPressReport, result, uploads):
        write = self.stdout.write
        write(
            _("%(file)s: «%(site)s» (%(url)s), WXR %(version)s")
            % {
                "file": export,
                "site": report.site_title,
                "url": report.site_url,
                "version": report.wxr_version,
            }
        )
        counts = {kind: dict(outcomes) for kind, outcomes in result.counts.items()}
        # Comments left out are many on an old site (spam): counted by reason, not listed.
        skipped = [(label, reason) for kind, label, reason in report.skipped if kind != "comment"]
        comment_reasons: dict[str, int] = {}
        for kind, _label, reason in report.skipped:
            if kind == "comment":
                comment_reasons[reason] = comment_reasons.get(reason, 0) + 1
        for kind, _label, _reason in report.skipped:
            if kind in counts:
                counts[kind]["skipped"] += 1
        for kind, name in kind_names().items():
            number = counts.get(kind, {})
            if not any(number.values()):
                continue
            write(
                "  "
                + _(
                    "%(kind)s: %(created)d created, %(updated)d updated, "
                    "%(unchanged)d unchanged, %(skipped)d skipped"
                )
                % {"kind": name, **{o: number.get(o, 0) for o in OUTCOMES}}
            )
        others = {}
        for kind, _label, _reason in report.skipped:
            if kind not in counts:
                others[kind] = others.get(kind, 0) + 1
        for post_type, number in others.items():
            write(
                "  "
                + _("WordPress «%(type)s»: %(count)d skipped (only posts are imported)")
                % {"type": post_type, "count": number}
            )
        if uploads is not None:
            write(
                _("Featured pictures are credited «%(credit)s» (change it with --credit).")
                % {"credit": report.credit}
            )
        else:
            write(_("No --uploads folder given: the export's pictures were left out."))
        if report.unknown_shortcodes:
            write(
                _("Unknown shortcodes, kept as text: %(list)s")
                % {
                    "list": ", ".join(
                        f"[{name}] {count}×" for name, count in report.unknown_shortcodes.items()
                    )
                }
            )
        skipped += result.skipped
        if skipped or comment_reasons:
            write(_("Skipped:"))
            for label, reason in skipped:
                write(f"  {label}: {reason}")
            for reason, number in comment_reasons.items():
                write(
                    "  "
                    + ngettext(
                        "%(count)d comment: %(reason)s",
                        "%(count)d comments: %(reason)s",
                        number,
                    )
                    % {"count": number, "reason": reason}
                )
        if result.warnings:
            write(_("Warnings:"))
            for warning in result.warnings:
                write(f"  {warning}")


OUTCOMES = ("created", "updated", "unchanged", "skipped")
