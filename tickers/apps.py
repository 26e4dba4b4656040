from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TickersConfig(AppConfig):
    name = "tickers"
    verbose_name = _("Live tickers")
