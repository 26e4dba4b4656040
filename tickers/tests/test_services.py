"""The ticker services: start, post, edit, delete, end and reopen, and what they purge. The
article is imported once for the module (kept_for_module)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import ArticlePage
from core.errors import Refused
from tickers.models import Entry, EntryVersion, Ticker
from tickers.services import (
    entry_delete,
    entry_edit,
    entry_post,
    ticker_end,
    ticker_reopen,
    ticker_start,
)


@pytest.fixture
def article(db, article_built):
    """The article, imported once for the module (conftest.article_built), as the database has
    it (published), read again for each test; the package's `editor`, `ticker` and `post` get
    it too."""
    return ArticlePage.objects.get(pk=article_built.pk)


def test_start_post_edit_delete_take_the_next_sequence_and_keep_the_history(ticker, post, editor):
    assert ticker.started_at and ticker.sequence == 1
    first = post(title="Anpfiff", is_key=True)
    second = post(body="<p>Zweiter Eintrag</p>")
    assert (first.sequence, second.sequence) == (2, 3)
    edited = entry_edit(entry=first, user=editor, title="Anpfiff im Letzigrund")
    assert edited.sequence == 4 and edited.title == "Anpfiff im Letzigrund" and edited.is_key
    deleted = entry_delete(entry=second, user=editor)
    assert deleted.sequence == 5 and deleted.deleted_at is not None
    ticker.refresh_from_db()
    assert ticker.sequence == 5
    assert ticker.last_posted_at == first.posted_at  # the newest entry still visible
    history = list(EntryVersion.objects.filter(entry=first).values_list("action", "data"))
    assert [action for action, _ in history] == ["posted", "edited"]
    assert history[0][1]["title"] == "Anpfiff" and history[1][1]["title"].endswith("Letzigrund")
    assert EntryVersion.objects.get(entry=second, action="deleted").user == editor


def test_text_is_cleaned_to_rich_text(post):
    entry = post(body='<p>Hallo <script>alert(1)</script><b onclick="x()">Welt</b></p>')
    assert entry.body == "<p>Hallo <b>Welt</b></p>"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"body": "<p> </p>", "title": ""}, "empty_entry"),
        ({"body": "", "title": "x" * 201}, "title_too_long"),
        ({"video_url": "javascript:alert(1)"}, "bad_video"),
        ({"posted_at": timezone.now() + timedelta(hours=1)}, "future"),
    ],
)
def test_bad_entries_are_refused_in_german_and_change_nothing(ticker, editor, fields, code):
    fields.setdefault("body", "")
    with pytest.raises(Refused) as refused:
        entry_post(ticker=ticker, user=editor, **fields)
    assert refused.value.code == code
    assert Entry.objects.count() == 0
    assert Ticker.objects.get(pk=ticker.pk).sequence == ticker.sequence


def test_the_empty_entry_message_is_german(ticker, editor, settings):
    with pytest.raises(Refused) as refused:
        entry_post(ticker=ticker, user=editor, body="")
    assert "Eintrag braucht" in str(refused.value.message)


def test_an_entry_on_an_ended_or_unstarted_ticker_is_refused(ticker, post, editor, article):
    entry = post()
    ticker_end(ticker=ticker, user=editor)
    for action in (
        lambda: entry_post(ticker=ticker, user=editor, body="<p>Zu spät</p>"),
        lambda: entry_edit(entry=entry, user=editor, title="Zu spät"),
    ):
        with pytest.raises(Refused) as refused:
            action()
        assert refused.value.code == "ticker_ended"
    assert Entry.objects.count() == 1
    ticker_reopen(ticker=ticker, user=editor)
    assert post(body="<p>Weiter geht's</p>").sequence == Ticker.objects.get(pk=ticker.pk).sequence
    unstarted = Ticker.objects.create(article=_other_article(article))
    with pytest.raises(Refused) as refused:
        entry_post(ticker=unstarted, user=editor, body="<p>Zu früh</p>")
    assert refused.value.code == "ticker_not_started"


def _other_article(article):
    copy = article.copy(update_attrs={"slug": "zweiter-ticker", "title": "Zweiter Ticker"})
    return copy


def test_a_deleted_entry_cannot_be_edited(post, editor):
    entry = entry_delete(entry=post(), user=editor)
    with pytest.raises(Refused) as refused:
        entry_edit(entry=entry, user=editor, title="Auferstanden")
    assert refused.value.code == "entry_deleted"
    with pytest.raises(Refused):
        entry_delete(entry=entry, user=editor)


def test_start_end_and_reopen_refuse_the_wrong_order(ticker, editor, article):
    with pytest.raises(Refused):
        ticker_start(article=article, user=editor)
    with pytest.raises(Refused):
        ticker_reopen(ticker=ticker, user=editor)
    ticker_end(ticker=ticker, user=editor)
    with pytest.raises(Refused):
        ticker_end(ticker=ticker, user=editor)
    with pytest.raises(Refused):
        ticker_start(article=article, user=editor)
    assert ticker_reopen(ticker=ticker, user=editor).ended_at is None


def test_one_entry_is_pinned_at_a_time(post, editor):
    first = post(is_pinned=True)
    second = post(is_pinned=True)
    first.refresh_from_db()
    assert not first.is_pinned and second.is_pinned
    assert first.sequence == second.sequence  # the same change: open pages learn of both
    assert EntryVersion.objects.filter(entry=first, action="edited").exists()


def test_every_write_purges_the_ticker_tag_and_status_changes_the_article(
    article, editor, django_capture_on_commit_callbacks
):
    from django_tasks.signals import task_enqueued

    sent = []

    def record(sender, task_result, **kwargs):
        if task_result.task.name == "pages_changed":
            sent.append(task_result.kwargs)

    task_enqueued.connect(record)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            ticker = ticker_start(article=article, user=editor)
        with django_capture_on_commit_callbacks(execute=True):
            entry = entry_post(ticker=ticker, user=editor, body="<p>Eins</p>")
        with django_capture_on_commit_callbacks(execute=True):
            entry_edit(entry=entry, user=editor, body="<p>Zwei</p>")
        with django_capture_on_commit_callbacks(execute=True):
            entry_delete(entry=entry, user=editor)
        with django_capture_on_commit_callbacks(execute=True):
            ticker_end(ticker=ticker, user=editor)
    finally:
        task_enqueued.disconnect(record)
    tag = f"ticker-{article.pk}"
    assert len(sent) == 5 and all(tag in batch["tags"] for batch in sent)
    # Entries purge the ticker's pages only, not the teasers of the article on other pages.
    assert [f"page-{article.pk}" in b["tags"] for b in sent] == [
        True,
        False,
        False,
        False,
        True,
    ]
