"""«Planung»: the newsroom's calendar in the admin (docs/newsroom.md, «Scheduling»).

The articles scheduled for the next days by day and hour, the ones that went live in the last
hours, each with section, authors and status; an editor who may publish an article moves its
go-live from there. A module of its own rather than a part of `selectors.py`/`services.py`:
the calendar's read and its one write read top to bottom together (validate, then act).

The schedule is Wagtail's: a scheduled revision carries `approved_go_live_at` (set when a
revision with a future `go_live_at` is published, `wagtail.actions.publish_revision`), and
`core.scheduling` publishes it when that time has come.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import groupby

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Page, Revision

from articles.models import ArticleAuthor, ArticlePage
from core.errors import Refused

DAYS_AHEAD = 14
HOURS_BACK = 24


@dataclass
class PlannedArticle:
    page: ArticlePage
    title: str
    section: str
    authors: list[str]
    status: str
    go_live_at: datetime | None  # the scheduled time, local
    published_at: datetime | None  # first publication, local
    can_reschedule: bool


@dataclass
class PlanningHour:
    hour: int
    articles: list[PlannedArticle]


@dataclass
class PlanningDay:
    day: date
    hours: list[PlanningHour]


@dataclass
class Planning:
    days: list[PlanningDay] = field(default_factory=list)
    recent: list[PlannedArticle] = field(default_factory=list)


def _article_revisions():
    return Revision.objects.filter(content_type=ContentType.objects.get_for_model(ArticlePage))


def planning_calendar(*, user, now: datetime | None = None) -> Planning:
    """The scheduled articles of the next DAYS_AHEAD days (also those whose time has just
    passed and that the scheduler has yet to publish) by local day and hour, and the articles
    first published in the last HOURS_BACK hours, newest first. Five queries, whatever the
    number of articles: the scheduled revisions, the articles, their authors, their sections,
    the user's page permissions."""
    now = now or timezone.now()
    revisions = list(
        _article_revisions()
        .filter(
            approved_go_live_at__isnull=False, approved_go_live_at__lt=now + timedelta(DAYS_AHEAD)
        )
        .order_by("approved_go_live_at", "pk")
        .only("object_id", "object_str", "approved_go_live_at")
    )
    scheduled_ids = {int(revision.object_id) for revision in revisions}
    recent_q = Q(live=True, first_published_at__gte=now - timedelta(hours=HOURS_BACK))
    pages = {
        page.pk: page
        for page in ArticlePage.objects.filter(Q(pk__in=scheduled_ids) | recent_q).prefetch_related(
            Prefetch("article_authors", ArticleAuthor.objects.select_related("author"))
        )
    }
    parents = {page.path[: -Page.steplen] for page in pages.values()}
    sections = dict(Page.objects.filter(path__in=parents).values_list("path", "title"))

    def row(page, *, title, go_live_at=None) -> PlannedArticle:
        scheduled = page.pk in scheduled_ids
        if page.live:
            status = _("live + scheduled") if scheduled else _("live")
        else:
            status = _("scheduled") if scheduled else _("draft")
        return PlannedArticle(
            page=page,
            title=title,
            section=sections.get(page.path[: -Page.steplen], ""),
            authors=[link.author.title for link in page.article_authors.all()],
            status=status,
            go_live_at=go_live_at and timezone.localtime(go_live_at),
            published_at=page.first_published_at and timezone.localtime(page.first_published_at),
            # Wagtail's publish permission, from the user's page permissions (one query).
            can_reschedule=scheduled and page.permissions_for_user(user).can_publish(),
        )

    planning = Planning()
    rows = [
        row(pages[int(r.object_id)], title=r.object_str, go_live_at=r.approved_go_live_at)
        for r in revisions
        if int(r.object_id) in pages
    ]
    for day, day_rows in groupby(rows, key=lambda r: r.go_live_at.date()):
        planning.days.append(
            PlanningDay(
                day=day,
                hours=[
                    PlanningHour(hour=hour, articles=list(hour_rows))
                    for hour, hour_rows in groupby(day_rows, key=lambda r: r.go_live_at.hour)
                ],
            )
        )
    recent = sorted(
        (
            p
            for p in pages.values()
            if p.live and p.first_published_at >= now - timedelta(hours=HOURS_BACK)
        ),
        key=lambda p: p.first_published_at,
        reverse=True,
    )
    planning.recent = [row(page, title=page.title) for page in recent]
    return planning


class RescheduleForm(forms.Form):
    """A new go-live for a scheduled article, from the calendar (`<input type="datetime-local">`,
    local time)."""

    page = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    go_live_at = forms.DateTimeField(
        label=_("New go-live"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"],
        error_messages={
            "required": _("Please enter the new go-live time."),
            "invalid": _("Please enter the new go-live as a date and time."),
        },
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )


def article_reschedule(*, page_id: int, go_live_at: datetime, user) -> ArticlePage:
    """Move an article's scheduled go-live, as Wagtail keeps it: the scheduled revision's
    `approved_go_live_at` and the `go_live_at` in its content (what the scheduler publishes),
    and the page's `go_live_at` while it is not live (a live page keeps its row until the
    revision goes live, as in `PublishRevisionAction`); logged as Wagtail logs a schedule.
    Refused: a time that has passed or is not before the expiry, an article that is no longer
    scheduled, a user who may not publish it."""
    with transaction.atomic():
        revision = (
            _article_revisions()
            .select_for_update()
            .filter(object_id=str(page_id), approved_go_live_at__isnull=False)
            .first()
        )
        page = ArticlePage.objects.filter(pk=page_id).first()
        if revision is None or page is None:
            raise Refused(
                _("This article is no longer scheduled: it went live or was unscheduled."),
                code="not_scheduled",
            )
        if not page.permissions_for_user(user).can_publish():
            raise Refused(
                _("You may not publish this article, so you cannot reschedule it."),
                code="forbidden",
                status=403,
            )
        if go_live_at <= timezone.now():
            raise Refused(_("The go-live must be in the future."), code="go_live_past")
        expire_at = revision.content.get("expire_at") or page.expire_at
        if isinstance(expire_at, str):
            expire_at = datetime.fromisoformat(expire_at.replace("Z", "+00:00"))
        if expire_at and go_live_at >= expire_at:
            raise Refused(_("The go-live must be before the expiry."), code="go_live_after_expiry")

        revision.approved_go_live_at = go_live_at
        revision.content["go_live_at"] = go_live_at
        revision.save(update_fields=["approved_go_live_at", "content"])
        if not page.live:
            page.go_live_at = go_live_at
            ArticlePage.objects.filter(pk=page.pk).update(go_live_at=go_live_at)
        log(
            instance=page,
            action="wagtail.publish.schedule",
            user=user,
            data={
                "revision": {
                    "id": revision.id,
                    "created": revision.created_at.isoformat(),
                    "go_live_at": go_live_at.isoformat(),
                    "has_live_version": page.live,
                }
            },
            revision=revision,
            content_changed=False,
        )
    return page
