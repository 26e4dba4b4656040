"""Keeping the article page's JSON-LD true to its live ticker.

A started ticker's entries are part of the article's LiveBlogPosting (distribution.
structured_data.live_blog), which is part of the article's kept content parts
(articles.selectors.article_rendered, keyed by the content generation). Posting, editing or
deleting an entry does not renew the generation of the whole site (tickers.services purges
only the ticker's cache tag, every few seconds on a hot story): so every saved or deleted
entry drops this article's kept parts, at once and again after the commit (a page rendered
meanwhile may have kept the old entries), and the next view renders them with the entries
as committed. Starting, ending and reopening a ticker go through core.changes, which renews
the generation.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from articles.selectors import article_parts_forget
from tickers.models import Entry, Ticker


@receiver(post_save, sender=Entry)
@receiver(post_delete, sender=Entry)
def _entry_changed(sender, instance, **kwargs):
    try:
        article_id = instance.ticker.article_id  # the services hold the ticker: no query
    except Ticker.DoesNotExist:
        return  # deleted with its ticker and article
    article_parts_forget(page_id=article_id)
    transaction.on_commit(lambda: article_parts_forget(page_id=article_id))
