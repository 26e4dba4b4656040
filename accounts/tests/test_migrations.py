"""Accounts made before pseudonyms existed get one when the migration runs."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# serialized_rollback: its flush at the end then leaves the tables empty for the next
# transactional test that restores the serialized data (a plain flush recreates content types).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("accounts", "0001_initial")]
AFTER = [("accounts", "0003_pseudonym_unique")]


def test_existing_accounts_get_a_pseudonym_number_each():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    User = old.get_model("auth", "User")
    ReaderProfile = old.get_model("accounts", "ReaderProfile")
    named = User.objects.create(username="anna@example.org", email="anna@example.org")
    ReaderProfile.objects.create(user=named, display_name="Anna")
    unnamed = User.objects.create(username="ben@example.org", email="ben@example.org")
    ReaderProfile.objects.create(user=unnamed, display_name="")
    bare = User.objects.create(username="cleo@example.org", email="cleo@example.org")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    profiles = new.get_model("accounts", "ReaderProfile").objects
    ids = [named.pk, unnamed.pk, bare.pk]
    numbers = {p.user_id: p.pseudonym for p in profiles.filter(user_id__in=ids)}
    assert set(numbers) == {named.pk, unnamed.pk, bare.pk}
    assert len(set(numbers.values())) == 3
    assert all(1000 <= n <= 9_999_999 for n in numbers.values())
    assert profiles.get(user_id=named.pk).display_name == "Anna"
