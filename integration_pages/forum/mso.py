"""The directory of migrant self-organisations (MSOs), and its printable brochure.

Both are generated from the Organisation snippets, so the brochure that used to be
a PDF updated by hand is current whenever it is printed.
"""

from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from integration_pages.core.cache import CachedRoutesMixin
from integration_pages.core.entries import kept_entries, render_entries
from integration_pages.core.localize import (
    all_in_language,
    localize,
    localized_by_key,
    site_originals,
)
from integration_pages.core.privacy import kept_for_visitors
from integration_pages.core.translation import page_translatable_fields
from integration_pages.forum.filters import OrganisationFilterSet
from integration_pages.forum.tree import ForumChildMixin
from snippets.fields import formatted_introduction
from snippets.models import Language, Organisation, OrganisationFocus, OrganisationKind

MSO_ENTRY = "integration_pages/includes/mso_result.html"


class MsoDirectoryPage(ForumChildMixin, CachedRoutesMixin, RoutablePageMixin, Page):
    """The Forum's directory of migrant self-organisations, filterable by focus, language and
    district, with a printable brochure."""

    intro = formatted_introduction(_("What MSOs are and how an organisation gets listed."))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = page_translatable_fields(translated=["intro"])

    max_count_per_parent = 1

    class Meta:
        verbose_name = _("MSO directory")
        verbose_name_plural = _("MSO directories")

    def organisations(self, request):
        """This site's MSOs (German originals, which carry the facts) with their languages."""
        return (
            site_originals(Organisation, request)
            .filter(kind=OrganisationKind.MSO)
            .prefetch_related("languages")
            .order_by("name")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisations = self.organisations(request)
        # The filters' options and each organisation's entry are the same for every
        # visitor until an organisation, a language or a page changes: kept (shared_state).
        districts, languages = kept_for_visitors(
            request,
            ("mso-filters", self.pk, get_language()),
            lambda: self.filter_options(organisations),
        )
        filterset = OrganisationFilterSet(
            request.GET, organisations, districts=districts, languages=languages
        )
        pks = list(filterset.qs.values_list("pk", flat=True))
        context.update(
            form=filterset.form,
            filters=filterset.applied(),
            organisations=kept_entries(
                request, "mso-entry", self.pk, pks, lambda pks: self.entries(request, pks)
            ),
        )
        return context

    def filter_options(self, organisations):
        """(districts, languages in the reader's language) the directory's filters offer."""
        languages = all_in_language(Language, get_language())
        used = Language.objects.filter(organisations__in=organisations).distinct()
        districts = (
            organisations.exclude(district="")
            .order_by("district")
            .values_list("district", flat=True)
            .distinct()
        )
        return list(districts), [languages.get(lang.translation_key, lang) for lang in used]

    def entries(self, request, pks):
        """{pk: HTML of its entry} for the organisations `pks`, in the reader's language."""
        languages = all_in_language(Language, get_language())
        found = Organisation.objects.filter(pk__in=pks).prefetch_related("languages")
        shown = {org.pk: org for org in in_reader_language(found, languages)}
        return render_entries(request, MSO_ENTRY, "org", shown)

    @path("print/", name="brochure")
    def brochure(self, request):
        """All MSOs grouped by focus, laid out for A4 with a table of contents; the groups
        kept for visitors like the directory's entries."""
        context = Page.get_context(self, request)
        key = ("mso-brochure", self.pk, get_language())
        context.update(kept_for_visitors(request, key, lambda: self.brochure_groups(request)))
        return TemplateResponse(request, "integration_pages/mso_brochure.html", context)

    def brochure_groups(self, request):
        languages = all_in_language(Language, get_language())
        organisations = in_reader_language(self.organisations(request), languages)
        groups = []
        for value, label in [*OrganisationFocus.choices, ("", _("other"))]:
            members = [o for o in organisations if o.focus == value]
            if members:
                groups.append({"slug": value or "other", "label": label, "members": members})
        return {"groups": groups, "count": len(organisations)}


def in_reader_language(organisations, languages):
    """The German rows keep their facts; name, description and the names of the
    languages come from the translations (`languages`: translation key → row)."""
    organisations = list(organisations)
    shown = localized_by_key(Organisation, organisations, get_language())
    for org in organisations:
        translated = localize(org, shown)
        org.shown_name, org.shown_description = translated.name, translated.description
        org.shown_languages = [languages.get(x.translation_key, x) for x in org.languages.all()]
    return organisations
