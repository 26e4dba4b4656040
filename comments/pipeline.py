"""The moderation pipeline every new comment passes before it is stored (issue 3).

Stages run in this order; each is a small function of the draft that either passes (None),
holds the comment for a moderator (`Hold`, the comment is stored as pending with the reason)
or refuses it (raises `Refused` with a message for the reader; nothing is stored). A hold does
not stop the pipeline: a later stage may still refuse (a held comment from a flooding browser
is refused all the same). The first hold gives the recorded reason.

1. length and emptiness          5. links to other sites (held)
2. comments closed               6. rate limits (per reader and per address)
3. the same text within 6 min    7. honeypot field and proof of work
4. banned / suspicious words     8. pre-moderation (guests; section or article)

Rate limits are only checked here; `comment_create` counts the comment once it is stored, so
refused comments never use up a limit (engagement.guard).
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import BODY_MAX_LENGTH, BODY_MIN_LENGTH, Comment, HoldReason, ModerationWord
from core.errors import Refused as Refused  # the site's one refusal type, re-exported
from core.models import CommentMode
from engagement.guard import Limit, limits_check
from engagement.identity import Reader
from engagement.proof_of_work import solution_verify

DUPLICATE_WINDOW = timedelta(minutes=6)
MODES_BY_STRICTNESS = [CommentMode.OPEN, CommentMode.PREMODERATED, CommentMode.CLOSED]
WORDS_CACHE_KEY = "comments:moderation-words"


@dataclass(frozen=True)
class Hold:
    reason: str
    detail: str = ""


@dataclass
class Draft:
    """A comment on its way in, with what the stages need to judge it."""

    article: object
    section: object | None
    reader: Reader
    body: str
    parent: Comment | None = None
    honeypot: str = ""
    proof_of_work: str = ""
    now: datetime = field(default_factory=timezone.now)


# -- helpers -------------------------------------------------------------------------------------


def text_clean(body: str) -> str:
    """The text as it is stored: Unicode-normalised, line ends unified, control characters
    and trailing spaces removed, at most two blank lines in a row."""
    body = unicodedata.normalize("NFC", body).replace("\r\n", "\n").replace("\r", "\n")
    body = "".join(c for c in body if c in "\n\t" or unicodedata.category(c)[0] != "C")
    lines = [line.rstrip() for line in body.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def text_normalise(body: str) -> str:
    """The text as the duplicate and word checks see it: case, accents' forms, spacing and
    punctuation do not matter."""
    text = unicodedata.normalize("NFKC", body).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def text_fingerprint(body: str) -> str:
    return hashlib.sha256(text_normalise(body).encode()).hexdigest()[:32]


def effective_mode(article, section) -> str:
    """The strictest of the article's and its section's comment modes."""
    modes = [article.comment_mode, getattr(section, "comment_mode", CommentMode.OPEN)]
    return max(modes, key=lambda mode: MODES_BY_STRICTNESS.index(mode))


def comments_closed(article, section, *, now: datetime | None = None) -> bool:
    """Closed by the article or its section, or older than the section's limit."""
    if effective_mode(article, section) == CommentMode.CLOSED:
        return True
    days = getattr(section, "comments_close_after_days", None)
    published = article.first_published_at
    return (
        bool(days)
        and published is not None
        and (now or timezone.now()) - published > (timedelta(days=days))
    )


def moderation_words() -> dict[str, list[re.Pattern]]:
    """The word list as patterns, by kind: one query, then cached until the list changes."""
    words = cache.get(WORDS_CACHE_KEY)
    if words is None:
        words = {ModerationWord.Kind.BANNED: [], ModerationWord.Kind.SUSPICIOUS: []}
        for word, kind in ModerationWord.objects.values_list("word", "kind"):
            words[kind].append(word)
        cache.set(WORDS_CACHE_KEY, words, timeout=3600)
    return {kind: [(word, _word_pattern(word)) for word in items] for kind, items in words.items()}


def moderation_words_forget() -> None:
    cache.delete(WORDS_CACHE_KEY)


def _word_pattern(word: str) -> re.Pattern:
    stem = text_normalise(word.rstrip("*"))
    ending = r"\w*" if word.endswith("*") else ""
    return re.compile(rf"(?<!\w){re.escape(stem)}{ending}(?!\w)")


# Addresses written out (https://…, www.…) and bare host names with a top-level domain
# (example.com, shop.example.ch/angebot).
# The top-level domain must be lower case, so that «Ende.Neuer Satz» is not a host.
LINK = re.compile(
    r"(?i:(?:https?://|www\.)[^\s<>\"']+)"
    r"|(?<![\w@.-])(?:[A-Za-z0-9-]+\.)+[a-z]{2,24}\b(?:/[^\s<>\"']*)?"
)


def links_foreign(body: str) -> list[str]:
    """Hosts of links in `body` that are not this site's."""
    own = {host.lstrip(".").lower() for host in settings.ALLOWED_HOSTS}
    own.add((urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "").lower())
    foreign = []
    for match in LINK.finditer(body):
        link = match.group(0).rstrip(".,;:!?)»")
        host = (urlsplit(link if "://" in link else f"//{link}").hostname or "").lower()
        host = host.removeprefix("www.")
        if host and not any(host == o or host.endswith(f".{o}") for o in own if o):
            foreign.append(host)
    return foreign


def comment_limits(reader: Reader) -> list[Limit]:
    """How often a reader may comment: guests and accounts younger than a day less often;
    every address has its own limit too (several guests behind one address share it). Checked
    by the pipeline, counted by `comment_create` once the comment is stored
    (engagement.guard): a guest without a number yet is checked by address only, and counted
    under the number they get with the comment."""
    strict = reader.is_guest or reader.is_new_account
    limits = []
    if reader.key:
        per_minute, per_hour = (2, 10) if strict else (5, 40)
        limits += [
            Limit(f"comment:{reader.key}", per_minute, 60),
            Limit(f"comment:{reader.key}", per_hour, 3600),
        ]
    per_minute, per_hour = (4, 20) if strict else (10, 100)
    address = f"comment:{'g' if strict else 'a'}:{reader.ip_hash}"
    return [*limits, Limit(address, per_minute, 60), Limit(address, per_hour, 3600)]


# -- stages --------------------------------------------------------------------------------------


def check_length(draft: Draft) -> None:
    text = draft.body
    if len(re.sub(r"\W", "", text)) < BODY_MIN_LENGTH:
        raise Refused(_("Please write a comment first."), code="empty")
    if len(text) > BODY_MAX_LENGTH:
        raise Refused(
            _("Your comment is %(length)s characters long; at most %(max)s are allowed.")
            % {"length": len(text), "max": BODY_MAX_LENGTH},
            code="too_long",
        )


def check_open(draft: Draft) -> None:
    if comments_closed(draft.article, draft.section, now=draft.now):
        raise Refused(_("Comments on this article are closed."), code="closed", status=403)


def check_duplicate(draft: Draft) -> None:
    """The same text again within 6 minutes, by the same reader or on the same article."""
    reader = draft.reader
    same_reader = Q(ip_hash=reader.ip_hash)
    if reader.user is not None:
        same_reader = Q(user=reader.user)
    elif reader.guest is not None:
        same_reader |= Q(guest=reader.guest)
    recent = Comment.objects.filter(
        fingerprint=text_fingerprint(draft.body), created_at__gte=draft.now - DUPLICATE_WINDOW
    )
    if recent.filter(Q(article=draft.article) | same_reader).exists():
        raise Refused(
            _("This comment was just posted. Please do not send the same text twice."),
            code="duplicate",
        )


def check_words(draft: Draft) -> Hold | None:
    text = text_normalise(draft.body)
    words = moderation_words()
    for _word, pattern in words[ModerationWord.Kind.BANNED]:
        if pattern.search(text):
            raise Refused(
                _(
                    "Your comment contains words that are not allowed here. Please rephrase "
                    "it respectfully."
                ),
                code="banned_word",
            )
    for word, pattern in words[ModerationWord.Kind.SUSPICIOUS]:
        if pattern.search(text):
            return Hold(HoldReason.WORD, word)
    return None


def check_links(draft: Draft) -> Hold | None:
    if hosts := links_foreign(draft.body):
        return Hold(HoldReason.LINK, ", ".join(dict.fromkeys(hosts))[:200])
    return None


def check_rate_limits(draft: Draft) -> None:
    """Refuse when a limit is used up; counts nothing (refused comments never count)."""
    if exceeded := limits_check(comment_limits(draft.reader)):
        raise Refused(
            _("You are commenting very quickly.") + " " + exceeded.wait_text,
            code="rate_limited",
            status=429,
            retry_after=exceeded.retry_after,
        )


def check_bot(draft: Draft) -> None:
    """The honeypot field (people leave it empty, form-filling programs do not) and the proof
    of work (engagement.proof_of_work)."""
    if draft.honeypot:
        raise Refused(_("Your comment could not be sent."), code="honeypot")
    if not solution_verify(draft.proof_of_work):
        raise Refused(
            _(
                "The security check of your browser failed or expired. Please send the "
                "comment again."
            ),
            code="proof_of_work",
        )


def check_premoderation(draft: Draft) -> Hold | None:
    if effective_mode(draft.article, draft.section) == CommentMode.PREMODERATED:
        return Hold(HoldReason.PREMODERATED)
    if draft.reader.is_guest and settings.DEPESCHE_COMMENTS_PREMODERATE_GUESTS:
        return Hold(HoldReason.GUEST)
    return None


STAGES = [
    check_length,
    check_open,
    check_duplicate,
    check_words,
    check_links,
    check_rate_limits,
    check_bot,
    check_premoderation,
]


def pipeline_run(draft: Draft) -> Hold | None:
    """Run every stage; the first hold, or None when the comment can be published at once.
    Raises `Refused` at the first stage that refuses."""
    hold = None
    for stage in STAGES:
        verdict = stage(draft)
        hold = hold or verdict
    return hold
