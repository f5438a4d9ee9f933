import functools
import json

from django import template
from django.conf import settings
from django.template.defaultfilters import floatformat
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from wagtail.contrib.routable_page.templatetags.wagtailroutablepage_tags import routablepageurl
from wagtail.models import Page

from integration_pages.core.choice_html import written_in_python
from integration_pages.core.dates import day_element
from integration_pages.core.translation_states import shows_source

register = template.Library()

# As Django's json_script: these characters cannot end the script element early.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def ld_json(data):
    """Structured data (schema.org JSON-LD) for search engines: data, never executed."""
    payload = json.dumps(data, ensure_ascii=False, default=str).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.simple_tag
def source_lang(page, field, block_id=None):
    """` lang="de" dir="ltr"` for an element showing a field of a translated page (or one
    of its stream blocks) whose text is not translated and shows the German original, so
    that screen readers read it with a German voice and right-to-left pages keep its
    order. Nothing on the German page itself or where the text is translated."""
    source = settings.LANGUAGE_CODE
    if not isinstance(page, Page) or not page.pk or get_language() == source:
        return ""
    prefix = f"{field}.{block_id}" if block_id else field
    if not shows_source(page, prefix):
        return ""
    direction = "rtl" if get_language_info(source)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', source, direction)


# KERN-UX's class for each kind of form control; a control with errors takes its error state.
_KERN_CONTROLS = {
    "select": "kern-form-input__select",
    "selectmultiple": "kern-form-input__select",
    "checkbox": "kern-form-check__checkbox",
    "checkboxselectmultiple": "kern-form-check__checkbox",
    "radioselect": "kern-form-check__radio",
}


@register.filter
def kern_control(field):
    """A form field's control rendered with the KERN design system's classes, keeping any
    class and aria attributes the form already gives it."""
    css = _KERN_CONTROLS.get(field.widget_type, "kern-form-input__input")
    if field.errors:
        css = f"{css} {css}--error"
    existing = field.field.widget.attrs.get("class")
    return field.as_widget(
        widget=written_in_python(field.field.widget),
        attrs={"class": f"{existing} {css}" if existing else css},
    )


@register.filter
def euro(value, digits="0g"):
    """An amount in euro that never breaks between number and sign and keeps its order in
    right-to-left text: `{{ cost|euro }}`, `{{ fee|euro:2 }}`."""
    if value is None or value == "":
        return ""
    return format_html(
        '<span class="amount" dir="ltr">{}\u00a0€</span>', floatformat(value, digits)
    )


@register.filter
def reminder_kind(kind):
    """What a reminder is about, in the language of the mail."""
    from integration_pages.monitoring.reminders import kind_label

    return kind_label(kind)


@register.filter
def status_label(status):
    """A measure's status code (as a report stores it) in the reader's language."""
    return _status_labels(get_language()).get(status, status)


@functools.lru_cache(maxsize=32)
def _status_labels(language):
    """The statuses' labels in `language` (the key: they are read in the active one)."""
    from integration_pages.core.choices import MeasureStatus

    return {value: str(label) for value, label in MeasureStatus.choices}


@register.filter(is_safe=True)
def language_names(languages):
    """Languages as a list reads them: "Arabisch (<span lang="ar" …>العربية</span>), …",
    each name in the reader's language with its own name where that differs."""
    return mark_safe(
        ", ".join(
            format_html(
                '{} (<span lang="{}" translate="no">{}</span>)', lang.name, lang.code, lang.autonym
            )
            if lang.autonym and lang.autonym != lang.name
            else conditional_escape(lang.name)
            for lang in languages
        )
    )


@register.filter(is_safe=True)
def day(value):
    """A date as `<time datetime="2025-03-03">3. März 2025</time>` in the reader's
    language; formatted once per date and language (integration_pages.core.dates)."""
    return day_element(value)


@register.simple_tag(takes_context=True)
def fileurl(context, page, url_name, *args, **kwargs):
    """A file-like route's address (…/data.csv, …/results.json) without the slash
    Wagtail's routes end in: integration_pages.urls serves it so, and with the slash it
    would not be found (Wagtail serves no path with a dot)."""
    return routablepageurl(context, page, url_name, *args, **kwargs).rstrip("/")
