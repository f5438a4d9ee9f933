from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from integration_pages.panels import content_and_facts_tabs
from integration_pages.translation import page_translatable_fields

PROSE_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class ParticipationStepBlock(blocks.StructBlock):
    start_date = blocks.DateBlock(label=_("From"))
    end_date = blocks.DateBlock(label=_("Until"), required=False)
    title = blocks.CharBlock(label=_("Step"), max_length=200, help_text=_("e.g. 'Workshops'"))
    description = blocks.TextBlock(label=_("What happened"), required=False)

    class Meta:
        icon = "date"
        label = _("Participation step")


class IntegrationConceptPage(RoutablePageMixin, Page):
    """A municipality's integration concept: the root of its goals and measures."""

    adopted_on = models.DateField(
        _("adopted on"), null=True, blank=True, help_text=_("Date of the council resolution.")
    )
    resolution_reference = models.CharField(
        _("council resolution"),
        max_length=100,
        blank=True,
        help_text=_("Reference number of the council resolution (Drucksache)."),
    )
    motto = models.CharField(_("motto"), max_length=200, blank=True, help_text=_("Guiding phrase."))
    introduction = RichTextField(
        _("introduction"), blank=True, features=PROSE_FEATURES, help_text=_("What the concept is.")
    )
    vision = RichTextField(
        _("vision"), blank=True, features=PROSE_FEATURES, help_text=_("Where the concept leads.")
    )
    mission = RichTextField(
        _("mission"), blank=True, features=PROSE_FEATURES, help_text=_("How to get there.")
    )
    guidelines = StreamField(
        [("guideline", blocks.TextBlock(label=_("Guideline")))],
        blank=True,
        verbose_name=_("guidelines"),
        help_text=_("The concept's guiding principles, one per item."),
    )
    annual_budget = models.DecimalField(
        _("annual budget (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Money available each year to carry out the measures."),
    )
    participation_history = StreamField(
        [("step", ParticipationStepBlock())],
        blank=True,
        verbose_name=_("participation history"),
        help_text=_("Dated steps of the public participation, e.g. workshops."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("motto"),
        FieldPanel("introduction"),
        FieldPanel("vision"),
        FieldPanel("mission"),
        FieldPanel("guidelines"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [
                FieldPanel("adopted_on"),
                FieldPanel("resolution_reference"),
                FieldPanel("annual_budget"),
            ],
            heading=_("Resolution and budget"),
        ),
        FieldPanel("participation_history"),
    ]
    edit_handler = content_and_facts_tabs(content_panels, facts_panels, _("Facts"))

    search_fields = [
        *Page.search_fields,
        index.SearchField("motto"),
        index.SearchField("introduction"),
        index.SearchField("vision"),
        index.SearchField("mission"),
    ]
    translatable_fields = page_translatable_fields(
        TranslatableField("motto"),
        TranslatableField("introduction"),
        TranslatableField("vision"),
        TranslatableField("mission"),
        TranslatableField("guidelines"),
        TranslatableField("participation_history"),
        SynchronizedField("adopted_on"),
        SynchronizedField("resolution_reference"),
        SynchronizedField("annual_budget"),
    )

    # The host project says where sections may live; any parent when it does not.
    parent_page_types = getattr(settings, "INTEGRATION_PAGES_SECTION_PARENT_TYPES", None)
    subpage_types = ["integration_pages.GoalPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("integration concept")

    def localized_action_fields(self):
        """This concept's fields of action in the reader's language, German where untranslated."""
        from integration_pages.localize import prefer_language

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
        from .goals import GoalPage
        from .measures import MeasurePage

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
        from integration_pages.views import measure_list

        return measure_list(self, request)

    @path("measures.json/")
    def measures_json(self, request):
        from integration_pages.views import measures_json

        return measures_json(self, request)

    @path("measures.csv/")
    def measures_csv(self, request):
        from integration_pages.views import measures_csv

        return measures_csv(self, request)

    def get_context(self, request, *args, **kwargs):
        from integration_pages.budget import budget_overview
        from integration_pages.charts import bar_chart

        from .goals import GoalPage
        from .measures import MeasurePage

        context = super().get_context(request, *args, **kwargs)
        root = self.tree_root()
        # Goals and sub-goals in one query, split by depth in memory.
        all_goals = list(
            GoalPage.objects.descendant_of(root)
            .live()
            .filter(depth__lte=self.depth + 2)
            .order_by("path")
            .prefetch_related("action_fields")
        )
        goals = [g for g in all_goals if g.depth == self.depth + 1]
        subgoals = [g for g in all_goals if g.depth == self.depth + 2]
        measures = list(
            MeasurePage.objects.descendant_of(root)
            .live()
            .order_by("path")
            .prefetch_related("action_fields")
        )
        fields = self.localized_action_fields()
        budget = budget_overview(measures, self.annual_budget)
        context.update(
            {
                # Grouped by field of action; the plain goal tree only for a concept without.
                "field_sections": group_by_field(fields, goals, subgoals, measures),
                "goal_tree": [] if fields else build_goal_tree(goals, subgoals, measures),
                "status_counts": status_counts(measures),
                "measure_count": len(measures),
                "budget_rows": budget,
                "budget_chart": bar_chart(
                    [(row["year"], row["planned"], row["over"]) for row in budget],
                    reference=self.annual_budget,
                ),
                "over_budget_years": [row["year"] for row in budget if row["over"]],
                "tree_in_source_language": root is not self,
            }
        )
        return context


def build_goal_tree(goals, subgoals, measures):
    """Goals with their sub-goals and measures, grouped in memory by tree path."""
    measures_by_parent = {}
    for measure in measures:
        measures_by_parent.setdefault(measure.path[: -Page.steplen], []).append(measure)
    subgoals_by_parent = {}
    for sub in subgoals:
        subgoals_by_parent.setdefault(sub.path[: -Page.steplen], []).append(
            {"goal": sub, "measures": measures_by_parent.get(sub.path, [])}
        )
    return [
        {
            "goal": goal,
            "measures": measures_by_parent.get(goal.path, []),
            "subgoals": subgoals_by_parent.get(goal.path, []),
        }
        for goal in goals
    ]


def group_by_field(fields, goals, subgoals, measures):
    """Field of action → goals → measures; a goal shows under a field with its measures tagged so.

    Measures tagged with no field are gathered last under `field: None`, so
    nothing published is left out of the overview.
    """
    if not fields:
        return []
    subgoals_by_parent = {}
    for sub in subgoals:
        subgoals_by_parent.setdefault(sub.path[: -Page.steplen], []).append(sub)
    ordered = [g for goal in goals for g in [goal, *subgoals_by_parent.get(goal.path, [])]]
    measures_by_parent = {}
    for measure in measures:
        measure.field_keys = {f.translation_key for f in measure.action_fields.all()}
        measures_by_parent.setdefault(measure.path[: -Page.steplen], []).append(measure)

    def entries(matches_goal, matches_measure):
        found = []
        for goal in ordered:
            tagged = [m for m in measures_by_parent.get(goal.path, []) if matches_measure(m)]
            if tagged or matches_goal(goal):
                found.append(
                    {"goal": goal, "is_subgoal": goal.depth > goals[0].depth, "measures": tagged}
                )
        return found

    sections = []
    for field in fields:
        key = field.translation_key
        sections.append(
            {
                "field": field,
                "entries": entries(
                    lambda g, key=key: key in {f.translation_key for f in g.action_fields.all()},
                    lambda m, key=key: key in m.field_keys,
                ),
            }
        )
    untagged = entries(lambda g: False, lambda m: not m.field_keys)
    if untagged:
        sections.append({"field": None, "entries": untagged})
    return sections


def status_counts(measures):
    from .measures import MeasureStatus

    counts = dict.fromkeys(MeasureStatus.values, 0)
    for measure in measures:
        counts[measure.status] = counts.get(measure.status, 0) + 1
    return [
        {"status": status, "label": MeasureStatus(status).label, "count": count}
        for status, count in counts.items()
    ]


class ActionField(TranslatableMixin, models.Model):
    """A field of action (Handlungsfeld) of one concept; goals and measures are tagged with it."""

    concept = models.ForeignKey(
        IntegrationConceptPage,
        on_delete=models.CASCADE,
        related_name="action_fields",
        verbose_name=_("concept"),
        help_text=_("The concept this field of action belongs to."),
    )
    code = models.CharField(
        _("code"),
        max_length=10,
        help_text=_("Short code or numeral used to tag measures, e.g. 'I', 'II' or '3'."),
    )
    title = models.CharField(_("title"), max_length=200, help_text=_("e.g. 'Bildung'"))
    description = models.TextField(
        _("description"), blank=True, help_text=_("What belongs to this field of action.")
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Fields are listed in this order.")
    )

    panels = [
        FieldPanel("concept"),
        FieldPanel("code"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("code"),
        SynchronizedField("concept"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return f"{self.code} {self.title}"
