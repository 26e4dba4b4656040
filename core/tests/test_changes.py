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
