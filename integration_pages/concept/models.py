from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from integration_pages.concept.fields_of_action import ActionField
from integration_pages.concept.goals import GoalPage
from integration_pages.concept.measures import MeasurePage
from integration_pages.concept.overview import (
    ConceptTree,
    build_goal_tree,
    field_sections,
    goal_field_keys,
    status_choices,
    status_counts,
)
from integration_pages.core.admin_widgets import MoneyInput
from integration_pages.core.base import YEAR_RANGE, SectionMixin, page_search_fields
from integration_pages.core.cache import CachedRoutesMixin
from integration_pages.core.panels import content_and_facts_tabs, page_content_panels
from integration_pages.core.privacy import hidden_q, kept_for_visitors
from integration_pages.core.translation import page_translatable_fields
from integration_pages.reports.routes import FrozenReportsMixin
from snippets.fields import (
    money,
    optional_date,
    optional_number,
    optional_stream,
    prose,
    short_text,
)


class ParticipationStepBlock(blocks.StructBlock):
    start_date = blocks.DateBlock(label=_("From"))
    end_date = blocks.DateBlock(label=_("Until"), required=False)
    title = blocks.CharBlock(label=_("Step"), max_length=200, help_text=_("e.g. 'Workshops'"))
    description = blocks.TextBlock(label=_("What happened"), required=False)

    class Meta:
        icon = "date"
        label = _("Participation step")


class IntegrationConceptPage(
    SectionMixin, FrozenReportsMixin, CachedRoutesMixin, RoutablePageMixin, Page
):
    """A municipality's integration concept: the root of its goals and measures."""

    adopted_on = optional_date(_("adopted on"), _("Date of the council resolution."))
    resolution_reference = short_text(
        _("council resolution"), 100, _("Reference number of the council resolution (Drucksache).")
    )
    status_note = short_text(
        _("status of the document"),
        200,
        _(
            "For a concept without a council resolution, its state as the document gives it, "
            "e.g. 'Stand Juni 2022, vorgelegt von …'."
        ),
    )
    motto = short_text(_("motto"), 200, _("Guiding phrase."))
    introduction = prose(_("introduction"), _("What the concept is."))
    vision = prose(_("vision"), _("Where the concept leads."))
    mission = prose(_("mission"), _("How to get there."))
    guidelines = optional_stream(
        [("guideline", blocks.TextBlock(label=_("Guideline")))],
        _("guidelines"),
        _("The concept's guiding principles, one per item."),
    )
    annual_budget = money(
        _("annual budget (EUR)"), _("Money available each year to carry out the measures.")
    )
    budget_since = optional_number(
        _("budget from year"),
        _("First year the annual budget is available; the budget overview starts there."),
        validators=YEAR_RANGE,
    )
    quiet_after_days = models.PositiveSmallIntegerField(
        _("reminder after (days)"),
        default=120,
        validators=[MinValueValidator(7)],
        help_text=_(
            "A measure whose progress log has had no entry for this many days is reported to "
            "its contact by the reminder mail; nobody gets the same reminder again sooner."
        ),
    )
    participation_history = optional_stream(
        [("step", ParticipationStepBlock())],
        _("participation history"),
        _("Dated steps of the public participation, e.g. workshops."),
    )

    content_panels = page_content_panels("motto", "introduction", "vision", "mission", "guidelines")
    facts_panels = [
        MultiFieldPanel(
            [
                FieldPanel("adopted_on"),
                FieldPanel("resolution_reference"),
                FieldPanel("status_note"),
                FieldPanel("annual_budget", widget=MoneyInput()),
                FieldPanel("budget_since"),
            ],
            heading=_("Resolution and budget"),
        ),
        FieldPanel("quiet_after_days"),
        FieldPanel("participation_history"),
    ]
    edit_handler = content_and_facts_tabs(content_panels, facts_panels, _("Facts"))

    search_fields = page_search_fields("motto", "introduction", "vision", "mission")
    translatable_fields = page_translatable_fields(
        translated=[
            "motto",
            "introduction",
            "vision",
            "mission",
            "guidelines",
            "participation_history",
            "status_note",
        ],
        synchronized=[
            "adopted_on",
            "resolution_reference",
            "annual_budget",
            "budget_since",
            "quiet_after_days",
        ],
    )

    subpage_types = ["integration_pages.GoalPage", "integration_pages.PrioritisationPage"]
    report_kind = "concept"
    report_template = "integration_pages/concept_report.html"

    class Meta:
        verbose_name = _("integration concept")
        verbose_name_plural = _("integration concepts")

    def localized_action_fields(self):
        """This concept's fields of action in the reader's language, German where untranslated."""
        from integration_pages.core.localize import prefer_language

        language = get_language()
        fields = ActionField.objects.filter(
            concept__translation_key=self.translation_key,
            locale__language_code__in={language, settings.LANGUAGE_CODE},
        ).select_related("locale")
        chosen = prefer_language(fields, language)
        return sorted(chosen.values(), key=lambda f: (f.sort_order, f.code))

    def tree_root(self):
        """Where goals and measures are read from.

        A translated concept whose goals nobody has translated yet shows the German
        ones rather than an empty plan; the template says so.
        """
        # numchild comes with the page: no query to learn that nothing is translated yet.
        if get_language() == settings.LANGUAGE_CODE or self.numchild:
            return self
        source = (
            IntegrationConceptPage.objects.live()
            .filter(
                translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
            )
            .first()
        )
        return source or self

    # Routes like a routable page over its tree (its sub-routes, else its descendants), so
    # a project that routes a whole URL in one query (the portal's home.routing) may walk
    # past it; the override below is for Wagtail's own routing, level by level.
    routes_through_children = True

    def route(self, request, path_components):
        # Wagtail walks down one query pair per level; goals and measures sit two to
        # three levels below, so look the page up by its URL path in one query instead.
        if len(path_components) >= 2:
            page = self._descendant_at("/".join(path_components))
            if page is not None:
                if not page.live:
                    raise Http404
                return page.route(request, [])
        return super().route(request, path_components)

    def _descendant_at(self, relative_path):
        url_path = f"{self.url_path}{relative_path}/"
        for model in (MeasurePage, GoalPage):
            page = model.objects.filter(url_path=url_path, path__startswith=self.path).first()
            if page is not None:
                return page
        return None

    def get_base_context(self, request):
        """The context every route starts from, without the concept's own overviews."""
        return Page.get_context(self, request)

    @path("")
    def overview(self, request):
        return self.render(request)

    @path("measures/")
    def measures(self, request):
        from integration_pages.concept.views import measure_list

        return measure_list(self, request)

    @path("measures.json/")
    def measures_json(self, request):
        from integration_pages.concept.views import measures_json

        return measures_json(self, request)

    @path("measures.csv/")
    def measures_csv(self, request):
        from integration_pages.concept.views import measures_csv

        return measures_csv(self, request)

    def live_report(self, request):
        from integration_pages.reports.concept import concept_report

        return concept_report(self, request)

    def report_csv_rows(self, data):
        from integration_pages.reports.concept import csv_rows

        return csv_rows(data)

    @path("report/", name="report")
    def report(self, request):
        return self.render_report(request, self.live_report(request))

    @path("report/data.csv/", name="report_csv")
    def report_csv(self, request):
        from integration_pages.reports.routes import csv_response

        return csv_response(self.report_csv_rows(self.live_report(request)))

    @path("report/data.json/", name="report_json")
    def report_json(self, request):
        from integration_pages.reports.routes import json_response

        return json_response({"frozen": False, "report": self.live_report(request)})

    def source_concept(self):
        """The German original of this concept (itself in German): goals and measures are
        read from its tree, so every measure counts once whatever has been translated."""
        if get_language() == settings.LANGUAGE_CODE:
            return self
        source = (
            IntegrationConceptPage.objects.live()
            .filter(
                translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
            )
            .only("path", "depth", "url_path", "translation_key", "locale_id")
            .first()
        )
        return source or self

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Counted over every goal and measure, and the same for every anonymous visitor
        # until something is published, moved or deleted or a field of action edited.
        key = ("concept-overview", self.pk, get_language())
        context.update(kept_for_visitors(request, key, lambda: self.overview_context(request)))
        return context

    def overview_context(self, request):
        """The overview's goals, sections, counts and budget as the visitor may see them."""
        from integration_pages.concept.budget import budget_overview
        from integration_pages.core.charts import bar_chart

        source = self.source_concept()
        tree = ConceptTree(request, self, source, hidden_q(request))
        goals, translated_goals = tree.rows(GoalPage, levels=2)
        first_depth = source.depth + 1
        fields = self.localized_action_fields()
        if fields:
            measures = tree.measures(MeasurePage)
            sections = field_sections(
                fields,
                goals,
                goal_field_keys(GoalPage, goals),
                tree.status_counts_by_goal(MeasurePage),
                first_depth,
            )
            goal_tree = []
        else:
            # A concept without fields of action lists its measures once, under their goals.
            measures, _translated = tree.rows(MeasurePage, facts=True)
            sections = []
            goal_tree = build_goal_tree(
                [g for g in goals if g.depth == first_depth],
                [g for g in goals if g.depth > first_depth],
                measures,
            )
        budget = budget_overview(measures, self.annual_budget, first_year=self.budget_since)
        return {
            # Grouped by field of action; the plain goal tree only for a concept without.
            "field_sections": sections,
            "goal_tree": goal_tree,
            "statuses": status_choices(),
            "status_counts": status_counts(measures),
            "measure_count": len(measures),
            "budget_rows": budget,
            "budget_chart": bar_chart(
                [(row["year"], row["planned"], row["over"]) for row in budget],
                reference=self.annual_budget,
            ),
            "over_budget_years": [row["year"] for row in budget if row["over"]],
            "tree_in_source_language": source is not self and bool(goals) and not translated_goals,
            "prioritisations": self.prioritisations(source, request),
        }

    def prioritisations(self, source, request):
        """The concept's prioritisation processes, newest first: this language's copies,
        else the German ones."""
        from integration_pages.participation.models import PrioritisationPage

        hidden = hidden_q(request)
        for parent in dict.fromkeys([self, source]):
            found = list(
                PrioritisationPage.objects.child_of(parent)
                .live()
                .exclude(hidden)
                .order_by("-closes_at")
            )
            if found:
                return found
        return []
