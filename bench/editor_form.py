"""What a browser would send when an editor presses "Publish" on a Wagtail page editor.

`submission(html, form_id, find_block)` reads the rendered editor: every input, select and
textarea of the form as a browser submits them (checked boxes only, a single select's
first option when none is selected, nothing from the <template>s InlinePanel clones new
children from). A StreamField is not in the HTML as inputs: Wagtail renders a
`<div data-controller="w-block">` with the value as JSON (its "form state") and the
browser's script builds the inputs from it. `block_inputs` builds the same inputs on the
server side from that JSON and the field's block, named as blocks.js names them
(`body-count`, `body-0-type`, `body-0-value-…`), so that the view reads back the value
the editor showed.

Only Django, Wagtail and BeautifulSoup (a Wagtail dependency), used by bench/admin.py in
its measuring process.
"""

import json

from bs4 import BeautifulSoup
from wagtail import blocks

SKIPPED_INPUTS = {"submit", "button", "image", "reset", "file"}


def submission(html, form_id, find_block):
    """The form's data as {name: [values]}; `find_block(name)` gives the block of a
    StreamField input name (`body`, `items-0-body`)."""
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form", id=form_id)
    if form is None:
        raise ValueError(f"No form #{form_id} in the page")
    data = {}

    def add(name, value):
        data.setdefault(name, []).append(value)

    for element in form.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        if not name or element.has_attr("disabled") or element.find_parent("template"):
            continue
        if element.name == "input":
            kind = (element.get("type") or "text").lower()
            if kind in SKIPPED_INPUTS:
                continue
            if kind in ("checkbox", "radio"):
                if element.has_attr("checked"):
                    add(name, element.get("value", "on"))
                continue
            add(name, element.get("value", ""))
        elif element.name == "textarea":
            text = element.get_text()
            # Django writes a newline after <textarea>, which browsers drop.
            add(name, text[1:] if text.startswith("\n") else text)
        else:
            options = element.find_all("option")
            chosen = [option for option in options if option.has_attr("selected")]
            if not chosen and not element.has_attr("multiple") and options:
                chosen = options[:1]
            for option in chosen:
                add(name, option.get("value", option.get_text()))
    for widget in form.find_all(attrs={"data-controller": "w-block"}):
        if widget.find_parent("template"):
            continue
        name = widget["id"]
        state = json.loads(widget["data-w-block-arguments-value"])[0]
        block_inputs(find_block(name), state, name, data)
    return data


def block_inputs(block, state, prefix, data):
    """The inputs blocks.js renders for `block` holding `state` (its get_form_state())."""
    if isinstance(block, blocks.StreamBlock):
        state = state or []
        data[f"{prefix}-count"] = [str(len(state))]
        for index, child in enumerate(state):
            here = f"{prefix}-{index}"
            data[f"{here}-type"] = [child["type"]]
            data[f"{here}-id"] = [child.get("id") or ""]
            data[f"{here}-deleted"] = [""]
            data[f"{here}-order"] = [str(index)]
            block_inputs(block.child_blocks[child["type"]], child["value"], f"{here}-value", data)
    elif isinstance(block, blocks.ListBlock):
        state = state or []
        data[f"{prefix}-count"] = [str(len(state))]
        for index, child in enumerate(state):
            here = f"{prefix}-{index}"
            if not (isinstance(child, dict) and "value" in child):
                child = {"value": child, "id": None}  # the format before Wagtail 2.16
            data[f"{here}-id"] = [child.get("id") or ""]
            data[f"{here}-deleted"] = [""]
            data[f"{here}-order"] = [str(index)]
            block_inputs(block.child_block, child["value"], f"{here}-value", data)
    elif isinstance(block, blocks.StructBlock):
        state = state or {}
        for name, child in block.child_blocks.items():
            block_inputs(child, state.get(name), f"{prefix}-{name}", data)
    elif isinstance(block, blocks.BooleanBlock):
        if state:
            data[prefix] = ["on"]
    elif isinstance(state, dict):  # choosers: page, image, document, snippet
        data[prefix] = [str(state.get("id", ""))]
    elif isinstance(state, list | tuple):  # multiple choice
        data[prefix] = [str(item) for item in state]
    else:
        data[prefix] = ["" if state is None else str(state)]


def form_blocks(form):
    """`find_block` for a bound Wagtail page form: top-level StreamFields by name, those
    of inline children (`items-0-body`) through the child formset's fields."""

    def find_block(name):
        field = form.fields.get(name)
        if field is not None:
            return field.block
        for prefix, formset in getattr(form, "formsets", {}).items():
            head = f"{prefix}-"
            if name.startswith(head):
                _index, _dash, field_name = name[len(head) :].partition("-")
                child = formset.empty_form
                if field_name in child.fields:
                    return child.fields[field_name].block
                return form_blocks(child)(field_name)
        raise KeyError(f"No StreamField for the input {name!r}")

    return find_block


def as_new_page(data, title_suffix, slug_suffix):
    """The submission of one page as that of a new one beside it: another title and slug,
    and inline children without the ids of the original's."""
    data = {name: list(values) for name, values in data.items()}
    data["title"] = [f"{data.get('title', [''])[0]} {title_suffix}"]
    data["slug"] = [f"{data.get('slug', ['page'])[0]}-{slug_suffix}"]
    for name in data:
        if name.endswith("-INITIAL_FORMS"):
            data[name] = ["0"]
        elif name.endswith("-id") and name.count("-") == 2 and name.split("-")[1].isdigit():
            data[name] = [""]
    return data
