"""The home page that serves people: teasers with pictures, the next events, the newest
press releases, the help box and the entry to the first steps; in bounded queries."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.images.tests.utils import get_test_image_file
from wagtail_factories import ImageFactory

from home.models.pages import TeaserBlock
from integration_pages.models import ProcessChainIndexPage, SignpostPage
from tests.support import newsroom_data
from tests.support.factories import EventPageFactory, NewsPageFactory, StandardPageFactory
from tests.support.site import in_bulk, publish, translated

pytestmark = pytest.mark.django_db


def _picture(title="Sprechblasen"):
    return ImageFactory(file=get_test_image_file(size=(1200, 675)), title=title)


def _teasers(home, count, picture=None):
    """`count` sections below `home`, each linked from a teaser (with `picture` if given)."""
    teasers = []
    with in_bulk():
        for n in range(count):
            page = StandardPageFactory(parent=home, title=f"Thema {n}", slug=f"thema-{n}")
            value = {"page": page, "title": "", "text": f"Worum es in Thema {n} geht."}
            if picture:
                value.update(image=picture, image_alt=f"Bunte Sprechblasen zu Thema {n}")
            teasers.append(("teaser", value))
    home.refresh_from_db()
    home.teasers = teasers
    home.save_revision().publish()
    return home


def _help_and_first_steps(home):
    publish(
        home,
        SignpostPage(
            title="Wegweiser",
            slug="wegweiser",
            emergency_numbers=[("number", {"title": "Polizei", "phone": "110", "note": ""})],
        ),
    )
    return publish(
        home,
        ProcessChainIndexPage(
            title="Erste Schritte", slug="erste-schritte", intro="Ankommen in der Stadt."
        ),
    )


def _images(html):
    return re.findall(r"<img [^>]*>", html)


def test_teaser_picture_renders_responsive_with_alt_text_and_lazy_below_the_first_row(
    client, home_de
):
    _teasers(home_de, 5, _picture())
    html = client.get("/de/").content.decode()
    images = [tag for tag in _images(html) if "teaser__image" in tag]
    assert len(images) == 5
    first, last = images[0], images[-1]
    assert 'alt="Bunte Sprechblasen zu Thema 0"' in first
    assert re.search(r'srcset="[^"]+ 400w, [^"]+ 800w"', first)
    assert 'sizes="' in first
    assert re.search(r'width="\d+"', first) and re.search(r'height="\d+"', first)
    assert 'decoding="async"' in first
    assert 'loading="eager"' in first  # the first row is in view on arrival
    assert 'loading="lazy"' in last and 'alt="Bunte Sprechblasen zu Thema 4"' in last
    assert "css/home.css" in html


def test_teaser_with_a_picture_but_no_alternative_text_is_refused(home_de):
    block = TeaserBlock()
    value = block.to_python(
        {"page": home_de.pk, "title": "", "text": "", "image": _picture().pk, "image_alt": " "}
    )
    for language, message in [
        ("en", "Describe the image for people who cannot see it."),
        ("de", "Beschreiben Sie das Bild für Menschen, die es nicht sehen können."),
    ]:
        with translation.override(language):
            with pytest.raises(ValidationError) as refused:
                block.clean(value)
            errors = refused.value.block_errors
            assert set(errors) == {"image_alt"}
            assert message in str(errors["image_alt"])


def test_home_page_shows_next_events_newest_releases_help_and_first_steps(client, home_de):
    newsroom_data.newsroom(home_de)
    calendar, (upcoming, later, past) = newsroom_data.events(home_de)
    upcoming.image, upcoming.image_alt = _picture("Kalender"), "Ein Kalenderblatt"
    upcoming.save_revision().publish()
    first_steps = _help_and_first_steps(home_de)
    html = client.get("/de/").content.decode()
    assert upcoming.title in html and later.title in html
    assert past.title not in html
    assert html.index(upcoming.title) < html.index(later.title)
    assert 'alt="Ein Kalenderblatt"' in html
    # the three newest releases, newest first
    newest = [title for _slug, _date, _codes, title, _en in reversed(newsroom_data.RELEASES)]
    assert [t for t in newest if t in html] == newest
    assert html.index(newest[0]) < html.index(newest[1])
    assert 'class="emergency kern-alert' in html and 'href="tel:110"' in html
    assert first_steps.slug == "erste-schritte"
    assert 'href="/de/erste-schritte/"' in html
    assert "kern-btn kern-btn--primary" in html


def test_home_page_lists_at_most_three_events_and_three_releases(client, home_de):
    newsroom, _releases = newsroom_data.newsroom(home_de)
    calendar, _events = newsroom_data.events(home_de)
    with in_bulk():
        for n in range(4):
            NewsPageFactory(parent=newsroom, slug=f"neu-{n}", date=datetime.date(2030, 1, 1 + n))
            EventPageFactory(parent=calendar, slug=f"bald-{n}", title=f"Bald {n}")
    response = client.get("/de/")
    assert len(response.context["events"]) == 3
    assert [r.slug for r in response.context["releases"]] == ["neu-3", "neu-2", "neu-1"]


def test_home_page_without_first_steps_or_signpost_shows_neither(client, home_de):
    response = client.get("/de/")
    assert response.context["first_steps"] is None and response.context["help_page"] is None
    html = response.content.decode()
    assert "home-first-steps" not in html and "home-help" not in html


def test_translated_home_page_shows_translated_items_and_german_where_untranslated(client, home_de):
    newsroom_data.newsroom(home_de, ["en"])
    calendar, events = newsroom_data.events(home_de)
    translated(home_de, "en")
    translated(calendar, "en", title="Events")
    translated(events[0], "en", title="Opening of the Weeks against Racism")
    first_steps = _help_and_first_steps(home_de)
    english_steps = translated(first_steps, "en", title="First steps")
    html = client.get("/en/").content.decode()
    assert "Opening of the Weeks against Racism" in html
    # not translated: listed in German, marked as German
    assert f'lang="de" dir="ltr">{events[1].title}</a>' in html
    assert "Integration fund: applications for the coming year" in html
    assert english_steps.locale.language_code == "en"
    assert 'href="/en/erste-schritte/"' in html and "First steps" in html


@pytest.mark.parametrize("extra", [0, 30])
def test_home_page_with_pictures_queries_are_bounded(
    client, home_de, page_cache_off, django_assert_max_num_queries, extra
):
    picture = _picture()
    _teasers(home_de, 1 + extra, picture)  # before the home page's translation is made
    newsroom, _releases = newsroom_data.newsroom(home_de, ["en"])
    calendar, _events = newsroom_data.events(home_de, ["en"])
    _help_and_first_steps(home_de)
    with in_bulk():
        for n in range(extra):
            NewsPageFactory(parent=newsroom, slug=f"extra-news-{n}")
            EventPageFactory(
                parent=calendar,
                slug=f"extra-event-{n}",
                image=picture,
                image_alt="Ein Kalenderblatt",
                starts_at=timezone.now() + datetime.timedelta(days=1 + n),
            )
    for path in ("/de/", "/en/"):  # the same site in German and English: built once
        client.get(path)  # renditions are made on the first view, per-process caches warmed
        with django_assert_max_num_queries(28):
            response = client.get(path)
        assert response.status_code == 200
        assert response.content.decode().count("teaser__image") == 1 + extra, path
