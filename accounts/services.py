"""Writes for reader accounts."""

import secrets

from django.db import IntegrityError, transaction

from accounts.models import ReaderProfile
from comments.services import comments_anonymise
from engagement.identity import GUEST_NUMBERS


def pseudonym_draw() -> int:
    """A random number from the guests' range: «User #4711» for an account without a name."""
    return secrets.randbelow(GUEST_NUMBERS[1] - GUEST_NUMBERS[0]) + GUEST_NUMBERS[0]


def profile_ensure(*, user) -> ReaderProfile:
    """The account's profile, created with a pseudonym number on first need (every new
    account gets one: accounts.signals)."""
    profile = ReaderProfile.objects.filter(user=user).first()
    if profile is not None:
        return profile
    for _attempt in range(10):
        try:
            with transaction.atomic():
                return ReaderProfile.objects.create(user=user, pseudonym=pseudonym_draw())
        except IntegrityError:
            # A number already taken (or the profile made meanwhile): draw again.
            profile = ReaderProfile.objects.filter(user=user).first()
            if profile is not None:
                return profile
    raise RuntimeError("no free pseudonym number after 10 attempts")


def profile_update(*, user, display_name: str) -> ReaderProfile:
    profile = profile_ensure(user=user)
    profile.display_name = display_name
    profile.save(update_fields=["display_name"])
    return profile


@transaction.atomic
def account_delete(*, user) -> int:
    """Delete a reader's account. Their comments stay, anonymised: no account, no address
    hash; readers see «Gelöschtes Konto». Returns the number of comments kept."""
    kept = comments_anonymise(user=user)
    user.delete()
    return kept
