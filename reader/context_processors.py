from django.conf import settings
from django.utils.functional import SimpleLazyObject

from taxonomy.selectors import section_navigation


def site(request):
    """The site name, and the header's sections: one query, made only if a template uses it."""
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "navigation": SimpleLazyObject(lambda: section_navigation(request)),
    }
