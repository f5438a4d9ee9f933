"""Builds the ECCAR commitments (shared by every site) and Lübeck's action plan page."""

from integration_pages.models import ActionPlanPage, EccarCommitment
from snippets.models import Organisation

from .eccar import ACTION_PLAN, COMMITMENTS
from .part import PartBuilder, de, in_german


class EccarBuilder(PartBuilder):
    def commitments(self):
        """Number → commitment; the ten are the same for every member city."""
        found = {}
        for spec in COMMITMENTS:
            commitment = self.snippet(
                EccarCommitment,
                "ECCAR commitment",
                in_german(spec, "title", "aim", "description"),
                number=spec["number"],
            )
            if not commitment.description:
                # The plugin brings the ten commitments (titles and aims); what Lübeck
                # does under each is the demo's.
                commitment.description = de(spec["description"])
                commitment.save(update_fields=["description"])
            found[spec["number"]] = commitment
        return found

    def plan(self, home):
        spec = ACTION_PLAN
        return self.demo._child(
            home,
            spec["slug"],
            lambda: ActionPlanPage(
                title=de(spec["title"]),
                slug=spec["slug"],
                member_since=spec["member_since"],
                lead_unit=Organisation.objects.filter(
                    name=spec["lead_unit"], locale=self.locale
                ).first(),
                introduction=de(spec["introduction"]),
                show_in_menus=True,
            ),
        )
