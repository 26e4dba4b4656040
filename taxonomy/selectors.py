from core.fragments import keeper, kept_get_many
from core.http import NAV

# The kept navigation (core.fragments): renewed with the `nav` tag, which every change to a
# section (published, moved, unpublished, shown in the menu or not) renews (edge.purge).
NAVIGATION_KEY = "navigation"


def section_navigation(request=None):
    """The live sections shown in the menu, in the editors' order, for the site header: kept
    with the `nav` tag (no query while no section changed), once per request (the header and
    the modules under an article share it)."""
    from taxonomy.models import SectionPage

    sections = getattr(request, "_depesche_navigation", None)
    if sections is None:
        sections = kept_get_many([NAVIGATION_KEY], request=request).get(NAVIGATION_KEY)
    if sections is None:
        with keeper(request) as keep:
            sections = list(
                SectionPage.objects.live()
                .in_menu()
                .order_by("path")
                .only("title", "url_path", "path", "depth")
            )
            if not getattr(request, "is_preview", False):
                keep(NAVIGATION_KEY, sections, tags={NAV})
    if request is not None:
        request._depesche_navigation = sections
    return sections
