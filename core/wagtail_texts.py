"""German texts of Wagtail's admin that depesche words differently from Wagtail's catalogue.

Wagtail puts a workflow's or task's name into its own sentences («In %(workflow_name)s
einreichen», «Gesendet an %(task_name)s»), which read well only with some names; depesche's
sentences put the name first or after a colon, so any name the newsroom gives reads well. The
msgids are Wagtail's, marked here so that `make messages` keeps them in depesche's catalogue,
which Django consults before Wagtail's (LOCALE_PATHS).
"""

from django.utils.translation import gettext_noop

WAGTAIL_TEXTS = [
    gettext_noop("Submit to %(workflow_name)s"),
    gettext_noop("Resubmit to %(task_name)s"),
    gettext_noop("Sent to %(task_name)s %(started_at)s"),
    gettext_noop("%(status_display)s %(task_name)s %(started_at)s"),
    gettext_noop("Awaiting"),
]
