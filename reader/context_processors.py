from django.conf import settings
from django.utils.functional import SimpleLazyObject

from taxonomy.selectors import section_navigation


def site(request):
    """The site name, and the header's sections (kept: taxonomy.selectors), read only if a
    template uses them."""
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "navigation": SimpleLazyObject(lambda: section_navigation(request)),
    }
