"""Every interface string is translated into all seven languages, and the catalogues are
current with the code (no string added to a template without reaching the .po files)."""

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from tests.support.marks import database_independent

pytestmark = database_independent

BASE = Path(settings.BASE_DIR)
APPS = ["cms", "home", "integration_pages", "snippets"]
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def entries(po_file):
    """(msgid, msgstrs, flags) of each entry; a small reader, so no extra dependency."""
    found, current, field = [], None, None
    for line in po_file.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if current and "msgid" in current:
                found.append(current)
            current, field = None, None
            continue
        current = current or {"flags": set(), "msgstr": {}}
        if line.startswith("#,"):
            current["flags"] |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif match := re.match(r'(msgid|msgid_plural|msgstr(?:\[(\d+)\])?|msgctxt) (".*")$', line):
            keyword, index, text = match.groups()
            field = ("msgstr", index or "0") if keyword.startswith("msgstr") else (keyword, None)
            _store(current, field, ast.literal_eval(text))
        elif line.startswith('"') and field:
            _store(current, field, ast.literal_eval(line))
    return found


def _store(entry, field, text):
    name, index = field
    if name == "msgstr":
        entry["msgstr"][index] = entry["msgstr"].get(index, "") + text
    else:
        entry[name] = entry.get(name, "") + text


CATALOGUES = [
    (app, code, BASE / app / "locale" / code / "LC_MESSAGES" / "django.po")
    for app in APPS
    for code in LANGUAGES
]


@pytest.mark.parametrize("app,code,po_file", CATALOGUES, ids=[f"{a}-{c}" for a, c, _ in CATALOGUES])
def test_every_string_is_translated_and_none_is_fuzzy(app, code, po_file):
    assert po_file.exists(), f"{app} has no catalogue for {code}"
    problems = [
        entry["msgid"]
        for entry in entries(po_file)
        if entry["msgid"]  # the header
        and ("fuzzy" in entry["flags"] or not all(entry["msgstr"].values()) or not entry["msgstr"])
    ]
    assert problems == []


@pytest.mark.skipif(
    not shutil.which("xgettext"), reason="needs GNU gettext (make test installs it)"
)
@pytest.mark.parametrize("app", APPS)
def test_catalogues_hold_every_string_the_code_marks(app, tmp_path):
    """makemessages on a copy of the app finds no string the committed catalogue lacks.

    Needs GNU gettext, which `make test` installs where it is missing.
    """
    copy = tmp_path / app
    shutil.copytree(BASE / app, copy, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(
        [sys.executable, str(BASE / "manage.py"), "makemessages",
         "-l", "de", "--no-obsolete", "-v", "0"],
        cwd=copy, check=True, capture_output=True,
    )  # fmt: skip
    extracted = {e["msgid"] for e in entries(copy / "locale/de/LC_MESSAGES/django.po")}
    committed = {e["msgid"] for e in entries(BASE / app / "locale/de/LC_MESSAGES/django.po")}
    assert extracted - committed == set()
