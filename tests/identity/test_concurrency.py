"""Two accounts presenting the same national ID at the same moment: exactly one keeps it (PostgreSQL)."""

import threading

from django.db import connection, connections

import pytest

from portal.identity.identity_records import IdentityTaken, record_identity
from portal.identity.models import EventAction, IdentityRecord, VerificationEvent, VerificationMethod

from .conftest import EXAMPLE_ID

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's concurrency")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("attempt", range(3))
def test_simultaneous_attempts_leave_one_record(make_citizen, mailoutbox, attempt):
    people = [make_citizen(f"twin{attempt}-{i}", email=f"twin{i}@example.org") for i in range(4)]
    barrier = threading.Barrier(len(people))
    outcomes = {}

    def attempt_for(person):
        try:
            barrier.wait()
            record_identity(person, EXAMPLE_ID, VerificationMethod.RESIDENT_LIST)
            outcomes[person.pk] = "recorded"
        except IdentityTaken:
            outcomes[person.pk] = "refused"
        except Exception as error:  # pragma: no cover - reported by the assertion below
            outcomes[person.pk] = repr(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt_for, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert sorted(outcomes.values()) == ["recorded", "refused", "refused", "refused"], outcomes
    holder = IdentityRecord.objects.get()
    assert outcomes[holder.user_id] == "recorded"
    assert VerificationEvent.objects.filter(action=EventAction.DUPLICATE_REFUSED).count() == 3
    # Every refusal told the one holder, and only the holder.
    assert len(mailoutbox) == 3
    assert {m.to[0] for m in mailoutbox} == {holder.user.email}
