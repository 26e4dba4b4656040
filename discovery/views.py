from django.shortcuts import render

from articles.subjects import pages_public
from core.http import LIST_ALL, NAV, SEARCH, page_tag, public_cache_control
from core.pagination import paginate
from discovery.forms import SearchForm
from discovery.selectors import articles_search
from taxonomy.models import SectionPage

RESULTS_PER_PAGE = 10


def search(request):
    """/suche/?q=…: the same bytes for every reader with the same query string, so shared
    caches keep it like any public page (no form token: it is a GET form). Its results may
    be any of the site's articles: every publication purges it (`list-all`, as the home page),
    every edit of an article's text (`search`), and a change to a result (its count) by the
    result's page tag."""
    sections = list(
        pages_public(SectionPage.objects.order_by("path")).only("title", "slug", "path", "depth")
    )
    form = SearchForm(request.GET or None, sections=sections)
    query = request.GET.get("q", "").replace("\x00", "")[:200]
    context = {"form": form, "search_query": query}
    if form.is_bound and form.is_valid():
        criteria = form.criteria()
        if criteria["terms"]:
            page = paginate(articles_search(**criteria), request=request, per_page=RESULTS_PER_PAGE)
            context.update(
                page_obj=page,
                articles=list(page.object_list),
                result_count=page.paginator.count,
                terms=criteria["terms"],
            )
    tags = {
        LIST_ALL,
        SEARCH,
        NAV,
        *(page_tag(article.pk) for article in context.get("articles", ())),
    }
    return public_cache_control(render(request, "discovery/search.html", context), tags=tags)
