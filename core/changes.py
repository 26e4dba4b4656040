"""The one place every change that alters what readers see goes through (DESIGN.md §3).

Publishing, editing, unpublishing, moving an article, approving or removing a comment, closing
a poll: each calls `content_changed` with the articles (or other pages) whose pages show
something new. After the transaction commits, one background task receives the whole batch;
the edge-cache purge hangs on that task (docs/architecture.md, «Caching»).
"""

import logging
from collections.abc import Iterable

from django.db import transaction
from django_tasks import task

logger = logging.getLogger(__name__)


def content_changed(*, page_ids: Iterable[int], reason: str) -> None:
    """Record that the pages with these ids (articles, sections, topics …) show something
    new. Nothing happens unless and until the current transaction commits."""
    ids = sorted({int(pk) for pk in page_ids})
    if ids:
        transaction.on_commit(lambda: pages_changed.enqueue(page_ids=ids, reason=reason))


@task()
def pages_changed(*, page_ids: list[int], reason: str) -> None:
    logger.debug("pages changed (%s): %s", reason, page_ids)
