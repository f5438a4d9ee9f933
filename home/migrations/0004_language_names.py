"""Names of the spoken languages in every content language the site has.

The list is editor-managed afterwards; this only saves typing 22 names six times.
Locales that do not exist are skipped, so a site with fewer languages is fine.
"""

from django.db import migrations

NAMES = {
    "en": {
        "de": "German",
        "en": "English",
        "ar": "Arabic",
        "fa": "Persian",
        "prs": "Dari",
        "ps": "Pashto",
        "tr": "Turkish",
        "kmr": "Kurmanji",
        "uk": "Ukrainian",
        "ru": "Russian",
        "pl": "Polish",
        "ro": "Romanian",
        "bg": "Bulgarian",
        "sq": "Albanian",
        "bs": "Bosnian/Croatian/Serbian",
        "ti": "Tigrinya",
        "so": "Somali",
        "fr": "French",
        "es": "Spanish",
        "pt": "Portuguese",
        "vi": "Vietnamese",
        "zh": "Chinese",
    },
    "ar": {
        "de": "الألمانية",
        "en": "الإنجليزية",
        "ar": "العربية",
        "fa": "الفارسية",
        "prs": "الدارية",
        "ps": "البشتونية",
        "tr": "التركية",
        "kmr": "الكرمانجية",
        "uk": "الأوكرانية",
        "ru": "الروسية",
        "pl": "البولندية",
        "ro": "الرومانية",
        "bg": "البلغارية",
        "sq": "الألبانية",
        "bs": "البوسنية/الكرواتية/الصربية",
        "ti": "التغرينية",
        "so": "الصومالية",
        "fr": "الفرنسية",
        "es": "الإسبانية",
        "pt": "البرتغالية",
        "vi": "الفيتنامية",
        "zh": "الصينية",
    },
    "fa": {
        "de": "آلمانی",
        "en": "انگلیسی",
        "ar": "عربی",
        "fa": "فارسی",
        "prs": "دری",
        "ps": "پشتو",
        "tr": "ترکی",
        "kmr": "کرمانجی",
        "uk": "اوکراینی",
        "ru": "روسی",
        "pl": "لهستانی",
        "ro": "رومانیایی",
        "bg": "بلغاری",
        "sq": "آلبانیایی",
        "bs": "بوسنیایی/کرواتی/صربی",
        "ti": "تیگرینیا",
        "so": "سومالیایی",
        "fr": "فرانسوی",
        "es": "اسپانیایی",
        "pt": "پرتغالی",
        "vi": "ویتنامی",
        "zh": "چینی",
    },
    "uk": {
        "de": "Німецька",
        "en": "Англійська",
        "ar": "Арабська",
        "fa": "Перська",
        "prs": "Дарі",
        "ps": "Пушту",
        "tr": "Турецька",
        "kmr": "Курманджі",
        "uk": "Українська",
        "ru": "Російська",
        "pl": "Польська",
        "ro": "Румунська",
        "bg": "Болгарська",
        "sq": "Албанська",
        "bs": "Боснійська/хорватська/сербська",
        "ti": "Тигринья",
        "so": "Сомалі",
        "fr": "Французька",
        "es": "Іспанська",
        "pt": "Португальська",
        "vi": "В'єтнамська",
        "zh": "Китайська",
    },
    "ru": {
        "de": "Немецкий",
        "en": "Английский",
        "ar": "Арабский",
        "fa": "Персидский",
        "prs": "Дари",
        "ps": "Пушту",
        "tr": "Турецкий",
        "kmr": "Курманджи",
        "uk": "Украинский",
        "ru": "Русский",
        "pl": "Польский",
        "ro": "Румынский",
        "bg": "Болгарский",
        "sq": "Албанский",
        "bs": "Боснийский/хорватский/сербский",
        "ti": "Тигринья",
        "so": "Сомали",
        "fr": "Французский",
        "es": "Испанский",
        "pt": "Португальский",
        "vi": "Вьетнамский",
        "zh": "Китайский",
    },
    "tr": {
        "de": "Almanca",
        "en": "İngilizce",
        "ar": "Arapça",
        "fa": "Farsça",
        "prs": "Darice",
        "ps": "Peştuca",
        "tr": "Türkçe",
        "kmr": "Kurmanci",
        "uk": "Ukraynaca",
        "ru": "Rusça",
        "pl": "Lehçe",
        "ro": "Romence",
        "bg": "Bulgarca",
        "sq": "Arnavutça",
        "bs": "Boşnakça/Hırvatça/Sırpça",
        "ti": "Tigrinya",
        "so": "Somalice",
        "fr": "Fransızca",
        "es": "İspanyolca",
        "pt": "Portekizce",
        "vi": "Vietnamca",
        "zh": "Çince",
    },
}


def add_translated_names(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Language = apps.get_model("snippets", "Language")
    for locale in Locale.objects.filter(language_code__in=NAMES):
        names = NAMES[locale.language_code]
        for source in Language.objects.exclude(locale=locale).filter(code__in=names):
            if source.locale.language_code in NAMES:
                continue  # a translation made by this migration, not a source row
            Language.objects.get_or_create(
                translation_key=source.translation_key,
                locale=locale,
                defaults={
                    "code": source.code,
                    "name": names[source.code],
                    "autonym": source.autonym,
                    "sort_order": source.sort_order,
                },
            )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_page_relations"),
        ("home", "0001_create_locales"),
        ("snippets", "0005_counselling_services"),
    ]

    operations = [migrations.RunPython(add_translated_names, migrations.RunPython.noop)]
