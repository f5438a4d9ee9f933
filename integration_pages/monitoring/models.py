"""The monitoring: indicators over uploaded datasets, with targets, grouped by field of action.

An indicator names what is measured and which dataset holds the figures; its targets
are dated facts. The figures are never typed into a page: they come from the dataset,
so the chart, the table and the open data show the same numbers.
"""

from django.db import models
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from integration_pages.concept.fields_of_action import action_field_tags
from integration_pages.core.base import SectionMixin, page_search_fields
from integration_pages.core.cache import CachedRoutesMixin
from integration_pages.core.panels import content_and_facts_tabs, page_content_panels
from integration_pages.core.translation import page_translatable_fields
from snippets.fields import formatted_introduction, optional_stream, prose, short_text, tags
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_panel


class TargetBlock(blocks.StructBlock):
    date = blocks.DateBlock(
        label=_("Target date"), help_text=_("When the target should be reached.")
    )
    value = blocks.DecimalBlock(label=_("Target value"))

    class Meta:
        icon = "flag"
        label = _("Target")


class MonitoringPage(SectionMixin, CachedRoutesMixin, RoutablePageMixin, Page):
    """The integration monitoring of a site: its indicators, by field of action."""

    introduction = formatted_introduction(
        _("What the monitoring shows, where the figures come from and how often they change.")
    )

    content_panels = page_content_panels("introduction")
    search_fields = page_search_fields("introduction")
    translatable_fields = page_translatable_fields(translated=["introduction"])
    subpage_types = ["integration_pages.IndicatorPage"]

    class Meta:
        verbose_name = _("monitoring")
        verbose_name_plural = _("monitorings")

    def get_context(self, request, *args, **kwargs):
        from integration_pages.monitoring.views import monitoring_context

        context = super().get_context(request, *args, **kwargs)
        context.update(monitoring_context(self, request))
        return context

    @path("")
    def overview(self, request):
        return self.render(request)

    @path("datapackage.json/", name="datapackage")
    def datapackage(self, request):
        from integration_pages.monitoring.open_data import datapackage

        return _json_response(datapackage(self, request))


class IndicatorPage(ExampleFlag, CachedRoutesMixin, RoutablePageMixin, Page):
    """What is measured (e.g. naturalisations per year), from which dataset, towards which
    targets; linked from the measures and goals it tells about."""

    description = prose(_("description"), _("What the indicator shows and why it matters."))
    dataset = models.ForeignKey(
        "integration_pages.Dataset",
        on_delete=models.PROTECT,
        related_name="indicators",
        verbose_name=_("dataset"),
        help_text=_("The uploaded statistics this indicator is drawn from."),
    )
    breakdown = short_text(
        _("bars by"),
        40,
        _(
            "The column of a dimension (e.g. 'gemeinde') whose categories are compared in a "
            "bar chart for the newest date; no bar chart if empty."
        ),
    )
    targets = optional_stream(
        [("target", TargetBlock())],
        _("targets"),
        _("The values to reach, each by a date; the chart draws the path to them."),
    )
    action_fields = action_field_tags(
        _("The fields of action this indicator tells about."), "indicators"
    )
    goals = tags(
        "integration_pages.GoalPage",
        _("goals"),
        _("Goals of the integration concept this indicator measures."),
        "indicators",
    )
    measures = tags(
        "integration_pages.MeasurePage",
        _("measures"),
        _("Measures whose success this indicator shows."),
        "monitored_by",
    )

    content_panels = page_content_panels("description", "action_fields")
    facts_panels = [
        FieldPanel("dataset"),
        FieldPanel("breakdown"),
        FieldPanel("targets"),
        FieldPanel("goals"),
        FieldPanel("measures"),
        example_panel(),
    ]
    edit_handler = content_and_facts_tabs(content_panels, facts_panels, _("Figures"))
    search_fields = page_search_fields("description")
    api_fields = [
        APIField(name)
        for name in (
            "description",
            "dataset",
            "breakdown",
            "targets",
            "action_fields",
            "is_example",
        )
    ]
    translatable_fields = page_translatable_fields(
        translated=["description"],
        synchronized=[
            "dataset",
            "breakdown",
            "targets",
            "action_fields",
            "goals",
            "measures",
            EXAMPLE_FIELD,
        ],
    )
    parent_page_types = ["integration_pages.MonitoringPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.breakdown and self.dataset_id:
            codes = set(self.dataset.original().dimensions.values_list("code", flat=True))
            if self.breakdown not in codes:
                raise ValidationError(
                    {
                        "breakdown": _(
                            "The dataset has no dimension “%(code)s”; it has: %(codes)s."
                        )
                        % {"code": self.breakdown, "codes": ", ".join(sorted(codes)) or "–"}
                    }
                )

    @path("")
    def figures(self, request):
        from integration_pages.monitoring.views import indicator_context

        context = self.get_context(request)
        context.update(indicator_context(self, request))
        return TemplateResponse(request, self.get_template(request), context)

    @path("data.csv/", name="csv")
    def data_csv(self, request):
        from integration_pages.monitoring.open_data import indicator_csv

        response = HttpResponse(indicator_csv(self), content_type="text/csv; charset=utf-8")
        response["Access-Control-Allow-Origin"] = "*"
        return response

    @path("data.json/", name="json")
    def data_json(self, request):
        from integration_pages.monitoring.open_data import indicator_record

        return _json_response(indicator_record(self, request))


def _json_response(data):
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"
    return response
