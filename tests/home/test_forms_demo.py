"""The demo's forms as `load_demo` builds them on the Lübeck site: the contact, refund and
barrier forms and the office setting that points the footer at the barrier form.

Kept apart from test_forms.py, which builds its forms with each test: this checks the
demo's own content and wiring (DemoBuilder.build_site hands the barrier form to the
office settings), so it needs the demo."""

import pytest
from wagtail.models import Locale, Page

from home.models import FormPage, OfficeSettings, RefundFormPage
from tests.support.forms_data import CONTACT, FEEDBACK, REFUND
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, *demo]


def demo_page_at(url):
    """The demo page at a public URL such as /de/kontakt/ on the Lübeck site."""
    language, path = url[1:3], url[3:]
    page = Page.objects.get(url_path=f"/luebeck{path}", locale__language_code="de")
    if language != "de":
        page = page.get_translation(Locale.objects.get(language_code=language))
    return page.specific


def test_demo_builds_the_three_forms_and_points_the_footer_setting_at_the_feedback_form():
    """The demo has the contact, refund and barrier forms, mailing the office, and the
    office settings name the barrier form as the accessibility feedback page."""
    contact, refund, feedback = (
        demo_page_at(CONTACT.format("de")),
        demo_page_at(REFUND.format("de")),
        demo_page_at(FEEDBACK.format("de")),
    )
    assert isinstance(contact, FormPage) and isinstance(feedback, FormPage)
    assert isinstance(refund, RefundFormPage)
    assert {contact.to_address, refund.to_address, feedback.to_address} == {
        "integration@luebeck.de"
    }
    assert [f.clean_name for f in refund.form_fields.all()] == [
        "name", "e_mail", "zweck", "betrag_in_euro", "iban"
    ]  # fmt: skip
    office = OfficeSettings.objects.get(site__root_page__url_path="/luebeck/")
    assert office.accessibility_feedback_page_id == feedback.pk
