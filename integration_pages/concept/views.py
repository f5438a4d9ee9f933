"""What the concept page serves beneath its URL: the measure list and the open data.

Every view loads a fixed number of queries: relations are fetched in bulk and
matched in memory, never per measure.
"""

from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Page

from integration_pages.concept import open_data
from integration_pages.concept.filters import MeasureFilterSet, measure_years
from integration_pages.concept.goals import GoalPage
from integration_pages.concept.measures import MeasurePage
from integration_pages.core.entries import kept_entries, render_entries
from integration_pages.core.localize import linked_in_language, localize, localized_by_key
from integration_pages.core.pagination import paginate
from integration_pages.core.privacy import kept_for_visitors, visible
from integration_pages.core.translation_states import mark_text_language
from snippets.models import Organisation

PAGE_SIZE = 20
MEASURE_ENTRY = "integration_pages/includes/measure_entry.html"


def concept_measures(concept, request):
    """The concept's measures the visitor may see: lists, counts, filter options and
    exports all start from here."""
    return visible(MeasurePage.objects.descendant_of(concept.tree_root()), request).order_by("path")


def units_of(measures):
    """Stored unit id → that unit in the reader's language, for these measures, in one query."""
    used = Organisation.objects.filter(Exists(measures.filter(responsible_unit=OuterRef("pk"))))
    return {
        stored.pk: shown for stored, shown in linked_in_language(Organisation, used, get_language())
    }


def with_relations(concept, measures, *, fields, units, partners=False, goals=False):
    """Attach the reader's versions of fields of action, units and partners to each measure."""
    fields_by_key = {f.translation_key: f for f in fields}
    partners_by_key = {}
    if partners:
        partners_by_key = localized_by_key(
            Organisation, [p for m in measures for p in m.partners.all()], get_language()
        )
    goal_titles = {}
    if goals:
        goal_titles = dict(
            GoalPage.objects.descendant_of(concept.tree_root()).values_list("path", "title")
        )
    for measure in measures:
        measure.fields = [
            fields_by_key.get(f.translation_key, f) for f in measure.action_fields.all()
        ]
        measure.unit = units.get(measure.responsible_unit_id)
        measure.partner_list = (
            [localize(p, partners_by_key) for p in measure.partners.all()] if partners else []
        )
        measure.goal_title = goal_titles.get(measure.path[: -Page.steplen], "")
    return measures


def filter_options(concept, measures):
    """(units, fields of action, years) the measure list filters by, in the reader's
    language."""
    return units_of(measures), concept.localized_action_fields(), measure_years(measures)


def measure_list(concept, request):
    measures = concept_measures(concept, request)
    # The same for every anonymous visitor until something is published or a unit renamed.
    key = ("measure-filters", concept.pk, get_language())
    units, fields, years = kept_for_visitors(
        request, key, lambda: filter_options(concept, measures)
    )
    filterset = MeasureFilterSet(
        request.GET,
        measures,
        fields=fields,
        units=sorted(((pk, unit.name) for pk, unit in units.items()), key=lambda u: u[1]),
        years=years,
    )
    pages = paginate(request, filterset.qs.values_list("pk", flat=True), PAGE_SIZE)
    page_obj = pages["page_obj"]
    # Each measure's entry is the same for every visitor: kept (core.entries).
    page_obj.object_list = kept_entries(
        request,
        "measure-entry",
        concept.pk,
        list(page_obj.object_list),
        lambda pks: measure_entries(concept, request, pks, fields, units),
    )
    context = concept.get_base_context(request)
    context.update({"form": filterset.form, "filters": filterset.applied(), **pages})
    return TemplateResponse(request, "integration_pages/measure_list_page.html", context)


def measure_entries(concept, request, pks, fields, units):
    """{pk: HTML of its entry in the measure list} for the measures `pks`."""
    # A field's name not translated is marked as German (lang), as on the measure's page.
    mark_text_language(fields, "title", get_language())
    measures = MeasurePage.objects.filter(pk__in=pks).prefetch_related("action_fields")
    measures = with_relations(
        concept, list(measures.defer(*MeasurePage.LISTED_WITHOUT)), fields=fields, units=units
    )
    return render_entries(request, MEASURE_ENTRY, "measure", {m.pk: m for m in measures})


def _records(concept, request):
    measures = concept_measures(concept, request)
    units = units_of(measures)
    measures = list(measures.prefetch_related("action_fields", "partners"))
    fields = concept.localized_action_fields()
    with_relations(concept, measures, fields=fields, units=units, partners=True, goals=True)
    return [open_data.measure_record(m, request) for m in measures]


def measures_json(concept, request):
    return open_data.json_response(concept, _records(concept, request), request)


def measures_csv(concept, request):
    return open_data.csv_response(concept, _records(concept, request))
