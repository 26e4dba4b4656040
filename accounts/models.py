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
    # Empty: readers see the part of the user name before «@» (engagement.identity).
    display_name = models.CharField(_("display name"), max_length=40, blank=True)

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
