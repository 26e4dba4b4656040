from django.apps import AppConfig


class ReaderConfig(AppConfig):
    """Assembles the reader's pages: what a page shows besides its own fields, from the apps
    below (docs/architecture.md#layers)."""

    name = "reader"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site

        # Registers the page models' context builders (core.pages).
        import reader.pages  # noqa: F401
        from reader.routing import sites_changed

        post_save.connect(sites_changed, sender=Site, dispatch_uid="reader-site-saved")
        post_delete.connect(sites_changed, sender=Site, dispatch_uid="reader-site-deleted")
