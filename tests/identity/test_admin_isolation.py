"""An officer of LAO A can neither see nor change anything of LAO B, in every verification view."""

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from portal.identity.identity_records import record_identity
from portal.identity.models import ResidentListEntry, Standing, VerificationEvent, VerificationMethod
from portal.identity.resident_list import parse_resident_file, store_resident_list
from portal.identity.standings import grant_standing
from tests.conftest import staff_login

from .conftest import national_id, verification_url


def denied(response):
    return response.status_code in (403, 404)


@pytest.fixture
def world(lao_a, lao_b, officer_a, officer_b, make_citizen, village_b):
    person_b = make_citizen("chiangmai-person", display_name="คนเชียงใหม่")
    record_identity(person_b, national_id(1), VerificationMethod.OFFICER, by=officer_b, authority=lao_b)
    standing_b = grant_standing(person_b, lao_b, "local", method=VerificationMethod.OFFICER, village=village_b,
                                by=officer_b)
    store_resident_list(lao_b, parse_resident_file("b.csv", f"{national_id(2)}\n".encode(), lao_b), by=officer_b)
    return {"standing_b": standing_b, "person_b": person_b}


@pytest.mark.django_db
def test_listings_show_only_own_lao(client, world, officer_a, lao_a, lao_b):
    staff_login(client, officer_a)
    standings = client.get(reverse("identity_standings")).content.decode()
    assert "คนเชียงใหม่" not in standings
    assert "คนเชียงใหม่" not in client.get(reverse("identity_standings"), {"authority": lao_b.pk}).content.decode()
    lists = client.get(reverse("identity_resident_lists")).content.decode()
    assert lao_a.full_name_th in lists and lao_b.full_name_th not in lists
    log = client.get(reverse("identity_audit_log"))
    assert log.status_code == 200
    assert all(e.authority_id == lao_a.pk for e in log.context["page_obj"].object_list)
    assert "คนเชียงใหม่" not in log.content.decode()
    # The search shows the person (any citizen may come to A's office) but not B's standing.
    search = client.get(reverse("identity_people"), {"q": "เชียงใหม่"}).content.decode()
    assert "คนเชียงใหม่" in search and lao_b.full_name_th not in search


@pytest.mark.django_db
def test_views_of_another_lao_are_refused_and_change_nothing(client, world, officer_a, lao_b, village_b):
    staff_login(client, officer_a)
    standing = world["standing_b"]
    change = reverse("identity_standing_change", args=[standing.pk])
    revoke = reverse("identity_standing_revoke", args=[standing.pk])
    upload = reverse("identity_resident_list_upload", args=[lao_b.pk])
    for url in (change, revoke, upload):
        assert denied(client.get(url)), url
    assert denied(client.post(change, {"kind": "outsider", "village": "", "expires_at": "2030-01-01"}))
    assert denied(client.post(revoke, {"reason": "intrude"}))
    assert denied(client.post(upload, {"file": SimpleUploadedFile("x.csv", f"{national_id(3)}\n".encode()),
                                       "mode": "replace"}))
    # B's resident may come to A's office: found by a search, the form opens, but not for LAO B.
    create = client.post(verification_url(client, world["person_b"]), {
        "authority": lao_b.pk, "national_id": national_id(1), "kind": "local", "village": village_b.pk,
        "expires_at": "2030-01-01", "documents_checked": "on",
    })
    assert create.status_code == 200 and "authority" in create.context["form"].errors

    standing.refresh_from_db()
    assert standing.kind == "local" and standing.village == village_b
    assert Standing.objects.count() == 1
    assert ResidentListEntry.objects.filter(authority=lao_b).count() == 1
    assert not VerificationEvent.objects.filter(actor=world["person_b"]).exists()
    assert not VerificationEvent.objects.filter(actor__username__startswith="officers-ao").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["editors", "approvers", "moderators"])
def test_other_roles_have_no_verification_views(client, world, lao_a, make_member, role):
    staff_login(client, make_member(lao_a, role))
    urls = [
        reverse("identity_people"), reverse("identity_standings"), reverse("identity_resident_lists"),
        reverse("identity_audit_log"), reverse("identity_resident_list_upload", args=[lao_a.pk]),
        reverse("identity_standing_change", args=[world["standing_b"].pk]),
        reverse("identity_verify_person", args=[world["person_b"].pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 403, url


@pytest.mark.django_db
def test_superuser_sees_every_lao(client, world, django_user_model, lao_b):
    root = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    staff_login(client, root)
    assert "คนเชียงใหม่" in client.get(reverse("identity_standings")).content.decode()
    assert client.get(reverse("identity_resident_list_upload", args=[lao_b.pk])).status_code == 200


@pytest.mark.django_db
def test_verification_form_opens_only_for_people_found_or_with_standing(client, world, officer_a, officer_b, lao_a,
                                                                          make_member):
    """An officer cannot read accounts' names by walking the form's ids: a person their own search
    showed in this session, or one who has or asks for standing in their LAO, or a 404."""
    staff_login(client, officer_a)
    person_b = world["person_b"]
    url = reverse("identity_verify_person", args=[person_b.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"authority": lao_a.pk}).status_code == 404
    # Staff accounts are nobody's to verify, in this LAO or another: not found, not opened.
    editor_b = make_member(world["standing_b"].authority, "editors", "editor-of-b")
    for staff, name in ((officer_b, "เจ้าหน้าที่เชียงใหม่"), (editor_b, "บรรณาธิการเชียงใหม่")):
        staff.display_name = name
        staff.save(update_fields=["display_name"])
        assert client.get(reverse("identity_people"), {"q": staff.username}).context["people"] == []
        page = client.get(reverse("identity_verify_person", args=[staff.pk]))
        assert page.status_code == 404 and staff.display_name.encode() not in page.content
    # Found by a search, the form opens, and stays open in this session.
    client.get(reverse("identity_people"), {"q": person_b.username})
    assert client.get(url).status_code == 200
    # Someone with standing in A opens without a search.
    other = get_user_model().objects.create_user(username="resident-a", display_name="ผู้อยู่อาศัยอ่าวนาง")
    grant_standing(other, lao_a, "outsider", method=VerificationMethod.OFFICER, by=officer_a)
    assert client.get(reverse("identity_verify_person", args=[other.pk])).status_code == 200
