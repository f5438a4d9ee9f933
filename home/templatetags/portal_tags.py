"""Site chrome: language versions, navigation, legal links, translation notices.

Each tag costs a fixed number of queries, whatever the size of the site.
"""

import re

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.languages import LANGUAGE_NAMES_LOCAL, is_rtl
from home.models import HomePage, NewsPage, OfficeSettings
from home.office import amenity_features, opening_hours_specification, visitor_information
from home.search import summary_text
from integration_pages.core.page_urls import site_url
from integration_pages.core.shared_state import remembered
from integration_pages.core.translation_states import page_facts, shows_german, title_shows_source

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per content language: where that language's reader should go.

    A page without a translation links to its German original and says so,
    rather than sending the reader to a 404; a translation none of whose text is
    translated yet (integration_pages.core.translation_states.shows_german) is linked but
    marked the same way.
    """
    request, page = context.get("request"), context.get("page")
    # Computed where first shown: a header or head kept by {% keep %} (kept_tags) shows
    # them without asking for the page's translations again.
    return SimpleLazyObject(lambda: _language_versions(request, page))


def _language_versions(request, page):
    current = get_language()
    versions = []
    translations = {}
    original = None
    suffix = ""
    if isinstance(page, Page) and page.pk:
        translations = _chrome(page)["translations"]
        original = translations.get(settings.LANGUAGE_CODE, page)
        suffix = _route_suffix(request, page)
    for code, _name in settings.LANGUAGES:
        if original is not None:
            target = translations.get(code)
            url = (target or original).get_url(request)
            url = f"{url}{suffix}" if url else url
            # A copy that shows only German is there, but not a page in its language.
            available = target is not None and not target.shows_german
        else:
            url = translate_url(request.path, code) if request else f"/{code}/"
            available = True
        versions.append(
            {
                "code": code,
                "name": LANGUAGE_NAMES_LOCAL[code],
                "url": url,
                "full_url": site_url(request, url) if request and url else url,
                "available": available,
                "current": code == current,
                "rtl": is_rtl(code),
            }
        )
    return versions


def _route_suffix(request, page):
    """What a routable page serves beneath its own URL (e.g. "measures/"), kept across languages."""
    own_url = page.get_url(request) if request else None
    if not own_url or not request.path.startswith(own_url):
        return ""
    return request.path[len(own_url) :]


def _chrome(page):
    """The pages the furniture shows around `page`, in one query, kept on the page object:
    its live translations (language switcher), its ancestors (breadcrumb) and the
    home page's menu children (main navigation)."""
    if not hasattr(page, "_portal_chrome"):
        step = Page.steplen
        home_path = page.path[: 2 * step]
        ancestor_paths = [page.path[:end] for end in range(2 * step, len(page.path), step)]
        found = list(
            Page.objects.live()
            .filter(
                Q(translation_key=page.translation_key)
                | Q(path__in=ancestor_paths)
                | Q(depth=3, path__startswith=home_path, show_in_menus=True)
            )
            .select_related("locale")
            .annotate(shows_german=shows_german(), title_in_source=title_shows_source())
            .order_by("path")
        )
        page._portal_chrome = {
            "translations": {
                p.locale.language_code: p
                for p in found
                if p.translation_key == page.translation_key
            },
            "ancestors": [p for p in found if p.path in ancestor_paths],
            "menu": [
                p
                for p in found
                if p.depth == 3 and p.path.startswith(home_path) and p.show_in_menus
            ],
        }
    return page._portal_chrome


def _ancestors(page):
    """The page's live ancestors from its home page down."""
    return _chrome(page)["ancestors"]


def _localized_home(request, page=None):
    # Inside the tree the home page is the top ancestor, which the breadcrumb needs anyway.
    if isinstance(page, Page) and page.depth == 2:
        return page
    if isinstance(page, Page) and page.depth > 2:
        ancestors = _ancestors(page)
        if ancestors and ancestors[0].depth == 2:
            return ancestors[0]
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return remembered(
        request,
        ("localized-home", site.root_page_id, get_language()),
        lambda: (
            Page.objects.filter(
                translation_key=site.root_page.translation_key, locale__language_code=get_language()
            ).first()
            or site.root_page
        ),
    )


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context.get("request")
    page = context.get("page")
    home = _localized_home(request, page)
    if isinstance(page, Page) and page.depth >= 2 and home is not None:
        items = _chrome(page)["menu"]
    elif request is not None and hasattr(request, "_portal_menu"):
        # The header shows the menu twice (phone and wide screen): one query serves both.
        items = request._portal_menu
    else:
        items = (
            remembered(
                request,
                ("menu", home.pk),
                lambda: list(home.get_children().live().in_menu()),
            )
            if home
            else []
        )
        if request is not None:
            request._portal_menu = items
    current_path = page.path if isinstance(page, Page) else ""
    return {
        "home": home,
        "items": [{"page": item, "active": current_path.startswith(item.path)} for item in items],
        "request": request,
    }


def _office_pages(request):
    """The office's legal and accessible-format pages in the reader's language (German
    where untranslated), keyed by the chosen page's id; one query per request."""
    if request is None:
        return {}, None
    if not hasattr(request, "_portal_office_pages"):
        office = OfficeSettings.for_request(request)
        ids = office.legal_page_ids + office.accessible_page_ids
        # Kept per process while no page is published, moved or deleted (shared_state).
        pages = remembered(
            request, ("office-pages", tuple(ids), get_language()), lambda: _read_office_pages(ids)
        )
        request._portal_office_pages = (pages, office)
    return request._portal_office_pages


def _read_office_pages(ids):
    if not ids:
        return {}
    found = list(
        Page.objects.live().filter(
            Q(id__in=ids)
            | Q(
                translation_key__in=Page.objects.filter(id__in=ids).values("translation_key"),
                locale__language_code=get_language(),
            )
        )
    )
    originals = {p.pk: p for p in found if p.pk in ids}
    localized = {p.translation_key: p for p in found if p.pk not in ids}
    return {pk: localized.get(page.translation_key, page) for pk, page in originals.items()}


@register.inclusion_tag("includes/legal_links.html", takes_context=True)
def legal_links(context):
    """The office's legal pages in the reader's language, German where untranslated, and
    the form for reporting a barrier, named in the reader's language whatever its title."""
    request = context.get("request")
    pages, office = _office_pages(request)
    ids = office.legal_page_ids if office else []
    feedback_id = office.accessibility_feedback_page_id if office else None
    return {
        "pages": [pages[pk] for pk in ids if pk in pages and pk != feedback_id],
        "feedback": pages.get(feedback_id),
        "request": request,
    }


@register.inclusion_tag("includes/accessible_formats.html", takes_context=True)
def accessible_formats(context):
    """Links to the site in Leichte Sprache and in German Sign Language, on every page."""
    request = context.get("request")
    pages, office = _office_pages(request)
    return {
        "easy": pages.get(office.easy_language_page_id) if office else None,
        "sign": pages.get(office.sign_language_page_id) if office else None,
        "request": request,
    }


@register.simple_tag
def breadcrumb_pages(page):
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return _ancestors(page)


@register.simple_tag
def translation_notice(page):
    """What a reader of a translated page should be told, from one query
    (integration_pages.core.translation_states.page_facts): `untranslated`, `incomplete`,
    `machine`, `outdated`. Nothing on German pages."""
    if not isinstance(page, Page) or get_language() == settings.LANGUAGE_CODE:
        return {}
    facts = page_facts(page)
    return {key: facts[key] for key in ("untranslated", "incomplete", "machine", "outdated")}


def translation_incomplete(page):
    """Whether any text of the page shows in German instead of the page's language."""
    notice = translation_notice(page)
    return notice.get("incomplete", False) or notice.get("untranslated", False)


@register.simple_tag(takes_context=True)
def german_original_url(context, page):
    """The German version's address: from the translations the switcher fetched where it
    did, else kept per generation (the switcher itself may be kept, see kept_tags)."""
    request = context.get("request")
    if hasattr(page, "_portal_chrome"):
        original = page._portal_chrome["translations"].get(settings.LANGUAGE_CODE)
        return original.get_url(request) if original else None

    def read():
        original = (
            Page.objects.live()
            .filter(
                translation_key=page.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
            )
            .first()
        )
        return original.get_url(request) if original else None

    return remembered(request, ("german-original-url", page.translation_key), read)


# Open Graph wants language_TERRITORY; the territory where each language is mostly read.
OG_LOCALES = {
    "de": "de_DE",
    "en": "en_GB",
    "ar": "ar_AR",
    "fa": "fa_IR",
    "uk": "uk_UA",
    "ru": "ru_RU",
    "tr": "tr_TR",
}
# The rendition the news page shows, so the preview image costs no query of its own.
OG_IMAGE_SPEC = "width-960"


@register.filter
def og_locale(code):
    return OG_LOCALES.get(code) or f"{code}_{code.upper()}"


def canonical_url(request):
    """This address without filters or search terms; a later page of a list keeps its number."""
    url = site_url(request, request.path)
    number = request.GET.get("page", "")
    return f"{url}?page={number}" if number.isdigit() and number != "1" else url


@register.simple_tag(takes_context=True)
def page_meta(context, versions=()):
    """Title, description, address, language and image of this page for link previews
    (Open Graph), from what the page and the language switcher already loaded."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    office = OfficeSettings.for_request(request) if request else None
    site_name = [office.office_name, office.municipality] if office else []
    language = get_language()
    meta = {
        "title": (page and (page.seo_title or page.title)) or context.get("meta_title", ""),
        "description": summary_text(page) if page else context.get("meta_description", ""),
        "url": canonical_url(request) if request else "",
        "type": "website",
        "locale": og_locale(language),
        "alternates": [
            og_locale(v["code"]) for v in versions if v["available"] and v["code"] != language
        ],
        "site_name": ", ".join(part for part in site_name if part),
    }
    if isinstance(page, NewsPage):
        meta["type"] = "article"
        meta["published_time"] = page.date.isoformat()
        if page.last_published_at:
            meta["modified_time"] = page.last_published_at.isoformat()
        if page.image_id and request:
            rendition = page.image.get_rendition(OG_IMAGE_SPEC)
            meta["image"] = {
                "url": site_url(request, rendition.url),
                "width": rendition.width,
                "height": rendition.height,
                "alt": page.image_alt,
            }
    return meta


def _postal_address(text):
    """schema.org PostalAddress from the office's address lines, e.g. "Breite Straße 62 /
    23552 Lübeck"; where the last line is no German postcode and town, the text as it is."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    match = re.fullmatch(r"(?:D-)?(\d{5})\s+(.+)", lines[-1])
    if not match:
        return ", ".join(lines)
    address = {
        "@type": "PostalAddress",
        "postalCode": match.group(1),
        "addressLocality": match.group(2),
        "addressCountry": "DE",
    }
    if len(lines) > 1:
        address["streetAddress"] = ", ".join(lines[:-1])
    return address


@register.simple_tag(takes_context=True)
def office_structured_data(context):
    """The office as a schema.org GovernmentOrganization, from the site's office settings
    that every page loads for its header and footer anyway; on the home page as the
    GovernmentOffice people visit, with its opening hours and accessibility, from the
    visitor information the contact box shows."""
    request = context.get("request")
    if request is None:
        return None
    office = OfficeSettings.for_request(request)
    if not office.office_name:
        return None
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": office.office_name,
        "url": site_url(request, "/"),
    }
    if office.municipality:
        data["parentOrganization"] = {
            "@type": "GovernmentOrganization",
            "name": office.municipality,
        }
        data["areaServed"] = {"@type": "AdministrativeArea", "name": office.municipality}
    if office.email:
        data["email"] = office.email
    if office.phone:
        data["telephone"] = office.phone
    address = _postal_address(office.address)
    if address:
        data["address"] = address
    if office.logo_id:
        # The original file: the header already fetched the image, a rendition would cost more.
        data["logo"] = site_url(request, office.logo.file.url)
    if isinstance(context.get("page"), HomePage):
        info = visitor_information(request)
        data["@type"] = "GovernmentOffice"
        if hours := opening_hours_specification(info):
            data["openingHoursSpecification"] = hours
        if features := amenity_features(info):
            data["amenityFeature"] = features
    return data
