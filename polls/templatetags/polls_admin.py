from django import template

from polls.selectors import poll_results

register = template.Library()


@register.simple_tag
def poll_results_of(poll):
    return poll_results(poll=poll)
