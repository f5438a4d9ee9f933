"""Admin forms whose lists offer what belongs to the object: its own language, site and
concept; and the checks every page form runs.

Snippets are translatable: every field of action, organisation and contact exists once
per language, and two sites share the snippet tables. A plain form listed every copy (77
fields of action, 280 organisations, the English copy first) and built all those options
for each edit. Here each list of a translatable model offers only the object's language
and site, and fields of action only those of the concept a page belongs to. What is chosen
already always stays in the list, so nothing stored is dropped by saving. Multiple
select boxes become checkbox lists, with a filter box where they are long (ChoiceList).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from modelcluster.queryset import FakeQuerySet
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin

from integration_pages.core.admin_widgets import ChoiceList, MoneyInput


def _chosen_pks(value):
    """Primary keys of a field's initial value: one object or key, a list or a queryset.

    A page opened from a draft revision (one autosave made, say) has its many-to-many
    choices as modelcluster's FakeQuerySet, whose values_list() knows no "pk": read
    one by one, as a list is."""
    if value is None or value == "":
        return []
    if isinstance(value, QuerySet):  # the chosen objects, in the database
        return list(value.values_list("pk", flat=True))
    if not isinstance(value, list | tuple | set | FakeQuerySet):
        value = [value]
    return [getattr(item, "pk", item) for item in value]


def localise_choices(form):
    """Every list of a translatable model in an admin form of a page or a translatable
    snippet offers the object's own language and site; a page's fields of action, those of
    its concept. Runs for every admin model form (installed by `localise_every_admin_form`)."""
    instance = form.instance
    if isinstance(instance, Page):
        page = instance if instance.pk else getattr(form, "parent_page", None)
        if page is None:
            return
        locale_id = instance.locale_id or page.locale_id
        ancestors = Page.objects.ancestor_of(page, inclusive=True)
        site = page.get_site()
    elif isinstance(instance, TranslatableMixin) and instance.locale_id:
        locale_id, ancestors = instance.locale_id, None
        site = getattr(instance, "site", None)  # a snippet of one site, or of every site
    else:
        return
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        model = getattr(queryset, "model", None)
        if model is None or issubclass(model, Page) or not issubclass(model, TranslatableMixin):
            continue
        wanted = Q(locale_id=locale_id)
        # By translation key: a translated field of action may still point at the
        # German concept page, and a translated measure sits under its translation.
        if ancestors is not None and hasattr(model, "concept_id"):
            of_concept = Q(concept__translation_key__in=ancestors.values("translation_key"))
            if model.objects.filter(of_concept).exists():
                wanted &= of_concept
        if site is not None and _has_field(model, "site"):
            wanted &= Q(site__isnull=True) | Q(site=site)
        if type(field.widget) is forms.SelectMultiple:  # before the queryset sets its choices
            field.widget = ChoiceList(attrs=field.widget.attrs)
        chosen = Q(pk__in=_chosen_pks(form.initial.get(name)))
        field.queryset = queryset.filter(wanted | chosen)


def _has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())


def localise_every_admin_form():
    """Wraps WagtailAdminModelForm.__init__ once (HomeConfig.ready): page and snippet forms
    alike, whichever base form a page type brings (form pages bring their own)."""
    if getattr(WagtailAdminModelForm, "portal_choices", False):
        return
    wagtail_init = WagtailAdminModelForm.__init__

    def __init__(self, *args, **kwargs):
        wagtail_init(self, *args, **kwargs)
        localise_choices(self)

    WagtailAdminModelForm.__init__ = __init__
    WagtailAdminModelForm.portal_choices = True


# Every page form of the portal ------------------------------------------------------------
#
# Wagtail has no setting for the base form of all pages: `Page.base_form_class` is set by
# wagtail.admin's `ready()`, which runs after ours, and form pages bring their own
# (WagtailAdminFormPageForm). So the checks below wrap `WagtailAdminPageForm.clean`, where
# Wagtail checks the slug, once at start-up (HomeConfig.ready); every page type's form,
# runs them after Wagtail's own.


def draft_at_slug(parent_page, slug, page):
    """The unpublished sibling of `page` under `parent_page` that has the slug, if any."""
    siblings = parent_page.get_children().filter(slug=slug, live=False)
    if page.pk:
        siblings = siblings.exclude(pk=page.pk)
    return siblings.first()


def draft_slug_message(draft, user):
    """Where the slug is taken by a draft (one autosave made of a form left behind, say):
    the draft's title, linked to its editor for an editor who may edit it."""
    title = draft.get_admin_display_title()
    if user is not None and not draft.permissions_for_user(user).can_edit():
        text = _("There is already a draft at this address: “%(title)s”. Choose another address.")
        return mark_safe(conditional_escape(text) % {"title": conditional_escape(title)})
    link = format_html(
        '<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[draft.pk]), title
    )
    text = _(
        "There is already a draft at this address: “%(title)s”. "
        "Carry on editing it or choose another address."
    )
    return mark_safe(conditional_escape(text) % {"title": link})


def explain_draft_at_slug(form, slug):
    """Wagtail says only that the slug "is already in use". Autosave makes a draft page of
    a create form after a moment, so an editor who left the form and starts the page again
    meets the draft's slug without knowing the draft exists (issue 17)."""
    if not slug or "slug" not in form._errors or form.parent_page is None:
        return
    draft = draft_at_slug(form.parent_page, slug, form.instance)
    if draft is None:
        return  # a published page: Wagtail's message stands
    # The slug passed its field's checks (it was in cleaned_data), so the errors on it
    # come from Wagtail's uniqueness check in clean(): replaced by this one.
    message = draft_slug_message(draft, getattr(form, "for_user", None))
    form._errors["slug"] = form.error_class(
        [ValidationError(message, code="slug_of_draft")], renderer=form.renderer
    )


def refuse_negative_amounts(form):
    """Amounts entered with MoneyInput are never below zero: `min` on the input alone is
    not checked, Wagtail's forms are sent with `novalidate`. Checked here, on the form,
    so the model fields (and their migrations) stay as they are."""
    minimum = MinValueValidator(0)
    for name, field in form.fields.items():
        value = form.cleaned_data.get(name)
        if isinstance(field.widget, MoneyInput) and value is not None:
            try:
                minimum(value)
            except ValidationError as error:
                form.add_error(name, error)


def check_every_page_form():
    """Wraps WagtailAdminPageForm.clean once (HomeConfig.ready)."""
    if getattr(WagtailAdminPageForm, "portal_checks", False):
        return
    wagtail_clean = WagtailAdminPageForm.clean

    def clean(self):
        slug = self.cleaned_data.get("slug")  # before Wagtail's check drops it
        cleaned_data = wagtail_clean(self)
        explain_draft_at_slug(self, slug)
        refuse_negative_amounts(self)
        return cleaned_data

    WagtailAdminPageForm.clean = clean
    WagtailAdminPageForm.portal_checks = True
