"""The ten commitments of the ECCAR action plan, the same for every member city.

They come with the plugin (reference/eccar_commitments.json) in the site's default
language, German or else English; what a city does under each is its own text, added
by its editors. A commitment that already exists under its number is left as it is.
"""

import json
import uuid
from pathlib import Path

from django.conf import settings
from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "reference" / "eccar_commitments.json"


def add_commitments(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Commitment = apps.get_model("integration_pages", "EccarCommitment")
    code = settings.LANGUAGE_CODE
    locale = (
        Locale.objects.filter(language_code=code).first()
        or Locale.objects.filter(language_code=code.split("-")[0]).first()
    )
    if locale is None:
        return  # no content language yet: the commitments can be added in the admin
    language = "de" if locale.language_code.startswith("de") else "en"
    present = set(Commitment.objects.values_list("number", flat=True))
    for item in json.loads(DATA.read_text("utf-8")):
        if item["number"] not in present:
            Commitment.objects.create(
                translation_key=uuid.uuid4(),
                locale=locale,
                number=item["number"],
                title=item["title"][language],
                aim=item["aim"][language],
            )


class Migration(migrations.Migration):
    dependencies = [
        ("integration_pages", "0011_year_and_priority_ranges"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(add_commitments, migrations.RunPython.noop)]
