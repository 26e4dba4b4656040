import logging
from pathlib import Path

from django.core.management.base import BaseCommand

from articles.models import ArticlePage
from demo.services import demo_newsroom_load, demo_newsroom_write


class Command(BaseCommand):
    help = (
        "Load the demo newsroom (sections, topics, regions, authors, 61 articles and their "
        "readers' comments, reactions, votes and views) when the site has no articles yet."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="load even if articles exist (updates the demo ones)",
        )
        parser.add_argument(
            "--write",
            type=Path,
            metavar="FOLDER",
            help=(
                "load nothing: write the demo's import file (its times as of now) and its "
                "pictures into FOLDER, for `import_articles FOLDER/newsroom.json`"
            ),
        )

    def handle(self, *args, force=False, write=None, **options):
        if write is not None:
            write.mkdir(parents=True, exist_ok=True)
            self.stdout.write(f"Written: {demo_newsroom_write(write)} and its pictures.")
            return
        if ArticlePage.objects.exists() and not force:
            self.stdout.write("The site has articles already; the demo newsroom is not loaded.")
            return
        # Wagtail logs every page it creates and publishes: hundreds of lines for the demo.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        result, readers = demo_newsroom_load()
        flagship = ArticlePage.objects.get(external_id="demo-flagship")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo newsroom loaded: {result.created} articles created, "
                f"{result.updated} updated, {result.images_created} pictures. "
                f"Flagship article: {flagship.url}"
            )
        )
        if readers is None:
            self.stdout.write("The demo articles have readers already; none were added.")
        else:
            self.stdout.write(
                f"Its readers: {readers.comments} comments ({readers.pending} waiting for a "
                f"moderator, {readers.rejected} rejected), {readers.reactions} reactions, "
                f"{readers.poll_votes} poll votes, {readers.views} views."
            )
