"""An officer finds a person, types the national ID from the card, and records the standing."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest

from portal.identity.models import EventAction, IdentityRecord, Standing, VerificationEvent
from tests.conftest import staff_login

from .conftest import EXAMPLE_ID, verification_url, with_bad_check_digit


def verify_form(authority, **overrides):
    return {
        "authority": authority.pk, "national_id": "1-1120-34563-56-2", "kind": "local",
        "village": "", "expires_at": (timezone.localdate() + datetime.timedelta(days=700)).isoformat(),
        "documents_checked": "on", **overrides,
    }


@pytest.mark.django_db
def test_officer_sees_the_menu_editor_does_not(client, lao_a, officer_a, make_member):
    staff_login(client, officer_a)
    assert reverse("identity_people") in client.get(reverse("wagtailadmin_home")).content.decode()
    editor = make_member(lao_a, "editors")
    staff_login(client, editor)
    assert reverse("identity_people") not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert client.get(reverse("identity_people")).status_code == 403


@pytest.mark.django_db
def test_search_finds_citizens_only(client, lao_a, officer_a, citizen, make_member, django_user_model):
    django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    make_member(lao_a, "editors", username="editor-somchai")
    staff_login(client, officer_a)
    assert client.get(reverse("identity_people")).context["people"] is None  # no listing without a query
    html = client.get(reverse("identity_people"), {"q": "สมชาย"}).content.decode()
    assert "สมชาย ใจดี" in html and "s••••••@example.org" in html and "somchai@example.org" not in html
    assert client.get(reverse("identity_people"), {"q": "root@example.org"}).context["people"] == []
    assert client.get(reverse("identity_people"), {"q": "officers"}).context["people"] == []


@pytest.mark.django_db
def test_officer_records_a_local_with_village(client, lao_a, officer_a, citizen, villages_a):
    staff_login(client, officer_a)
    url = verification_url(client, citizen)
    page = client.get(url)
    assert page.status_code == 200 and 'autocomplete="off"' in page.content.decode()
    response = client.post(url, verify_form(lao_a, village=villages_a[1].pk))
    assert response.status_code == 302, response.context["form"].errors
    standing = Standing.objects.get(user=citizen, authority=lao_a)
    assert standing.kind == "local" and standing.village == villages_a[1]
    assert standing.method == "officer" and standing.verified_by == officer_a
    assert timezone.localdate(standing.expires_at) == timezone.localdate() + datetime.timedelta(days=700)
    record = IdentityRecord.objects.get(user=citizen)
    assert record.method == "officer" and record.verified_by == officer_a and record.authority == lao_a
    assert set(VerificationEvent.objects.values_list("action", flat=True)) == {
        EventAction.IDENTITY_RECORDED, EventAction.STANDING_GRANTED}


@pytest.mark.django_db
def test_officer_records_an_outsider(client, lao_a, officer_a, citizen, villages_a):
    staff_login(client, officer_a)
    response = client.post(verification_url(client, citizen), verify_form(lao_a, kind="outsider"))
    assert response.status_code == 302
    assert Standing.objects.get(user=citizen).kind == "outsider"


@pytest.mark.django_db
def test_form_errors(client, lao_a, lao_b, officer_a, citizen, villages_a, village_b):
    staff_login(client, officer_a)
    url = verification_url(client, citizen)
    bad = with_bad_check_digit(EXAMPLE_ID)
    response = client.post(url, verify_form(lao_a, national_id=bad, village=villages_a[1].pk))
    assert response.status_code == 200 and bad not in response.content.decode()
    # A local needs a village of this LAO; another LAO's village is not even a choice.
    assert "village" in client.post(url, verify_form(lao_a)).context["form"].errors
    assert "village" in client.post(url, verify_form(lao_a, village=village_b.pk)).context["form"].errors
    assert "authority" in client.post(url, verify_form(lao_b)).context["form"].errors
    assert "documents_checked" in client.post(
        url, verify_form(lao_a, village=villages_a[1].pk, documents_checked="")).context["form"].errors
    assert not Standing.objects.exists() and not IdentityRecord.objects.exists()


@pytest.mark.django_db
def test_officer_cannot_verify_themselves(client, lao_a, officer_a):
    staff_login(client, officer_a)
    assert client.get(reverse("identity_verify_person", args=[officer_a.pk])).status_code == 404


@pytest.mark.django_db
def test_change_and_revoke(client, lao_a, officer_a, citizen, villages_a):
    staff_login(client, officer_a)
    client.post(verification_url(client, citizen), verify_form(lao_a, village=villages_a[1].pk))
    standing = Standing.objects.get()
    listing = client.get(reverse("identity_standings"))
    assert "สมชาย ใจดี" in listing.content.decode()
    change = reverse("identity_standing_change", args=[standing.pk])
    assert client.get(change).status_code == 200
    response = client.post(change, {"kind": "local", "village": villages_a[3].pk,
                                    "expires_at": (timezone.localdate() + datetime.timedelta(days=30)).isoformat()})
    assert response.status_code == 302
    standing.refresh_from_db()
    assert standing.village == villages_a[3]
    revoke = reverse("identity_standing_revoke", args=[standing.pk])
    assert client.get(revoke).status_code == 200
    assert client.post(revoke, {"reason": "ย้ายออกแล้ว"}).status_code == 302
    assert not Standing.objects.exists()
    event = VerificationEvent.objects.get(action=EventAction.STANDING_REVOKED)
    assert event.actor == officer_a and event.subject == citizen and event.detail == "ย้ายออกแล้ว"
