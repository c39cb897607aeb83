"""The citizen's /verify/ page on the LAO's own site: on the list → local; otherwise a clear message."""

import pytest

from portal.identity.models import IdentityRecord, Standing, VerificationMethod
from portal.identity.resident_list import parse_resident_file, store_resident_list

from .conftest import EXAMPLE_ID, host, national_id, with_bad_check_digit


@pytest.fixture
def listed(lao_a, villages_a):
    data = f"{EXAMPLE_ID},2\n{national_id(1)},1\n".encode()
    store_resident_list(lao_a, parse_resident_file("list.csv", data, lao_a))


def post(client, authority, number, path="/verify/"):
    return client.post(path, {"national_id": number}, HTTP_HOST=host(authority), follow=True)


@pytest.mark.django_db
def test_sign_in_first(client, lao_a):
    response = client.get("/verify/", HTTP_HOST=host(lao_a))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.django_db
def test_not_on_the_central_site(client, citizen, central_site):
    client.force_login(citizen)
    assert client.get("/verify/", HTTP_HOST="ruamkhit.test").status_code == 404


@pytest.mark.django_db
def test_form_in_thai_with_accessible_label(client, citizen, lao_a, listed):
    client.force_login(citizen)
    response = client.get("/verify/", HTTP_HOST=host(lao_a))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label for="id_national_id">เลขประจำตัวประชาชน</label>' in html
    assert 'autocomplete="off"' in html and 'aria-describedby="id_national_id-help"' in html


@pytest.mark.django_db
def test_match_makes_a_local_with_the_village(client, citizen, lao_a, listed, villages_a):
    client.force_login(citizen)
    response = post(client, lao_a, "1-1120-34563-56-2")
    assert "คุณเป็นผู้มีถิ่นที่อยู่ใน" in response.content.decode()
    standing = Standing.objects.get(user=citizen, authority=lao_a)
    assert standing.is_local and standing.village == villages_a[2]
    assert standing.method == VerificationMethod.RESIDENT_LIST and standing.expires_at
    assert IdentityRecord.objects.get(user=citizen).method == VerificationMethod.RESIDENT_LIST


@pytest.mark.django_db
def test_no_match_says_what_to_do(client, citizen, lao_a, listed):
    client.force_login(citizen)
    number = national_id(55)
    response = post(client, lao_a, number)
    html = response.content.decode()
    assert "ไม่อยู่ในทะเบียนผู้มีถิ่นที่อยู่" in html and "ทะเบียนบ้าน" in html
    assert number not in html
    assert not Standing.objects.exists() and not IdentityRecord.objects.exists()


@pytest.mark.django_db
def test_invalid_id_is_refused_and_not_echoed(client, citizen, lao_a, listed):
    client.force_login(citizen)
    bad = with_bad_check_digit(EXAMPLE_ID)
    response = post(client, lao_a, bad)
    html = response.content.decode()
    assert response.status_code == 200
    assert "ไม่ถูกต้อง" in html and 'aria-invalid="true"' in html
    assert bad not in html and EXAMPLE_ID not in html
    assert not Standing.objects.exists()


@pytest.mark.django_db
def test_list_of_another_lao_does_not_count(client, citizen, lao_a, lao_b, listed):
    store_resident_list(lao_b, parse_resident_file("b.csv", f"{national_id(77)}\n".encode(), lao_b))
    client.force_login(citizen)
    post(client, lao_b, EXAMPLE_ID)
    assert not Standing.objects.exists()


@pytest.mark.django_db
def test_id_of_another_account_is_refused(client, citizen, make_citizen, lao_a, listed, mailoutbox):
    holder = make_citizen("holder")
    client.force_login(holder)
    post(client, lao_a, EXAMPLE_ID)
    client.force_login(citizen)
    response = post(client, lao_a, EXAMPLE_ID)
    assert "บัญชีเดียว" in response.content.decode()
    assert not Standing.objects.filter(user=citizen).exists()
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [holder.email]


@pytest.mark.django_db
def test_repeated_misses_are_slowed_down(client, citizen, lao_a, listed):
    client.force_login(citizen)
    for n in range(5):
        post(client, lao_a, national_id(100 + n))
    response = post(client, lao_a, EXAMPLE_ID)
    assert "ลองใหม่" in response.content.decode()
    assert not Standing.objects.exists()


@pytest.mark.django_db
def test_english_page(client, citizen, lao_a, listed):
    client.force_login(citizen)
    response = client.get("/en/verify/", HTTP_HOST=host(lao_a))
    assert response.status_code == 200 and "Verify your residence" in response.content.decode()
