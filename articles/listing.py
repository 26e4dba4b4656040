from core.pagination import paginate_newest


class ArticleListingMixin:
    """A page that lists the newest articles about itself: a section, topic, region or author
    (`listing_filter` names the `article_teasers` argument it is), paginated by `?page=`.

    A page number that is not a plain whole number, or is past the last page, is a 404,
    never a 500. Listings stop after `listing_max_pages` pages (500 articles): older ones
    are found through search.
    """

    listing_filter: str
    listing_page_size = 20
    listing_max_pages = 25

    def listing_filters(self) -> dict:
        """The `article_teasers` arguments that select this page's articles."""
        return {self.listing_filter: self}

    def cache_tags(self, context) -> set[str]:
        """The list's own tag besides what the page shows: an article entering or leaving
        the list purges every paginated page of it (core.http)."""
        from core.http import list_tag

        return {*super().cache_tags(context), list_tag(self.pk)}

    def get_context(self, request, *args, **kwargs):
        from articles.selectors import article_teasers  # the selectors import the page models

        context = super().get_context(request, *args, **kwargs)
        page = paginate_newest(
            article_teasers(**self.listing_filters()),
            request=request,
            per_page=self.listing_page_size,
            max_pages=self.listing_max_pages,
        )
        context["articles"] = page.object_list
        context["page_obj"] = page
        return context
