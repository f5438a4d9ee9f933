"""Prints, as JSON, one public URL of every page type in every language of the default
site, so the browser tests cover a page type as soon as the demo has one.

Run with the e2e settings: ``python -m tests.e2e.manifest``."""

import json
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.e2e.settings")
django.setup()

from urllib.parse import urlsplit  # noqa: E402

from wagtail.models import Page, Site  # noqa: E402


def manifest():
    site = Site.objects.get(is_default_site=True)
    roots = site.root_page.get_translations(inclusive=True)
    pages = Page.objects.none()
    for root in roots:
        pages |= Page.objects.descendant_of(root, inclusive=True)
    found = {}
    for page in pages.live().public().specific().order_by("path"):
        kind = type(page).__name__
        language = page.locale.language_code
        url = page.get_url()
        if url and language not in found.setdefault(kind, {}):
            found[kind][language] = urlsplit(url).path
    return found


if __name__ == "__main__":
    print(json.dumps(manifest(), sort_keys=True))
