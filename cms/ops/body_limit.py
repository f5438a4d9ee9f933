"""Request bodies over the site's limit are refused before anything reads them.

Django reads a body only when asked (request.POST, .FILES, .body) and then writes every
uploaded file to disk, whatever its size: DATA_UPLOAD_MAX_MEMORY_SIZE caps only the fields
that are not files, and forms refuse a receipt only once all of it has arrived. gunicorn
has no body limit at all. The client states the body's size in Content-Length before it
sends the body, so `RequestBodyLimitMiddleware`, near the top of MIDDLEWARE, answers 413
with a page in the visitor's language (413.html) while nothing of the body is read yet.
What was typed into the form is in that unread body and cannot be shown again; the page
says so and links back to the form.

A missing or malformed Content-Length is left to Django, which then reads no body at all
(a chunked upload arrives empty).
"""

from functools import cache

from django.conf import settings
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from cms.middleware import visitor_language

# Used where the settings name no limit: a refund form's receipts (25 MiB together) and
# its fields fit, with room to spare.
DEFAULT_MAX = 40 * 1024 * 1024


@cache
def admin_prefix():
    return reverse("wagtailadmin_home")


def body_limit(path):
    """The largest body a request to `path` may have, in bytes."""
    public = getattr(settings, "REQUEST_BODY_MAX", DEFAULT_MAX)
    if path.startswith(admin_prefix()):
        return getattr(settings, "REQUEST_BODY_MAX_ADMIN", public)
    return public


def too_large(request, limit):
    language = visitor_language(request)
    with translation.override(language):
        context = {
            "language": language,
            "direction": "rtl" if translation.get_language_bidi() else "ltr",
            "limit_text": gettext("This website accepts at most %(max)s at once.")
            % {"max": filesizeformat(limit)},
            "back": request.path,
        }
        html = render_to_string("413.html", context)
    response = HttpResponse(html, status=413, content_type="text/html; charset=utf-8")
    response["Content-Language"] = language
    response["Cache-Control"] = "no-store"
    return response


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Parsed as Django parses it, so no length Django would read slips past.
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except (ValueError, TypeError):
            length = 0
        limit = body_limit(request.path_info)
        if length > limit:
            return too_large(request, limit)
        return self.get_response(request)
