"""Voting (docs/design.md §4): validated, limited and deduplicated before anything is stored."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from core.errors import Refused
from core.params import whole_number
from engagement.counters import stats_add
from engagement.guard import Limit, limits_check, limits_count, reader_ban
from engagement.identity import Reader, guest_ensure
from polls.models import Poll, PollAnswer, PollVote
from polls.selectors import poll_ids_shown_on, poll_shown_elsewhere


def poll_vote(*, poll_id: int, answer_id, article_id, reader: Reader) -> tuple[Poll, int]:
    """Store one reader's vote. Returns the poll (answers prefetched, counts fresh) and the
    answer's id. Raises Refused; a refused vote changes nothing."""
    poll = Poll.objects.prefetch_related("answers").filter(pk=poll_id).first()
    if poll is None:
        raise Refused(_("This poll does not exist (any more)."), code="not_found", status=404)
    answer_id = whole_number(answer_id)
    answer = next((a for a in poll.answers.all() if a.pk == answer_id), None)
    if answer is None:
        raise Refused(_("Please choose one of the answers."), code="answer")
    article_id = whole_number(article_id)
    shown = poll_ids_shown_on(article_id=article_id) if article_id is not None else None
    if shown is None:
        raise Refused(_("This poll belongs to no published article."), code="article")
    if poll.pk not in shown and not poll_shown_elsewhere(article_id=article_id, poll_id=poll.pk):
        # A vote counts for the article that shows the poll, not any article (issue 10 §5).
        raise Refused(_("This poll is not part of this article."), code="article")
    if poll.is_closed:
        raise Refused(_("This poll is closed."), code="closed", status=409)
    if reader_ban(reader) is not None:
        raise Refused(_("You can no longer take part here."), code="banned", status=403)
    already = _("You have voted in this poll already.")
    if reader.key and PollVote.objects.filter(poll=poll, voter=reader.key).exists():
        # Before the address limit, so that a reader's second try costs their household
        # nothing; the unique constraint below settles votes that arrive together.
        raise Refused(already, code="voted", status=409)
    limit = Limit(
        key=f"vote:{poll.pk}:{reader.ip_hash}",
        count=settings.DEPESCHE_POLL_VOTES_PER_ADDRESS,
        seconds=3600,
    )
    if exceeded := limits_check([limit]):
        raise Refused(
            _("Too many votes from your connection.") + " " + exceeded.wait_text,
            code="rate_limited",
            status=429,
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
        raise Refused(already, code="voted", status=409) from None
    limits_count([limit])  # stored: now it counts against the address (engagement.guard)
    poll = Poll.objects.prefetch_related("answers").get(pk=poll.pk)
    return poll, answer.pk
