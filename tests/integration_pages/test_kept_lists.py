"""Lists kept for visitors per generation (integration_pages.core.shared_state): what a
page lists is read and rendered once per language until something changes, and shown as
stored again with the next request after a change.

Each case names a page of the small site, a page or organisation it lists, and how that
item's name is changed. Published through Wagtail (or saved, for an organisation), the new
name shows on the visitor's next request; written around the models' save (a bulk update
sends no signal, so starts no generation) it shows to a logged-in editor at once, while
the visitor is still shown what was kept - which proves the list is kept at all.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.test import Client
from wagtail.models import Locale

from snippets.models import Organisation
from tests.support.marks import indexed
from tests.support.small_site import build_small_site

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off"), indexed]


def path(page):
    return urlsplit(page.url).path


def _mso(site):
    return Organisation.objects.get(name="Kulturverein Brücke", site__root_page=site.home)


CASES = {
    # page: (its address, the item it lists)
    "home": (lambda s: path(s.home), lambda s: s.news[-1]),
    "goal": (lambda s: path(s.goals[0]), lambda s: s.measures[0]),
    "measure list": (lambda s: f"{path(s.concept)}measures/", lambda s: s.measures[0]),
    "Forum": (lambda s: path(s.forum), lambda s: s.meetings[0]),
    "news index": (lambda s: path(s.news_index), lambda s: s.news[0]),
    "MSO directory": (lambda s: path(s.directory), _mso),
    "MSO brochure": (lambda s: f"{path(s.directory)}print/", _mso),
}


def _rename(item, name, *, quietly=False):
    """Gives `item` a new name: published (or saved), or `quietly` as a bulk update."""
    field = "name" if isinstance(item, Organisation) else "title"
    if quietly:
        type(item).objects.filter(pk=item.pk).update(**{field: name})
        return
    setattr(item, field, name)
    if isinstance(item, Organisation):
        item.save()
    else:
        item.save_revision().publish()


@pytest.fixture
def site(home_de):
    return build_small_site(home_de, languages=())


@pytest.mark.parametrize("case", CASES)
def test_a_kept_list_is_kept_for_visitors_afresh_for_editors_and_follows_a_publish(
    superuser_client, site, case
):
    url, item = (f(site) for f in CASES[case])
    visitor = Client()
    old = item.name if isinstance(item, Organisation) else item.title
    assert f">{old}<" in visitor.get(url).content.decode()
    # A change no signal reports: the editor sees it, the visitor still the kept list.
    _rename(item, "Quokka-Stille-Post", quietly=True)
    assert "Quokka-Stille-Post" in superuser_client.get(url).content.decode()
    assert "Quokka-Stille-Post" not in visitor.get(url).content.decode()
    # Published (or saved): on the visitor's next request.
    _rename(item.specific if hasattr(item, "specific") else item, "Quokka-Neuigkeit")
    html = visitor.get(url).content.decode()
    assert ">Quokka-Neuigkeit<" in html
    assert f">{old}<" not in html


def test_arabic_measure_list_isolates_each_field_of_action_and_marks_german_ones(home_de):
    """In a right-to-left list a German name between semicolons would run the wrong way:
    each field of action is its own <bdi>, with lang="de" where it shows the German name."""
    from integration_pages.models import ActionField

    site = build_small_site(home_de, languages=("ar",))
    arabic = Locale.objects.get(language_code="ar")
    # The small site's field only: a worker's database may hold the demo's too.
    fields = list(ActionField.objects.filter(concept=site.concept))
    fields.append(
        ActionField.objects.create(
            concept=site.concept, code="II", title="Arbeit", sort_order=1, locale=fields[0].locale
        )
    )
    measure = site.measures[0].get_translation(arabic).specific
    measure.action_fields = fields
    measure.save_revision().publish()
    html = Client().get(f"{path(site.concept.get_translation(arabic))}measures/").content.decode()
    listed = re.findall(r"<dd><bdi.*?</dd>", html)
    german = r'<bdi lang="de">[^<]*{}</bdi>'
    expected = "<dd>" + german.format("Sprache und Bildung") + "; " + german.format("Arbeit")
    assert any(re.fullmatch(expected + "</dd>", dd) for dd in listed), listed
