"""Parsers for values that come from outside (docs/design.md §4; docs/architecture.md, «Reader
input»): one per kind, used by every view, so that a fix reaches every URL.

A whole number from a query string, a form or a path is ASCII digits and nothing else:
`str.isdigit()` also says yes to "²" and "٣" (which `int()` then refuses or accepts), and
`int()` accepts " 7", "+7", "0_7" and 5'000 digits. Anything a database id column cannot hold
(PostgreSQL's bigint, SQLite's integer: at most 2**63 - 1) would fail in the database as an
OverflowError or DataError, a 500.
"""

import re
from datetime import date

MAX_ID = 2**63 - 1
WHOLE_NUMBER = re.compile(r"[0-9]{1,19}")


def whole_number(raw, *, minimum: int = 1, maximum: int = MAX_ID) -> int | None:
    """`raw` as a whole number between `minimum` and `maximum`, or None when it is anything
    else (absent, a list, a sign, a space, a non-ASCII digit, too large). Callers decide what
    None means: a 404 for a page number, a refusal for a form field."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        number = raw
    elif isinstance(raw, str) and WHOLE_NUMBER.fullmatch(raw):
        number = int(raw)
    else:
        return None
    return number if minimum <= number <= maximum else None


MAX_PAGE = 999_999


def page_number(raw, *, maximum: int = MAX_PAGE) -> int | None:
    """A `?page=` as links write it: 1 to `maximum`, no leading zero (so that each page has
    one URL, one cached copy). None for anything else; absent is the caller's default."""
    if isinstance(raw, str) and raw.startswith("0"):
        return None
    return whole_number(raw, maximum=maximum)


class IdConverter:
    """`<id:name>` in a URL pattern: a row id, 1 to 2**63 - 1, ASCII digits. A path whose id
    is anything else matches no pattern (a 404 at routing) instead of reaching the database.
    Registered once, in `core.apps.CoreConfig`.
    https://docs.djangoproject.com/en/5.2/topics/http/urls/#registering-custom-path-converters
    """

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = whole_number(value)
        if number is None:
            raise ValueError(value)  # Django: this pattern does not match
        return number

    def to_url(self, value) -> str:
        return str(int(value))


ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def calendar_date(raw) -> date | None:
    """A date as forms and links write it, `2026-03-01` (ISO 8601, what `<input type="date">`
    sends), or None for anything else: another format, a day that does not exist
    (`2026-02-30`), a year before 1900. Callers decide what None means."""
    if not isinstance(raw, str) or not ISO_DATE.fullmatch(raw):
        return None
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        return None
    return day if day.year >= 1900 else None
