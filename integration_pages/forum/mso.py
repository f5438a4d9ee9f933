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
from integration_pages.core.localize import (
    all_in_language,
    localize,
    localized_by_key,
    site_originals,
)
from integration_pages.core.translation import page_translatable_fields
from integration_pages.forum.filters import OrganisationFilterSet
from integration_pages.forum.tree import ForumChildMixin
from snippets.fields import formatted_introduction
from snippets.models import Language, Organisation, OrganisationFocus, OrganisationKind


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
        languages = all_in_language(Language, get_language())
        used = Language.objects.filter(organisations__in=organisations).distinct()
        filterset = OrganisationFilterSet(
            request.GET,
            organisations,
            districts=organisations.exclude(district="")
            .order_by("district")
            .values_list("district", flat=True)
            .distinct(),
            languages=[languages.get(lang.translation_key, lang) for lang in used],
        )
        context.update(
            form=filterset.form,
            filters=filterset.applied(),
            organisations=in_reader_language(filterset.qs, languages),
        )
        return context

    @path("print/", name="brochure")
    def brochure(self, request):
        """All MSOs grouped by focus, laid out for A4 with a table of contents."""
        languages = all_in_language(Language, get_language())
        organisations = in_reader_language(self.organisations(request), languages)
        groups = []
        for value, label in [*OrganisationFocus.choices, ("", _("other"))]:
            members = [o for o in organisations if o.focus == value]
            if members:
                groups.append({"slug": value or "other", "label": label, "members": members})
        context = Page.get_context(self, request)
        context.update(groups=groups, count=len(organisations))
        return TemplateResponse(request, "integration_pages/mso_brochure.html", context)


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
