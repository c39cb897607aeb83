"""National IDs are kept out of extra_data, the uid and the session."""

import pytest

from portal.accounts.oidc.sensitive_claims import (
    is_thai_national_id,
    merged_claims,
    seal,
    strip_extra_data,
    unseal,
)

NATIONAL_ID = "1112034563562"


@pytest.mark.parametrize("value,expected", [
    (NATIONAL_ID, True), ("1-1120-34563-56-2", True), ("1112034563561", False), ("0812345678", False), (12, False),
])
def test_national_id_check_digit(value, expected):
    assert is_thai_national_id(value) is expected


def test_extra_data_loses_national_id_claims_by_name_and_by_value():
    extra_data = {
        "id_token": {"sub": "u1", "pid": NATIONAL_ID, "name": "สมชาย"},
        "userinfo": {"sub": "u1", "citizen_id": "x", "custom": NATIONAL_ID, "address": {"region": "กระบี่"}},
    }
    assert strip_extra_data(extra_data) == {
        "id_token": {"sub": "u1", "name": "สมชาย"},
        "userinfo": {"sub": "u1", "address": {"region": "กระบี่"}},
    }
    assert merged_claims(extra_data)["pid"] == NATIONAL_ID  # the full claims still have it


def test_sealed_claims_do_not_show_the_national_id():
    sealed = seal({"pid": NATIONAL_ID})
    assert NATIONAL_ID not in sealed
    assert unseal(sealed) == {"pid": NATIONAL_ID}
    assert unseal(sealed[:-4] + "AAAA") is None


def test_a_subject_that_is_a_national_id_is_hashed(rf, settings):
    from portal.accounts.oidc.provider import PortalOpenIDConnectProvider

    class App:
        provider_id, name, settings = "thaid", "ThaID", {"server_url": "https://x"}

    provider = PortalOpenIDConnectProvider(request=rf.get("/"), app=App())
    uid = provider.extract_uid({"id_token": {"sub": NATIONAL_ID}})
    assert uid.startswith("h:") and NATIONAL_ID not in uid
    assert provider.extract_uid({"id_token": {"sub": "U1234"}}) == "U1234"
