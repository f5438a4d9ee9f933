"""Prints, as JSON, {language: [URL, …]}: the live pages that ship hand translations
(home/demo/po_files.py) in each language they are translated into, with the signpost's
guided steps and every counselling service's page. Left out: the goal pages (they list
measures, whose texts may stay German) and the sections whose title only is translated.
URLs are full: Lüneburg's pages are on a host of their own.

Run with the e2e settings: ``python -m tests.e2e.newcomer_manifest``."""

import json
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.e2e.settings")
django.setup()

from wagtail.models import Locale, Page  # noqa: E402

from home.demo.po_files import LANGUAGES, linked_keys, newcomer_objects, path_of  # noqa: E402
from integration_pages.models import GoalPage, SignpostPage  # noqa: E402
from snippets.models import CounsellingService  # noqa: E402

GUIDED = ["guided/", "guided/?ground=racism", "guided/?ground=racism&area=work&language=any"]


def manifest():
    found = {}
    for code in LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        urls = found.setdefault(code, [])
        for key, obj in newcomer_objects():
            if not isinstance(obj, Page) or isinstance(obj, GoalPage) or key in linked_keys():
                continue
            if not path_of(key, code).exists():
                continue
            page = obj.get_translation_or_none(locale)
            if page is None or not page.live:
                continue
            url = page.get_full_url()
            urls.append(url)
            if isinstance(obj, SignpostPage):
                urls += [url + step for step in GUIDED]
                urls += [
                    f"{url}services/{service.slug}/"
                    for service in CounsellingService.objects.filter(locale=locale)
                ]
    return found


if __name__ == "__main__":
    print(json.dumps(manifest(), sort_keys=True))
