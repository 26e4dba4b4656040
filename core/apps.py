from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"

    def ready(self):
        from django.urls import register_converter

        from core import restrictions
        from core.params import IdConverter

        # `<id:…>` in every URL pattern with a row id (core.params); before any URLconf is
        # imported, which happens at the first request.
        register_converter(IdConverter, "id")

        restrictions.connect()
