"""Reads for discovery: the modules under an article, the home page's layout, search.

Budget (docs/design.md §5): the candidates of every module on a page are one statement
(`discovery.candidates`), the teasers of every module one query and their renditions one
more. The text-similarity fallback of «Weiterlesen» adds the search backend's queries, only
when too few articles sharing a topic or region are left for it.
"""

import math
import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from articles.models import STEMMED_SEARCH_FIELD, ArticlePage
from articles.selectors import article_teasers_by_ids, teaser_columns, teaser_queryset
from articles.subjects import articles_public, pages_public
from core.fragments import keeper, kept_get_many
from core.http import NAV, list_tag, page_tag
from core.text import german_stems
from discovery import candidates as c
from discovery.stop_words import GERMAN as STOP_WORDS
from discovery.teasers import LEAD, PLAIN, counts_fill, loaded_stats, stats_read, teasers
from taxonomy.selectors import section_navigation

# «Weiterlesen»: at most RELATED_MAX; with fewer than RELATED_MIN, the text fallback adds
# candidates.
RELATED_MIN = 3
RELATED_MAX = 6
# Scores: a shared primary topic counts most, then any other shared topic or region.
PRIMARY_TOPIC_WEIGHT = 3.0
TOPIC_WEIGHT = 1.0
REGION_WEIGHT = 1.0
# The score halves every HALF_LIFE_DAYS of age: a fresh story on one shared topic beats a
# year-old one on two.
HALF_LIFE_DAYS = 7.0
# «Mehr in …» blocks and «Meistgelesen».
MORE_SIZE = 4
MOST_READ_SIZE = 5
MOST_READ_SPARE = 3  # more than shown: the cached list may name articles unpublished since
# Bounds of the candidate lists: the newest N per topic, region and section, the N most
# viewed. Enough to fill every module after the others took their share.
MAX_TOPICS = 5
MAX_REGIONS = 3
CANDIDATES = RELATED_MAX + 3 * MORE_SIZE + MOST_READ_SIZE + 1
# Words of the headline and topics that the text-similarity fallback searches for.
SIMILAR_MAX_WORDS = 16
# The order in which the modules under an article take one article more (modules_share):
# first one each, the named ones first, so that every module that has candidates shows; then
# «Mehr …», «Mehr aus …» and «Mehr in …» in turns up to MORE_SIZE; then «Weiterlesen» up to
# RELATED_MAX.
NAMED = ("topic", "region", "section")
SLOTS = (*NAMED, "related", *NAMED * (MORE_SIZE - 1), *("related",) * (RELATED_MAX - 1))


@dataclass
class Module:
    """A block of teasers: «Weiterlesen», «Mehr in News», «Meistgelesen» …"""

    key: str
    title: str
    teasers: list = field(default_factory=list)
    link: object | None = None  # the page that lists more (section, topic, region)
    numbered: bool = False  # a ranking («Meistgelesen»)
    site_newest: bool = False  # shows some of the site's newest (changes with any publication)


def _age_factor(published: datetime | None, now: datetime) -> float:
    if published is None:
        return 0.0
    days = max((now - published).total_seconds(), 0) / 86400
    return math.pow(0.5, days / HALF_LIFE_DAYS)


def related_rank(*, sources: dict, weights: dict, now: datetime, exclude=()) -> list[int]:
    """Article ids by score: the sum of the weights of the sources (topics, regions) an
    article appears in, times its age factor. Ties: the newer first."""
    scores: dict[int, float] = {}
    published: dict[int, datetime | None] = {}
    for source, weight in weights.items():
        for candidate in sources.get(source, []):
            if candidate.article_id in exclude:
                continue
            scores[candidate.article_id] = scores.get(candidate.article_id, 0.0) + weight
            published[candidate.article_id] = candidate.published_at
    epoch = datetime.min.replace(tzinfo=now.tzinfo)

    def key(article_id):
        return (
            scores[article_id] * _age_factor(published[article_id], now),
            published[article_id] or epoch,
            article_id,
        )

    return sorted(scores, key=key, reverse=True)


def search_terms(text: str, *, limit: int = 32) -> list[str]:
    """The words of a search text, without anything a full-text engine reads as syntax
    (quotes, `*`, `(`, `-`, `:`, `^`, NUL …): letters and digits only, at most `limit` words."""
    return re.findall(r"[^\W_]+", text)[:limit]


def backend_terms(terms: list[str]) -> list[str]:
    """`terms` as the search backend looks for them: their German stems on SQLite, whose
    index holds the articles' stems (articles.models.STEMMED_SEARCH_FIELD); as they are on
    PostgreSQL, which stems them itself."""
    if STEMMED_SEARCH_FIELD:
        return list(dict.fromkeys(german_stems(" ".join(terms))))
    return terms


def _similar(*, page, topics, exclude, limit: int) -> list:
    """Text similarity through Wagtail search: teasers of articles matching words of the
    headline and the topic names (any of them, stop words left out), best first."""
    words = search_terms(" ".join([page.title, *(t.title for t in topics)]))
    words = [w for w in dict.fromkeys(words) if len(w) > 2 and w.casefold() not in STOP_WORDS]
    words = words[:SIMILAR_MAX_WORDS]
    if not words:
        return []
    results = teaser_queryset().search(" ".join(backend_terms(words)), operator="or")
    return [a for a in results[: limit + len(exclude)] if a.pk not in exclude][:limit]


def _take(candidates, *, shown: set, size: int) -> list[int]:
    taken = []
    for candidate in candidates:
        if candidate.article_id not in shown:
            taken.append(candidate.article_id)
            shown.add(candidate.article_id)
            if len(taken) == size:
                break
    return taken


def modules_share(wishes: dict[str, list[int]], *, slots=SLOTS) -> dict[str, list[int]]:
    """Share articles among modules, each article in one module at most.

    `wishes` holds each module's candidates, best first; `slots` names the modules in the
    order in which they take one more article. A slot takes its module's best candidate that
    no module holds yet. When other modules hold them all, one of those modules moves on to
    another of its own candidates (which may in turn move a third, as in bipartite matching)
    so the slot can be filled; a slot filled earlier is never emptied by a later one. So a
    module goes without only when the modules before it hold every article it could show.
    Returns each module's articles in its own order of preference.
    """
    wishes = {key: list(dict.fromkeys(ids)) for key, ids in wishes.items()}
    holder: dict[int, str] = {}

    def seat(key: str, visited: set) -> bool:
        free = next((pk for pk in wishes[key] if pk not in holder), None)
        if free is not None:
            holder[free] = key
            return True
        for pk in wishes[key]:
            if holder[pk] != key and pk not in visited:
                visited.add(pk)
                if seat(holder[pk], visited):
                    holder[pk] = key
                    return True
        return False

    done = set()  # modules that found no article: later slots find none either
    for key in slots:
        if key in wishes and key not in done and not seat(key, set()):
            done.add(key)
    return {key: [pk for pk in ids if holder.get(pk) == key] for key, ids in wishes.items()}


def article_modules(
    *,
    page,
    topics,
    regions,
    primary_topic,
    section,
    region=None,
    now=None,
    load=None,
    request=None,
) -> list[Module]:
    """The modules under an article (reference elements 11 to 14, then «Meistgelesen»), in
    reading order, each article in one module at most and never the article itself.

    `topics`, `regions` and `primary_topic` are what the article page already loaded
    (`article_detail`); `section` is the article's section (title and URL for the heading);
    `region` the one «Mehr aus …» is about (the dateline's; default: the first region).
    «Mehr {Topic}» is about the primary topic and «Mehr aus …» about that region while they
    have other articles; otherwise about the first of the article's other topics (regions)
    that has. The modules share their candidates (`modules_share`, in the order of SLOTS):
    each shows what it names whenever such articles exist, «Weiterlesen» the best-ranked of
    the rest. 3 queries: the candidates, the teasers, their renditions; the fallback's search
    on top.

    `load(ids, loaded=…)` turns the chosen ids into teasers (by id; `loaded`: the articles
    the fallback read already); by default the articles themselves
    (`article_teasers_by_ids`), for the page the kept ones (discovery.teasers).
    """
    now = now or timezone.now()
    own = {page.pk} if page.pk else set()
    # The primary topic and the «Mehr aus» region first, so that the caps never drop them.
    primary_pk = primary_topic.pk if primary_topic is not None else None
    topics = [
        *([primary_topic] if primary_topic is not None else []),
        *(topic for topic in topics if topic.pk != primary_pk),
    ][:MAX_TOPICS]
    region = region or (regions[0] if regions else None)
    regions = [
        *([region] if region is not None else []),
        *(other for other in regions if region is None or other.pk != region.pk),
    ][:MAX_REGIONS]
    # The lists are shared by every page that draws from them: one more than needed, then
    # the page itself left out.
    limit = CANDIDATES + 1
    lists = []
    weights = {}
    for topic in topics:
        source = f"t{topic.pk}"
        lists.append(c.topic_list(topic.pk, source=source, limit=limit))
        weights[source] = PRIMARY_TOPIC_WEIGHT if topic.pk == primary_pk else TOPIC_WEIGHT
    for shared in regions:
        source = f"r{shared.pk}"
        lists.append(c.region_list(shared.pk, source=source, limit=limit))
        weights[source] = REGION_WEIGHT
    queries = []
    if section is not None and page.path:
        # The section is the article's parent: its siblings share the parent's path.
        parent_path = page.path[: -Page.steplen]
        if section.path == parent_path:
            lists.append(c.section_list(section, source="section", limit=limit))
        else:  # a section further up (no list of its own kept): the parent's children
            queries.append(
                c.children_newest(parent_path, page.depth, source="section", limit=limit)
            )
    sources = c.candidates_kept(lists, request=request)
    sources.update(c.candidates_fetch(queries))

    def kept_apart(found: dict) -> dict:
        return {
            source: [cand for cand in candidates if cand.article_id not in own][:CANDIDATES]
            for source, candidates in found.items()
        }

    sources = kept_apart(sources)
    sources["most_read"] = c.most_read_cached(now=now)

    def newest(source: str) -> list[int]:
        return [cand.article_id for cand in sources.get(source, [])]  # without the page

    related = related_rank(sources=sources, weights=weights, now=now, exclude=own)
    wishes = {"related": related}
    if section is not None:
        wishes["section"] = newest("section")
    topic = next((topic for topic in topics if newest(f"t{topic.pk}")), None)
    if topic is not None:
        wishes["topic"] = newest(f"t{topic.pk}")
    region = next((shared for shared in regions if newest(f"r{shared.pk}")), None)
    if region is not None:
        wishes["region"] = newest(f"r{region.pk}")
    ids = modules_share(wishes)
    similar = []
    if len(ids["related"]) < RELATED_MIN:
        # Enough results for «Weiterlesen» to fill up even if the other modules hold some.
        held = sum(len(module_ids) for module_ids in ids.values())
        similar = _similar(page=page, topics=topics, exclude=own, limit=RELATED_MAX + held)
        if similar:
            wishes["related"] = [*related, *(article.pk for article in similar)]
            ids = modules_share(wishes)

    modules = [Module("related", _("Read more"))]
    if section is not None:
        modules.append(
            Module("section", _("More in %(name)s") % {"name": section.title}, link=section)
        )
    if topic is not None:
        modules.append(Module("topic", _("More %(name)s") % {"name": topic.title}, link=topic))
    if region is not None:
        modules.append(
            Module("region", _("More from %(name)s") % {"name": region.title}, link=region)
        )
    most_read = Module("most_read", _("Most read"), numbered=True)
    modules.append(most_read)
    shown = own | {pk for module_ids in ids.values() for pk in module_ids}
    if len(_most_read_ids(sources, shown=set(shown))) < MOST_READ_SIZE + MOST_READ_SPARE:
        # Few articles read yet: the site's newest fill «Meistgelesen» up, and the modules
        # then change with every publication (`site_newest`). On a busy site they do not.
        site = c.candidates_kept([c.site_list(source="newest", limit=limit)], request=request)
        sources.update(kept_apart(site))
        most_read.site_newest = True
    ids["most_read"] = _most_read_ids(sources, shown=shown)

    if load is not None:
        teasers = load([pk for module_ids in ids.values() for pk in module_ids], loaded=similar)
    else:
        loaded = {article.pk: article for article in similar}
        teasers = article_teasers_by_ids(
            ids=[pk for module_ids in ids.values() for pk in module_ids if pk not in loaded]
        )
        teasers.update(loaded)
    for module in modules:
        module.teasers = [teasers[pk] for pk in ids[module.key] if pk in teasers]
    modules[-1].teasers = modules[-1].teasers[:MOST_READ_SIZE]
    return [module for module in modules if module.teasers]


@dataclass(frozen=True)
class RenderedModules:
    """The modules under an article as HTML, and the articles they show (the page's cache
    tags name them, so that a change to one of them purges this page too)."""

    html: str
    article_ids: tuple[int, ...]
    until: datetime | None = None  # shows what changes then without a change (a slot expires)
    # The counters read for this request, by article id (never kept): `_counted`.
    stats: dict | None = None


def article_modules_rendered(*, page, article, request, counted=()) -> RenderedModules:
    """The modules under an article page, rendered; kept per article and language (never
    for a preview) as long as nothing they show changes (core.fragments): the lists they draw
    from (the article's topics, regions and section, the site's newest), the articles they
    show and the pages their headings link to; «Meistgelesen» bounds them to
    MOST_READ_CACHE_SECONDS. The teasers' counts are filled in per request (`counts_fill`).

    What they show is planned apart (`modules_planned`): kept with the tags of the lists and
    the headings' pages only, so that an edit of an article they show (its teaser) renders
    them again from the plan and the kept teasers, without planning them again (the lists,
    the ranking, the text-similarity search).

    Computing and rendering about 23 teasers takes as long as the rest of the article page.

    `article` is the page's `article_detail` (topics and regions are loaded already); the
    section is found in the header's navigation (loaded for the menu anyway). The counters of
    the articles `counted` (the page's own) are read with the teasers' (`stats`).
    """
    preview = getattr(request, "is_preview", False)
    key = modules_key(page)
    if not preview and (kept := kept_get_many([key], request=request).get(key)) is not None:
        return _counted(kept, also=counted)
    with keeper(request) as keep:
        modules, tags = modules_planned(page=page, article=article, request=request)
        rendered = RenderedModules(
            html=render_to_string(
                "discovery/article_modules.html",
                {"modules": modules, "kept": True},
                request=request,
            ),
            article_ids=tuple(teaser.pk for module in modules for teaser in module.teasers),
        )
        if not preview:
            shows = {*tags, *map(page_tag, rendered.article_ids)}
            keep(key, rendered, tags=shows, seconds=c.MOST_READ_CACHE_SECONDS)
    shown = [teaser for module in modules for teaser in module.teasers]
    return _counted(rendered, stats=loaded_stats(shown), also=counted)


def modules_planned(*, page, article, request) -> tuple[list[Module], set[str]]:
    """The modules under an article with their teasers (`article_modules`), and the tags of
    what they draw from. Which articles each shows is kept (per article and language, for
    MOST_READ_CACHE_SECONDS) with the tags of the lists it came from and of the pages the
    headings link to, not those of the articles: an edit of one of them keeps the plan (its
    teaser is rendered anew). A plan that names an article that is gone (unpublished,
    restricted) is made anew."""
    preview = getattr(request, "is_preview", False)
    key = f"article-modules-plan:{page.pk}:{get_language()}"
    plan = None if preview else kept_get_many([key], request=request).get(key)
    if plan is not None:
        modules, tags = plan
        found = teasers([pk for module in modules for pk in module.teasers], request=request)
        if all(pk in found for module in modules for pk in module.teasers):
            return [
                replace(module, teasers=[found[pk] for pk in module.teasers]) for module in modules
            ], tags
    section = next(
        (s for s in section_navigation(request) if page.url_path.startswith(s.url_path)), None
    )
    if section is None and page.pk and page.depth > 1:
        section = page.get_parent()  # a section hidden from the menu
    with keeper(request) as keep:
        modules = article_modules(
            page=page,
            topics=article.topics,
            regions=article.regions,
            primary_topic=article.kicker_topic,
            section=section,
            region=article.dateline_regions[0] if article.dateline_regions else None,
            load=lambda ids, loaded: teasers(ids, request=request, loaded=loaded),
            request=request,
        )
        lists = [*article.topics, *article.regions, section]
        tags = {
            *(list_tag(subject.pk) for subject in lists if subject is not None),
            *(page_tag(module.link.pk) for module in modules if module.link is not None),
        }
        if any(module.site_newest for module in modules):
            tags.add(list_tag(None))
        if not preview:
            plan = [
                replace(module, teasers=[teaser.pk for teaser in module.teasers])
                for module in modules
            ]
            keep(key, (plan, tags), tags=tags, seconds=c.MOST_READ_CACHE_SECONDS)
    return modules, tags


def modules_key(page) -> str:
    """The key of the modules kept for an article: per article and language."""
    return f"article-modules:{page.pk}:{get_language()}"


def _counted(rendered: RenderedModules, *, stats=None, also=()) -> RenderedModules:
    """The modules with their teasers' counts of now (discovery.teasers.counts_fill), and the
    counters read for them and for the articles `also`: one query at most."""
    wanted = [*also, *rendered.article_ids] if "<!--count:" in rendered.html else [*also]
    stats = stats_read(ids=wanted, stats=stats) if wanted else dict(stats or {})
    html = counts_fill(rendered.html, ids=rendered.article_ids, stats=stats)
    return replace(rendered, html=html, stats=stats)


def _most_read_ids(sources, *, shown: set, size: int = MOST_READ_SIZE) -> list[int]:
    """The most viewed of the last 24 hours; the newest fill up while there are few views.
    A few more than `size`: the cached list may name articles unpublished since, which the
    teaser query drops (callers cut the teasers to `size`)."""
    wanted = size + MOST_READ_SPARE
    ids = _take(sources.get("most_read", []), shown=shown, size=wanted)
    if len(ids) < wanted:
        ids += _take(sources.get("newest", []), shown=shown, size=wanted - len(ids))
    return ids


# -- Home page -------------------------------------------------------------------------------
HOME_TOP = 5  # the lead story and four top slots
HOME_LATEST = 8
HOME_SECTION = 4


@dataclass
class HomeLayout:
    lead: object | None
    top: list
    latest: list
    sections: list  # of Module, one per section that has articles not shown above
    most_read: list
    pinned_until: datetime | None = None  # when the first pinned slot shown expires


def home_layout(*, page, now=None, load=None, request=None) -> HomeLayout:
    """What the home page shows, each article at most once: the pinned slots that have not
    expired (slot 1 is the lead story, a free or expired slot takes the newest article not
    shown yet), the latest, a block per section, «Meistgelesen».

    Slots are read through the page's relation, so a preview shows the unsaved ones. 5
    queries: slots, sections, candidates, teasers, renditions (and the «Meistgelesen» sum
    when its cached list has expired).

    `load(ids, look=…)` turns the chosen ids into teasers (by id); by default the articles
    themselves, for the page the kept ones (discovery.teasers; the lead story has a look of
    its own).
    """
    from taxonomy.models import SectionPage

    now = now or timezone.now()
    positions = []  # the article pinned to each slot, None where it is free or expired
    pinned_until = None
    for slot in list(page.slots.all())[:HOME_TOP]:
        active = slot.article_id and slot.expires_at and slot.expires_at > now
        positions.append(slot.article_id if active and slot.article_id not in positions else None)
        if active:
            pinned_until = min(pinned_until or slot.expires_at, slot.expires_at)
    pinned = [pk for pk in positions if pk]
    sections = list(
        pages_public(SectionPage.objects.order_by("path")).only(
            "title", "path", "depth", "url_path"
        )
    )
    most_shown = 2 * HOME_TOP + HOME_LATEST + HOME_SECTION * len(sections)
    lists = [c.site_list(source="newest", limit=most_shown + MOST_READ_SIZE)]
    lists += [
        c.section_list(
            section, source=f"s{section.pk}", limit=2 * HOME_TOP + HOME_LATEST + HOME_SECTION
        )
        for section in sections
    ]
    sources = c.candidates_kept(lists, request=request)
    if pinned:
        pinned_query = c.newest(
            ArticlePage.objects.filter(pk__in=pinned), source="pinned", limit=HOME_TOP
        )
        sources.update(c.candidates_fetch([pinned_query]))
    sources["most_read"] = c.most_read_cached(now=now)

    live_pinned = {candidate.article_id for candidate in sources.get("pinned", [])}
    positions = [pk if pk in live_pinned else None for pk in positions]
    positions += [None] * (HOME_TOP - len(positions))
    shown = {pk for pk in positions if pk}
    newest = sources.get("newest", [])
    fill = iter(_take(newest, shown=shown, size=positions.count(None)))
    top_ids = [pk if pk else next(fill, None) for pk in positions]
    top_ids = [pk for pk in top_ids if pk]
    latest_ids = _take(newest, shown=shown, size=HOME_LATEST)
    section_ids = {
        section.pk: _take(sources.get(f"s{section.pk}", []), shown=shown, size=HOME_SECTION)
        for section in sections
    }
    most_read_ids = _most_read_ids(sources, shown=shown)

    rest = [*latest_ids, *most_read_ids, *(pk for ids in section_ids.values() for pk in ids)]
    if load is None:
        teasers = leads = article_teasers_by_ids(ids=[*top_ids, *rest])
    else:
        leads = load(top_ids[:1], look=LEAD)
        teasers = load([*top_ids[1:], *rest], look=PLAIN)

    def pick(ids):
        return [teasers[pk] for pk in ids if pk in teasers]

    # A lead story that is gone since the candidates were read leaves its place to the next.
    top = [leads[pk] for pk in top_ids[:1] if pk in leads] + pick(top_ids[1:])
    blocks = [
        Module(f"section-{section.pk}", section.title, pick(section_ids[section.pk]), link=section)
        for section in sections
    ]
    return HomeLayout(
        lead=top[0] if top else None,
        top=top[1:],
        latest=pick(latest_ids),
        sections=[block for block in blocks if block.teasers],
        most_read=pick(most_read_ids)[:MOST_READ_SIZE],
        pinned_until=pinned_until,
    )


def home_rendered(*, page, request, now=None) -> RenderedModules:
    """The home page's content (`home_layout`) rendered: kept per home page and language
    (never for a preview) as long as nothing it shows changes: the site's newest (every
    publication), the sections (the navigation), the home page's slots (its own page tag),
    the articles it shows; «Meistgelesen» and the first pinned slot's expiry bound it in time.
    Rendered from kept teasers (discovery.teasers), the counts filled in per request."""
    now = now or timezone.now()
    preview = getattr(request, "is_preview", False)
    key = f"home:{page.pk}:{get_language()}"
    kept = None if preview else kept_get_many([key]).get(key)
    if kept is not None and (kept.until is None or now < kept.until):
        return _counted(kept)
    with keeper(request) as keep:
        layout = home_layout(
            page=page,
            now=now,
            load=lambda ids, look: teasers(ids, request=request, look=look),
            request=request,
        )
        shown = [
            *([layout.lead] if layout.lead else []),
            *layout.top,
            *layout.latest,
            *(teaser for block in layout.sections for teaser in block.teasers),
            *layout.most_read,
        ]
        rendered = RenderedModules(
            html=render_to_string(
                "discovery/home_content.html", {"home": layout, "kept": True}, request=request
            ),
            article_ids=tuple(dict.fromkeys(teaser.pk for teaser in shown)),
            until=layout.pinned_until,
        )
        if not preview:
            tags = {list_tag(None), NAV, page_tag(page.pk), *map(page_tag, rendered.article_ids)}
            # «Meistgelesen» bounds it in time, and the first pinned slot's expiry (`until`:
            # its place then goes to the newest).
            keep(key, rendered, tags=tags, seconds=c.MOST_READ_CACHE_SECONDS)
    return _counted(rendered, stats=loaded_stats(shown))


# -- Search ------------------------------------------------------------------------------------
def articles_search(*, terms, section=None, published_from=None, published_before=None):
    """Public articles (articles.subjects) matching every word in `terms` (headline, lead,
    key points and body, through Wagtail's search backend: PostgreSQL's German configuration
    with stemming, or SQLite's FTS5 with the articles' German stems), best match first;
    optionally only those of one section and published in [published_from,
    published_before). Lazy: a page of it is the backend's count and one result query.
    `terms` must come from `search_terms`, which leaves no syntax in them.
    """
    articles = teaser_columns(articles_public(section=section))
    if published_from is not None:
        articles = articles.filter(first_published_at__gte=published_from)
    if published_before is not None:
        articles = articles.filter(first_published_at__lt=published_before)
    return articles.search(" ".join(backend_terms(terms)), operator="and")
