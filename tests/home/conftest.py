"""Accounts of the editorial roles (tests.support.roles), each a plain account in one
group as migration home/0008 created it, for the tests of those roles."""

import pytest

from tests.support.forum_data import in_group
from tests.support.roles import EDITORS, PRESS, TRANSLATORS


def _member(django_user_model, group_name):
    name = group_name.lower()
    return in_group(django_user_model, group_name, f"{name}-test", f"{name}@example.org")


@pytest.fixture
def editor(django_user_model):
    return _member(django_user_model, EDITORS)


@pytest.fixture
def press(django_user_model):
    return _member(django_user_model, PRESS)


@pytest.fixture
def translator(django_user_model):
    return _member(django_user_model, TRANSLATORS)
