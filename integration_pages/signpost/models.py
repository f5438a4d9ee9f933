"""The anti-discrimination signpost (Wegweiser): counselling services to filter or be guided to.

Services, grounds, life areas and languages are snippets; the page filters the
German originals (which carry the facts) and shows each in the reader's language.
"""

from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, Site
from wagtail.search import index

from integration_pages.core.base import SectionMixin
from integration_pages.core.cache import CachedRoutesMixin
from integration_pages.core.entries import kept_entries, render_entries
from integration_pages.core.localize import (
    all_in_language,
    linked_in_language,
    localize,
    localized_by_key,
    one_in_language,
    site_originals,
)
from integration_pages.core.page_urls import site_url
from integration_pages.core.pagination import paginate
from integration_pages.core.privacy import kept_for_visitors
from integration_pages.core.translation import page_translatable_fields
from integration_pages.signpost.filters import GUIDED_STEPS, GuidedForm, ServiceFilterSet
from snippets.fields import formatted_introduction, optional_stream, short_text
from snippets.models import (
    CounsellingService,
    DiscriminationGround,
    Language,
    LifeArea,
    Organisation,
)


class EmergencyNumberBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Who"), max_length=120, help_text=_("e.g. 'Police'"))
    phone = blocks.CharBlock(label=_("Number"), max_length=40, help_text=_("e.g. '110'"))
    note = blocks.CharBlock(
        label=_("When to call"), required=False, max_length=200, help_text=_("One short line.")
    )

    class Meta:
        icon = "warning"
        label = _("Emergency number")


# Counselling services shown per page of results (the list and the guided mode's answer).
SERVICES_PER_PAGE = 20
SERVICE_ENTRY = "integration_pages/includes/service_entry.html"


class SignpostPage(SectionMixin, CachedRoutesMixin, RoutablePageMixin, Page):
    """Counselling services to filter or be guided to, below the emergency numbers that head
    every page of the signpost and above the link to report discrimination."""

    emergency_numbers = optional_stream(
        [("number", EmergencyNumberBlock())],
        _("emergency numbers"),
        _("Shown on every page of the signpost, e.g. police 110 and helplines."),
    )
    intro = formatted_introduction(
        _("Two sentences: what the signpost is for and that counselling is confidential.")
    )
    report_text = short_text(
        _("link text for reporting"),
        200,
        _("e.g. 'Report discrimination to the anti-discrimination office'."),
    )
    report_url = models.URLField(
        _("where to report"), blank=True, help_text=_("Address of the office's report form.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("emergency_numbers"),
        MultiFieldPanel([FieldPanel("report_text"), FieldPanel("report_url")], _("Report")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = page_translatable_fields(
        translated=["intro", "emergency_numbers", "report_text"],
        synchronized=["report_url"],
    )

    subpage_types = []

    class Meta:
        verbose_name = _("anti-discrimination signpost")
        verbose_name_plural = _("anti-discrimination signposts")

    def services(self, request):
        """This site's services as German originals, which carry the facts."""
        return site_originals(CounsellingService, request)

    def lists(self):
        """Grounds, life areas and languages in the reader's language, one query each."""
        language = get_language()
        return {
            "grounds": all_in_language(DiscriminationGround, language),
            "areas": all_in_language(LifeArea, language),
            "languages": all_in_language(Language, language),
        }

    def results(self, request, found, lists):
        """One page of the services `found`, each as the HTML of its entry in the reader's
        language.

        The entries are the same for every visitor until a service, ground, life area or
        language changes: kept per generation (shared_state), so a results page asks only
        for the count and its services' keys. Entries not kept yet are made in one go.
        """
        pages = paginate(request, found.values_list("pk", flat=True), SERVICES_PER_PAGE)
        page_obj = pages["page_obj"]
        page_obj.object_list = kept_entries(
            request,
            "signpost-entry",
            self.pk,
            list(page_obj.object_list),
            lambda pks: self.entries(request, pks, lists),
        )
        return {**pages, "services": page_obj.object_list}

    def entries(self, request, pks, lists):
        """{pk: HTML of its entry in a page of results} for the services `pks`: a fixed
        number of queries however many (the rows, their languages and, not in German,
        their translations)."""
        services = list(CounsellingService.objects.filter(pk__in=pks).prefetch_related("languages"))
        shown = localized_by_key(CounsellingService, services, get_language())
        # The page's address is looked up once, not once per service.
        base = self.relative_url(Site.find_for_request(request), request)
        if not base.endswith("/"):
            base += "/"
        for service in services:
            service.shown = localize(service, shown)
            service.shown_languages = [
                lists["languages"].get(x.translation_key, x) for x in service.languages.all()
            ]
            service.page_url = base + self.reverse_subpage("service", args=[service.slug])
        return render_entries(request, SERVICE_ENTRY, "service", {s.pk: s for s in services})

    def filter_lists(self, request, services):
        """(lists, regions) the filters offer. The same for every anonymous visitor until a
        service, ground, life area or language is edited: kept per generation then
        (integration_pages.core.shared_state)."""
        site = Site.find_for_request(request)
        key = ("signpost-lists", site.pk if site else None, get_language())
        return kept_for_visitors(request, key, lambda: (self.lists(), regions_of(services)))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        services = self.services(request)
        lists, regions = self.filter_lists(request, services)
        filterset = ServiceFilterSet(request.GET, services, regions=regions, **choices(lists))
        context.update(form=filterset.form, filters=filterset.applied())
        context.update(self.results(request, filterset.qs, lists))
        return context

    @path("guided/", name="guided")
    def guided(self, request):
        """One question per page; each answer is a GET parameter, so the back button works."""
        lists = self.lists()
        form = GuidedForm(request.GET, **choices(lists))
        answers = form.answers()
        step = next((name for name in GUIDED_STEPS if name not in answers), None)
        context = Page.get_context(self, request)
        context.update(form=form, step=step, answers=answers, lists=lists)
        if step is None:
            filters = {name: value for name, value in answers.items() if value != form.ANY}
            found = ServiceFilterSet(filters, self.services(request), **choices(lists)).qs
            context.update(self.results(request, found, lists))
            context["filter_query"] = "&".join(f"{k}={v}" for k, v in filters.items())
        return TemplateResponse(request, "integration_pages/signpost_guided.html", context)

    def service_or_404(self, request, slug):
        service = self.services(request).filter(slug=slug).first()
        if service is None:
            raise Http404
        language = get_language()
        service.shown = localize(service, localized_by_key(CounsellingService, [service], language))
        # Each relation in the reader's language, one query per relation.
        for relation, model in (
            ("grounds", DiscriminationGround),
            ("life_areas", LifeArea),
            ("languages", Language),
        ):
            linked = getattr(service, relation).all()
            shown = [shown for _stored, shown in linked_in_language(model, linked, language)]
            setattr(
                service, f"shown_{relation}", sorted(shown, key=lambda x: (x.sort_order, x.name))
            )
        service.shown_provider = one_in_language(Organisation, service.provider_id, language)
        return service

    def route_arguments(self, name):
        if name in {"service", "service_print", "service_vcard"}:
            slugs = CounsellingService.objects.values_list("slug", flat=True).distinct()
            return [{"slug": slug} for slug in slugs]
        return None

    @path("services/<slug:slug>/", name="service")
    def service(self, request, slug):
        context = Page.get_context(self, request)
        service = self.service_or_404(request, slug)
        service.structured_data = structured_data(service, site_url(request))
        context["service"] = service
        return TemplateResponse(request, "integration_pages/counselling_service.html", context)

    @path("services/<slug:slug>/print/", name="service_print")
    def service_print(self, request, slug):
        context = Page.get_context(self, request)
        context["service"] = self.service_or_404(request, slug)
        return TemplateResponse(
            request, "integration_pages/counselling_service_print.html", context
        )

    @path("services/<slug:slug>/contact.vcf/", name="service_vcard")
    def service_vcard(self, request, slug):
        from integration_pages.signpost.vcard import vcard_response

        return vcard_response(self.service_or_404(request, slug))


def regions_of(services):
    return list(
        services.exclude(region="").order_by("region").values_list("region", flat=True).distinct()
    )


def choices(lists):
    def pairs(items):
        return [
            (item.code, str(item)) for item in sorted(items, key=lambda x: (x.sort_order, x.name))
        ]

    return {
        "grounds": pairs(lists["grounds"].values()),
        "areas": pairs(lists["areas"].values()),
        "languages": pairs(lists["languages"].values()),
    }


def structured_data(service, url):
    """schema.org markup of a service, so search engines can answer "where can I get help"."""
    shown = service.shown
    languages = [lang.name for lang in service.shown_languages]
    channel = {"@type": "ServiceChannel", "serviceUrl": service.website or url}
    if service.phone:
        channel["servicePhone"] = {
            "@type": "ContactPoint",
            "telephone": service.phone,
            "availableLanguage": languages,
        }
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "name": shown.name,
        "description": shown.description,
        "url": url,
        "areaServed": service.region,
        "availableLanguage": languages,
        "availableChannel": channel,
    }
    if service.shown_provider:
        data["provider"] = {"@type": "Organization", "name": service.shown_provider.name}
    if service.address:
        data["availableChannel"]["serviceLocation"] = {
            "@type": "Place",
            "address": " ".join(service.address.split()),
        }
    return data
