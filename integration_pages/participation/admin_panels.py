"""Turnout while a process runs, for the office in the process's editor: counts only, no
person in them, and no points, so nobody in the office sees an interim ranking."""

from django.apps import apps
from django.db.models import Count, Q
from wagtail.admin.panels import Panel


def turnout(process):
    """{name: count} of the German `process`: confirmed and waiting addresses, ballots by
    way of taking part, codes made and used. Two queries."""
    models = {
        name: apps.get_model("integration_pages", name)
        for name in ("Participant", "Ballot", "ParticipationCode")
    }
    original = process.original()
    people = (
        models["Participant"]
        .objects.filter(process=original)
        .aggregate(
            confirmed=Count("pk", filter=Q(channel="email", confirmed_at__isnull=False)),
            waiting=Count("pk", filter=Q(channel="email", confirmed_at__isnull=True)),
        )
    )
    ballots = (
        models["Ballot"]
        .objects.filter(process=original)
        .aggregate(
            by_email=Count("pk", filter=Q(channel="email")),
            by_code=Count("pk", filter=Q(channel="code")),
        )
    )
    codes = (
        models["ParticipationCode"]
        .objects.filter(process=original)
        .aggregate(made=Count("pk"), used=Count("pk", filter=Q(used_at__isnull=False)))
    )
    return {**people, **ballots, "codes": codes["made"], "codes_used": codes["used"]}


class TurnoutPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "integration_pages/admin/turnout_panel.html"

        def is_shown(self):
            return bool(self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["turnout"] = turnout(self.instance)
            context["state"] = self.instance.state()
            return context
