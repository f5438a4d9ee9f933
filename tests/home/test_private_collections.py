"""Documents for the office's or the board's eyes only (issue 17): the collections
"Intern – Redaktion" and "Forum – intern" (migration home/0012) are served to their
groups and answer 404 to everyone else, proven over HTTP for each role. A document in a
public collection ("Öffentlich", "Forum") stays public; one left in the root collection
is served only to the staff who manage documents there (migration home/0013). In the
admin, each group lists and chooses only the documents and images of its collections:
Presse works in "Öffentlich" (migration home/0014)."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.support.marks import indexed

pytestmark = [pytest.mark.django_db, indexed]
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
ROLES = {
    "anonymous": None,
    "presse": "Presse",
    "uebersetzung": "Übersetzung",
    "forum-vorstand": "Forum-Vorstand",
    "redaktion": "Redaktion",
}
SEES = {
    "Intern – Redaktion": {"redaktion"},
    "Forum – intern": {"forum-vorstand", "redaktion"},
    "Forum": set(ROLES),
    "Öffentlich": set(ROLES),
    "Root": {"redaktion"},  # the staff who manage documents there (presse: "Öffentlich")
}


@pytest.fixture
def documents(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return {
        name: get_document_model().objects.create(
            title=f"Papier in {name}",
            file=ContentFile(PDF, name="papier.pdf"),
            collection=Collection.objects.get(name=name, depth__lte=3),
        )
        for name in SEES
    }


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_exactly_the_documents_of_its_collections(
    client, django_user_model, documents, role
):
    if ROLES[role]:
        user = django_user_model.objects.create_user(f"rolle-{role}", password="x" * 16)
        user.groups.add(Group.objects.get(name=ROLES[role]))
        client.force_login(user)
    for name, document in documents.items():
        response = client.get(document.url)
        expected = 200 if role in SEES[name] else 404
        assert response.status_code == expected, (name, role)
        if expected == 404:
            # Not a login form: nothing tells that the address exists.
            assert "login" not in response.get("Location", "")


def test_the_board_files_internal_minutes_in_its_internal_collection(django_user_model):
    """The internal collection sits inside "Forum", so the board may upload into it."""
    from wagtail.documents import get_document_model
    from wagtail.permissions import policy_registry

    permission_policy = policy_registry.get_by_type(get_document_model())
    board = django_user_model.objects.create_user("vorstand", password="x" * 16)
    board.groups.add(Group.objects.get(name="Forum-Vorstand"))
    allowed = permission_policy.collections_user_has_permission_for(board, "add")
    assert Collection.objects.get(name="Forum – intern") in allowed
    assert Collection.objects.get(name="Intern – Redaktion") not in allowed


def test_existing_root_documents_move_to_the_public_collection(django_user_model):
    """The migration keeps an existing site's downloads public: what was in the root
    collection before is in "Öffentlich" afterwards."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("home.migrations.0013_public_documents")
    root = Collection.get_first_root_node()
    document = get_document_model().objects.create(
        title="Altes Faltblatt", file=ContentFile(PDF, name="alt.pdf"), collection=root
    )
    migration.create(apps, None)
    document.refresh_from_db()
    assert document.collection.name == "Öffentlich"
    assert Collection.objects.filter(name="Öffentlich").count() == 1


def test_uploads_start_in_the_public_collection(client, django_user_model):
    """The upload page and the single upload form preselect "Öffentlich", not the root."""
    from django.urls import reverse

    editor = django_user_model.objects.create_user("redakteurin", password="x" * 16)
    editor.groups.add(Group.objects.get(name="Redaktion"))
    client.force_login(editor)
    public = Collection.objects.get(name="Öffentlich")
    response = client.get(reverse("wagtaildocs:add_multiple"))
    assert response.status_code == 302
    assert f"collection_id={public.pk}" in response["Location"]
    page = client.get(response["Location"]).content.decode()
    assert f'<option value="{public.pk}" selected>' in page
    form = client.get(reverse("wagtaildocs:add")).content.decode()
    assert f'<option value="{public.pk}" selected>' in form
    chosen = Collection.objects.get(name="Intern – Redaktion")
    kept = client.get(reverse("wagtaildocs:add_multiple") + f"?collection_id={chosen.pk}")
    assert kept.status_code == 200


@pytest.mark.parametrize(
    ("group", "sees"),
    [
        ("Presse", {"Öffentlich"}),
        ("Forum-Vorstand", {"Forum", "Forum – intern"}),
        ("Redaktion", {"Öffentlich", "Forum", "Forum – intern", "Intern – Redaktion", "Root"}),
        ("Übersetzung", set()),
    ],
)
def test_each_group_chooses_documents_and_images_of_its_collections_only(
    django_user_model, group, sees
):
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    user = django_user_model.objects.create_user(f"wahl-{group}", password="x" * 16)
    user.groups.add(Group.objects.get(name=group))
    for model in (get_document_model(), get_image_model()):
        policy = policy_registry.get_by_type(model)
        chosen = policy.collections_user_has_any_permission_for(user, ["choose"])
        assert {c.name for c in chosen if c.name in SEES} == sees, (model, group)


def test_presse_uploads_into_the_public_collection(client, django_user_model, settings, tmp_path):
    """With one collection to add to, Wagtail's upload form files there without asking."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    settings.MEDIA_ROOT = str(tmp_path)
    press = django_user_model.objects.create_user("pressestelle", password="x" * 16)
    press.groups.add(Group.objects.get(name="Presse"))
    client.force_login(press)
    assert 'name="collection"' not in client.get(reverse("wagtaildocs:add")).content.decode()
    upload = SimpleUploadedFile("flyer.pdf", PDF, content_type="application/pdf")
    client.post(reverse("wagtaildocs:add"), {"title": "Flyer", "file": upload})
    assert get_document_model().objects.get(title="Flyer").collection.name == "Öffentlich"
