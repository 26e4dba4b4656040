import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from demo.synthetic import articles_generate


class Command(BaseCommand):
    help = (
        "Generate N synthetic live articles in bulk (for scale tests and benchmarks), spread "
        "over the sections, topics, regions and authors of the demo newsroom."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count, seed, **options):
        if count < 1:
            raise CommandError("--count must be 1 or more")
        started = time.monotonic()
        try:
            created = articles_generate(count=count, seed=seed)
        except ValueError as error:
            raise CommandError(str(error)) from None
        if connection.vendor == "postgresql":
            # Right after a bulk insert PostgreSQL's planner still believes the tables are
            # small and picks sequential scans: the article page took 230 ms at 100'000
            # articles before ANALYZE, 40 ms after (docs/performance.md). Autovacuum would
            # get there, minutes later.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"{created} articles generated in {time.monotonic() - started:.0f} s."
            )
        )
