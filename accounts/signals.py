"""Every new account gets its profile, and with it the pseudonym number it shows under until
the reader chooses a display name (engagement.identity.reader_display_name). Logging in and
out marks the request, so that accounts.middleware sets or removes the header's cookie."""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.db.models.signals import post_save
from django.dispatch import receiver

from accounts.services import profile_ensure


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def account_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        profile_ensure(user=instance)


@receiver(user_logged_in)
def logged_in(sender, request, user, **kwargs):
    if request is not None:
        request.depesche_member = True


@receiver(user_logged_out)
def logged_out(sender, request, user, **kwargs):
    if request is not None:
        request.depesche_member = False
