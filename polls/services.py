"""Voting (DESIGN.md §4): validated, limited and deduplicated before anything is stored."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from engagement.counters import stats_add
from engagement.guard import Limit, limits_check, limits_count, reader_ban
from engagement.identity import Reader, guest_ensure
from polls.models import Poll, PollAnswer, PollVote
from polls.selectors import poll_ids_shown_on


class VoteRefused(Exception):
    """A vote that is not stored; `message` says why, in the reader's language.
    `retry_after`: seconds until a rate limit lets the reader in again (`Retry-After`)."""

    def __init__(
        self,
        message: str,
        *,
        status: int = 400,
        poll: Poll | None = None,
        retry_after: int | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.status = status
        self.poll = poll
        self.retry_after = retry_after


def _whole_number(value) -> int | None:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**63 else None


def poll_vote(*, poll_id: int, answer_id, article_id, reader: Reader) -> tuple[Poll, int]:
    """Store one reader's vote. Returns the poll (answers prefetched, counts fresh) and the
    answer's id. Raises VoteRefused; a refused vote changes nothing."""
    poll = Poll.objects.prefetch_related("answers").filter(pk=poll_id).first()
    if poll is None:
        raise VoteRefused(_("This poll does not exist (any more)."), status=404)
    answer_id = _whole_number(answer_id)
    answer = next((a for a in poll.answers.all() if a.pk == answer_id), None)
    if answer is None:
        raise VoteRefused(_("Please choose one of the answers."), poll=poll)
    article_id = _whole_number(article_id)
    shown = poll_ids_shown_on(article_id=article_id) if article_id is not None else None
    if shown is None:
        raise VoteRefused(_("This poll belongs to no published article."), poll=poll)
    if poll.pk not in shown:
        # A vote counts for the article that shows the poll, not any article (issue 10 §5).
        raise VoteRefused(_("This poll is not part of this article."), poll=poll)
    if poll.is_closed:
        raise VoteRefused(_("This poll is closed."), status=409, poll=poll)
    if reader_ban(reader) is not None:
        raise VoteRefused(_("You can no longer take part here."), status=403, poll=poll)
    already = _("You have voted in this poll already.")
    if reader.key and PollVote.objects.filter(poll=poll, voter=reader.key).exists():
        # Before the address limit, so that a reader's second try costs their household
        # nothing; the unique constraint below settles votes that arrive together.
        raise VoteRefused(already, status=409, poll=poll)
    limit = Limit(
        key=f"vote:{poll.pk}:{reader.ip_hash}",
        count=settings.DEPESCHE_POLL_VOTES_PER_ADDRESS,
        seconds=3600,
    )
    if exceeded := limits_check([limit]):
        raise VoteRefused(
            _("Too many votes from your connection.") + " " + exceeded.wait_text,
            status=429,
            poll=poll,
            retry_after=exceeded.retry_after,
        )
    guest_ensure(reader)
    try:
        with transaction.atomic():
            PollVote.objects.create(
                poll=poll,
                answer=answer,
                article_id=article_id,
                voter=reader.key,
                ip_hash=reader.ip_hash,
                user=reader.user,
            )
            PollAnswer.objects.filter(pk=answer.pk).update(votes=F("votes") + 1)
            stats_add(article_id=article_id, poll_votes=1)
    except IntegrityError:
        raise VoteRefused(already, status=409, poll=poll) from None
    limits_count([limit])  # stored: now it counts against the address (engagement.guard)
    poll = Poll.objects.prefetch_related("answers").get(pk=poll.pk)
    return poll, answer.pk
