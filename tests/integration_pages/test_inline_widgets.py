"""The public forms' choice widgets are written in Python (integration_pages.core.
choice_html), not through a template per option: the HTML is Django's own, byte for byte,
for every kind of choice and state."""

import pytest
from django import forms
from django.utils import translation

from integration_pages.core.choice_html import written_in_python
from integration_pages.core.filters import NamesSelect
from integration_pages.templatetags.integration_tags import kern_control


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
    # Years, as the measure list offers them: numbers are written as `{{ }}` writes them.
    year = forms.TypedChoiceField(choices=[("", "alle"), (2024, 2024), (12345, 12345)], coerce=int)
    flag = forms.ChoiceField(choices=[("a", "A")], widget=forms.RadioSelect(attrs={"id": "f"}))


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"plain": "x", "grouped": "2", "names": "ar", "radio": "y", "boxes": ["x", "z"]},
        {"plain": "nonsense", "radio": "<script>", "boxes": ["q"], "multiple": ["x", "y"]},
        {"year": "12345", "flag": "a", "grouped": "1"},
    ],
)
@pytest.mark.parametrize("language", ["de", "ar"])
def test_inline_options_are_djangos_html_byte_for_byte(data, language):
    form = Choices(data or None)
    with translation.override(language):
        for name in form.fields:
            field = form[name]
            widget = written_in_python(field.field.widget)
            stock = field.as_widget(attrs={"class": "k"})
            assert field.as_widget(widget=widget, attrs={"class": "k"}) == stock, name


def test_the_kern_filter_writes_the_widgets_in_python_where_their_templates_are_djangos():
    form = Choices()
    for name in ("plain", "radio", "boxes", "multiple"):
        widget = form.fields[name].widget
        assert "_render" in vars(written_in_python(widget)), name
        assert "_render" not in vars(widget), name  # the form's own widget is left alone
    # SelectMultiple uses select.html too; a widget with templates of its own keeps them.
    custom = forms.Select()
    custom.template_name = "somewhere/own.html"
    assert written_in_python(custom) is custom
    assert 'class="kern-form-input__select"' in kern_control(form["plain"])
