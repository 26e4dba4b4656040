import re

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404

# A page number as links write it: no sign, no leading zero, no "1.0", "٣" or "1_0" (which
# Python's int() would accept), and short enough that the offset stays a sane number.
PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,5}")


def page_number(request) -> int:
    """The `?page=` of a listing: 1 when absent, a 404 when it is not a plain page number.

    Checked before the database is asked, so `?page=abc`, `?page=0`, `?page=-1`,
    `?page=1.5` and `?page=99999999999999999999` are 404s, never a 500.
    """
    raw = request.GET.get("page")
    if raw is None:
        return 1
    if not PAGE_NUMBER.fullmatch(raw):
        raise Http404("No such page of this listing.")
    return int(raw)


def paginate(items, *, request, per_page: int):
    """One page of `items` (a queryset or search results) for `?page=`; a 404 past the last
    page. Costs a count and the slice: 2 queries for a queryset."""
    number = page_number(request)
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(number)
    except EmptyPage:
        raise Http404("No such page of this listing.") from None


class ArticleListingMixin:
    """A page that lists the newest articles about itself: a section, topic, region or author
    (`listing_filter` names the `article_teasers` argument it is), paginated by `?page=`.

    A page number that is not a plain whole number, or is past the last page, is a 404,
    never a 500.
    """

    listing_filter: str
    listing_page_size = 20

    def get_context(self, request, *args, **kwargs):
        from articles.selectors import article_teasers  # the selectors import the page models

        context = super().get_context(request, *args, **kwargs)
        page = paginate(
            article_teasers(**{self.listing_filter: self}),
            request=request,
            per_page=self.listing_page_size,
        )
        context["articles"] = page.object_list
        context["page_obj"] = page
        return context
