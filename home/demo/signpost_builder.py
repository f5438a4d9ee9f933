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
from .signpost import GROUNDS, LIFE_AREAS, SERVICES, SIGNPOST

FORMAT_FIELDS = ["in_person", "by_phone", "by_video", "by_email_or_chat", "outreach"]
FLAGS = ["free_of_charge", "anonymous", "independent", "step_free", "sign_language"]


def _de(texts):
    return texts[0]


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


class SignpostBuilder:
    def __init__(self, demo, locale):
        self.demo = demo
        self.locale = locale

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
        item, created = model.objects.get_or_create(
            code=spec["code"],
            locale=self.locale,
            defaults={
                "name": _de(spec["name"]),
                "description": _de(spec["description"]),
                "sort_order": position,
                **extra,
            },
        )
        self.demo._note(created, f"{model._meta.verbose_name} {item}")
        return item

    def provider(self, name, providers, spec):
        """The provider named by a service; invented with it where the service is."""
        if name[0] not in providers:
            org, created = Organisation.objects.get_or_create(
                name=name[0], locale=self.locale, defaults={"kind": OrganisationKind.PROVIDER}
            )
            self.demo._note(created, f"organisation {org}")
            providers[name[0]] = mark(org, spec)
        return providers[name[0]]

    def service(self, spec, grounds, areas, providers):
        service = CounsellingService.objects.filter(slug=spec["slug"], locale=self.locale).first()
        created = service is None
        if created:
            service = CounsellingService(
                slug=spec["slug"],
                locale=self.locale,
                name=_de(spec["name"]),
                provider=self.provider(spec["provider"], providers, spec),
                description=_de(spec["description"]),
                opening_hours=_de(spec["opening_hours"]),
                region=spec["region"],
                address=spec["address"],
                email=spec["email"],
                phone=spec["phone"],
                website=spec["website"],
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
        self.demo._note(created, f"counselling service {service}")
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
        page.report_url, page.report_text = SIGNPOST["report_url"], _de(SIGNPOST["report_text"])
        page.save_revision().publish()
        self.demo.log(f"  updated  /{page.slug}/: report link")

    def page(self):
        return SignpostPage(
            title=_de(SIGNPOST["title"]),
            slug=SIGNPOST["slug"],
            intro=_de(SIGNPOST["intro"]),
            report_text=_de(SIGNPOST["report_text"]),
            report_url=SIGNPOST["report_url"],
            emergency_numbers=[
                (
                    "number",
                    {"title": _de(n["title"]), "phone": n["phone"], "note": _de(n["note"])},
                )
                for n in SIGNPOST["emergency_numbers"]
            ],
            show_in_menus=True,
        )
