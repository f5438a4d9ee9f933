from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import get_language
from wagtail.models import Page
from wagtail.search import index

# A year typed into a facts field ("running since", "member since"): four digits that
# can be meant, so 20023 or 203 is refused beside the field instead of shown.
YEAR_RANGE = [MinValueValidator(1900), MaxValueValidator(2100)]

# The host project says where sections may live; any parent when it does not.
SECTION_PARENT_TYPES = getattr(settings, "INTEGRATION_PAGES_SECTION_PARENT_TYPES", None)


def page_search_fields(*searched, filtered=()):
    """The page's own search fields, then full-text search on the fields named in `searched`
    and filtering on those in `filtered`."""
    return [
        *Page.search_fields,
        *map(index.SearchField, searched),
        *map(index.FilterField, filtered),
    ]


class SectionMixin:
    """A section of the plugin (concept, signpost, Forum …): placed where the host project
    allows sections, at most once under a parent, since menus and links expect one."""

    parent_page_types = SECTION_PARENT_TYPES
    max_count_per_parent = 1


class SectionLeafMixin:
    """A page that stands where sections do (a funding programme, a resolutions archive), as
    often as the office needs one, with no pages below it."""

    parent_page_types = SECTION_PARENT_TYPES
    subpage_types = []


class GermanOriginalMixin:
    """For section pages whose lists (meetings, measures …) are kept in the German tree."""

    def german_original(self):
        """The German version of this page (itself if German or untranslated), cached.

        Only its place in the tree is used, so a plain Page is enough.
        """
        if not hasattr(self, "_german_original"):
            self._german_original = self
            # Pages are served in their own language, so the active one tells us cheaply.
            if get_language() != settings.LANGUAGE_CODE:
                self._german_original = (
                    Page.objects.filter(
                        translation_key=self.translation_key,
                        locale__language_code=settings.LANGUAGE_CODE,
                    ).first()
                    or self
                )
        return self._german_original
