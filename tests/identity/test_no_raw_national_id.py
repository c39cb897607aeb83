"""Verify people by every method, then look everywhere for their national ID numbers: nowhere.

Every text column of every table, every SQL statement sent to the database, the captured log
output and the e-mails sent are searched for the 13 digits.
"""

import datetime
import logging

from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, models
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from portal.identity.claims import apply_oidc_claims
from portal.identity.models import IdentityRecord, Standing
from portal.identity.resident_list import verify_against_resident_list  # noqa: F401  (the path used below)
from tests.conftest import host_of, staff_login

from .conftest import EXAMPLE_ID, national_id, verification_url

OFFICER_ID, LIST_ID, CLAIMS_ID = EXAMPLE_ID, national_id(7), national_id(8)
ALL_IDS = [OFFICER_ID, LIST_ID, CLAIMS_ID]


def _text_columns():
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        fields = [f for f in model._meta.local_concrete_fields
                  if isinstance(f, (models.CharField, models.TextField, models.JSONField))]
        if fields:
            yield model, fields


def tables_holding(number):
    found = []
    for model, fields in _text_columns():
        table = connection.ops.quote_name(model._meta.db_table)
        for field in fields:
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT COUNT(*) FROM {table} WHERE CAST({connection.ops.quote_name(field.column)} AS TEXT) LIKE %s",
                    [f"%{number}%"],
                )
                if cursor.fetchone()[0]:
                    found.append(f"{model._meta.label}.{field.name}")
    return found


@pytest.mark.django_db
def test_national_ids_are_nowhere_after_every_method(client, lao_a, officer_a, make_citizen, villages_a, tambon_a,
                                                    caplog, mailoutbox):
    caplog.set_level(logging.DEBUG)
    by_officer, by_list, by_claims, intruder = (make_citizen(n) for n in ("kanya", "niran", "pim", "intruder"))
    expires = (timezone.localdate() + datetime.timedelta(days=700)).isoformat()

    with CaptureQueriesContext(connection) as queries:
        # An officer checks the ID card and house registration in person.
        staff_login(client, officer_a)
        response = client.post(verification_url(client, by_officer), {
            "authority": lao_a.pk, "national_id": OFFICER_ID, "kind": "local", "village": villages_a[1].pk,
            "expires_at": expires, "documents_checked": "on",
        })
        assert response.status_code in (200, 302)
        # The officer uploads the resident list; a resident finds themselves on it.
        response = client.post(
            reverse("identity_resident_list_upload", args=[lao_a.pk]),
            {"file": SimpleUploadedFile("residents.csv", f"{LIST_ID},2\n{national_id(9)},3\n".encode()),
             "mode": "replace"},
        )
        assert response.status_code in (200, 302)
        client.logout()
        client.force_login(by_list)
        client.post("/verify/", {"national_id": LIST_ID}, HTTP_HOST=host_of(lao_a))
        # ThaID sends the number as the `pid` claim.
        apply_oidc_claims(by_claims, "thaid", {"sub": "abc", "pid": CLAIMS_ID, "name": "พิม",
                                               "address": {"formatted": "ตำบลอ่าวนาง อำเภอเมืองกระบี่ จังหวัดกระบี่"}})
        # Someone else presents an ID that is taken: refused, the holder told.
        client.force_login(intruder)
        client.post("/verify/", {"national_id": LIST_ID}, HTTP_HOST=host_of(lao_a))

    # Each method did its work...
    assert IdentityRecord.objects.filter(user__in=[by_officer, by_list, by_claims]).count() == 3
    assert Standing.objects.filter(user__in=[by_officer, by_list], authority=lao_a).count() == 2
    assert not IdentityRecord.objects.filter(user=intruder).exists()
    # ...and the numbers are nowhere: not in any table, any SQL sent, any log line, any e-mail.
    for number in ALL_IDS + [national_id(9)]:
        assert tables_holding(number) == [], number
        assert not [q["sql"] for q in queries.captured_queries if number in q["sql"]], number
        assert number not in caplog.text
        assert all(number not in m.body and number not in m.subject for m in mailoutbox)
