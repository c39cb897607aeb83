"""Shared fixtures: LAOs provisioned from real registry rows, users in their groups."""

from django.contrib.auth.models import Group

import pytest

from portal.tenancy.provisioning import provision, provision_central_site, register
from portal.tenancy.registry import find_in_registry

# Real registry rows of three kinds, in two provinces.
KRABI_PAO = "2810101"
AO_NANG_SAO = "6810104"
CHIANG_MAI_CITY = "3500102"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: a cache is not rolled back with the database."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def central_site(db, django_capture_on_commit_callbacks):
    # wagtail-localize publishes translations when the transaction commits: run those callbacks.
    with django_capture_on_commit_callbacks(execute=True):
        return provision_central_site()


@pytest.fixture
def make_authority(central_site, django_capture_on_commit_callbacks):
    def make(code, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            authority, _ = register(find_in_registry(code), **kwargs)
            return provision(authority).authority

    return make


@pytest.fixture
def lao_a(make_authority):
    return make_authority(AO_NANG_SAO, name_en="Ao Nang", slug="ao-nang-sao")


@pytest.fixture
def lao_b(make_authority):
    return make_authority(CHIANG_MAI_CITY, name_en="Chiang Mai", slug="chiang-mai-city")


@pytest.fixture
def make_member(django_user_model):
    def make(authority, role="editors", username=None):
        user = django_user_model.objects.create_user(
            username=username or f"{role}-{authority.slug}", password="pw-for-tests-1"
        )
        user.groups.add(Group.objects.get(name=authority.group_name(role)))
        return user

    return make


def host_of(authority):
    return authority.site.hostname


def staff_login(client, user):
    """Sign a member of staff in to the Wagtail admin, second factor included.

    Every test that uses the admin signs in through this helper, so the admin's requirements
    for staff (a second factor) live in one place.
    """
    client.force_login(user)
    return client
