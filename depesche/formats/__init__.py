"""Date and number formats per language (settings.FORMAT_MODULE_PATH): de_CH, fr_CH, it_CH, en,
each in its Swiss form (docs/architecture.md «Language»).

Month names come from Django's catalogues, which capitalise them in Italian («7 Dicembre
2026»); Swiss Italian writes them in lower case. The site's catalogues, which come before
Django's, carry the names below so that each language writes them its own way.
"""

from django.utils.translation import gettext_noop

MONTH_NAMES = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)
