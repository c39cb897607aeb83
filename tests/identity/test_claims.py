"""Identity-provider claims: pid → identity record; a ThaID address → a proposal the person confirms."""

from django.test import override_settings

import pytest

from portal.identity.claims import apply_oidc_claims
from portal.identity.models import (
    IdentityRecord,
    ProposalStatus,
    Standing,
    StandingProposal,
    VerificationEvent,
)
from portal.identity.national_id import id_hash

from .conftest import EXAMPLE_ID, host, with_bad_check_digit

AO_NANG_ADDRESS = {
    "formatted": "99/1 หมู่ที่ 2 ตำบลอ่าวนาง อำเภอเมืองกระบี่ จังหวัดกระบี่ 81180",
    "street_address": "99/1 หมู่ที่ 2", "locality": "อำเภอเมืองกระบี่", "region": "กระบี่",
    "postal_code": "81180", "country": "TH",
}


@pytest.mark.django_db
def test_pid_records_the_identity(citizen, caplog):
    outcome = apply_oidc_claims(citizen, "thaid", {"sub": "abc", "pid": EXAMPLE_ID})
    record = IdentityRecord.objects.get(user=citizen)
    assert outcome.identity == record and record.method == "identity_provider"
    assert record.id_hash == id_hash(EXAMPLE_ID)
    assert EXAMPLE_ID not in caplog.text


@pytest.mark.django_db
def test_invalid_pid_is_ignored_and_not_logged(citizen, caplog):
    bad = with_bad_check_digit(EXAMPLE_ID)
    outcome = apply_oidc_claims(citizen, "thaid", {"pid": bad})
    assert outcome.identity_refused == "invalid" and not IdentityRecord.objects.exists()
    assert bad not in caplog.text and not VerificationEvent.objects.filter(detail__contains=bad).exists()


@pytest.mark.django_db
def test_pid_of_another_account_is_refused_without_breaking_sign_in(citizen, make_citizen, mailoutbox):
    holder = make_citizen("holder")
    apply_oidc_claims(holder, "thaid", {"pid": EXAMPLE_ID})
    outcome = apply_oidc_claims(citizen, "thaid", {"pid": EXAMPLE_ID, "address": AO_NANG_ADDRESS})
    assert outcome.identity_refused == "taken" and outcome.proposals == []
    assert len(mailoutbox) == 1


@pytest.mark.django_db
def test_untrusted_provider_claims_are_ignored(citizen, lao_a, tambon_a):
    outcome = apply_oidc_claims(citizen, "line", {"pid": EXAMPLE_ID, "address": AO_NANG_ADDRESS})
    assert outcome.identity is None and not IdentityRecord.objects.exists() and not StandingProposal.objects.exists()


@pytest.mark.django_db
def test_address_in_a_configured_tambon_proposes_local_standing(citizen, lao_a, tambon_a, villages_a):
    outcome = apply_oidc_claims(citizen, "thaid", {"address": AO_NANG_ADDRESS})
    proposal = StandingProposal.objects.get()
    assert outcome.proposals == [proposal]
    assert proposal.authority == lao_a and proposal.tambon == tambon_a and proposal.village == villages_a[2]
    assert proposal.status == ProposalStatus.PENDING and not Standing.objects.exists()
    # Signing in again does not pile up proposals.
    apply_oidc_claims(citizen, "thaid", {"address": AO_NANG_ADDRESS})
    assert StandingProposal.objects.count() == 1


@pytest.mark.parametrize("address", [
    "ต.อ่าวนาง อ.เมืองกระบี่ จ.กระบี่",
    {"locality": "อ่าวนาง", "region": "จังหวัดกระบี่"},
    {"formatted": "ตำบลอ่าวนาง อำเภอเมืองกระบี่ จังหวัดกระบี่"},
])
@pytest.mark.django_db
def test_address_spellings(citizen, lao_a, tambon_a, address):
    assert len(apply_oidc_claims(citizen, "thaid", {"address": address}).proposals) == 1


@pytest.mark.parametrize("address", [
    {"formatted": "ตำบลอ่าวนาง อำเภอเมือง จังหวัดเชียงใหม่"},  # same tambon name, another province
    {"formatted": "ตำบลไสไทย อำเภอเมืองกระบี่ จังหวัดกระบี่"},  # a tambon the LAO does not cover
    {"locality": "อ่าวนาง"},  # no province: ambiguous
    {"country": "TH"},
])
@pytest.mark.django_db
def test_no_proposal_for_other_places(citizen, lao_a, tambon_a, address):
    assert apply_oidc_claims(citizen, "thaid", {"address": address}).proposals == []


@pytest.mark.django_db
def test_person_confirms_on_the_lao_page(client, citizen, lao_a, tambon_a, villages_a):
    apply_oidc_claims(citizen, "thaid", {"address": AO_NANG_ADDRESS})
    proposal = StandingProposal.objects.get()
    client.force_login(citizen)
    page = client.get("/verify/", HTTP_HOST=host(lao_a)).content.decode()
    assert "อ่าวนาง" in page and "ใช่ ฉันอาศัยอยู่ที่นี่" in page
    client.post(f"/verify/proposals/{proposal.pk}/", {"decision": "confirm"}, HTTP_HOST=host(lao_a))
    standing = Standing.objects.get(user=citizen, authority=lao_a)
    assert standing.is_local and standing.method == "identity_provider" and standing.village == villages_a[2]
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.CONFIRMED


@pytest.mark.django_db
def test_person_declines(client, citizen, lao_a, tambon_a):
    apply_oidc_claims(citizen, "thaid", {"address": AO_NANG_ADDRESS})
    proposal = StandingProposal.objects.get()
    client.force_login(citizen)
    client.post(f"/verify/proposals/{proposal.pk}/", {"decision": "decline"}, HTTP_HOST=host(lao_a))
    assert not Standing.objects.exists()
    assert StandingProposal.objects.get().status == ProposalStatus.DECLINED


@pytest.mark.django_db
def test_proposal_of_another_person_or_lao_is_not_found(client, citizen, make_citizen, lao_a, lao_b, tambon_a):
    apply_oidc_claims(citizen, "thaid", {"address": AO_NANG_ADDRESS})
    proposal = StandingProposal.objects.get()
    client.force_login(citizen)
    assert client.post(f"/verify/proposals/{proposal.pk}/", {"decision": "confirm"},
                       HTTP_HOST=host(lao_b)).status_code == 404
    client.force_login(make_citizen("other"))
    assert client.post(f"/verify/proposals/{proposal.pk}/", {"decision": "confirm"},
                       HTTP_HOST=host(lao_a)).status_code == 404
    assert not Standing.objects.exists()


@override_settings(IDENTITY_CLAIM_PROVIDERS=["keycloak-test"])
@pytest.mark.django_db
def test_trusted_providers_are_a_setting(citizen):
    assert apply_oidc_claims(citizen, "keycloak-test", {"pid": EXAMPLE_ID}).identity is not None
