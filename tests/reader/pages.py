"""The paths of the demo newsroom's reader page types, as this package's tests read them."""


def reader_paths() -> dict[str, str]:
    """The path of each reader page type of the loaded demo newsroom (conftest.demo_pages
    renders them, and the live ticker's page besides)."""
    from articles.models import ArticlePage
    from authors.models import AuthorPage
    from home.models import InfoPage
    from taxonomy.models import RegionPage, TopicPage

    flagship = ArticlePage.objects.get(external_id="demo-flagship")
    poll = next(block.value for block in flagship.body if block.block_type == "poll")
    return {
        "home": "/",
        "section": flagship.get_parent().url,
        "topic": TopicPage.objects.live().first().url,
        "region": RegionPage.objects.get(slug="schweiz").url,
        "author": AuthorPage.objects.live().first().url,
        "article": flagship.url,
        "search": "/suche/?q=Gotthard",
        "search-errors": "/suche/?q=Gotthard&from=gestern&section=keine",
        "search-empty": "/suche/",
        "comments": f"/kommentare/{flagship.pk}/",
        "poll": f"/engagement/polls/{poll.pk}/?article={flagship.pk}",
        "login": "/konto/login/",
        "signup": "/konto/signup/",
        "password-reset": "/konto/password/reset/",
        "not-found": "/gibt-es-nicht/",
        "corrected-article": ArticlePage.objects.get(external_id="demo-001").url,
        "corrections": "/korrekturen/",
        "info": InfoPage.objects.get(purpose="corrections_policy").url,
    }
