"""Builds the ECCAR commitments (shared by every site) and Lübeck's action plan page."""

from integration_pages.models import ActionPlanPage, EccarCommitment
from snippets.models import Organisation

from .eccar import ACTION_PLAN, COMMITMENTS


def _de(pair):
    return pair[0]


class EccarBuilder:
    def __init__(self, demo, locale):
        self.demo = demo
        self.locale = locale

    def commitments(self):
        """Number → commitment; the ten are the same for every member city."""
        found = {}
        for spec in COMMITMENTS:
            commitment, created = EccarCommitment.objects.get_or_create(
                number=spec["number"],
                locale=self.locale,
                defaults={
                    "title": _de(spec["title"]),
                    "aim": _de(spec["aim"]),
                    "description": _de(spec["description"]),
                },
            )
            if not commitment.description:
                # The plugin brings the ten commitments (titles and aims); what Lübeck
                # does under each is the demo's.
                commitment.description = _de(spec["description"])
                commitment.save(update_fields=["description"])
            self.demo._note(created, f"ECCAR commitment {commitment}")
            found[spec["number"]] = commitment
        return found

    def plan(self, home):
        spec = ACTION_PLAN
        return self.demo._child(
            home,
            spec["slug"],
            lambda: ActionPlanPage(
                title=_de(spec["title"]),
                slug=spec["slug"],
                member_since=spec["member_since"],
                lead_unit=Organisation.objects.filter(
                    name=spec["lead_unit"], locale=self.locale
                ).first(),
                introduction=_de(spec["introduction"]),
                show_in_menus=True,
            ),
        )
