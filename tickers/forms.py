"""The newsroom's one short form for an entry (tickers/admin_views.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.images.widgets import AdminImageChooser
from wagtail.snippets.widgets import AdminSnippetChooser

from images.models import NewsImage
from polls.models import Poll
from tickers.models import ENTRY_FEATURES, Entry


class EntryForm(forms.Form):
    posted_at = forms.DateTimeField(
        label=_("Time"), required=False, widget=AdminDateTimeInput, help_text=_("Empty: now.")
    )
    title = forms.CharField(label=_("Title"), required=False, max_length=Entry.TITLE_MAX_LENGTH)
    body = forms.CharField(
        label=_("Text"), required=False, widget=DraftailRichTextArea(features=ENTRY_FEATURES)
    )
    image = forms.ModelChoiceField(
        label=_("Picture"),
        queryset=NewsImage.objects.all(),
        required=False,
        widget=AdminImageChooser,
    )
    image_caption = forms.CharField(label=_("Caption"), required=False, max_length=400)
    image_credit = forms.CharField(label=_("Credit"), required=False, max_length=255)
    quote_text = forms.CharField(
        label=_("Quote"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    quote_source = forms.CharField(label=_("Quote source"), required=False, max_length=200)
    video_url = forms.URLField(
        label=_("Video address"),
        required=False,
        assume_scheme="https",
        help_text=_("A video file (.mp4, .webm) plays in the page; any other address is a link."),
    )
    poll = forms.ModelChoiceField(
        label=_("Poll"),
        queryset=Poll.objects.all(),
        required=False,
        widget=AdminSnippetChooser(Poll),
    )
    is_key = forms.BooleanField(
        label=_("Key event"),
        required=False,
        help_text=_("Listed under «Das Wichtigste» at the top of the ticker."),
    )
    is_pinned = forms.BooleanField(
        label=_("Pinned"),
        required=False,
        help_text=_("Shown above all other entries; pinning it unpins the one pinned before."),
    )

    @classmethod
    def for_entry(cls, entry: Entry, data=None):
        initial = {name: getattr(entry, name) for name in cls.base_fields}
        return cls(data, initial=initial)
