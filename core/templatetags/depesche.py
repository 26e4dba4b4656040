"""Reader-facing formatting: datelines ("vor 2 Stunden"), compact counts ("13 Mio."). Numbers:
humanize's `intcomma`, which groups with the language's separator (10'000 through
depesche/formats/de_CH, 10 000 through fr_CH)."""

from datetime import timedelta

from django import template
from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma, naturaltime
from django.template.defaultfilters import date as date_filter
from django.urls import get_script_prefix
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import pgettext
from wagtail.models import Site
from wagtail.templatetags.wagtailcore_tags import pageurl

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, page) -> str:
    """Wagtail's `{% pageurl %}` (relative on the request's own site), without its work per
    call for a page of the request's site: its url_path below the site's root path, the root
    paths cached on the request (a region page links some 35 pages). Any other case (another
    site, a URL prefix, Wagtail's i18n, no request) is Wagtail's own tag."""
    request = context.get("request")
    url_path = getattr(page, "url_path", None)
    if (
        request is None
        or not url_path
        or get_script_prefix() != "/"
        or not getattr(settings, "WAGTAIL_APPEND_SLASH", True)
        or getattr(settings, "WAGTAIL_I18N_ENABLED", False)
    ):
        return pageurl(context, page)
    roots = getattr(request, "_wagtail_cached_site_root_paths", None)
    if roots is None:
        roots = request._wagtail_cached_site_root_paths = Site.get_site_root_paths()
    matching = [root for root in roots if url_path.startswith(root.root_path)]
    site = Site.find_for_request(request)
    if len(matching) != 1 or site is None or matching[0].site_id != site.pk:
        return pageurl(context, page)
    return url_path[len(matching[0].root_path) - 1 :]


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
def html_datetime(value) -> str:
    """A `<time datetime>` value: local time with its offset, to the second. Django's
    `date:'c'` writes microseconds, and HTML allows at most three fractional digits
    (https://html.spec.whatwg.org/multipage/common-microsyntaxes.html#valid-global-date-and-time-string)."""
    if not value:
        return ""
    return timezone.localtime(value).isoformat(timespec="seconds")


@register.filter
def is_within(page, ancestor) -> bool:
    """Whether `page` is `ancestor` or below it in the page tree, without a query."""
    url_path = getattr(page, "url_path", None)
    return bool(url_path) and url_path.startswith(ancestor.url_path)


@register.filter
def compact_number(value) -> str:
    """A count as news sites show it: 1'234 below a million, then «13 Mio.», «1.2 Mio.»,
    «2 Mrd.» (one decimal below ten, none from ten on). Unit, space and decimal sign follow
    the language: «13 mio», «1,2 mio» in French, «13 mln» in Italian, «13M» in English."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return ""
    for size, pattern in (
        (10**9, pgettext("compact count of billions", "%(number)sB")),
        (10**6, pgettext("compact count of millions", "%(number)sM")),
    ):
        if abs(number) >= size:
            scaled = number / size
            digits = 1 if abs(scaled) < 10 else 0
            text = number_format(round(scaled, digits), decimal_pos=digits)
            return pattern % {"number": text.removesuffix(".0").removesuffix(",0")}
    return intcomma(number)
