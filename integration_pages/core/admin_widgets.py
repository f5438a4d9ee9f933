"""Widgets of the page editor."""

from django import forms
from django.utils.translation import gettext_lazy as _


class MoneyInput(forms.NumberInput):
    """An amount in euro: a number input (cent steps, nothing below zero) with the euro
    sign after it, outside the box, as amounts are written in German ("1.500,00 €").

    The sign is only shown; a screen reader hears "in euro" as the input's description
    (`aria-describedby`), after whatever help text and error Wagtail adds there. The
    page forms refuse negative amounts too (integration_pages.core.admin_forms), since
    Wagtail's forms are sent with `novalidate` and the browser does not check `min`.
    """

    template_name = "integration_pages/admin/money_input.html"

    def __init__(self, attrs=None):
        super().__init__({"step": "0.01", "min": "0", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        input_id = widget["attrs"].get("id")
        if input_id:
            widget["currency_id"] = f"{input_id}-currency"
            described_by = widget["attrs"].get("aria-describedby", "").split()
            widget["attrs"]["aria-describedby"] = " ".join([*described_by, widget["currency_id"]])
        widget["currency_text"] = _("in euro")
        return context

    class Media:
        css = {"all": ["integration_pages/admin/money-input.css"]}


# A list longer than this gets a filter box: 55 organisations are not picked by scrolling.
SEARCHABLE_FROM = 16


class ChoiceList(forms.CheckboxSelectMultiple):
    """The items of a many-to-many relation as a list of checkboxes (every chosen item in
    view, unlike a multiple select box, which needs Ctrl-clicks and hides what is chosen);
    with a filter box above lists of more than 15 items, which hides the unchecked items
    that do not contain what is typed. Without JavaScript the box stays hidden and the list
    works as it is."""

    template_name = "integration_pages/admin/choice_list.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["searchable"] = len(self.choices) >= SEARCHABLE_FROM
        context["widget"]["filter_label"] = _("Filter the list")
        return context

    class Media:
        css = {"all": ["integration_pages/admin/choice-list.css"]}
        js = ["integration_pages/admin/choice-list.js"]
