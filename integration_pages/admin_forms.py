"""Page forms whose lists offer what belongs to the page: its own language and concept.

Snippets are translatable: every field of action, organisation and contact exists once
per language, and two sites share the snippet tables. A plain form listed every copy (77
fields of action, 280 organisations, the English copy first) and built all those options
for each edit. Here each list of a translatable model offers only the page's language,
and fields of action only those of the concept the page belongs to. What is chosen
already always stays in the list, so nothing stored is dropped by saving.
"""

from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin


def _chosen_pks(value):
    """Primary keys of a field's initial value: one object or key, a list or a queryset."""
    if value is None or value == "":
        return []
    if hasattr(value, "values_list"):  # a queryset of the chosen objects
        return list(value.values_list("pk", flat=True))
    if not isinstance(value, list | tuple | set):
        value = [value]
    return [getattr(item, "pk", item) for item in value]


class LocalisedChoicesPageForm(WagtailAdminPageForm):
    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        page = self.instance if self.instance.pk else parent_page
        if page is None:
            return
        locale_id = self.instance.locale_id or page.locale_id
        ancestors = Page.objects.ancestor_of(page, inclusive=True)
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            model = getattr(queryset, "model", None)
            if model is None or issubclass(model, Page) or not issubclass(model, TranslatableMixin):
                continue
            wanted = Q(locale_id=locale_id)
            # By translation key: a translated field of action may still point at the
            # German concept page, and a translated measure sits under its translation.
            of_concept = Q(concept__translation_key__in=ancestors.values("translation_key"))
            if hasattr(model, "concept_id") and model.objects.filter(of_concept).exists():
                wanted &= of_concept
            chosen = Q(pk__in=_chosen_pks(self.initial.get(name)))
            field.queryset = queryset.filter(wanted | chosen)
