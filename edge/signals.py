"""Wagtail's page life cycle → core.changes.content_changed → after the commit, the kept
fragments that show the change renewed (core.fragments) and one purge of the edge cache.

- publishing, a new published revision (an edit), a scheduled go-live (`publish_scheduled`
  publishes the revision and sends `page_published` too) and publishing a copy:
  `page_published`; an edit of a live article that leaves its lists as they were (the same
  topics, regions, dateline, primary topic, authors and publication time:
  `ArticlePage.lists_kept`) renews the pages that show it and the search results, not its
  section's, topics', regions', authors' and the site's lists; a topic, region or author it
  left is renewed by `ArticlePage.save`;
- unpublishing (also by `publish_scheduled` when a page expires): `page_unpublished`;
- moving (another section, or another place in the tree): `post_page_move`, with the old
  parent's list and the old URL, which the page's tags no longer name;
- deleting: `pre_delete`, while the page's relations still exist;
- a picture edited: the pages that use it, from Wagtail's reference index;
- a view restriction (Wagtail's privacy setting) added, changed or removed: the page and every
  page below it leave or join every public list, module and feed; restrictions are rare and a
  section's may hide thousands of articles, so the whole cache is purged.
https://docs.wagtail.org/en/stable/reference/signals.html
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.changes import content_changed, content_committed, pending_changes_size
from core.fragments import tags_renew
from core.http import SEARCH, list_tag, page_tag

# Beyond this many pages and tags in one transaction, a deletion purges the whole cache.
MANY = 200
# Beyond this many pages in one batch, the batch purges the whole cache (and renews every kept
# fragment) instead of planning each page.
PLANNED_AT_MOST = 2000


@receiver(page_published)
def _published(sender, instance, **kwargs):
    if getattr(instance, "lists_kept", False):
        # An edit that moves the article into or out of no list (articles.models.ArticlePage.
        # save): the pages that show it, and the search results, whose matches its new text
        # may change.
        content_changed(page_ids=[instance.pk], reason="edited", listings=False, tags=[SEARCH])
        return
    content_changed(page_ids=[instance.pk], reason="published")


@receiver(page_unpublished)
def _unpublished(sender, instance, **kwargs):
    content_changed(page_ids=[instance.pk], reason="unpublished")


@receiver(post_page_move)
def _moved(sender, instance, parent_page_before, url_path_before, **kwargs):
    if not instance.live:
        return  # readers never saw it
    old_urls = [
        url_path_before[len(root.root_path) - 1 :]
        for root in instance._get_site_root_paths()
        if url_path_before.startswith(root.root_path)
    ]
    content_changed(
        page_ids=[instance.pk],
        reason="moved",
        tags=[list_tag(parent_page_before.pk), page_tag(parent_page_before.pk)],
        urls=[*old_urls, parent_page_before.get_url()],
    )


@receiver(pre_delete)
def _deleted(sender, instance, **kwargs):
    if not isinstance(instance, Page) or not instance.live:
        return
    if type(instance) is Page and instance.specific_class not in (Page, None):
        return  # Django sends the signal for the specific page too: purge once
    if pending_changes_size() > MANY:
        # A whole section or region is going: purge everything rather than plan each page.
        content_changed(page_ids=[], reason="deleted", everything=True)
        return
    from edge.purge import purge_plan  # imports the page models

    plan = purge_plan(page_ids=[instance.pk])
    content_changed(page_ids=[], reason="deleted", tags=plan.tags, urls=plan.urls)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def _privacy_changed(sender, instance, **kwargs):
    content_changed(page_ids=[instance.page_id], reason="privacy", everything=True)


@receiver(post_save, sender=get_image_model())
def _picture_changed(sender, instance, created, update_fields=None, **kwargs):
    """A picture's credit, caption, alt text or focal point: the pages that use it (Wagtail's
    reference index: heroes, body blocks, author photos) show it anew; no list changes."""
    if created:
        return  # nothing shows it yet
    if update_fields and set(update_fields) <= {"file_size", "file_hash"}:
        return  # Wagtail noting what it measured of the file, nothing readers see
    from wagtail.models import ReferenceIndex

    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to(instance)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    content_changed(page_ids=[int(pk) for pk in ids], listings=False, reason="picture")


@receiver(content_committed)
def _committed(sender, *, page_ids, shown_ids, counted_ids, tags, urls, reason, everything, **kw):
    """One plan for the whole batch (edge.purge.purge_plan, about 8 queries): the kept
    fragments that name one of its tags are stale at once, the edge drops its pages in the
    background. Pages that changed only in their counters (`counted_ids`, core.changes) are
    purged at the edge; no kept fragment shows counters."""
    from edge.purge import ALWAYS_PURGED_TAGS, EVERYTHING, PurgePlan, purge_plan
    from edge.tasks import pages_changed

    if len(page_ids) + len(shown_ids) + len(counted_ids) > PLANNED_AT_MOST:
        # An import of thousands of articles changes nearly every list; a plan naming each
        # page would be as large as the import, and the purge task's arguments with it.
        page_ids = shown_ids = counted_ids = frozenset()
        everything = True
    plan = purge_plan(page_ids=page_ids, shown_ids=shown_ids)
    if tags:  # computed by the caller, e.g. before a deletion
        plan |= PurgePlan(tags=frozenset(tags) | ALWAYS_PURGED_TAGS, urls=frozenset(urls))
    if everything:
        plan |= PurgePlan(tags=EVERYTHING, urls=frozenset({"/"}))
    tags_renew(plan.tags)
    plan |= purge_plan(shown_ids=counted_ids)
    if plan:
        pages_changed.enqueue(
            reason=reason,
            tags=sorted(plan.tags),
            urls=sorted(plan.urls),
            paths=sorted(plan.paths),
        )
