"""Synthetic articles in bulk, for scale tests and benchmarks (`generate_articles`).

Creating 100'000 pages through Wagtail's API (a revision and a publish each) would take hours.
This writes the rows of the page tree directly, in batches: treebeard paths computed by
treebeard's own helper, one INSERT per batch and table. The articles are live and complete
for readers; they have no revisions (Wagtail makes one at the first edit in the admin) and
are not in the search index until `manage.py update_index` runs.
"""

import json
import random
import uuid
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from wagtail.models import Page

from articles.models import ArticleAuthor, ArticlePage, ArticleRegion, ArticleTopic
from authors.models import AuthorPage
from core.text import slug_de
from images.models import NewsImage
from taxonomy.models import RegionPage, SectionPage, TopicPage

BATCH = 1000
SUBJECTS = [
    "Gemeinderat", "Kantonsregierung", "Bundesrat", "Verband", "Startup", "Spital", "Schule",
    "Verkehrsbetrieb", "Energieversorger", "Forschungsteam", "Eishockeyclub", "Bauernverband",
    "Museum", "Festival", "Polizei", "Stadtrat", "Nationalbank", "Bergbahn", "Tierpark", "Uni",
]  # fmt: skip
VERBS = [
    "plant", "stoppt", "verschiebt", "lanciert", "prüft", "kritisiert", "feiert", "erhöht",
    "senkt", "eröffnet", "verliert", "gewinnt", "fordert", "bestätigt", "testet",
]  # fmt: skip
OBJECTS = [
    "neue Buslinie", "Sanierung des Bahnhofs", "Ausbau der Solaranlagen", "Budget für 2027",
    "Sommerprogramm", "Pilotprojekt mit Drohnen", "Fusion zweier Gemeinden", "Preise für Tickets",
    "Velo-Schnellroute", "Hochwasserschutz", "digitale Schalter", "Wärmeverbund", "Saisonstart",
    "Rekordsaison", "Parkplatzgebühren", "Lehrstellenmarkt", "Neubau der Eishalle",
]  # fmt: skip
SENTENCES = [
    "Die Verantwortlichen rechnen mit einem Entscheid bis Ende Jahr.",
    "Kritik kommt vor allem aus den umliegenden Gemeinden.",
    "Die Kosten belaufen sich nach ersten Schätzungen auf rund 12 Millionen Franken.",
    "Eine Mehrheit der Befragten begrüsst das Vorhaben.",
    "Das letzte Wort dürfte das Stimmvolk haben.",
    "Fachleute halten den Zeitplan für ambitioniert, aber machbar.",
    "Betroffene können sich bis Mitte Monat zum Projekt äussern.",
    "Die Behörden wollen die Bevölkerung an einem Informationsabend orientieren.",
]


def _headline(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"


def articles_generate(*, count: int, seed: int = 1) -> int:
    """Create `count` live articles spread over the existing sections, topics, regions and
    authors, published over the last two years. Returns the number created."""
    rng = random.Random(seed)
    sections = list(SectionPage.objects.all())
    topics = list(TopicPage.objects.all())
    regions = list(RegionPage.objects.filter(depth__gt=3))
    authors = list(AuthorPage.objects.all())
    images = list(NewsImage.objects.exclude(credit="").values_list("pk", flat=True)[:50])
    if not (sections and topics and regions and authors):
        raise ValueError("Load the demo newsroom first (manage.py load_demo): no taxonomy yet.")

    content_type = ContentType.objects.get_for_model(ArticlePage)
    locale_id = sections[0].locale_id
    now = timezone.now()
    next_step = {}
    for section in sections:
        last = section.get_last_child()
        next_step[section.pk] = int(last.path[-Page.steplen :], 36) + 1 if last else 1
    number = (Page.objects.aggregate(top=Max("pk"))["top"] or 0) + 1
    created = 0
    while created < count:
        size = min(BATCH, count - created)
        with transaction.atomic():
            batch = []
            for _ in range(size):
                section = rng.choice(sections)
                step = next_step[section.pk]
                next_step[section.pk] += 1
                headline = _headline(rng)
                slug = f"{slug_de(headline, max_length=60)}-{number}"
                number += 1
                published = now - timedelta(seconds=rng.randint(60, 2 * 365 * 86400))
                chosen_topics = rng.sample(topics, k=min(len(topics), rng.randint(1, 3)))
                batch.append(
                    (
                        ArticlePage(
                            title=headline,
                            draft_title=headline,
                            slug=slug,
                            content_type=content_type,
                            locale_id=locale_id,
                            translation_key=uuid.uuid4(),
                            path=Page._get_path(section.path, section.depth + 1, step),
                            depth=section.depth + 1,
                            numchild=0,
                            url_path=f"{section.url_path}{slug}/",
                            live=True,
                            has_unpublished_changes=False,
                            first_published_at=published,
                            last_published_at=published,
                            lead=" ".join(rng.sample(SENTENCES, 2)),
                            key_points=json.dumps(
                                [{"type": "point", "value": s} for s in rng.sample(SENTENCES, 3)]
                            ),
                            body=json.dumps(
                                [
                                    {"type": "paragraph", "value": f"<p>{s}</p>"}
                                    for s in rng.sample(SENTENCES, 5)
                                ]
                            ),
                            primary_topic=chosen_topics[0],
                            hero_image_id=rng.choice(images) if images else None,
                            hero_caption="",
                        ),
                        chosen_topics,
                        rng.sample(regions, k=min(len(regions), rng.randint(1, 2))),
                        rng.sample(authors, k=min(len(authors), rng.randint(1, 2))),
                    )
                )
            _insert(batch)
            for section in sections:
                added = sum(1 for article, *_ in batch if article.path.startswith(section.path))
                if added:
                    SectionPage.objects.filter(pk=section.pk).update(numchild=F("numchild") + added)
        created += size
    return created


def _insert(batch):
    """Insert the pages' rows in Wagtail's page table, then in the article table, then the
    ordered relations: one statement per table and batch."""
    articles = [article for article, *_ in batch]
    page_fields = [f.attname for f in Page._meta.concrete_fields if not f.primary_key]
    pages = Page.objects.bulk_create(
        [Page(**{name: getattr(article, name) for name in page_fields}) for article in articles]
    )
    for article, page in zip(articles, pages, strict=True):
        article.pk = article.page_ptr_id = page.pk
    # Django's bulk_create refuses multi-table models; _insert is what Model.save uses for
    # the child table, given the parent's primary key.
    ArticlePage._base_manager._insert(
        articles, fields=ArticlePage._meta.local_concrete_fields, using="default"
    )
    ArticleTopic.objects.bulk_create(
        ArticleTopic(
            page_id=article.pk,
            topic=topic,
            sort_order=index,
            published_at=article.first_published_at,
        )
        for article, topics, _regions, _authors in batch
        for index, topic in enumerate(topics)
    )
    ArticleRegion.objects.bulk_create(
        ArticleRegion(
            page_id=article.pk,
            region=region,
            sort_order=index,
            in_dateline=index == 0,
            published_at=article.first_published_at,
        )
        for article, _topics, regions, _authors in batch
        for index, region in enumerate(regions)
    )
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(page_id=article.pk, author=author, sort_order=index)
        for article, _topics, _regions, authors in batch
        for index, author in enumerate(authors)
    )
