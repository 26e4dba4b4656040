from django.utils.text import slugify

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def slug_de(text: str, *, max_length: int = 80) -> str:
    """An ASCII slug that spells umlauts the Swiss way: "Zürich" -> "zuerich"."""
    slug = slugify(text.translate(_GERMAN))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug
