"""Changes go out in batches (core.changes): the transactions of a held block as one."""

import pytest


class _Sent:
    """The batches core.changes sends (its `content_committed` signal), ids sorted."""

    def __init__(self):
        self.batches = []

    def __call__(self, sender, **batch):
        batch.pop("signal", None)
        self.batches.append(
            {
                key: sorted(value) if isinstance(value, set) else value
                for key, value in batch.items()
            }
        )


@pytest.fixture
def sent():
    from core.changes import content_committed

    receiver = _Sent()
    content_committed.connect(receiver)
    yield receiver
    content_committed.disconnect(receiver)


@pytest.mark.django_db
def test_held_changes_of_several_commits_go_out_as_one_batch_when_the_block_ends(
    django_capture_on_commit_callbacks, sent
):
    """Wire items commit one by one: one purge for the run, not one per item."""
    from core import changes

    with changes.changes_held(seconds=60):
        for pk in (7, 8):
            with django_capture_on_commit_callbacks(execute=True):  # a commit
                changes.content_changed(page_ids=[pk], reason="published")
        # inside another block: the outer one sends
        with changes.changes_held(), django_capture_on_commit_callbacks(execute=True):
            changes.content_changed(page_ids=[9], reason="unpublished", listings=False)
        assert sent.batches == []
    assert len(sent.batches) == 1
    batch = sent.batches[0]
    assert (batch["page_ids"], batch["shown_ids"]) == ([7, 8], [9])
    assert batch["reason"] == "published, unpublished"


@pytest.mark.django_db
def test_held_changes_go_out_while_the_block_runs_once_they_are_older_than_its_seconds(
    django_capture_on_commit_callbacks, sent
):
    """Readers of a long run see its first items before it ends."""
    from core import changes

    with changes.changes_held(seconds=0):
        with django_capture_on_commit_callbacks(execute=True):
            changes.content_changed(page_ids=[7], reason="published")
        assert [batch["page_ids"] for batch in sent.batches] == [[7]]
    assert len(sent.batches) == 1  # nothing left to send at the end


@pytest.mark.django_db
def test_a_gathered_transaction_of_many_changes_holds_one_callback(
    django_capture_on_commit_callbacks, sent
):
    """An import changes thousands of pages in one transaction (ingest.writer gathers them):
    one flush is registered for its batch, not one per change, and a record whose savepoint
    is rolled back takes neither the callback nor the others' changes with it."""
    from django.db import connection, transaction

    from core import changes

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        transaction.atomic(),
        changes.changes_gathered(),
    ):
        for pk in range(1, 50):
            with transaction.atomic():
                changes.content_changed(page_ids=[pk], reason="imported")
        with pytest.raises(RuntimeError), transaction.atomic():
            changes.content_changed(page_ids=[99], reason="imported")
            raise RuntimeError("a bad record")
        changes.content_changed(page_ids=[100], reason="imported")
        assert not [entry for entry in connection.run_on_commit if entry[1] is changes._flush]
    assert len(callbacks) == 1
    assert len(sent.batches) == 1
    assert set(range(1, 50)) | {100} <= set(sent.batches[0]["page_ids"])


@pytest.mark.django_db
def test_a_failed_gathered_block_sends_nothing(django_capture_on_commit_callbacks, sent):
    from django.db import transaction

    from core import changes

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic(), changes.changes_gathered():
            changes.content_changed(page_ids=[1], reason="imported")
            raise RuntimeError("the import failed")
        changes.content_changed(page_ids=[2], reason="edited")
    assert [batch["page_ids"] for batch in sent.batches] == [[2]]
    assert len(callbacks) == 1
