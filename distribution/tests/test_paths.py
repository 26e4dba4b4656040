from distribution.paths import feed_paths_for


def test_feed_paths_name_every_feed_and_sitemap_that_lists_the_article(client, newsroom):
    article = newsroom(1, authors=[{"name": "Anna Muster"}, {"name": "Beat Beispiel"}]).pages[0]
    paths = feed_paths_for(article)
    for fmt in ("rss", "atom"):
        assert f"/feeds/{fmt}/" in paths
        assert f"/feeds/{fmt}/section/schweiz/" in paths
        assert f"/feeds/{fmt}/topic/verkehr/" in paths
        assert f"/feeds/{fmt}/topic/velo/" in paths
        assert f"/feeds/{fmt}/author/beat-beispiel/" in paths
        # The article's region and every region above it (their feeds include sub-regions).
        for region in ("welt", "welt/europa", "welt/europa/schweiz/zuerich/winterthur"):
            assert f"/feeds/{fmt}/region/{region}/" in paths
    assert {"/sitemap.xml", "/sitemap-articles.xml", "/sitemap-news.xml"} <= set(paths)
    # Each path answers, and lists the article.
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        if "/feeds/" in path or "articles" in path:
            assert article.title.encode() in response.content or article.url.encode() in (
                response.content
            ), path
