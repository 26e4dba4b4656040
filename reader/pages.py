"""The context of the reader pages whose content comes from the apps above their models: the
article page (its kept parts, modules, live ticker and counters), the home page (its kept
content) and the listing pages (their kept teasers). Registered with core.pages; the page
models call them from `get_context`."""

from django.utils.functional import SimpleLazyObject

from articles.selectors import article_detail, article_ids_newest, has_polls, publication_times
from articles.video import body_frame_origins
from core.fragments import kept_prefetch
from core.pages import context_builder
from core.pagination import paginate_newest
from discovery.selectors import article_modules_rendered, home_rendered, modules_key
from discovery.teasers import teasers_counted
from reader.selectors import article_rendered, article_stats, parts_key
from taxonomy.selectors import NAVIGATION_KEY
from tickers.selectors import ticker_none_key, ticker_section


@context_builder("articles.ArticlePage")
def article_page_context(page, request, context):
    # What is kept of the page (ticker answer, content parts, modules, navigation) in one read.
    if not getattr(request, "is_preview", False):
        kept_prefetch(
            request,
            [
                ticker_none_key(page.pk),
                parts_key(page=page, request=request),
                modules_key(page),
                NAVIGATION_KEY,
            ],
        )
    # An article without a ticker: no query once kept (tickers.selectors.ticker_section).
    # First, because it leaves the ticker on the page for the structured data to read.
    context["ticker_section"] = ticker_section(article_id=page.pk, request=request, page=page)
    # Read only when the content parts or the modules are rendered, not when they are
    # kept: their 6 queries are saved then.
    article = SimpleLazyObject(lambda: article_detail(page=page))
    ticker = context["ticker_section"]
    context["rendered"] = article_rendered(
        page=page, article=article, request=request, tags=(ticker.tag,) if ticker else ()
    )
    # The page's counters are read with the modules' teasers' (one query).
    context["modules"] = modules = article_modules_rendered(
        page=page, article=article, request=request, counted=(page.pk,)
    )
    context["published_at"], context["updated_at"] = publication_times(page)
    context["stats"] = article_stats(page=page, read=modules.stats)
    context["has_polls"] = has_polls(page)
    context["has_video_embeds"] = bool(body_frame_origins(page.body))


@context_builder("home.HomePage")
def home_page_context(page, request, context):
    context["home"] = home_rendered(page=page, request=request)


@context_builder(
    "taxonomy.SectionPage", "taxonomy.TopicPage", "taxonomy.RegionPage", "authors.AuthorPage"
)
def listing_page_context(page, request, context):
    """A listing page (articles.listing.ArticleListingMixin): its page of the newest articles'
    ids (one query), and their kept teasers (discovery.teasers: only those of articles that
    changed are loaded and rendered), with their counts of now."""
    listing = paginate_newest(
        article_ids_newest(**page.listing_filters()),
        request=request,
        per_page=page.listing_page_size,
        max_pages=page.listing_max_pages,
    )
    context["articles"] = teasers_counted(listing.object_list, request=request)
    context["page_obj"] = listing
