import re
from datetime import date, datetime, time, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from discovery.selectors import search_terms

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

QUERY_MAX_LENGTH = 200


class IsoDateInput(forms.DateInput):
    """A date field's input that shows a refused value empty: `<input type="date">` holds
    only a date (valid HTML); the form's message says what was wrong with it."""

    def format_value(self, value):
        value = super().format_value(value)
        if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
            return None
        try:
            date.fromisoformat(value)  # 2026-02-30 matches the pattern
        except ValueError:
            return None
        return value


class SearchForm(forms.Form):
    """The search page's query string: `q`, `section` (a section's slug), `from`, `to`
    (dates, both included). Anything else a reader or a bot sends gets a message, never an
    error page: too long, NUL characters, no word at all, an unknown section, a bad date."""

    q = forms.CharField(
        label=_("Search for"),
        max_length=QUERY_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    section = forms.ChoiceField(label=_("Section"), required=False)

    def __init__(self, *args, sections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = {section.slug: section for section in sections}
        self.fields["section"].choices = [
            ("", _("All sections")),
            *((section.slug, section.title) for section in sections),
        ]
        # "from" and "to" are Python keywords: declared here, not as class attributes.
        date_input = IsoDateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        self.fields["from"] = forms.DateField(label=_("From"), required=False, widget=date_input)
        self.fields["to"] = forms.DateField(label=_("To"), required=False, widget=date_input)

    def clean_q(self):
        query = self.cleaned_data["q"]
        if query and not search_terms(query):
            raise forms.ValidationError(_("Enter at least one word of letters or digits."))
        return query

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("from"), cleaned_data.get("to")
        if start and end and start > end:
            self.add_error("to", _("The end date lies before the start date."))
        return cleaned_data

    def criteria(self) -> dict:
        """What `articles_search` takes, from a valid form."""
        data = self.cleaned_data
        zone = timezone.get_current_timezone()
        start, end = data.get("from"), data.get("to")
        return {
            "terms": search_terms(data.get("q") or ""),
            "section": self.sections.get(data.get("section") or ""),
            "published_from": datetime.combine(start, time.min, zone) if start else None,
            "published_before": (
                datetime.combine(end + timedelta(days=1), time.min, zone) if end else None
            ),
        }
