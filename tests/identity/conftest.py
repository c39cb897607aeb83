"""People, officers, villages and tambons for the verification tests; valid national IDs on demand."""

from django.contrib.auth import get_user_model

import pytest

from portal.identity.national_id import check_digit
from portal.privacy.consent import record_consent
from portal.tenancy.models import Tambon, Village
from tests.consultations.conftest import make_consultation, today  # noqa: F401  (fixtures)

# The example of the project's context: a valid national ID.
EXAMPLE_ID = "1112034563562"


def national_id(n):
    """The n-th valid national ID of a made-up series (never a real person's)."""
    first = f"3{n:011d}"
    return f"{first}{check_digit(first)}"


def with_bad_check_digit(number):
    return number[:12] + str((int(number[12]) + 1) % 10)


@pytest.fixture
def make_citizen(db):
    def make(username, email=None, display_name=""):
        """A signed-up citizen: they consented to the privacy notice at sign-up."""
        user = get_user_model().objects.create_user(
            username=username, password="pw-for-tests-1", email=email or f"{username}@example.org",
            display_name=display_name or username,
        )
        record_consent(user)
        return user

    return make


@pytest.fixture
def citizen(make_citizen):
    return make_citizen("somchai", display_name="สมชาย ใจดี")


@pytest.fixture
def villages_a(lao_a):
    return {n: Village.objects.create(authority=lao_a, number=n, name_th=f"บ้านหมู่{n}") for n in (1, 2, 3)}


@pytest.fixture
def village_b(lao_b):
    return Village.objects.create(authority=lao_b, number=1, name_th="บ้านเชียงใหม่")


@pytest.fixture
def tambon_a(lao_a):
    return Tambon.objects.create(authority=lao_a, name_th="อ่าวนาง")


@pytest.fixture
def officer_a(lao_a, make_member):
    return make_member(lao_a, "officers")


@pytest.fixture
def officer_b(lao_b, make_member):
    return make_member(lao_b, "officers")


def host(authority):
    return authority.site.hostname


def verification_url(client, person):
    """The verification form of ``person``, opened as an officer does: from a search that found them."""
    from django.urls import reverse

    found = client.get(reverse("identity_people"), {"q": person.username})
    assert person in [row["user"] for row in found.context["people"]], "the search should find the person"
    return reverse("identity_verify_person", args=[person.pk])
