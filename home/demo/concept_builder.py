"""Builds a demo integration concept (snippets, goals, measures) from data/concepts.yaml.

Texts there are (German, English) pairs (tuples, as data_files.py reads them): German
goes into the models, English into the strings a translator would enter in wagtail-localize.
"""

import re

from integration_pages.models import ActionField, GoalPage, IntegrationConceptPage, MeasurePage
from snippets.models import Organisation

from .examples import is_example, mark
from .part import PartBuilder, as_given, de, in_german

PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)


def english_strings(data, strings=None):
    """Every German text in `data` mapped to its English pair, rich text paragraph by paragraph.

    wagtail-localize offers rich text to translators one paragraph at a time, so
    the pairs are split the same way.
    """
    strings = {} if strings is None else strings
    if isinstance(data, tuple) and len(data) == 2 and all(isinstance(t, str) for t in data):
        german, english = data
        if german and english:
            strings[german] = english
            strings.update(zip(PARAGRAPH.findall(german), PARAGRAPH.findall(english), strict=False))
    elif isinstance(data, dict):
        for key, value in data.items():
            if key == "period":  # "2022/2023" reads the same in every language
                strings[value] = value
            else:
                english_strings(value, strings)
    elif isinstance(data, list | tuple):
        for item in data:
            english_strings(item, strings)
    return strings


class ConceptBuilder(PartBuilder):
    def __init__(self, demo, locale, commitments=None):
        super().__init__(demo, locale)
        self.commitments = commitments or {}  # ECCAR commitment number → snippet

    def build(self, home, spec):
        """Returns the concept page and every object to translate, parents before children."""
        concept = self.concept(home, spec["concept"])
        fields = {
            f["code"]: self.action_field(concept, f, position)
            for position, f in enumerate(spec["action_fields"])
        }
        orgs = {o["name"][0]: self.organisation(o) for o in spec["organisations"]}
        pages = []
        for goal_spec in spec["goals"]:
            pages += self.goal(concept, goal_spec, fields, orgs)
        return concept, [concept, *fields.values(), *orgs.values(), *pages]

    def concept(self, home, spec):
        page = self.demo._child(
            home,
            spec["slug"],
            lambda: IntegrationConceptPage(
                title=de(spec["title"]),
                slug=spec["slug"],
                adopted_on=spec.get("adopted_on"),
                resolution_reference=spec.get("resolution_reference", ""),
                status_note=de(spec["status_note"]) if spec.get("status_note") else "",
                motto=de(spec["motto"]),
                introduction=de(spec["introduction"]),
                vision=de(spec["vision"]),
                mission=de(spec["mission"]),
                guidelines=[("guideline", de(g)) for g in spec["guidelines"]],
                annual_budget=spec.get("annual_budget"),
                budget_since=spec.get("budget_since"),
                participation_history=[
                    (
                        "step",
                        {
                            "start_date": step["start"],
                            "end_date": step["end"],
                            "title": de(step["title"]),
                            "description": de(step["description"]),
                        },
                    )
                    for step in spec["participation_history"]
                ],
                show_in_menus=True,
            ),
        )
        return self.correct_facts(page, spec)

    def correct_facts(self, page, spec):
        """A concept an earlier run made gets the facts corrected since (docs/demo-sources.md):
        the budget's first year where it has none, a date or reference the data replaced if
        it is still the one that run wrote, and the status line where it is empty. An editor's
        own values stay; load_demo's sync brings the translations along."""
        changes = {}
        if page.budget_since is None and spec.get("budget_since"):
            changes["budget_since"] = spec["budget_since"]
        for name, old in spec.get("replaced", {}).items():
            if getattr(page, name) == old:
                changes[name] = spec.get(name) or (None if name == "adopted_on" else "")
        if not page.status_note and spec.get("status_note"):
            changes["status_note"] = de(spec["status_note"])
        if not changes:
            return page
        for name, value in changes.items():
            setattr(page, name, value)
        page.save_revision().publish()  # load_demo's sync then brings the translations along
        self.demo.log(f"  updated  /{page.slug}/: {', '.join(changes)}")
        return page

    def action_field(self, concept, spec, position):
        # Numerals do not sort as text (IX before V): keep the concept's order.
        defaults = {**in_german(spec, "title", "description"), "sort_order": position}
        return self.snippet(
            ActionField, "field of action", defaults, concept=concept, code=spec["code"]
        )

    def organisation(self, spec):
        defaults = {
            "short_name": spec.get("short_name", ""),
            "description": de(spec["description"]),
            "website": spec.get("website", ""),
            "email": spec.get("email", ""),
        }
        return self.snippet(Organisation, "organisation", defaults, name=de(spec["name"]))

    def goal(self, parent, spec, fields, orgs):
        def build():
            page = GoalPage(
                **in_german(spec, "title", "short_title", "description"),
                slug=spec["slug"],
                priority=spec.get("priority"),
            )
            page.action_fields = [fields[code] for code in spec["action_fields"]]
            return page

        goal = self.demo._child(parent, spec["slug"], build)
        pages = [goal]
        for measure_spec in spec.get("measures", []):
            pages.append(self.measure(goal, measure_spec, fields, orgs))
        for sub_spec in spec.get("subgoals", []):
            pages += self.goal(goal, sub_spec, fields, orgs)
        return pages

    def measure(self, goal, spec, fields, orgs):
        def build():
            page = MeasurePage(
                **in_german(spec, "title", "summary", "description", "funding_source"),
                **as_given(
                    spec, "slug", "start_date", "end_date", "ongoing", "status", "annual_cost"
                ),
                responsible_unit=orgs[spec["responsible_unit"]],
                priority=spec.get("priority"),
                indicators=[("indicator", self._indicator(i)) for i in spec["indicators"]],
                examples=[
                    ("example", {"period": e["period"], "text": de(e["text"])})
                    for e in spec["examples"]
                ],
                is_example=is_example(spec),
            )
            page.action_fields = [fields[code] for code in spec["action_fields"]]
            page.partners = [orgs[name] for name in spec["partners"]]
            page.eccar_commitments = [self.commitments[n] for n in spec.get("eccar", [])]
            return page

        return mark(self.demo._child(goal, spec["slug"], build), spec)

    @staticmethod
    def _indicator(spec):
        return {
            "name": de(spec["name"]),
            "unit": de(spec["unit"]),
            "baseline": spec["baseline"],
            "target_value": spec["target_value"],
            "target_date": spec["target_date"],
            "values": [{"date": d, "value": v} for d, v in spec["values"]],
        }
