from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.models import Page


def content_and_facts_tabs(content_panels, facts_panels, facts_heading):
    """Editor tabs that keep prose (translated) apart from facts (synchronised)."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(facts_panels, heading=facts_heading),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )


def page_content_panels(*names):
    """The page's title panel, then a plain panel for each field named in `names`."""
    return [*Page.content_panels, *map(FieldPanel, names)]
