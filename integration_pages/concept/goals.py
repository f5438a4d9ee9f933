from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from integration_pages.concept.fields_of_action import action_field_tags
from integration_pages.core.base import page_search_fields
from integration_pages.core.panels import page_content_panels
from integration_pages.core.privacy import hidden_q, kept_for_visitors
from integration_pages.core.translation import page_translatable_fields
from snippets.fields import prose, rank, short_text


class GoalPage(Page):
    """A guiding goal (Leitziel), or one level down a sub-goal (Teilziel)."""

    short_title = short_text(
        _("short title"),
        80,
        _("A few words for lists and filters; the full goal is the page title."),
    )
    description = prose(_("description"), _("What the goal means and why it matters."))
    action_fields = action_field_tags(_("The fields of action this goal belongs to."), "goals")
    priority = rank(_("Rank from the public prioritisation (1 = highest); empty if not ranked."))

    content_panels = page_content_panels("short_title", "description", "action_fields", "priority")
    search_fields = page_search_fields("description")
    translatable_fields = page_translatable_fields(
        translated=["short_title", "description"],
        synchronized=["action_fields", "priority"],
    )

    parent_page_types = ["integration_pages.IntegrationConceptPage", "integration_pages.GoalPage"]
    subpage_types = ["integration_pages.GoalPage", "integration_pages.MeasurePage"]

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")

    @classmethod
    def can_create_at(cls, parent):
        # Sub-goals go one level down, never deeper: Leitziel → Teilziel.
        if not super().can_create_at(parent):
            return False
        parent = parent.specific
        return not (isinstance(parent, GoalPage) and parent.is_subgoal)

    @property
    def is_subgoal(self):
        return self.get_parent().specific_class is GoalPage

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same for every visitor until a page or a measure's log changes.
        key = ("goal-lists", self.pk, get_language())
        context.update(kept_for_visitors(request, key, lambda: self.lists(request)))
        return context

    def lists(self, request):
        """Sub-goals, measures, indicator pages and the public rank, as the visitor may see
        them."""
        from integration_pages.concept.measures import MeasurePage
        from integration_pages.concept.progress import monitored_by
        from integration_pages.participation.results import goal_rank

        hidden = hidden_q(request)
        return {
            "subgoals": list(
                GoalPage.objects.child_of(self).live().exclude(hidden).order_by("path")
            ),
            "indicator_pages": monitored_by(self, "goals", hidden),
            "public_rank": goal_rank(self, hidden),
            "measures": list(
                MeasurePage.objects.descendant_of(self)
                .live()
                .exclude(hidden)
                .order_by("path")
                .prefetch_related("action_fields")
                .defer(*MeasurePage.LISTED_WITHOUT)
            ),
        }
