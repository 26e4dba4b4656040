def section_navigation():
    """The live sections shown in the menu, in the editors' order, for the site header."""
    from taxonomy.models import SectionPage

    return list(SectionPage.objects.live().in_menu().order_by("path").only("title", "url_path"))
