from django.conf import settings
from django.db import models
from django.db.models import Count, F
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from integration_pages.core.base import (
    YEAR_RANGE,
    GermanOriginalMixin,
    SectionMixin,
    page_search_fields,
)
from integration_pages.core.cache import CachedRoutesMixin
from integration_pages.core.charts import stacked_bar_chart
from integration_pages.core.filters import ReportYearForm
from integration_pages.core.localize import all_in_language, one_in_language
from integration_pages.core.page_urls import PageUrls
from integration_pages.core.panels import content_and_facts_tabs, page_content_panels
from integration_pages.core.privacy import hidden_q, kept_for_visitors
from integration_pages.core.translation import page_translatable_fields
from integration_pages.reports.routes import FrozenReportsMixin
from snippets.fields import optional_number, optional_text, organisation_link, prose


class EccarCommitment(TranslatableMixin, models.Model):
    """One of the ten commitments of the ECCAR action plan; measures are linked to it.

    The ten commitments are the same for every ECCAR member city; what a city does
    under each is its measures, linked on the measure pages.
    """

    number = models.PositiveSmallIntegerField(
        _("number"), help_text=_("Position in the ten-point action plan, 1 to 10.")
    )
    title = models.CharField(
        _("title"), max_length=200, help_text=_("e.g. 'Greater vigilance against racism'")
    )
    aim = optional_text(_("aim"), _("What the commitment aims at."))
    description = optional_text(_("description"), _("What the city does under this commitment."))

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("aim"),
        FieldPanel("description"),
    ]
    translatable_fields = [
        SynchronizedField("number"),
        TranslatableField("title"),
        TranslatableField("aim"),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("ECCAR commitment")
        verbose_name_plural = _("ECCAR commitments")
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.title}"


# What the plan's pages read of a measure: no rich text, no StreamFields.
MEASURE_COLUMNS = ("pk", "title", "url_path", "translation_key", "status", "is_example")


class LinkedMeasure:
    """A measure as the plan's pages show it: a values() row with its URL and status label."""

    def __init__(self, row):
        self.__dict__.update(row)

    def __getitem__(self, key):
        # Templates look up dictionary keys first; this spares them an exception per lookup.
        return self.__dict__[key]

    def active_in(self, year, first_year):
        from integration_pages.concept.measures import MeasurePage

        return MeasurePage.active_in(self, year, first_year)


class ActionPlanPage(
    SectionMixin,
    FrozenReportsMixin,
    CachedRoutesMixin,
    GermanOriginalMixin,
    RoutablePageMixin,
    Page,
):
    """The city's ECCAR 10-point action plan: the commitments and the measures serving them.

    Measures are linked to commitments on the measure pages of the integration
    concept, so the plan shows their live status and is never retyped.
    """

    member_since = optional_number(
        _("member since"), _("Year the city joined ECCAR."), validators=YEAR_RANGE
    )
    lead_unit = organisation_link(_("lead unit"), _("The unit that leads the action plan."))
    introduction = prose(_("introduction"), _("What ECCAR is and what the city committed to."))

    content_panels = page_content_panels("introduction")
    facts_panels = [FieldPanel("member_since"), FieldPanel("lead_unit")]
    edit_handler = content_and_facts_tabs(content_panels, facts_panels, _("Facts"))

    search_fields = page_search_fields("introduction")
    api_fields = [APIField("member_since"), APIField("lead_unit")]
    translatable_fields = page_translatable_fields(
        translated=["introduction"],
        synchronized=["member_since", "lead_unit"],
    )

    subpage_types = []
    report_kind = "eccar"
    report_template = "integration_pages/eccar_report.html"

    class Meta:
        verbose_name = _("ECCAR action plan")
        verbose_name_plural = _("ECCAR action plans")

    def site_measures(self, hidden):
        """The live measures of this site the visitor may see (German originals), by title."""
        from integration_pages.concept.measures import MeasurePage

        home_path = self.german_original().path[: 2 * Page.steplen]
        return (
            MeasurePage.objects.live()
            .exclude(hidden)
            .filter(path__startswith=home_path)
            .order_by("title")
        )

    def status_counts(self, hidden):
        """Commitment translation key → status → number of linked measures, in one query.

        Counts German originals, so each measure once however many translations it has,
        and once per commitment even if linked to a commitment and its translation.
        """
        counts = {}
        for key, status, count in (
            self.site_measures(hidden)
            .filter(eccar_commitments__isnull=False)
            .values_list("eccar_commitments__translation_key", "status")
            .annotate(count=Count("pk", distinct=True))
            .order_by()
        ):
            counts.setdefault(key, {})[status] = count
        return counts

    def linked_measures(self, request, hidden, columns=MEASURE_COLUMNS, commitment=None):
        """Commitment translation key → its measures in the reader's language (German where
        untranslated), by German title; of `commitment` only where given.

        Two queries at most, reading only `columns`; no page objects are built.
        """
        from integration_pages.concept.measures import MeasurePage, MeasureStatus

        rows = self.site_measures(hidden).filter(eccar_commitments__isnull=False)
        if commitment is not None:
            rows = rows.filter(eccar_commitments__translation_key=commitment.translation_key)
        # One row per link: a measure serving two commitments comes twice.
        links, originals = [], {}
        for row in rows.values(*columns, commitment_key=F("eccar_commitments__translation_key")):
            links.append((row.pop("commitment_key"), row["pk"]))
            originals.setdefault(row["pk"], row)
        language = get_language()
        translated = {}
        if originals and language != settings.LANGUAGE_CODE:
            translated = {
                row["translation_key"]: row
                for row in MeasurePage.objects.live()
                .exclude(hidden)
                .filter(
                    translation_key__in=[row["translation_key"] for row in originals.values()],
                    locale__language_code=language,
                )
                .values(*columns)
            }
        labels = {value: str(label) for value, label in MeasureStatus.choices}
        urls = PageUrls(request, self)
        shown = {}
        for pk, row in originals.items():
            measure = LinkedMeasure(translated.get(row["translation_key"], row))
            measure.url = urls.url(measure.url_path)
            measure.status_label = labels.get(measure.status, measure.status)
            shown[pk] = measure
        by_commitment = {}
        for key, pk in dict.fromkeys(links):  # a measure once per commitment, in title order
            by_commitment.setdefault(key, []).append(shown[pk])
        return by_commitment

    def commitments(self):
        """The ten commitments in the reader's language (German where untranslated)."""
        return sorted(
            all_in_language(EccarCommitment, get_language()).values(), key=lambda c: c.number
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same for every visitor until a page, a measure's log or a commitment changes.
        key = ("eccar-plan", self.pk, get_language())
        context.update(kept_for_visitors(request, key, lambda: self.plan_context(request)))
        return context

    def plan_context(self, request):
        """The commitments with their linked measures and counts per status, and the chart."""
        from integration_pages.concept.measures import MeasureStatus

        # View restrictions are looked up once for the counts, originals and translations.
        hidden = hidden_q(request)
        commitments = self.commitments()
        counts = self.status_counts(hidden)
        linked = self.linked_measures(request, hidden)
        for commitment in commitments:
            commitment.linked = linked.get(commitment.translation_key, [])
            by_status = counts.get(commitment.translation_key, {})
            commitment.status_counts = [
                {"status": status, "label": label, "count": by_status.get(status, 0)}
                for status, label in MeasureStatus.choices
            ]
            commitment.total = sum(s["count"] for s in commitment.status_counts)
        return {
            "commitments": commitments,
            "progress_chart": stacked_bar_chart(
                [(c.number, [s["count"] for s in c.status_counts]) for c in commitments],
                list(MeasureStatus.values),
            ),
            "statuses": MeasureStatus.choices,
            "lead_unit": one_in_language(
                type(self).lead_unit.field.related_model, self.lead_unit_id, get_language()
            ),
        }

    def route_arguments(self, name):
        if name == "commitment":
            numbers = EccarCommitment.objects.values_list("number", flat=True).distinct()
            return [{"number": number} for number in numbers]
        return super().route_arguments(name)

    @path("commitment/<int:number>/", name="commitment")
    def commitment(self, request, number):
        # "0009" and "9" would be two cache entries (and two purges) of one page.
        canonical = self.reverse_subpage("commitment", args=[number])
        if not request.path.endswith("/" + canonical):
            return redirect(self.get_url(request) + canonical, permanent=True)
        commitments = self.commitments()
        chosen = next((c for c in commitments if c.number == number), None)
        if chosen is None:
            raise Http404
        linked = self.linked_measures(request, hidden_q(request), commitment=chosen)
        chosen.linked = linked.get(chosen.translation_key, [])
        context = Page.get_context(self, request)
        context.update(commitment=chosen, commitments=commitments)
        return TemplateResponse(request, "integration_pages/eccar_commitment.html", context)

    def live_report(self, request):
        """The form choosing the year, and the report of the year chosen. The measures
        linked and each year's report are the same for every visitor until a page, a
        measure's log or a commitment changes: kept per generation (shared_state)."""
        from integration_pages.reports.eccar import eccar_report, report_links, report_years

        language = get_language()
        linked = kept_for_visitors(
            request, ("eccar-links", self.pk, language), lambda: report_links(self, request)
        )
        form = ReportYearForm(request.GET, years=report_years(self, linked))
        year = form.valid_filters().get("year")
        data = kept_for_visitors(
            request,
            ("eccar-report", self.pk, language, year),
            lambda: eccar_report(self, request, year, linked),
        )
        return form, data

    def report_csv_rows(self, data):
        from integration_pages.reports.eccar import csv_rows

        return csv_rows(data)

    @path("report/", name="report")
    def report(self, request):
        """What was planned for a chosen year and what was done, for print."""
        form, data = self.live_report(request)
        return self.render_report(request, data, form=form)

    @path("report/data.csv/", name="report_csv")
    def report_csv(self, request):
        from integration_pages.reports.routes import csv_response

        return csv_response(self.report_csv_rows(self.live_report(request)[1]))

    @path("report/data.json/", name="report_json")
    def report_json(self, request):
        from integration_pages.reports.routes import json_response

        return json_response({"frozen": False, "report": self.live_report(request)[1]})
