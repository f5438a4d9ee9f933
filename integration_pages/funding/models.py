"""Funding programmes such as a municipal integration fund."""

from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page

from integration_pages.core.admin_widgets import MoneyInput
from integration_pages.core.base import YEAR_RANGE, SectionLeafMixin, page_search_fields
from integration_pages.core.blocks import DocumentLinkBlock
from integration_pages.core.localize import one_in_language
from integration_pages.core.panels import content_and_facts_tabs, page_content_panels
from integration_pages.core.translation import page_translatable_fields
from snippets.fields import (
    DOCUMENT_PROSE_FEATURES,
    contact_link,
    money,
    optional_number,
    optional_stream,
    optional_text,
    prose,
)
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_panel


class DeadlineBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    label = blocks.CharBlock(
        label=_("What is due"), max_length=200, help_text=_("e.g. 'Applications for 2027'.")
    )

    class Meta:
        icon = "date"
        label = _("Deadline")


class FundingProgrammePage(ExampleFlag, SectionLeafMixin, Page):
    """One programme: its aim, who may apply, deadlines, amounts, contact, documents."""

    aim = prose(_("aim"), _("What the money is for."), DOCUMENT_PROSE_FEATURES, blank=False)
    eligibility = prose(
        _("who may apply"),
        _("Associations, initiatives, MSOs …, and what they must bring."),
        DOCUMENT_PROSE_FEATURES,
        blank=False,
    )
    how_to_apply = prose(
        _("how to apply"),
        _("Steps, form, and the help the office offers with applications."),
        DOCUMENT_PROSE_FEATURES,
    )
    since_year = optional_number(
        _("running since"), _("Year the programme began."), validators=YEAR_RANGE
    )
    annual_budget = money(_("budget per year (€)"), _("Total available each year."))
    max_grant = money(_("largest grant (€)"), _("Leave empty if there is no upper limit."))
    amounts_note = optional_text(
        _("about the amounts"), _("e.g. own contribution required, what is not funded.")
    )
    deadlines = optional_stream(
        [("deadline", DeadlineBlock())],
        _("deadlines"),
        _("Past deadlines are shown as past; the next one is highlighted."),
    )
    documents = optional_stream(
        [("document", DocumentLinkBlock())],
        _("documents"),
        _("Guidelines, application form, report template."),
    )
    contact = contact_link(_("contact"), _("Who advises applicants."))

    content_panels = page_content_panels(
        "aim", "eligibility", "how_to_apply", "amounts_note", "documents"
    )
    facts_panels = [
        MultiFieldPanel(
            [
                FieldPanel("since_year"),
                FieldPanel("annual_budget", widget=MoneyInput()),
                FieldPanel("max_grant", widget=MoneyInput()),
            ],
            heading=_("Money"),
        ),
        FieldPanel("deadlines"),
        FieldPanel("contact"),
        example_panel(),
    ]
    edit_handler = content_and_facts_tabs(content_panels, facts_panels, _("Money and deadlines"))

    search_fields = page_search_fields("aim", "eligibility", "how_to_apply")
    api_fields = [
        APIField(n) for n in ("since_year", "annual_budget", "max_grant", "deadlines", "is_example")
    ]
    translatable_fields = page_translatable_fields(
        translated=["aim", "eligibility", "how_to_apply", "amounts_note", "deadlines", "documents"],
        synchronized=["since_year", "annual_budget", "max_grant", "contact", EXAMPLE_FIELD],
    )

    class Meta:
        verbose_name = _("funding programme")
        verbose_name_plural = _("funding programmes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        deadlines = sorted((b.value for b in self.deadlines), key=lambda d: d["date"])
        context["next_deadline"] = next((d for d in deadlines if d["date"] >= today), None)
        context["deadline_list"] = [{**d, "past": d["date"] < today} for d in deadlines]
        model = type(self).contact.field.related_model
        context["contact"] = one_in_language(model, self.contact_id, get_language())
        return context
