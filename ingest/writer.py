"""The one writer of the ingest pipeline (docs/ingest.md): it validates, maps, sanitises and
stores the records that readers make of a document, all or nothing.

Sections, topics, regions and authors are matched by name, articles by `external_id`; a
record that has not changed since the last import is left alone (no new revision). Every
error of every record is collected before the transaction is rolled back."""

import hashlib
import json
import logging
import re
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.contrib.redirects.models import Redirect

from articles.blocks import FACT_BOX_FEATURES, MAX_KEY_POINTS, PARAGRAPH_FEATURES
from articles.models import (
    ArticleAuthor,
    ArticlePage,
    ArticleRegion,
    ArticleTopic,
    subject_links_dated,
)
from articles.validation import hero_credit_error, primary_topic_error
from authors.models import AuthorIndexPage, AuthorPage
from comments.services import ImportedComment, comments_import
from core.changes import changes_gathered, content_changed
from core.models import CommentMode
from core.text import slug_de
from home.models import HomePage
from images.services import ImageSourceError, image_get_or_create, image_source_read
from ingest.deferred import indexing_checkpoint, indexing_deferred
from ingest.errors import ImportFailed
from ingest.html import html_blocks, rich_text
from ingest.records import Record
from polls.models import MAX_ANSWERS, MIN_ANSWERS, Poll, PollAnswer
from taxonomy.models import RegionPage, SectionPage, TopicIndexPage, TopicPage

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
BODY_TYPES = ("paragraph", "subheading", "image", "quote", "fact_box", "video", "poll")
REGION_SEPARATOR = ">"
# Kinds of regions created from a path, by their depth below the top of the tree.
REGION_KINDS_BY_DEPTH = ["continent", "country", "canton", "municipality"]
# What the report counts (IngestReport.counts): kinds of things written, and outcomes.
REPORT_KINDS = ("section", "topic", "region", "author", "article", "picture", "comment", "redirect")
OUTCOMES = ("created", "updated", "unchanged", "skipped")
PAGE_KINDS = {
    SectionPage: "section",
    TopicPage: "topic",
    RegionPage: "region",
    AuthorPage: "author",
}
COMMENT_FIELDS = (
    "external_id",
    "parent",
    "author_name",
    "author_email",
    "created_at",
    "text",
    "status",
)


@dataclass
class IngestReport:
    """What a write did. `created`, `updated`, `unchanged` count articles; `page_ids` the
    articles written or found unchanged, in the order of their records (`pages` reads them);
    `warnings` are
    "<label>: <message>" lines of the readers and the writer; `skipped` (label, reason) what
    was left out on purpose; `counts` kind -> outcome -> number."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    images_created: int = 0
    page_ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {kind: dict.fromkeys(OUTCOMES, 0) for kind in REPORT_KINDS}
    )

    def count(self, kind: str, outcome: str, number: int = 1):
        self.counts[kind][outcome] += number

    @property
    def pages(self) -> list:
        """The articles of `page_ids`, in their order, as the database has them. The report
        keeps their ids only: holding every page it wrote grew an import of 5'000 posts by
        about 100 MB (docs/performance.md)."""
        found = ArticlePage.objects.in_bulk(self.page_ids)
        return [found[pk] for pk in self.page_ids if pk in found]

    def lines(self) -> list[str]:
        """The report for a person: per kind (those with something to say), what was left
        out and why, the warnings. The import commands print it."""
        labels = {
            "section": pgettext("ingest report", "sections"),
            "topic": pgettext("ingest report", "topics"),
            "region": pgettext("ingest report", "regions"),
            "author": pgettext("ingest report", "authors"),
            "article": pgettext("ingest report", "articles"),
            "picture": pgettext("ingest report", "pictures"),
            "comment": pgettext("ingest report", "comments"),
            "redirect": pgettext("ingest report", "redirects"),
        }
        lines = []
        for kind, outcomes in self.counts.items():
            if any(outcomes.values()):
                lines.append(
                    _(
                        "%(kind)s: %(created)d created, %(updated)d updated, "
                        "%(unchanged)d unchanged, %(skipped)d skipped"
                    )
                    % {"kind": labels.get(kind, kind), **outcomes}
                )
        for label, reason in self.skipped:
            lines.append(_("skipped: %(label)s: %(reason)s") % {"label": label, "reason": reason})
        for warning in self.warnings:
            lines.append(_("warning: %(warning)s") % {"warning": warning})
        return lines


class _RecordError(Exception):
    def __init__(self, field_name: str, message: str):
        super().__init__(message)
        self.field_name = field_name
        self.message = message


class _RecordErrors(Exception):
    """Every error of one record: (field name, message) pairs."""

    def __init__(self, items: list[tuple[str, str]]):
        super().__init__(items)
        self.items = items


class _Errors:
    """Collects a record's errors field by field, so that one bad field does not hide the
    next: `with errors.field(): value = _text(…)` keeps the default on an error."""

    def __init__(self):
        self.items: list[tuple[str, str]] = []
        self.failed: set[str] = set()  # the record's fields with an error

    def __bool__(self):
        return bool(self.items)

    def add(self, field_name: str, message: str):
        self.items.append((field_name, message))
        self.failed.add(re.split(r"[.\[]", field_name, maxsplit=1)[0])

    def has(self, name: str) -> bool:
        return name in self.failed

    @contextmanager
    def field(self, prefix: str = ""):
        try:
            with _within(prefix):
                yield
        except _RecordError as error:
            self.add(error.field_name, error.message)
        except _RecordErrors as errors:  # an author or topic object inside an article
            for field_name, message in errors.items:
                self.add(_joined(prefix, field_name), message)

    def raise_any(self):
        if self.items:
            raise _RecordErrors(self.items)


def records_write(
    records: Iterable[Record], *, base_dir: Path, user=None, report: IngestReport | None = None
) -> IngestReport:
    """Validate, map, sanitise and store a stream of records in one transaction.

    All or nothing: every record is checked, every error is collected, and if there is any,
    the database is left as it was and the picture files written are removed again
    (ImportFailed). `records` is consumed lazily, so a reader may stream a large export; a
    reader that finds the document itself wrong raises ImportFailed, and its errors join
    those of the records written so far. A reader that leaves things out on purpose (spam
    comments, unknown kinds of posts) may pass the `report` it adds them to (`skipped`,
    `warnings`) while the writer reads it."""
    writer = _Writer(base_dir=base_dir, user=user, report=report)
    try:
        with transaction.atomic(), indexing_deferred(), changes_gathered():
            report = writer.run(records)
            if writer.errors:
                raise ImportFailed(writer.errors, warnings=report.warnings)
    except BaseException:
        for name in writer.files_written:
            default_storage.delete(name)
        raise
    return report


class _Writer:
    def __init__(self, *, base_dir: Path, user, report: IngestReport | None = None):
        self.base_dir = base_dir
        self.user = user
        self.errors: list[str] = []
        self.files_written: list[str] = []
        self.result = report if report is not None else IngestReport()
        self._label = ""
        self._home = None
        self._seen_ids: set[str] = set()
        self._forget_pages()

    def _forget_pages(self):
        """Drop every page looked up or created so far: after a record's savepoint is rolled
        back, pages it created no longer exist."""
        self._containers: dict[type, object] = {}
        # (parent pk, model) -> {case-folded title: page}; compared in Python because
        # SQLite's case-insensitive LIKE folds ASCII letters only ("ZÜRICH" != "Zürich").
        self._children: dict[tuple, dict[str, object]] = {}
        self._regions_by_name: dict[str, list] | None = None
        self._regions: dict[str, RegionPage] = {}

    # -- the run ---------------------------------------------------------------------------------
    def run(self, records: Iterable[Record]) -> IngestReport:
        self._home = HomePage.objects.first()
        if self._home is None:
            self.errors.append(_("The site has no home page; run the migrations first."))
            return self.result
        handlers = {
            "section": self._section_record,
            "topic": self._topic_record,
            "region": self._region_record,
            "author": self._author_record,
            "article": self._article_record,
        }
        try:
            for record in records:
                self._label = record.label
                self.result.warnings.extend(f"{record.label}: {w}" for w in record.warnings)
                handler = handlers.get(record.kind)
                if handler is None:
                    self._fail(
                        record.label,
                        "",
                        _("unknown kind of record: %(kind)s") % {"kind": record.kind},
                    )
                    continue
                try:
                    with transaction.atomic():
                        if not isinstance(record.data, dict):
                            raise _RecordError("", _("must be a JSON object"))
                        handler(record.data)
                except _RecordError as error:
                    self._fail(record.label, error.field_name, error.message)
                    self._forget_pages()
                except _RecordErrors as errors:
                    for field_name, message in errors.items:
                        self._fail(record.label, field_name, message)
                    self._forget_pages()
                except ValidationError as error:
                    for field_name, messages in _validation_messages(error):
                        self._fail(record.label, field_name, " ".join(messages))
                    self._forget_pages()
                indexing_checkpoint()
        except ImportFailed as failure:  # the reader found the document itself wrong
            self.errors.extend(failure.errors)
            self.result.warnings.extend(failure.warnings)
        return self.result

    def _warn(self, message: str):
        self.result.warnings.append(f"{self._label}: {message}")

    def _fail(self, where: str, field_name: str, message: str):
        if field_name:
            self.errors.append(f"{where}, «{field_name}»: {message}")
        else:
            self.errors.append(f"{where}: {message}")

    # -- taxonomy --------------------------------------------------------------------------------
    def _container(self, model, title: str, slug: str):
        """The one list page (topics, authors) or region root below the home page."""
        if model not in self._containers:
            page = model.objects.child_of(self._home).first()
            if page is None:
                extra = {"kind": RegionPage.Kind.WORLD} if model is RegionPage else {}
                page = model(title=title, slug=slug, live=False, **extra)
                self._home.add_child(instance=page)
                _publish(page, self.user)
            self._containers[model] = page
        return self._containers[model]

    def _publish_child(self, parent, page):
        page.live = False  # added as a draft (a light check), validated in full when published
        parent.add_child(instance=page)
        _publish(page, self.user)
        self._count_page(page, "created")
        self._children_of(parent, type(page))[page.title.casefold()] = page
        if isinstance(page, RegionPage) and self._regions_by_name is not None:
            self._regions_by_name.setdefault(page.title.casefold(), []).append(page)
        return page

    def _children_of(self, parent, model) -> dict:
        key = (parent.pk, model)
        if key not in self._children:
            self._children[key] = {
                page.title.casefold(): page for page in model.objects.child_of(parent)
            }
        return self._children[key]

    def _update(self, page, values: dict):
        changed = [name for name, value in values.items() if getattr(page, name) != value]
        if changed:
            for name in changed:
                setattr(page, name, values[name])
            _publish(page, self.user)
            self._count_page(page, "updated")

    def _count_page(self, page, outcome: str):
        kind = PAGE_KINDS.get(type(page))
        if kind is not None:
            self.result.count(kind, outcome)

    @contextmanager
    def _definition(self, kind: str):
        """A section, topic, region or author record: counted as unchanged when it neither
        created nor changed a page of its kind."""
        before = dict(self.result.counts[kind])
        yield
        if self.result.counts[kind] == before:
            self.result.count(kind, "unchanged")

    def _named_child(self, parent, model, name: str, values: dict, **new_only):
        """The child of `parent` called `name` (in any case): created with `values` if it is
        missing, else updated with them. One published revision, none if nothing changed."""
        page = self._children_of(parent, model).get(name.casefold())
        if page is None:
            slug = self._free_slug(parent, model, new_only.pop("slug", "") or slug_de(name))
            page = self._publish_child(parent, model(title=name, slug=slug, **new_only, **values))
        else:
            self._update(page, values)
        return page

    def _section(self, ref, definition: dict | None = None) -> SectionPage:
        record = definition or {"name": ref}
        errors = _Errors()
        name, slug, values = "", "", {}
        with errors.field():
            name = _text(record, "name", required=True, max_length=255)
        with errors.field():
            slug = _text(record, "slug", max_length=80)
        with errors.field():
            if "description" in record:
                values["description"] = _text(record, "description")
        errors.raise_any()
        sections = self._children_of(self._home, SectionPage)
        if name.casefold() not in sections:
            by_slug = next((p for p in sections.values() if p.slug == name.lower()), None)
            if by_slug is not None:
                sections[name.casefold()] = by_slug
        return self._named_child(
            self._home,
            SectionPage,
            name,
            values,
            slug=slug_de(slug or name),
            show_in_menus=True,
        )

    def _section_record(self, record):
        errors = _Errors()
        with errors.field():
            _known(record, {"name", "slug", "description"})
        with errors.field(), self._definition("section"):
            self._section(None, record)
        errors.raise_any()

    def _topic(self, ref) -> TopicPage:
        record = ref if isinstance(ref, dict) else {"name": ref}
        errors = _Errors()
        if isinstance(ref, dict):
            with errors.field():
                _known(record, {"name", "kind", "other_names", "description"})
        name, values = "", {}
        with errors.field():
            name = _text(record, "name", required=True, max_length=255)
        with errors.field():
            if "kind" in record:
                values["kind"] = _choice(record, "kind", TopicPage.Kind.values)
        with errors.field():
            if "other_names" in record:
                values["other_names"] = ", ".join(_text_list(record, "other_names"))
        with errors.field():
            if "description" in record:
                values["description"] = _text(record, "description")
        errors.raise_any()
        index = self._container(TopicIndexPage, _("Topics"), pgettext("URL", "topics"))
        return self._named_child(index, TopicPage, name, values)

    def _topic_record(self, record):
        with self._definition("topic"):
            self._topic(record)

    def _region(self, ref, *, kind: str = "", description=None):
        if not isinstance(ref, str) or not ref.strip():
            raise _RecordError("", _("a region is named by a non-empty string"))
        key = ref.strip().casefold()
        root = self._container(RegionPage, _("World"), pgettext("URL", "world"))
        parts = [part.strip() for part in ref.split(REGION_SEPARATOR)]
        if any(not part for part in parts):
            raise _RecordError("", _("«%(ref)s» has an empty step") % {"ref": ref})
        if parts[0].casefold() == root.title.casefold():
            parts = parts[1:]
        values = {"kind": kind} if kind else {}
        if description is not None:
            values["description"] = description
        region = self._regions.get(key)
        if region is None and not parts:
            region = root
        elif region is None and len(parts) == 1:
            if self._regions_by_name is None:
                self._regions_by_name = {}
                for page in RegionPage.objects.descendant_of(root):
                    self._regions_by_name.setdefault(page.title.casefold(), []).append(page)
            matches = self._regions_by_name.get(parts[0].casefold(), [])
            if len(matches) > 1:
                raise _RecordError(
                    "",
                    _("«%(name)s» names more than one region; give its path, e.g. %(example)s")
                    % {"name": parts[0], "example": "Europa > Schweiz > Bern"},
                )
            region = matches[0] if matches else self._region_child(root, parts[0], values)
        elif region is None:
            region = root
            for depth, part in enumerate(parts):
                child = self._children_of(region, RegionPage).get(part.casefold())
                default = REGION_KINDS_BY_DEPTH[min(depth, len(REGION_KINDS_BY_DEPTH) - 1)]
                last = depth == len(parts) - 1
                region = child or self._region_child(
                    region, part, values if last else {}, default_kind=default
                )
        self._regions[key] = region
        if values and region is not root:
            self._update(region, values)
        return region

    def _region_child(self, parent, name: str, values: dict, default_kind: str = "country"):
        page = RegionPage(
            title=name,
            slug=self._free_slug(parent, RegionPage, slug_de(name)),
            **{"kind": default_kind, **values},
        )
        return self._publish_child(parent, page)

    def _region_record(self, record):
        errors = _Errors()
        path, kind, description = "", "", None
        with errors.field():
            _known(record, {"path", "kind", "description"})
        with errors.field():
            path = _text(record, "path", required=True, max_length=500)
        with errors.field():
            kind = _choice(record, "kind", RegionPage.Kind.values) if "kind" in record else ""
        with errors.field():
            description = _text(record, "description") if "description" in record else None
        errors.raise_any()
        with _within("path"), self._definition("region"):
            self._region(path, kind=kind, description=description)

    def _author(self, ref) -> AuthorPage:
        record = ref if isinstance(ref, dict) else {"name": ref}
        errors = _Errors()
        if isinstance(ref, dict):
            with errors.field():
                _known(record, {"name", "role", "bio", "photo"})
        name, values = "", {}
        with errors.field():
            name = _text(record, "name", required=True, max_length=255)
        with errors.field():
            if "role" in record:
                values["role"] = _text(record, "role", max_length=120)
        with errors.field():
            if "bio" in record:
                values["bio"] = _text(record, "bio", max_length=600)
        if record.get("photo") is not None:
            with errors.field("photo"):
                photo = self._image(record["photo"], default_title=name or _("Picture"))
                if photo is not None:
                    values["photo"] = photo
        errors.raise_any()
        index = self._container(AuthorIndexPage, _("Authors"), pgettext("URL", "authors"))
        return self._named_child(index, AuthorPage, name, values)

    def _author_record(self, record):
        with self._definition("author"):
            self._author(record)

    # -- images ----------------------------------------------------------------------------------
    def _image(self, spec, *, default_title: str):
        """The library image for a picture object; errors name fields within the object
        (callers wrap the call in `_within(...)`). None for a picture known only by its web
        address (`url`): the writer never fetches, so it is left out with a warning."""
        if not isinstance(spec, dict):
            raise _RecordError("", _("an image is a JSON object with «path» or «data_url»"))
        _known(spec, {"path", "data_url", "url", "title", "alt", "credit", "caption", "archive"})
        url = _text(spec, "url")
        if url and not (_text(spec, "path") or _text(spec, "data_url")):
            self._warn(
                _("the picture %(url)s was not fetched and was left out") % {"url": url[:200]}
            )
            self.result.count("picture", "skipped")
            return None
        values = {
            "title": _text(spec, "title", max_length=255) or default_title[:255],
            "alt": _text(spec, "alt", max_length=255),
            "credit": _text(spec, "credit", max_length=255),
            "caption": _text(spec, "caption"),
        }
        _bool(spec, "archive")
        try:
            content, extension = image_source_read(
                path=_text(spec, "path"), data_url=_text(spec, "data_url"), base_dir=self.base_dir
            )
        except ImageSourceError as error:
            raise _RecordError("", str(error)) from None
        image, created = image_get_or_create(content=content, extension=extension, **values)
        if created:
            self.files_written.append(image.file.name)
            self.result.images_created += 1
        self.result.count("picture", "created" if created else "unchanged")
        return image

    # -- articles --------------------------------------------------------------------------------
    def _article_record(self, record):
        """One article: every field is read even after one failed, so that the report names
        every error of the record (docs/import-format.md)."""
        errors = _Errors()
        with errors.field():
            _known(
                record,
                {
                    "external_id", "section", "slug", "headline", "kicker", "lead", "key_points",
                    "body", "authors", "topics", "primary_topic", "regions", "dateline",
                    "first_published_at", "updated_at", "hero_image", "comment_mode", "live",
                    "seo_title", "search_description", "comments", "old_paths",
                },
            )  # fmt: skip
        external_id = ""
        with errors.field():
            external_id = _text(record, "external_id", required=True, max_length=120)
        page = None
        # Comments and old paths are written on every import (both idempotent): a new comment
        # in the old system makes no new revision of the article.
        fingerprint = _fingerprint(
            {k: v for k, v in record.items() if k not in ("comments", "old_paths")}, self.base_dir
        )
        if external_id:
            if external_id in self._seen_ids:
                errors.add("external_id", _("appears twice in this file"))
            self._seen_ids.add(external_id)
            page = ArticlePage.objects.filter(external_id=external_id).first()
            if not errors and page is not None and page.import_fingerprint == fingerprint:
                comments, old_paths = self._extras_read(record, page, errors)
                errors.raise_any()
                self.result.unchanged += 1
                self.result.count("article", "unchanged")
                self.result.page_ids.append(page.pk)
                self._extras_write(page, comments, old_paths)
                return

        headline = lead = kicker = seo_title = search_description = ""
        comment_mode = CommentMode.OPEN
        live, published, updated, key_points = True, None, None, []
        with errors.field():
            headline = _text(record, "headline", required=True, max_length=255)
        with errors.field():
            lead = _text(record, "lead", required=True, max_length=500)
        with errors.field():
            kicker = _text(record, "kicker", max_length=80)
        with errors.field():
            seo_title = _text(record, "seo_title", max_length=255)
        with errors.field():
            search_description = _text(record, "search_description")
        with errors.field():
            if "comment_mode" in record:
                comment_mode = _choice(record, "comment_mode", CommentMode.values)
        with errors.field():
            live = _bool(record, "live", default=True)
        with errors.field():
            published = _datetime(record, "first_published_at", required=live)
        with errors.field():
            updated = _datetime(record, "updated_at") or published
        if published and updated and updated < published:
            errors.add("updated_at", _("must not be before «first_published_at»"))
        with errors.field():
            key_points = _text_list(record, "key_points", max_length=200)
            if len(key_points) > MAX_KEY_POINTS:
                raise _RecordError(
                    "key_points", _("give at most %(max)d key points") % {"max": MAX_KEY_POINTS}
                )

        section = None
        with errors.field():
            section_ref = record.get("section")
            if not isinstance(section_ref, str) or not section_ref.strip():
                raise _RecordError("section", _("this field is required"))
            section = self._section(section_ref.strip())
        authors = self._each(errors, record, "authors", self._author, required=True)
        topics = self._each(errors, record, "topics", self._topic)
        regions = self._each(errors, record, "regions", self._region)
        primary = topics[0] if topics else None
        if record.get("primary_topic") is not None:
            with errors.field("primary_topic"):
                primary = self._topic(record["primary_topic"])
                error = None if errors.has("topics") else primary_topic_error(primary, topics)
                if error:
                    raise _RecordError("", error)
        dateline = regions[:1]
        if record.get("dateline") is not None:
            dateline = self._each(errors, record, "dateline", self._region)
            if not errors.has("regions") and any(region not in regions for region in dateline):
                errors.add("dateline", _("every dateline region must be in «regions»"))

        hero, hero_spec, hero_values = None, record.get("hero_image"), {}
        if hero_spec is not None:
            with errors.field("hero_image"):
                hero = self._image(hero_spec, default_title=headline or _("Picture"))
                hero_values = {
                    "hero_caption": _text(hero_spec, "caption", max_length=400),
                    "hero_credit": _text(hero_spec, "credit", max_length=255),
                    "hero_is_archive": _bool(hero_spec, "archive"),
                }
                if error := hero_credit_error(hero, hero_values["hero_credit"]):
                    raise _RecordError("credit", error)
            if hero is None:
                hero_values = {}

        body_raw = []
        with errors.field():
            body_raw = self._body(_list(record, "body"), page, errors)
        comments, old_paths = self._extras_read(record, page, errors)
        key_points_raw = [{"type": "point", "value": point} for point in key_points]
        for name, raw in (("key_points", key_points_raw), ("body", body_raw)):
            if errors.has(name):
                continue
            value = ArticlePage._meta.get_field(name).to_python(json.dumps(raw))
            try:
                value.stream_block.clean(value)
            except ValidationError as error:
                for path, message in _block_errors(error, name):
                    errors.add(path, message)
        errors.raise_any()

        values = {
            "title": headline,
            "draft_title": headline,
            "kicker": kicker,
            "lead": lead,
            "seo_title": seo_title,
            "search_description": search_description,
            "hero_image": hero,
            "hero_caption": "",
            "hero_credit": "",
            "hero_is_archive": False,
            **hero_values,
            "comment_mode": comment_mode,
            "primary_topic": primary,
            "import_fingerprint": fingerprint,
        }
        created = page is None
        if created:
            page = ArticlePage(external_id=external_id, live=False, **values)
            page.slug = self._free_slug(
                section, ArticlePage, _text(record, "slug") or slug_de(headline)
            )
        else:
            for name, value in values.items():
                setattr(page, name, value)
            wanted_slug = _text(record, "slug") or page.slug
            if page.get_parent().pk != section.pk:
                # Take a slug that is free in the new section before moving there.
                free = self._free_slug(section, ArticlePage, wanted_slug, page)
                if free != page.slug:
                    ArticlePage.objects.filter(pk=page.pk).update(slug=free)
                page.move(section, pos="last-child", user=self.user)
                page.refresh_from_db()
                for name, value in values.items():
                    setattr(page, name, value)
            elif _text(record, "slug"):
                page.slug = self._free_slug(section, ArticlePage, wanted_slug, page)
        page.key_points = json.dumps(key_points_raw)
        page.body = json.dumps(body_raw)
        # sort_order as the admin's forms set it: the byline's order is the file's.
        page.article_authors = [
            ArticleAuthor(author=author, sort_order=index)
            for index, author in enumerate(_unique(authors))
        ]
        page.article_topics = [
            ArticleTopic(topic=topic, sort_order=index)
            for index, topic in enumerate(_unique(topics))
        ]
        page.article_regions = [
            ArticleRegion(region=region, in_dateline=region in dateline, sort_order=index)
            for index, region in enumerate(_unique(regions))
        ]
        scheduled = live and published > timezone.now()
        # A future publication time schedules the article (Wagtail publishes it at go_live_at).
        page.go_live_at = published if scheduled else None
        if created:
            section.add_child(instance=page)
        # Validated once: by publishing when the article goes live now, else here.
        revision = page.save_revision(user=self.user, log_action=True, clean=scheduled or not live)
        if live:
            revision.publish(user=self.user)
        elif page.live:
            page.unpublish(user=self.user)
        timestamps = {"first_published_at": published, "last_published_at": updated}
        ArticlePage.objects.filter(pk=page.pk).update(
            import_fingerprint=fingerprint, **(timestamps if live and not scheduled else {})
        )
        if live and not scheduled:
            # The record's times, after the publication gave it now's: the lists the article
            # is in are ordered by them (an edit that kept its lists renewed none).
            subject_links_dated(page.pk, published)
            content_changed(page_ids=[page.pk], reason="imported")
        if created:
            self.result.created += 1
        else:
            self.result.updated += 1
        self.result.count("article", "created" if created else "updated")
        self.result.page_ids.append(page.pk)
        self._extras_write(page, comments, old_paths)

    def _extras_read(self, record: dict, page, errors) -> tuple[list, list]:
        """The article's comments and old paths, checked."""
        comments, old_paths = [], []
        with errors.field():
            comments = self._comments(_list(record, "comments"), errors)
        with errors.field():
            old_paths = self._old_paths(_text_list(record, "old_paths", max_length=255), page)
        return comments, old_paths

    def _extras_write(self, page, comments: list, old_paths: list):
        self._redirects_write(old_paths, page)
        if comments:
            imported = comments_import(article=page, records=comments)
            for warning in imported.warnings:
                self._warn(warning)
            for outcome in ("created", "updated", "unchanged"):
                self.result.count("comment", outcome, getattr(imported, outcome))

    def _each(self, errors, record: dict, name: str, read, *, required: bool = False) -> list:
        """`read` applied to every item of the list `name`; every item's error is collected
        (named "name[index]…") and the items that could be read are returned."""
        results = []
        items = []
        with errors.field():
            items = _list(record, name, required=required)
        for index, item in enumerate(items):
            with errors.field(f"{name}[{index}]"):
                results.append(read(item))
        return results

    def _comments(self, items: list, errors) -> list[ImportedComment]:
        """The article's comments, checked (docs/import-format.md, «comments»)."""
        comments, seen = [], set()
        for index, item in enumerate(items):
            with errors.field(f"comments[{index}]"):
                if not isinstance(item, dict):
                    raise _RecordError("", _("must be a JSON object"))
                _known(item, set(COMMENT_FIELDS))
                external_id = _text(item, "external_id", required=True, max_length=200)
                if external_id in seen:
                    raise _RecordError("external_id", _("appears twice in this article"))
                seen.add(external_id)
                parent = item.get("parent")
                if parent is not None and not isinstance(parent, (str, int)):
                    raise _RecordError("parent", _("must be text"))
                status = item.get("status", "published")
                if status not in ("published", "pending"):
                    raise _RecordError(
                        "status",
                        _("must be one of %(choices)s") % {"choices": "published, pending"},
                    )
                _text(item, "author_email", max_length=254)  # checked, not kept
                comments.append(
                    ImportedComment(
                        external_id=external_id,
                        parent=str(parent) if parent is not None else "",
                        author_name=_text(item, "author_name", max_length=120),
                        created_at=_datetime(item, "created_at") or timezone.now(),
                        text=_text(item, "text", required=True),
                        status=status,
                    )
                )
        return comments

    def _old_paths(self, paths: list[str], page) -> list[str]:
        """The normalised old paths; one that already sends readers to another page (or
        address) than this article is an error: the record would take it over."""
        normalised = []
        for index, path in enumerate(paths):
            old_path = Redirect.normalise_path(path)
            if not old_path.startswith("/"):
                raise _RecordError(
                    f"old_paths[{index}]", _("must be a path of the old site, e.g. /2019/05/tram/")
                )
            existing = Redirect.objects.filter(old_path=old_path, site=None).first()
            if existing is not None and (
                page is None or existing.redirect_page_id != page.pk or existing.redirect_link
            ):
                raise _RecordError(
                    f"old_paths[{index}]",
                    _("%(path)s already redirects to %(target)s")
                    % {"path": old_path, "target": existing.link},
                )
            normalised.append(old_path)
        return normalised

    def _redirects_write(self, old_paths: list[str], page):
        for old_path in dict.fromkeys(old_paths):
            _redirect, created = Redirect.objects.get_or_create(
                old_path=old_path,
                site=None,
                defaults={"redirect_page": page, "is_permanent": True},
            )
            self.result.count("redirect", "created" if created else "unchanged")

    def _body(self, blocks: list, page, errors: _Errors) -> list:
        # Polls the article shows already, by question: re-importing keeps their votes.
        self._polls = {}
        if page is not None:
            ids = [b["value"] for b in page.body.raw_data if b["type"] == "poll"]
            self._polls = {p.question.casefold(): p for p in Poll.objects.filter(pk__in=ids)}
        converted = []
        for index, block in enumerate(blocks):
            where = f"body[{index}]"
            if not isinstance(block, dict) or block.get("type") not in (*BODY_TYPES, "html"):
                errors.add(
                    where,
                    _("a body block is an object with «type» (one of %(types)s) and «value»")
                    % {"types": ", ".join(BODY_TYPES)},
                )
                continue
            kind, value = block["type"], block.get("value")
            with errors.field(where):
                _known(block, {"type", "value"})
                if kind == "html":
                    converted.extend(self._html_blocks(value))
                    continue
                with _within("value" if kind in ("paragraph", "subheading") else ""):
                    stored = self._block_value(kind, value)
                if stored is not None:
                    converted.append({"type": kind, "value": stored})
        return converted

    def _html_blocks(self, value) -> list:
        """An HTML body (docs/ingest.md, «The sanitiser»): parsed, cleaned and split into
        the site's blocks; what cannot be expressed becomes text and a warning."""
        if not isinstance(value, str):
            raise _RecordError("value", _("must be text"))
        blocks, warnings = html_blocks(value)
        for warning in warnings:
            self._warn(warning)
        converted = []
        for block in blocks:
            stored = self._block_value(block["type"], block["value"])
            if stored is not None:
                converted.append({"type": block["type"], "value": stored})
        return converted

    def _rich_text(self, value: str, features: list[str]) -> str:
        stored, warnings = rich_text(value, features)
        for warning in warnings:
            self._warn(warning)
        return stored

    def _block_value(self, kind: str, value):
        if kind in ("paragraph", "subheading"):
            if not isinstance(value, str) or not value.strip():
                raise _RecordError("", _("must be non-empty text"))
            if kind == "subheading":
                return value.strip()
            return self._rich_text(value, PARAGRAPH_FEATURES)
        if not isinstance(value, dict):
            raise _RecordError("value", _("must be a JSON object"))
        if kind == "poll":
            return self._poll(value).pk
        if kind == "quote":
            _known(value, {"text", "source"})
            return {"text": _text(value, "text", required=True), "source": _text(value, "source")}
        if kind == "fact_box":
            _known(value, {"title", "body"})
            return {
                "title": _text(value, "title", required=True, max_length=120),
                "body": self._rich_text(_text(value, "body", required=True), FACT_BOX_FEATURES),
            }
        if kind == "video":
            _known(value, {"url", "title", "caption", "poster"})
            poster = value.get("poster")
            return {
                "url": _text(value, "url", required=True),
                "title": _text(value, "title", required=True, max_length=200),
                "caption": _text(value, "caption", max_length=400),
                "poster": self._poster(poster),
            }
        _known(value, {"image", "caption", "credit", "archive"})
        if value.get("image") is None:
            raise _RecordError("image", _("this field is required"))
        with _within("image"):
            image = self._image(value["image"], default_title=_("Picture"))
        if image is None:
            return None
        return {
            "image": image.pk,
            "caption": _text(value, "caption", max_length=400)
            or _text(value["image"], "caption", max_length=400),
            "credit": _text(value, "credit", max_length=255)
            or _text(value["image"], "credit", max_length=255),
            "is_archive": _bool(value, "archive") or _bool(value["image"], "archive"),
        }

    def _poll(self, value: dict) -> Poll:
        """The poll of a body block: the article's poll with the same question, else a new
        one. A poll that has votes keeps its answers."""
        _known(value, {"question", "answers", "closes_at"})
        question = _text(value, "question", required=True, max_length=200)
        answers = _text_list(value, "answers", required=True, max_length=120)
        if not MIN_ANSWERS <= len(answers) <= MAX_ANSWERS:
            raise _RecordError(
                "answers",
                _("give %(min)d to %(max)d answers") % {"min": MIN_ANSWERS, "max": MAX_ANSWERS},
            )
        closes_at = _datetime(value, "closes_at")
        poll = self._polls.get(question.casefold()) or Poll(question=question)
        current = [answer.text for answer in poll.answers.all()] if poll.pk else []
        if current != answers:
            if poll.pk and poll.votes.exists():
                raise _RecordError(
                    "answers", _("the poll has votes: its answers can no longer change")
                )
            poll.answers = [
                PollAnswer(text=text, sort_order=number) for number, text in enumerate(answers)
            ]
        poll.question, poll.closes_at = question, closes_at
        poll.save()
        return poll

    def _poster(self, spec):
        if spec is None:
            return None
        with _within("poster"):
            return self._image(spec, default_title=_("Video")).pk

    def _free_slug(self, parent, model, slug: str, page=None) -> str:
        base = slug_de(slug) or "artikel"
        candidate, number = base, 1
        siblings = parent.get_children()
        if page is not None:
            siblings = siblings.exclude(pk=page.pk)
        while siblings.filter(slug=candidate).exists():
            number += 1
            candidate = f"{base}-{number}"
        return candidate


def _publish(page, user):
    """A new revision of a section, topic, region, author or list page, published at once.
    Wagtail validates a page in full when it saves it and when it publishes it; publishing
    validates the live page, so the revision is saved without validating it first."""
    page.save_revision(user=user, log_action=False, clean=False).publish(user=user)


# -- field readers: each raises _RecordError naming the field ------------------------------------
@contextmanager
def _within(prefix: str):
    """Name errors raised inside relative to `prefix`: "credit" becomes "hero_image.credit"."""
    try:
        yield
    except _RecordError as error:
        if not prefix:
            raise
        raise _RecordError(_joined(prefix, error.field_name), error.message) from None


def _joined(prefix: str, name: str) -> str:
    """ "credit" within "hero_image" is "hero_image.credit"; "[0]" within "body" "body[0]"."""
    if not prefix or not name:
        return prefix or name
    return f"{prefix}{name}" if name.startswith("[") else f"{prefix}.{name}"


def _known(record: dict, names: set[str]):
    unknown = set(record) - names
    if unknown:
        raise _RecordError(
            sorted(unknown)[0],
            _("unknown field (known: %(known)s)") % {"known": ", ".join(sorted(names))},
        )


def _text(record: dict, name: str, *, required: bool = False, max_length: int | None = None) -> str:
    value = record.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _RecordError(name, _("this field is required"))
        return ""
    if not isinstance(value, str):
        raise _RecordError(name, _("must be text"))
    value = value.strip()
    if max_length is not None and len(value) > max_length:
        raise _RecordError(
            name,
            _("has %(length)d characters; at most %(max)d are allowed")
            % {"length": len(value), "max": max_length},
        )
    return value


def _bool(record: dict, name: str, *, default: bool = False) -> bool:
    value = record.get(name, default)
    if not isinstance(value, bool):
        raise _RecordError(name, _("must be true or false"))
    return value


def _list(record: dict, name: str, *, required: bool = False) -> list:
    value = record.get(name)
    if value is None:
        value = []
    if not isinstance(value, list):
        raise _RecordError(name, _("must be a list"))
    if required and not value:
        raise _RecordError(name, _("give at least one"))
    return value


def _text_list(record: dict, name: str, *, required: bool = False, max_length=None) -> list[str]:
    items = _list(record, name, required=required)
    texts = []
    for index, item in enumerate(items):
        try:
            texts.append(_text({"item": item}, "item", required=True, max_length=max_length))
        except _RecordError as error:
            raise _RecordError(f"{name}[{index}]", error.message) from None
    return texts


def _choice(record: dict, name: str, choices) -> str:
    value = record.get(name)
    if value not in choices:
        raise _RecordError(
            name, _("must be one of %(choices)s") % {"choices": ", ".join(map(str, choices))}
        )
    return value


def _datetime(record: dict, name: str, *, required: bool = False) -> datetime | None:
    raw = record.get(name)
    if raw is None:
        if required:
            raise _RecordError(name, _("this field is required"))
        return None
    try:
        parsed = parse_datetime(raw) if isinstance(raw, str) else None
    except (ValueError, OverflowError):  # well-formed but impossible: 30 February, +25:00
        parsed = None
    if parsed is None:
        raise _RecordError(
            name, _("must be a date and time in ISO 8601, e.g. 2026-11-24T08:15:00+01:00")
        )
    if timezone.is_naive(parsed):
        raise _RecordError(name, _("needs a time zone, e.g. +01:00 or Z"))
    return parsed


def _unique(items: list) -> list:
    seen, result = set(), []
    for item in items:
        if item.pk not in seen:
            seen.add(item.pk)
            result.append(item)
    return result


def _fingerprint(record: dict, base_dir: Path) -> str:
    """What the record says, and the bytes of the local pictures it names."""
    digest = hashlib.sha256(json.dumps(record, sort_keys=True, default=str).encode())
    digest.update(str(FORMAT_VERSION).encode())
    folder = base_dir.resolve()
    for path in sorted(_image_paths(record)):
        file = (folder / path).resolve()
        # Files outside the folder or over the limit are refused later, when read as pictures.
        if (
            file.is_relative_to(folder)
            and file.is_file()
            and file.stat().st_size <= settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
        ):
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def _image_paths(value):
    """Every "path" in a record; those that name no file (region paths) are skipped later."""
    if isinstance(value, dict):
        if isinstance(value.get("path"), str):
            yield value["path"]
        if value.get("type") == "html" and isinstance(value.get("value"), str):
            blocks, _warnings = html_blocks(value["value"])
            yield from _image_paths(blocks)
        for item in value.values():
            yield from _image_paths(item)
    elif isinstance(value, list):
        for item in value:
            yield from _image_paths(item)


def _block_errors(error, path: str):
    """(field path, message) pairs of a StreamField validation error, innermost first:
    ("body[2].source", "Ensure this value has at most 200 characters")."""
    if isinstance(error, str):
        yield path, error
        return
    if isinstance(error, list):
        for item in error:
            yield from _block_errors(item, path)
        return
    block_errors = getattr(error, "block_errors", None) or {}
    non_block_errors = getattr(error, "non_block_errors", None) or []
    for key, child in block_errors.items():
        step = f"[{key}]" if isinstance(key, int) else f".{key}"
        yield from _block_errors(child, path + step)
    yield from _block_errors(list(non_block_errors), path)
    if not block_errors and not non_block_errors:
        yield path, " ".join(error.messages)


def _validation_messages(error: ValidationError):
    if hasattr(error, "error_dict"):
        for name, errors in error.message_dict.items():
            yield ("" if name == "__all__" else name), errors
    else:
        yield "", error.messages
