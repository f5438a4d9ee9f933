"""The reminder mail: each person gets one mail with everything due for them (quiet
measures, tasks overdue or due within a week, late figures), in their language, from the
most responsible address there is; the same reminder is not sent twice within the
threshold; a contact answers through the mail's personal link, which nobody can forge."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from integration_pages.models import MeasurePage, MeasureTask, MeasureUpdate
from integration_pages.monitoring.reminders import report_token, send_all
from snippets.models import Contact, Organisation
from tests.support.factories import (
    GoalPageFactory,
    IntegrationConceptPageFactory,
    MeasurePageFactory,
)
from tests.support.monitoring_data import build_monitoring
from tests.support.site import locale

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

TODAY = datetime.date(2026, 6, 1)


def contact(name, email, language=""):
    return Contact.objects.create(locale=locale(), name=name, email=email, mail_language=language)


def published_long_ago(*pages):
    MeasurePage.objects.filter(pk__in=[p.pk for p in pages]).update(
        first_published_at=timezone.make_aware(datetime.datetime(2025, 1, 1))
    )


@pytest.fixture
def office(home_de, django_user_model):
    editor = django_user_model.objects.create_user(
        "redakteurin", email="redaktion@example.org", password="pw-1234567890"
    )
    editor.groups.add(Group.objects.get(name="Redaktion"))
    concept = IntegrationConceptPageFactory(parent=home_de, slug="konzept", quiet_after_days=90)
    goal = GoalPageFactory(parent=concept, slug="ziel")
    ana = contact("Ana Beispiel", "ana@example.org", "en")
    unit = Organisation.objects.create(
        locale=locale(), name="Jugendamt", kind="administration", email="jugendamt@example.org"
    )
    sprachcafe = MeasurePageFactory(parent=goal, slug="sprachcafe", title="Sprachcafé", contact=ana)
    lotsen = MeasurePageFactory(parent=goal, slug="lotsen", title="Lotsenprojekt", contact=ana)
    ohne = MeasurePageFactory(parent=goal, slug="ohne", title="Ohne Kontakt", responsible_unit=unit)
    fertig = MeasurePageFactory(parent=goal, slug="fertig", title="Fertig", status="implemented")
    published_long_ago(sprachcafe, lotsen, ohne, fertig)
    # Lotsenprojekt was reported on recently: not quiet
    MeasureUpdate.objects.create(
        measure=lotsen, date=TODAY - datetime.timedelta(days=10), author_name="x", note="läuft"
    )
    ben = contact("Ben Beispiel", "ben@example.org")
    MeasureTask.objects.create(
        measure=lotsen, title="Bericht", due_date=TODAY - datetime.timedelta(days=3), assignee=ben
    )
    MeasureTask.objects.create(
        measure=lotsen, title="Einladung", due_date=TODAY + datetime.timedelta(days=5)
    )
    MeasureTask.objects.create(
        measure=lotsen, title="Später", due_date=TODAY + datetime.timedelta(days=30)
    )
    MeasureTask.objects.create(
        measure=lotsen, title="Erledigt", due_date=TODAY - datetime.timedelta(days=3), done_on=TODAY
    )
    build_monitoring(home_de, indicators=1, years=range(2015, 2020))  # figures of 2019: late
    return {"sprachcafe": sprachcafe, "lotsen": lotsen, "ana": ana, "ben": ben}


def mails():
    return {m.to[0]: m for m in mail.outbox}


def test_each_person_gets_one_mail_with_everything_due_for_them(office):
    send_all(TODAY)
    sent = mails()
    # one mail per address (the demo's people, where the database holds it, get theirs)
    assert len(sent) == len(mail.outbox)
    assert set(sent) >= {
        "ana@example.org",
        "ben@example.org",
        "jugendamt@example.org",
        "redaktion@example.org",
    }
    ana = sent["ana@example.org"].body
    # quiet since its first publication; a task without assignee goes to the contact
    assert "Sprachcafé" in ana and "Einladung" in ana
    assert "Lotsenprojekt" not in ana.split("Einladung")[0].split("Sprachcafé")[-1]
    assert "Später" not in ana and "Erledigt" not in ana
    assert "Bericht" in sent["ben@example.org"].body
    assert "Ohne Kontakt" in sent["jugendamt@example.org"].body
    assert "Datensatz 1" in sent["redaktion@example.org"].body
    assert "Fertig" not in "".join(m.body for m in mail.outbox)


def test_the_mail_is_in_the_recipients_language(office):
    send_all(TODAY)
    sent = mails()
    assert sent["ana@example.org"].subject.startswith("Reminder")
    assert sent["ben@example.org"].subject.startswith("Erinnerung")


def test_the_same_reminder_is_not_sent_twice_within_the_threshold(office, time_machine):
    time_machine.move_to(datetime.datetime(2026, 6, 1, 8))
    send_all(TODAY)
    mail.outbox.clear()
    time_machine.move_to(datetime.datetime(2026, 6, 2, 8))
    send_all(TODAY + datetime.timedelta(days=1))
    assert not set(mails()) & {"ana@example.org", "ben@example.org", "jugendamt@example.org"}
    # 91 days later the measure is still quiet and the task still overdue: reminded again
    time_machine.move_to(datetime.datetime(2026, 9, 1, 8))
    send_all(datetime.date(2026, 9, 1))
    assert "Sprachcafé" in mails()["ana@example.org"].body
    assert "Bericht" in mails()["ben@example.org"].body


def test_the_command_queues_the_mails_for_the_worker(office, time_machine):
    time_machine.move_to(datetime.datetime(2026, 6, 1, 8))
    call_command("send_reminders")
    assert "ana@example.org" in mails()


def link_in(body):
    return re.search(r"http://testserver(/\S+/progress-report/\S+/)", body).group(1)


def test_a_contact_reports_progress_through_the_mails_link(client, office):
    send_all(TODAY)
    url = link_in(mails()["ana@example.org"].body)
    assert url.startswith("/en/")
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"date": "2026-06-01", "new_status": "paused", "note": "Wir machen Pause."}
    )
    assert response.status_code == 200
    entry = MeasureUpdate.objects.get(note="Wir machen Pause.")
    assert entry.author_name == "Ana Beispiel" and entry.author is None
    assert MeasurePage.objects.get(pk=entry.measure_id).status == "paused"


def test_a_forged_or_foreign_link_is_refused(client, office):
    forged = report_token(office["sprachcafe"].pk, office["ana"].pk)[:-2] + "xx"
    response = client.post(f"/de/progress-report/{forged}/", {"note": "x", "date": "2026-06-01"})
    assert response.status_code == 400
    # Ben is responsible for a task of the Lotsenprojekt, not for the Sprachcafé
    foreign = report_token(office["sprachcafe"].pk, office["ben"].pk)
    response = client.post(f"/de/progress-report/{foreign}/", {"note": "x", "date": "2026-06-01"})
    assert response.status_code == 400
    assert not MeasureUpdate.objects.filter(note="x").exists()
