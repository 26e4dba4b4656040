"""Comment service tests without the article test_services.py keeps for its tests: a reply
across two articles of its own."""

import pytest

from comments.pipeline import Refused

from .test_services import create


def test_replies_go_one_level_deep_on_the_same_article(newsroom, account_reader):
    first, second = newsroom(2).pages
    reader = account_reader()
    top = create(first, reader)
    reply = create(first, reader, body="Eine Antwort.", parent=top)
    top.refresh_from_db()
    assert reply.parent == top and top.reply_count == 1
    for parent, article in ((reply, first), (top, second)):
        with pytest.raises(Refused) as refusal:
            create(article, reader, body="Noch eine Antwort.", parent=parent)
        assert refusal.value.code == "parent"
