from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    """What leads readers to articles: the home page's layout, the modules under an article
    (related, more in section/topic/region, most read) and search."""

    name = "discovery"
    verbose_name = _("Discovery")
