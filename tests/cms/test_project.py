"""Project hygiene: checks, migrations, lint, and the reusable-apps import rule."""

import ast
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.support.marks import database_independent, indexed

ROOT = Path(__file__).resolve().parents[2]
REUSABLE_APPS = ["integration_pages", "snippets"]
FORBIDDEN = {"cms", "home"}


def _imported_top_level_modules(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0], node.lineno
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0], node.lineno
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            yield str(node.args[0].value).split(".")[0], node.lineno


@database_independent
@pytest.mark.parametrize("app", REUSABLE_APPS)
def test_reusable_apps_import_nothing_from_cms_or_home(app):
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in (ROOT / app).rglob("*.py")
        for module, line in _imported_top_level_modules(path)
        if module in FORBIDDEN
    ]
    assert offenders == []


@database_independent
@pytest.mark.parametrize("app", REUSABLE_APPS)
def test_reusable_app_templates_use_no_template_tags_of_the_host(app):
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / app).rglob("*.html")
        if "portal_tags" in path.read_text()
    ]
    assert offenders == []


@database_independent
def test_import_rule_detects_a_forbidden_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom home.models import HomePage\nimport cms.settings\n")
    found = [m for m, _ in _imported_top_level_modules(sample) if m in FORBIDDEN]
    assert found == ["home", "cms"]


@pytest.mark.django_db
def test_django_system_check_passes():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    out = StringIO()
    call_command("makemigrations", check=True, dry_run=True, stdout=out)
    assert "No changes detected" in out.getvalue()


@database_independent
def test_ruff_lint_and_format_are_clean():
    for args in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


@database_independent
def test_xdist_sends_a_group_to_one_worker(tmp_path):
    """`make test` relies on --dist loadgroup to run every test of the demo on the one
    worker that loads it (tests/support/marks.py). Some pytest releases silently break
    the grouping (pytest-xdist#1386); then each worker would build the demo."""
    (tmp_path / "test_grouped.py").write_text(
        "import os\nimport pytest\n\n"
        "pytestmark = pytest.mark.xdist_group('demo')\n\n"
        "@pytest.mark.parametrize('n', range(8))\n"
        "def test_worker(n):\n"
        "    with open(os.environ['PYTEST_XDIST_WORKER'] + '.seen', 'a') as seen:\n"
        "        seen.write(f'{n}\\n')\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadgroup", "-q", "-p", "no:django"]
        + ["-p", "no:cacheprovider", "-c", "/dev/null", "--rootdir", str(tmp_path), "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    seen = {path.name: path.read_text().split() for path in tmp_path.glob("*.seen")}
    assert len(seen) == 1, seen
    assert sorted(next(iter(seen.values())), key=int) == [str(n) for n in range(8)]


@indexed  # it reads the indexes on purpose, so the fixture's own check stays out
@pytest.mark.django_db
def test_reading_an_index_is_told_apart_from_clearing_it(home_de):
    """Tests not marked `indexed` fail if they read the search or reference index, which
    their saves left empty (tests/conftest.py): a search and a usage lookup count as
    reads; deleting a page, which clears its index rows, and other queries do not."""
    from wagtail.models import Page, ReferenceIndex

    from tests.support.factories import StandardPageFactory
    from tests.support.indexes import index_reads

    page = StandardPageFactory(parent=home_de, title="Sprachcafé")
    with index_reads() as reads:
        list(Page.objects.live().filter(title="Sprachcafé"))
        page.delete()
    assert reads == []
    with index_reads() as reads:
        list(Page.objects.live().search("Sprachcafé"))
        list(ReferenceIndex.get_references_to(home_de))
    assert len(reads) == 2, reads
