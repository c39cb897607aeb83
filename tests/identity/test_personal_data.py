"""Export and erasure of a person's verification data (PDPA), keeping anonymous counts."""

import json

import pytest

from portal.identity.claims import apply_oidc_claims
from portal.identity.identity_records import record_identity
from portal.identity.models import (
    IdentityRecord,
    Standing,
    StandingProposal,
    VerificationEvent,
    VerificationMethod,
)
from portal.identity.personal_data import erase_for, export_for
from portal.identity.standings import grant_standing

from .conftest import EXAMPLE_ID, national_id


@pytest.fixture
def verified(citizen, lao_a, lao_b, officer_a, villages_a, tambon_a):
    record_identity(citizen, EXAMPLE_ID, VerificationMethod.OFFICER, by=officer_a, authority=lao_a)
    grant_standing(citizen, lao_a, "local", method="officer", village=villages_a[1], by=officer_a)
    grant_standing(citizen, lao_b, "outsider", method="officer")
    apply_oidc_claims(citizen, "thaid", {"address": "ตำบลอ่าวนาง จังหวัดกระบี่"})
    return citizen


@pytest.mark.django_db
def test_export(verified, lao_a):
    data = export_for(verified)
    json.dumps(data)  # plain values only
    assert data["identity"]["verified"] and data["identity"]["method"] == "officer"
    assert {s["kind"] for s in data["standings"]} == {"local", "outsider"}
    assert data["standings"][0]["lao"]["dla_code"] in (lao_a.dla_code, "3500102")
    assert data["standing_proposals"] == [] or data["standing_proposals"][0]["tambon"] == "อ่าวนาง"
    assert len(data["verification_events"]) >= 3
    assert EXAMPLE_ID not in json.dumps(data, ensure_ascii=False)


@pytest.mark.django_db
def test_export_of_an_unverified_person(make_citizen):
    assert export_for(make_citizen("new")) == {
        "identity": {"verified": False}, "standings": [], "standing_proposals": [], "verification_events": []
    }


@pytest.mark.django_db
def test_erase_keeps_anonymous_counts(verified, officer_a, make_citizen, lao_a):
    other = make_citizen("other")
    record_identity(other, national_id(1), VerificationMethod.OFFICER, by=officer_a, authority=lao_a)
    events_before = VerificationEvent.objects.count()
    counts = erase_for(verified)
    assert counts["identity_records"] == 1 and counts["standings"] == 2
    assert not IdentityRecord.objects.filter(user=verified).exists()
    assert not Standing.objects.filter(user=verified).exists()
    assert not StandingProposal.objects.filter(user=verified).exists()
    assert VerificationEvent.objects.count() == events_before
    assert not VerificationEvent.objects.filter(subject=verified).exists()
    assert not VerificationEvent.objects.filter(actor=verified).exists()
    assert IdentityRecord.objects.filter(user=other).exists()
    # Erased, the number is free for a new account of the same person.
    record_identity(make_citizen("again"), EXAMPLE_ID, VerificationMethod.OFFICER)


@pytest.mark.django_db
def test_erasing_an_officer_keeps_what_they_verified(verified, officer_a):
    erase_for(officer_a)
    record = IdentityRecord.objects.get(user=verified)
    assert record.verified_by is None
    assert Standing.objects.filter(user=verified, verified_by__isnull=True).count() == 2
