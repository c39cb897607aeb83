"""Keep national ID numbers out of what allauth stores.

allauth saves the provider's claims in ``SocialAccount.extra_data`` (a database column) and,
while a sign-up form is pending, in the session. ThaID sends the national ID as ``pid``; the
portal must never store it raw (PDPA; a keyed hash is kept by ``portal.identity``). So the
provider hands the claims over in two parts: ``stored`` (safe to keep) and ``full`` (only in
memory, for ``portal.identity.claims.apply_oidc_claims``). When a sign-up form is pending the
full claims ride in the session encrypted with a key derived from ``SECRET_KEY``.
"""

import base64
import json
import re

from django.utils.crypto import salted_hmac

from cryptography.fernet import Fernet, InvalidToken

# Claim names that carry a national ID at ThaID, DGA Digital ID and similar providers.
NATIONAL_ID_CLAIMS = frozenset({
    "pid", "national_id", "nationalid", "citizen_id", "citizenid", "personal_id", "id_card",
    "id_card_number", "thai_id", "nid",
})
_THIRTEEN_DIGITS = re.compile(r"^\d[\d -]{11,16}\d$")


def is_thai_national_id(value):
    """13 digits (spaces or dashes allowed) with a valid check digit."""
    if not isinstance(value, str) or not _THIRTEEN_DIGITS.match(value):
        return False
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) != 13:
        return False
    check = (11 - sum(d * (13 - i) for i, d in enumerate(digits[:12])) % 11) % 10
    return check == digits[12]


def is_sensitive(name, value):
    return name.lower() in NATIONAL_ID_CLAIMS or is_thai_national_id(value)


def strip_sensitive(claims):
    """A copy of ``claims`` without national-ID claims (by name, or by a value that is one)."""
    return {k: v for k, v in (claims or {}).items() if not is_sensitive(k, v)}


def strip_extra_data(extra_data):
    """allauth's ``extra_data`` for OpenID Connect: ``{"userinfo": {...}, "id_token": {...}}``."""
    return {
        key: strip_sensitive(value) if isinstance(value, dict) else value
        for key, value in (extra_data or {}).items()
        if not is_sensitive(key, value)
    }


def merged_claims(extra_data):
    """The claims as one dict: the ID token's, completed and overridden by userinfo's."""
    return {**(extra_data.get("id_token") or {}), **(extra_data.get("userinfo") or {})}


def _fernet():
    key = salted_hmac("portal.accounts.oidc.sensitive_claims", "session", algorithm="sha256").digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal(claims):
    """Encrypt claims for a short stay in the session."""
    return _fernet().encrypt(json.dumps(claims).encode()).decode()


def unseal(token, max_age=60 * 60):
    try:
        return json.loads(_fernet().decrypt(token.encode(), ttl=max_age))
    except (InvalidToken, ValueError, AttributeError):
        return None


def uses_sensitive_uid(app_settings):
    return (app_settings or {}).get("uid_field", "sub").lower() in NATIONAL_ID_CLAIMS


__all__ = [
    "NATIONAL_ID_CLAIMS", "is_sensitive", "is_thai_national_id", "merged_claims", "seal",
    "strip_extra_data", "strip_sensitive", "unseal", "uses_sensitive_uid",
]
