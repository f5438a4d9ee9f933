"""A small site for the backup tests (tests/home/test_backup.py), built inside the test's
transaction in place of the demo: what a backup must carry, of every kind, a little.

`backup_site()` builds, below a new German home page served to the test client
(tests.support.site.build_home):

- the office's forms with their Arabic copies (tests.support.forms_data), the refund form
  at /de/erstattung-ehrenamt/ as in the demo, and the home page's Arabic copy at /ar/;
- a concept at /de/integrationskonzept/ with two fields of action, a goal and four
  measures (tests.support.concept_data), its measure list at
  /de/integrationskonzept/measures/;
- the Forum with its board's photo, meetings with minutes (images and documents) and its
  office contact (tests.support.forum_data);
- a contact and a counselling service translated into Arabic with wagtail-localize;
- an editor and a moderator in the groups migrations made.

Every page has at least one revision. Returns the ids of the pages built, in all
languages.
"""

from django.contrib.auth.models import Group, User
from wagtail.models import Page

from tests.support.concept_data import known_measures, make_concept, synced
from tests.support.forms_data import build_office_forms
from tests.support.forum_data import build_forum, counselling_service
from tests.support.site import build_home

ARABIC = {
    "Geschäftsstelle des Forums für Migrant:innen": "مكتب منتدى المهاجرين",
    "Antidiskriminierungsberatung Beispielstadt": "استشارات مناهضة التمييز",
    "Beratung nach Diskriminierung, vertraulich und kostenlos.": "استشارة سرية ومجانية.",
}


def backup_site():
    home = build_home()
    # An editor's change to the home page, published: its first revision.
    home.motto = "Gemeinsam in Beispielstadt – für alle"
    home.save_revision().publish()
    build_office_forms(home, languages=("ar",))
    concept, fields, units = make_concept(home, slug="integrationskonzept")
    known_measures(concept, fields, units)
    forum = build_forum(home)
    synced([forum.contact, counselling_service()], "ar", ARABIC)
    editor = User.objects.create_user("redaktion", "redaktion@example.org", "redaktion-pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    moderator = User.objects.create_user("freigabe", "freigabe@example.org", "freigabe-pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    pages = Page.objects.none()
    for root in home.get_translations(inclusive=True):
        pages |= Page.objects.descendant_of(root, inclusive=True)
    for page in pages.filter(latest_revision__isnull=True).specific():
        page.save_revision().publish()
    return set(pages.values_list("pk", flat=True))
