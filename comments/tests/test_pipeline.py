"""Each stage of the moderation pipeline on its own. The tests that need no article or two of
their own, and the order the stages run in, are in test_pipeline_apart.py."""

import copy

import pytest
from django.test import override_settings
from django.utils import timezone

from comments import pipeline
from comments.models import Comment, CommentStatus, HoldReason, ModerationWord
from comments.pipeline import Draft, Hold, Refused
from comments.services import comment_create, section_of
from comments.tests.conftest import solved
from core.models import CommentMode
from engagement.guard import limits_count


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


@pytest.fixture
def draft(article, guest_reader):
    def build(body="Ein sachlicher Beitrag.", reader=None, **fields):
        fields.setdefault("section", section_of(article))
        return Draft(
            article=article,
            reader=reader or guest_reader(),
            body=body,
            proof_of_work=fields.pop("proof_of_work", None) or solved(),
            **fields,
        )

    return build


def refused_code(stage, draft) -> str:
    with pytest.raises(Refused) as refusal:
        stage(draft)
    assert refusal.value.message
    return refusal.value.code


# 1. length and emptiness


@pytest.mark.parametrize("body", ["", "   ", "\n\n", "!", "…  ?!", "a"])
def test_empty_comments_are_refused(draft, body):
    assert refused_code(pipeline.check_length, draft(body)) == "empty"


def test_over_long_comments_are_refused_with_their_length(draft):
    with pytest.raises(Refused) as refusal:
        pipeline.check_length(draft("x" * 2001))
    assert refusal.value.code == "too_long" and "2001" in refusal.value.message


def test_a_short_and_a_maximal_comment_pass(draft):
    assert pipeline.check_length(draft("Ja")) is None
    assert pipeline.check_length(draft("x" * 2000)) is None


# 2. comments closed


def test_comments_closed_by_the_article(draft, article):
    article.comment_mode = CommentMode.CLOSED
    assert refused_code(pipeline.check_open, draft()) == "closed"


def test_comments_closed_by_the_section(draft, article):
    section = section_of(article)
    section.comment_mode = CommentMode.CLOSED
    assert refused_code(pipeline.check_open, draft(section=section)) == "closed"


def test_comments_close_after_the_sections_number_of_days(draft, article):
    section = section_of(article)
    section.comments_close_after_days = 3
    article.first_published_at = timezone.now() - timezone.timedelta(days=2)
    assert pipeline.check_open(draft(section=section)) is None
    article.first_published_at = timezone.now() - timezone.timedelta(days=4)
    assert refused_code(pipeline.check_open, draft(section=section)) == "closed"


def test_the_stricter_of_article_and_section_wins(article):
    section = section_of(article)
    section.comment_mode = CommentMode.PREMODERATED
    assert pipeline.effective_mode(article, section) == CommentMode.PREMODERATED
    article.comment_mode = CommentMode.CLOSED
    assert pipeline.effective_mode(article, section) == CommentMode.CLOSED


# 3. the same text again within 6 minutes


def test_the_same_text_again_is_refused_on_the_same_article(draft, article, guest_reader):
    comment_create(
        article=article, reader=guest_reader(), body="Gute Idee!", proof_of_work=solved()
    )
    other = guest_reader(ip="203.0.113.50")
    # Case, spacing and punctuation do not make it another text.
    assert refused_code(pipeline.check_duplicate, draft("  gute   IDEE ", reader=other)) == (
        "duplicate"
    )


def test_the_same_text_after_six_minutes_passes(draft, article, guest_reader):
    comment = comment_create(
        article=article, reader=guest_reader(), body="Gute Idee!", proof_of_work=solved()
    )
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - timezone.timedelta(minutes=7)
    )
    assert pipeline.check_duplicate(draft("Gute Idee!")) is None


# 4. banned and suspicious words


def test_a_banned_word_refuses_the_comment(draft, db):
    ModerationWord.objects.create(word="Vollpfosten", kind=ModerationWord.Kind.BANNED)
    assert refused_code(pipeline.check_words, draft("Du VOLLPFOSTEN, echt.")) == "banned_word"


def test_a_suspicious_word_holds_the_comment(draft, db):
    ModerationWord.objects.create(word="lügenpresse", kind=ModerationWord.Kind.SUSPICIOUS)
    assert pipeline.check_words(draft("Typisch Lügenpresse!")) == Hold(
        HoldReason.WORD, "lügenpresse"
    )


def test_words_match_whole_words_unless_they_end_with_a_star(draft, db):
    ModerationWord.objects.create(word="idiot*", kind=ModerationWord.Kind.SUSPICIOUS)
    ModerationWord.objects.create(word="ass", kind=ModerationWord.Kind.BANNED)
    assert pipeline.check_words(draft("Diese Idioten!")).reason == HoldReason.WORD
    assert pipeline.check_words(draft("Der Kompass zeigt nach Norden.")) is None


def test_the_word_list_follows_the_admin_without_a_restart(draft, db):
    assert pipeline.check_words(draft("Ein Wort wie Bratwurst.")) is None
    word = ModerationWord.objects.create(word="bratwurst", kind=ModerationWord.Kind.SUSPICIOUS)
    assert pipeline.check_words(draft("Ein Wort wie Bratwurst.")) is not None
    word.delete()
    assert pipeline.check_words(draft("Ein Wort wie Bratwurst.")) is None


# 5. links


@pytest.mark.parametrize(
    "body",
    [
        "Mehr unter https://example.com/angebot",
        "Siehe www.example.org",
        "Kauft bei shop.example.ch/aktion!",
        "<a href='http://evil.test'>hier</a>",
    ],
)
def test_links_to_other_sites_hold_the_comment(draft, body):
    hold = pipeline.check_links(draft(body))
    assert hold is not None and hold.reason == HoldReason.LINK


@override_settings(ALLOWED_HOSTS=["news.example.org"])
def test_links_to_the_site_itself_pass(draft):
    assert pipeline.check_links(draft("Siehe https://news.example.org/news/artikel/")) is None
    assert pipeline.check_links(draft("Das ist z.B. gut. Ende.Punkt")) is None


# 6. rate limits: the stage checks, comment_create counts what it stored


def _accepted(draft):
    """The stage lets the comment through and the comment is stored (and so counted)."""
    pipeline.check_rate_limits(draft)
    limits_count(pipeline.comment_limits(draft.reader))


def test_guests_may_comment_twice_a_minute(draft, guest_reader):
    reader = guest_reader()
    _accepted(draft(reader=reader))
    _accepted(draft(reader=reader))
    assert refused_code(pipeline.check_rate_limits, draft(reader=reader)) == "rate_limited"


def test_the_stage_itself_counts_nothing(draft, guest_reader):
    reader = guest_reader()
    for _ in range(10):
        pipeline.check_rate_limits(draft(reader=reader))


def test_established_accounts_may_comment_more_often(draft, account_reader):
    reader = account_reader()
    for _ in range(5):
        _accepted(draft(reader=reader))
    assert refused_code(pipeline.check_rate_limits, draft(reader=reader)) == "rate_limited"


def test_accounts_younger_than_a_day_have_the_guests_limits(draft, account_reader):
    reader = account_reader(days_old=0)
    _accepted(draft(reader=reader))
    _accepted(draft(reader=reader))
    assert refused_code(pipeline.check_rate_limits, draft(reader=reader)) == "rate_limited"


def test_many_guests_behind_one_address_share_its_limit(draft, guest_reader):
    for _ in range(4):
        _accepted(draft(reader=guest_reader(ip="192.0.2.1")))
    fifth = draft(reader=guest_reader(ip="192.0.2.1"))
    assert refused_code(pipeline.check_rate_limits, fifth) == "rate_limited"
    assert pipeline.check_rate_limits(draft(reader=guest_reader(ip="192.0.2.2"))) is None


# 7. honeypot and proof of work


def test_a_filled_honeypot_is_refused(draft):
    assert refused_code(pipeline.check_bot, draft(honeypot="http://spam.test")) == "honeypot"


@pytest.mark.parametrize("payload", ["", "abc", "eyJ9", "x" * 3000])
def test_a_missing_or_forged_proof_of_work_is_refused(draft, payload):
    bad = draft()
    bad.proof_of_work = payload
    assert refused_code(pipeline.check_bot, bad) == "proof_of_work"


def test_a_proof_of_work_is_used_up(draft):
    first = draft()
    assert pipeline.check_bot(first) is None
    again = draft(proof_of_work=first.proof_of_work)
    assert refused_code(pipeline.check_bot, again) == "proof_of_work"


# 8. pre-moderation


def test_guests_are_premoderated_by_default(draft):
    assert pipeline.check_premoderation(draft()) == Hold(HoldReason.GUEST)


@override_settings(DEPESCHE_COMMENTS_PREMODERATE_GUESTS=False)
def test_guest_premoderation_can_be_switched_off(draft):
    assert pipeline.check_premoderation(draft()) is None


def test_accounts_publish_at_once_unless_the_article_is_premoderated(
    draft, article, account_reader
):
    reader = account_reader()
    assert pipeline.check_premoderation(draft(reader=reader)) is None
    article.comment_mode = CommentMode.PREMODERATED
    assert pipeline.check_premoderation(draft(reader=reader)) == Hold(HoldReason.PREMODERATED)


# the whole pipeline


def test_a_hold_does_not_stop_later_stages_from_refusing(draft, guest_reader):
    bad = draft("Siehe https://example.com", honeypot="filled")
    with pytest.raises(Refused) as refusal:
        pipeline.pipeline_run(bad)
    assert refusal.value.code == "honeypot"


def test_the_first_hold_is_the_recorded_reason(article, guest_reader):
    ModerationWord.objects.create(word="werbung", kind=ModerationWord.Kind.SUSPICIOUS)
    comment = comment_create(
        article=article,
        reader=guest_reader(),
        body="Werbung: https://example.com",
        proof_of_work=solved(),
    )
    assert comment.status == CommentStatus.PENDING
    assert (comment.held_reason, comment.held_detail) == (HoldReason.WORD, "werbung")
