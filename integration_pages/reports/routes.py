"""The routes every page with a report has: the live report and the frozen ones, each
printable and as CSV and JSON (beneath the page: …/reports/, …/reports/3/data.csv)."""

import io

from django.http import Http404, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page

from integration_pages.core.spreadsheets import SafeCSVWriter


def csv_response(rows):
    out = io.StringIO()
    SafeCSVWriter(out).writerows(rows)
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Access-Control-Allow-Origin"] = "*"
    return response


def json_response(data):
    from django.core.serializers.json import DjangoJSONEncoder

    response = JsonResponse(
        data, encoder=DjangoJSONEncoder, json_dumps_params={"ensure_ascii": False, "indent": 1}
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


class FrozenReportsMixin:
    """For a RoutablePageMixin page with a report: `report_kind`, `report_template`,
    `live_report(request)` → the live report's data and `report_csv_rows(data)`."""

    report_kind = None
    report_template = None

    def frozen_reports(self):
        from integration_pages.reports.models import FrozenReport

        # Frozen on the German page; every copy lists them.
        return FrozenReport.objects.filter(
            page__translation_key=self.translation_key, kind=self.report_kind
        )

    def frozen_report(self, pk):
        found = self.frozen_reports().filter(pk=pk).first()
        if found is None:
            raise Http404
        return found

    def route_arguments(self, name):
        if name in ("frozen_report", "frozen_report_csv", "frozen_report_json"):
            return [{"pk": pk} for pk in self.frozen_reports().values_list("pk", flat=True)]
        return super().route_arguments(name)

    def render_report(self, request, data, **extra):
        context = Page.get_context(self, request)
        context.update(report=data, **extra)
        return TemplateResponse(request, self.report_template, context)

    @path("reports/", name="reports")
    def reports(self, request):
        context = Page.get_context(self, request)
        context["frozen_reports"] = list(self.frozen_reports())
        return TemplateResponse(request, "integration_pages/report_list.html", context)

    @path("reports/<int:pk>/", name="frozen_report")
    def show_frozen_report(self, request, pk):
        frozen = self.frozen_report(pk)
        return self.render_report(request, frozen.in_language(get_language()), frozen=frozen)

    @path("reports/<int:pk>/data.csv/", name="frozen_report_csv")
    def frozen_report_csv(self, request, pk):
        return csv_response(
            self.report_csv_rows(self.frozen_report(pk).in_language(get_language()))
        )

    @path("reports/<int:pk>/data.json/", name="frozen_report_json")
    def frozen_report_json(self, request, pk):
        frozen = self.frozen_report(pk)
        return json_response(
            {
                "frozen": True,
                "as_of": frozen.as_of,
                "frozen_at": frozen.frozen_at,
                "note": frozen.note,
                "report": frozen.in_language(get_language()),
            }
        )
