"""The desk's numbers at 100'000 articles with 30 days of hourly counts (docs/newsroom.md).

What it measures: the «Zahlen» dashboard's selector (`engagement.numbers.numbers_top`) for each
period (1 h, 24 h, 7 d) and metric (views, interactions), with and without a section filter,
the CSV export's selector for 7 days (every article with numbers), one article's report
(`article_numbers`), and the dashboard view itself through Django's test client as a logged-in
editor: p50 and max in ms over --repeat runs, and the queries of one run. Goal: under 1 s.

How: like bench/explain_queries.py it builds a throwaway site (`migrate`, `load_demo`,
`generate_articles`) in the DATABASE_URL database, which must be PostgreSQL and whose name must
contain "bench" or "test" (it is emptied first), then fills 30 days of hourly rows with one
`INSERT … SELECT … generate_series`: in each of the 720 hours, every 33rd article (about 3'000
of 100'000, a different third of the archive each hour) has views, comments, votes and
reactions, about 2.2 million rows. `ANALYZE`, then the timings.

    createdb -h 127.0.0.1 -U postgres depesche_bench_numbers
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/depesche_bench_numbers \\
        .venv/bin/python bench/desk_numbers.py [--articles 100000] [--repeat 7] [--reuse]

Results: a table on stdout and bench/results/desk_numbers.json (git-ignored).
"""

import argparse
import json
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from article_render import (  # noqa: E402
    HOST,
    BenchError,
    django_on_postgres,
    git_commit,
    machine,
    manage,
    site_build,
)

HOURS = 30 * 24
EVERY = 33  # in each hour, every 33rd article has numbers


def hours_fill() -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM engagement_articleviewhour")
        if cursor.fetchone()[0] < 100_000:
            print("Filling 30 days of hourly counts", flush=True)
            started = time.perf_counter()
            cursor.execute("TRUNCATE engagement_articleviewhour")
            cursor.execute(
                "INSERT INTO engagement_articleviewhour"
                " (article_id, hour, views, comments, poll_votes, reactions)"
                " SELECT a.page_ptr_id, date_trunc('hour', now()) - h * interval '1 hour',"
                " (a.page_ptr_id * (h + 1)) %% 500 + 1, (a.page_ptr_id + h) %% 4,"
                " (a.page_ptr_id + h) %% 3, (a.page_ptr_id * h) %% 7"
                " FROM articles_articlepage a CROSS JOIN generate_series(0, %s) h"
                " WHERE (a.page_ptr_id + h) %% %s = 0",
                [HOURS - 1, EVERY],
            )
            print(f"  {time.perf_counter() - started:.0f} s", flush=True)
        cursor.execute("ANALYZE")
        cursor.execute("SELECT count(*) FROM engagement_articleviewhour")
        return cursor.fetchone()[0]


def measure(function, repeat: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    function()  # warm: connection, caches
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            function()
            times.append((time.perf_counter() - started) * 1000)
    return {
        "p50_ms": round(statistics.median(times), 1),
        "max_ms": round(max(times), 1),
        "queries": len(captured),
    }


def cases() -> dict:
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.test import Client, override_settings
    from django.utils import timezone

    from articles.models import ArticlePage
    from engagement.numbers import PERIODS, article_numbers, numbers_top
    from taxonomy.models import SectionPage

    section = SectionPage.objects.order_by("path").first()
    user, _ = User.objects.get_or_create(username="bench-desk", defaults={"is_superuser": True})
    if not user.is_superuser:
        user.is_superuser = True
        user.save(update_fields=["is_superuser"])
    client = Client(HTTP_HOST=HOST)
    client.force_login(user)
    article = ArticlePage.objects.order_by("-pk").first()
    found = {}
    for period, span in PERIODS.items():
        for metric in ("views", "interactions"):

            def top(span=span, metric=metric, section=None):
                return numbers_top(since=timezone.now() - span, metric=metric, section=section)

            found[f"top, {period}, {metric}"] = top
            found[f"top, {period}, {metric}, section"] = lambda top=top: top(section=section)

    def export():
        return numbers_top(since=timezone.now() - timedelta(days=7), limit=None)

    # The admin's static URLs without the manifest (the benchmark times the numbers, not
    # static files; the reader site's manifest has no admin entries when --reuse'd).
    plain = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }

    def view():
        with override_settings(STORAGES=plain):
            response = client.get("/admin/numbers/?period=7d&metric=interactions")
        assert response.status_code == 200, response.status_code

    found["CSV export rows, 7 days"] = export
    found["article report (selector)"] = lambda: article_numbers(article=article)
    found["dashboard view, 7 d, interactions"] = view
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="use the site already built")
    args = parser.parse_args(argv)
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print("desk_numbers: set DATABASE_URL to a PostgreSQL database", file=sys.stderr)
        return 2
    try:
        env = django_on_postgres("numbers")
        from django.db import connection

        setup = {}
        if not args.reuse:
            print(f"Building a site with {args.articles} articles", flush=True)
            setup = site_build(env, args.articles)
        else:  # the static files' manifest lives in the (new) temporary folder
            manage(env, "collectstatic", "--noinput")
        rows = hours_fill()
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM articles_articlepage")
            total = cursor.fetchone()[0]
    except BenchError as error:
        print(f"desk_numbers: error: {error}", file=sys.stderr)
        return 1
    print(f"\n{total} articles, {rows} hourly rows, PostgreSQL {connection.pg_version}\n")
    results = {}
    print(f"{'case':45} {'p50 ms':>8} {'max ms':>8} {'queries':>8}")
    for name, function in cases().items():
        results[name] = measure(function, args.repeat)
        r = results[name]
        print(f"{name:45} {r['p50_ms']:8.1f} {r['max_ms']:8.1f} {r['queries']:8d}", flush=True)
    # The goal is the dashboard's: the CSV export (every article of the span) is a download.
    slowest = max(r["max_ms"] for name, r in results.items() if not name.startswith("CSV"))
    print(f"\nslowest dashboard or report case: {slowest:.0f} ms (goal: under 1000 ms)")
    out = ROOT / "bench" / "results" / "desk_numbers.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "articles": total,
                "hourly_rows": rows,
                "setup": setup,
                "results": results,
                "commit": git_commit(),
                "machine": machine(),
            },
            indent=2,
        )
    )
    return 0 if slowest < 1000 else 1


if __name__ == "__main__":
    sys.exit(main())
