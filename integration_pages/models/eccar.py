from django.conf import settings
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from integration_pages.charts import stacked_bar_chart
from integration_pages.localize import all_in_language, one_in_language, pages_in_language
from integration_pages.models.base import GermanOriginalMixin
from integration_pages.panels import content_and_facts_tabs
from integration_pages.translation import page_translatable_fields


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
    aim = models.TextField(_("aim"), blank=True, help_text=_("What the commitment aims at."))
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the city does under this commitment.")
    )

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


FINISHED = ("implemented", "permanent")


class ActionPlanPage(GermanOriginalMixin, RoutablePageMixin, Page):
    """The city's ECCAR 10-point action plan: the commitments and the measures serving them.

    Measures are linked to commitments on the measure pages of the integration
    concept, so the plan shows their live status and is never retyped.
    """

    member_since = models.PositiveSmallIntegerField(
        _("member since"), null=True, blank=True, help_text=_("Year the city joined ECCAR.")
    )
    lead_unit = models.ForeignKey(
        "snippets.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead unit"),
        help_text=_("The unit that leads the action plan."),
    )
    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
        help_text=_("What ECCAR is and what the city committed to."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    facts_panels = [FieldPanel("member_since"), FieldPanel("lead_unit")]
    edit_handler = content_and_facts_tabs(content_panels, facts_panels, _("Facts"))

    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    api_fields = [APIField("member_since"), APIField("lead_unit")]
    translatable_fields = page_translatable_fields(
        TranslatableField("introduction"),
        SynchronizedField("member_since"),
        SynchronizedField("lead_unit"),
    )

    parent_page_types = getattr(settings, "INTEGRATION_PAGES_SECTION_PARENT_TYPES", None)
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("ECCAR action plan")

    def linked_measures(self, private_q):
        """The live, public measures of this site linked to any commitment (German originals)."""
        from .measures import MeasurePage

        home_path = self.german_original().path[: 2 * Page.steplen]
        return (
            MeasurePage.objects.live()
            .exclude(private_q)
            .filter(path__startswith=home_path, eccar_commitments__isnull=False)
            .distinct()
            .prefetch_related("eccar_commitments")
            .order_by("title")
        )

    def commitments(self):
        """The ten commitments in the reader's language, each with its measures and counts."""
        from .measures import MeasureStatus

        language = get_language()
        # View restrictions are looked up once for both the originals and translations.
        private_q = Page.objects.private_q()
        measures = list(self.linked_measures(private_q))
        shown = {
            m.translation_key: m for m in pages_in_language(measures, language, private_q=private_q)
        }
        by_commitment = {}
        for measure in measures:
            for commitment in measure.eccar_commitments.all():
                by_commitment.setdefault(commitment.translation_key, []).append(
                    shown[measure.translation_key]
                )
        commitments = sorted(
            all_in_language(EccarCommitment, language).values(), key=lambda c: c.number
        )
        for commitment in commitments:
            commitment.linked = by_commitment.get(commitment.translation_key, [])
            counts = dict.fromkeys(MeasureStatus.values, 0)
            for measure in commitment.linked:
                counts[measure.status] += 1
            commitment.status_counts = [
                {"status": status, "label": MeasureStatus(status).label, "count": count}
                for status, count in counts.items()
            ]
        return commitments

    def get_context(self, request, *args, **kwargs):
        from .measures import MeasureStatus

        context = super().get_context(request, *args, **kwargs)
        commitments = self.commitments()
        context.update(
            commitments=commitments,
            progress_chart=stacked_bar_chart(
                [(c.number, [s["count"] for s in c.status_counts]) for c in commitments],
                list(MeasureStatus.values),
            ),
            statuses=MeasureStatus.choices,
            lead_unit=one_in_language(
                type(self).lead_unit.field.related_model, self.lead_unit_id, get_language()
            ),
        )
        return context

    @path("commitment/<int:number>/", name="commitment")
    def commitment(self, request, number):
        commitments = self.commitments()
        chosen = next((c for c in commitments if c.number == number), None)
        if chosen is None:
            raise Http404
        context = Page.get_context(self, request)
        context.update(commitment=chosen, commitments=commitments)
        return TemplateResponse(request, "integration_pages/eccar_commitment.html", context)

    @path("report/", name="report")
    def report(self, request):
        """What was planned for a chosen year and what was done, for print."""
        from integration_pages.budget import budget_years
        from integration_pages.filters import ReportYearForm

        commitments = self.commitments()
        measures = {m.pk: m for c in commitments for m in c.linked}.values()
        years = budget_years(measures) or [timezone.localdate().year]
        form = ReportYearForm(request.GET, years=years)
        year = form.valid_filters().get("year", min(timezone.localdate().year, years[-1]))
        for commitment in commitments:
            commitment.running = [m for m in commitment.linked if m.active_in(year, years[0])]
            commitment.completed = [
                m
                for m in commitment.running
                if m.status in FINISHED and m.end_date and m.end_date.year == year
            ]
            commitment.examples = [
                (m, ex.value)
                for m in commitment.running
                for ex in m.examples
                if str(year) in ex.value["period"]
            ]
        context = Page.get_context(self, request)
        context.update(form=form, year=year, commitments=commitments)
        return TemplateResponse(request, "integration_pages/eccar_report.html", context)
