"""Choices that models, filters and views share; here so that none of them imports another
for a list of values."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MeasureStatus(models.TextChoices):
    """Where a measure stands. Every list of statuses keeps this order: the filters, the
    counts of the overview and the bars of the ECCAR chart."""

    PLANNED = "planned", _("planned")
    IN_PROGRESS = "in_progress", _("in progress")
    IMPLEMENTED = "implemented", _("implemented")
    PERMANENT = "permanent", _("made permanent")
    PAUSED = "paused", _("paused")
