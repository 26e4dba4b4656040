import logging

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image, SourceImageIOError

logger = logging.getLogger(__name__)


class NewsImage(AbstractImage):
    """An image of the newsroom's library, with the credit every published photo needs."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Who took or supplied the picture, e.g. an agency: «Keystone», «AFP»."),
    )
    default_caption = models.TextField(
        _("default caption"),
        blank=True,
        help_text=_("Used wherever an article does not write a caption of its own."),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit", "default_caption")

    def renditions_or_none(self, *specs: str) -> dict | None:
        """`get_renditions(*specs)`, or None when a missing rendition cannot be made because
        the original file cannot be read (storage down, a file lost): the page, feed or API
        answer then goes without the picture instead of failing, as Wagtail's `{% image %}`
        tag does for the pictures in the page."""
        try:
            return self.get_renditions(*specs)
        except SourceImageIOError as error:
            logger.warning("picture %s left out: %s", self.pk, error)
            return None

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class NewsRendition(AbstractRendition):
    image = models.ForeignKey(NewsImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
