"""Data built once for a whole test module, where every test of it reads the same site.

The data is built in a transaction that is rolled back after the module's last test.
Each test runs inside it, in pytest-django's usual transaction (here a savepoint), so what
a test changes in the database is gone before the next one; and it gets every object read
afresh (`fresh`), so what a test changed on an object in memory is gone too.

Mark such a module with `xdist_group` (its own name): otherwise xdist may split its tests
over both workers and each would build the data."""

from types import SimpleNamespace

import pytest
from django.db import transaction


def module_data(build):
    """A module-scoped fixture of what `build()` returns."""

    @pytest.fixture(scope="module")
    def built(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), transaction.atomic():
            data = build()
            yield data
            transaction.set_rollback(True)

    return built


def fresh(data):
    """A namespace like `data` whose model instances (alone or in lists) are read again."""

    def again(obj):
        return type(obj).objects.get(pk=obj.pk) if hasattr(obj, "_meta") else obj

    return SimpleNamespace(
        **{
            name: [again(item) for item in value] if isinstance(value, list) else again(value)
            for name, value in vars(data).items()
        }
    )
