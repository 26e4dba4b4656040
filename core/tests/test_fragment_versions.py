"""Tags without a version yet get theirs in one write (core.fragments): a candidate list names
its 25 articles, most of them never shown before."""

from unittest import mock

from django.core.cache import cache

from core.fragments import keeper, kept_get_many


def test_new_tags_get_their_versions_in_one_write():
    tags = {f"page-{number}" for number in range(30)}
    calls = mock.Mock(wraps=cache)
    with mock.patch("core.fragments.cache", calls), keeper() as keep:
        keep("list:1", [1, 2, 3], tags=tags)
    # The versions (none yet), theirs written, read again with the content generation, the
    # fragment written.
    written = ["get_many", "set_many", "get_many", "set_many"]
    assert [call[0] for call in calls.method_calls] == written
    assert kept_get_many(["list:1"]) == {"list:1": [1, 2, 3]}
