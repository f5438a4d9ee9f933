"""Who may do what in the admin, proven over HTTP: status codes and database state.

Three users send the same requests: a superuser (the control: proves each request is
well-formed and would succeed), a member of the Forum board (`Forum-Vorstand`) and an
ordinary editor (Wagtail's `Editors` group: edits everywhere, publishes nothing).
The tests read one site, built once for the module (tests.support.once): a home page, the
Forum section below it (tests.support.forum_data) and another section beside it; what a
test changes is rolled back before the next.
"""

import io
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageViewRestriction

from integration_pages.models import ForumMeetingPage
from tests.support.factories import (
    GoalPageFactory,
    IntegrationConceptPageFactory,
    MeasurePageFactory,
    StandardPageFactory,
)
from tests.support.forum_admin import edit_data
from tests.support.forum_data import Forum, build_forum, translate_forum
from tests.support.marks import indexed
from tests.support.once import fresh, module_data
from tests.support.site import build_home

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("forum_permissions"), indexed]

ALLOWED, DENIED = "allowed", "denied"
USERS = ["superuser", "board", "editor"]


FORUM_PARTS = ("home", "page", "meetings", "news", "directory", "contact")


def build():
    """The site every test reads: a home page, the Forum section below it, another section
    beside it, and the three users."""
    from django.contrib.auth import get_user_model

    home = build_home()
    forum = build_forum(home)
    other = StandardPageFactory(parent=home, title="Förderung", slug="foerderung")
    other.save_revision().publish()
    model = get_user_model()
    board = model.objects.create_user("vorstand", "v@example.org", "pw")
    board.groups.add(Group.objects.get(name="Forum-Vorstand"))
    editor = model.objects.create_user("redakteur", "r@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    return SimpleNamespace(
        superuser=model.objects.create_superuser("chefin", "c@example.org", "pw"),
        board=board,
        editor=editor,
        other=other,
        **{name: getattr(forum, name) for name in FORUM_PARTS},
    )


built = module_data(build)


@pytest.fixture
def data(built):
    return fresh(built)


@pytest.fixture
def users(data):
    return {who: getattr(data, who) for who in USERS}


@pytest.fixture
def section(data):
    return Forum(**{name: getattr(data, name) for name in FORUM_PARTS})


@pytest.fixture
def pages(data, section):
    """The Forum page, one of its published meetings, the home page and a section beside
    the Forum's."""
    return {
        "forum": section.page,
        "meeting": section.upcoming,
        "home": data.home,
        "other": data.other,
    }


def _login(client, users, who):
    client.force_login(users[who])
    return client


def _outcome(allowed):
    return ALLOWED if allowed else DENIED


# Who may do what on each page: edit it, publish it, add a child page below it, delete it.
# Each names the users allowed; the others are denied. A meeting takes no child pages, so
# nobody may add one there. The board may delete a single meeting, never its whole section
# (no bulk delete); an editor cannot delete a live page, since that would unpublish it.
EVERYONE = ("superuser", "board", "editor")
NOT_BOARD = ("superuser", "editor")
NOT_EDITOR = ("superuser", "board")
SUPERUSER = ("superuser",)
NOBODY = ()
RIGHTS = {
    "forum": (EVERYONE, NOT_EDITOR, EVERYONE, SUPERUSER),
    "meeting": (EVERYONE, NOT_EDITOR, NOBODY, NOT_EDITOR),
    "home": (NOT_BOARD, SUPERUSER, NOT_BOARD, SUPERUSER),
    "other": (NOT_BOARD, SUPERUSER, NOT_BOARD, SUPERUSER),
}
# page → user → expected outcome, one matrix an action
EDIT, PUBLISH, ADD_CHILD, DELETE = (
    {
        page: {who: _outcome(who in rights[action]) for who in USERS}
        for page, rights in RIGHTS.items()
    }
    for action in range(4)
)
CHILD_TYPES = {
    "forum": ("integration_pages", "forumnewspage"),
    "meeting": ("integration_pages", "forumnewspage"),
    "home": ("home", "standardpage"),
    "other": ("home", "standardpage"),
}


def _cells(matrix):
    return [(page, who, matrix[page][who]) for page in matrix for who in USERS]


@pytest.mark.parametrize("page_key,who,expected", _cells(EDIT))
def test_open_the_edit_view(client, users, pages, page_key, who, expected):
    page = pages[page_key]
    response = _login(client, users, who).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert _outcome(response.status_code == 200) == expected
    if expected == DENIED:
        # Wagtail sends the user back to the dashboard with a "no permission" message.
        assert response.status_code in (302, 403)


@pytest.mark.parametrize("page_key,who,expected", _cells(PUBLISH))
def test_publish_a_changed_title(client, users, pages, page_key, who, expected):
    page = pages[page_key]
    new_title = f"{page.title} (geändert von {who})"
    response = _login(client, users, who).post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_data(page, new_title, True)
    )
    assert response.status_code in (200, 302, 403)
    live_title = Page.objects.get(pk=page.pk).title
    assert _outcome(live_title == new_title) == expected


def _child_post_data(app, model):
    if model == "standardpage":
        data = {"title": "Neue Seite", "slug": "neue-seite", "intro": "", "body-count": "0"}
    else:
        data = {"title": "Neue Seite", "slug": "neue-seite", "date": "2026-11-22", "lead": "Kurz."}
        data["body-count"] = "0"
    return {
        **data,
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }


@pytest.mark.parametrize("page_key,who,expected", _cells(ADD_CHILD))
def test_add_a_child_page(client, users, pages, page_key, who, expected):
    parent = pages[page_key]
    app, model = CHILD_TYPES[page_key]
    url = reverse("wagtailadmin_pages:add", args=[app, model, parent.pk])
    # Not parent.get_children(): treebeard answers from the stale numchild of a leaf.
    before = Page.objects.child_of(parent).count()
    response = _login(client, users, who).post(url, _child_post_data(app, model))
    assert response.status_code in (200, 302, 403)
    created = Page.objects.child_of(parent).filter(slug="neue-seite").exists()
    assert _outcome(created) == expected
    assert Page.objects.child_of(parent).count() == before + (1 if created else 0)


@pytest.mark.parametrize("page_key,who,expected", _cells(DELETE))
def test_delete_the_page(client, users, pages, page_key, who, expected):
    page = pages[page_key]
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    response = _login(client, users, who).post(url)
    assert response.status_code in (200, 302, 403)
    assert _outcome(not Page.objects.filter(pk=page.pk).exists()) == expected


# The board takes single pages offline, never its whole section (issue 17).
UNPUBLISH = {
    "forum": {"superuser": ALLOWED, "board": DENIED, "editor": DENIED},
    "meeting": {"superuser": ALLOWED, "board": ALLOWED, "editor": DENIED},
}


@pytest.mark.parametrize("page_key,who,expected", _cells(UNPUBLISH))
def test_unpublish_the_page_with_its_subpages(client, users, pages, page_key, who, expected):
    page = pages[page_key]
    url = reverse("wagtailadmin_pages:unpublish", args=[page.pk])
    response = _login(client, users, who).post(url, {"include_descendants": "on"})
    assert response.status_code in (200, 302, 403)
    page.refresh_from_db()
    assert _outcome(not page.live) == expected
    if page_key == "forum" and who == "board":
        # Nothing below it went offline either, and the board is told why.
        assert Page.objects.descendant_of(page).live().exists()
        assert response.status_code == 302
        followed = client.get(response["Location"], follow=True).content.decode()
        assert "Nur die Geschäftsstelle darf sie offline nehmen" in followed


def _png():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (8, 8), "#1f5f8b").save(buffer, "PNG")
    buffer.seek(0)
    buffer.name = "foto.png"
    return buffer


def _upload():
    from django.core.files.images import ImageFile

    return ImageFile(_png(), name="verwaltung.png")


UPLOAD = {
    "Forum": {"superuser": ALLOWED, "board": ALLOWED, "editor": ALLOWED},
    "Root": {"superuser": ALLOWED, "board": DENIED, "editor": ALLOWED},
}


@pytest.mark.parametrize(
    "collection_name,who,expected",
    [(c, who, UPLOAD[c][who]) for c in UPLOAD for who in USERS],
)
def test_upload_an_image_into_a_collection(client, users, collection_name, who, expected):
    collection = Collection.objects.get(name=collection_name)
    title = f"Upload {who} {collection_name}"
    response = _login(client, users, who).post(
        reverse("wagtailimages:add"),
        {"title": title, "file": _png(), "collection": collection.pk},
    )
    assert response.status_code in (200, 302, 403)
    stored = get_image_model().objects.filter(title=title, collection=collection).exists()
    assert _outcome(stored) == expected


ADMIN_AREAS = {
    "settings": ("wagtailsettings:edit", ["home", "officesettings"]),
    "users": ("wagtailusers_users:index", []),
    "groups": ("wagtailusers_groups:index", []),
    "contacts": ("wagtailsnippets_snippets_contact:list", []),
}
AREAS = {
    "settings": {"superuser": ALLOWED, "board": DENIED, "editor": DENIED},
    "users": {"superuser": ALLOWED, "board": DENIED, "editor": DENIED},
    "groups": {"superuser": ALLOWED, "board": DENIED, "editor": DENIED},
    "contacts": {"superuser": ALLOWED, "board": DENIED, "editor": DENIED},
}


@pytest.mark.parametrize(
    "area,who,expected", [(a, who, AREAS[a][who]) for a in AREAS for who in USERS]
)
def test_open_settings_users_and_snippets(client, users, area, who, expected):
    name, args = ADMIN_AREAS[area]
    response = _login(client, users, who).get(reverse(name, args=args), follow=True)
    # Denied: Wagtail answers 403 or sends the user back to the dashboard.
    sent_home = any(url == reverse("wagtailadmin_home") for url, _ in response.redirect_chain)
    assert _outcome(response.status_code == 200 and not sent_home) == expected


def test_the_board_lands_on_its_section_and_sees_no_other(client, users, pages):
    forum = pages["forum"]
    # Another section with measures, whose listing the superuser's menu offers.
    concept = IntegrationConceptPageFactory(parent=pages["home"], slug="konzept")
    MeasurePageFactory(parent=GoalPageFactory(parent=concept, slug="ziel"), slug="massnahme")
    response = _login(client, users, "board").get(reverse("wagtailadmin_home"))
    html = response.content.decode()
    assert response.status_code == 200
    assert reverse("wagtailadmin_explore", args=[forum.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[forum.pk]) in html
    # The menu offers neither snippets, settings, users nor other sections' listings,
    # all of which the superuser's menu has.
    client.force_login(users["superuser"])
    superuser_html = client.get(reverse("wagtailadmin_home")).content.decode()
    for area in ('"/admin/snippets/', '"/admin/settings/', '"/admin/users/', '"/admin/measures/'):
        assert area in superuser_html
        assert area not in html
    client.force_login(users["board"])
    explorer = client.get(reverse("wagtailadmin_explore", args=[pages["home"].pk]))
    assert explorer.status_code in (302, 403) or forum.title in explorer.content.decode()


def test_the_board_uploads_into_and_sees_only_its_collection(client, users):
    root = Collection.objects.get(depth=1)
    get_image_model().objects.create(title="Bild der Verwaltung", collection=root, file=_upload())
    board = _login(client, users, "board")
    form = board.get(reverse("wagtailimages:add")).context["form"]
    # The board chooses between its collection and the internal one inside it, nothing else.
    offered = {collection.name for collection in form.fields["collection"].queryset}
    assert offered == {"Forum", "Forum – intern"}
    forum = Collection.objects.get(name="Forum")
    board.post(
        reverse("wagtailimages:add"),
        {"title": "Sitzungsfoto", "file": _png(), "collection": forum.pk},
    )
    assert get_image_model().objects.get(title="Sitzungsfoto").collection.name == "Forum"
    listing = board.get(reverse("wagtailimages:index")).content.decode()
    assert "Sitzungsfoto" in listing
    assert "Bild der Verwaltung" not in listing


def test_the_translated_forum_section_is_the_board_s_too(client, users, section):
    english = translate_forum(section, "en")[section.page.pk]
    response = _login(client, users, "board").get(
        reverse("wagtailadmin_pages:edit", args=[english.pk])
    )
    assert response.status_code == 200


@pytest.fixture
def hidden_meetings(section):
    forum, meeting = section.page, section.upcoming

    def alongside_the_upcoming(title, slug, place, **fields):
        return forum.add_child(
            instance=ForumMeetingPage(
                title=title, slug=slug, starts_at=meeting.starts_at, place=place, **fields
            )
        )

    draft = alongside_the_upcoming("Entwurf einer Sitzung", "entwurf", "Rathaus", live=False)
    draft.save_revision()
    private = alongside_the_upcoming("Interne Vorstandssitzung", "intern", "Büro")
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return forum, draft, private


def test_anonymous_visitors_never_see_a_draft_or_a_private_meeting(client, hidden_meetings):
    forum, draft, private = hidden_meetings
    assert client.get(draft.url).status_code == 404
    private_response = client.get(private.url)
    assert private_response.status_code == 302
    assert "Interne Vorstandssitzung" not in private_response.content.decode()
    listing = client.get(forum.url).content.decode()
    calendar = client.get(f"{forum.url}calendar.ics").content.decode()
    for hidden in ("Entwurf einer Sitzung", "Interne Vorstandssitzung"):
        assert hidden not in listing
        assert hidden not in calendar
