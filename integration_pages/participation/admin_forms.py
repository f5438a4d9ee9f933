"""The process's editor: its goal list offers the goals of its own concept, its workshop
table takes only those goals, once each, and a frozen process keeps its rules.

Goals are pages, which the portal's general narrowing of choices leaves alone
(core.admin_forms): without this the list offered every goal of every site and language.
"""

import datetime

from django.apps import apps
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from integration_pages.core.admin_widgets import ChoiceList

# What the frozen results were computed with: changing them after the closing would make
# the page say one thing and the results another.
FROZEN_FACTS = [
    "opens_at",
    "closes_at",
    "points_per_field",
    "max_points_per_goal",
    "combination",
    "online_weight",
    "workshop_weight",
]


class PrioritisationPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        concept = self.instance.get_parent() if self.instance.pk else self.parent_page
        field = self.fields.get("goals")
        if field is None or concept is None:
            return
        goal_model = apps.get_model("integration_pages", "GoalPage")
        chosen = [getattr(goal, "pk", goal) for goal in self.initial.get("goals") or []]
        field.queryset = goal_model.objects.filter(
            Q(path__startswith=concept.path, depth__gt=concept.depth) | Q(pk__in=chosen)
        ).order_by("path")
        field.widget = ChoiceList(attrs=field.widget.attrs)
        field.widget.choices = field.choices
        guiding = concept.depth + 1
        # sub-goals marked under their guiding goal, as the concept lists them
        field.label_from_instance = lambda goal: ("– " if goal.depth > guiding else "") + goal.title

    def clean(self):
        cleaned_data = super().clean()
        self.check_workshop_goals(cleaned_data.get("goals"))
        self.check_frozen()
        return cleaned_data

    def check_workshop_goals(self, goals):
        formset = self.formsets.get("workshop_weights")
        if goals is None or formset is None or not hasattr(formset, "cleaned_data"):
            return
        asked = {goal.pk for goal in goals}
        seen = set()
        for form in formset.forms:
            goal = form.cleaned_data.get("goal") if hasattr(form, "cleaned_data") else None
            if goal is None or form.cleaned_data.get("DELETE"):
                continue
            if goal.pk not in asked:
                form.add_error(
                    "goal", _("This goal is not among the goals the process asks about.")
                )
            elif goal.pk in seen:
                form.add_error("goal", _("This goal has workshop points in another row already."))
            seen.add(goal.pk)

    def check_frozen(self):
        if not self.instance.pk:
            return
        result_model = apps.get_model("integration_pages", "PrioritisationResult")
        original = self.instance.original()
        if not result_model.objects.filter(process=original).exists():
            return
        stored = type(self.instance).objects.get(pk=self.instance.pk)
        for name in FROZEN_FACTS:
            if name in self.cleaned_data and _changed(
                self.cleaned_data[name], getattr(stored, name)
            ):
                self.add_error(
                    name,
                    _(
                        "The process has closed and its results are frozen: this can no "
                        "longer change. Add a note on the results instead."
                    ),
                )


def _changed(sent, stored):
    # The editor's date fields show minutes: a stored time with seconds is not a change.
    if isinstance(sent, datetime.datetime) and isinstance(stored, datetime.datetime):
        return sent.replace(second=0, microsecond=0) != stored.replace(second=0, microsecond=0)
    return sent != stored
