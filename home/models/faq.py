"""Questions and answers, marked up for search engines as schema.org `FAQPage`."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.rich_text import expand_db_html
from wagtail.search import index

from integration_pages.core.translation import page_translatable_fields
from snippets.fields import introduction, optional_date


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "ol", "ul", "link", "document-link"]
    )

    class Meta:
        icon = "help"
        label = _("Question and answer")


class FaqPage(Page):
    """A page of questions and answers, e.g. the answers to a citizens' inquiry."""

    intro = introduction(_("Who asked, when, and who answers."))
    answered_on = optional_date(_("answered on"), _("When the answers were given."))
    questions = StreamField(
        [("question", QuestionBlock())],
        verbose_name=_("questions"),
        help_text=_("One block per question, in the order people should read them."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("answered_on"),
        FieldPanel("questions"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("questions"),
    ]
    translatable_fields = page_translatable_fields(
        translated=["intro", "questions"], synchronized=["answered_on"]
    )

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("questions and answers")
        verbose_name_plural = _("questions and answers")

    def structured_data(self):
        """schema.org FAQPage: what search engines show as expandable answers."""
        return {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "inLanguage": self.locale.language_code,
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": block.value["question"],
                    "acceptedAnswer": {
                        "@type": "Answer",
                        "text": strip_tags(expand_db_html(block.value["answer"].source)).strip(),
                    },
                }
                for block in self.questions
            ],
        }
