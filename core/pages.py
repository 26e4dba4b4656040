"""What a reader page shows besides its own fields is assembled above the apps that define
the page models (docs/design.md §8): the assembling app (reader) registers a builder for a
page model here, from its AppConfig.ready(), and the page's `get_context`
(core.models.PublicPageMixin) calls it. A page model so imports nothing above it, and a
preview (Wagtail's serve_preview, through get_context) is assembled like the page."""

from collections.abc import Callable

# A page model's label ("articles.ArticlePage") → builder(page, request, context), which adds
# to the page's context.
context_builders: dict[str, Callable] = {}


def context_builder(*labels: str):
    """Registers the decorated function as the context builder of the page models `labels`."""

    def register(builder: Callable) -> Callable:
        for label in labels:
            context_builders[label] = builder
        return builder

    return register
