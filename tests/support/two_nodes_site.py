"""The little the two-node test (tests/cms/test_two_nodes.py) needs in its scratch
database, built by `manage.py shell` with the nodes' settings:

    python manage.py shell -c "from tests.support.two_nodes_site import build; build()"

A site on HOST with a page, two contact forms, and an administrator. The page has a draft
waiting: publishing it through a node's admin (the bulk "Publish" action publishes the
latest revision) changes its title. Prints one JSON line for the test."""

import json

from django.contrib.auth import get_user_model
from wagtail.models import Collection, Page, Site
from wagtail.rich_text import RichText

from home.models import StandardPage
from tests.support.forms_data import contact_form
from tests.support.site import add_home, in_bulk, publish

HOST = "portal.localhost"
ADMIN = ("node-admin", "node-admin-password")
PUBLISHED_TITLE = "Sprachkurse"
DRAFT_TITLE = "Sprachkurse ab Mai"


def build():
    with in_bulk():
        home = add_home("Beispielstadt", "beispielstadt")
        home.save_revision().publish()
        Site.objects.filter(is_default_site=True).update(is_default_site=False)
        Site.objects.create(
            hostname=HOST, port=80, root_page=home, is_default_site=True, site_name="Portal"
        )
        page = publish(
            home,
            StandardPage(
                title=PUBLISHED_TITLE,
                slug="sprachkurse",
                body=[("paragraph", RichText("<p>Kurse für alle.</p>"))],
            ),
        )
        page.title = DRAFT_TITLE
        page.save_revision()
        form = contact_form(home)
        # Another form for the rate limit, which counts per form.
        second_form = contact_form(home, slug="anfrage")
    get_user_model().objects.create_superuser(ADMIN[0], "admin@example.org", ADMIN[1])
    print(
        json.dumps(
            {
                "page": page.pk,
                "page_path": Page.objects.get(pk=page.pk).specific.get_url_parts()[2],
                "form": form.pk,
                "form_path": form.get_url_parts()[2],
                "second_form_path": second_form.get_url_parts()[2],
                "collection": Collection.get_first_root_node().pk,
            }
        )
    )
