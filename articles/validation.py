"""Editorial rules an article must meet, shared by the admin form and the importer.

Each function returns an error message for the reader of the form (or import log), or None.
"""

from django.utils.translation import gettext as _


def primary_topic_error(primary_topic, topics) -> str | None:
    if primary_topic is not None and primary_topic not in topics:
        return _("The primary topic «%(topic)s» must also be one of the article's topics.") % {
            "topic": primary_topic.title
        }
    return None


def hero_credit_error(image, credit_override: str) -> str | None:
    if image is not None and not (credit_override or image.credit).strip():
        return _(
            "The hero image «%(image)s» has no credit: enter one here or in the image library."
        ) % {"image": image.title}
    return None
