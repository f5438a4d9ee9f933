"""File-like URLs beneath a page: …/measures.json and .csv, …/chain.json, …/calendar.ics,
…/contact.vcf, …/rss.xml and …/atom.xml, the monitoring's …/datapackage.json, an
indicator's …/data.csv and …/data.json, and a prioritisation's …/results.csv and .json.

Wagtail only serves paths that end in a slash and contain no dot, so these are
handed to Wagtail's own page serving with the slash added; the page's routes
answer them, with every serving hook (view restrictions, caching) applied.
"""

from django.urls import path, re_path
from wagtail import views as wagtail_views

from integration_pages.concept.progress_report import progress_report


def serve_file_route(request, path):
    return wagtail_views.serve(request, f"{path}/")


urlpatterns = [
    # A measure's contact writes to its progress log through the reminder's link.
    path(
        "progress-report/<str:token>/",
        progress_report,
        name="integration_pages_progress_report",
    ),
    re_path(
        r"^(?P<path>(?:[\w\-]+/)+(?:measures\.(?:json|csv)|chain\.json|calendar\.ics|contact\.vcf"
        r"|rss\.xml|atom\.xml|datapackage\.json|data\.(?:csv|json)"
        r"|results\.(?:csv|json)))$",
        serve_file_route,
        name="integration_pages_file_route",
    ),
]
