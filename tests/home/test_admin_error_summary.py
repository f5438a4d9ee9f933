"""The admin's "could not be saved" message lists every error, each linked to its field,
also those on a tab the editor is not looking at; a slug taken by a draft (autosave makes
one of a create form left behind) says so and links to the draft (issue 17)."""

import pytest
from bs4 import BeautifulSoup
from django import forms
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.blocks.base import BlockWidget
from wagtail.test.utils.form_data import querydict_from_html

from home.admin_errors import summary_html
from integration_pages.core.admin_forms import draft_slug_message
from integration_pages.models import MeasurePage
from tests.support.factories import (
    GoalPageFactory,
    IntegrationConceptPageFactory,
    MeasurePageFactory,
)
from tests.support.forms_data import build_office_forms
from tests.support.marks import indexed

pytestmark = [pytest.mark.django_db, indexed]


def form_data(client, url, page_class, form_id):
    """What the editor's form would send unchanged. StreamFields are drawn by script, so
    their values are not in the HTML: sent empty, which the pages here allow."""
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id=form_id)
    form_class = page_class.get_edit_handler().get_form_class()
    for name, field in form_class.base_fields.items():
        if isinstance(field.widget, BlockWidget):
            data[f"{name}-count"] = "0"
    return data


def summary(response):
    """The error list at the top, and the whole page, parsed."""
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one(".messages [data-error-summary]"), soup


def text(element):
    return " ".join(element.get_text().split())


def linked(summary_element):
    """Each linked entry as (link text, target id, whole line)."""
    return [
        (text(link), link["href"][1:], text(link.parent))
        for link in summary_element.select("a[data-error-summary-link]")
    ]


def tab_of(soup, element_id):
    element = soup.find(id=element_id)
    assert element is not None, f"#{element_id} is not in the page"
    return element.find_parent(attrs={"role": "tabpanel"})["id"]


@pytest.fixture
def goal(home_de):
    """A German goal of an integration concept below a fresh home page."""
    concept = IntegrationConceptPageFactory(parent=home_de, slug="integrationskonzept")
    return GoalPageFactory(parent=concept, slug="sprache", title="Sprache und Bildung")


def test_a_page_edit_lists_the_errors_of_every_tab_with_links_to_the_fields(superuser_client, goal):
    measure = MeasurePageFactory(parent=goal, slug="sprachcafe", title="Sprachcafé")
    url = reverse("wagtailadmin_pages:edit", args=[measure.pk])
    data = form_data(superuser_client, url, MeasurePage, "page-edit-form")
    data["title"] = ""  # "Content" tab
    data["annual_cost"] = "-5"  # "SMART facts" tab
    data["slug"] = "kein slug!"  # "Promote" tab

    response = superuser_client.post(url, data)

    assert response.status_code == 200
    element, soup = summary(response)
    assert element is not None
    targets = [target for _text, target, _line in linked(element)]
    assert sorted(targets) == sorted(set(targets))  # each error once
    entries = {target: (text, line) for text, target, line in linked(element)}
    assert set(entries) >= {"id_title", "id_annual_cost", "id_slug"}
    assert "Dieses Feld ist zwingend erforderlich." in entries["id_title"][1]
    assert "größer oder gleich 0" in entries["id_annual_cost"][1]
    for target in entries:  # every link leads to something on the page
        assert soup.find(id=target) is not None, target
    tabs = {tab_of(soup, target) for target in ("id_title", "id_annual_cost", "id_slug")}
    assert len(tabs) == 3  # three tabs, one list at the top
    assert "3 Fehler" in element.get_text()
    measure.refresh_from_db()
    assert measure.title  # nothing saved


def test_a_snippet_create_lists_its_errors_with_links(superuser_client):
    url = reverse("wagtailsnippets_snippets_contact:add") + "?locale=de"
    response = superuser_client.post(url, {"name": "", "email": "keine-adresse", "locale": "de"})

    assert response.status_code == 200
    element, soup = summary(response)
    assert element is not None
    entries = {target: line for _text, target, line in linked(element)}
    assert set(entries) == {"id_name", "id_email"}
    assert "gültige E-Mail" in entries["id_email"]
    for target in entries:
        assert soup.find(id=target) is not None, target


def test_errors_of_the_whole_form_are_listed_without_a_link():
    class TwoDates(forms.Form):
        start = forms.DateField(label="Beginn")

        def clean(self):
            raise forms.ValidationError("Beginn und Ende passen nicht zusammen.")

    form = TwoDates({"start": "kein Datum"})
    assert not form.is_valid()
    element = BeautifulSoup(summary_html(form), "html.parser")
    lines = [text(item) for item in element.select("li")]
    assert len(lines) == 2
    assert lines[0] == "Beginn und Ende passen nicht zusammen."  # first, no label, no link
    assert lines[1].startswith("Beginn")  # the field's label, linked to the field
    assert [link["href"] for link in element.select("a")] == ["#id_start"]


def test_a_valid_form_gets_no_list():
    class Empty(forms.Form):
        pass

    form = Empty({})
    assert form.is_valid()
    assert summary_html(form) == ""


def add_measure(goal, slug, *, live):
    """A measure under the goal: published, or a draft as autosave leaves one."""
    measure = MeasurePage(
        title=f"Maßnahme {slug}", slug=slug, summary="Zusammenfassung.", live=False
    )
    goal.add_child(instance=measure)
    revision = measure.save_revision()
    if live:
        revision.publish()
    return measure


def create_url(goal):
    return reverse("wagtailadmin_pages:add", args=["integration_pages", "measurepage", goal.pk])


def test_a_slug_taken_by_a_draft_links_to_the_draft(superuser_client, goal):
    draft = add_measure(goal, "sprachpaten-entwurf", live=False)
    url = create_url(goal)
    data = form_data(superuser_client, url, MeasurePage, "page-edit-form")
    data["title"] = "Sprachpaten"
    data["slug"] = "sprachpaten-entwurf"

    response = superuser_client.post(url, data)

    assert response.status_code == 200
    assert MeasurePage.objects.child_of(goal).filter(slug="sprachpaten-entwurf").count() == 1
    element, soup = summary(response)
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    expected = (
        "Unter dieser Adresse gibt es schon einen Entwurf: „Maßnahme sprachpaten-entwurf“ "
        "– bearbeiten Sie ihn weiter oder wählen Sie eine andere Adresse."
    )
    # At the top, linked to the slug field and to the draft …
    (slug_line,) = [line for _text, target, line in linked(element) if target == "id_slug"]
    assert expected in slug_line
    assert element.find("a", href=edit_url) is not None
    # … and beside the field on the "Promote" tab.
    field_errors = soup.find(id="id_slug").find_parent(attrs={"data-field": True})
    assert expected in text(field_errors)
    assert field_errors.find("a", href=edit_url).get_text() == "Maßnahme sprachpaten-entwurf"


def test_a_slug_taken_by_a_published_page_keeps_wagtails_message(superuser_client, goal):
    add_measure(goal, "sprachpaten-live", live=True)
    url = create_url(goal)
    data = form_data(superuser_client, url, MeasurePage, "page-edit-form")
    data["title"] = "Sprachpaten"
    data["slug"] = "sprachpaten-live"

    response = superuser_client.post(url, data)

    element, _soup = summary(response)
    (slug_line,) = [line for _text, target, line in linked(element) if target == "id_slug"]
    assert "Entwurf" not in slug_line
    assert "sprachpaten-live" in slug_line  # Wagtail's "The slug '…' is already in use"


def test_a_draft_keeps_its_own_slug(superuser_client, goal):
    draft = add_measure(goal, "eigener-entwurf", live=False)
    url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    data = form_data(superuser_client, url, MeasurePage, "page-edit-form")

    response = superuser_client.post(url, data)

    assert response.status_code == 302  # saved as before


def test_an_editor_who_may_not_edit_the_draft_is_not_sent_there(goal, django_user_model):
    draft = add_measure(goal, "fremder-entwurf", live=False)
    reader = django_user_model.objects.create_user("leserin", "l@example.org", "pw-123456")
    reader.groups.set(Group.objects.none())
    message = str(draft_slug_message(draft, reader))
    assert "<a " not in message
    assert "Maßnahme fremder-entwurf" in message
    with_link = str(draft_slug_message(draft, None))
    assert reverse("wagtailadmin_pages:edit", args=[draft.pk]) in with_link


def test_the_summary_script_and_style_are_in_the_admin(superuser_client):
    html = superuser_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "home/admin/error-summary.js" in html
    assert "home/admin/error-summary.css" in html


def test_an_error_in_an_inline_panel_names_the_item(superuser_client, home_de):
    from home.models import FormPage

    form_page = build_office_forms(home_de, languages=())["contact"]
    url = reverse("wagtailadmin_pages:edit", args=[form_page.pk])
    data = form_data(superuser_client, url, FormPage, "page-edit-form")
    assert data["form_fields-0-label"]
    data["form_fields-0-label"] = ""
    data["action-publish"] = "1"  # a draft may leave required fields empty

    response = superuser_client.post(url, data)

    assert response.status_code == 200
    element, soup = summary(response)
    (line,) = [line for _text, target, line in linked(element) if target.startswith("id_form_")]
    assert line.startswith("Formularfeld 1 › ")
    assert soup.find(id="id_form_fields-0-label") is not None
