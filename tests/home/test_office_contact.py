"""The office's contact box on every page: phone, e-mail, address, opening hours (the
editor's rows, validated, shown in the reader's language), directions and accessibility
from a translatable snippet the office settings choose; and the home page's
GovernmentOffice JSON-LD with its opening hours."""

import json
import re
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.blocks import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.models import Locale

from home.demo.office_builder import LOGO_TITLE, OFFICES, build_office
from home.demo.po_files import key_of, path_of, read
from home.models import OfficeSettings, OpeningHoursBlock, VisitorInformation
from home.office import day_names, tel_uri
from tests.support.concept_data import make_concept, synced
from tests.support.marks import indexed
from tests.support.office_site import office, standard_page
from tests.support.site import translated

pytestmark = [pytest.mark.django_db, indexed]

HOURS = [
    ("hours", {"days": ["1", "2", "3", "4", "5"], "opens": "09:00", "closes": "12:00", "note": ""}),
    ("hours", {"days": ["4"], "opens": "14:00", "closes": "17:30", "note": "Nach Vereinbarung"}),
]


def visitor_information(**fields):
    values = {
        "name": "Besuch der Stabsstelle",
        "locale": Locale.objects.get(language_code="de"),
        "opening_hours": HOURS,
        "directions": "<p>Bus bis Haltestelle Musterplatz.</p>",
        "step_free_access": True,
        "lift": True,
        "accessibility": "<p>Die Tür öffnet automatisch.</p>",
        **fields,
    }
    return VisitorInformation.objects.create(**values)


@pytest.fixture
def info(home_de):
    info = visitor_information()
    office(
        home_de,
        phone="0451 000 1234",
        address="Musterstraße 1\n23552 Beispielstadt",
        visitor_information=info,
    )
    return info


def box(html):
    """The contact box's markup."""
    start = html.index('<section class="office-contact"')
    return html[start : html.index("</section>", start)]


def structured_data(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_standard_page_shows_the_contact_box(client, home_de, info):
    standard_page(home_de, "Förderung", "foerderung", "Geld für Projekte.")
    html = box(client.get("/de/foerderung/").content.decode())
    assert (
        '<a class="office-contact__phone" href="tel:+494510001234" dir="ltr">0451 000 1234</a>'
        in html
    )
    assert 'href="mailto:integration@beispielstadt.example.org"' in html
    assert "Musterstraße 1<br>23552 Beispielstadt" in html
    assert "Montag bis Freitag" in html
    assert '<time datetime="09:00">09:00</time> bis <time datetime="12:00">12:00</time>' in html
    assert "Nach Vereinbarung" in html
    assert "Haltestelle Musterplatz" in html
    assert "Stufenloser Eingang" in html
    assert "Die Tür öffnet automatisch." in html


def test_an_invented_office_contact_carries_the_example_badge(client, home_de, info):
    """Phone, address and opening hours invented for a demo are badged as examples, from
    the flags of the office settings and the visitor information; real ones are not."""
    standard_page(home_de, "Förderung", "foerderung", "Geld für Projekte.")
    standard_page(home_de, "Beratung", "beratung", "Hilfe.")
    assert "example-badge" not in box(client.get("/de/foerderung/").content.decode())
    settings = OfficeSettings.objects.get(site__root_page=home_de)
    settings.is_example = info.is_example = True
    info.save()
    settings.save()
    html = box(client.get("/de/beratung/").content.decode())  # a page not cached yet
    phone = html[html.index("office-contact__phone") :]
    assert phone.index("example-badge") < phone.index("</dd>")
    address = html[html.index("Musterstraße 1") :]
    assert address.index("example-badge") < address.index("</dd>")
    hours = html[html.index("office-contact__subheading") :]
    assert hours.index("example-badge") < hours.index("</h3>")
    assert html.count("Beispiel</span>") == 3


def test_plugin_page_shows_the_contact_box(client, home_de, info):
    concept, _fields, _units = make_concept(home_de)
    html = box(client.get(concept.url).content.decode())
    assert "tel:+494510001234" in html
    assert "Donnerstag" in html


def test_the_box_speaks_the_readers_language_and_marks_german_prose(client, home_de, info):
    """Days and times in Arabic from Django's formats; the note as the translator wrote it;
    the directions nobody translated shown in German, marked so."""
    translated(home_de, "ar")
    synced(info, "ar", {"Nach Vereinbarung": "بموعد مسبق"})
    html = box(client.get("/ar/").content.decode())
    assert "الخميس" in html  # Thursday
    assert "بموعد مسبق" in html
    assert 'dir="ltr">0451 000 1234</a>' in html
    assert 'lang="de"' in html  # the office name, always German


def test_the_box_falls_back_to_the_german_visitor_information(client, home_de, info):
    translated(home_de, "en")
    html = box(client.get("/en/").content.decode())
    assert "Monday to Friday" in html
    assert '<div class="office-contact__prose" lang="de">' in html


def test_closing_before_opening_is_refused_with_a_clear_message():
    block = OpeningHoursBlock()
    value = block.to_python({"days": ["1"], "opens": "14:00", "closes": "09:00", "note": ""})
    with translation.override("de"):
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(value)
        [message] = error.value.block_errors["closes"].messages
    assert message == "Die Schließzeit muss nach der Öffnungszeit (14:00) liegen."


def test_the_editor_sees_the_message_when_saving(home_de):
    info = visitor_information(
        opening_hours=[("hours", {"days": ["2"], "opens": "10:00", "closes": "10:00"})]
    )
    field = VisitorInformation._meta.get_field("opening_hours")
    with translation.override("en"):
        with pytest.raises(StreamBlockValidationError) as error:
            field.stream_block.clean(info.opening_hours)
        # Read while English is active: the message is translated when it is read.
        assert "must be after the opening time" in str(error.value.as_json_data())


def test_days_are_named_in_runs():
    with translation.override("en"):
        assert day_names([1, 2, 3, 5, 7]) == "Monday to Wednesday, Friday, Sunday"
        assert day_names([6, 7]) == "Saturday, Sunday"


@pytest.mark.parametrize(
    "phone,uri",
    [
        ("0451 000 1234", "tel:+494510001234"),
        ("+49 (0) 451 000-1234", "tel:+494510001234"),
        ("0049 451 0001234", "tel:+494510001234"),
    ],
)
def test_phone_numbers_become_international_tel_links(phone, uri):
    assert tel_uri(phone) == uri


def test_home_page_describes_the_government_office_with_its_opening_hours(client, home_de, info):
    html = client.get("/de/").content.decode()
    head = html[: html.index("</head>")]
    [data] = [d for d in structured_data(head) if d.get("@type") == "GovernmentOffice"]
    assert data["telephone"] == "0451 000 1234"
    assert data["email"] == "integration@beispielstadt.example.org"
    assert data["address"]["postalCode"] == "23552"
    assert data["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [
                f"https://schema.org/{day}"
                for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
            ],
            "opens": "09:00",
            "closes": "12:00",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": ["https://schema.org/Thursday"],
            "opens": "14:00",
            "closes": "17:30",
        },
    ]
    assert {f["name"] for f in data["amenityFeature"]} == {
        "Stufenloser Eingang",
        "Aufzug zu allen Etagen mit Publikumsverkehr",
    }


def test_other_pages_keep_the_lighter_organisation_data(client, home_de, info):
    standard_page(home_de, "Förderung", "foerderung", "Geld für Projekte.")
    head = client.get("/de/foerderung/").content.decode().split("</head>")[0]
    types = {d["@type"] for d in structured_data(head)}
    assert "GovernmentOrganization" in types
    assert "GovernmentOffice" not in types


@pytest.mark.usefixtures("page_cache_off")
def test_the_box_costs_no_query_once_read_whatever_its_rows(client, home_de):
    """Without visitor information, then with many rows: the box is read once per process
    and kept until the office's data change (integration_pages.core.shared_state), so a
    warm page view costs no query more for it, not one per row; the change shows at once."""
    page = standard_page(home_de, "Förderung", "foerderung", "Geld für Projekte.")
    office(home_de, phone="0451 000 1234")
    client.get(page.url)
    with CaptureQueriesContext(connection) as without:
        client.get(page.url)
    many = [
        ("hours", {"days": [str(d)], "opens": "08:00", "closes": "16:00", "note": "x"})
        for d in range(1, 8)
    ]
    office(home_de, visitor_information=visitor_information(opening_hours=many * 3))
    client.get(page.url)
    with CaptureQueriesContext(connection) as with_box:
        response = client.get(page.url)
    assert response.content.decode().count("office-contact__note") == 21
    assert len(with_box) == len(without)


def test_the_demo_office_gets_its_facts_and_translated_visitor_information(client, home_de):
    """The demo builder fills the settings from data/office.yaml once (a second run changes
    nothing), and the shipped PO file translates every string of the visitor information."""
    office(home_de)
    # A worker that served the demo's tests holds its office data already: start without.
    VisitorInformation.objects.filter(name=OFFICES["luebeck"]["name"]).delete()
    get_image_model().objects.filter(title=LOGO_TITLE).delete()
    notes = []
    builder = SimpleNamespace(note=lambda created, _what: notes.append(created))
    german = Locale.objects.get(language_code="de")
    info = build_office(builder, home_de, "luebeck", german)
    assert build_office(builder, home_de, "luebeck", german) == info
    assert notes == [True, True, False]  # visitor information and logo made once
    settings = OfficeSettings.objects.get(site__root_page=home_de)
    assert settings.logo.title.startswith("Eigene Zeichnung")  # the site's mark, no arms
    assert settings.phone == "0451 000 1234"  # recognisably invented
    assert settings.is_example and info.is_example  # and marked as such
    assert settings.visitor_information == info
    translated(home_de, "uk")
    shipped = read(path_of(key_of(info), "uk"))
    synced(info, "uk", shipped)
    html = box(client.get("/uk/").content.decode())
    for ukrainian in shipped.values():
        assert ukrainian in html
    assert 'lang="de"' not in html.split("office-contact__hours")[1]  # nothing left German


def test_editors_fill_the_visitor_information_and_choose_it_in_the_settings(
    superuser_client, home_de, info
):
    site_id = OfficeSettings.objects.get(site__root_page=home_de).site_id
    settings_page = superuser_client.get(f"/admin/settings/home/officesettings/{site_id}/")
    assert settings_page.status_code == 200
    assert "visitor_information" in settings_page.content.decode()
    edit = superuser_client.get(f"/admin/snippets/home/visitorinformation/edit/{info.pk}/")
    assert edit.status_code == 200
    assert "opening_hours" in edit.content.decode()
