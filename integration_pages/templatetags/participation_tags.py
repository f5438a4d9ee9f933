from django import template
from django.utils.translation import gettext, ngettext

from integration_pages.core.charts import stacked_bar_chart

register = template.Library()


@register.filter
def get_item(mapping, key):
    return (mapping or {}).get(key, 0)


@register.filter
def goal_fields(form, group):
    return form.goal_fields(group)


@register.simple_tag
def points_left(budget, given):
    left = budget - (given or 0)
    if left < 0:
        return over_text() % {"over": -left}
    return ngettext(
        "%(left)s of %(budget)s point left", "%(left)s of %(budget)s points left", budget
    ) % {"left": left, "budget": budget}


@register.simple_tag
def left_text(budget):
    """The "points left" sentence with its count left open, for the script that updates it
    as people choose (the plural depends on the budget, which does not change)."""
    return ngettext(
        "%(left)s of %(budget)s point left", "%(left)s of %(budget)s points left", budget
    ) % {"left": "%(left)s", "budget": budget}


@register.simple_tag
def over_text():
    return gettext("Too many points in this field: %(over)s")


@register.simple_tag
def ranking_chart(field, weights, rule):
    """Bars by rank within a field of action: the online and the workshop share of each
    goal's combined points (times their weights under the weighted rule)."""
    online_weight = weights["online"] if rule == "weighted" else 1
    workshop_weight = weights["workshop"] if rule == "weighted" else 1
    rows = [
        (
            # the rank alone: "1." would read ".1" right to left
            str(goal["field_rank"]),
            [_number(goal["online"] * online_weight), _number(goal["workshop"] * workshop_weight)],
        )
        for goal in field["goals"]
    ]
    return stacked_bar_chart(rows, ["online", "workshop"])


def _number(value):
    """Whole numbers as such (6, not 6.0, which a German page would print "6,0")."""
    value = round(float(value), 2)
    return int(value) if value.is_integer() else value
