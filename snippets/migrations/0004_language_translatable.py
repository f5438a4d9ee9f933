"""Languages become an editor-managed, translatable list (they were fixed codes).

Existing rows keep their ids, so organisations keep their languages; they get the
default locale, a German name and their own name (autonym).
"""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# code: (German name, autonym, position) as of this migration.
LANGUAGES = {
    "de": ("Deutsch", "Deutsch", 1),
    "en": ("Englisch", "English", 2),
    "ar": ("Arabisch", "العربية", 3),
    "fa": ("Persisch (Farsi)", "فارسی", 4),
    "prs": ("Dari", "دری", 5),
    "ps": ("Paschtu", "پښتو", 6),
    "tr": ("Türkisch", "Türkçe", 7),
    "kmr": ("Kurmandschi", "Kurmancî", 8),
    "uk": ("Ukrainisch", "Українська", 9),
    "ru": ("Russisch", "Русский", 10),
    "pl": ("Polnisch", "Polski", 11),
    "ro": ("Rumänisch", "Română", 12),
    "bg": ("Bulgarisch", "Български", 13),
    "sq": ("Albanisch", "Shqip", 14),
    "bs": ("Bosnisch/Kroatisch/Serbisch", "Bosanski/Hrvatski/Srpski", 15),
    "ti": ("Tigrinya", "ትግርኛ", 16),
    "so": ("Somali", "Soomaali", 17),
    "fr": ("Französisch", "Français", 18),
    "es": ("Spanisch", "Español", 19),
    "pt": ("Portugiesisch", "Português", 20),
    "vi": ("Vietnamesisch", "Tiếng Việt", 21),
    "zh": ("Chinesisch", "中文", 22),
}


def name_existing_languages(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Language = apps.get_model("snippets", "Language")
    default, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for language in Language.objects.all():
        name, autonym, position = LANGUAGES.get(language.code, (language.code, "", 99))
        language.name, language.autonym, language.sort_order = name, autonym, position
        language.translation_key, language.locale = uuid.uuid4(), default
        language.save()


class Migration(migrations.Migration):
    dependencies = [
        ("snippets", "0003_mso_directory"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="language",
            options={
                "ordering": ["sort_order", "name"],
                "verbose_name": "language",
                "verbose_name_plural": "languages",
            },
        ),
        migrations.AlterField(
            model_name="language",
            name="code",
            field=models.SlugField(
                help_text="ISO 639 code, e.g. 'ar'; never translated.",
                max_length=12,
                verbose_name="code",
            ),
        ),
        migrations.AddField(
            model_name="language",
            name="name",
            field=models.CharField(
                default="", help_text="As readers see it.", max_length=120, verbose_name="name"
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="language",
            name="autonym",
            field=models.CharField(
                blank=True,
                help_text="How the language names itself, e.g. 'العربية', so speakers recognise it.",
                max_length=100,
                verbose_name="own name",
            ),
        ),
        migrations.AddField(
            model_name="language",
            name="sort_order",
            field=models.PositiveSmallIntegerField(
                default=0,
                help_text="Lists are sorted by this number, then by name.",
                verbose_name="position",
            ),
        ),
        migrations.AddField(
            model_name="language",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="language",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(name_existing_languages, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="language",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="language",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="language",
            unique_together={("translation_key", "locale"), ("code", "locale")},
        ),
    ]
