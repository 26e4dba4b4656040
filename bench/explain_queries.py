"""Query plans of the listing and module queries on PostgreSQL, with many articles.

What it shows: for every query the reader pages make to list articles (section, topic, region
and author pages, the home page's and the article page's module candidates, «Meistgelesen»,
the teasers, search), PostgreSQL's `EXPLAIN (ANALYZE, BUFFERS)` plan on a site with
--articles articles, and whether the plan reads a whole big table (a `Seq Scan` on articles,
pages, their topic/region/author links or the view counts). Those would grow with the archive;
the budgets in docs/design.md §5 need index scans.

How: like bench/article_render.py it builds a throwaway site (`migrate`, `load_demo`,
`generate_articles`) in the DATABASE_URL database, which must be PostgreSQL and whose name must
contain "bench" or "test" (it is emptied first). It then runs the reader pages' own selectors
with Django's query capture, and EXPLAINs each captured statement after `ANALYZE`.

    createdb -h 127.0.0.1 -U postgres depesche_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/depesche_bench \\
        .venv/bin/python bench/explain_queries.py [--articles 100000] [--reuse]

`--reuse` skips building when the database already has the site (for a second look).
Generated articles are not in the search index (`manage.py update_index` adds them; slow at
100'000): the search plan is for the demo articles' index entries only.
Prints the plans and a summary; exits 1 when a plan scans a big table sequentially.
"""

import argparse
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from article_render import (  # noqa: E402
    FLAGSHIP,
    BenchError,
    django_on_postgres,
    site_build,
)

MOST_READ = "«Meistgelesen» (every 5 minutes, cached)"
BIG_TABLES = (
    "wagtailcore_page",
    "articles_articlepage",
    "articles_articletopic",
    "articles_articleregion",
    "articles_articleauthor",
    "engagement_articleviewhour",
    "engagement_articlestats",
)


def captured(function) -> list[str]:
    """The SQL statements `function` runs."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        function()
    return [query["sql"] for query in queries.captured_queries]


def statements() -> dict[str, list[str]]:
    """Each reader page's listing and module queries, captured from the selectors."""
    from articles.models import ArticlePage
    from articles.selectors import article_detail, article_teasers
    from authors.models import AuthorPage
    from discovery.candidates import most_read_cached
    from discovery.selectors import article_modules, articles_search, home_layout
    from home.models import HomePage
    from taxonomy.models import RegionPage, SectionPage, TopicPage

    flagship = ArticlePage.objects.get(external_id=FLAGSHIP)
    detail = article_detail(page=flagship)
    section = SectionPage.objects.get(pk=flagship.get_parent().pk)
    topic = detail.kicker_topic or TopicPage.objects.first()
    country = RegionPage.objects.filter(kind="country").order_by("path").first()
    author = AuthorPage.objects.first()
    home = HomePage.objects.get()

    def listing(**filters):
        def run():
            articles = article_teasers(**filters)
            list(articles[:21])  # page 1 (and one row to know there is a next page)
            list(articles[480:501])  # page 25, the last a listing shows

        return run

    within = [country.pk, *RegionPage.objects.descendant_of(country).values_list("pk", flat=True)]

    return {
        "section page": captured(listing(section=section)),
        "topic page": captured(listing(topic=topic)),
        "region page (a country and everything in it)": captured(listing(region_ids=within)),
        "author page": captured(listing(author=author)),
        # Computed once every few minutes (discovery.candidates.most_read_cached): it adds up
        # all view rows of the last 24 hours, so it is shown, not failed.
        MOST_READ: captured(lambda: most_read_cached()),
        "home page": captured(lambda: home_layout(page=home)),
        "article modules": captured(
            lambda: article_modules(
                page=flagship,
                topics=detail.topics,
                regions=detail.regions,
                primary_topic=detail.kicker_topic,
                section=section,
            )
        ),
        "search": captured(lambda: list(articles_search(terms=["Gotthard"])[:10])),
    }


def engagement_fill() -> None:
    """Counters as a busy site has them (the planner picks other plans for empty tables):
    stats for every article, views in each of the last 30 hours for 3'000 articles."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM engagement_articlestats")
        if cursor.fetchone()[0]:
            return
        print("Filling the engagement counters", flush=True)
        cursor.execute(
            "INSERT INTO engagement_articlestats"
            " (article_id, comments, poll_votes, reactions, views)"
            " SELECT page_ptr_id, page_ptr_id % 50, page_ptr_id % 7, page_ptr_id % 30,"
            " page_ptr_id % 5000 FROM articles_articlepage"
        )
        cursor.execute(
            "INSERT INTO engagement_articleviewhour (article_id, hour, views)"
            " SELECT a.page_ptr_id, date_trunc('hour', now()) - h * interval '1 hour',"
            " (a.page_ptr_id * h) % 500 + 1"
            " FROM (SELECT page_ptr_id FROM articles_articlepage ORDER BY page_ptr_id DESC"
            " LIMIT 3000) a CROSS JOIN generate_series(0, 29) h"
        )


def explain(sql: str) -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        return "\n".join(row[0] for row in cursor.fetchall())


def sequential_scans(plan: str) -> list[str]:
    return [table for table in re.findall(r"Seq Scan on (\w+)", plan) if table in BIG_TABLES]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="use the site already built")
    args = parser.parse_args(argv)
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print("explain_queries: set DATABASE_URL to a PostgreSQL database", file=sys.stderr)
        return 2
    try:
        env = django_on_postgres("explain")
        from django.db import connection

        if not args.reuse:
            print(f"Building a site with {args.articles} articles", flush=True)
            site_build(env, args.articles)
        engagement_fill()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
            cursor.execute("SELECT count(*) FROM articles_articlepage")
            total = cursor.fetchone()[0]
    except BenchError as error:
        print(f"explain_queries: error: {error}", file=sys.stderr)
        return 1

    print(f"\n{total} articles, PostgreSQL {connection.pg_version}\n")
    problems = {}
    for page, sqls in statements().items():
        for number, sql in enumerate(sqls, start=1):
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            plan = explain(sql)
            time = re.search(r"Execution Time: ([\d.]+) ms", plan)
            scans = sequential_scans(plan)
            print(f"== {page}, query {number}: {time.group(1) if time else '?'} ms")
            print(f"   {sql[:300]}{' …' if len(sql) > 300 else ''}")
            print("   " + plan.replace("\n", "\n   "))
            print()
            if scans and page != MOST_READ:
                problems[f"{page}, query {number}"] = scans
    if problems:
        print("Sequential scans of big tables:")
        for where, tables in problems.items():
            print(f"  {where}: {', '.join(tables)}")
        return 1
    print("No sequential scan of a big table.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
