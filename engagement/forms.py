"""The filters of the desk's numbers (docs/newsroom.md). Bad values are form errors in
the editor's language; the views turn them into one refusal (core.errors.Refused)."""

from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from authors.models import AuthorPage
from core.params import calendar_date, whole_number
from engagement.numbers import PERIODS
from taxonomy.models import SectionPage

PERIOD_CHOICES = [("1h", _("Last hour")), ("24h", _("Last 24 hours")), ("7d", _("Last 7 days"))]
METRIC_CHOICES = [("views", _("Views")), ("interactions", _("Interactions"))]
EXPORT_DAYS_MAX = 366
assert {key for key, _label in PERIOD_CHOICES} == set(PERIODS)


class PageChoiceField(forms.ModelChoiceField):
    """A page chosen by its id: anything but an id (core.params.whole_number) is an unknown
    choice before it reaches the database (a 20-digit number would overflow SQLite's integer)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if whole_number(value) is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class NumbersFilterForm(forms.Form):
    metric = forms.ChoiceField(
        label=_("Ranked by"),
        choices=METRIC_CHOICES,
        required=False,
        error_messages={"invalid_choice": _("Rank by views or by interactions.")},
    )
    section = PageChoiceField(
        label=_("Section"),
        queryset=SectionPage.objects.order_by("path").only("title", "path", "depth"),
        required=False,
        empty_label=_("All sections"),
        error_messages={"invalid_choice": _("There is no such section.")},
    )
    author = PageChoiceField(
        label=_("Author"),
        queryset=AuthorPage.objects.order_by("title").only("title"),
        required=False,
        empty_label=_("All authors"),
        error_messages={"invalid_choice": _("There is no such author.")},
    )

    def clean_metric(self):
        return self.cleaned_data.get("metric") or "views"


class NumbersDashboardForm(NumbersFilterForm):
    period = forms.ChoiceField(
        label=_("Period"),
        choices=PERIOD_CHOICES,
        required=False,
        error_messages={"invalid_choice": _("Choose the last hour, 24 hours or 7 days.")},
    )
    field_order = ["period", "metric", "section", "author"]

    def clean_period(self):
        return self.cleaned_data.get("period") or "24h"


class NumbersExportForm(NumbersFilterForm):
    """The CSV export: a span of whole days (local dates, both included)."""

    start = forms.CharField(label=_("From"), required=False)
    end = forms.CharField(label=_("To"), required=False)
    field_order = ["start", "end", "metric", "section", "author"]

    def _date(self, name):
        day = calendar_date(self.cleaned_data.get(name))
        if day is None:
            raise ValidationError(
                _("«%(value)s» is not a date: write it as 2026-03-01."),
                code="bad_date",
                params={"value": self.cleaned_data.get(name) or ""},
            )
        return day

    def clean_start(self):
        return self._date("start")

    def clean_end(self):
        return self._date("end")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end < start:
                raise ValidationError(_("The end date is before the start date."), code="order")
            if end - start >= timedelta(days=EXPORT_DAYS_MAX):
                raise ValidationError(
                    _("Export at most %(days)s days at once.") % {"days": EXPORT_DAYS_MAX},
                    code="span",
                )
        return cleaned


def form_errors_text(form) -> str:
    """Every error of a form as one message (the refusal's text)."""
    return " ".join(str(error) for errors in form.errors.values() for error in errors)
