"""Consultations' eligibility (``may``) works with standings made by each verification method."""

import pytest

from participation.eligibility import Action, Audience, may
from portal.identity.claims import apply_oidc_claims
from portal.identity.resident_list import (
    parse_resident_file,
    store_resident_list,
    verify_against_resident_list,
)
from portal.identity.standings import grant_standing

from .conftest import EXAMPLE_ID


@pytest.mark.django_db
def test_resident_list_standing_may_vote_in_a_locals_consultation(citizen, lao_a, make_consultation, today):
    page = make_consultation(lao_a, audience_vote=Audience.LOCALS)
    assert not may(citizen, page, Action.VOTE).allowed
    store_resident_list(lao_a, parse_resident_file("l.csv", f"{EXAMPLE_ID}\n".encode(), lao_a))
    verify_against_resident_list(citizen, lao_a, EXAMPLE_ID)
    assert may(citizen, page, Action.VOTE).allowed


@pytest.mark.django_db
def test_officer_outsider_may_comment_but_not_vote_as_local(citizen, lao_a, officer_a, make_consultation,
                                                            today):
    page = make_consultation(lao_a, audience_vote=Audience.LOCALS, audience_comment=Audience.LOCALS_AND_OUTSIDERS)
    grant_standing(citizen, lao_a, "outsider", method="officer", by=officer_a)
    assert may(citizen, page, Action.COMMENT).allowed
    assert not may(citizen, page, Action.VOTE).allowed


@pytest.mark.django_db
def test_confirmed_identity_provider_proposal_may_vote(client, citizen, lao_a, tambon_a, make_consultation,
                                                       today):
    page = make_consultation(lao_a, audience_vote=Audience.LOCALS)
    outcome = apply_oidc_claims(citizen, "thaid", {"address": "ตำบลอ่าวนาง อำเภอเมืองกระบี่ จังหวัดกระบี่"})
    assert not may(citizen, page, Action.VOTE).allowed  # a proposal is not yet a standing
    client.force_login(citizen)
    client.post(f"/verify/proposals/{outcome.proposals[0].pk}/", {"decision": "confirm"},
                HTTP_HOST=lao_a.site.hostname)
    assert may(citizen, page, Action.VOTE).allowed
