"""Reader-facing formatting: Swiss numbers (10'000) and datelines ("vor 2 Stunden")."""

from datetime import timedelta

from django import template
from django.conf import settings
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.template.defaultfilters import date as date_filter
from django.utils import numberformat, timezone
from django.utils.formats import get_format
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def number(value):
    """A whole number grouped the local way: 10'000 in de-CH, 10,000 in English."""
    try:
        value = int(value)
    except (TypeError, ValueError):
        return value
    formatted = numberformat.format(
        value,
        get_format("DECIMAL_SEPARATOR"),
        grouping=get_format("NUMBER_GROUPING") or 3,
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )
    # Digits and the locale's separator only: the apostrophe must reach the page as it is.
    return mark_safe(escape(formatted).replace("&#x27;", "'"))  # noqa: S308


@register.filter
def dateline_time(value):
    """Relative ("vor 2 Stunden") for the first hours after publishing, then date and time."""
    if not value:
        return ""
    age = timezone.now() - value
    if timedelta(0) <= age < timedelta(hours=settings.DEPESCHE_RELATIVE_TIME_HOURS):
        return naturaltime(value)
    return date_filter(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


@register.filter
def is_within(page, ancestor) -> bool:
    """Whether `page` is `ancestor` or below it in the page tree, without a query."""
    url_path = getattr(page, "url_path", None)
    return bool(url_path) and url_path.startswith(ancestor.url_path)
