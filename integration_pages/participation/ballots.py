"""The goals of a process grouped by field of action, the ballot form and its rules.

Each goal counts against the budget of its first field of action (a sub-goal without
fields of its own, against its guiding goal's); goals with none share one group. The form
is plain radio buttons per goal, so it works without JavaScript, by keyboard and on a
small screen; the rules are checked on the server whatever the browser sends.
"""

import contextlib
from dataclasses import dataclass, field

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from integration_pages.concept.fields_of_action import ActionField
from integration_pages.core.localize import localized_by_key, pages_in_language

GOAL_PREFIX = "goal-"
HONEYPOT_FIELD = "website-url"


@dataclass
class Group:
    key: str  # the field of action's translation key, "" for goals without one
    code: str
    title: str
    goals: list = field(default_factory=list)

    @property
    def label(self):
        return f"{self.code} {self.title}".strip()


def goal_groups(process, language, hidden):
    """[Group] of the German `process`'s live goals, in the reader's language; three
    queries whatever the number of goals."""
    german = list(
        apps.get_model("integration_pages", "GoalPage")
        # by the stored relation: an instance may hold unsaved choices in memory
        .objects.filter(prioritisations__pk=process.pk)
        .live()
        .exclude(hidden)
        .order_by("path")
        .select_related("locale")
        .prefetch_related("action_fields")
    )
    by_path = {goal.path: goal for goal in german}
    shown = pages_in_language(german, language, ["locale"], hidden)
    fields = {f.pk: f for goal in german for f in goal.action_fields.all()}
    localized = localized_by_key(ActionField, fields.values(), language)
    groups = {}
    for goal, shown_goal in zip(german, shown, strict=True):
        first = _first_field(goal, by_path)
        if first is None:
            key, code, title, order = "", "", _("Other goals"), (10**6, "")
        else:
            first = localized.get(first.translation_key, first)
            key, code, title = str(first.translation_key), first.code, first.title
            order = (first.sort_order, first.code)
        group = groups.setdefault(key, (order, Group(key, code, title)))[1]
        shown_goal.key = str(goal.translation_key)
        group.goals.append(shown_goal)
    return [group for _order, group in sorted(groups.values(), key=lambda item: item[0])]


def _first_field(goal, by_path):
    fields = sorted(goal.action_fields.all(), key=lambda f: (f.sort_order, f.code))
    if fields:
        return fields[0]
    parent = by_path.get(goal.path[: -goal.steplen])
    return _first_field(parent, by_path) if parent is not None else None


class ParticipationForm(forms.Form):
    """The honeypot every public form of the portal has, and the consent."""

    consent = forms.BooleanField(
        label=_("I have read the notice on data protection and agree to it."),
        error_messages={"required": _("Please agree to the notice on data protection.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.pop(HONEYPOT_FIELD, ""):
            raise ValidationError(
                _(
                    "Your form could not be sent: a field meant to stay empty was filled in, "
                    "perhaps automatically by your browser. Please send the form again."
                ),
                code="honeypot",
            )
        return cleaned

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    @property
    def shown_fields(self):
        return [f for f in self.visible_fields() if f.name != HONEYPOT_FIELD]


class AddressForm(ParticipationForm):
    # Two forms on one page: ids of their own (the names stay), so each label is its field's.
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "email_%s")
        super().__init__(*args, **kwargs)

    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We send you a link to confirm it. We keep no address after the closing."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter an e-mail address such as name@example.org."),
        },
    )
    field_order = ["email", "consent"]


class CodeForm(ParticipationForm):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "code_%s")
        super().__init__(*args, **kwargs)

    code = forms.CharField(
        label=_("Your code"),
        max_length=40,
        help_text=_("As printed on your slip, e.g. ABCD-EFGH-JK."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
        error_messages={"required": _("Please enter the code from your slip.")},
    )
    field_order = ["code", "consent"]


class BallotForm(forms.Form):
    """One radio group per goal (0 … the most points on one goal); budget per group."""

    def __init__(self, *args, process, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.process = process
        self.groups = groups
        choices = [(n, str(n)) for n in range(process.max_points_per_goal + 1)]
        for group in groups:
            for goal in group.goals:
                self.fields[GOAL_PREFIX + goal.key] = forms.TypedChoiceField(
                    label=goal.title,
                    choices=choices,
                    coerce=int,
                    required=False,
                    empty_value=0,
                    initial=0,  # a goal without points shows "0" chosen, not nothing
                    widget=forms.RadioSelect,
                    error_messages={
                        "invalid_choice": _("Give between 0 and %(most)s points to this goal.")
                        % {"most": process.max_points_per_goal}
                    },
                )

    def clean(self):
        cleaned = super().clean()
        known = {GOAL_PREFIX + goal.key for group in self.groups for goal in group.goals}
        if any(name.startswith(GOAL_PREFIX) and name not in known for name in self.data):
            raise ValidationError(
                _("Points can only go to the goals of this process; nothing was saved."),
                code="unknown_goal",
            )
        budget = self.process.points_per_field
        for group in self.groups:
            given = sum(cleaned.get(GOAL_PREFIX + goal.key) or 0 for goal in group.goals)
            if given > budget:
                self.add_error(
                    None,
                    ValidationError(
                        ngettext(
                            "%(field)s: you gave %(given)s points, but there is %(budget)s "
                            "point per field of action.",
                            "%(field)s: you gave %(given)s points, but there are at most "
                            "%(budget)s points per field of action.",
                            budget,
                        )
                        % {"field": group.label, "given": given, "budget": budget},
                        code="over_budget",
                    ),
                )
        return cleaned

    def points(self):
        """{goal key: points} of the goals given any."""
        return {
            name.removeprefix(GOAL_PREFIX): value
            for name, value in self.cleaned_data.items()
            if name.startswith(GOAL_PREFIX) and value
        }

    def goal_fields(self, group):
        """(bound field, goal) of each goal of `group`: the goal tells the language of
        its title (German where nobody translated it)."""
        return [(self[GOAL_PREFIX + goal.key], goal) for goal in group.goals]


def initial_points(ballot):
    return {GOAL_PREFIX + key: value for key, value in (ballot.points if ballot else {}).items()}


def given_per_group(groups, values):
    """{group key: points given} for a dict of field name → points (bound or stored)."""
    result = {}
    for group in groups:
        total = 0
        for goal in group.goals:
            with contextlib.suppress(TypeError, ValueError):
                total += max(int(values.get(GOAL_PREFIX + goal.key) or 0), 0)
        result[group.key] = total
    return result


def save_ballot(process, participant, points):
    """Create or replace the participant's ballot. Two submissions at the same moment
    meet at the unique index on the participant: the second one updates the first."""
    from integration_pages.participation.records import Ballot

    defaults = {"points": points}
    for _attempt in range(2):
        try:
            with transaction.atomic():
                ballot, created = Ballot.objects.select_for_update().get_or_create(
                    participant=participant,
                    defaults={
                        **defaults,
                        "process": process,
                        "channel": participant.channel,
                        "submitted_on": timezone.localdate(),
                    },
                )
                if not created:
                    ballot.points = points
                    ballot.save(update_fields=["points", "updated_at"])
                return ballot
        except IntegrityError:
            continue  # the other submission won the insert: update it on the second try
    raise IntegrityError("ballot could not be saved")
