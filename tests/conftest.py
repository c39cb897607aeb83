"""Shared fixtures: LAOs provisioned from real registry rows, users in their groups."""

import time

from django.contrib.auth.models import Group

import pytest
from allauth.account.internal.flows.login import (
    _AUTHENTICATION_METHODS_USER_SESSION_KEY,
    AUTHENTICATION_METHODS_SESSION_KEY,
)
from allauth.account.internal.userkit import user_id_to_str
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value

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
    for staff (a second factor) live in one place. Like a real sign-in through allauth, it
    gives the user a TOTP authenticator (unless they have one) and records a password and a
    TOTP step in the session, as allauth's login and MFA stages do.
    """
    client.force_login(user)
    authenticator = give_totp(user)
    session = client.session
    now = time.time()
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": now, "username": user.get_username()},
        {"method": "mfa", "at": now, "id": authenticator.pk, "type": Authenticator.Type.TOTP},
    ]
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = user_id_to_str(user)
    session.save()
    return client


TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # tests only


def give_totp(user, secret=TOTP_SECRET):
    """The user's TOTP authenticator, made with ``secret`` when they have none."""
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return existing or TOTP.activate(user, secret).instance


def totp_code(secret=TOTP_SECRET, offset=0):
    """The code an authenticator app shows now (``offset`` periods later or earlier)."""
    counter = int(time.time()) // 30 + offset
    return format_hotp_value(hotp_value(secret, counter))


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's admin_client, signed in with the second factor like all staff."""
    return staff_login(client, admin_user)
