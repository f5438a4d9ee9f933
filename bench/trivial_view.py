"""The project's URLs plus /bench/trivial/: a small response from a view that reads
nothing, the ceiling a page-cache hit is held against (bench/cached_settings.py)."""

from django.http import HttpResponse
from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns


def trivial(request):
    response = HttpResponse(b"ok\n", content_type="text/plain; charset=utf-8")
    # Never kept by a cache in front either: each request must reach Django.
    response["Cache-Control"] = "no-store"
    return response


urlpatterns = [path("bench/trivial/", trivial), *site_urlpatterns]
