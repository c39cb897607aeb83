"""The world of the isolation matrix, built once per module inside a transaction rolled back after it."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client, TestCase

import pytest

from demo.management.commands.seed_demo import Command as SeedDemo
from portal.tenancy.provisioning import provision, register
from portal.tenancy.registry import find_in_registry
from tests.conftest import staff_login
from tests.isolation.snapshot import ChangeDetector
from tests.isolation.world import build_world


def seed_lao(spec):
    """One LAO as the demo seeds it. Provisioning first, its translations published (as the demo's
    own transactions would): wagtail-localize publishes the English home page when the
    transaction commits, from a revision saved before the page had children, so publishing it
    after the seeding would write the English home back with no children counted."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        authority, _ = register(find_in_registry(spec["code"]), name_en=spec["name_en"], slug=spec["slug"])
        provision(authority)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return SeedDemo().seed_lao(spec, get_user_model())


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        with transaction.atomic():
            built = build_world(seed_lao)
            built.detector = ChangeDetector()
            # The superuser whose forms the matrix replays, signed in once for the module: a
            # sign-in inside a test would be rolled back with it, and the next test's client
            # would carry a session that no longer exists.
            built.superuser_client = staff_login(Client(), built.superuser)
            built.superuser_cookies = built.superuser_client.cookies.output(header="", sep="\n")
            yield built
            transaction.set_rollback(True)
