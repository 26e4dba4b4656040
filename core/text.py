import re
import threading
from functools import lru_cache

import snowballstemmer
from django.utils.text import slugify

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def slug_de(text: str, *, max_length: int = 80) -> str:
    """An ASCII slug that spells umlauts the Swiss way: "Zürich" -> "zuerich"."""
    slug = slugify(text.translate(_GERMAN))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


_stemmers = threading.local()  # a Snowball stemmer keeps state between calls


@lru_cache(maxsize=100_000)
def _german_stem(word: str) -> str:
    """One word's stem. Cached: a text repeats its words (Zipf), and Snowball's pure-Python
    stemmer costs about 0.2 ms a word, most of the time of indexing an article on SQLite."""
    stemmer = getattr(_stemmers, "german", None)
    if stemmer is None:
        stemmer = _stemmers.german = snowballstemmer.stemmer("german")
    return stemmer.stemWord(word)


def german_stems(text: str) -> list[str]:
    """The German word stems of `text` (Snowball's German stemmer: "Bauarbeiten" and
    "Bauarbeit" give "bauarbeit", "Häuser" and "Haus" give "haus"), in order; letters and
    digits only, so nothing in them is search syntax."""
    return [_german_stem(word) for word in re.findall(r"[^\W_]+", text.casefold())]
