from django.core.paginator import InvalidPage, Paginator
from django.http import Http404


class ArticleListingMixin:
    """A page that lists the newest articles about itself: a section, topic, region or author
    (`listing_filter` names the `article_teasers` argument it is), paginated by `?page=`.

    A page number that is not a whole number, or is out of range, is a 404: never a 500, and
    a shared cache may keep the answer. Without a filter (the home page) it shows the first
    page only.
    """

    listing_filter: str | None = None
    listing_page_size = 20

    def get_context(self, request, *args, **kwargs):
        from articles.selectors import article_teasers  # the selectors import the page models

        context = super().get_context(request, *args, **kwargs)
        if self.listing_filter is None:
            context["articles"] = article_teasers()[: self.listing_page_size]
            return context
        paginator = Paginator(
            article_teasers(**{self.listing_filter: self}), self.listing_page_size
        )
        try:
            page = paginator.page(request.GET.get("page", 1))
        except InvalidPage:
            raise Http404 from None
        context["articles"] = page.object_list
        context["page_obj"] = page
        return context
