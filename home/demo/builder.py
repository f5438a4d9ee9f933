"""Builds the demo site through the models and wagtail-localize, idempotently.

Whatever already exists is left alone, so a second run changes nothing and an
editor's later changes to demo pages survive a re-run.
"""

from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import HomePage, OfficeSettings, StandardPage
from snippets.models import Contact

from . import content
from .translations import TRANSLATIONS


class DemoBuilder:
    def __init__(self, log=print):
        self.log = log
        self.created = 0

    def build(self):
        german = Locale.objects.get(language_code="de")
        contact = self.contact(german)
        home = self.home(german, contact)
        sections = [self.section(home, spec, contact) for spec in content.SECTIONS]
        legal = {spec["setting"]: self.legal_page(home, spec) for spec in content.LEGAL}
        self.teasers(home, sections)
        self.office_settings(home, legal)
        for code, strings in TRANSLATIONS.items():
            locale = Locale.objects.get(language_code=code)
            self.translate(contact, locale, strings)
            for page in [home, *sections, *legal.values()]:
                self.translate(page, locale, strings)
        self.log(f"Done: {self.created} objects created.")
        return self.created

    def _note(self, created, what):
        if created:
            self.created += 1
        self.log(f"  {'created' if created else 'exists '}  {what}")

    def contact(self, locale):
        contact, created = Contact.objects.get_or_create(
            name=content.CONTACT["name"], locale=locale, defaults=content.CONTACT
        )
        self._note(created, f"contact {contact}")
        return contact

    def home(self, locale, contact):
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.filter(locale=locale, depth=2).first()
        created = home is None
        if created:
            root = Page.get_first_root_node()
            home = root.add_child(
                instance=HomePage(
                    title=content.HOME["title"],
                    slug=content.HOME["slug"],
                    motto=content.HOME["motto"],
                    intro=content.HOME["intro"],
                    contact=contact,
                    locale=locale,
                )
            )
            home.save_revision().publish()
        self._note(created, f"home page {home.title}")
        if site is None:
            site = Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True
            )
        if site.root_page_id != home.pk:
            placeholder = site.root_page
            site.root_page = home
            site.site_name = content.OFFICE["municipality"]
            site.save()
            # Wagtail's migrations leave a "Welcome" page behind; the demo replaces it.
            if placeholder.specific_class is Page and placeholder.depth == 2:
                placeholder.delete()
        return home

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
        self._note(created, f"page /{parent.slug}/{slug}/")
        return page

    def section(self, home, spec, contact):
        return self._child(
            home,
            spec["slug"],
            lambda: StandardPage(
                title=spec["title"],
                slug=spec["slug"],
                intro=spec["intro"],
                body=self._body(spec["body"], contact),
                show_in_menus=True,
            ),
        )

    def legal_page(self, home, spec):
        body = []
        for heading in spec["headings"]:
            body += [("heading", heading), ("paragraph", content.STUB)]
        return self._child(
            home,
            spec["slug"],
            lambda: StandardPage(
                title=spec["title"], slug=spec["slug"], body=self._body(body, None)
            ),
        )

    def teasers(self, home, sections):
        # Reload: adding children changed the tree columns of the stale instance,
        # and saving it as it was would corrupt the page tree.
        home.refresh_from_db()
        if home.teasers:
            return
        texts = {spec["slug"]: spec["teaser"] for spec in content.SECTIONS}
        home.teasers = [
            ("teaser", {"page": page, "title": "", "text": texts[page.slug]}) for page in sections
        ]
        home.save_revision().publish()

    def office_settings(self, home, legal):
        site = Site.objects.get(root_page=home)
        office, created = OfficeSettings.objects.get_or_create(
            site=site, defaults={**content.OFFICE, **dict(legal.items())}
        )
        self._note(created, "office settings")

    def translate(self, obj, locale, strings):
        """Translate through wagtail-localize, as a translator in the admin would.

        Strings without a demo translation stay German (wagtail-localize's
        fallback) and the page says it is not fully translated.
        """
        if obj.has_translation(locale):
            self._note(False, f"{locale.language_code} translation of {obj}")
            return
        # One transaction per translation: wagtail-localize publishes on commit from
        # the revision it just made, so a translated parent must be published before
        # its children are added, or its stale copy would reset the page tree.
        with transaction.atomic():
            self._translate(obj, locale, strings)
        self._note(True, f"{locale.language_code} translation of {obj}")

    def _translate(self, obj, locale, strings):
        source, _ = TranslationSource.get_or_create_from_instance(obj)
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        for segment in source.stringsegment_set.select_related("string", "context"):
            text = strings.get(segment.string.data)
            if text:
                StringTranslation.objects.get_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={"data": text},
                )
        translation.save_target(publish=True)
