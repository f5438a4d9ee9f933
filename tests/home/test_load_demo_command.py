"""load_demo's own machinery, without building the demo."""

import pytest
from django.db import connection, reset_queries
from django.test.utils import override_settings
from wagtail.models import Locale

from home.management.commands.load_demo import queries_unlogged


@pytest.mark.django_db
@override_settings(DEBUG=True)
def test_load_demo_keeps_no_query_log_even_where_debug_is_on():
    """With DEBUG on (the dev settings `make demo` runs with), Django logs every query;
    load_demo switches the log off while it builds and leaves it on again afterwards."""
    reset_queries()
    with queries_unlogged():
        list(Locale.objects.all())
        assert connection.queries == []
    list(Locale.objects.all())
    assert len(connection.queries) == 1
