"""`{% picture %}` and `{% picture_srcset %}`: Wagtail's `{% image %}` and `{% srcset_image %}`
(the same markup) for pictures whose renditions were loaded with them, as the reads of
teasers, articles and bylines load them (articles.selectors).

Wagtail's tags build a `Filter` from the spec at every use, and write every rendition they
hand out to the renditions cache, even one that was loaded with its picture: on a cold
article page with its 25 teasers, a fifth of the render and some 27 cache writes. These tags
take a loaded rendition by its spec and the picture's focal point directly, and fall back to
Wagtail (which reads, or makes and stores, a rendition that was not loaded).
"""

from functools import cache

from django import template
from wagtail.images.models import Filter
from wagtail.images.shortcuts import get_rendition_or_not_found

register = template.Library()


@cache
def _filter(spec: str) -> Filter:
    """One parsed filter per spec and process (Wagtail's parse each use)."""
    return Filter(spec=spec)


def renditions(image, specs) -> list:
    """The renditions of `image` for `specs`, in their order: the loaded ones (prefetched
    `renditions`, or Wagtail's `prefetched_renditions`) that match the spec and the picture's
    focal point as Wagtail matches them, else Wagtail's."""
    loaded = getattr(image, "_prefetched_objects_cache", {}).get("renditions")
    if loaded is None:  # Wagtail's `prefetch_renditions()` keeps them here
        loaded = getattr(image, "prefetched_renditions", None)
    found = []
    for spec in specs:
        image_filter = _filter(spec)
        key = image_filter.get_cache_key(image)
        rendition = None
        if loaded is not None:
            rendition = next(
                (r for r in loaded if r.filter_spec == spec and r.focal_point_key == key), None
            )
        found.append(rendition or get_rendition_or_not_found(image, image_filter))
    return found


@register.simple_tag
def picture(image, spec, **attributes):
    """`<img>` of one rendition, as `{% image image spec … %}` writes it."""
    (rendition,) = renditions(image, [spec])
    return rendition.img_tag(attributes)


@register.simple_tag
def picture_srcset(image, *specs, **attributes):
    """`<img>` with a `srcset` of the renditions, as `{% srcset_image image spec-{…} … %}`
    writes it: the first rendition is the `src`."""
    found = renditions(image, specs)
    if len(found) > 1:
        attributes["srcset"] = ", ".join(f"{r.url} {r.width}w" for r in found)
    return found[0].img_tag(attributes)
