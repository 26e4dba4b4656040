"""The guard in front of every reader write: rate limits and bans, in one place.

A new kind of reader interaction gets its limits and bans by using this module (the comment
pipeline, reactions, reports, poll votes and the view beacon do):

1. `reader_ban(reader)`: refuse a banned reader.
2. `limits_check(limits)`: refuse when a limit is used up, *without counting*; the answer says
   how long until the window that refused ends (`Exceeded.retry_after`, `wait_text`).
3. store the write;
4. `limits_count(limits)`: count it, in the same request, only once it is stored.

Limits count accepted actions only, so a refused attempt (too fast, a failed proof of work, a
banned word) never uses up the budget that several readers behind one address (a household,
an office, a school) share (docs/moderation.md, docs/operations.md).

Fixed windows on the shared cache: Redis with REDIS_URL (INCR is atomic across all app
servers), else the process's own memory (one app process in the embedded set-up).
DEPESCHE_RATE_LIMIT_FACTOR multiplies every count (1 on a real site, more for load tests).
While Redis does not answer, limits let attempts through (core.cache, docs/operations.md).

Concurrency: two requests can both pass `limits_check` before either counts; both are then
stored and counted, so a limit can be overshot by the number of writes that arrive at the
same moment. That is accepted: the counting itself is an atomic INCR, so no accepted write is
lost from the count, and the next attempt is refused.
"""

import math
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import ngettext

from engagement.models import Ban

# -- rate limits ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limit:
    """At most `count` accepted actions per fixed window of `seconds` for one `key` (e.g.
    "comment:g42")."""

    key: str
    count: int
    seconds: int

    def window(self, now: float) -> int:
        return int(now // self.seconds)

    def cache_key(self, now: float) -> str:
        return f"ratelimit:{self.key}:{self.seconds}:{self.window(now)}"

    def allowed(self) -> int:
        return self.count * settings.DEPESCHE_RATE_LIMIT_FACTOR


@dataclass(frozen=True)
class Exceeded:
    """A used-up limit and the whole seconds until its window ends (an HTTP `Retry-After`)."""

    limit: Limit
    retry_after: int

    @property
    def wait_text(self) -> str:
        return wait_text(self.retry_after)


def limits_check(limits: list[Limit]) -> Exceeded | None:
    """The used-up limit whose window ends last, or None; counts nothing (one cache read)."""
    now = _now()
    keys = {limit: limit.cache_key(now) for limit in limits}
    used = cache.get_many(list(keys.values()))
    exceeded = None
    for limit, key in keys.items():
        if int(used.get(key) or 0) >= limit.allowed():
            retry_after = max(1, math.ceil((limit.window(now) + 1) * limit.seconds - now))
            if exceeded is None or retry_after > exceeded.retry_after:
                exceeded = Exceeded(limit=limit, retry_after=retry_after)
    return exceeded


def limits_count(limits: list[Limit]) -> None:
    """Count one accepted action against each limit: call it after the write is stored. An
    atomic INCR per limit (module docstring: concurrent writes may overshoot a little)."""
    now = _now()
    for limit in limits:
        key = limit.cache_key(now)
        cache.add(key, 0, timeout=limit.seconds + 1)
        try:
            cache.incr(key)
        except ValueError:  # the window ended between add and incr, or Redis is down
            cache.add(key, 1, timeout=limit.seconds + 1)


def _now() -> float:
    """Seconds since the epoch: the windows are the same on every app server."""
    return time.time()


def wait_text(seconds: int) -> str:
    """«Bitte warten Sie 40 Sekunden.», «Bitte warten Sie 3 Minuten.»: whole minutes from a
    minute on, rounded up, so that the reader who waits that long is let in."""
    if seconds < 60:
        return ngettext(
            "Please wait %(count)s second.", "Please wait %(count)s seconds.", seconds
        ) % {"count": seconds}
    minutes = math.ceil(seconds / 60)
    return ngettext("Please wait %(count)s minute.", "Please wait %(count)s minutes.", minutes) % {
        "count": minutes
    }


# -- bans ----------------------------------------------------------------------------------------


def ban_active_condition(*, now=None) -> Q:
    """The one definition of a ban in force: for good, or until a time still to come."""
    return Q(until__isnull=True) | Q(until__gt=now or timezone.now())


def bans_active(*, user=None, guest=None) -> QuerySet[Ban]:
    """The bans in force against an account or a guest (exactly one of them)."""
    return Ban.objects.filter(_who(user=user, guest=guest)).filter(ban_active_condition())


def reader_ban(reader) -> Ban | None:
    """The ban in force against the reader of a request (an `identity.Reader`), if any: one
    query, none for a guest who never wrote (they have nobody to ban yet)."""
    if reader.user is None and reader.guest is None:
        return None
    return bans_active(user=reader.user, guest=reader.guest).first()


def ban_create(*, user=None, guest=None, reason: str = "", days: int | None, moderator) -> Ban:
    """Ban an account or a guest from commenting, reacting, reporting and voting, for
    `days` or (None) for good."""
    return Ban.objects.create(
        **_who_fields(user=user, guest=guest),
        reason=reason,
        until=timezone.now() + timedelta(days=days) if days else None,
        created_by=moderator,
    )


def ban_lift(*, user=None, guest=None) -> int:
    """End the bans in force against an account or a guest now; they stay in the history.
    Returns how many were lifted."""
    return bans_active(user=user, guest=guest).update(until=timezone.now())


def _who_fields(*, user, guest) -> dict:
    if (user is None) == (guest is None):
        raise ValueError("a ban names exactly one account or one guest")
    return {"user": user} if user is not None else {"guest": guest}


def _who(*, user, guest) -> Q:
    return Q(**_who_fields(user=user, guest=guest))
