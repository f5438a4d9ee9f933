import copy

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from integration_pages.core.shared_state import remembered
from snippets.fields import (
    image_link,
    optional_link,
    page_link,
    postal_address,
    public_email,
    public_phone,
    short_text,
)
from snippets.models.example import ExampleFlag, example_panel

# The page links the footer (legal) and the header (accessible formats) show, in order.
LEGAL_PAGES = ("imprint_page", "privacy_page", "accessibility_page", "accessibility_feedback_page")
ACCESSIBLE_PAGES = ("easy_language_page", "sign_language_page")


@register_setting(icon="site")
class OfficeSettings(ExampleFlag, BaseSiteSetting):
    """Who runs this site: shown in the footer of every page."""

    @classmethod
    def base_queryset(cls):
        # The header shows the logo on every page.
        return super().base_queryset().select_related("logo")

    @classmethod
    def for_site(cls, site):
        """The site's settings, kept per process while nothing changes
        (integration_pages.core.shared_state): every page reads them. A copy, because
        Wagtail keeps the request on the object it hands out."""
        if site is None:
            return super().for_site(site)
        parent = super()

        def read():
            return parent.for_site(site)

        return copy.copy(remembered(None, ("office-settings", cls.__name__, site.pk), read))

    office_name = models.CharField(
        _("office name"),
        max_length=200,
        help_text=_("e.g. 'Stabsstelle Integration'"),
    )
    municipality = models.CharField(
        _("municipality"), max_length=200, help_text=_("e.g. 'Hansestadt Lübeck'")
    )
    email = public_email(_("The office's public address."))
    phone = public_phone(_("Switchboard."))
    address = postal_address(_("Postal address, one line per row."))
    app_name = short_text(
        _("short name"),
        15,
        _(
            "Label under the icon when someone adds the site to a phone's home screen, "
            "e.g. 'Integration'; the office name if empty."
        ),
    )
    logo = image_link(
        _("logo"), _("Shown in the header; its alternative text is the municipality's name.")
    )
    visitor_information = optional_link(
        "home.VisitorInformation",
        _("visitor information"),
        _(
            "Opening hours, how to get here and the accessibility of the office, shown on "
            "every page in the reader's language (Snippets → Visitor information)."
        ),
    )
    imprint_page = page_link(_("imprint page"), _("The legally required imprint (Impressum)."))
    privacy_page = page_link(_("privacy page"), _("The privacy statement (Datenschutzerklärung)."))
    accessibility_page = page_link(
        _("accessibility page"), _("The accessibility statement (Erklärung zur Barrierefreiheit).")
    )

    accessibility_feedback_page = page_link(
        _("accessibility feedback form"),
        _("Where people report barriers on this site; linked in the footer of every page."),
    )

    easy_language_page = page_link(
        _("page in Leichte Sprache"),
        _("Explains the site in Leichte Sprache; linked in the header of every page."),
    )
    sign_language_page = page_link(
        _("page in German Sign Language"),
        _("Explains the site in DGS videos; linked in the header of every page."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("office_name"),
                FieldPanel("municipality"),
                FieldPanel("app_name"),
                FieldPanel("logo"),
            ],
            heading=_("Office"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("email"),
                FieldPanel("phone"),
                example_panel(),
                FieldPanel("address"),
                FieldPanel("visitor_information"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel([FieldPanel(name) for name in LEGAL_PAGES], heading=_("Legal pages")),
        MultiFieldPanel(
            [FieldPanel(name) for name in ACCESSIBLE_PAGES],
            heading=_("Accessible formats (BITV 2.0 § 4)"),
        ),
    ]

    class Meta:
        verbose_name = _("office settings")
        verbose_name_plural = _("office settings")

    @property
    def accessible_page_ids(self):
        return self._page_ids(ACCESSIBLE_PAGES)

    @property
    def legal_page_ids(self):
        return self._page_ids(LEGAL_PAGES)

    def _page_ids(self, names):
        return [pk for pk in (getattr(self, f"{name}_id") for name in names) if pk]
