"""A person downloads all their data, and erasure leaves no personal data in any table."""

import json

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models

import pytest
from django_comments_xtd.models import XtdComment

from polls.models import PollAnswer
from portal.identity.models import Standing, StandingKind, VerificationMethod
from portal.privacy.models import Consent, ErasureRecord
from portal.tenancy.models import Authority


def _comment(user, page, text, ip):
    return XtdComment.objects.create(
        content_type=ContentType.objects.get_for_model(page), object_pk=str(page.pk), site_id=1,
        user=user, user_name=user.display_name, user_email=user.email, comment=text, ip_address=ip,
    )


@pytest.fixture
def activity(person, other, lao_a, make_consultation, today):
    page = make_consultation(lao_a, "ideas")
    for user, choice in ((person, 0), (other, 1)):
        PollAnswer.objects.create(authority=lao_a, consultation_key=page.translation_key, block_id="poll-1",
                                  user=user, choice=choice, choice_label=["ถนน", "น้ำท่วม"][choice])
    _comment(person, page, "ถนนหน้าบ้านมาลีเป็นหลุมลึก", "203.0.113.7")
    _comment(other, page, "เห็นด้วยกับการซ่อมถนน", "198.51.100.9")
    Standing.objects.create(user=person, authority=lao_a, kind=StandingKind.LOCAL, method=VerificationMethod.OFFICER)
    return page


@pytest.mark.django_db
def test_export_holds_the_persons_data_and_nothing_of_others(client, person, activity):
    client.force_login(person)
    response = client.get("/privacy/my-data/download/")
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    text = json.dumps(data, ensure_ascii=False)
    assert data["account"]["email"] == "malee.s@example.org"
    assert data["consents"][0]["notice_version"] == 1
    assert [a["answer"] for a in data["poll_answers"]] == ["ถนน"]
    assert [c["comment"] for c in data["comments"]] == ["ถนนหน้าบ้านมาลีเป็นหลุมลึก"]
    assert data["identity"]["standings"][0]["kind"] == "local"
    for others in ("prasit", "ประสิทธิ์", "เห็นด้วยกับการซ่อมถนน", "น้ำท่วม"):
        assert others not in text


@pytest.mark.django_db
def test_export_needs_sign_in(client):
    assert client.get("/privacy/my-data/download/").status_code == 302


def _text_columns():
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        fields = [f for f in model._meta.local_concrete_fields
                  if isinstance(f, (models.CharField, models.TextField, models.JSONField, models.GenericIPAddressField))]
        if fields:
            yield model, fields


def _rows_mentioning(needles):
    found = []
    for model, fields in _text_columns():
        table = connection.ops.quote_name(model._meta.db_table)
        for field in fields:
            column = connection.ops.quote_name(field.column)
            for needle in needles:
                with connection.cursor() as cursor:
                    cursor.execute(f"SELECT COUNT(*) FROM {table} WHERE CAST({column} AS TEXT) LIKE %s",
                                   [f"%{needle}%"])
                    if cursor.fetchone()[0]:
                        found.append((model._meta.label, field.name, needle))
    return found


def _rows_pointing_at(user_id):
    user_model = apps.get_model("accounts", "User")
    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.ForeignKey) and field.related_model is user_model:
                if model._default_manager.filter(**{field.attname: user_id}).exists():
                    found.append((model._meta.label, field.name))
    return found


@pytest.mark.django_db
def test_erasure_leaves_no_personal_data_in_any_table(client, person, other, activity):
    person_id = person.pk
    needles = ["malee", "มาลี", "ศรีสุข", "203.0.113.7", "ถนนหน้าบ้านมาลี"]
    assert _rows_mentioning(needles)  # the check can fail: the data is there before erasure
    client.force_login(person)
    response = client.post("/privacy/my-data/erase/", {"confirm": "ลบบัญชี"})
    assert response.status_code == 302

    assert _rows_mentioning(needles) == []
    assert _rows_pointing_at(person_id) == []
    # Anonymous counts stay: both poll answers, both comments (one now removed and nameless).
    assert PollAnswer.objects.count() == 2 and PollAnswer.objects.filter(user=None).count() == 1
    assert XtdComment.objects.count() == 2 and XtdComment.objects.filter(user=None, is_removed=True).count() == 1
    # Others are untouched; the erasure is logged without naming the person.
    assert Consent.objects.filter(user=other).exists() and Authority.objects.exists()
    record = ErasureRecord.objects.get()
    assert record.summary["poll_answers"] == 1 and record.summary["comments"] == 1
    # The summary counts what was erased and names nobody: no id, name or address of the person.
    assert not {"user", "user_id", "username", "email", "person"} & set(record.summary)
    assert all(isinstance(value, int | dict) for value in record.summary.values())
    assert "malee" not in json.dumps(record.summary)
    # Signed out.
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_erasure_needs_the_confirmation(client, person):
    client.force_login(person)
    response = client.post("/privacy/my-data/erase/", {"confirm": "ok"})
    assert response.status_code == 400
    assert "พิมพ์ ลบบัญชี" in response.content.decode()
    assert type(person).objects.filter(pk=person.pk).exists()
