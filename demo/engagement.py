"""The demo newsroom's readers (issue 15): comments, replies, reactions, poll votes and views,
so that a fresh site shows what a portal's readers do instead of «0 Interaktionen» everywhere.

Everything is written the way readers' writes are: comments through `comment_create` (the
whole pipeline: rate limits, proof of work, pre-moderation of guests) and `comments_moderate`,
reactions through `comment_react`, votes through `poll_vote`, views through `views_store` (what
the flush of counted views writes). The counters follow as they do on a real site; no total
is set. Each demo reader has an address of its own and stays within the limits a reader has
(a guest writes at most two comments, reacts at most 15 times), so the limits need no
exception for the demo.

The spread is a portal's: articles ranked (the flagship first, the rest in a seeded order)
get comments, reactions and views falling off like 1/rank (Zipf), so the top stories have
hundreds or dozens of interactions and the long tail a handful. Texts come from short German
templates, chosen with a seeded random generator: the same every load. Views fall in a few of
the last 24 hours («Meistgelesen» adds up the last 24), comments are dated back into the hours
after their article appeared, so a thread reads like one.
"""

import random
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from accounts.services import profile_update
from articles.models import ArticlePage
from comments.models import Comment, CommentStatus, ModerationReason
from comments.pipeline import comments_closed
from comments.services import comment_create, comment_react, comments_moderate, section_of
from discovery.candidates import MOST_READ_CACHE_KEY
from engagement.counters import views_store
from engagement.identity import Reader
from engagement.models import ArticleStats
from engagement.proof_of_work import challenge_create, challenge_solve
from polls.services import poll_vote

SEED = 15
FLAGSHIP = "demo-flagship"
GUESTS = 240
# (display name, days since the account was made): established members, not new accounts
# (which have a guest's stricter limits).
MEMBERS = [
    ("Regula aus Bern", 812),
    ("Marco_TI", 640),
    ("Hansjörg Meier", 1530),
    ("Sandra K.", 95),
    ("Velofahrer ZH", 420),
    ("Beat aus Chur", 2100),
    ("Nadia L.", 260),
    ("Urs Bühler", 990),
    ("Lisa vom Seeland", 150),
    ("Peter_58", 1780),
]
MEMBER_COMMENTS = 4  # within the 5 a minute an established account may write
GUEST_COMMENTS = 2  # within the 2 a minute of a guest
READER_REACTIONS = 15  # within the 20 a minute of a guest
# An easy proof of work: the demo's readers are the site's own writers (proof_of_work.py).
PROOF_OF_WORK_MAX_NUMBER = 50

# Comments per article at rank r: COMMENTS / r**0.85; reactions REACTIONS / r**1.2; views
# VIEWS / r**0.8; the flagship's poll gets POLL_VOTES. Each comment, reaction and vote is a
# service call of a few milliseconds: these numbers keep load_demo within a few seconds more.
COMMENTS = 20
REACTIONS = 120
VIEWS = 9000
POLL_VOTES = 110
REPLY_SHARE = 0.3
DISLIKE_SHARE = 0.2
VIEW_HOURS = 24
# Hours of views per article: each hour is an UPDATE of its own in views_store (load time).
VIEW_HOURS_PER_ARTICLE = 5

OPENERS = [
    "Danke für den Bericht.",
    "Gut recherchiert.",
    "Interessanter Artikel.",
    "Endlich schreibt jemand darüber.",
    "Schwieriges Thema.",
    "Das war zu erwarten.",
    "Ich lese das mit gemischten Gefühlen.",
    "Spannend, danke.",
    "Hm.",
    "Klar und verständlich erklärt.",
    "Ein wichtiger Beitrag.",
    "Das überrascht mich nicht.",
]
THOUGHTS = [
    "Mich würde interessieren, was das für {topic} konkret heisst.",
    "Zu {topic} hätte ich gern mehr Zahlen gesehen.",
    "Bei {topic} reden alle mit, aber entscheiden tut am Ende niemand.",
    "Bei uns im Quartier sieht man das schon lange.",
    "Die Zahlen sprechen für sich.",
    "Ich sehe das etwas anders: Man hätte früher handeln müssen.",
    "Wer bezahlt das am Ende? Wir Steuerzahler.",
    "Hoffentlich bleibt man hier dran und berichtet weiter.",
    "Die Gemeinden werden mit solchen Fragen allein gelassen.",
    "In der Romandie wird das übrigens ganz anders diskutiert.",
    "Meine Eltern haben das vor dreissig Jahren schon gesagt.",
    "Es braucht mehr Augenmass und weniger Schlagzeilen.",
    "Ich arbeite selber in der Branche: Die Lage ist ernster, als viele denken.",
    "Man sollte auch die andere Seite anhören.",
    "So funktioniert eben die direkte Demokratie.",
    "Das hätte man mit etwas gesundem Menschenverstand verhindern können.",
]
CLOSERS = [
    "",
    "",
    "Bleibt spannend.",
    "Mal sehen, was der Bundesrat dazu sagt.",
    "Danke für die Einordnung.",
    "Ich bin gespannt auf die Fortsetzung.",
    "Wir werden sehen.",
    "Grüsse aus dem Aargau.",
]
REPLIES = [
    "Sehe ich genauso.",
    "Da muss ich widersprechen.",
    "Haben Sie dafür eine Quelle?",
    "Das ist leider zu einfach gedacht.",
    "Genau das habe ich mir auch überlegt.",
    "Stimmt, das geht im Artikel etwas unter.",
    "Bei uns war es ähnlich.",
    "Interessanter Punkt, daran habe ich nicht gedacht.",
    "Nicht alles ist so schwarz-weiss.",
    "Danke, das ist eine gute Ergänzung.",
]
# What a moderator rejects: guests' comments, each written once per load.
REJECTED = [
    ("Alles gekauft, glaubt doch keiner mehr!!!", ModerationReason.MISINFORMATION),
    ("Idioten, alle miteinander.", ModerationReason.ABUSE),
    ("Hat jemand Tipps für ein gutes Restaurant in Luzern?", ModerationReason.OFF_TOPIC),
    ("Günstige Uhren, nur heute, schreibt mir privat.", ModerationReason.SPAM),
    ("Die Frau auf dem Foto wohnt übrigens bei mir im Haus, Nummer 12.", ModerationReason.PRIVACY),
    ("Das stand gestern schon überall, wieso erst jetzt?", ModerationReason.DUPLICATE),
]
# Share of the held comments a moderator has not got to yet.
PENDING_SHARE = 0.06


@dataclass(frozen=True)
class EngagementResult:
    comments: int
    pending: int
    rejected: int
    reactions: int
    poll_votes: int
    views: int


class _Readers:
    """The demo's readers: guests and members, each with an address of its own and a count of
    what it did in this load (to stay within its limits)."""

    def __init__(self, rng: random.Random, members):
        self.rng = rng
        self.guests = [Reader(user=None, guest=None, ip=_address(1, n)) for n in range(GUESTS)]
        self.members = [Reader(user=user, guest=None, ip=_address(2, n)) for n, user in members]
        self.comments: dict[int, int] = {}
        self.reactions: dict[int, int] = {}

    def writer(self) -> Reader:
        """A reader who may still comment: a member for a third of the comments."""
        if self.rng.random() < 0.33:
            free = [r for r in self.members if self.comments.get(id(r), 0) < MEMBER_COMMENTS]
            if free:
                return self._count(self.rng.choice(free), self.comments)
        while True:
            reader = self.rng.choice(self.guests)
            if self.comments.get(id(reader), 0) < GUEST_COMMENTS:
                return self._count(reader, self.comments)

    def reactor(self, exclude: set) -> Reader | None:
        for _attempt in range(20):
            reader = self.rng.choice(self.guests + self.members)
            if id(reader) not in exclude and self.reactions.get(id(reader), 0) < READER_REACTIONS:
                return self._count(reader, self.reactions)
        return None

    @staticmethod
    def _count(reader: Reader, counts: dict) -> Reader:
        counts[id(reader)] = counts.get(id(reader), 0) + 1
        return reader


def _address(block: int, number: int) -> str:
    """A reader's address in the private 10.15.0.0/16 network."""
    return f"10.15.{block * 16 + number // 250}.{number % 250 + 1}"


def _members(now) -> list[tuple[int, object]]:
    """The demo's member accounts (made once, found again on the next load): no password, so
    nobody logs in as them; the public name each chose."""
    user_model = get_user_model()
    members = []
    for number, (name, days) in enumerate(MEMBERS):
        user = user_model.objects.filter(username=f"demo-leser-{number + 1}").first()
        if user is None:
            user = user_model(
                username=f"demo-leser-{number + 1}",
                email=f"leser{number + 1}@demo.depesche.invalid",
                date_joined=now - timedelta(days=days),
            )
            user.set_unusable_password()
            user.save()
            profile_update(user=user, display_name=name)
        members.append((number, user))
    return members


def _text(rng: random.Random, topic: str | None, taken: set) -> str:
    """A comment not yet written on this article (the pipeline refuses the same text twice)."""
    thoughts = [t for t in THOUGHTS if topic or "{topic}" not in t]
    for _attempt in range(50):
        parts = [rng.choice(OPENERS), rng.choice(thoughts), rng.choice(CLOSERS)]
        text = " ".join(part for part in parts if part).format(topic=topic)
        if text not in taken:
            taken.add(text)
            return text
    raise RuntimeError("no unused comment text left")


def _reply(rng: random.Random, taken: set) -> str:
    for _attempt in range(50):
        text = f"{rng.choice(REPLIES)} {rng.choice(THOUGHTS[3:])}"
        if text not in taken:
            taken.add(text)
            return text
    raise RuntimeError("no unused reply text left")


def _write(article, reader: Reader, body: str, parent=None) -> Comment:
    proof = challenge_solve(challenge_create(max_number=PROOF_OF_WORK_MAX_NUMBER))
    return comment_create(
        article=article, reader=reader, body=body, parent=parent, proof_of_work=proof
    )


def _moderate(rng: random.Random, comments: list[Comment]) -> tuple[int, int]:
    """Decide on held comments as a moderator would: reject the demo's REJECTED texts, leave
    a few in the queue, approve the rest. Returns (rejected, pending)."""
    reasons = dict(REJECTED)
    approve, reject, wait = [], {}, []
    for comment in comments:
        if comment.status != CommentStatus.PENDING:
            continue
        if comment.body in reasons:
            reject.setdefault(reasons[comment.body], []).append(comment.pk)
        elif rng.random() < PENDING_SHARE:
            wait.append(comment.pk)
        else:
            approve.append(comment.pk)
    comments_moderate(comment_ids=approve, action="approve", moderator=None)
    for reason, ids in reject.items():
        comments_moderate(comment_ids=ids, action="reject", reason=reason, moderator=None)
    for comment in comments:
        if comment.pk in approve:
            comment.status = CommentStatus.APPROVED
    return sum(len(ids) for ids in reject.values()), len(wait)


def _ranked(articles: list, rng: random.Random) -> list:
    """The flagship first (its poll and every element), the others in a seeded order."""
    flagship = [a for a in articles if a.external_id == FLAGSHIP]
    others = sorted((a for a in articles if a.external_id != FLAGSHIP), key=lambda a: a.pk)
    rng.shuffle(others)
    return flagship + others


def demo_engagement_load(*, now=None) -> EngagementResult | None:
    """The demo articles' readers, written once: None (nothing written) when any demo article
    has counted or held something already, so a second `load_demo` adds nothing."""
    now = now or timezone.now()
    articles = list(
        ArticlePage.objects.live()
        .filter(external_id__startswith="demo-")
        .select_related("primary_topic")
    )
    ids = [a.pk for a in articles]
    if not articles or (
        ArticleStats.objects.filter(article_id__in=ids).exists()
        or Comment.objects.filter(article_id__in=ids).exists()
    ):
        return None
    rng = random.Random(SEED)
    with transaction.atomic():
        readers = _Readers(rng, _members(now))
        ranked = _ranked(articles, rng)
        comments, rejected, pending, reactions = _comments(rng, ranked, readers)
        votes = _poll_votes(rng, ranked[0], readers)
        views = _views(rng, ranked, now)
        _date_back(rng, now)
    # «Meistgelesen» is computed every few minutes; the new views count from now on.
    cache.delete(MOST_READ_CACHE_KEY)
    return EngagementResult(
        comments=comments,
        pending=pending,
        rejected=rejected,
        reactions=reactions,
        poll_votes=votes,
        views=views,
    )


def _comments(rng: random.Random, ranked: list, readers: _Readers) -> tuple[int, int, int, int]:
    """Comments, replies and reactions, article by article. Returns the numbers of comments
    written, rejected, left pending, and reactions."""
    written = rejected = pending = reactions = 0
    rejects = list(REJECTED)
    for rank, article in enumerate(ranked, start=1):
        if comments_closed(article, section_of(article)):
            continue
        count = int(COMMENTS / rank**0.85 + rng.random())
        replies = int(count * REPLY_SHARE)
        topic = article.primary_topic.title if article.primary_topic else None
        taken: set = set()
        tops = []
        for _number in range(count - replies):
            reader = readers.writer()
            if reader.is_guest and rejects and rng.random() < 0.1:
                text, _reason = rejects.pop()
                taken.add(text)
            else:
                text = _text(rng, topic, taken)
            tops.append(_write(article, reader, text))
        no, wait = _moderate(rng, tops)
        rejected, pending = rejected + no, pending + wait
        published = [c for c in tops if c.status == CommentStatus.APPROVED]
        answers = []
        for _number in range(replies if published else 0):
            parent = rng.choice(published[:3] if rng.random() < 0.6 else published)
            answers.append(_write(article, readers.writer(), _reply(rng, taken), parent=parent))
        no, wait = _moderate(rng, answers)
        rejected, pending = rejected + no, pending + wait
        written += len(tops) + len(answers)
        reactions += _reactions(rng, article, rank, published + answers, readers)
    return written, rejected, pending, reactions


def _reactions(rng: random.Random, article, rank: int, comments: list, readers) -> int:
    """Likes and some dislikes, most of them on an article's first comments."""
    comments = [c for c in comments if c.status == CommentStatus.APPROVED]
    if not comments:
        return 0
    reacted: dict[int, set] = {c.pk: set() for c in comments}
    count = 0
    for _number in range(int(REACTIONS / rank**1.2)):
        # Zipf over the comments too: the first ones collect most of the reactions.
        weights = [1 / position for position in range(1, len(comments) + 1)]
        comment = rng.choices(comments, weights=weights)[0]
        reader = readers.reactor(reacted[comment.pk])
        if reader is None:
            continue
        value = -1 if rng.random() < DISLIKE_SHARE else 1
        comment_react(comment=comment, reader=reader, value=value)
        reacted[comment.pk].add(id(reader))
        count += 1
    return count


def _poll_votes(rng: random.Random, flagship, readers: _Readers) -> int:
    """The flagship's poll: votes from different readers, most for its first answers."""
    poll = next((b.value for b in flagship.body if b.block_type == "poll"), None)
    if poll is None:
        return 0
    answers = list(poll.answers.all())
    voters = rng.sample(readers.guests + readers.members, POLL_VOTES)
    weights = [len(answers) - position for position in range(len(answers))]
    for reader in voters:
        answer = rng.choices(answers, weights=weights)[0]
        poll_vote(poll_id=poll.pk, answer_id=answer.pk, article_id=flagship.pk, reader=reader)
    return len(voters)


def _views(rng: random.Random, ranked: list, now) -> int:
    """Views in the last VIEW_HOURS hours, most of each article's in its first hours."""
    this_hour = now.replace(minute=0, second=0, microsecond=0)
    counts = {}
    for rank, article in enumerate(ranked, start=1):
        total = int(VIEWS / rank**0.8 * rng.uniform(0.8, 1.2))
        first = max(article.first_published_at, now - timedelta(hours=VIEW_HOURS))
        hours = [
            this_hour - timedelta(hours=h)
            for h in range(VIEW_HOURS)
            if this_hour - timedelta(hours=h) >= first.replace(minute=0, second=0, microsecond=0)
        ]
        hours = sorted(rng.sample(hours, min(len(hours), VIEW_HOURS_PER_ARTICLE)), reverse=True)
        age = [(hour - hours[-1]).total_seconds() / 3600 for hour in hours]
        weights = [rng.uniform(0.6, 1.4) / (1 + a / 6) for a in age]
        scale = total / sum(weights)
        for hour, weight in zip(hours, weights, strict=True):
            if views := round(weight * scale):
                counts[(article.pk, hour)] = views
    return views_store(counts)


def _date_back(rng: random.Random, now) -> None:
    """Date the comments into the hours after their article appeared (replies after what they
    answer): written through the services, they would all be a minute old."""
    comments = list(
        Comment.objects.filter(article__external_id__startswith="demo-")
        .select_related("article")
        # Top-level comments first (PostgreSQL sorts NULL last unless told).
        .order_by(F("parent_id").asc(nulls_first=True), "pk")
    )
    dated = {}
    for comment in comments:
        start = dated.get(comment.parent_id) or max(
            comment.article.first_published_at, now - timedelta(hours=VIEW_HOURS)
        )
        comment.created_at = start + (now - start) * rng.random() ** 2
        dated[comment.pk] = comment.created_at
    Comment.objects.bulk_update(comments, ["created_at"])
