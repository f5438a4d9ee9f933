from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
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


class IntegrationConceptPage(Page):
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

    def get_context(self, request, *args, **kwargs):
        from .goals import GoalPage
        from .measures import MeasurePage

        context = super().get_context(request, *args, **kwargs)
        goals = list(GoalPage.objects.child_of(self).live().order_by("path"))
        subgoals = list(GoalPage.objects.descendant_of(self).live().filter(depth=self.depth + 2))
        measures = list(
            MeasurePage.objects.descendant_of(self)
            .live()
            .order_by("path")
            .select_related("responsible_unit")
        )
        context["goal_tree"] = build_goal_tree(goals, subgoals, measures)
        context["status_counts"] = status_counts(measures)
        context["measure_count"] = len(measures)
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
