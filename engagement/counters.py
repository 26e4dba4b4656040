"""Counters that change atomically (docs/design.md §4), never by read-modify-write.

Counts that follow a stored row (an approved comment, a poll vote, a reaction) change with an
`F()` update in the same transaction as the row: they are exact, and lost only if the row is.
Views have no row of their own and arrive at reading speed: one per reader, article and hour,
and at most DEPESCHE_VIEWS_PER_ADDRESS per address, article and hour (VIEWS_PER_ADDRESS_SECONDS;
engagement.guard), so that one address cannot stuff «Meistgelesen». With REDIS_URL each view is
one Redis INCR, and a task moves the sums into the database in batches (GETDEL, then one
`UPDATE … + n` per article and hour); without Redis each view is an `F()` update.

Loss window (docs/architecture.md): views counted in Redis but not yet flushed, at most
DEPESCHE_VIEWS_FLUSH_SECONDS of them (plus the time a task waits for a worker), are lost if
Redis loses its memory. A flush that fails puts its sums back into Redis. While Redis does
not answer, each view is an `F()` update instead (not deduplicated: the cache that remembers
who viewed is Redis too), so views are not lost to an outage.
"""

import logging
import re
from datetime import UTC, datetime, timedelta
from functools import cache

from django.conf import settings
from django.core.cache import cache as django_cache
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import default_task_backend, task

from core.cache import UNAVAILABLE, redis_failed
from engagement.guard import Limit, limits_check, limits_count
from engagement.models import ArticleStats, ArticleViewHour

logger = logging.getLogger(__name__)

# Browsers of people, not programs: crawlers, link previews, monitors and tools are not views.
BOT_AGENTS = re.compile(
    r"bot|crawl|spider|slurp|preview|fetch|facebookexternalhit|embedly|headless|lighthouse"
    r"|pingdom|uptime|monitor|curl|wget|python|java/|go-http|okhttp|httpclient|libwww|scrapy",
    re.IGNORECASE,
)
VIEW_DEDUPLICATION_SECONDS = 3600
# The window of DEPESCHE_VIEWS_PER_ADDRESS: a fixed clock hour (docs/operations.md).
VIEWS_PER_ADDRESS_SECONDS = 3600
STATS_FIELDS = ("comments", "poll_votes", "reactions", "views")


# The counters that also change an hour's row (views reach it through `views_store`, for the
# hour they were counted in, which a Redis flush brings later).
HOURLY_FIELDS = ("comments", "poll_votes", "reactions")


def stats_add(*, article_id: int, **amounts: int) -> None:
    """Add to an article's counters (`comments=1`, `poll_votes=-1` …) with one `F()`
    update, in the caller's transaction. Creates the article's row the first time. Comments,
    poll votes and reactions change the current hour's row too (`ArticleViewHour`, the desk's
    numbers), in the same transaction: one upsert."""
    if unknown := set(amounts) - set(STATS_FIELDS):
        raise ValueError(f"unknown counters: {sorted(unknown)}")
    changes = {name: F(name) + amount for name, amount in amounts.items() if amount}
    if not changes:
        return
    ArticleStats.objects.bulk_create([ArticleStats(article_id=article_id)], ignore_conflicts=True)
    ArticleStats.objects.filter(pk=article_id).update(**changes)
    hourly = {name: amounts.get(name, 0) for name in HOURLY_FIELDS}
    if any(hourly.values()):
        _hour_add(article_id=article_id, hour=_this_hour(), **hourly)


def _this_hour() -> datetime:
    return timezone.now().replace(minute=0, second=0, microsecond=0)


def _hour_add(*, article_id: int, hour: datetime, comments: int, poll_votes: int, reactions: int):
    """Add to an hour's interaction counters in one statement (`INSERT … ON CONFLICT DO
    UPDATE SET n = n + excluded.n`: PostgreSQL and SQLite 3.24+), atomic like `F()`, and one
    query per reader write instead of the two of `bulk_create` + `update`."""
    table = connection.ops.quote_name(ArticleViewHour._meta.db_table)
    sums = ", ".join(f"{name} = {table}.{name} + excluded.{name}" for name in HOURLY_FIELDS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (article_id, hour, views, {', '.join(HOURLY_FIELDS)}) "  # noqa: S608 - names are ours
            f"VALUES (%s, %s, 0, %s, %s, %s) ON CONFLICT (article_id, hour) DO UPDATE SET {sums}",
            [
                article_id,
                connection.ops.adapt_datetimefield_value(hour),
                comments,
                poll_votes,
                reactions,
            ],
        )


def is_bot(user_agent: str) -> bool:
    return not user_agent.strip() or bool(BOT_AGENTS.search(user_agent))


def view_limits(*, article_id: int, ip_hash: str) -> list[Limit]:
    return [
        Limit(
            f"view:{article_id}:{ip_hash}",
            settings.DEPESCHE_VIEWS_PER_ADDRESS,
            VIEWS_PER_ADDRESS_SECONDS,
        )
    ]


def view_record(*, article_id: int, reader_key: str, ip_hash: str) -> bool:
    """Count a view of an article, at most one per reader and article an hour and at most
    DEPESCHE_VIEWS_PER_ADDRESS per address (`ip_hash`) and article in a clock hour. Returns
    whether it was counted."""
    limits = view_limits(article_id=article_id, ip_hash=ip_hash)
    if limits_check(limits) is not None:
        return False
    if not django_cache.add(
        f"viewed:{article_id}:{reader_key}", 1, timeout=VIEW_DEDUPLICATION_SECONDS
    ):
        return False
    limits_count(limits)
    hour = _this_hour()
    if settings.REDIS_URL:
        try:
            _redis_view(article_id, hour)
            return True
        except UNAVAILABLE as error:
            # Counted in the database instead, without deduplication while Redis is down (its
            # cache forgets who viewed what): a view is not lost (docs/operations.md).
            redis_failed("view", error)
    views_store({(article_id, hour): 1})
    return True


def views_store(counts: dict[tuple[int, datetime], int]) -> int:
    """Add view counts per (article, hour) to the database in one transaction: one `UPDATE …
    + n` per article and one per article and hour. Returns the number of views stored."""
    from articles.models import ArticlePage

    # An article deleted since its views were counted takes its views with it.
    existing = set(
        ArticlePage.objects.filter(pk__in={a for a, _h in counts}).values_list("pk", flat=True)
    )
    counts = {(a, h): n for (a, h), n in counts.items() if a in existing}
    per_article: dict[int, int] = {}
    for (article_id, _hour), views in counts.items():
        per_article[article_id] = per_article.get(article_id, 0) + views
    with transaction.atomic():
        for article_id, views in per_article.items():
            stats_add(article_id=article_id, views=views)
        ArticleViewHour.objects.bulk_create(
            [ArticleViewHour(article_id=a, hour=h) for a, h in counts], ignore_conflicts=True
        )
        for (article_id, hour), views in counts.items():
            ArticleViewHour.objects.filter(article_id=article_id, hour=hour).update(
                views=F("views") + views
            )
    return sum(counts.values())


# -- Redis ----------------------------------------------------------------------------------


@cache
def _redis():
    import redis

    return redis.Redis.from_url(settings.REDIS_URL, **settings.REDIS_OPTIONS)


def _key(name: str) -> str:
    return f"{settings.DEPESCHE_REDIS_PREFIX}:{name}"


def _redis_view(article_id: int, hour: datetime) -> None:
    member = f"{article_id}:{int(hour.timestamp())}"
    client = _redis()
    with client.pipeline(transaction=True) as pipe:
        pipe.incr(_key(f"views:{member}"))
        pipe.sadd(_key("views:dirty"), member)
        pipe.execute()
    interval = settings.DEPESCHE_VIEWS_FLUSH_SECONDS
    if not (default_task_backend.supports_defer and interval > 0):
        views_flush.enqueue()  # tasks run at once (the embedded set-up): no batching
        return
    try:
        scheduled = client.set(_key("views:flush-scheduled"), 1, nx=True, ex=interval)
    except UNAVAILABLE as error:  # the view is counted; the next one schedules the flush
        redis_failed("view flush", error)
        return
    if scheduled:
        # The first view after a flush schedules the next one; the views until then wait.
        views_flush.using(run_after=timezone.now() + timedelta(seconds=interval)).enqueue()


@task()
def views_flush() -> int:
    """Move the views counted in Redis into the database. Returns how many were moved."""
    client = _redis()
    members = [m.decode() for m in client.spop(_key("views:dirty"), 10_000) or []]
    if not members:
        return 0
    with client.pipeline(transaction=False) as pipe:
        for member in members:
            pipe.getdel(_key(f"views:{member}"))
        values = pipe.execute()
    counts = {}
    for member, value in zip(members, values, strict=True):
        if value:
            article_id, stamp = member.split(":")
            hour = datetime.fromtimestamp(int(stamp), tz=UTC)
            counts[(int(article_id), hour)] = int(value)
    try:
        stored = views_store(counts)
    except Exception:
        # Put the sums back, so the next flush tries again; then let the task fail loudly.
        with client.pipeline(transaction=True) as pipe:
            for (article_id, hour), views in counts.items():
                member = f"{article_id}:{int(hour.timestamp())}"
                pipe.incrby(_key(f"views:{member}"), views)
                pipe.sadd(_key("views:dirty"), member)
            pipe.execute()
        raise
    if client.scard(_key("views:dirty")):
        # More than one batch was waiting: go on without waiting for the next view.
        views_flush.enqueue()
    return stored
