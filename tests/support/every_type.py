"""The small site's other pages (tests.support.small_site), built in the test's
transaction: `add_every_type(site)` adds one page of each page type the small site lacks
(sections, Leichte Sprache, DGS, forms, FAQ, resolutions, networks, funding, signpost,
process chains, the monitoring and an indicator, a prioritisation), and the builders of
some of them serve
on their own: the signpost with one counselling service, a contact form, the accessible
pages; besides, a second site (`build_second_site`).

Each builder settles what it built (tests.support.small_site.settle).
"""

from wagtail.models import Site
from wagtail.rich_text import RichText

from home.models import (
    EasyLanguagePage,
    FaqPage,
    FormField,
    FormPage,
    RefundFormPage,
    SignLanguagePage,
    StandardPage,
)
from integration_pages.models import (
    FundingProgrammePage,
    NetworksPage,
    ProcessChainPage,
    ResolutionArchivePage,
    SignpostPage,
)
from snippets.models import CounsellingService, Organisation, OrganisationKind
from tests.support.monitoring_data import build_monitoring
from tests.support.participation_data import build_prioritisation
from tests.support.services_data import chains_index
from tests.support.site import add_home, publish
from tests.support.small_site import office_settings, settle


def build_signpost(home):
    """The anti-discrimination signpost and one counselling service of its site."""
    office_settings(home)
    page = publish(
        home,
        SignpostPage(
            title="Wegweiser Antidiskriminierung",
            slug="wegweiser",
            intro="<p>Vertrauliche Beratung.</p>",
        ),
    )
    provider = Organisation.objects.create(
        name="Beratungsnetz Gleichbehandlung", locale=home.locale, kind=OrganisationKind.PROVIDER
    )
    service = CounsellingService.objects.create(
        name="Antidiskriminierungsberatung",
        slug="antidiskriminierungsberatung",
        provider=provider,
        description="Vertraulich und kostenlos.",
        phone="0451 000000",
        locale=home.locale,
        site=Site.objects.filter(root_page=home).first(),
    )
    settle()
    return page, service


def build_form(home):
    """A contact form with one required field."""
    office_settings(home)
    form = publish(
        home,
        FormPage(
            title="Kontaktformular", slug="kontakt", to_address="", intro="Schreiben Sie uns."
        ),
    )
    FormField.objects.create(
        page=form,
        locale=form.locale,
        label="Ihre Nachricht",
        clean_name="ihre_nachricht",
        field_type="multiline",
        required=True,
    )
    settle()
    return form


def build_second_site(hostname, title="Zweitstadt", slug="zweitstadt"):
    """Another German home page, served by its own (not the default) site at `hostname`."""
    home = add_home(title, slug, hostname)
    home.save_revision().publish()
    office_settings(home)
    settle()
    return home


def build_accessible_pages(home):
    """The pages in Leichte Sprache and in German Sign Language, which the office settings
    of the home page's site name (so every page's header links them): (easy, sign)."""
    easy = publish(
        home,
        EasyLanguagePage(
            title="Leichte Sprache",
            slug="leichte-sprache",
            intro="Hier erklären wir die Seite.",
            body=[("paragraph", RichText("<p>Wir helfen Menschen.</p>"))],
        ),
    )
    sign = publish(
        home,
        SignLanguagePage(title="Gebärdensprache", slug="gebaerdensprache", intro="Videos in DGS."),
    )
    settings = office_settings(home)
    settings.easy_language_page, settings.sign_language_page = easy, sign
    settings.save()
    settle()
    return easy, sign


def add_every_type(site):
    """One page of each page type the small site lacks, under its home page; the office
    settings name the accessible pages. Adds them to `site`."""
    home = site.home
    answer = RichText("<p>Die Stabsstelle.</p>")
    for name, page in {
        "section": StandardPage(
            title="Über uns",
            slug="ueber-uns",
            intro="Wer wir sind.",
            body=[("paragraph", RichText("<p>Die Stabsstelle berät.</p>"))],
            show_in_menus=True,
        ),
        "refund_form": RefundFormPage(title="Auslagenerstattung", slug="erstattung", to_address=""),
        "faq": FaqPage(
            title="Häufige Fragen",
            slug="fragen",
            questions=[("question", {"question": "Wer berät?", "answer": answer})],
        ),
        "resolutions": ResolutionArchivePage(
            title="Beschlüsse", slug="beschluesse", intro="Vom Rat."
        ),
        "networks": NetworksPage(title="Netzwerke", slug="netzwerke", intro="Gemeinsam wirken."),
        "funding": FundingProgrammePage(
            title="Förderprogramm",
            slug="foerderung",
            aim="<p>Projekte von Vereinen.</p>",
            eligibility="<p>Gemeinnützige Vereine.</p>",
        ),
    }.items():
        setattr(site, name, publish(home, page))
    site.easy_language, site.sign_language = build_accessible_pages(home)
    site.form = build_form(home)
    site.signpost, site.service = build_signpost(home)
    site.chains = chains_index(home)
    site.chain = publish(
        site.chains,
        ProcessChainPage(
            title="Anmelden",
            slug="anmelden",
            intro="So melden Sie Ihre Wohnung an.",
            steps=[
                (
                    "step",
                    {
                        "number": 1,
                        "title": "Termin im Bürgerbüro",
                        "what_to_do": "Buchen Sie einen Termin.",
                        "actor": site.service.provider,
                        "ends": True,
                    },
                )
            ],
        ),
    )
    site.monitoring = build_monitoring(home, indicators=1, years=range(2021, 2024))
    site.indicator = site.monitoring.get_children().first().specific
    site.prioritisation = build_prioritisation(site.concept, site.goals)
    settle()
    return site
