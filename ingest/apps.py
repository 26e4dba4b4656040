from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IngestConfig(AppConfig):
    name = "ingest"
    verbose_name = _("Ingest")

    def ready(self):
        from ingest import tasks  # noqa: F401  (connects the poller to the scheduler's pass)
