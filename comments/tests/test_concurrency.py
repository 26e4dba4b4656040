"""Many readers at once, on PostgreSQL (the production database): every accepted comment is
stored exactly once and every counter is exact. SQLite serialises writers anyway, so these run
only when DATABASE_URL points at PostgreSQL."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.utils import timezone

from articles.models import ArticlePage
from comments.models import Comment, CommentStatus
from comments.services import comment_create, comment_react, comments_moderate
from engagement.identity import Reader
from engagement.models import ArticleStats
from engagement.proof_of_work import challenge_create, challenge_solve

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL)"),
]

PARALLEL = 50


def _parallel(work, count=PARALLEL):
    """Run work(n) for n in range(count) in as many threads, each with its own connection."""

    def run(n):
        try:
            return work(n)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


@pytest.fixture
def readers(db):
    users = User.objects.bulk_create(
        [User(username=f"leser{n}", email=f"leser{n}@example.org") for n in range(PARALLEL)]
    )
    User.objects.update(date_joined=timezone.now() - timezone.timedelta(days=30))
    return [Reader(user=user, guest=None, ip=f"192.0.2.{n}") for n, user in enumerate(users)]


def test_fifty_parallel_comments_are_all_stored_once_and_counted(article, readers):
    solutions = [challenge_solve(challenge_create()) for _ in range(PARALLEL)]

    def post(n):
        page = ArticlePage.objects.get(pk=article.pk)
        return comment_create(
            article=page,
            reader=readers[n],
            body=f"Paralleler Kommentar Nummer {n}",
            proof_of_work=solutions[n],
        ).pk

    ids = _parallel(post)
    assert len(set(ids)) == PARALLEL
    comments = Comment.objects.filter(article=article)
    assert comments.count() == PARALLEL
    assert sorted(comments.values_list("body", flat=True)) == sorted(
        f"Paralleler Kommentar Nummer {n}" for n in range(PARALLEL)
    )
    assert ArticleStats.objects.get(pk=article.pk).comments == PARALLEL


def test_fifty_parallel_reactions_and_two_moderators_keep_exact_counts(article, readers):
    [author, *others] = readers
    comment = comment_create(
        article=article,
        reader=author,
        body="Worauf alle reagieren",
        proof_of_work=challenge_solve(challenge_create()),
    )
    reply = comment_create(
        article=article,
        reader=Reader(user=None, guest=None, ip="198.51.100.1"),
        body="Eine Antwort eines Gastes",
        parent=comment,
        proof_of_work=challenge_solve(challenge_create()),
    )
    assert reply.status == CommentStatus.PENDING

    def act(n):
        if n < 2:
            # Two moderators approve the same reply at the same moment.
            return comments_moderate(comment_ids=[reply.pk], action="approve", moderator=None)
        return comment_react(comment=comment, reader=others[n - 2], value=1 if n % 2 else -1)

    _parallel(act)
    comment.refresh_from_db()
    reactions = PARALLEL - 2
    assert comment.likes + comment.dislikes == reactions
    assert comment.likes == sum(1 for n in range(2, PARALLEL) if n % 2)
    assert comment.reply_count == 1
    stats = ArticleStats.objects.get(pk=article.pk)
    assert (stats.comments, stats.reactions) == (2, reactions)
