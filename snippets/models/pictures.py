"""A page's picture needs words for people who cannot see it: the alternative text that
goes with an `image` field, required once an image is chosen and translated with the page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

MISSING_ALT = _("Describe the image for people who cannot see it.")


class PictureAlt(models.Model):
    """For a page with its own `image` field (a link to an image, optional)."""

    image_alt = models.CharField(
        _("alternative text of the image"),
        max_length=300,
        blank=True,
        help_text=_("Required with an image: describe it for people who cannot see it."),
    )

    class Meta:
        abstract = True

    def picture_errors(self):
        """{field: message} for the page's clean(): empty unless an image lacks its text."""
        if self.image_id and not self.image_alt.strip():
            return {"image_alt": MISSING_ALT}
        return {}


def picture_panel():
    return MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image"))
