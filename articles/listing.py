class ArticleListingMixin:
    """A page that lists the newest articles about itself: a section, topic, region or author
    (`listing_filter` names the `article_teasers` argument it is), paginated by `?page=`.

    A page number that is not a plain whole number, or is past the last page, is a 404,
    never a 500. Listings stop after `listing_max_pages` pages (500 articles): older ones
    are found through search. The page's teasers are put together above the apps
    (reader.pages.listing_page_context).
    """

    listing_filter: str
    listing_page_size = 20
    listing_max_pages = 25

    def listing_filters(self) -> dict:
        """The `article_teasers` arguments that select this page's articles."""
        return {self.listing_filter: self}

    def cache_tags(self, context) -> set[str]:
        """The list's own tag besides what the page shows: an article entering or leaving
        the list purges every paginated page of it (core.http); and the articles of its
        teasers, which are HTML, not pages in the context (reader.pages)."""
        from core.http import list_tag, page_tag

        tags = {*super().cache_tags(context), list_tag(self.pk)}
        tags.update(page_tag(teaser.pk) for teaser in context.get("articles") or ())
        return tags
