"""When the database cannot be reached, visitors get a short 503 page, not an error.

`DatabaseUnavailableMiddleware` sits near the top of MIDDLEWARE. It answers every request
that fails on `OperationalError` or `InterfaceError` (the server is down, refuses the
connection, the SQLite file cannot be opened, the connection broke) with a static page in
German and the visitor's language and `Retry-After`, rendered without touching the
database: no context processors, no template tag that queries. The language comes from
the URL prefix (/ar/…), else the language cookie or Accept-Language, since LocaleMiddleware
may not have run.

Django turns an exception into a 500 response at the middleware or view it was raised in,
so an outer middleware never sees it raised. It is noted from `got_request_exception`,
which Django sends while it handles the exception, and the 500 response it produced is
replaced on its way out through this middleware.
"""

import logging
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 120
TEMPLATE = "503.html"
_NOTED = "_database_unavailable"
ADMIN_PREFIX = "/admin/"
UNPREFIXED = ("/api/", ADMIN_PREFIX)

# Used only if the template itself cannot be rendered.
FALLBACK = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
    "<title>Vorübergehend nicht erreichbar</title></head><body><main>"
    "<h1>Die Website ist vorübergehend nicht erreichbar</h1>"
    "<p>Bitte versuchen Sie es in einigen Minuten noch einmal.</p>"
    '<p lang="en">The site is temporarily unavailable. Please try again in a few minutes.</p>'
    "</main></body></html>"
)


def database_error(exception):
    """The database error behind `exception` (itself, its cause or context), if any."""
    seen = set()
    while exception is not None and id(exception) not in seen:
        if isinstance(exception, DATABASE_ERRORS):
            return exception
        seen.add(id(exception))
        exception = exception.__cause__ or exception.__context__
    return None


def visitor_language(request):
    """The URL's language prefix, else cookie or Accept-Language, else German."""
    return translation.get_language_from_path(
        request.path_info
    ) or translation.get_language_from_request(request, check_path=False)


def unavailable_response(request, error):
    logger.error(
        "Database unavailable, answering 503 for %s: %s", request.path, error, exc_info=error
    )
    language = visitor_language(request)
    languages = [language] if language == settings.LANGUAGE_CODE else [language, "de"]
    try:
        # Without a request: no context processor runs, so nothing reads the database.
        html = render_to_string(TEMPLATE, {"languages": languages, "retry": request.path})
    except Exception:
        logger.exception("Could not render %s", TEMPLATE)
        html = FALLBACK
    response = HttpResponse(html, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    response["Vary"] = "Accept-Language, Cookie"
    return response


@receiver(got_request_exception, dispatch_uid="cms_database_unavailable")
def note_database_error(sender, request=None, **kwargs):
    # Sent from inside Django's `except` block, so the exception is the one being handled.
    error = database_error(sys.exc_info()[1])
    if error is not None and request is not None:
        setattr(request, _NOTED, error)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        error = getattr(request, _NOTED, None)
        if error is not None and response.status_code >= 500:
            return unavailable_response(request, error)
        return response


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 of the API or the admin stands.

    For an address without a language prefix the stock middleware answers a 404 with a
    redirect to the same address under /de/, where Wagtail's page tree would answer with
    an HTML page: an API client asking for a page id that does not exist would be sent to
    /de/api/v2/pages/…/, and an editor opening a deleted page's edit form to the public
    site's "page not found" at /de/admin/…. The API and the admin live outside the
    language prefixes; their answers stand.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class AdminLanguageMiddleware:
    """The whole admin request in the editor's chosen admin language.

    Wagtail switches to it only inside its views, so what is rendered after a view has
    raised came out in the browser's language: the admin's "Error 404" for a page that no
    longer exists, the 403 for a right the editor lacks. Around the whole request here;
    the profile is the one Wagtail reads anyway (cached on the user).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(ADMIN_PREFIX) or not request.user.is_authenticated:
            return self.get_response(request)
        profile = getattr(request.user, "wagtail_userprofile", None)
        language = profile.get_preferred_language() if profile else None
        if not language:
            return self.get_response(request)
        with translation.override(language):
            return self.get_response(request)
