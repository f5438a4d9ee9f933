"""One flag for invented demo data: whatever carries it is shown with an "Example" badge
on its page, in every list, in print and in its exports (see snippets/example_badge.html)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField

EXAMPLE_FIELD = "is_example"


class ExampleFlag(models.Model):
    """Adds `is_example`, a synchronised fact: a translator cannot make an example real."""

    is_example = models.BooleanField(
        _("example data"),
        default=False,
        help_text=_(
            "Tick where this is invented for the demo (people, phone numbers, figures, "
            "dates): readers see a badge wherever it is shown."
        ),
    )

    class Meta:
        abstract = True


def example_panel():
    return FieldPanel(EXAMPLE_FIELD)


def example_facts_panel():
    """The flag in a panel of its own, for a model with no other facts to group it with."""
    return MultiFieldPanel([example_panel()], heading=_("Facts"))


def example_synchronized():
    return SynchronizedField(EXAMPLE_FIELD)
