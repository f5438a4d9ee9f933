"""Content blocks shared by every page with a body, here and in host projects."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


def block_meta(icon, label, template_name):
    """The Meta of a content block: its icon and label in the editor, and the template in
    integration_pages/blocks/ it is rendered with."""
    template = f"integration_pages/blocks/{template_name}.html"
    return type("Meta", (), {"icon": icon, "label": label, "template": template})


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        help_text=_("Use level 2 for sections and level 3 inside them; never skip a level."),
    )

    Meta = block_meta("title", _("Heading"), "heading")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=300,
        help_text=_("Describe what the image shows for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(
        label=_("Credit"), required=False, max_length=200, help_text=_("Photographer or source.")
    )

    Meta = block_meta("image", _("Image"), "image")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        help_text=_("Leave empty to use the document's title."),
    )

    Meta = block_meta("doc-full", _("Document link"), "document_link")


class ContactBlock(blocks.StructBlock):
    contact = SnippetChooserBlock("snippets.Contact", label=_("Contact"))
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)

    Meta = block_meta("user", _("Contact"), "contact")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Information")), ("important", _("Important"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    Meta = block_meta("warning", _("Call-out"), "callout")


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    Meta = block_meta("help", _("FAQ / accordion item"), "accordion_item")


class TableWithCaptionBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"), max_length=300, help_text=_("Says what the table shows. Required.")
    )
    table = TableBlock(label=_("Table"))

    Meta = block_meta("table", _("Table"), "table")


class ParticipationNoticeBlock(blocks.StructBlock):
    """For the privacy statement: names the consent text and retention period of online
    participation from the notice itself, so the two never say different things."""

    notice = SnippetChooserBlock(
        "integration_pages.ParticipationNotice", label=_("Participation notice")
    )

    Meta = block_meta("lock", _("Participation notice"), "participation_notice")


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="integration_pages/blocks/text.html"
    )
    image = ImageBlock()
    document = DocumentLinkBlock()
    contact = ContactBlock()
    callout = CalloutBlock()
    table = TableWithCaptionBlock()
    faq = AccordionItemBlock()
    participation_notice = ParticipationNoticeBlock()
