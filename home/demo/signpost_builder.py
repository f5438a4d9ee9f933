"""Builds the anti-discrimination signpost: grounds, life areas, services and the page."""

from integration_pages.models import SignpostPage
from snippets.models import (
    CounsellingService,
    DiscriminationGround,
    Language,
    LifeArea,
    Organisation,
    OrganisationKind,
)

from .examples import is_example, mark
from .part import PartBuilder, as_given, de, in_german
from .signpost import GROUNDS, LIFE_AREAS, SERVICES, SIGNPOST

FORMAT_FIELDS = ["in_person", "by_phone", "by_video", "by_email_or_chat", "outreach"]
FLAGS = ["free_of_charge", "anonymous", "independent", "step_free", "sign_language"]


def list_strings(index):
    """German → the language at `index` (1: English, 2: Arabic) of the grounds and areas."""
    strings = {}
    for item in [*GROUNDS, *LIFE_AREAS]:
        for key in ("name", "description"):
            strings[item[key][0]] = item[key][index]
    return strings


def emergency_phone_strings():
    # Numbers are part of a translatable block; they read the same in every language.
    return {n["phone"]: n["phone"] for n in SIGNPOST["emergency_numbers"]}


class SignpostBuilder(PartBuilder):
    def build(self, home):
        """Returns the page, the lists (grounds, areas) and everything else to translate."""
        grounds = {
            spec["code"]: self.item(DiscriminationGround, spec, position, in_agg=spec["in_agg"])
            for position, spec in enumerate(GROUNDS)
        }
        areas = {
            spec["code"]: self.item(LifeArea, spec, position)
            for position, spec in enumerate(LIFE_AREAS)
        }
        providers = {}
        services = [self.service(spec, grounds, areas, providers) for spec in SERVICES]
        page = self.demo._child(home, SIGNPOST["slug"], self.page)
        self.correct_report_link(page)
        return page, [*grounds.values(), *areas.values()], [*providers.values(), *services]

    def item(self, model, spec, position, **extra):
        defaults = {**in_german(spec, "name", "description"), "sort_order": position, **extra}
        return self.snippet(model, model._meta.verbose_name, defaults, code=spec["code"])

    def provider(self, name, providers, spec):
        """The provider named by a service; invented with it where the service is."""
        if name[0] not in providers:
            org = self.snippet(
                Organisation, "organisation", {"kind": OrganisationKind.PROVIDER}, name=name[0]
            )
            providers[name[0]] = mark(org, spec)
        return providers[name[0]]

    def service(self, spec, grounds, areas, providers):
        service = CounsellingService.objects.filter(slug=spec["slug"], locale=self.locale).first()
        created = service is None
        if created:
            service = CounsellingService(
                slug=spec["slug"],
                locale=self.locale,
                **in_german(spec, "name", "description", "opening_hours"),
                **as_given(spec, "region", "address", "email", "phone", "website"),
                provider=self.provider(spec["provider"], providers, spec),
                is_example=is_example(spec),
                **{name: name in spec["formats"] for name in FORMAT_FIELDS},
                **{flag: spec[flag] for flag in FLAGS},
            )
            service.grounds = [grounds[code] for code in spec["grounds"]]
            service.life_areas = [areas[code] for code in spec["life_areas"]]
            service.languages = list(
                Language.objects.filter(code__in=spec["languages"], locale=self.locale)
            )
            service.save()
        else:
            self.provider(spec["provider"], providers, spec)
            mark(service, spec, phone=spec["phone"])
        self.demo.note(created, f"counselling service {service}")
        return service

    def correct_report_link(self, page):
        """An earlier run's report link (a home page under a label promising a report form)
        becomes the data's, unless an editor changed it; the sync brings the translations."""
        old = SIGNPOST.get("replaced", {})
        if not old or (page.report_url, page.report_text) != (
            old["report_url"],
            old["report_text"],
        ):
            return
        page.report_url, page.report_text = SIGNPOST["report_url"], de(SIGNPOST["report_text"])
        page.save_revision().publish()
        self.demo.log(f"  updated  /{page.slug}/: report link")

    def page(self):
        return SignpostPage(
            title=de(SIGNPOST["title"]),
            slug=SIGNPOST["slug"],
            intro=de(SIGNPOST["intro"]),
            report_text=de(SIGNPOST["report_text"]),
            report_url=SIGNPOST["report_url"],
            emergency_numbers=[
                (
                    "number",
                    {"title": de(n["title"]), "phone": n["phone"], "note": de(n["note"])},
                )
                for n in SIGNPOST["emergency_numbers"]
            ],
            show_in_menus=True,
        )
