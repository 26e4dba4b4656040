"""Reads of polls: results as readers and editors see them."""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import ngettext

from articles.models import ArticlePage
from core.templatetags.depesche import compact_number
from polls.models import Poll, PollVote


@dataclass(frozen=True)
class AnswerResult:
    id: int
    text: str
    votes: int
    percent: int


@dataclass(frozen=True)
class PollResults:
    total: int
    answers: list[AnswerResult]

    def as_json(self) -> dict:
        return {
            "total": self.total,
            "total_text": ngettext("%(count)s vote", "%(count)s votes", self.total)
            % {"count": compact_number(self.total)},
            "answers": [answer.__dict__ for answer in self.answers],
        }


def poll_results(*, poll: Poll) -> PollResults:
    """Votes per answer with whole percentages that add up to 100 (largest remainder), from
    the answers' counters: one query, or none when the answers are prefetched."""
    answers = list(poll.answers.all())
    total = sum(answer.votes for answer in answers)
    if total:
        exact = [answer.votes * 100 / total for answer in answers]
        percents = [int(share) for share in exact]
        by_remainder = sorted(
            range(len(answers)), key=lambda i: (exact[i] - percents[i], -i), reverse=True
        )
        for i in by_remainder[: 100 - sum(percents)]:
            percents[i] += 1
    else:
        percents = [0] * len(answers)
    return PollResults(
        total=total,
        answers=[
            AnswerResult(id=a.pk, text=a.text, votes=a.votes, percent=p)
            for a, p in zip(answers, percents, strict=True)
        ],
    )


def poll_vote_of(*, poll: Poll, reader_key: str | None) -> int | None:
    """The answer this reader chose, if they voted."""
    if reader_key is None:
        return None
    return (
        PollVote.objects.filter(poll=poll, voter=reader_key)
        .values_list("answer_id", flat=True)
        .first()
    )


def poll_ids_shown_on(*, article_id: int) -> set[int] | None:
    """The polls the published article's body shows now, or None when no such article is
    published: one query. Read from the live body itself rather than the reference index
    (`poll_article_ids`), which a task brings up to date after the publication: a vote for a
    poll just published must not wait for the task worker."""
    body = ArticlePage.objects.live().filter(pk=article_id).values_list("body", flat=True).first()
    if body is None:
        return None
    return {block["value"] for block in body.raw_data if block["type"] == "poll"}


@dataclass(frozen=True)
class PollPlace:
    """Somewhere else than an article's body that shows polls (a live ticker's entries). The
    app that shows them registers it (`poll_place_register`, from its AppConfig.ready): polls
    may not import the apps above it (docs/design.md §8). `shows(article_id=, poll_id=)`: does
    the published article show this poll there (one query); `article_ids(poll=)`: the
    articles that show it there."""

    shows: Callable[..., bool]
    article_ids: Callable[..., list[int]]


_places: list[PollPlace] = []


def poll_place_register(place: PollPlace):
    if place not in _places:
        _places.append(place)


def poll_shown_elsewhere(*, article_id: int, poll_id: int) -> bool:
    """Whether the article shows the poll outside its body: one query per registered place,
    asked only for a poll that is not in the body."""
    return any(place.shows(article_id=article_id, poll_id=poll_id) for place in _places)


def poll_article_ids(*, poll: Poll) -> list[int]:
    """The pages whose body shows this poll, from Wagtail's reference index (kept by a task
    after each save: with DEPESCHE_TASKS_BACKEND=database, once the worker ran it)."""
    from wagtail.models import Page, ReferenceIndex

    in_bodies = [
        int(pk)
        for pk in ReferenceIndex.get_references_to(poll)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    ]
    elsewhere = [pk for place in _places for pk in place.article_ids(poll=poll)]
    return list(dict.fromkeys([*in_bodies, *elsewhere]))
