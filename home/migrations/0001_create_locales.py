"""Create the content locales; nobody should have to click them into the admin."""

from django.db import migrations

# Frozen here on purpose: a migration must not change when settings change.
LOCALES = ["de", "en", "ar", "fa", "uk", "ru", "tr"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LOCALES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0054_initial_locale")]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
