"""Which public pages the browser tests visit: one page of every page type (from the
demo's manifest) plus the views behind a page's sub-routes, in any language."""

from wagtail.models import Page, get_page_models

# Every concrete page type of the project; a new one is visited as soon as it exists.
PAGE_TYPES = sorted(m.__name__ for m in get_page_models() if m is not Page)
LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr"]
RTL = ("ar", "fa")


def extra_paths(manifest, language):
    """Views that are not pages of their own: filtered lists, guided steps, a service,
    a commitment, search results, legal pages and the error page."""
    of = {kind: urls[language] for kind, urls in manifest.items() if language in urls}
    concept, signpost, plan = of["IntegrationConceptPage"], of["SignpostPage"], of["ActionPlanPage"]
    home, chain = of["HomePage"], of["ProcessChainPage"]
    return {
        "measure list, filtered": f"{concept}measures/?field=1&status=in_progress",
        "measure list, page 2": f"{concept}measures/?page=2",
        "commitment": f"{plan}commitment/3/",
        "ECCAR report": f"{plan}report/?year=2024",
        "signpost, filtered": f"{signpost}?ground=racism&area=housing",
        "signpost, guided step 1": f"{signpost}guided/",
        "signpost, guided step 2": f"{signpost}guided/?ground=racism",
        "signpost, guided result": f"{signpost}guided/?ground=racism&area=any&language=any",
        "MSO directory, filtered": f"{of['MsoDirectoryPage']}?focus=culture",
        "process chain, diagram": f"{chain}process/",
        "process chain, checklist to print": f"{chain}print/",
        "search results": f"/{language}/search/?q=Integration",
        "search, nothing found": f"/{language}/search/?q=Quokkaweg",
        "impressum": f"{home}impressum/",
        "privacy statement": f"{home}datenschutz/",
        "accessibility statement": f"{home}barrierefreiheit/",
        "not found (404)": f"{home}gibt-es-nicht/",
    }


def first_service_path(page, language, manifest):
    """A counselling service's own page, as linked from the signpost's list."""
    page.goto(manifest["SignpostPage"][language])
    return page.locator("a[href*='/services/']").first.get_attribute("href")
