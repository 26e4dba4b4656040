from django.apps import AppConfig


class ReaderConfig(AppConfig):
    """Assembles the reader's pages: what a page shows besides its own fields, from the apps
    below (docs/architecture.md#layers)."""

    name = "reader"

    def ready(self):
        # Registers the page models' context builders (core.pages).
        import reader.pages  # noqa: F401
