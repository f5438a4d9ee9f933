"""The plugin installs into a Wagtail project that is not ours, and works there.

Exactly the steps of the README's "Use the plugin in your own Wagtail project": build
the wheel of integration_pages and snippets, install it into a new virtual environment
with nothing but its declared dependencies (versions held to our lock), make a project
with `wagtail start`, add the settings, the URL line and the two template blocks, migrate,
then build and render every section (render_plugin_pages.py, run by the host's Python).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

# One worker builds the wheel and the host project (module fixture) for all of them.
pytestmark = [pytest.mark.host, pytest.mark.xdist_group("host")]


def run(*command, cwd, env=None):
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, f"{' '.join(map(str, command))}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def configure(project):
    """The three edits the README asks of a host project."""
    settings = project / "officesite" / "settings" / "base.py"
    settings.write_text(settings.read_text() + "\n" + (HERE / "host_settings.py").read_text())
    urls = project / "officesite" / "urls.py"
    wagtail_line = '    path("", include(wagtail_urls)),'
    text = urls.read_text()
    assert wagtail_line in text
    urls.write_text(
        text.replace(
            wagtail_line, '    path("", include("integration_pages.urls")),\n' + wagtail_line, 1
        )
    )
    base = project / "officesite" / "templates" / "base.html"
    text = base.read_text()
    text = text.replace("</head>", "{% block extra_head %}{% endblock %}\n</head>", 1)
    text = text.replace(
        "{% block content %}", "{% block breadcrumb %}{% endblock %}\n{% block content %}", 1
    )
    base.write_text(text)


@pytest.fixture(scope="module")
def host(tmp_path_factory):
    work = tmp_path_factory.mktemp("host")
    source = work / "source"
    source.mkdir()
    # Built from a copy: the wheel holds what pyproject.toml packages, nothing of the
    # checkout's site, and the build leaves no build/ or egg-info in the checkout.
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source)
    for package in ("integration_pages", "snippets"):
        shutil.copytree(
            REPO / package, source / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "-q",
        "-w",
        work / "dist",
        "./source",
        cwd=work,
    )
    (wheel,) = (work / "dist").glob("wagtail_integration_pages-*.whl")
    run(sys.executable, "-m", "venv", work / "venv", cwd=work)
    python = work / "venv" / "bin" / "python"
    run(python, "-m", "pip", "install", "-q", wheel, "-c", REPO / "requirements.lock", cwd=work)
    run(work / "venv" / "bin" / "wagtail", "start", "officesite", cwd=work)
    project = work / "officesite"
    configure(project)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "PYTHON"))
    }
    env |= {"DJANGO_SETTINGS_MODULE": "officesite.settings.dev", "PYTHONPATH": str(project)}
    run(python, "manage.py", "migrate", "--no-input", "-v0", cwd=project, env=env)
    output = run(python, HERE / "render_plugin_pages.py", cwd=project, env=env)
    return {"wheel": wheel, "python": python, "pages": json.loads(output)}


def test_wheel_holds_the_plugin_with_templates_static_files_migrations_and_catalogues(host):
    import zipfile

    names = zipfile.ZipFile(host["wheel"]).namelist()
    tops = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert tops == {"integration_pages", "snippets"}
    for expected in (
        "integration_pages/templates/integration_pages/measure_page.html",
        "integration_pages/static/integration_pages/css/chains.css",
        "integration_pages/migrations/0001_initial.py",
        "integration_pages/locale/ar/LC_MESSAGES/django.mo",
        "snippets/locale/fa/LC_MESSAGES/django.mo",
        "snippets/reference/language_names.json",
        "integration_pages/reference/eccar_commitments.json",
    ):
        assert expected in names


def test_only_declared_dependencies_are_installed(host):
    listed = run(host["python"], "-m", "pip", "list", "--format=json", cwd=REPO)
    installed = {item["name"].lower() for item in json.loads(listed)}
    assert "wagtail-integration-pages" in installed
    # The site's own stack stays out of a host that installs only the plugin.
    assert not installed & {"gunicorn", "django-redis", "django-axes", "whitenoise", "psycopg"}


def test_every_section_sub_route_and_export_answers_in_the_host(host):
    pages = {url: page for url, page in host["pages"].items() if not url.startswith("_")}
    assert len(pages) == 20
    failed = {url: page for url, page in pages.items() if page["status"] != 200}
    assert not failed, json.dumps(failed, indent=1, ensure_ascii=False)[:6000]
    assert [url for url, page in pages.items() if not page["content"]] == []


def test_html_pages_are_framed_by_the_hosts_own_base_template(host):
    html = {
        url: page
        for url, page in host["pages"].items()
        if not url.startswith("_") and page["type"].startswith("text/html")
    }
    assert len(html) == 15
    assert [url for url, page in html.items() if not page["host_base"]] == []


def test_reference_data_comes_with_the_plugin(host):
    assert host["pages"]["_commitments"] == [[number, "de"] for number in range(1, 11)]
    names = host["pages"]["_language_names_en"]
    assert names["ar"] == "Arabic" and names["uk"] == "Ukrainian" and len(names) == 22
