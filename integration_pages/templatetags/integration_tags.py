import copy
import json

from django import template
from django.conf import settings
from django.template.defaultfilters import floatformat
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from wagtail.contrib.routable_page.templatetags.wagtailroutablepage_tags import routablepageurl
from wagtail.models import Page

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


# Django renders each option of a choice widget through two or three included templates:
# 55 options of the signpost's filters were 40 % of its rendering. These templates write
# the same HTML, byte for byte, with the options inline (tests/integration_pages/
# test_inline_widgets.py compares them with Django's).
_INLINE_TEMPLATES = {
    "django/forms/widgets/select.html": "integration_pages/widgets/select.html",
    "django/forms/widgets/radio.html": "integration_pages/widgets/multiple_input.html",
    "django/forms/widgets/checkbox_select.html": "integration_pages/widgets/multiple_input.html",
}
_STOCK_OPTIONS = {
    "django/forms/widgets/select_option.html",
    "django/forms/widgets/radio_option.html",
    "django/forms/widgets/checkbox_option.html",
}


def inline_widget(widget):
    """`widget`, or a copy that renders its options inline where its templates are Django's."""
    inline = _INLINE_TEMPLATES.get(widget.template_name)
    if inline is None or getattr(widget, "option_template_name", None) not in _STOCK_OPTIONS:
        return widget
    widget = copy.copy(widget)
    widget.template_name = inline
    return widget


@register.filter
def kern_control(field):
    """A form field's control rendered with the KERN design system's classes, keeping any
    class and aria attributes the form already gives it."""
    css = _KERN_CONTROLS.get(field.widget_type, "kern-form-input__input")
    if field.errors:
        css = f"{css} {css}--error"
    existing = field.field.widget.attrs.get("class")
    return field.as_widget(
        widget=inline_widget(field.field.widget),
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
    from integration_pages.core.choices import MeasureStatus

    return dict(MeasureStatus.choices).get(status, status)


@register.simple_tag(takes_context=True)
def fileurl(context, page, url_name, *args, **kwargs):
    """A file-like route's address (…/data.csv, …/results.json) without the slash
    Wagtail's routes end in: integration_pages.urls serves it so, and with the slash it
    would not be found (Wagtail serves no path with a dot)."""
    return routablepageurl(context, page, url_name, *args, **kwargs).rstrip("/")
