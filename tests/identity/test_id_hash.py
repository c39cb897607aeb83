"""The keyed hash: stable for one ID, different under another key, and the raw number never stored."""

from django.db import connection
from django.test import override_settings

import pytest

from portal.identity.identity_records import record_identity
from portal.identity.models import VerificationMethod
from portal.identity.national_id import hasher, id_hash

from .conftest import EXAMPLE_ID


def test_same_id_same_hash_whatever_the_spelling():
    assert id_hash(EXAMPLE_ID) == id_hash("1-1120-34563-56-2") == hasher()(EXAMPLE_ID)
    assert len(id_hash(EXAMPLE_ID)) == 64


def test_hash_is_not_a_plain_sha256():
    import hashlib

    assert id_hash(EXAMPLE_ID) != hashlib.sha256(EXAMPLE_ID.encode()).hexdigest()


def test_different_key_gives_a_different_hash():
    assert id_hash(EXAMPLE_ID, key="one key") != id_hash(EXAMPLE_ID, key="another key")
    with override_settings(PORTAL_ID_HASH_KEY="rotated"):
        assert id_hash(EXAMPLE_ID) == id_hash(EXAMPLE_ID, key="rotated")
    assert id_hash(EXAMPLE_ID) != id_hash(EXAMPLE_ID, key="rotated")


@pytest.mark.django_db
def test_raw_id_is_stored_nowhere(citizen, lao_a):
    record_identity(citizen, "1-1120-34563-56-2", VerificationMethod.OFFICER, authority=lao_a)
    tables = [t for t in connection.introspection.table_names() if t.startswith(("identity_", "accounts_"))]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f'SELECT * FROM "{table}"')
            for row in cursor.fetchall():
                text = " ".join(str(v) for v in row)
                assert EXAMPLE_ID not in text and "1-1120-34563-56-2" not in text, table
