class ArticleListingMixin:
    """A page that lists the newest articles about itself: a section, topic, region or author
    (`listing_filter` names the `article_teasers` argument it is), or all of them (None)."""

    listing_filter: str | None = None

    def get_context(self, request, *args, **kwargs):
        from articles.selectors import article_teasers  # the selectors import the page models

        context = super().get_context(request, *args, **kwargs)
        filters = {self.listing_filter: self} if self.listing_filter else {}
        context["articles"] = article_teasers(**filters)
        return context
