"""E-mail sign-up with confirmation, sign-in by e-mail, password reset, throttling: in Thai."""

import re

from django.core import mail

import pytest
from allauth.account.models import EmailAddress

PASSWORD = "pw-for-tests-1"


@pytest.mark.django_db
def test_sign_up_needs_the_emailed_confirmation(client, django_user_model):
    refused = client.post("/accounts/signup/", {
        "email": "malee@example.org", "password1": "Kh0ngJai-2569", "password2": "Kh0ngJai-2569",
    })
    assert refused.status_code == 200 and "กรุณาติ๊กช่องเพื่อให้ความยินยอม" in refused.content.decode()
    assert not django_user_model.objects.filter(email="malee@example.org").exists()
    response = client.post("/accounts/signup/", {
        "email": "malee@example.org", "password1": "Kh0ngJai-2569", "password2": "Kh0ngJai-2569",
        "accept": "on", "age": "adult",
    })
    assert response.url == "/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session
    user = django_user_model.objects.get(email="malee@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    assert user.consents.get().notice.version == 1  # explicit consent, given at sign-up
    # Signing in before confirming only sends the link again.
    client.post("/accounts/login/", {"login": "malee@example.org", "password": "Kh0ngJai-2569"})
    assert "_auth_user_id" not in client.session

    link = re.search(r"http://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    assert mail.outbox[0].subject.startswith("[ร่วมคิด]")
    confirm = client.get(link)
    assert confirm.status_code == 200 and "ยืนยัน" in confirm.content.decode()
    client.post(link)
    assert EmailAddress.objects.get(user=user).verified
    client.post("/accounts/login/", {"login": "malee@example.org", "password": "Kh0ngJai-2569"})
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
def test_sign_in_by_email_returns_to_next(client, person):
    person("somsri")
    response = client.post("/accounts/login/?next=/waste/", {"login": "somsri@example.org", "password": PASSWORD})
    assert response.url == "/waste/"


@pytest.mark.django_db
def test_password_reset_by_email(client, person):
    user = person("somsri")
    assert client.post("/accounts/password/reset/", {"email": "somsri@example.org"}).status_code == 302
    link = re.search(r"http://\S+/accounts/password/reset/key/\S+/", mail.outbox[0].body).group(0)
    form = client.get(link, follow=True)
    assert form.status_code == 200
    client.post(form.redirect_chain[-1][0], {"password1": "Mai-Pen-Rai-2570", "password2": "Mai-Pen-Rai-2570"})
    user.refresh_from_db()
    assert user.check_password("Mai-Pen-Rai-2570")


@pytest.mark.django_db
def test_repeated_failures_are_refused_in_thai(client, person):
    person("somsri")
    for _ in range(5):
        response = client.post("/accounts/login/", {"login": "somsri@example.org", "password": "wrong"})
        assert response.status_code == 200
        assert "ไม่ถูกต้อง" in response.content.decode()
    # Now even the right password is refused for a while, with a Thai message.
    response = client.post("/accounts/login/", {"login": "somsri@example.org", "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert "พยายามเข้าสู่ระบบล้มเหลวหลายครั้งเกินไป" in response.content.decode()


@pytest.mark.django_db
def test_failures_from_one_address_are_limited_across_accounts(client, person):
    for name in ("a", "b", "c"):
        person(name)
    for i in range(10):
        client.post("/accounts/login/", {"login": f"{'abc'[i % 3]}@example.org", "password": "wrong"})
    person("d")
    response = client.post("/accounts/login/", {"login": "d@example.org", "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)


@pytest.mark.django_db
def test_sign_in_page_is_thai_and_english_on_request(client):
    thai = client.get("/accounts/login/").content.decode()
    assert '<html lang="th">' in thai and "ลงชื่อเข้าใช้" in thai
    english = client.get("/accounts/login/?next=/en/waste/").content.decode()
    assert '<html lang="en">' in english and "Sign In" in english
    # The choice holds for the rest of the sign-in.
    assert '<html lang="en">' in client.get("/accounts/signup/").content.decode()
    assert '<html lang="th">' in client.get("/accounts/signup/?lang=th").content.decode()
