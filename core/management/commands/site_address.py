from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from core.errors import Refused
from core.services import site_address_set


class Command(BaseCommand):
    help = (
        "Set the default Wagtail site's host name and port from the site's address "
        "(DEPESCHE_BASE_URL unless given), which every absolute URL names. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("base_url", nargs="?", default=settings.WAGTAILADMIN_BASE_URL)

    def handle(self, *args, base_url: str, **options):
        try:
            site = site_address_set(base_url=base_url)
        except Refused as refusal:
            raise CommandError(refusal.message) from None
        self.stdout.write(_("Site address: %(url)s") % {"url": site.root_url})
