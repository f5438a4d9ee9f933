"""File-like URLs beneath a concept page: …/integrationskonzept/measures.json and .csv.

Wagtail only serves paths that end in a slash and contain no dot, so these are
handed to Wagtail's own page serving with the slash added; the concept page's
routes answer them, with every serving hook (view restrictions, caching) applied.
"""

from django.urls import re_path
from wagtail import views as wagtail_views


def serve_open_data(request, path):
    return wagtail_views.serve(request, f"{path}/")


urlpatterns = [
    re_path(
        r"^(?P<path>(?:[\w\-]+/)+measures\.(?:json|csv))$",
        serve_open_data,
        name="integration_pages_open_data",
    ),
]
