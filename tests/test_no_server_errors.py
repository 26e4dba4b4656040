"""No input answers 5xx (issue 10 §2; docs/architecture.md, «Reader input»).

Walks every URL pattern of the site (but the newsroom under /admin/) with a corpus of bad
values in its path parameters and in every query parameter and form field the site reads,
with GET, HEAD and POST, and asserts that none answers with a server error. Real ids come
from a small newsroom, so that the views get past their "does it exist" check; it is built once
for the module (kept_for_module).
"""

import copy
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.utils.regex_helper import normalize

from comments.models import Comment, CommentStatus
from conftest import articles_import, kept_for_module
from polls.models import Poll, PollAnswer

# Values a path parameter or a query parameter gets, as they stand in the URL.
BAD = [
    "0",
    "-1",
    str(2**63),
    str(2**64),
    str(10**30),
    quote("²"),
    quote("٣"),
    "%00",
    "%ff",
    "a" * 5000,
]
# Every query parameter and form field the site reads (grep request.GET, request.POST,
# getlist, forms bound to them; Wagtail API v2's own), and allauth's `next`.
PARAMETERS = [
    "page", "p", "q", "section", "from", "to", "sort", "after", "replies_to", "article",
    "answer", "parent", "body", "website", "altcha", "value", "reason", "note", "offset",
    "limit", "id", "child_of", "descendant_of", "ancestor_of", "translation_of", "topic",
    "region", "author", "fields", "order", "search", "search_operator", "type", "html_path",
    "locale", "status", "user", "guest", "ids", "next", "saved", "lift",
]  # fmt: skip
# What each reader view reads, tried one at a time (the all-at-once walk below could hide
# one parameter behind another's refusal).
READS = {
    "": ["page"],
    "themen/": ["page"],
    "autoren/": ["page"],
    "{section}/": ["page"],
    "suche/?q=Meldung": ["q", "section", "from", "to", "page"],
    "engagement/articles/{article}/comments/": ["sort", "after", "replies_to"],
    "engagement/articles/{article}/comments/?sort=liked": ["after"],
    "kommentare/{article}/": ["page"],
    "engagement/polls/{poll}/": ["article"],
    "api/v2/articles/": PARAMETERS[18:34],
    "sitemap-articles.xml": ["p"],
}
POSTS = {
    "engagement/articles/{article}/comments/": ["parent", "body", "website", "altcha"],
    "engagement/comments/{comment}/reaction/": ["value"],
    "engagement/comments/{comment}/report/": ["reason", "note"],
    "engagement/polls/{poll}/vote/": ["answer", "article"],
}


def _patterns(patterns, prefix=""):
    """(regex, pattern) of every URL pattern, with the prefixes of the includes."""
    for pattern in patterns:
        regex = prefix + pattern.pattern.regex.pattern.removeprefix("^")
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern.url_patterns, regex)
        else:
            yield regex, pattern


def _url_formats():
    """Every public URL as a format string with its parameters ("kommentare/%(article_id)s/",
    ["article_id"]), as Django's reverse() sees them."""
    formats = []
    for regex, _pattern in _patterns(get_resolver().url_patterns):
        if regex.startswith(("admin/", "static/")):
            continue
        for format_string, names in normalize(regex):
            formats.append((format_string, names))
    return formats


@pytest.fixture(scope="module")
def world_built(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """Two articles, a comment and a poll, built once for the module (conftest's
    `kept_for_module`, docs/testing.md): what a test writes is rolled back after it."""
    with kept_for_module(request, django_db_blocker):
        with django_db_blocker.unblock():
            world = _world(articles_import(tmp_path_factory.mktemp("world"), 2).pages[0])
        yield world


@pytest.fixture
def world(db, world_built):
    return copy.deepcopy(world_built)


def _world(article):
    comment = Comment.objects.create(
        article=article, body="Ein Kommentar.", status=CommentStatus.APPROVED, fingerprint="x"
    )
    poll = Poll(question="Velowege?")
    poll.answers = [PollAnswer(text="Ja"), PollAnswer(text="Nein")]
    poll.save()
    section = article.get_parent().specific
    ids = {"article": article.pk, "comment": comment.pk, "poll": poll.pk}
    valid = {
        "article_id": article.pk,
        "pk": article.pk,
        "page_id": article.pk,
        "comment_id": comment.pk,
        "poll_id": poll.pk,
        "kind": "section",
        "path": section.slug,
        "section": "articles",
        "_0": article.get_url().strip("/") + "/",
    }
    return {"valid": valid, "ids": {**ids, "section": section.slug}}


def _client():
    return Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)


def _check(failures, response, method, url):
    if response.status_code >= 500:
        failures.append(f"{response.status_code} {method} {url[:300]}")


def test_no_path_parameter_answers_5xx(world):
    client = _client()
    failures = []
    for format_string, names in _url_formats():
        fills = [{name: world["valid"].get(name, "1") for name in names}]
        if names:
            fills += [dict.fromkeys(names, value) for value in BAD]
        for values in fills:
            url = "/" + format_string % values
            for method in ("get", "head", "post"):
                _check(failures, getattr(client, method)(url), method, url)
    assert not failures, "\n".join(failures)


def test_no_query_parameter_answers_5xx(world):
    """Every URL with all parameters at once, then each reader view's own one at a time."""
    client = _client()
    failures = []
    urls = []
    for format_string, names in _url_formats():
        urls.append("/" + format_string % {name: world["valid"].get(name, "1") for name in names})
    urls += ["/" + url.format(**world["ids"]) for url in READS]
    for url in urls:
        joiner = "&" if "?" in url else "?"
        for value in [*BAD, "1"]:
            query = "&".join(f"{name}={value}&{name}=2" for name in PARAMETERS)
            _check(failures, client.get(url + joiner + query), "get", url + joiner + query)
    for url, names in READS.items():
        url = "/" + url.format(**world["ids"])
        joiner = "&" if "?" in url else "?"
        for name in names:
            for value in [*BAD, "", f"1&{name}=2"]:
                full = f"{url}{joiner}{name}={value}"
                _check(failures, client.get(full), "get", full)
    assert not failures, "\n".join(failures)


def test_no_form_field_answers_5xx(world):
    client = _client()
    failures = []
    for url, names in POSTS.items():
        url = "/" + url.format(**world["ids"])
        for name in names:
            for value in [*BAD, "", f"1&{name}=2"]:
                response = client.post(
                    url, f"{name}={value}", content_type="application/x-www-form-urlencoded"
                )
                _check(failures, response, "post", f"{url} {name}={value}")
    assert not failures, "\n".join(failures)
