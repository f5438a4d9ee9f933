import datetime

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page

from integration_pages.concept.fields_of_action import action_field_tags
from integration_pages.core.admin_widgets import MoneyInput
from integration_pages.core.base import page_search_fields
from integration_pages.core.choices import MeasureStatus
from integration_pages.core.panels import content_and_facts_tabs, page_content_panels
from integration_pages.core.translation import page_translatable_fields
from snippets.fields import (
    choice,
    contact_link,
    money,
    optional_date,
    optional_stream,
    organisation_link,
    prose,
    rank,
    short_text,
    tags,
)
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_panel


class IndicatorValueBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Measured on"))
    value = blocks.DecimalBlock(label=_("Value"))


class IndicatorBlock(blocks.StructBlock):
    """A SMART indicator: its numbers and dates are facts, only name and unit are translated."""

    name = blocks.CharBlock(label=_("Indicator"), max_length=200)
    unit = blocks.CharBlock(label=_("Unit"), max_length=50, help_text=_("e.g. 'participants'"))
    baseline = blocks.DecimalBlock(label=_("Baseline"), required=False)
    target_value = blocks.DecimalBlock(label=_("Target value"), required=False)
    target_date = blocks.DateBlock(label=_("Target date"), required=False)
    values = blocks.ListBlock(IndicatorValueBlock(), label=_("Measured values"), default=[])

    class Meta:
        icon = "table"
        label = _("Indicator")


class ExampleBlock(blocks.StructBlock):
    period = blocks.CharBlock(label=_("Period"), max_length=40, help_text=_("e.g. '2022/2023'"))
    text = blocks.TextBlock(label=_("Example"))

    class Meta:
        icon = "pick"
        label = _("Current example")


def overdue(today=None):
    """Measures whose end date has passed while they are neither implemented nor permanent."""
    finished = [MeasureStatus.IMPLEMENTED, MeasureStatus.PERMANENT]
    return Q(end_date__lt=today or datetime.date.today()) & ~Q(status__in=finished)


def indicator_chart(indicator, chart_id):
    """Baseline, measured values and target of one indicator as bars; the target hatched."""
    from django.utils.formats import date_format

    from integration_pages.core.charts import bar_chart

    bars = []
    if indicator["baseline"] is not None:
        bars.append((_("Baseline"), indicator["baseline"], False))
    for measured in indicator["values"]:
        bars.append((date_format(measured["date"], "SHORT_DATE_FORMAT"), measured["value"], False))
    if indicator["target_value"] is not None:
        bars.append((_("Target"), indicator["target_value"], False, True))
    return {"indicator": indicator, "chart": bar_chart(bars), "id": chart_id}


def with_logged(block, logged):
    """An indicator's values and those its measure's progress log reported, by date."""
    values = [*block.value["values"], *logged.get(block.id, [])]
    return {**block.value, "values": sorted(values, key=lambda v: v["date"])}


class MeasurePage(ExampleFlag, Page):
    """A measure (Maßnahme) with SMART facts, under a goal or sub-goal."""

    # In the order of the editor's tabs: what the measure is, then its SMART facts.
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences shown in lists and exports.")
    )
    description = prose(_("description"), _("What is done, for whom, and how."))
    action_fields = action_field_tags(
        _("Every field of action this measure contributes to."), "measures"
    )
    examples = optional_stream(
        [("example", ExampleBlock())],
        _("current examples"),
        _("Dated short examples of what has been done."),
    )
    responsible_unit = organisation_link(
        _("responsible unit"), _("The unit that carries out the measure."), "responsible_for"
    )
    partners = tags(
        "snippets.Organisation", _("partners"), _("Organisations that take part."), "partner_in"
    )
    contact = contact_link(_("contact"), _("Whom the public can ask about this measure."))
    start_date = optional_date(_("start"), _("When it starts."))
    end_date = optional_date(_("end"), _("When it ends; empty if ongoing."))
    ongoing = models.BooleanField(
        _("ongoing"), default=False, help_text=_("Tick if the measure has no end date.")
    )
    status = choice(
        _("status"), MeasureStatus, MeasureStatus.PLANNED, _("Where the measure stands today.")
    )
    annual_cost = money(
        _("planned cost per year (EUR)"),
        _("Planned cost per year in euro; empty if none."),
        validators=[MinValueValidator(0)],
    )
    funding_source = short_text(
        _("funding source"), 255, _("Where the money comes from, e.g. 'municipal budget'.")
    )
    priority = rank(_("1 = highest; empty if not ranked."))
    indicators = optional_stream(
        [("indicator", IndicatorBlock())],
        _("indicators"),
        _("How success is measured: baseline, target and measured values."),
    )
    eccar_commitments = tags(
        "integration_pages.EccarCommitment",
        _("ECCAR commitments"),
        _("Commitments of the ECCAR action plan this measure serves."),
        "measures",
    )

    content_panels = page_content_panels("summary", "description", "action_fields", "examples")
    facts_panels = [
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("priority"), example_panel()],
            heading=_("Status and priority"),
        ),
        MultiFieldPanel(
            [FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("ongoing")],
            heading=_("Time frame"),
        ),
        MultiFieldPanel(
            [FieldPanel("annual_cost", widget=MoneyInput()), FieldPanel("funding_source")],
            heading=_("Money"),
        ),
        MultiFieldPanel(
            [FieldPanel("responsible_unit"), FieldPanel("partners"), FieldPanel("contact")],
            heading=_("Who"),
        ),
        FieldPanel("indicators"),
        FieldPanel("eccar_commitments"),
    ]
    edit_handler = content_and_facts_tabs(content_panels, facts_panels, _("SMART facts"))

    search_fields = page_search_fields("summary", "description", filtered=["status"])
    translatable_fields = page_translatable_fields(
        translated=["summary", "description", "funding_source", "indicators", "examples"],
        synchronized=[
            "action_fields",
            "responsible_unit",
            "partners",
            "contact",
            "start_date",
            "end_date",
            "ongoing",
            "status",
            "annual_cost",
            "priority",
            "eccar_commitments",
            EXAMPLE_FIELD,
        ],
    )
    api_fields = [
        APIField(name)
        for name in (
            "summary",
            "description",
            "action_fields",
            "responsible_unit",
            "partners",
            "start_date",
            "end_date",
            "ongoing",
            "status",
            "annual_cost",
            "funding_source",
            "priority",
            "indicators",
            "examples",
            "eccar_commitments",
            "is_example",
        )
    ]

    parent_page_types = ["integration_pages.GoalPage"]
    subpage_types = []
    # What a list of measures (a goal, the measure list) leaves in the database: the prose
    # and the stream fields, which only the measure's own page shows, each parsed from
    # JSON for every row read.
    LISTED_WITHOUT = ("description", "examples", "indicators", "search_description")

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")

    def get_context(self, request, *args, **kwargs):
        from django.utils.translation import get_language

        from integration_pages.core.privacy import kept_for_visitors

        context = super().get_context(request, *args, **kwargs)
        # What the measure links to (fields, organisations, commitments, its log, the
        # indicators that follow it) is the same for every anonymous visitor until
        # something is published or one of those is edited.
        key = ("measure-facts", self.pk, get_language())
        context.update(kept_for_visitors(request, key, lambda: self.facts_context(request)))
        return context

    def facts_context(self, request):
        """What the measure's page shows beside its own fields, in the reader's language."""
        from django.utils.translation import get_language

        from integration_pages.concept.fields_of_action import ActionField
        from integration_pages.concept.progress import logged_values, monitored_by, timeline
        from integration_pages.core.localize import linked_in_language
        from integration_pages.core.privacy import hidden_q
        from integration_pages.core.translation_states import mark_text_language

        # Goals list their measures (goals.py imports this module): the goal's class by name,
        # as parent_page_types names it.
        GoalPage = apps.get_model("integration_pages", "GoalPage")  # noqa: N806

        language = get_language()
        fields = sorted(
            (
                shown
                for _stored, shown in linked_in_language(
                    ActionField, ActionField.objects.filter(measures=self.pk), language
                )
            ),
            key=lambda f: (f.sort_order, f.code),
        )
        # The unit and the partners in one query, flagged by which role they play here.
        organisation_model = type(self).responsible_unit.field.related_model
        partner_links = type(self).partners.through.objects.filter(
            measurepage_id=self.pk, organisation_id=OuterRef("pk")
        )
        organisations = linked_in_language(
            organisation_model,
            organisation_model.objects.filter(
                Q(pk=self.responsible_unit_id) | Exists(partner_links)
            ),
            language,
            is_partner=Exists(partner_links),
        )
        organisations.sort(key=lambda pair: pair[1].name)
        unit_id = self.responsible_unit_id
        commitments = list(self.eccar_commitments.select_related("locale"))
        # a name not translated is marked as German (lang), one query per kind of snippet
        mark_text_language(fields, "title", language)
        mark_text_language([shown for _stored, shown in organisations], "name", language)
        mark_text_language(commitments, "title", language)
        entries = timeline(self)
        logged = logged_values(entries)
        return {
            "goal": GoalPage.objects.filter(path=self.path[: -Page.steplen]).first(),
            "fields": fields,
            "unit": next((shown for stored, shown in organisations if stored.pk == unit_id), None),
            "partner_list": [shown for stored, shown in organisations if stored.is_partner],
            "commitments": commitments,
            "indicator_charts": [
                indicator_chart(with_logged(block, logged), f"indicator-{number}")
                for number, block in enumerate(self.indicators, 1)
            ],
            "timeline": entries,
            "log_language": "" if language == settings.LANGUAGE_CODE else settings.LANGUAGE_CODE,
            "indicator_pages": monitored_by(self, "measures", hidden_q(request)),
        }

    def active_in(self, year, first_year):
        """Whether the measure runs (and costs money) in `year`; undated ones from the start."""
        start = self.start_date.year if self.start_date else first_year
        if year < start:
            return False
        return self.ongoing or self.end_date is None or self.end_date.year >= year

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end cannot be before the start.")
        if self.ongoing and self.end_date:
            errors["ongoing"] = _("An ongoing measure has no end date; clear one of the two.")
        outside = self.indicators_dated_outside()
        if outside:
            errors["indicators"] = _(
                "The target date of “%(indicator)s” lies outside the measure's time frame "
                "(start to end)."
            ) % {"indicator": outside[0]}
        if errors:
            raise ValidationError(errors)

    def indicators_dated_outside(self):
        """Names of indicators whose target date falls before the start or after the end."""
        return [
            block.value["name"]
            for block in self.indicators
            if (target := block.value.get("target_date"))
            and (
                (self.start_date and target < self.start_date)
                or (self.end_date and target > self.end_date)
            )
        ]
