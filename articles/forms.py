from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.stream_block import StreamBlockValidationError

from articles.validation import hero_credit_error, primary_topic_error


def _chosen(formset, field: str) -> list | None:
    """The objects chosen in an inline panel's rows, without the rows marked for deletion;
    None while the rows themselves have errors (those are shown on the rows)."""
    if not formset.is_valid():
        return None
    return [
        row.cleaned_data[field]
        for row in formset.forms
        if row.cleaned_data.get(field) and not row.cleaned_data.get("DELETE")
    ]


class ArticlePageForm(WagtailAdminPageForm):
    """Checks that need the article's inline rows (authors, topics) as well as its fields.
    At least one author is checked here rather than with the panel's `min_num`, whose message
    ("submit at least 1 form") means nothing to an editor and which drafts skip.

    https://docs.wagtail.org/en/stable/reference/pages/panels.html#custom-page-forms
    """

    def clean(self):
        cleaned_data = super().clean()
        self._name_block_errors()
        topics = _chosen(self.formsets["article_topics"], "topic")
        if topics is not None and (
            error := primary_topic_error(cleaned_data.get("primary_topic"), topics)
        ):
            self.add_error("primary_topic", error)
        if error := hero_credit_error(
            cleaned_data.get("hero_image"), cleaned_data.get("hero_credit", "")
        ):
            self.add_error("hero_credit", error)
        # Wagtail publishes a revision whose go-live has passed at once: an editor who set a
        # time that has passed (a typo in the schedule dialog) meant something else. Only a new
        # or changed time: a live article keeps its past go-live in every later edit.
        go_live_at = cleaned_data.get("go_live_at")
        if go_live_at and "go_live_at" in self.changed_data and go_live_at <= timezone.now():
            self.add_error("go_live_at", _("The go-live must be in the future."))
        authors = self.formsets["article_authors"]
        if authors.is_valid() and not _chosen(authors, "author"):
            self.add_error(None, _("An article needs at least one author."))
        return cleaned_data

    def _name_block_errors(self):
        """The admin's error summary lists a StreamField's error by its message, which Wagtail
        leaves as the untranslated «Validation error in StreamBlock»: it names the field's own
        problem (too few or too many blocks) or points to the marked blocks instead."""
        for errors in self.errors.values():
            for error in errors.as_data():
                if isinstance(error, StreamBlockValidationError):
                    problems = list(error.non_block_errors)  # their messages
                    error.message = " ".join(problems) or _(
                        "Some blocks have errors; they are marked in the field."
                    )
