"""Bounded candidate lists for the discovery modules, fetched together in one statement.

Every module (related articles, «Mehr in …», «Meistgelesen», the home page's blocks) starts
from a short list of article ids: the newest N of a topic, a region, a section, the site; the
N most viewed of the last 24 hours (cached for a few minutes, see `most_read_cached`). Each
list is one LIMITed query that walks an index, so its cost does not grow with the archive
(docs/design.md §5). A page needs several of them; they go to the database as one `UNION ALL` of
the LIMITed queries, i.e. one round trip.

Django refuses LIMIT inside a compound statement on SQLite, so the queries are built with the
ORM and each one is wrapped as a sub-select (`SELECT … FROM (<query>)`), which both SQLite and
PostgreSQL accept.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BigIntegerField, CharField, DateTimeField, F, Sum, Value
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from articles.models import ArticlePage, ArticleRegion, ArticleTopic
from articles.subjects import public_q
from core.fragments import keeper, kept_get_many
from core.http import list_tag
from core.restrictions import restricted_paths
from engagement.models import ArticleViewHour

COLUMNS = ("c_source", "c_page", "c_time", "c_views")
MOST_READ_WINDOW = timedelta(hours=24)
MOST_READ_LENGTH = 100  # enough for every block above «Meistgelesen» to take its share
MOST_READ_CACHE_KEY = "discovery:most-read"
MOST_READ_CACHE_SECONDS = 300


class Candidate(NamedTuple):
    """A tuple: a page needs a hundred of them (the «Meistgelesen» list), made fast."""

    article_id: int
    published_at: datetime | None
    views: int


def _columns(queryset, *, source: str, page: str, time, views):
    return queryset.annotate(
        c_source=Value(source, output_field=CharField()),
        c_page=F(page),
        c_time=time,
        c_views=views,
    )


def newest(queryset, *, source: str, limit: int, restricted=None):
    """The newest `limit` public articles of an ArticlePage queryset (`restricted`: the
    restricted tree paths, default those of now; articles.subjects.public_q)."""
    return _columns(
        queryset.filter(public_q(paths=restricted)),
        source=source,
        page="pk",
        time=F("first_published_at"),
        views=Value(0, output_field=BigIntegerField()),
    ).order_by("-first_published_at", "-pk")[:limit]


def newest_linked(links, *, source: str, limit: int, restricted=None):
    """The newest `limit` public articles among link rows (ArticleTopic or ArticleRegion of
    one subject; a region's exactly: the module links to the region's page, which includes
    the regions within it), by the rows' copy of the publication time: one range of the index
    (subject, time)."""
    return _columns(
        links.filter(public_q(prefix="page__", paths=restricted)),
        source=source,
        page="page_id",
        time=F("published_at"),
        views=Value(0, output_field=BigIntegerField()),
    ).order_by("-published_at", "-page_id")[:limit]


def most_read(*, source: str, limit: int, now=None):
    """The `limit` public articles viewed most in the last 24 hours (engagement's hourly
    rows, read through their (hour, article) index)."""
    since = (now or timezone.now()) - MOST_READ_WINDOW
    hours = ArticleViewHour.objects.filter(public_q(prefix="article__"), hour__gte=since)
    totals = hours.values("article_id").annotate(total=Sum("views"))
    return _columns(
        totals,
        source=source,
        page="article_id",
        # Typed: PostgreSQL would take an untyped NULL for text in a UNION.
        time=Cast(Value(None), output_field=DateTimeField()),
        views=F("total"),
    ).order_by("-total", "-article_id")[:limit]


def most_read_cached(*, now=None) -> list[Candidate]:
    """«Meistgelesen» candidates, most viewed first, computed at most every
    MOST_READ_CACHE_SECONDS per site (in the default cache: Redis in production).

    Adding up the last 24 hours reads every view row of those hours, which is as many as
    there were articles read (a sequential scan of 70'000 rows, 100 ms, on a busy day in
    bench/explain_queries.py): once every few minutes, not once per page view. Articles
    unpublished or restricted since are dropped by the teaser query, which reads only public
    ones.
    """
    rows = cache.get(MOST_READ_CACHE_KEY)
    if rows is None:
        rows = [
            (row["c_page"], int(row["c_views"]))
            for row in most_read(source="most_read", limit=MOST_READ_LENGTH, now=now)
        ]
        cache.set(MOST_READ_CACHE_KEY, rows, MOST_READ_CACHE_SECONDS)
    return [Candidate(article_id, None, views) for article_id, views in rows]


# -- Compiled once per process ---------------------------------------------------------------
# Turning a queryset into SQL costs about a millisecond; an article page needs ten of them.
# Their SQL differs only in values (a topic's id, a section's path, the restricted paths), so
# each shape is compiled once, with stand-in values, and later calls swap their own values
# into its parameters: the statement sent is exactly the ORM's (the one EXPLAINed in
# bench/explain_queries.py).
_COMPILED: dict[tuple, tuple[str, tuple, dict]] = {}


@dataclass(frozen=True)
class Compiled:
    sql: str
    params: tuple


def _compiled(shape: tuple, build, **values) -> Compiled:
    """`build(**values)`'s SQL; `shape` names everything else the SQL depends on. Values are
    ints (ids) or strings without LIKE wildcards (sources, tree paths)."""
    entry = _COMPILED.get(shape)
    if entry is None:
        stand_ins = {
            name: f"~{name}~" if isinstance(value, str) else -(10**12) - number
            for number, (name, value) in enumerate(values.items())
        }
        sql, params = build(**stand_ins).query.sql_with_params()
        entry = _COMPILED[shape] = (sql, tuple(params), stand_ins)
    sql, params, stand_ins = entry
    swapped = []
    for param in params:
        for name, stand_in in stand_ins.items():
            if isinstance(stand_in, str) and isinstance(param, str) and stand_in in param:
                param = param.replace(stand_in, values[name])
            elif type(param) is int and param == stand_in:
                param = values[name]
        swapped.append(param)
    return Compiled(sql, tuple(swapped))


def _restricted() -> dict[str, str]:
    """The restricted tree paths now, as values for `_compiled` (their number is part of the
    shape: none on a site without restrictions)."""
    return {f"restricted{number}": path for number, path in enumerate(restricted_paths())}


def _paths(values: dict) -> tuple[str, ...]:
    return tuple(value for name, value in values.items() if name.startswith("restricted"))


def topic_newest(topic_id: int, *, source: str, limit: int):
    restricted = _restricted()
    return _compiled(
        ("topic", limit, len(restricted)),
        lambda source, topic_id, **paths: newest_linked(
            ArticleTopic.objects.filter(topic_id=topic_id),
            source=source,
            limit=limit,
            restricted=_paths(paths),
        ),
        source=source,
        topic_id=topic_id,
        **restricted,
    )


def region_newest(region_id: int, *, source: str, limit: int):
    restricted = _restricted()
    return _compiled(
        ("region", limit, len(restricted)),
        lambda source, region_id, **paths: newest_linked(
            ArticleRegion.objects.filter(region_id=region_id),
            source=source,
            limit=limit,
            restricted=_paths(paths),
        ),
        source=source,
        region_id=region_id,
        **restricted,
    )


def children_newest(parent_path: str, depth: int, *, source: str, limit: int):
    """The newest public articles directly below the page at `parent_path` (a section)."""
    restricted = _restricted()
    return _compiled(
        ("children", limit, depth, len(restricted)),
        lambda source, path, **paths: newest(
            ArticlePage.objects.filter(path__startswith=path, depth=depth),
            source=source,
            limit=limit,
            restricted=_paths(paths),
        ),
        source=source,
        path=parent_path,
        **restricted,
    )


def site_newest(*, source: str, limit: int):
    restricted = _restricted()
    return _compiled(
        ("site", limit, len(restricted)),
        lambda source, **paths: newest(
            ArticlePage.objects.all(), source=source, limit=limit, restricted=_paths(paths)
        ),
        source=source,
        **restricted,
    )


def _as_datetime(value) -> datetime | None:
    """A raw cursor skips Django's converters: SQLite hands back naive UTC times (or text)."""
    if value is None:
        return None
    parsed = value if isinstance(value, datetime) else parse_datetime(str(value))
    if parsed is not None and timezone.is_naive(parsed):
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def candidates_fetch(queries) -> dict[str, list[Candidate]]:
    """Run the LIMITed queries (querysets or `Compiled` ones from the functions above, each
    with its own `source` name) as one statement; returns each source's candidates, best
    first (newest, or most viewed)."""
    queries = list(queries)
    if not queries:
        return {}
    parts, params = [], []
    names = ", ".join(connection.ops.quote_name(column) for column in COLUMNS)
    for number, queryset in enumerate(queries):
        if isinstance(queryset, Compiled):
            sql, query_params = queryset.sql, queryset.params
        else:
            try:
                sql, query_params = queryset.query.sql_with_params()
            except EmptyResultSet:  # e.g. `pk__in=[]`: nothing to ask for
                continue
        parts.append(f"SELECT {names} FROM ({sql}) AS part_{number}")  # noqa: S608 (ORM SQL)
        params.extend(query_params)
    if not parts:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        rows = cursor.fetchall()
    result: dict[str, list[Candidate]] = {}
    for source, article_id, published, views in rows:
        result.setdefault(source, []).append(
            Candidate(int(article_id), _as_datetime(published), int(views or 0))
        )
    # UNION ALL keeps no promise about order: sort each list again.
    epoch = datetime.min.replace(tzinfo=UTC)
    for items in result.values():
        items.sort(key=lambda c: (c.views, c.published_at or epoch, c.article_id), reverse=True)
    return result


# -- Kept lists -------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeptList:
    """A candidate list that does not depend on the page asking for it (the newest of a topic,
    a region, a section, the site), kept under `key` (core.fragments) with the tag of the list
    (`list-<subject>`, `list-all`), which is renewed whenever an article enters or leaves it or
    moves in it: published, unpublished, moved, deleted (edge.purge: the lists of the article),
    or edited out of a topic, region or author (articles.models.ArticlePage.save). The rows
    are ids and times, not what the articles show: an edit of an article in the list keeps it."""

    source: str
    key: str
    query: Compiled
    subject_id: int | None  # the subject page whose list it is; None: the site's


def topic_list(topic_id: int, *, source: str, limit: int) -> KeptList:
    query = topic_newest(topic_id, source=source, limit=limit)
    return KeptList(source, f"candidates:topic:{topic_id}:{limit}", query, topic_id)


def region_list(region_id: int, *, source: str, limit: int) -> KeptList:
    query = region_newest(region_id, source=source, limit=limit)
    return KeptList(source, f"candidates:region:{region_id}:{limit}", query, region_id)


def section_list(section, *, source: str, limit: int) -> KeptList:
    """The newest articles directly below `section` (a page)."""
    query = children_newest(section.path, section.depth + 1, source=source, limit=limit)
    return KeptList(source, f"candidates:section:{section.pk}:{limit}", query, section.pk)


def site_list(*, source: str, limit: int) -> KeptList:
    return KeptList(
        source, f"candidates:site:{limit}", site_newest(source=source, limit=limit), None
    )


def candidates_kept(lists, *, request=None) -> dict[str, list[Candidate]]:
    """Each list's candidates by its source: the kept ones in two round trips to the cache,
    the others in one statement (`candidates_fetch`), then kept. Lists are shared by every
    page that draws from them: the archive's articles mostly share their topics', regions'
    and sections' newest, so an article read for the first time finds them kept."""
    lists = list(lists)
    if not lists:
        return {}
    kept = kept_get_many(kept_list.key for kept_list in lists)
    result = {
        kept_list.source: list(map(Candidate._make, rows))
        for kept_list in lists
        if (rows := kept.get(kept_list.key)) is not None
    }
    missing = [kept_list for kept_list in lists if kept_list.key not in kept]
    if not missing:
        return result
    with keeper(request) as keep:
        fetched = candidates_fetch(kept_list.query for kept_list in missing)
        for kept_list in missing:
            found = fetched.get(kept_list.source, [])
            result[kept_list.source] = found
            rows = [(c.article_id, c.published_at, c.views) for c in found]
            keep(kept_list.key, rows, tags={list_tag(kept_list.subject_id)})
    return result
