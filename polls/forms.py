from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm


class PollForm(WagtailAdminModelForm):
    """Answer rules in words an editor understands (the inline panel's own messages speak of
    "forms"), and answers that have votes cannot be removed."""

    def clean(self):
        from polls.models import MAX_ANSWERS, MIN_ANSWERS

        cleaned_data = super().clean()
        answers = self.formsets["answers"]
        if not answers.is_valid():
            return cleaned_data
        kept = [
            row
            for row in answers.forms
            if row.cleaned_data.get("text") and not row.cleaned_data.get("DELETE")
        ]
        if not MIN_ANSWERS <= len(kept) <= MAX_ANSWERS:
            self.add_error(
                None,
                _("A poll needs %(min)d to %(max)d answers.")
                % {"min": MIN_ANSWERS, "max": MAX_ANSWERS},
            )
        removed = [
            row.instance
            for row in answers.forms
            if row.cleaned_data.get("DELETE") and row.instance.pk and row.instance.votes
        ]
        for answer in removed:
            self.add_error(
                None,
                ngettext(
                    "The answer «%(answer)s» has %(count)d vote and cannot be removed.",
                    "The answer «%(answer)s» has %(count)d votes and cannot be removed.",
                    answer.votes,
                )
                % {"answer": answer.text, "count": answer.votes},
            )
        return cleaned_data
