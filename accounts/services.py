"""Writes for reader accounts."""

from django.db import transaction

from accounts.models import ReaderProfile
from comments.services import comments_anonymise


def profile_update(*, user, display_name: str) -> ReaderProfile:
    profile, _created = ReaderProfile.objects.update_or_create(
        user=user, defaults={"display_name": display_name}
    )
    return profile


@transaction.atomic
def account_delete(*, user) -> int:
    """Delete a reader's account. Their comments stay, anonymised: no account, no address
    hash; readers see «Gelöschtes Konto». Returns the number of comments kept."""
    kept = comments_anonymise(user=user)
    user.delete()
    return kept
