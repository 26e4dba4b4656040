"""Every new account gets its profile, and with it the pseudonym number it shows under until
the reader chooses a display name (engagement.identity.reader_display_name)."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from accounts.services import profile_ensure


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def account_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        profile_ensure(user=instance)
