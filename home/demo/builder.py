"""Builds the demo site through the models and wagtail-localize, idempotently.

Whatever already exists is left alone, so a second run changes nothing and an
editor's later changes to demo pages survive a re-run.
"""

from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from home.models import EasyLanguagePage, HomePage, OfficeSettings, SignLanguagePage, StandardPage
from snippets.models import Contact

from . import content
from .chains_builder import ChainsBuilder
from .concept_builder import ConceptBuilder, english_strings
from .concepts import CONCEPTS
from .eccar import ACTION_PLAN, COMMITMENTS
from .eccar_builder import EccarBuilder
from .forms_builder import FormsBuilder, form_strings
from .forum import FORUM, MSOS
from .forum_builder import ForumBuilder
from .monitoring_builder import MonitoringBuilder
from .newsroom import TEASERS as NEWSROOM_TEASERS
from .newsroom import TRANSLATED as NEWSROOM_TEXTS
from .newsroom_builder import NewsroomBuilder
from .office_builder import build_office
from .participation_builder import ParticipationBuilder
from .pictures import PICTURES, demo_image
from .pictures import TEASERS as TEASER_PICTURES
from .po_files import ShippedFiles, fill_strings, translation_of
from .search_builder import build_promotions
from .signpost import SERVICES, SIGNPOST
from .signpost_builder import SignpostBuilder, emergency_phone_strings, list_strings
from .translations import TRANSLATIONS


class DemoBuilder:
    def __init__(self, log=print):
        self.log = log
        self.created = 0
        # The translators' files, read into each copy the builder makes, so that load_demo's
        # sync and import afterwards know them done.
        self.shipped = ShippedFiles()

    def build(self):
        german = Locale.objects.get(language_code="de")
        concepts = {spec["site"]: spec for spec in CONCEPTS}
        # The ten ECCAR commitments are the same for every city; measures link to them.
        commitments = EccarBuilder(self, german).commitments()
        for site_spec in content.SITES:
            self.build_site(german, site_spec, concepts[site_spec["key"]], commitments)
        english = Locale.objects.get(language_code="en")
        for commitment in commitments.values():
            self.translate(commitment, english, english_strings(COMMITMENTS))
        self.log(f"Done: {self.created} objects created.")
        return self.created

    def build_site(self, german, site_spec, concept_spec, commitments):
        texts = content.site_texts(site_spec["key"])
        contact = self.contact(german, texts["contact"])
        home = self.home(german, contact, texts["home"], site_spec, texts["office"])
        concept, concept_objects = ConceptBuilder(self, german, commitments).build(
            home, concept_spec
        )
        # Everything is translated into English. In Arabic the section pages (and the
        # signpost's lists) are, and show German goals, meetings … until a translator
        # gets there.
        teasers = [(concept, texts["concept_teaser"])]
        english, arabic = [*concept_objects], [concept]
        strings = {"en": english_strings(concept_spec), "ar": {}}
        if site_spec.get("forum"):
            forum, forum_part = ForumBuilder(self, german).build(home)
            if forum:
                teasers.append((forum, texts["forum_teaser"]))
                english += forum_part
                arabic.append(forum)
                strings["en"].update(english_strings([FORUM, MSOS]))
        if site_spec.get("eccar"):
            plan = EccarBuilder(self, german).plan(home)
            teasers.append((plan, texts["eccar_teaser"]))
            english.append(plan)
            arabic.append(plan)
            strings["en"].update(english_strings(ACTION_PLAN))
        if site_spec.get("signpost"):
            signpost, lists, others = SignpostBuilder(self, german).build(home)
            teasers.append((signpost, texts["signpost_teaser"]))
            english += [*lists, *others, signpost]
            arabic += [*lists, signpost]
            strings["en"].update(english_strings([SIGNPOST, SERVICES]))
            strings["en"].update({**list_strings(1), **emergency_phone_strings()})
            strings["ar"].update({**list_strings(2), **emergency_phone_strings()})
        chains = None
        if site_spec["key"] == "luebeck":
            # "Erste Schritte": process chains for newcomers. English, Arabic and Ukrainian come
            # from a translator's PO files once the home page is translated (below).
            chains = ChainsBuilder(self, german)
            chain_index, chain_list = chains.build(home)
            teasers.append((chain_index, chains.teaser()))
            for code in strings:
                strings[code].update(chains.teaser_strings(code))
        if site_spec.get("newsroom"):
            pages, newsroom_objects = NewsroomBuilder(self, german).build(home, contact)
            teasers += [(page, NEWSROOM_TEASERS.get(page.slug)) for page in pages]
            english += newsroom_objects
            arabic += pages
            strings["en"].update(english_strings(NEWSROOM_TEXTS))
        # Lüneburg's monitoring (datasets, page, indicators), in English and Arabic too.
        monitoring = MonitoringBuilder(self, german, site_spec["key"])
        monitoring_objects = monitoring.build(home, contact)
        english += monitoring_objects
        arabic += monitoring_objects
        for code in strings:
            strings[code].update(monitoring.strings(code))
        # The prioritisation under the concept and the notice its privacy statement names.
        participation = ParticipationBuilder(self, german, site_spec["key"])
        participation_english, participation_arabic = participation.build(concept)
        english += participation_english
        arabic += participation_arabic
        for code in strings:
            strings[code].update(participation.strings(code))
        sections = [self.section(home, spec, contact) for spec in texts["sections"]]
        legal = {
            spec["setting"]: self.legal_page(home, spec, texts["office"]) for spec in content.LEGAL
        }
        participation.privacy_statement(legal.get("privacy_page"))
        strings["en"].update(content.legal_strings(texts["office"]))
        # Leichte Sprache is German by nature; other languages get it through the sync
        # (and say that they show it in German).
        accessible = {
            "easy_language_page": self.page(
                home,
                EasyLanguagePage,
                content.EASY_LANGUAGE,
                body=self._body(content.EASY_LANGUAGE["body"], None),
            ),
            "sign_language_page": self.page(home, SignLanguagePage, content.SIGN_LANGUAGE),
        }
        # The sign-language page introduces German Sign Language videos: its text is
        # translated into English like the rest.
        english.append(accessible["sign_language_page"])
        teasers += [
            (page, spec["teaser"]) for page, spec in zip(sections, texts["sections"], strict=True)
        ]
        self.teasers(home, teasers)
        form_pages, form_settings = FormsBuilder(self, german).build(home, legal)
        for code, pairs in form_strings().items():
            strings[code].update(pairs)
        self.office_settings(home, {**legal, **accessible, **form_settings}, texts["office"])
        build_office(self, home, site_spec["key"], german)
        for code, common in TRANSLATIONS.items():
            locale = Locale.objects.get(language_code=code)
            objects = english if code == "en" else arabic
            self.translate(contact, locale, common)
            for obj in [home, *objects, *sections, *legal.values(), *form_pages]:
                self.translate(obj, locale, {**common, **strings[code]})
        if chains is not None:
            chains.translate(home, [chain_index, *chain_list])
        monitoring.progress(home, contact)  # after the translations: reports freeze them too
        participation.close()  # likewise: the frozen results keep the English titles
        self.created += build_promotions(home)

    def note(self, created, what):
        if created:
            self.created += 1
        self.log(f"  {'created' if created else 'exists '}  {what}")

    def contact(self, locale, spec):
        contact, created = Contact.objects.get_or_create(
            name=spec["name"], locale=locale, defaults=spec
        )
        self.note(created, f"contact {contact}")
        return contact

    def home(self, locale, contact, spec, site_spec, office):
        home = HomePage.objects.filter(locale=locale, slug=spec["slug"], depth=2).first()
        created = home is None
        if created:
            home = Page.get_first_root_node().add_child(
                instance=HomePage(
                    title=spec["title"],
                    slug=spec["slug"],
                    motto=spec["motto"],
                    intro=spec["intro"],
                    contact=contact,
                    locale=locale,
                )
            )
            home.save_revision().publish()
        self.note(created, f"home page {home.title}")
        self.site(home, site_spec, office["municipality"])
        return home

    def site(self, home, spec, name):
        if spec["default"]:
            site = Site.objects.filter(is_default_site=True).first()
        else:
            site = Site.objects.filter(hostname=spec["hostname"]).first()
        if site is None:
            site = Site(hostname=spec["hostname"], port=80, is_default_site=spec["default"])
        if site.root_page_id == home.pk:
            return
        placeholder = site.root_page if site.pk else None
        site.hostname, site.port = spec["hostname"], 80
        site.root_page, site.site_name = home, name
        site.save()
        self.note(True, f"site {spec['hostname']}")
        # Wagtail's migrations leave a "Welcome" page behind; the demo replaces it.
        if placeholder and placeholder.specific_class is Page and placeholder.depth == 2:
            placeholder.delete()

    def _body(self, spec_body, contact):
        body = []
        for kind, value in spec_body:
            if kind == "heading":
                body.append(("heading", {"text": value, "level": "h2"}))
            elif kind == "paragraph":
                body.append(("paragraph", RichText(f"<p>{value}</p>")))
            elif kind == "callout":
                body.append(
                    ("callout", {"kind": "info", "title": "", "text": RichText(f"<p>{value}</p>")})
                )
            elif kind == "faq":
                question, answer = value
                body.append(("faq", {"question": question, "answer": RichText(f"<p>{answer}</p>")}))
            elif kind == "contact":
                body.append(("contact", {"contact": contact, "heading": ""}))
        return body

    def _child(self, parent, slug, build):
        page = parent.get_children().filter(slug=slug).specific().first()
        created = page is None
        if created:
            page = parent.add_child(instance=build())
            page.save_revision().publish()
        self.note(created, f"page /{parent.slug}/{slug}/")
        return page

    def page(self, parent, page_class, spec, **fields):
        """The page of `page_class` below `parent` with the title, slug and introduction
        of `spec` (German texts) and `fields`, made by the first run."""
        return self._child(
            parent,
            spec["slug"],
            lambda: page_class(
                title=spec["title"], slug=spec["slug"], intro=spec["intro"], **fields
            ),
        )

    def section(self, home, spec, contact):
        return self.page(
            home, StandardPage, spec, body=self._body(spec["body"], contact), show_in_menus=True
        )

    def legal_page(self, home, spec, office):
        body = []
        for heading, (paragraph, _english) in spec["sections"]:
            body += [("heading", heading), ("paragraph", paragraph.format(**office))]
        return self._child(
            home,
            spec["slug"],
            lambda: StandardPage(
                title=spec["title"], slug=spec["slug"], body=self._body(body, None)
            ),
        )

    def teasers(self, home, pages_and_texts):
        # Reload: adding children changed the tree columns of the stale instance,
        # and saving it as it was would corrupt the page tree.
        home.refresh_from_db()
        if home.teasers:
            return
        home.teasers = [
            (
                "teaser",
                {
                    "page": page,
                    "title": "",
                    "text": text,
                    **self.picture(TEASER_PICTURES.get(page.slug)),
                },
            )
            for page, text in pages_and_texts
            if text
        ]
        home.save_revision().publish()

    def picture(self, key, collection=None):
        """{image, image_alt} of the demo's picture `key` (none for None), to set on a new
        teaser or page; the image is drawn and stored the first time (home/demo/pictures),
        in `collection` if given."""
        if key is None:
            return {}
        image, created = demo_image(key, collection)
        self.note(created, f"picture {image.title}")
        return {"image": image, "image_alt": PICTURES[key]["alt"]}

    def office_settings(self, home, legal, office):
        site = Site.objects.get(root_page=home)
        settings, created = OfficeSettings.objects.get_or_create(
            site=site, defaults={**office, **dict(legal.items())}
        )
        # Settings from before a page setting existed get it, nothing else changes.
        missing = {
            name: page for name, page in legal.items() if not getattr(settings, f"{name}_id")
        }
        if missing and not created:
            for name, page in missing.items():
                setattr(settings, name, page)
            settings.save()
        self.note(created, f"office settings of {site.hostname}")

    def translate(self, obj, locale, strings):
        """Translate through wagtail-localize, as a translator in the admin would.

        Strings without a demo translation stay German (wagtail-localize's
        fallback) and the page says it is not fully translated.
        """
        if obj.has_translation(locale):
            self.note(False, f"{locale.language_code} translation of {obj}")
            return
        # One transaction per translation: wagtail-localize publishes on commit from
        # the revision it just made, so a translated parent must be published before
        # its children are added, or its stale copy would reset the page tree.
        with transaction.atomic():
            self._translate(obj, locale, strings)
        self.note(True, f"{locale.language_code} translation of {obj}")

    def _translate(self, obj, locale, strings):
        translation = translation_of(obj, locale)
        # written by people: reviewed, even where a name stays as it is
        fill_strings(translation, strings, tool_name="")
        self.shipped(obj, translation)  # a translator's file wins over the demo's strings
        translation.save_target(publish=True)
