"""The demo's pictures: the project's own drawings, drawn in code, stored once."""

import io

import pytest
from PIL import Image
from wagtail.images import get_image_model

from home.demo.pictures import (
    DRAWINGS,
    EVENTS,
    FORUM,
    HEIGHT,
    PICTURES,
    TEASERS,
    WIDTH,
    demo_image,
    draw_png,
)
from tests.support.marks import database_independent


@database_independent
def test_every_picture_is_our_own_drawing_with_a_german_alternative_text():
    assert 6 <= len(PICTURES) <= 8
    for key, spec in PICTURES.items():
        assert spec["made_by"] == "project", key
        assert spec["drawing"] in DRAWINGS, key
        assert spec["title"].startswith("Eigene Zeichnung"), key
        assert spec["alt"].startswith("Zeichnung:") and len(spec["alt"]) > 30, key
    assert {*TEASERS.values(), *EVENTS.values(), FORUM} <= set(PICTURES)


@database_independent
@pytest.mark.parametrize("drawing", sorted(DRAWINGS))
def test_a_drawing_comes_out_the_same_every_time(drawing):
    first = draw_png(drawing)
    assert first == draw_png(drawing)
    assert Image.open(io.BytesIO(first)).size == (WIDTH, HEIGHT)


@pytest.mark.django_db
def test_a_picture_is_stored_once_and_found_again_by_its_title():
    # A worker that served the demo's tests holds its pictures already: start without.
    get_image_model().objects.filter(title=PICTURES["calendar"]["title"]).delete()
    image, created = demo_image("calendar")
    again, created_again = demo_image("calendar")
    assert created and not created_again and again.pk == image.pk
    assert get_image_model().objects.filter(title=PICTURES["calendar"]["title"]).count() == 1
    assert (image.width, image.height) == (WIDTH, HEIGHT)
    assert image.description == PICTURES["calendar"]["alt"]
