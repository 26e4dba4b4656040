from django.apps import AppConfig


class EdgeConfig(AppConfig):
    """The edge cache: purging Varnish when content changes, and the health check it probes."""

    name = "edge"

    def ready(self):
        from edge import signals  # noqa: F401  (connects the receivers)
