"""The page head's links and meta tags for search engines, social networks and feed
readers: `{% distribution_head %}` in base.html (distribution.structured_data)."""

from django import template

from core import params
from distribution.structured_data import HeadData, page_head

register = template.Library()


def page_number(request) -> int:
    """?page=N of a listing page: part of the URL, so the same for every reader of it."""
    raw = request.GET.get("page") if request is not None else None
    return params.page_number(raw) or 1


@register.inclusion_tag("distribution/head.html", takes_context=True)
def distribution_head(context):
    page = context.get("page")
    request = context.get("request")
    if page is None or request is None or not getattr(page, "pk", None):
        return {"head": HeadData()}
    head = page_head(
        page=page,
        request=request,
        navigation=context.get("navigation") or (),
        article=context.get("article"),
        page_number=page_number(request),
        breadcrumbs=context.get("breadcrumbs") or (),
    )
    return {"head": head}
