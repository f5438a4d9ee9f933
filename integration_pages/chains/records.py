"""A process chain's steps with everything they choose, in the reader's language.

`resolve_chain` reads the steps' stored data (no chooser lookups per step) and fetches
the organisations, languages, services, measures and following chains of all steps at
once, one query each whatever the number of steps, each in the reader's language where
translated. The newcomer view, the swimlane diagram and `chain.json` all use it.
"""

from decimal import Decimal

from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from integration_pages.chains.graph import successors
from integration_pages.concept.measures import MeasurePage
from integration_pages.core.choices import MeasureStatus
from integration_pages.core.localize import many_in_language, pages_in_language
from integration_pages.core.page_urls import PageUrls
from integration_pages.core.privacy import hidden_q, visible
from integration_pages.signpost.models import SignpostPage
from snippets.example import EXPORT_KEY, example_data
from snippets.models import CounsellingService, Language, Organisation


def _signpost_url(page, request):
    """The URL of this site's signpost in the page's language, for links to services."""
    home_path = page.path[: 2 * Page.steplen]
    signpost = visible(
        SignpostPage.objects.filter(path__startswith=home_path).only("url_path"), request
    ).first()
    return PageUrls(request, page).url(signpost.url_path) if signpost else None


def resolve_chain(page, request):
    """The chain as the templates and the JSON need it."""
    language = get_language()
    steps = page.step_data()
    ids = {name: set() for name in ("organisations", "languages", "services", "pages")}
    for step in steps:
        ids["organisations"].update([step.get("actor"), *step["participants"]])
        ids["languages"].update(step["languages"])
        ids["services"].update(step["services"])
        ids["pages"].update([*step["measures"], step.get("leads_to")])
    organisations = many_in_language(Organisation.objects.all(), ids["organisations"], language)
    languages = many_in_language(Language.objects.all(), ids["languages"], language)
    services = many_in_language(CounsellingService.objects.all(), ids["services"], language)
    shown_pages = many_in_language(
        visible(Page.objects.all(), request).only(
            "id", "title", "url_path", "translation_key", "locale", "content_type"
        ),
        ids["pages"],
        language,
    )
    statuses = dict(MeasurePage.objects.filter(pk__in=ids["pages"]).values_list("pk", "status"))
    labels = dict(MeasureStatus.choices)
    urls = PageUrls(request, page)
    signpost = _signpost_url(page, request) if services else None
    following = successors(steps)
    lanes = []
    for step in steps:
        # Stored as text by the StreamField; a missing cost is unknown, not free.
        step["cost"] = None if step.get("cost") in (None, "") else Decimal(str(step["cost"]))
        step["actor"] = organisations.get(step.get("actor"))
        step["participants"] = [
            organisations[i] for i in step["participants"] if i in organisations
        ]
        step["languages"] = [languages[i] for i in step["languages"] if i in languages]
        step["services"] = [
            {
                "service": services[i],
                "url": f"{signpost}services/{services[i].slug}/" if signpost else None,
            }
            for i in step["services"]
            if i in services
        ]
        step["measures"] = [
            {
                "page": shown_pages[i],
                "url": urls.url(shown_pages[i].url_path),
                "status": statuses.get(i),
                "status_label": labels.get(statuses.get(i), ""),
            }
            for i in step["measures"]
            if i in shown_pages
        ]
        leads_to = shown_pages.get(step.get("leads_to"))
        step["leads_to"] = (
            {"page": leads_to, "url": urls.url(leads_to.url_path)}
            if leads_to is not None and leads_to.specific_class is type(page)
            else None
        )
        step["next"] = following[step["number"]]
        if step["actor"] is not None and step["actor"] not in lanes:
            lanes.append(step["actor"])
    return {"page": page, "steps": steps, "lanes": lanes, "rtl": _rtl(language)}


def _rtl(language):
    return get_language_info(language)["bidi"]


def chain_list(index, request, chain_model):
    """The chains (`chain_model` pages) under an index page, German originals, in the
    reader's language."""
    hidden = hidden_q(request)
    originals = (
        chain_model.objects.child_of(index.german_original())
        .live()
        .exclude(hidden)
        .select_related("action_field")
        .order_by("path")
    )
    return pages_in_language(originals, get_language(), ("action_field",), hidden)


def chain_record(page, request):
    """The chain as open data: steps, actors, hand-offs and links, ids for what is chosen."""
    chain = resolve_chain(page, request)

    def organisation(org):
        if org is None:
            return None
        return {"id": org.pk, "name": org.name, EXPORT_KEY: example_data(org)}

    return {
        "chain": {
            "title": page.title,
            "language": page.locale.language_code,
            "url": page.get_full_url(request),
            "field_of_action": page.action_field.code if page.action_field_id else None,
            EXPORT_KEY: example_data(page),
        },
        "steps": [
            {
                "number": step["number"],
                "title": step["title"],
                "what_to_do": step["what_to_do"],
                "bring": step["bring"],
                "responsible": organisation(step["actor"]),
                "also_involved": [organisation(o) for o in step["participants"]],
                "handoff": step.get("handoff") or "",
                "next_steps": step["next"],
                "branches": [
                    {"if": b["condition"], "goes_to": b["goes_to"]} for b in step["branches"]
                ],
                "ends": bool(step.get("ends")),
                "continues_in": step["leads_to"]["url"] if step["leads_to"] else None,
                "waiting_days": step.get("waiting_days"),
                "duration_minutes": step.get("duration_minutes"),
                "cost_eur": None if step["cost"] is None else str(step["cost"]),
                "languages": [lang.code for lang in step["languages"]],
                "interpreter": bool(step.get("interpreter")),
                "services": [
                    {
                        "name": s["service"].name,
                        "url": s["url"],
                        EXPORT_KEY: example_data(s["service"]),
                    }
                    for s in step["services"]
                ],
                "obstacles": step["obstacles"],
                "measures": [
                    {"title": m["page"].title, "url": m["url"], "status": m["status"]}
                    for m in step["measures"]
                ],
            }
            for step in chain["steps"]
        ],
    }
