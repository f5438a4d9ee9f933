from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _

from snippets.apps import ReusableApp


class IntegrationPagesConfig(ReusableApp, AppConfig):
    name = "integration_pages"
    verbose_name = _("Integration pages")
    # Rows its data migrations create (the ten ECCAR commitments): not "content" to a
    # backup's restore.
    reference_data_models = ["EccarCommitment"]

    def ready(self):
        from wagtail.models.i18n import LocaleManager

        from integration_pages.core import shared_state
        from integration_pages.core.admin_forms import localise_every_admin_form
        from integration_pages.core.localize import (
            connect_signals as follow_translations_on_publish,
        )
        from integration_pages.core.privacy import connect_signals, gate_wagtail_restriction_check
        from integration_pages.core.spreadsheets import protect_wagtail_exports
        from integration_pages.forum import access as forum_access  # noqa: F401  (connects the Forum board's page rights)

        connect_signals()
        # What the public pages keep per generation names organisations, fields of action,
        # ECCAR commitments, the signpost's services, grounds, life areas and languages and
        # the releases' topics, and shows a measure's log (written in the admin without
        # publishing) and the goals' ranks of a closed participation: editing one is news.
        shared_state.connect_signals(
            self.get_model("ActionField"),
            self.get_model("EccarCommitment"),
            self.get_model("MeasureUpdate"),
            self.get_model("PrioritisationResult"),
            *(
                apps.get_model("snippets", name)
                for name in (
                    "Organisation",
                    "CounsellingService",
                    "DiscriminationGround",
                    "LifeArea",
                    "Language",
                    "Topic",
                )
            ),
        )
        # Wagtail asks the database for the active locale several times per page view.
        LocaleManager.get_for_language = shared_state.locale_for_language(
            LocaleManager.get_for_language
        )
        gate_wagtail_restriction_check()
        protect_wagtail_exports()
        localise_every_admin_form()  # lists offer the object's own language and site
        follow_translations_on_publish()
