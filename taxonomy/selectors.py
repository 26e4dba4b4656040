def section_navigation(request=None):
    """The live sections shown in the menu, in the editors' order, for the site header: one
    query, once per request (the header and the modules under an article share it)."""
    from taxonomy.models import SectionPage

    sections = getattr(request, "_depesche_navigation", None)
    if sections is None:
        sections = list(
            SectionPage.objects.live()
            .in_menu()
            .order_by("path")
            .only("title", "url_path", "path", "depth")
        )
        if request is not None:
            request._depesche_navigation = sections
    return sections
