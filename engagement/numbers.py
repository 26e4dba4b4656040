"""The desk's numbers (docs/newsroom.md): what readers did with articles, as sums per
hour, day and article. Aggregates only: nothing here reads a reader's row, a name, an address
or a cookie, and nothing goes to a third party.

Everything comes from `ArticleViewHour` (views and the net change of comments, poll votes and
reactions per article and hour, written with `ArticleStats` by engagement.counters) and the
totals readers see from `ArticleStats`. Each function makes a fixed number of queries
(docs/design.md §5), whatever the number of articles or hours.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import F, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone
from wagtail.models import Page

from articles.models import ArticlePage
from articles.subjects import articles_of_subject
from engagement.models import ArticleStats, ArticleViewHour

METRICS = ("views", "interactions")
PERIODS = {"1h": timedelta(hours=1), "24h": timedelta(hours=24), "7d": timedelta(days=7)}
TOP_SIZE = 20
HOURLY_HOURS = 48  # the article's last 48 hours hour by hour, the days before day by day
DAILY_DAYS_MAX = 366  # older days count in the totals only
COUNTERS = ("views", "comments", "poll_votes", "reactions")


def _sums() -> dict:
    """The sums per article, named `sum_…` (an annotation may not shadow its column)."""
    return {
        **{f"sum_{name}": Sum(name) for name in COUNTERS},
        "sum_interactions": Sum(F("comments") + F("poll_votes") + F("reactions")),
    }


def this_hour(now: datetime | None = None) -> datetime:
    return (now or timezone.now()).replace(minute=0, second=0, microsecond=0)


@dataclass
class Point:
    """One bar of a series: an hour or a day, and what readers did in it."""

    start: datetime | date
    views: int = 0
    comments: int = 0
    poll_votes: int = 0
    reactions: int = 0

    @property
    def interactions(self) -> int:
        return self.comments + self.poll_votes + self.reactions


@dataclass
class ArticleNumbers:
    article: ArticlePage
    stats: ArticleStats  # the totals readers see (a blank row when nothing was counted)
    hours: list[Point]  # the last HOURLY_HOURS hours, oldest first, the current one last
    days: list[Point]  # the days before those hours (local dates), oldest first


def article_numbers(*, article: ArticlePage, now: datetime | None = None) -> ArticleNumbers:
    """One article's numbers: 3 queries (totals, hours, days), however old the article."""
    end = this_hour(now)
    start = end - timedelta(hours=HOURLY_HOURS - 1)
    stats = ArticleStats.objects.filter(pk=article.pk).first() or ArticleStats(article=article)
    rows = ArticleViewHour.objects.filter(article=article)
    by_hour = {
        row["hour"]: row
        for row in rows.filter(hour__gte=start, hour__lte=end).values("hour", *COUNTERS)
    }
    hours = []
    for step in range(HOURLY_HOURS):
        hour = start + timedelta(hours=step)
        row = by_hour.get(hour, {})
        hours.append(Point(start=hour, **{name: row.get(name, 0) for name in COUNTERS}))
    # The days before those hours (local dates; the last one may hold only its hours before
    # `start`), from the first day with a row, at most DAILY_DAYS_MAX of them.
    zone = timezone.get_current_timezone()
    last_day = timezone.localtime(start, zone).date()
    first_day = last_day - timedelta(days=DAILY_DAYS_MAX - 1)
    daily = (
        rows.filter(hour__lt=start, hour__gte=_local_midnight(first_day, zone))
        .annotate(day=TruncDate("hour", tzinfo=zone))
        .values("day")
        .annotate(**{name: Sum(name) for name in COUNTERS})
        .order_by("day")
    )
    by_day = {row["day"]: row for row in daily}
    days = []
    if by_day:
        day, last = min(by_day), max(by_day)
        while day <= last:
            row = by_day.get(day, {})
            days.append(Point(start=day, **{name: row.get(name) or 0 for name in COUNTERS}))
            day += timedelta(days=1)
    return ArticleNumbers(article=article, stats=stats, hours=hours, days=days)


def _local_midnight(day: date, zone) -> datetime:
    return timezone.make_aware(datetime(day.year, day.month, day.day), zone)


@dataclass
class TopRow:
    article: ArticlePage
    section_title: str
    views: int
    comments: int
    poll_votes: int
    reactions: int
    interactions: int


def numbers_top(
    *,
    since: datetime,
    until: datetime | None = None,
    metric: str = "views",
    section=None,
    author=None,
    limit: int | None = TOP_SIZE,
) -> list[TopRow]:
    """The articles readers did most with between `since` and `until` (hours that start in
    that span), by `metric` ("views" or "interactions"), of one section and/or author (the
    subjects' vocabulary: articles.subjects). Every article, published now or not: the desk
    counts what was read. 3 queries: the sums per article (one grouped scan of the hours in
    the span), the articles with their totals, their sections' titles. `limit=None`: every
    article with something in the span (the CSV export)."""
    if metric not in METRICS:
        raise ValueError(f"unknown metric: {metric!r}")
    hours = ArticleViewHour.objects.filter(hour__gte=since)
    if until is not None:
        hours = hours.filter(hour__lt=until)
    if section is not None or author is not None:
        chosen = articles_of_subject(ArticlePage.objects.all(), section=section, author=author)
        hours = hours.filter(article_id__in=chosen.values("pk"))
    sums = (
        hours.values("article_id")
        .annotate(**_sums())
        .filter(**{f"sum_{metric}__gt": 0})
        .order_by(
            f"-sum_{metric}",
            "-sum_interactions" if metric == "views" else "-sum_views",
            "article_id",
        )
    )
    if limit is not None:
        sums = sums[:limit]
    sums = list(sums)
    if not sums:
        return []
    articles = ArticlePage.objects.select_related("stats").only(
        "title", "path", "depth", "url_path", "live", "first_published_at", "stats"
    )
    articles = articles.in_bulk([row["article_id"] for row in sums])
    steplen = Page.steplen
    sections = dict(
        Page.objects.filter(
            path__in={article.path[:-steplen] for article in articles.values()}
        ).values_list("path", "title")
    )
    rows = []
    for row in sums:
        article = articles.get(row.pop("article_id"))
        if article is None:  # deleted since the query above
            continue
        counts = {name: row[f"sum_{name}"] or 0 for name in (*COUNTERS, "interactions")}
        section_title = sections.get(article.path[:-steplen], "")
        rows.append(TopRow(article=article, section_title=section_title, **counts))
    return rows
