"""Pages of a listing by `?page=`: shared by the reader's lists (articles.listing, search,
the corrections page); below every app that lists (docs/design.md §8)."""

from dataclasses import dataclass

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404

from core import params


def page_number(request) -> int:
    """The `?page=` of a listing: 1 when absent, a 404 when it is not a plain page number
    (core.params.page_number: no sign, no leading zero, no "1.0", "٣", "²" or "1_0").

    Checked before the database is asked, so `?page=abc`, `?page=0`, `?page=-1`,
    `?page=1.5` and `?page=99999999999999999999` are 404s, never a 500.
    """
    raw = request.GET.get("page")
    if raw is None:
        return 1
    number = params.page_number(raw)
    if number is None:
        raise Http404("No such page of this listing.")
    return number


def paginate(items, *, request, per_page: int):
    """One page of `items` (a queryset or search results) for `?page=`; a 404 past the last
    page. Costs a count and the slice: 2 queries for a queryset."""
    number = page_number(request)
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(number)
    except EmptyPage:
        raise Http404("No such page of this listing.") from None


@dataclass
class ListingPage:
    """One page of a listing that is never counted: counting a section's articles reads all
    of them (a sequential scan at 100'000 articles, bench/explain_queries.py), while a page
    needs only its own rows and one more to know that there is a next page."""

    number: int
    object_list: list
    has_next: bool
    paginator = None  # no total: templates show «Seite 2», not «Seite 2 von 80»

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_previous or self.has_next

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1


def paginate_newest(items, *, request, per_page: int, max_pages: int) -> ListingPage:
    """Page `?page=` of a queryset: one query (per_page + 1 rows), a 404 past the last page
    and past `max_pages` (deep OFFSETs read every row they skip)."""
    number = page_number(request)
    if number > max_pages:
        raise Http404("No such page of this listing.")
    start = (number - 1) * per_page
    rows = list(items[start : start + per_page + 1])
    if number > 1 and not rows:
        raise Http404("No such page of this listing.")
    return ListingPage(number=number, object_list=rows[:per_page], has_next=len(rows) > per_page)
