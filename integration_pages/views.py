"""What the concept page serves beneath its URL: the measure list and the open data.

Every view loads a fixed number of queries: relations are fetched in bulk and
matched in memory, never per measure.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Page

from snippets.models import Organisation

from . import open_data
from .filters import MeasureFilterForm, filter_measures, measure_years
from .localize import localize, localized_by_key
from .models import GoalPage, MeasurePage

PAGE_SIZE = 20


def concept_measures(concept):
    return MeasurePage.objects.descendant_of(concept.tree_root()).live().order_by("path")


def units_of(measures):
    """Stored unit id → that unit in the reader's language, for these measures, in one query."""
    language = get_language()
    used = measures.filter(responsible_unit=OuterRef("pk"))
    if language == settings.LANGUAGE_CODE:
        return {o.pk: o for o in Organisation.objects.filter(Exists(used))}
    found = list(
        Organisation.objects.filter(
            translation_key__in=Organisation.objects.filter(Exists(used)).values("translation_key"),
            locale__language_code__in={language, settings.LANGUAGE_CODE},
        )
        .annotate(is_used=Exists(used))
        .select_related("locale")
    )
    by_key = {o.translation_key: o for o in found if o.locale.language_code == language}
    return {o.pk: by_key.get(o.translation_key, o) for o in found if o.is_used}


def with_relations(concept, measures, *, fields=None, units=None, partners=False, goals=False):
    """Attach the reader's versions of fields of action, units and partners to each measure."""
    language = get_language()
    if fields is None:
        fields = concept.localized_action_fields()
    fields_by_key = {f.translation_key: f for f in fields}
    organisations = [] if units is not None else [m.responsible_unit for m in measures]
    if partners:
        organisations += [p for m in measures for p in m.partners.all()]
    orgs_by_key = localized_by_key(Organisation, organisations, language)
    goal_titles = {}
    if goals:
        goal_titles = dict(
            GoalPage.objects.descendant_of(concept.tree_root()).values_list("path", "title")
        )
    for measure in measures:
        measure.fields = [
            fields_by_key.get(f.translation_key, f) for f in measure.action_fields.all()
        ]
        measure.unit = (
            units.get(measure.responsible_unit_id)
            if units is not None
            else localize(measure.responsible_unit, orgs_by_key)
        )
        measure.partner_list = (
            [localize(p, orgs_by_key) for p in measure.partners.all()] if partners else []
        )
        measure.goal_title = goal_titles.get(measure.path[: -Page.steplen], "")
    return measures


def measure_list(concept, request):
    measures = concept_measures(concept)
    units = units_of(measures)
    fields = concept.localized_action_fields()
    form = MeasureFilterForm(
        request.GET,
        fields=fields,
        units=sorted(
            (_UnitChoice(pk, unit.name) for pk, unit in units.items()), key=lambda u: u.name
        ),
        years=measure_years(measures),
    )
    filters = form.valid_filters()
    results = filter_measures(measures, filters)
    page_obj = Paginator(results.prefetch_related("action_fields"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    page_obj.object_list = with_relations(
        concept, list(page_obj.object_list), fields=fields, units=units
    )
    query = request.GET.copy()
    query.pop("page", None)
    context = concept.get_base_context(request)
    context.update(
        {
            "form": form,
            "filters": filters,
            "page_obj": page_obj,
            "result_count": page_obj.paginator.count,
            "querystring": query.urlencode(),
        }
    )
    return TemplateResponse(request, "integration_pages/measure_list_page.html", context)


class _UnitChoice:
    def __init__(self, pk, name):
        self.pk, self.name = pk, name


def _records(concept, request):
    measures = list(
        concept_measures(concept)
        .select_related("responsible_unit")
        .prefetch_related("action_fields", "partners")
    )
    with_relations(concept, measures, partners=True, goals=True)
    return [open_data.measure_record(m, request) for m in measures]


def measures_json(concept, request):
    return open_data.json_response(concept, _records(concept, request), request)


def measures_csv(concept, request):
    return open_data.csv_response(concept, _records(concept, request))
