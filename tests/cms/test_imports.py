"""The import graph of the project's own modules: no cycles, and the project layer (cms/)
depends on no app. Imports inside functions count: they hide a cycle, they don't remove it."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["cms", "home", "integration_pages", "snippets"]
APPS = {"home", "integration_pages", "snippets"}
# The project's settings and URL configuration name the apps; nothing else in cms/ may.
CMS_MAY_NAME_APPS = ("cms/settings/", "cms/urls.py")


def module_name(path, root):
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(root, packages):
    found = {}
    for package in packages:
        for path in (root / package).rglob("*.py"):
            if "migrations" not in path.parts:
                found[module_name(path, root)] = path
    return found


def imported_names(path, name):
    """Every dotted name the module imports, relative imports made absolute."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph(root, packages):
    """module → the project's modules it imports (a name from a package: its __init__)."""
    known = modules(root, packages)

    def resolve(dotted):
        while dotted and dotted not in known:
            dotted = dotted.rpartition(".")[0]
        return dotted or None

    graph = {}
    for name, path in known.items():
        targets = {resolve(dotted) for dotted in imported_names(path, name)}
        # A submodule is imported through its package: that edge is Python's, not ours.
        graph[name] = {t for t in targets if t and t != name and not name.startswith(t + ".")}
    return graph


def cycles(graph):
    """The strongly connected groups of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_between_the_projects_modules():
    assert cycles(import_graph(ROOT, PACKAGES)) == []


def test_the_cycle_check_finds_a_cycle_hidden_in_a_function(tmp_path):
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "models.py").write_text("def view():\n    from app.views import show\n")
    (package / "views.py").write_text("from .models import view\n")
    (package / "filters.py").write_text("from app import models\n")
    assert cycles(import_graph(tmp_path, ["app"])) == [["app.models", "app.views"]]


def test_the_project_layer_imports_no_app():
    offenders = []
    for name, path in modules(ROOT, ["cms"]).items():
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(CMS_MAY_NAME_APPS):
            continue
        offenders += [
            f"{relative} imports {dotted}"
            for dotted in set(imported_names(path, name))
            if dotted.split(".")[0] in APPS
        ]
    assert offenders == []


PLUGIN_DOMAINS = {
    "chains",
    "concept",
    "eccar",
    "forum",
    "funding",
    "monitoring",
    "networks",
    "participation",
    "reports",
    "resolutions",
    "signpost",
}
# What the app itself needs at its top level: Django's and Wagtail's entry points, and the
# hook that tells the page cache which pages of several domains a change touches.
PLUGIN_WIRING = {"__init__", "apps", "models", "urls", "wagtail_hooks", "cache_dependents"}


def test_the_plugins_core_imports_none_of_its_domains():
    """core/ is what every domain shares (blocks, localisation, privacy, caching, filter
    bases): it may not depend on one of them, or a domain could not be read alone."""
    graph = import_graph(ROOT, ["integration_pages"])
    offenders = [
        f"{name} imports {target}"
        for name, targets in graph.items()
        if name.startswith("integration_pages.core")
        for target in targets
        if target == "integration_pages.models"
        or target.split(".")[1:2]
        and target.split(".")[1] in PLUGIN_DOMAINS
    ]
    assert offenders == []


def test_every_plugin_module_lives_in_a_domain_or_the_core():
    top_level = {path.stem for path in (ROOT / "integration_pages").glob("*.py")} - PLUGIN_WIRING
    packages = {path.parent.name for path in (ROOT / "integration_pages").glob("*/__init__.py")} - {
        "management",
        "migrations",
        "templatetags",
    }
    assert top_level == set()
    assert packages == PLUGIN_DOMAINS | {"core"}
