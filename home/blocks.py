"""StreamField blocks shared by every page type.

Course and resource blocks build on these; this module never imports from
other apps.
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


def heading_anchor(text):
    """The id a heading gets, so tables of contents and shared links can point at it."""
    return slugify(text, allow_unicode=True)[:60] or "section"


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 starts a section, level 3 a subsection."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (level 2)")), ("h3", _("Subsection (level 3)"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        description = _(
            "A section heading; it also appears in guides' tables of contents."
        )
        preview_value = {"text": "Why cities buy innovation", "level": "h2"}
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = heading_anchor(value["text"])
        return context


class CalloutBlock(blocks.StructBlock):
    """A highlighted box: a tip, a warning or the key takeaway of a section."""

    kind = blocks.ChoiceBlock(
        choices=[
            ("tip", _("Tip")),
            ("warning", _("Warning")),
            ("takeaway", _("Key takeaway")),
        ],
        default="tip",
        label=_("Kind"),
    )
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        description = _("A highlighted tip, warning or key takeaway.")
        preview_value = {
            "kind": "tip",
            "text": "<p>Ask the city for its market consultation notes.</p>",
        }
        icon = "help"
        template = "blocks/callout_block.html"
        label = _("Callout")


class QuoteBlock(blocks.StructBlock):
    """A quotation with who said it."""

    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        description = _("A quotation with who said it.")
        preview_value = {
            "text": "We buy outcomes, not gadgets.",
            "attribution": "Procurement officer",
        }
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")


class CaptionedImageBlock(blocks.StructBlock):
    """An image with required alternative text and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        description = _("An image with alternative text and an optional caption.")
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")


class VideoBlock(blocks.StructBlock):
    """An embedded video. A transcript is required so everyone can follow it."""

    video = EmbedBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo link."))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=["bold", "italic", "ul", "ol"],
        help_text=_("Required: a full text transcript of what is said and shown."),
    )

    class Meta:
        description = _("An embedded video with its full transcript.")
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])


class AccordionBlock(blocks.StructBlock):
    """Collapsible sections, for FAQs and optional detail."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Sections"))

    class Meta:
        description = _("Collapsible sections for questions and optional detail.")
        preview_value = {
            "title": "Questions",
            "items": [
                {
                    "heading": "Who can apply?",
                    "text": "<p>Any SME registered in the region.</p>",
                }
            ],
        }
        icon = "list-ul"
        template = "blocks/accordion_block.html"
        label = _("Accordion")


class DocumentDownloadBlock(blocks.StructBlock):
    """A file learners download, shown with its type and size."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        description = _("A file to download, shown with its type and size.")
        icon = "doc-full"
        template = "blocks/document_download_block.html"
        label = _("Document download")


class ChecklistBlock(blocks.StructBlock):
    """A list of practical steps the learner can tick off on paper."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"))

    class Meta:
        description = _("Practical steps as a checklist.")
        preview_value = {
            "title": "Before the tender",
            "items": ["Read the specification", "Check the deadlines"],
        }
        icon = "tasks"
        template = "blocks/checklist_block.html"
        label = _("Checklist")


class CaseStudyBlock(blocks.StructBlock):
    """A short real or illustrative example from one of the programme's cities."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    city = blocks.CharBlock(label=_("City"), max_length=100, required=False)
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        description = _("A short example from one of the programme's cities.")
        preview_value = {
            "title": "Shaded routes to school",
            "city": "Eilat",
            "text": "<p>An illustrative pilot of shade sails along walking routes.</p>",
        }
        icon = "site"
        template = "blocks/case_study_block.html"
        label = _("Case study highlight")


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks most pages offer their editors."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        icon="pilcrow",
        label=_("Paragraph"),
        features=["h3", "bold", "italic", "link", "document-link", "ul", "ol"],
        template="blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    accordion = AccordionBlock()


def data_table_block():
    """A table with a caption (in its options) and a header row."""
    return TableBlock(
        template="blocks/table_block.html",
        help_text=_("Add a caption in the table options; the first row is the header."),
    )
