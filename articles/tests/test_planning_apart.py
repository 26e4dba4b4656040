"""«Planung» in the admin without the article of test_planning.py: its cost with 3 and 30
articles of its own, and who may not see it."""

from datetime import timedelta

from django.utils import timezone

from .test_planning import URL, import_scheduled, planning_queries


def test_the_calendar_costs_the_same_with_3_and_30_articles(admin_client, tmp_path):
    start = timezone.now() + timedelta(hours=1)
    import_scheduled(tmp_path, range(1, 4), start=start)
    few = planning_queries(admin_client)
    import_scheduled(tmp_path, range(4, 31), start=start + timedelta(hours=3))
    assert planning_queries(admin_client) == few


def test_readers_and_others_are_kept_out(client, django_user_model):
    assert client.get(URL).status_code == 302  # to the admin login
    outsider = django_user_model.objects.create_user("leserin", password="pw")
    client.force_login(outsider)
    assert client.get(URL).status_code in (302, 403)
