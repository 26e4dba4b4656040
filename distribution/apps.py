from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DistributionConfig(AppConfig):
    """Feeds, sitemaps, structured data and the read-only API: what readers' apps, search
    engines and syndication partners read (docs/distribution.md)."""

    name = "distribution"
    verbose_name = _("Distribution")
