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


def test_a_request_reads_each_tag_version_once():
    """Within a request (core.middleware), the versions read are remembered: the home page
    checks, reads and keeps fragments naming the same 45 articles."""
    from core.fragments import tags_renew, versions_read_once

    tags = {f"page-{number}" for number in range(5)}
    with keeper() as keep:
        keep("part:1", "eins", tags=tags)
        keep("part:2", "zwei", tags=tags)
    with versions_read_once():
        assert kept_get_many(["part:1"]) == {"part:1": "eins"}
        calls = mock.Mock(wraps=cache)
        with mock.patch("core.fragments.cache", calls):
            assert kept_get_many(["part:2"]) == {"part:2": "zwei"}
            with keeper() as keep:
                keep("part:3", "drei", tags=tags)
        # The fragment, then (keeping) the content generation alone, the fragment written.
        read = [call.args[0] for call in calls.method_calls if call[0] == "get_many"]
        assert read[0] == ["part:2"] and all(not key.startswith("tag-version") for key in read[1])
        # A tag renewed in the request is stale in it at once.
        tags_renew(["page-1"])
        assert kept_get_many(["part:1", "part:3"]) == {}
