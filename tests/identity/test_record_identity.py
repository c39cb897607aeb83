"""One national ID, one account: a second account is refused, and the first owner is told."""

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from portal.identity.identity_records import IdentityMismatch, IdentityTaken, record_identity
from portal.identity.models import EventAction, IdentityRecord, VerificationEvent, VerificationMethod

from .conftest import EXAMPLE_ID, national_id, with_bad_check_digit


@pytest.mark.django_db
def test_records_hash_method_and_officer(citizen, lao_a, officer_a):
    record = record_identity(citizen, EXAMPLE_ID, VerificationMethod.OFFICER, by=officer_a, authority=lao_a)
    assert record.user == citizen and record.method == "officer" and record.verified_by == officer_a
    assert record.authority == lao_a and len(record.id_hash) == 64
    event = VerificationEvent.objects.get(action=EventAction.IDENTITY_RECORDED)
    assert event.actor == officer_a and event.subject == citizen and event.authority == lao_a


@pytest.mark.django_db
def test_same_account_same_id_again_is_fine(citizen):
    first = record_identity(citizen, EXAMPLE_ID, VerificationMethod.RESIDENT_LIST)
    assert record_identity(citizen, "1-1120-34563-56-2", VerificationMethod.OFFICER) == first
    assert IdentityRecord.objects.count() == 1


@pytest.mark.django_db
def test_invalid_number_is_refused(citizen):
    with pytest.raises(ValidationError):
        record_identity(citizen, with_bad_check_digit(EXAMPLE_ID), VerificationMethod.OFFICER)
    assert not IdentityRecord.objects.exists()


@pytest.mark.django_db
def test_account_keeps_its_one_id(citizen):
    record_identity(citizen, EXAMPLE_ID, VerificationMethod.OFFICER)
    with pytest.raises(IdentityMismatch):
        record_identity(citizen, national_id(7), VerificationMethod.OFFICER)


@pytest.mark.django_db
def test_second_account_is_refused_and_first_owner_told(make_citizen, lao_a, mailoutbox):
    first = make_citizen("first", email="first@example.org", display_name="คนแรก")
    second = make_citizen("mallory", email="mallory@example.org", display_name="ผู้ลอง สองบัญชี")
    record_identity(first, EXAMPLE_ID, VerificationMethod.OFFICER)
    with translation.override("th"), pytest.raises(IdentityTaken) as refused:
        record_identity(second, EXAMPLE_ID, VerificationMethod.RESIDENT_LIST, authority=lao_a)
    assert "บัญชีเดียว" in refused.value.messages[0]
    assert IdentityRecord.objects.get().user == first

    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["first@example.org"]
    text = mail.subject + mail.body
    for clue in ("mallory", "ผู้ลอง", "สองบัญชี", EXAMPLE_ID):
        assert clue not in text
    assert "เลขประจำตัวประชาชน" in mail.subject and lao_a.full_name_th in mail.body

    event = VerificationEvent.objects.get(action=EventAction.DUPLICATE_REFUSED)
    assert event.subject == second and event.authority == lao_a and EXAMPLE_ID not in event.detail


@pytest.mark.django_db
def test_race_lost_at_the_unique_constraint_is_a_refusal(make_citizen, monkeypatch, mailoutbox):
    """The check before the insert saw nothing (another insert was not committed yet)."""
    from portal.identity import identity_records

    first, second = make_citizen("first"), make_citizen("second")
    record_identity(first, EXAMPLE_ID, VerificationMethod.OFFICER)
    real = identity_records._holder_of
    calls = []

    def blind_first_time(digest):
        calls.append(digest)
        return None if len(calls) == 1 else real(digest)

    monkeypatch.setattr(identity_records, "_holder_of", blind_first_time)
    with pytest.raises(IdentityTaken):
        record_identity(second, EXAMPLE_ID, VerificationMethod.OFFICER)
    assert len(calls) == 2 and len(mailoutbox) == 1
    assert IdentityRecord.objects.get().user == first
