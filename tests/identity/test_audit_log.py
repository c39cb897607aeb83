"""Every verification action is logged, without the national ID, and officers read their LAO's log."""

from django.urls import reverse

import pytest

from portal.identity.identity_records import IdentityTaken, record_identity
from portal.identity.models import EventAction, VerificationEvent, VerificationMethod
from portal.identity.resident_list import parse_resident_file, store_resident_list
from portal.identity.standings import grant_standing, revoke_standing
from tests.conftest import staff_login

from .conftest import EXAMPLE_ID


@pytest.mark.django_db
def test_each_action_is_logged_without_the_id(lao_a, officer_a, citizen, make_citizen, villages_a):
    record_identity(citizen, EXAMPLE_ID, VerificationMethod.OFFICER, by=officer_a, authority=lao_a)
    with pytest.raises(IdentityTaken):
        record_identity(make_citizen("other"), EXAMPLE_ID, VerificationMethod.OFFICER, by=officer_a, authority=lao_a)
    standing = grant_standing(citizen, lao_a, "local", method="officer", village=villages_a[1], by=officer_a)
    revoke_standing(standing, by=officer_a, reason="moved")
    store_resident_list(lao_a, parse_resident_file("l.csv", f"{EXAMPLE_ID},1\n".encode(), lao_a), by=officer_a)
    actions = list(VerificationEvent.objects.order_by("id").values_list("action", flat=True))
    assert actions == [EventAction.IDENTITY_RECORDED, EventAction.DUPLICATE_REFUSED, EventAction.STANDING_GRANTED,
                       EventAction.STANDING_REVOKED, EventAction.RESIDENT_LIST_UPLOADED]
    for event in VerificationEvent.objects.all():
        assert event.authority == lao_a and event.actor == officer_a and EXAMPLE_ID not in event.detail


@pytest.mark.django_db
def test_officer_reads_the_log_in_thai(client, lao_a, officer_a, citizen, villages_a):
    grant_standing(citizen, lao_a, "local", method="officer", village=villages_a[1], by=officer_a)
    staff_login(client, officer_a)
    response = client.get(reverse("identity_audit_log"), HTTP_ACCEPT_LANGUAGE="th")
    html = response.content.decode()
    assert response.status_code == 200 and "สมชาย ใจดี" in html
    filtered = client.get(reverse("identity_audit_log"), {"action": EventAction.STANDING_REVOKED})
    assert not filtered.context["page_obj"].object_list
