"""The editorial roles that migration home/0008 creates, for the tests that prove them
(the accounts of each are fixtures in tests/home/conftest.py)."""

from django.urls import reverse

EDITORS, PRESS, TRANSLATORS = "Redaktion", "Presse", "Übersetzung"
WORKFLOW, TASK = "Redaktionsfreigabe", "Freigabe durch die Redaktion"


def denied(response):
    """Wagtail refuses with 403 or by sending the user to the dashboard."""
    if response.status_code == 302:
        return response.url == reverse("wagtailadmin_home")
    return response.status_code == 403
