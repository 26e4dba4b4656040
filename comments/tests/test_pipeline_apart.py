"""Moderation pipeline tests without the article test_pipeline.py keeps for its tests: the
text's cleaning, a repeat on another article, the order the stages run in."""

import pytest

from comments import pipeline
from comments.pipeline import Draft, Refused
from comments.services import comment_create
from comments.tests.conftest import solved


def test_the_text_is_cleaned_before_it_is_judged():
    assert pipeline.text_clean("  Hallo\r\nWelt  \x00\x07\n\n\n\n\nEnde ") == "Hallo\nWelt\n\nEnde"


def test_the_same_reader_cannot_repeat_on_another_article(newsroom, guest_reader):
    first, second = newsroom(2).pages
    reader = guest_reader()
    comment_create(article=first, reader=reader, body="Gute Idee!", proof_of_work=solved())
    with pytest.raises(Refused):
        pipeline.check_duplicate(
            Draft(article=second, section=None, reader=reader, body="Gute Idee!")
        )
    # Another reader on another article may say the same.
    other = guest_reader(ip="203.0.113.51")
    assert (
        pipeline.check_duplicate(
            Draft(article=second, section=None, reader=other, body="Gute Idee!")
        )
        is None
    )


def test_stages_run_in_the_order_of_the_issue():
    assert [stage.__name__ for stage in pipeline.STAGES] == [
        "check_length",
        "check_open",
        "check_duplicate",
        "check_words",
        "check_links",
        "check_rate_limits",
        "check_bot",
        "check_premoderation",
    ]
