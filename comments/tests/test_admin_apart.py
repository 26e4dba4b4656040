"""Moderation admin tests without the article test_admin.py keeps for its tests: unknown tabs
and people, the word list."""

import pytest

from comments.models import ModerationWord

from .test_admin import editor_logged_in


@pytest.fixture
def editor_client(db):
    return editor_logged_in()


def test_unknown_tab_is_404(editor_client):
    assert editor_client.get("/admin/comments/?status=everything").status_code == 404


@pytest.mark.parametrize("query", ["", "?guest=abc", "?guest=999999", "?user=999999"])
def test_history_of_nobody_is_404(editor_client, query):
    assert editor_client.get(f"/admin/comments/history/{query}").status_code == 404


def test_the_word_list_is_edited_in_the_admin(editor_client):
    response = editor_client.post(
        "/admin/snippets/comments/moderationword/add/",
        {"word": "  Vollpfosten ", "kind": "banned", "note": ""},
    )
    assert response.status_code == 302
    assert ModerationWord.objects.get().word == "vollpfosten"


def test_the_same_word_in_other_case_is_refused_in_the_form(editor_client):
    ModerationWord.objects.create(word="idiot", kind=ModerationWord.Kind.SUSPICIOUS)
    response = editor_client.post(
        "/admin/snippets/comments/moderationword/add/",
        {"word": "IDIOT", "kind": "banned", "note": ""},
    )
    assert response.status_code == 200
    assert ModerationWord.objects.count() == 1
