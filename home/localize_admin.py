"""wagtail-localize's admin in the admin's language, where version 1.14 writes English
outside its catalogues: the dates under translated strings and two filter labels of the
translations report; and that report in a fixed order, so its pages hold each translation
once. (Its hard-coded template texts are overridden in cms/templates,
its editor's heading by home/static/home/admin/translation-heading.js.)"""

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

PO_UPLOAD = "PO File"  # wagtail_localize/views/edit_translation.py, upload_pofile


def localize_admin_in_admin_language():
    translation_dates_in_admin_language()
    label_report_filters()
    order_the_translations_report()


def translation_dates_in_admin_language():
    """The translation editor notes under each string "Manually translated on 4 December
    2026": wagtail-localize 1.14 formats that date with `strftime("%-d %B %Y")`, which
    names the month in English whatever the admin's language (strftime follows the
    process's C locale, not Django's). The notes are rebuilt here with the same msgids,
    so upstream's catalogues still translate them, and a date Django formats in the
    active language ("4. Dezember 2026")."""
    from wagtail_localize.models import StringTranslation

    if getattr(StringTranslation, "dates_in_admin_language", False):
        return

    def get_comment(self):
        date = date_format(localtime(self.updated_at), "DATE_FORMAT")
        if self.tool_name:
            # the PO upload of the translation editor stores its English name
            tool = gettext("PO file") if self.tool_name == PO_UPLOAD else self.tool_name
            return gettext("Translated with {tool_name} on {date}").format(
                tool_name=tool, date=date
            )
        if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
            return gettext("Translated manually on {date}").format(date=date)
        if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
            return gettext("Machine translated on {date}").format(date=date)
        return None  # as upstream: a string copied from the source has no note

    StringTranslation.get_comment = get_comment
    StringTranslation.dates_in_admin_language = True


def label_report_filters():
    """The translations report's language filters have no label upstream, so
    django-filter builds "Source locale" and "Target locale" from field names."""
    from wagtail_localize.views.report import TranslationsReportFilterSet

    filters = TranslationsReportFilterSet.base_filters
    filters["source_locale"].label = _("Source language")
    filters["target_locale"].label = _("Target language")


def order_the_translations_report():
    """The translations report pages through its translations 50 at a time but in no
    order, so the database may return them in a different order for each page: a
    translator paging through it could see one translation twice and another never
    (Django warns of it). Ordered oldest first, the order SQLite happened to give."""
    from wagtail_localize.views.report import TranslationsReportView

    if getattr(TranslationsReportView, "ordered_by_creation", False):
        return
    unordered = TranslationsReportView.get_queryset

    def get_queryset(self):
        return unordered(self).order_by("created_at", "pk")

    TranslationsReportView.get_queryset = get_queryset
    TranslationsReportView.ordered_by_creation = True
