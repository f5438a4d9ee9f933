"""The order of a process chain's steps: hand-offs, branches, ends — and what is wrong.

A step hands off to the step after it in the list, unless it branches (each branch names
the step it goes to), ends the chain, or leads into another chain. Kept apart from the
models so the rules can be read and tested as plain data: a step is a dict with
`number`, `branches` (each with `goes_to`), `ends` and `leads_to`.
"""

from django.utils.translation import gettext as _


def successors(steps):
    """Step number → the step numbers it hands off to, in order."""
    following = {}
    for position, step in enumerate(steps):
        if step.get("branches"):
            following[step["number"]] = [branch["goes_to"] for branch in step["branches"]]
        elif step.get("ends") or step.get("leads_to") or position == len(steps) - 1:
            following[step["number"]] = []
        else:
            following[step["number"]] = [steps[position + 1]["number"]]
    return following


def _cycle(following, start):
    """A cycle reachable from `start` as a list of step numbers, or None."""
    state, trail = {}, []

    def visit(number):
        state[number] = "open"
        trail.append(number)
        for nxt in following.get(number, []):
            if state.get(nxt) == "open":
                return [*trail[trail.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        state[number] = "done"
        trail.pop()
        return None

    return visit(start)


def problems(steps):
    """What makes the chain impossible to follow, as messages an editor understands."""
    if not steps:
        return []
    messages = []
    numbers = [step["number"] for step in steps]
    duplicates = sorted({n for n in numbers if numbers.count(n) > 1})
    if duplicates:
        messages.append(
            _("Step numbers must be unique; used more than once: %(numbers)s")
            % {"numbers": ", ".join(map(str, duplicates))}
        )
        return messages
    known = set(numbers)
    for step in steps:
        branches = step.get("branches") or []
        if len(branches) == 1:
            messages.append(
                _("Step %(number)s has a single branch: add a second one or remove it.")
                % {"number": step["number"]}
            )
        for branch in branches:
            target = branch["goes_to"]
            if target not in known:
                messages.append(
                    _("Step %(number)s hands off to step %(target)s, which does not exist.")
                    % {"number": step["number"], "target": target}
                )
            elif target == step["number"]:
                messages.append(
                    _("Step %(number)s hands off to itself.") % {"number": step["number"]}
                )
    if messages:
        return messages
    following = successors(steps)
    cycle = _cycle(following, numbers[0])
    if cycle:
        messages.append(
            _("The steps go round in a circle: %(cycle)s. Every branch must end.")
            % {"cycle": " → ".join(map(str, cycle))}
        )
        return messages
    reached, todo = set(), [numbers[0]]
    while todo:
        number = todo.pop()
        if number not in reached:
            reached.add(number)
            todo.extend(following[number])
    unreached = [n for n in numbers if n not in reached]
    if unreached:
        messages.append(
            _("No step leads to step %(numbers)s: connect it or remove it.")
            % {"numbers": ", ".join(map(str, unreached))}
        )
    return messages
