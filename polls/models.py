"""Reader polls: a question with 2 to 6 answers, placed in an article's body as a block.

A poll is a snippet, so votes belong to a stable row however the article is edited, and
editors find every poll and its results in one list in the admin (polls/wagtail_hooks.py).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel
from wagtail.models import Orderable

from polls.forms import PollForm

MIN_ANSWERS = 2
MAX_ANSWERS = 6


class Poll(ClusterableModel):
    question = models.CharField(_("question"), max_length=200)
    closes_at = models.DateTimeField(
        _("closes at"),
        null=True,
        blank=True,
        help_text=_("Empty: the poll stays open. Afterwards readers see the results only."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    base_form_class = PollForm
    panels = [
        FieldPanel("question"),
        # No min_num/max_num here: PollForm says what is wrong in an editor's words.
        InlinePanel("answers", heading=_("Answers"), label=_("Answer")),
        FieldPanel("closes_at"),
        HelpPanel(heading=_("Results"), template="polls/admin/results_panel.html"),
    ]

    class Meta:
        verbose_name = _("poll")
        verbose_name_plural = _("polls")
        ordering = ["-created_at"]

    def __str__(self):
        return self.question

    @property
    def is_closed(self) -> bool:
        return self.closes_at is not None and self.closes_at <= timezone.now()


class PollAnswer(Orderable):
    poll = ParentalKey(Poll, on_delete=models.CASCADE, related_name="answers")
    text = models.CharField(_("answer"), max_length=120)
    votes = models.PositiveIntegerField(_("votes"), default=0, editable=False)

    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        # Then by id: answers written without a sort order (an import) keep theirs, also on
        # PostgreSQL after their vote counts were updated.
        ordering = ["sort_order", "pk"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self):
        return self.text


class PollVote(models.Model):
    """One reader's vote: the row that makes "one vote per reader" a database rule."""

    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="votes")
    answer = models.ForeignKey(PollAnswer, on_delete=models.PROTECT, related_name="+")
    article = models.ForeignKey(
        "articles.ArticlePage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # engagement.identity.Reader.key: "u<account>" or "g<guest>".
    voter = models.CharField(max_length=32)
    ip_hash = models.CharField(max_length=32)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["poll", "voter"], name="one_vote_per_reader")
        ]

    def __str__(self):
        return f"{self.poll_id}: {self.answer_id} ({self.voter})"
