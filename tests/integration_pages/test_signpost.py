"""The anti-discrimination signpost: filters, guided questions, service pages, bounded queries.

Each test builds a signpost with eight counselling services (tests.support.signpost_data);
that the demo's own services cover every ground is checked in test_signpost_demo, the
bounded queries in test_signpost_queries."""

import itertools
import re
from html import escape, unescape
from urllib.parse import urlsplit

import pytest
import vobject
from django.test import Client

from snippets.models import DiscriminationGround, LifeArea
from tests.support.signpost_data import add_services, build_signpost, german_services

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


# Services added to the eight built, for more than two pages of results (20 a page).
MANY = 40


@pytest.fixture
def signpost(home_de):
    return build_signpost(home_de).page


def url(page):
    return urlsplit(page.url).path


def shown_names(html):
    return {s.name for s in german_services() if f">{escape(s.name)}</a>" in html}


def expected(**filters):
    services = german_services()
    lookups = {"ground": "grounds__code", "area": "life_areas__code", "language": "languages__code"}
    for name, value in filters.items():
        if name in lookups:
            services = services.filter(**{lookups[name]: value})
        elif name == "format":
            services = services.filter(**{value: True})
        elif name == "region":
            services = services.filter(region=value)
        else:
            services = services.filter(**{name: True})
    return set(services.distinct().values_list("name", flat=True))


def test_without_filters_every_service_is_listed(client, signpost):
    html = client.get(signpost.url).content.decode()
    assert shown_names(html) == expected()
    assert len(expected()) == 8
    assert f"{german_services().count()} Beratungsangebote gefunden" in html


def _values(field):
    services = german_services()
    if field == "ground":
        return list(
            DiscriminationGround.objects.filter(locale__language_code="de").values_list(
                "code", flat=True
            )
        )
    if field == "area":
        return list(
            LifeArea.objects.filter(locale__language_code="de").values_list("code", flat=True)
        )
    if field == "language":
        return ["ar", "tr", "uk", "fa", "ti"]
    if field == "format":
        return ["in_person", "by_phone", "by_video", "by_email_or_chat", "outreach"]
    if field == "region":
        return sorted(set(services.values_list("region", flat=True)))
    return ["on"]


@pytest.mark.parametrize(
    "field", ["ground", "area", "language", "format", "region", "anonymous", "step_free"]
)
def test_each_filter_returns_exactly_the_matching_services(client, signpost, field):
    for value in _values(field):
        html = client.get(signpost.url, {field: value}).content.decode()
        assert shown_names(html) == expected(**{field: value}), (field, value)


def test_combinations_of_filters_return_exactly_the_services_matching_all(client, signpost):
    combos = itertools.product(["racism", "religion", "age"], ["work", "housing"], ["ar", "de"])
    for ground, area, language in combos:
        query = {"ground": ground, "area": area, "language": language, "anonymous": "on"}
        html = client.get(signpost.url, query).content.decode()
        assert shown_names(html) == expected(**query), query


def test_a_bad_filter_value_is_reported_and_the_others_still_apply(client, signpost):
    response = client.get(signpost.url, {"ground": "erfunden", "language": "ar"})
    html = response.content.decode()
    assert 'role="alert"' in html
    assert shown_names(html) == expected(language="ar")


def test_guided_mode_asks_one_question_at_a_time(client, signpost):
    guided = f"{url(signpost)}guided/"
    first = client.get(guided).content.decode()
    assert "Schritt 1 von 3" in first and 'name="ground"' in first and 'name="area"' not in first
    second = client.get(guided, {"ground": "racism"}).content.decode()
    assert "Schritt 2 von 3" in second
    assert '<input type="hidden" name="ground" value="racism">' in second
    third = client.get(guided, {"ground": "racism", "area": "housing"}).content.decode()
    assert "Schritt 3 von 3" in third


@pytest.mark.parametrize(
    "answers",
    [
        {"ground": "racism", "area": "housing", "language": "ar"},
        {"ground": "religion", "area": "work", "language": "any"},
        {"ground": "any", "area": "any", "language": "tr"},
        {"ground": "disability", "area": "authorities", "language": "any"},
    ],
)
def test_guided_mode_ends_at_the_same_services_as_the_equivalent_filters(client, signpost, answers):
    guided = client.get(f"{url(signpost)}guided/", answers).content.decode()
    filters = {k: v for k, v in answers.items() if v != "any"}
    filtered = client.get(signpost.url, filters).content.decode()
    assert shown_names(guided) == shown_names(filtered) == expected(**filters)


def test_a_bad_guided_answer_asks_that_question_again(client, signpost):
    html = client.get(f"{url(signpost)}guided/", {"ground": "erfunden"}).content.decode()
    assert "Schritt 1 von 3" in html and 'role="alert"' in html


def test_the_emergency_box_is_on_every_signpost_page(client, signpost):
    service = german_services().first()
    for path in ["", "guided/", f"services/{service.slug}/", f"services/{service.slug}/print/"]:
        html = client.get(f"{url(signpost)}{path}").content.decode()
        assert 'href="tel:110"' in html, path


def test_a_service_page_has_structured_data_a_vcard_and_a_print_view(client, signpost):
    import json
    import re

    service = german_services().filter(phone__gt="", address__gt="").first()
    base = f"{url(signpost)}services/{service.slug}/"
    html = client.get(base).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "Service" and data["name"] == service.name
    assert data["availableChannel"]["servicePhone"]["telephone"] == service.phone
    card = client.get(f"{base}contact.vcf")
    assert card["Content-Type"].startswith("text/vcard")
    parsed = vobject.readOne(card.content.decode())
    assert parsed.fn.value == service.name
    assert parsed.tel.value == service.phone
    printed = client.get(f"{base}print/")
    assert printed.status_code == 200 and "print-view" in printed.content.decode()
    assert client.get(f"{url(signpost)}services/gibt-es-nicht/").status_code == 404


def test_the_english_signpost_shows_english_services_and_lists(client, home_de):
    built = build_signpost(home_de, languages=["en"])
    english = built.page.get_translation(built.translations["en"].services[0].locale)
    html = client.get(english.url).content.decode()
    for service in built.translations["en"].services:
        assert escape(service.name) in html
    for item in built.translations["en"].lists:
        if isinstance(item, DiscriminationGround):
            assert escape(item.name) in html


def test_the_arabic_signpost_asks_its_questions_in_arabic(client, home_de):
    built = build_signpost(home_de, languages=["ar"])
    arabic = built.page.get_translation(built.translations["ar"].lists[0].locale)
    html = client.get(f"{url(arabic)}guided/").content.decode()
    assert 'dir="rtl"' in html
    for item in built.translations["ar"].lists:
        if isinstance(item, DiscriminationGround):
            assert escape(item.name) in html


def _pages(client, path, query=None):
    """Every page of results from page 1 on, following the "next page" links."""
    pages = [client.get(path, query).content.decode()]
    while 'rel="next"' in pages[-1]:
        href = re.search(r'<a href="(\?[^"]*)" rel="next">', pages[-1]).group(1)
        pages.append(client.get(f"{path}{unescape(href)}").content.decode())
        assert len(pages) < 10
    return pages


TITLE_LINK = re.compile(r'class="result__title"><a href="([^"]+)">([^<]+)<')


def _listed(html):
    """Names of the services the page lists, in order."""
    return [unescape(name) for _href, name in TITLE_LINK.findall(html)]


def test_many_services_are_shown_20_per_page_and_the_count_states_all(client, signpost):
    add_services(MANY)
    total = german_services().count()
    assert total > 40
    pages = _pages(client, signpost.url)
    assert len(pages) == 3
    listed = [_listed(html) for html in pages]
    assert [len(names) for names in listed] == [20, 20, total - 40]
    everything = [name for names in listed for name in names]
    assert len(set(everything)) == total and set(everything) == expected()
    assert everything == list(
        german_services().order_by("name", "pk").values_list("name", flat=True)
    )
    for number, html in enumerate(pages, start=1):
        assert f"{total} Beratungsangebote gefunden" in html
        assert f"Seite {number} von 3" in html
    assert 'rel="prev"' not in pages[0] and 'rel="prev"' in pages[1]
    assert '<a href="?page=2" rel="next">' in pages[0]
    assert '<a href="?page=1" rel="prev">' in pages[1]


def test_page_links_keep_the_filters_and_the_next_page_is_filtered_too(client, signpost):
    add_services(MANY + 20)
    query = {"anonymous": "on", "format": "by_phone"}
    matching = expected(anonymous="on", format="by_phone")
    assert len(matching) > 20
    pages = _pages(client, signpost.url, query)
    assert 'href="?anonymous=on&amp;format=by_phone&amp;page=2" rel="next"' in pages[0]
    listed = [name for html in pages for name in _listed(html)]
    assert len(listed) == len(matching) and set(listed) == matching
    for html in pages:
        assert f"{len(matching)} Beratungsangebote gefunden" in html
        assert re.search(r'<input type="checkbox" name="anonymous"[^>]*checked', html)


@pytest.mark.parametrize(
    "number, shown",
    [
        ("abc", 1),
        ("", 1),
        ("1.5", 1),
        ("\x00", 1),
        ("9" * 5000, 1),
        ("<script>", 1),
        ("0", "last"),
        ("-1", "last"),
        ("99999", "last"),
        ("9" * 30, "last"),
    ],
)
def test_a_bad_page_number_shows_the_first_or_last_page_like_the_measure_list(
    client, signpost, number, shown
):
    add_services(MANY)
    first, last = _pages(client, signpost.url)[0], _pages(client, signpost.url)[-1]
    response = client.get(signpost.url, {"page": number})
    assert response.status_code == 200
    html = response.content.decode()
    assert _listed(html) == _listed(first if shown == 1 else last)
    assert f"{german_services().count()} Beratungsangebote gefunden" in html


def test_one_page_of_results_has_no_page_links(client, signpost):
    html = client.get(signpost.url).content.decode()
    assert german_services().count() <= 20
    assert 'class="pagination"' not in html


def test_the_guided_answer_is_paginated_and_keeps_the_answers(client, signpost):
    add_services(MANY)
    guided = f"{url(signpost)}guided/"
    answers = {"ground": "any", "area": "any", "language": "any"}
    pages = _pages(client, guided, answers)
    assert len(pages) == 3
    assert 'href="?ground=any&amp;area=any&amp;language=any&amp;page=2" rel="next"' in pages[0]
    listed = [name for html in pages for name in _listed(html)]
    assert len(listed) == german_services().count() and set(listed) == expected()
    total = german_services().count()
    assert all(f"{total} Beratungsangebote gefunden" in html for html in pages)


def test_service_links_on_a_page_of_results_lead_to_the_service(client, signpost):
    add_services(MANY)
    html = client.get(signpost.url, {"page": 2}).content.decode()
    links = [href for href, _name in TITLE_LINK.findall(html)]
    assert len(links) == 20
    assert all(link.startswith(f"{url(signpost)}services/") for link in links)
    assert client.get(links[0]).status_code == 200


def test_the_filters_kept_for_visitors_follow_an_edited_ground_and_a_new_region(client, signpost):
    """The filters' options are kept between visitors' requests (shared_state); a ground
    renamed or a service in a new region shows in the next request's options."""
    ground = DiscriminationGround.objects.filter(locale__language_code="de").first()
    first = client.get(signpost.url).content.decode()
    assert f">{escape(ground.name)}</option>" in first
    ground.name = "Quokka-Merkmal"
    ground.save()
    service = german_services().first()
    service.region = "Quokkahausen"
    service.save()
    html = client.get(signpost.url).content.decode()
    assert ">Quokka-Merkmal</option>" in html
    assert ">Quokkahausen</option>" in html


def test_the_entries_kept_for_visitors_follow_an_edited_service_and_language(client, signpost):
    """A page of results shows each service's entry as kept for visitors (shared_state);
    a renamed service, a changed flag and a renamed language show in the next request."""
    service = german_services().filter(sign_language=False).first()
    language = service.languages.first()
    client.get(signpost.url)
    service.name = "Quokka-Beratung"
    service.sign_language = True
    service.save()
    language.name = "Quokkisch"
    language.save()
    html = client.get(signpost.url).content.decode()
    entry = html[html.index(">Quokka-Beratung</a>") :]
    entry = entry[: entry.index("</dl>")]
    assert "Quokkisch" in entry
    assert "Gebärdensprache" in entry


def test_an_editor_sees_a_service_as_saved_while_visitors_are_kept_their_entry(
    superuser_client, signpost
):
    """Entries are kept only for anonymous visitors: a logged-in editor's results are made
    afresh from the database, even for a change that (written around the models' save, as
    a bulk update does) started no new generation."""
    visitor = Client()
    service = german_services().first()
    visitor.get(signpost.url)
    type(service).objects.filter(pk=service.pk).update(name="Quokka-Stille-Post")
    assert ">Quokka-Stille-Post</a>" in superuser_client.get(signpost.url).content.decode()
    assert ">Quokka-Stille-Post</a>" not in visitor.get(signpost.url).content.decode()
