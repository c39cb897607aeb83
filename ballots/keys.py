"""Keyed hashes that recognise a second ballot of the same person without naming anyone.

Each key mixes the ballot's id, so keys of two ballots cannot be matched with each other, and
the portal's secret (``PORTAL_ID_HASH_KEY``), so nobody without it can test a guess.
"""

import hashlib
import hmac

from portal.identity.national_id import _key


def _mac(ballot, kind, value):
    return hmac.new(_key(), f"ballot:{ballot.pk}:{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def voter_key(ballot, user):
    """The key of a person's account for this ballot."""
    return _mac(ballot, "user", user.pk)


def id_key(ballot, national_id_hash):
    """The key of a national ID (given as the portal's keyed hash of it) for this ballot."""
    return _mac(ballot, "id", national_id_hash)


def account_id_hash(user):
    """The keyed hash of the person's verified national ID, or "" when the portal has none."""
    from portal.identity.models import IdentityRecord

    return IdentityRecord.objects.filter(user=user).values_list("id_hash", flat=True).first() or ""
