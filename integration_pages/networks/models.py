"""The networks page: committees and working groups the office convenes or joins."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from integration_pages.core.base import SectionMixin, page_search_fields
from integration_pages.core.localize import localize, localized_by_key, site_originals
from integration_pages.core.panels import page_content_panels
from integration_pages.core.translation import page_translatable_fields
from snippets.fields import introduction


class NetworksPage(SectionMixin, Page):
    """Lists every committee snippet of this site: one fact, one place."""

    intro = introduction(_("Why the office works in networks."))

    content_panels = page_content_panels("intro")
    search_fields = page_search_fields("intro")
    translatable_fields = page_translatable_fields(TranslatableField("intro"))

    subpage_types = []

    class Meta:
        verbose_name = _("networks page")
        verbose_name_plural = _("networks pages")

    def get_context(self, request, *args, **kwargs):
        from snippets.models import Committee, Contact

        context = super().get_context(request, *args, **kwargs)
        language = get_language()
        committees = list(site_originals(Committee, request).select_related("contact"))
        by_key = localized_by_key(Committee, committees, language)
        shown = [localize(c, by_key) for c in committees]
        contacts = localized_by_key(Contact, [c.contact for c in committees], language)
        for original, committee in zip(committees, shown, strict=True):
            committee.shown_contact = localize(original.contact, contacts)
        context["committees"] = shown
        return context
