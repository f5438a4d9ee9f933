"""Django's choice widgets (select, radio buttons, checkboxes) written in Python.

Django renders each option of a choice widget through two or three included templates,
and even one template with the options inline walks them in the template language: the
signpost's five filters with their 60 options were a fifth of its rendering. These
functions write the same HTML as Django's templates, byte for byte
(tests/integration_pages/test_inline_widgets.py compares them for every kind of choice
and state), from the same context Django's widget builds.
"""

import copy

from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe


def _text(value):
    """A value as `{{ value }}` writes it: localized, then escaped unless safe."""
    return conditional_escape(localize(value))


def _attrs(attrs):
    """As django/forms/widgets/attrs.html: `True` as a bare name, `False` left out."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def select(widget):
    """django/forms/widgets/select.html with select_option.html inline."""
    parts = [f'<select name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_text(group_name)}">')
        for option in group_choices:
            parts.append(
                f'\n  <option value="{conditional_escape(option["value"])}"'
                f"{_attrs(option['attrs'])}>{_text(option['label'])}</option>\n"
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def multiple_input(widget):
    """django/forms/widgets/multiple_input.html (radio buttons, checkboxes) with
    input_option.html inline."""
    widget_id = widget["attrs"].get("id")
    css = widget["attrs"].get("class")
    parts = [
        "<div",
        f' id="{_text(widget_id)}"' if widget_id else "",
        f' class="{_text(css)}"' if css else "",
        ">",
    ]
    for group, options, _index in widget["optgroups"]:
        if group:
            parts.append(f"\n  <div><label>{_text(group)}</label>")
        for option in options:
            parts.append("<div>\n    ")
            option_id = option["attrs"].get("id")
            if option["wrap_label"]:
                parts.append(f'<label for="{_text(option_id)}">' if option_id else "<label>")
            value = option["value"]
            parts.append(
                f'<input type="{_text(option["type"])}" name="{_text(option["name"])}"'
                + (f' value="{conditional_escape(value)}"' if value is not None else "")
                + f"{_attrs(option['attrs'])}>\n"
            )
            if option["wrap_label"]:
                parts.append(f" {_text(option['label'])}</label>")
            parts.append("\n\n</div>")
        if group:
            parts.append("\n  </div>")
    parts.append("\n</div>")
    return "".join(parts)


_WRITERS = {
    "django/forms/widgets/select.html": select,
    "django/forms/widgets/radio.html": multiple_input,
    "django/forms/widgets/checkbox_select.html": multiple_input,
}
_STOCK_OPTIONS = {
    "django/forms/widgets/select_option.html",
    "django/forms/widgets/radio_option.html",
    "django/forms/widgets/checkbox_option.html",
}


def written_in_python(widget):
    """`widget`, or a copy that writes its HTML here where its templates are Django's
    (a widget with templates of its own keeps them)."""
    writer = _WRITERS.get(widget.template_name)
    if writer is None or getattr(widget, "option_template_name", None) not in _STOCK_OPTIONS:
        return widget
    widget = copy.copy(widget)
    # Widget.render hands _render the template's name and the context it built.
    widget._render = lambda _template, context, _renderer=None: mark_safe(writer(context["widget"]))
    return widget
