"""Reader-facing formatting: datelines ("vor 2 Stunden"). Numbers: humanize's `intcomma`,
which groups with the locale's separator (10'000 through depesche/formats/de_CH)."""

from datetime import timedelta

from django import template
from django.conf import settings
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.template.defaultfilters import date as date_filter
from django.utils import timezone

register = template.Library()


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
