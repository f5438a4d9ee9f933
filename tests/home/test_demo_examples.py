"""Issue 16's proof: every object the demo marks as invented shows the "example" badge on
its page, in its list entry and in its exports, and the sources' facts are not marked.
One request per page, list and export, on the demo as load_demo builds it."""

from urllib.parse import urlsplit

import pytest
import vobject
from django.utils.html import escape

from home.models import EventIndexPage, EventPage, HomePage, NewsIndexPage, NewsPage
from integration_pages import models as plugin
from snippets.models import Committee, Contact, CounsellingService, Organisation
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off"), *demo]

BADGE = 'class="kern-badge kern-badge--warning example-badge"'
INVENTED_PAGES = [
    plugin.MeasurePage,
    plugin.ForumMeetingPage,
    plugin.ForumNewsPage,
    plugin.FundingProgrammePage,
    NewsPage,
    EventPage,
    plugin.ProcessChainPage,
    plugin.IndicatorPage,
    plugin.PrioritisationPage,
]


def german(model, **filters):
    return model.objects.filter(locale__language_code="de", **filters)


def get(client, url):
    """A page of either demo site, by its full URL."""
    parts = urlsplit(url)
    response = client.get(parts.path, HTTP_HOST=parts.hostname)
    assert response.status_code == 200, url
    return response


def html_of(client, url):
    return get(client, url).content.decode()


def assert_badge_in_entry(html, name, end="</li>"):
    """The badge follows `name` before its list entry (or section) ends."""
    start = html.find(escape(name))
    assert start >= 0, f"{name} is not listed"
    entry = html[start:]
    closing = entry.find(end)
    assert BADGE in entry[: closing if closing >= 0 else None], f"{name} has no badge"


def test_the_demo_marks_what_it_invents_and_leaves_the_sources_facts_unmarked():
    for model in [*INVENTED_PAGES, CounsellingService, Organisation, Contact]:
        assert german(model, is_example=True).exists(), model.__name__
    # Facts from the sources: the office and its real contact, the networks, the dated
    # press release of 26 June 2017.
    assert not german(Contact, name="Stabsstelle Integration", is_example=True).exists()
    assert not german(Committee, is_example=True).exists()
    assert not german(
        NewsPage, slug="aufnahme-gefluechteter-prozessketten", is_example=True
    ).exists()
    # Every invented phone number is recognisably fictional.
    for model in (Contact, Organisation, CounsellingService):
        for obj in german(model, is_example=True).exclude(phone=""):
            assert obj.phone.startswith("0451 000 "), (model.__name__, obj.phone)
    # The flag is a synchronised fact: translations say the same.
    for model in (CounsellingService, plugin.MeasurePage, EventPage):
        keys = set(german(model, is_example=True).values_list("translation_key", flat=True))
        copies = model.objects.filter(translation_key__in=keys).exclude(locale__language_code="de")
        assert copies.exists() and not copies.filter(is_example=False).exists(), model.__name__


def test_every_invented_page_shows_the_badge_on_its_page(client):
    for model in INVENTED_PAGES:
        for page in german(model, is_example=True).live():
            assert BADGE in html_of(client, page.get_full_url()), page.url_path
    real = german(NewsPage, slug="aufnahme-gefluechteter-prozessketten").get()
    html = html_of(client, real.get_full_url())
    # Only the footer's contact box (the demo office's invented phone) may carry one.
    assert BADGE not in html[html.index("<main") : html.index("</main>")]


def test_every_invented_measure_has_the_badge_in_its_goals_list_and_in_the_exports(client):
    invented = german(plugin.MeasurePage, is_example=True).live()
    for goal in german(plugin.GoalPage).live().filter(pk__in={m.get_parent().pk for m in invented}):
        html = html_of(client, goal.get_full_url())
        for measure in invented.child_of(goal):
            assert_badge_in_entry(html, measure.title)
    for concept in german(plugin.IntegrationConceptPage).live():
        url = concept.get_full_url()
        records = get(client, url + "measures.json").json()["measures"]
        shown = {r["id"]: r["example_data"] for r in records}
        ours = set(invented.descendant_of(concept).values_list("pk", flat=True))
        assert ours and all(shown[pk] for pk in ours)
        assert not any(flag for pk, flag in shown.items() if pk not in ours)
        rows = get(client, url + "measures.csv").content.decode("utf-8-sig").splitlines()
        assert rows[0].split(";")[-1] == "Beispieldaten"
        assert sum(row.endswith(";ja") for row in rows[1:]) == len(ours)


def test_every_invented_service_has_the_badge_in_the_list_print_view_and_vcard(client):
    signpost = german(plugin.SignpostPage).live().first()
    base = signpost.get_full_url()
    listing = html_of(client, base)
    services = german(CounsellingService, is_example=True)
    assert services.count() <= 20, "one page of results lists them all"
    for service in services:
        assert_badge_in_entry(listing, service.name)
        assert BADGE in html_of(client, f"{base}services/{service.slug}/print/")
        card = get(client, f"{base}services/{service.slug}/contact.vcf").content.decode()
        assert "für die Demonstration erfunden" in vobject.readOne(card).note.value


def test_the_forums_invented_board_meetings_news_contact_and_msos_have_the_badge(client):
    forum = german(plugin.ForumPage).live().get()
    html = html_of(client, forum.get_full_url())
    for member in forum.board_members.filter(is_example=True):
        assert_badge_in_entry(html, member.name)
    for model in (plugin.ForumMeetingPage, plugin.ForumNewsPage):
        for page in german(model, is_example=True).live().child_of(forum):
            if escape(page.title) in html:  # past meetings beyond the first page are paged
                assert_badge_in_entry(html, page.title)
    contact = forum.office_contact
    assert contact.is_example
    assert_badge_in_entry(html, contact.name, end="</div>")
    directory = german(plugin.MsoDirectoryPage).live().get()
    url = directory.get_full_url()
    listing, brochure = html_of(client, url), html_of(client, url + "print/")
    for org in german(Organisation, kind="mso", is_example=True):
        assert_badge_in_entry(listing, org.name, end="</dl>")
        assert_badge_in_entry(brochure, org.name, end="</dl>")


def test_invented_news_events_and_chains_have_the_badge_in_their_lists(client):
    for index_model, model in (
        (NewsIndexPage, NewsPage),
        (EventIndexPage, EventPage),
        (plugin.ProcessChainIndexPage, plugin.ProcessChainPage),
    ):
        for index in german(index_model).live():
            html = html_of(client, index.get_full_url())
            for page in german(model, is_example=True).live().child_of(index):
                assert_badge_in_entry(html, page.title)
    # The home page's next events and newest press releases, too.
    shown = 0
    for home in german(HomePage).live():
        html = html_of(client, home.get_full_url())
        for model in (EventPage, NewsPage):
            for page in german(model, is_example=True).live().descendant_of(home):
                if escape(page.title) in html:
                    assert_badge_in_entry(html, page.title)
                    shown += 1
    assert shown, "the home pages list some invented event or press release"
    for chain in german(plugin.ProcessChainPage, is_example=True).live():
        url = chain.get_full_url()
        assert BADGE in html_of(client, url + "print/")
        assert get(client, url + "chain.json").json()["chain"]["example_data"] is True
