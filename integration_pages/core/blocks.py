"""Content blocks shared by every page with a body, here and in host projects."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        help_text=_("Use level 2 for sections and level 3 inside them; never skip a level."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "integration_pages/blocks/heading.html"


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

    class Meta:
        icon = "image"
        label = _("Image")
        template = "integration_pages/blocks/image.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "integration_pages/blocks/document_link.html"


class ContactBlock(blocks.StructBlock):
    contact = SnippetChooserBlock("snippets.Contact", label=_("Contact"))
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)

    class Meta:
        icon = "user"
        label = _("Contact")
        template = "integration_pages/blocks/contact.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Information")), ("important", _("Important"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "warning"
        label = _("Call-out")
        template = "integration_pages/blocks/callout.html"


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("FAQ / accordion item")
        template = "integration_pages/blocks/accordion_item.html"


class TableWithCaptionBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"), max_length=300, help_text=_("Says what the table shows. Required.")
    )
    table = TableBlock(label=_("Table"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = "integration_pages/blocks/table.html"


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
