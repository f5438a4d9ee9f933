"""Wagtail's read-only API v2: every live page, measures with their SMART fields.

Whatever a client puts into the query string, the answer is the data or a 400 with a JSON
`{"message": …}` (Wagtail's BadRequestError), never a server error. Wagtail checks most
parameters itself; `PortalPagesAPIViewSet` adds what it lets through to the database:

- control characters (NUL and the rest) in any parameter name or value: PostgreSQL
  refuses NUL in a string, SQLite's full-text search stops at it;
- `offset` and `limit` must be plain decimal numbers, `offset` of a sane size (a
  400-digit offset overflowed the database's integer);
- `locale` must be one of the site's languages, `format` one the API renders,
  `search_operator` "and" or "or", `search` of a sane length, `fields` not nested
  deeper than a parser's recursion allows;
- filters on fields (`?start_date=…`, `?annual_cost=…`) must be values of the field's
  type and range: Wagtail passes dates and amounts to the database unchecked;
- double quotes in `search` are dropped, as the site search drops them: they mean
  nothing to a word search, and an unbalanced one is a syntax error to SQLite.

Messages are in English, like Wagtail's own: API clients are programs.
"""

import math
import re
from decimal import Decimal
from types import SimpleNamespace

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from rest_framework.fields import Field
from taggit.managers import TaggableManager
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.coreutils import get_content_languages

from home.search import MAX_QUERY_LENGTH, search_terms
from integration_pages.core.translation_states import page_state

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
DIGITS = re.compile(r"[0-9]+")
MAX_OFFSET = 1_000_000_000
MAX_ID = 2**63 - 1  # the largest key any database here stores
MAX_FIELDS_DEPTH = 8
SEARCH_OPERATORS = ("and", "or")


def check_no_control_characters(params):
    for name in params:
        if CONTROL_CHARACTERS.search(name):
            raise BadRequestError("parameter names must not contain control characters")
        for value in params.getlist(name):
            if CONTROL_CHARACTERS.search(value):
                raise BadRequestError(f"{name} must not contain control characters")


def check_natural_number(params, name, maximum=None):
    """Each `name` in the query string is a plain non-negative decimal number
    (no sign, no spaces, no digits of other scripts), at most `maximum`."""
    bound = f" no larger than {maximum}" if maximum is not None else ""
    for value in params.getlist(name):
        if not DIGITS.fullmatch(value):
            raise BadRequestError(f"{name} must be a non-negative integer{bound}")
        if maximum is None:
            continue
        # Compared by length first: int() refuses numbers of more than 4300 digits.
        digits = value.lstrip("0")
        if len(digits) > len(str(maximum)) or int(digits or "0") > maximum:
            raise BadRequestError(f"{name} must be a non-negative integer{bound}")


def fields_depth(value):
    depth = deepest = 0
    for character in value:
        if character == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif character == ")":
            depth -= 1
    return deepest


def check_field_filter(field, name, value):
    """`value` is one the field can hold, so the database gets a value of its type.
    Wagtail converts booleans, integers and foreign keys itself, but passes dates,
    amounts and many-to-many keys on as typed."""
    if isinstance(field, (TaggableManager, models.BooleanField)):
        return
    target = field
    if isinstance(field, models.ForeignKey):
        target = field.target_field
    elif field.is_relation:
        # Many-to-many and reverse relations compare the related object's key.
        target = field.related_model._meta.pk
    try:
        python_value = target.to_python(value)
        if isinstance(target, (models.IntegerField, models.DecimalField, models.FloatField)):
            # Their validators hold the database's integer range and the decimal digits.
            target.run_validators(python_value)
            if isinstance(python_value, (Decimal, float)) and not math.isfinite(python_value):
                raise ValidationError("not a finite number")
    except (ValidationError, ValueError, TypeError, OverflowError) as e:
        message = f"field filter error. {value!r} is not a valid value for {name}"
        raise BadRequestError(message) from e


class WordSearchFilter(SearchFilter):
    """Wagtail's search filter, given the words of `search` without double quotes."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return super().filter_queryset(request, queryset, view)
        params = request.GET.copy()
        params["search"] = search_terms(params["search"])
        return super().filter_queryset(SimpleNamespace(GET=params), queryset, view)


class TranslationStateField(Field):
    """A page's translation state by the portal's one rule (reviewed, machine, untranslated,
    outdated), as the page's banner and the status report tell it; null for an original."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return page_state(page)


class PortalPageSerializer(PageSerializer):
    translation_state = TranslationStateField(read_only=True)


class PortalPagesAPIViewSet(PagesAPIViewSet):
    base_serializer_class = PortalPageSerializer
    # One query per page: on the detail view only, so a listing stays a few queries.
    meta_fields = [*PagesAPIViewSet.meta_fields, "translation_state"]
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "translation_state"]
    filter_backends = [
        WordSearchFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def initial(self, request, *args, **kwargs):
        # Before Wagtail and REST framework read any parameter, for every view
        # (listing, detail, find): their errors are answered by handle_exception.
        self.check_parameters(request.GET)
        super().initial(request, *args, **kwargs)

    def check_parameters(self, params):
        check_no_control_characters(params)
        check_natural_number(params, "offset", MAX_OFFSET)
        check_natural_number(params, "limit")
        if "locale" in params:
            languages = get_content_languages()
            if any(value not in languages for value in params.getlist("locale")):
                raise BadRequestError("locale must be one of: " + ", ".join(languages))
        if "format" in params:
            formats = {renderer.format for renderer in self.renderer_classes}
            if any(value not in formats for value in params.getlist("format")):
                raise BadRequestError("format must be one of: " + ", ".join(sorted(formats)))
        if any(value not in SEARCH_OPERATORS for value in params.getlist("search_operator")):
            raise BadRequestError("search_operator must be one of: " + ", ".join(SEARCH_OPERATORS))
        if any(len(value) > MAX_QUERY_LENGTH for value in params.getlist("search")):
            raise BadRequestError(f"search must be at most {MAX_QUERY_LENGTH} characters long")
        if any(fields_depth(value) > MAX_FIELDS_DEPTH for value in params.getlist("fields")):
            raise BadRequestError(f"fields must not be nested more than {MAX_FIELDS_DEPTH} deep")

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        model = queryset.model
        filterable = set(self.get_available_fields(model, db_fields_only=True)) - {"locale"}
        for name, value in self.request.GET.items():
            if name not in filterable:
                continue
            try:
                field = model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            check_field_filter(field, name, value)

    def find_object(self, queryset, request):
        check_natural_number(request.GET, "id", MAX_ID)
        return super().find_object(queryset, request)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
