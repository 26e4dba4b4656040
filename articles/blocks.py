"""The blocks an article body is made of. Templates: articles/templates/blocks/ (the poll's:
polls/templates/blocks/)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock as WagtailImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from articles.video import video_embed, video_file_type

# What editors may use inside a paragraph. Kept small: the page's look is the design's job.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "superscript", "subscript"]
FACT_BOX_FEATURES = ["bold", "italic", "link", "ul", "ol"]
MAX_KEY_POINTS = 5


class ImageChooserBlock(WagtailImageChooserBlock):
    """Fetches the body's pictures with their renditions: two queries for all of them, so the
    page's query count does not depend on the number of pictures or on the cache."""

    def bulk_to_python(self, values):
        images = self.model_class.objects.prefetch_related("renditions").in_bulk(
            [value for value in values if value is not None]
        )
        return [images.get(value) for value in values]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=400,
        help_text=_("Leave empty to use the image's default caption."),
    )
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the image's credit."),
    )
    is_archive = blocks.BooleanBlock(label=_("Archive picture"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    body = blocks.RichTextBlock(label=_("Content"), features=FACT_BOX_FEATURES)

    class Meta:
        icon = "list-ul"
        label = _("Fact box")
        template = "blocks/fact_box_block.html"


class VideoBlock(blocks.StructBlock):
    """A video by URL. A file (.mp4, .webm) plays in the page; a YouTube, Vimeo or SRF video
    (articles.video) shows the preview picture and a play button that puts the platform's
    player in the page; any other address is a link, as imports bring videos of every site
    (ingest.html) and a link to them is still worth having.

    Nothing is loaded from a third party until the reader asks for it: the file's
    `preload="none"`, the player only after the button is pressed (articles/video.js).
    """

    url = blocks.URLBlock(label=_("Video URL"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=400)
    poster = ImageChooserBlock(label=_("Preview picture"), required=False)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["file_type"] = video_file_type(value["url"])
        context["embed"] = None if context["file_type"] else video_embed(value["url"])
        return context

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"


class PollBlock(SnippetChooserBlock):
    """A poll in an article's body. Fetches the polls of a body with their answers: two
    queries for all of them. It names the snippet by its label: the articles do not import
    the polls, which stand above them (docs/design.md §8)."""

    def __init__(self, **kwargs):
        super().__init__("polls.Poll", **kwargs)

    def bulk_to_python(self, values):
        polls = self.model_class.objects.prefetch_related("answers").in_bulk(
            [value for value in values if value is not None]
        )
        return [polls.get(value) for value in values]

    class Meta:
        icon = "list-ul"
        label = _("Poll")
        template = "blocks/poll_block.html"


# Migrations know the poll block by its earlier home, which still names it (polls.blocks):
# Wagtail's Block.canonical_module_path reads this.
DECONSTRUCT_ALIASES = {PollBlock: "polls.blocks.PollBlock"}


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=PARAGRAPH_FEATURES, template="blocks/paragraph_block.html"
    )
    subheading = blocks.CharBlock(
        label=_("Subheading"),
        max_length=120,
        form_classname="title",
        template="blocks/subheading_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    fact_box = FactBoxBlock()
    video = VideoBlock()
    poll = PollBlock()


class KeyPointsBlock(blocks.StreamBlock):
    """ "Das Wichtigste in Kürze": up to five short points; none for agency copy and
    archives, whose page shows no box."""

    point = blocks.CharBlock(label=_("Key point"), max_length=200)

    class Meta:
        required = False
        max_num = MAX_KEY_POINTS
