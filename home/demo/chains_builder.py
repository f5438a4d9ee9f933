"""Builds Lübeck's process chains ("Erste Schritte in Lübeck") from data/process_chains.json.

The German pages are made through the models; the English, Arabic and Ukrainian ones from a
translator's PO files, written as wagtail-localize's PO import writes an upload (see
po_files): translations/process_chains/<code>.po holds the translations keyed by the German
text.
Every chain is marked as example data: waiting times, costs and addresses are invented.
"""

import json
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from wagtail.models import Locale, Site
from wagtail_localize.machine_translators import get_machine_translator

from home.l10n.sync import MISSING, sync_one
from integration_pages.models import (
    ActionField,
    IntegrationConceptPage,
    MeasurePage,
    ProcessChainIndexPage,
    ProcessChainPage,
)
from snippets.models import CounsellingService, Language, Organisation

from .examples import is_example, mark
from .part import PartBuilder
from .po_files import fill_strings, read, translation_of

HERE = Path(__file__).parent
DATA = HERE / "data" / "process_chains.json"
PO_DIR = HERE / "translations" / "process_chains"
# The languages with a translator's PO file; the others are left to load_demo's sync.
PO_LANGUAGES = ["en", "ar", "uk"]


def chain_data():
    with DATA.open(encoding="utf-8") as file:
        return json.load(file)


def po_strings(code):
    """German → translation, from the PO file of `code` (empty and fuzzy entries left out)."""
    path = PO_DIR / f"{code}.po"
    if not path.exists():
        return {}
    return read(path)


class ChainsBuilder(PartBuilder):
    def __init__(self, demo, locale):
        super().__init__(demo, locale)
        self.spec = chain_data()
        self.home = None

    # --- German ------------------------------------------------------------------------

    def build(self, home):
        """Returns the index page and the chain pages, parents before children."""
        self.home = home
        site = Site.objects.filter(root_page=home).first()
        orgs = {
            key: self.organisation(spec, site) for key, spec in self.spec["organisations"].items()
        }
        spec = self.spec["index"]
        index = self.demo._child(
            home,
            spec["slug"],
            lambda: ProcessChainIndexPage(
                title=spec["title"], slug=spec["slug"], intro=spec["intro"], show_in_menus=False
            ),
        )
        concept = IntegrationConceptPage.objects.child_of(home).filter(locale=self.locale).first()
        chains, created = {}, []
        for chain_spec in self.spec["chains"]:
            if not index.get_children().filter(slug=chain_spec["slug"]).exists():
                created.append(chain_spec)
            chains[chain_spec["slug"]] = mark(
                self.demo._child(
                    index,
                    chain_spec["slug"],
                    lambda s=chain_spec: self.chain(s, concept, orgs, chains),
                ),
                chain_spec,
            )
        # A chain may lead into one made after it: link those once all exist.
        for chain_spec in created:
            if any(step.get("leads_to") for step in chain_spec["steps"]):
                page = ProcessChainPage.objects.get(pk=chains[chain_spec["slug"]].pk)
                page.steps = self.steps(chain_spec, orgs, chains)
                page.save_revision().publish()
                chains[chain_spec["slug"]] = page
        return index, list(chains.values())

    def teaser(self):
        return self.spec["index"]["teaser"]["de"]

    def teaser_strings(self, code):
        """The teaser's translation for the home page's translation into `code`."""
        teaser = self.spec["index"]["teaser"]
        text = teaser.get(code) or po_strings(code).get(teaser["de"])
        return {teaser["de"]: text} if text else {}

    def organisation(self, spec, site):
        if spec.get("existing"):
            return Organisation.objects.get(name=spec["name"], locale=self.locale)
        org, created = Organisation.objects.get_or_create(
            name=spec["name"],
            locale=self.locale,
            defaults={
                "short_name": spec.get("short_name", ""),
                "kind": spec.get("kind", "other"),
                "description": spec.get("description", ""),
                "address": spec.get("address", ""),
                "phone": spec.get("phone", ""),
                "website": spec.get("website", ""),
                "site": site,
                "is_example": is_example(spec),
            },
        )
        mark(org, spec, phone=spec.get("phone", ""))
        if created and spec.get("languages"):
            org.languages.set(self._languages(spec["languages"]))
            org.save()
        self.demo.note(created, f"organisation {org}")
        return org

    def chain(self, spec, concept, orgs, chains):
        field = None
        if concept is not None:
            field = ActionField.objects.filter(
                concept=concept, code=spec["action_field"], locale=self.locale
            ).first()
        return ProcessChainPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            action_field=field,
            is_example=is_example(spec),
            steps=self.steps(spec, orgs, chains),
        )

    def steps(self, spec, orgs, chains):
        return [("step", self.step(step, orgs, chains)) for step in spec["steps"]]

    def step(self, spec, orgs, chains):
        cost = spec.get("cost")
        return {
            "number": spec["number"],
            "title": spec["title"],
            "what_to_do": spec["what_to_do"],
            "bring": list(spec.get("bring", [])),
            "actor": orgs[spec["actor"]],
            "participants": [orgs[key] for key in spec.get("participants", [])],
            "handoff": spec.get("handoff", ""),
            "waiting_days": spec.get("waiting_days"),
            "duration_minutes": spec.get("duration_minutes"),
            "cost": None if cost is None else Decimal(str(cost)),
            "languages": self._languages(spec.get("languages", [])),
            "interpreter": bool(spec.get("interpreter")),
            "services": [self._service(slug) for slug in spec.get("services", [])],
            "obstacles": list(spec.get("obstacles", [])),
            "measures": [self._measure(slug) for slug in spec.get("measures", [])],
            "branches": [
                {"condition": b["condition"], "goes_to": b["goes_to"]}
                for b in spec.get("branches", [])
            ],
            "ends": bool(spec.get("ends")),
            "leads_to": chains.get(spec["leads_to"]) if spec.get("leads_to") else None,
        }

    def _languages(self, codes):
        found = {
            lang.code: lang for lang in Language.objects.filter(code__in=codes, locale=self.locale)
        }
        return [found[code] for code in codes if code in found]

    def _service(self, slug):
        return CounsellingService.objects.get(slug=slug, locale=self.locale)

    def _measure(self, slug):
        # This site's measures: each demo concept hangs below its own home page.
        return MeasurePage.objects.descendant_of(self.home).get(slug=slug, locale=self.locale)

    # --- Translations ------------------------------------------------------------------

    def translate(self, home, pages):
        """English, Arabic and Ukrainian from the PO files, as uploaded in the admin.

        Runs after the demo's own translations of the home page; a home page not yet
        translated (Ukrainian) is made the way load_demo's sync would make it.
        """
        translator = get_machine_translator()
        for code in PO_LANGUAGES:
            locale = Locale.objects.get(language_code=code)
            strings = po_strings(code)
            if not home.has_translation(locale):
                sync_one(
                    home,
                    locale,
                    publish=True,
                    translator=translator,
                    status=MISSING,
                    before=self.demo.shipped,
                )
                self.demo.note(True, f"{code} translation of {home}")
            for page in pages:
                self.import_po(page, locale, strings)

    def import_po(self, page, locale, strings):
        code = locale.language_code
        if page.has_translation(locale):
            self.demo.note(False, f"{code} translation of {page}")
            return
        # One transaction per page: wagtail-localize publishes on commit, and a parent
        # must be live before its children are translated.
        with transaction.atomic():
            translation = translation_of(page, locale)
            _covered, missing, _changed = fill_strings(translation, strings)
            translation.save_target(publish=True)
        if missing:
            self.demo.log(f"  {len(missing)} strings of {page} not in {code}.po: left German")
        self.demo.note(True, f"{code} translation of {page} (PO import)")
