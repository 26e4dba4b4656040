"""A reader's public face: the name shown next to their comments."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class ReaderProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="reader_profile",
    )
    # Empty: readers see the pseudonym «User #<pseudonym>» (engagement.identity), never
    # anything taken from the user name or e-mail address.
    display_name = models.CharField(_("display name"), max_length=40, blank=True)
    # Drawn once, at random, from the guests' number range (accounts.services.profile_ensure):
    # stable for the account, and it says nothing about when the account was made.
    pseudonym = models.PositiveIntegerField(_("pseudonym number"), unique=True, editable=False)

    class Meta:
        verbose_name = _("reader profile")
        verbose_name_plural = _("reader profiles")
        constraints = [
            # Two readers cannot appear under the same name, whatever its case.
            models.UniqueConstraint(
                Lower("display_name"),
                condition=~models.Q(display_name=""),
                name="unique_display_name",
            )
        ]

    def __str__(self):
        return self.display_name or str(self.user)
