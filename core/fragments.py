"""Rendered fragments the app keeps, each valid as long as nothing it shows has changed
(docs/design.md §3).

A fragment (an article's content parts, the modules under it) names what it shows with the
cache tags its page carries at the edge (core.http: `page-<id>`, `list-<id>`, `nav` …). Each
tag has a version, a random number in the cache; a change renews the tokens of exactly the tags
the edge purges for it (edge.signals, right after the commit). A kept fragment is stored with
the versions of its tags as they were when it was rendered, and is served only while they are
all still current: one more round trip to the cache, no query. So an approved comment or a
new article in another section leaves every other article's parts and modules kept, where one
site-wide generation threw all of them away.

A tag whose version the cache has forgotten gets a new one: the fragments that named it are
rendered anew, never an old version served again. Versions last as long as the fragments
(DEPESCHE_KEPT_SECONDS), so the tags of pages nobody reads do not pile up in the cache.

Rendering reads the database; a change that commits meanwhile may renew a tag after the render
read the old state but before it read the versions. `keeper()` guards against that: the
content generation (core.changes) of the request's start is compared after the render, and a
render during which it moved is served but not kept.
"""

import secrets
from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache

from core.changes import GENERATION_KEY, content_generation
from core.http import ALL

VERSION_KEY = "tag-version:{}"
_PREFIX = VERSION_KEY.format("")


def _new() -> int:
    """A new version: a random whole number (Redis keeps it as it is, where other values are
    pickled: a page reads dozens of them); never 0, which reads as none."""
    return secrets.randbits(63) + 1


def tag_versions(tags: Iterable[str]) -> dict[str, int]:
    """The current version of each tag; a tag the cache does not know gets a new one."""
    return _versions_with(tags)[0]


# Within a request (`versions_read_once`), the tag versions it read, by cache key: a page put
# together from kept parts reads the versions of the same tags several times (the home page's
# 45 articles: to check its kept content, its kept teasers, then to keep what it rendered).
# A version read earlier in the request is never newer than one read later: a fragment kept
# with it is at worst rendered again (the keeper's generation check stays as it was), and one
# checked with it is what was current at that moment of the same request.
_versions_read: ContextVar[dict | None] = ContextVar("tag_versions", default=None)


@contextmanager
def versions_read_once():
    """Inside the block (a request: core.middleware.ContentGenerationMiddleware), each tag's
    version is read from the cache once; renewed in this process, it is the new one."""
    token = _versions_read.set({})
    try:
        yield
    finally:
        _versions_read.reset(token)


def _read(keys: list[str]) -> dict:
    """The cache's values of these version keys (and others), through the request's memo."""
    memo = _versions_read.get()
    if memo is None:
        return cache.get_many(keys)
    found = {key: memo[key] for key in keys if key in memo}
    if wanted := [key for key in keys if key not in found]:
        read = cache.get_many(wanted)
        memo.update({key: value for key, value in read.items() if key.startswith(_PREFIX)})
        found.update(read)
    return found


def _versions_with(tags: Iterable[str], also: str | None = None) -> tuple[dict[str, int], object]:
    """`tag_versions`, and the value of one more cache key (`also`: read from the cache
    each time, it is not a version) in the same round trip."""
    keys = {VERSION_KEY.format(tag): tag for tag in set(tags)}
    extra = [also] if also else []
    memo = _versions_read.get()
    found = _read([*keys, *extra])
    missing = {key: _new() for key in keys if key not in found}
    if missing:
        # One write for all of them (a tag that another process gave a version meanwhile gets
        # ours: what was kept with its version is rendered again, nothing older is current),
        # then read again with the `also` key: a keeper compares the content generation of
        # after the write (a change that renewed a tag meanwhile moved it before).
        cache.set_many(missing, timeout=settings.DEPESCHE_KEPT_SECONDS)
        found.update(cache.get_many([*missing, *extra]))
        if memo is not None:
            memo.update({key: found[key] for key in missing if key in found})
    value = found.get(also) if also else None
    # A cache that does not answer (core.cache) keeps nothing: versions nobody has.
    return {tag: found.get(key) or _new() for key, tag in keys.items()}, value


def tags_renew(tags: Iterable[str]) -> None:
    """Every fragment that shows one of these tags is stale from now on."""
    versions = {VERSION_KEY.format(tag): _new() for tag in set(tags)}
    cache.set_many(versions, timeout=settings.DEPESCHE_KEPT_SECONDS)
    if (memo := _versions_read.get()) is not None:
        memo.update(versions)


_MISSING = object()


def kept_get_many(keys: Iterable[str], *, request=None) -> dict:
    """The kept fragments of these keys that are still current: two round trips to the cache
    for any number of fragments (theirs, then their tags' versions); none when the `request`
    read them all already (`kept_prefetch`)."""
    keys = list(keys)
    read = getattr(request, "_depesche_kept", None)
    if read is not None and all(key in read for key in keys):
        return {key: read[key] for key in keys if read[key] is not _MISSING}
    kept = cache.get_many(keys)
    wanted = {tag for versions, _value in kept.values() for tag in versions}
    if not wanted:
        return {key: value for key, (_versions, value) in kept.items()}
    current = _read([VERSION_KEY.format(tag) for tag in wanted])
    return {
        key: value
        for key, (versions, value) in kept.items()
        if all(current.get(VERSION_KEY.format(tag)) == token for tag, token in versions.items())
    }


def kept_prefetch(request, keys: Iterable[str]) -> None:
    """Read the request's fragments of these keys at once (an article page's content parts,
    modules and ticker answer: two round trips instead of six); each part's own
    `kept_get_many(…, request=request)` then finds what was read, kept or not."""
    keys = list(keys)
    found = kept_get_many(keys)
    read = request.__dict__.setdefault("_depesche_kept", {})
    read.update({key: found.get(key, _MISSING) for key in keys})


class keeper:
    """Keep what is rendered inside the block, unless a change committed meanwhile:

        with keeper(request) as keep:
            value = render()
            keep(key, value, tags=…)

    `seconds` bounds a fragment that also shows what no tag names (the most read of the day):
    by default DEPESCHE_KEPT_SECONDS.
    """

    def __init__(self, request=None):
        # The request's token, read before its view loaded any page (core.middleware.
        # ContentGenerationMiddleware): the render may use that page.
        self.generation = content_generation(request)
        self.kept = {}

    def __enter__(self):
        return self._keep

    def _keep(self, key: str, value, *, tags: Iterable[str], seconds: int | None = None) -> None:
        self.kept[key] = ({ALL, *tags}, value, seconds)

    def __exit__(self, kind, error, traceback):
        if kind is not None or not self.kept:
            return
        # The versions of every fragment's tags and the content generation of now in one
        # round trip, the fragments in one per lifetime (a page's 25 teasers are one write).
        versions, generation = _versions_with(
            (tag for tags, _, _ in self.kept.values() for tag in tags), also=GENERATION_KEY
        )
        if generation is None or generation != self.generation:
            return  # a change committed meanwhile (or the cache forgot the generation)
        by_seconds = {}
        for key, (tags, value, seconds) in self.kept.items():
            own = {tag: versions[tag] for tag in tags}
            by_seconds.setdefault(seconds or settings.DEPESCHE_KEPT_SECONDS, {})[key] = (own, value)
        for seconds, fragments in by_seconds.items():
            cache.set_many(fragments, seconds)
