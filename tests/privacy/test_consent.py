"""Explicit, versioned consent: asked at sign-up, asked again when the notice changes."""

import datetime

from django.utils import timezone

import pytest

from participation.eligibility import CONSENT, Action, may
from portal.privacy.consent import has_current_consent
from portal.privacy.forms import ConsentSignupForm
from portal.privacy.models import Consent, PrivacyNotice


@pytest.mark.django_db
def test_the_first_notice_is_in_force_in_thai_and_english(client):
    html = client.get("/privacy/").content.decode()
    assert "ประกาศความเป็นส่วนตัว" in html and "มาตรา 26" in html
    english = client.get("/en/privacy/").content.decode()
    assert "Privacy notice" in english and "s.26" in english


@pytest.mark.django_db
def test_consent_needs_the_box_ticked(client, django_user_model):
    user = django_user_model.objects.create_user(username="new", password="x")
    client.force_login(user)
    response = client.post("/privacy/consent/", {"age": "adult"})
    assert response.status_code == 200
    assert "ติ๊กช่องเพื่อให้ความยินยอม" in response.content.decode()
    assert not Consent.objects.filter(user=user).exists()
    response = client.post("/privacy/consent/?next=/somewhere/", {"accept": "on", "age": "minor_with_guardian"})
    assert response.status_code == 302 and response["Location"] == "/somewhere/"
    consent = Consent.objects.get(user=user)
    assert consent.notice.version == 1 and consent.age == "minor_with_guardian"


@pytest.mark.django_db
def test_next_cannot_leave_the_site(client, django_user_model):
    client.force_login(django_user_model.objects.create_user(username="new", password="x"))
    response = client.post("/privacy/consent/?next=https://evil.example/", {"accept": "on", "age": "adult"})
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_signup_form_records_consent(rf, django_user_model):
    user = django_user_model.objects.create_user(username="new", password="x")
    form = ConsentSignupForm({"accept": "on", "age": "adult"})
    assert form.is_valid()
    form.signup(rf.get("/"), user)
    assert Consent.objects.filter(user=user, notice__version=1).exists()
    assert not ConsentSignupForm({"age": "adult"}).is_valid()


@pytest.mark.django_db
def test_a_new_notice_asks_again_before_taking_part(lao_a, make_consultation, citizen, client, today):
    from tests.conftest import host_of

    page = make_consultation(lao_a, "ideas")
    assert may(citizen, page, Action.COMMENT).allowed
    PrivacyNotice.objects.create(version=2, summary_th="ฉบับปรับปรุง", body_th="<p>ฉบับปรับปรุง</p>",
                                 effective_from=timezone.now() - datetime.timedelta(minutes=1))
    citizen = type(citizen).objects.get(pk=citizen.pk)  # a new request: nothing cached on the user
    assert not has_current_consent(citizen)
    decision = may(citizen, page, Action.COMMENT)
    assert not decision.allowed and decision.reason == CONSENT
    client.force_login(citizen)
    html = client.get(page.url, HTTP_HOST=host_of(lao_a)).content.decode()
    assert "ให้ความยินยอมตามประกาศความเป็นส่วนตัว" in html and "/privacy/consent/?next=" in html
    client.post("/privacy/consent/", {"accept": "on", "age": "adult"}, HTTP_HOST=host_of(lao_a))
    citizen = type(citizen).objects.get(pk=citizen.pk)
    assert may(citizen, page, Action.COMMENT).allowed


@pytest.mark.django_db
def test_a_future_notice_is_not_yet_asked(person):
    PrivacyNotice.objects.create(version=3, summary_th="อนาคต", body_th="<p>อนาคต</p>",
                                 effective_from=timezone.now() + datetime.timedelta(days=30))
    person = type(person).objects.get(pk=person.pk)
    assert has_current_consent(person)
