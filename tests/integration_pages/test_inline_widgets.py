"""The public forms' choice widgets render their options inline (integration_pages/
templates/integration_pages/widgets/), not one included template per option: the HTML is
Django's own, byte for byte, for every kind of choice and state."""

import pytest
from django import forms

from integration_pages.core.filters import NamesSelect
from integration_pages.templatetags.integration_tags import inline_widget, kern_control


class Choices(forms.Form):
    plain = forms.ChoiceField(choices=[("", "alle"), ("x", "Äx & <b>"), ("y", "Y")])
    grouped = forms.ChoiceField(choices=[("Gruppe", [("1", "eins"), ("2", "zwei")]), ("3", "drei")])
    names = forms.ChoiceField(choices=[("", "alle"), ("ar", "العربية")], widget=NamesSelect)
    radio = forms.ChoiceField(
        choices=[("", "alle"), ("x", "X"), ("y", "Y")], widget=forms.RadioSelect
    )
    boxes = forms.MultipleChoiceField(
        choices=[("x", "X"), ("y", "Y"), ("z", "Z")], widget=forms.CheckboxSelectMultiple
    )
    multiple = forms.MultipleChoiceField(choices=[("x", "X"), ("y", "Y")])


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"plain": "x", "grouped": "2", "names": "ar", "radio": "y", "boxes": ["x", "z"]},
        {"plain": "nonsense", "radio": "<script>", "boxes": ["q"], "multiple": ["x", "y"]},
    ],
)
def test_inline_options_are_djangos_html_byte_for_byte(data):
    form = Choices(data or None)
    for name in form.fields:
        field = form[name]
        widget = inline_widget(field.field.widget)
        stock = field.as_widget(attrs={"class": "k"})
        assert field.as_widget(widget=widget, attrs={"class": "k"}) == stock, name


def test_the_kern_filter_uses_the_inline_templates_where_the_widget_is_djangos():
    form = Choices()
    assert inline_widget(form.fields["plain"].widget).template_name.startswith("integration_pages/")
    assert inline_widget(form.fields["radio"].widget).template_name.startswith("integration_pages/")
    # SelectMultiple uses select.html too; a widget with templates of its own keeps them.
    custom = forms.Select()
    custom.template_name = "somewhere/own.html"
    assert inline_widget(custom) is custom
    assert 'class="kern-form-input__select"' in kern_control(form["plain"])
