"""The editorial roles at run time: press section rights and what translators may not do.

The groups `Redaktion`, `Presse` and `Übersetzung` and the workflow `Redaktionsfreigabe`
come from migration home/0008, which explains each group's rights; the workflow
`Übersetzung prüfen` for translated trees from home/0011. Newsrooms, event
calendars and resolution archives are created after migrations (by `load_demo`, an
editor or wagtail-localize, in every language), so each one gets Presse's page rights
and the approval workflow here when it is created.

Translators hold "change" on every page and snippet only to edit translations, but
Wagtail also lets "change" edit the German originals, delete unpublished pages and read
a form page's submissions (personal data). The hooks below refuse these when the user
has the right only through `Übersetzung`: German pages and snippets are Redaktion's.
"""

from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.db.models.signals import post_save
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage

from home.models import EventIndexPage, HomePage, NewsIndexPage
from integration_pages.models import ResolutionArchivePage

# The same names and rights as in migration 0008, which created the groups and workflow.
EDITORS = "Redaktion"
PRESS = "Presse"
TRANSLATORS = "Übersetzung"
WORKFLOW = "Redaktionsfreigabe"
TASK = "Freigabe durch die Redaktion"
# Migration 0011: translated trees go through Redaktion's review.
TRANSLATION_WORKFLOW = "Übersetzung prüfen"
PRESS_SECTION_MODELS = (NewsIndexPage, EventIndexPage, ResolutionArchivePage)
# Add and edit, never publish: publishing is the workflow's to do.
PRESS_PAGE_PERMISSIONS = ["add_page", "change_page"]


def grant_press_section(page):
    """Presse may add and edit in `page` and below; publishing needs Redaktion's approval."""
    group = Group.objects.filter(name=PRESS).first()
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if group is not None:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=PRESS_PAGE_PERMISSIONS
        ):
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def press_section_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_press_section(instance)


for _model in PRESS_SECTION_MODELS:
    post_save.connect(
        press_section_created, sender=_model, dispatch_uid=f"press_section_{_model.__name__}"
    )


def translated_home_created(sender, instance, created, raw=False, **kwargs):
    """A home page in another language than German roots a translated tree: its pages
    go through "Übersetzung prüfen" when a translator submits them."""
    if not created or raw or instance.locale.language_code == settings.LANGUAGE_CODE:
        return
    workflow = Workflow.objects.filter(name=TRANSLATION_WORKFLOW).first()
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page=instance, defaults={"workflow": workflow})


post_save.connect(translated_home_created, sender=HomePage, dispatch_uid="translated_home")


def _is_translator(user):
    return (
        user.is_authenticated
        and not user.is_superuser
        and user.groups.filter(name=TRANSLATORS).exists()
    )


def _rights_beyond_translation(user, page):
    """Wagtail's permission tester for `page`, counting only groups other than Übersetzung."""
    tester = page.permissions_for_user(user)
    tester.permissions = {
        codename.rsplit("_", 1)[0]
        for codename, path in GroupPagePermission.objects.filter(group__user=user)
        .exclude(group__name=TRANSLATORS)
        .values_list("permission__codename", "page__path")
        if page.path.startswith(path)
    }
    return tester


@hooks.register("before_delete_page")
def translators_do_not_delete(request, page):
    user = request.user
    if _is_translator(user) and not _rights_beyond_translation(user, page).can_delete():
        return permission_denied(request)
    return None


@hooks.register("before_bulk_action")
def translators_do_not_bulk_delete(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not _is_translator(request.user):
        return None
    for obj in objects:
        if isinstance(obj, Page) and not _rights_beyond_translation(request.user, obj).can_delete():
            return permission_denied(request)
    return None


@hooks.register("filter_form_submissions_for_user")
def translators_do_not_read_submissions(user, editable_forms):
    if not _is_translator(user):
        return editable_forms
    paths = (
        GroupPagePermission.objects.filter(group__user=user, permission__codename="change_page")
        .exclude(group__name=TRANSLATORS)
        .values_list("page__path", flat=True)
    )
    allowed = Q(pk__in=[])
    for path in paths:
        allowed |= Q(path__startswith=path)
    return editable_forms.filter(allowed)


@hooks.register("construct_page_action_menu")
def convert_to_alias_only_for_publishers(menu_items, request, context):
    # Converting a translation to an alias puts the German content live: publishing.
    page = context.get("page")
    if page is not None and not page.permissions_for_user(request.user).can_publish():
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


def _in_source_language(obj):
    locale = getattr(obj, "locale", None)
    return locale is not None and locale.language_code == settings.LANGUAGE_CODE


def _snippet_rights_beyond_translation(user, model, action):
    """Whether `user` may `action` snippets of `model` through a group other than
    Übersetzung (or a right of their own)."""
    rights = Permission.objects.filter(
        codename=get_permission_codename(action, model._meta),
        content_type=ContentType.objects.get_for_model(model),
    )
    return (
        rights.filter(group__user=user).exclude(group__name=TRANSLATORS).exists()
        or rights.filter(user=user).exists()
    )


def _translator_refused_original(request, obj, may_edit_otherwise):
    """Refuses a translator the German original `obj` unless `may_edit_otherwise(user)`:
    the right to edit it through a group other than Übersetzung, asked last (it queries)."""
    user = request.user
    if _is_translator(user) and _in_source_language(obj) and not may_edit_otherwise(user):
        return permission_denied(request)
    return None


@hooks.register("before_edit_page")
def translators_leave_german_pages(request, page):
    return _translator_refused_original(
        request, page, lambda user: _rights_beyond_translation(user, page).can_edit()
    )


@hooks.register("before_edit_snippet")
def translators_leave_german_snippets(request, instance):
    return _translator_refused_original(
        request,
        instance,
        lambda user: _snippet_rights_beyond_translation(user, type(instance), "change"),
    )
