from django import template

from comments.models import ReportReason

register = template.Library()


@register.simple_tag
def report_reasons():
    """The reasons a reader can give for a report, for the article's (static) report form."""
    return ReportReason.choices
