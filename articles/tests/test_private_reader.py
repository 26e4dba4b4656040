"""A reader allowed to see a view-restricted article gets it, privately (the public surfaces
are in test_private.py, with its articles kept for the module)."""

from django.test import Client
from wagtail.models import PageViewRestriction

from discovery.tests.helpers import articles_publish

from .test_private import SECRET, restrict


def test_a_reader_who_may_see_it_gets_it_privately(
    db, tmp_path, django_capture_on_commit_callbacks
):
    (secret,) = articles_publish(tmp_path, [{"headline": f"{SECRET} der Stadtregierung"}])
    with django_capture_on_commit_callbacks(execute=True):
        restrict(secret, "password")
    client = Client(HTTP_HOST="127.0.0.1")
    restriction = PageViewRestriction.objects.get(page=secret)
    answer = client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{secret.pk}/",
        {"password": "geheim", "return_url": secret.url},
    )
    assert answer.status_code == 302, answer.content.decode()[:3000]
    response = client.get(secret.url)
    assert 'name="password"' not in response.content.decode()
    assert SECRET in response.content.decode()
    assert "public" not in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    # Nothing tells our edge cache to keep it or what it shows (Wagtail adds no-store, but
    # the page's own headers would still say «keep it 60 seconds»).
    assert "Surrogate-Control" not in response
    assert "X-Cache-Tags" not in response
