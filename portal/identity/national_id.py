"""Thai national ID numbers: normalise, check, and turn into the keyed hash the portal stores.

A national ID is 13 digits whose last digit is a check digit:
(11 − (Σ dᵢ·(14−i) for i = 1..12) mod 11) mod 10. The portal never stores the number itself
(PDPA): only ``id_hash``, an HMAC-SHA256 keyed with ``settings.PORTAL_ID_HASH_KEY``, which
lets it enforce "one person, one account" and match resident lists without being able to read
the number back, and without anyone holding only the database being able to recompute it.
"""

import hashlib
import hmac
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

LENGTH = 13
# What people type between the digit groups: 1-1120-34563-56-2, 1 1120 34563 56 2.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u00a0\u202f.]")
# Thai digits (๐–๙) as typed on a Thai keyboard layout.
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

MESSAGES = {
    "empty": _("Enter your 13-digit national ID number."),
    "not_digits": _("A national ID number has digits only (0–9)."),
    "length": _("A national ID number has 13 digits; this one has %(count)d."),
    "check_digit": _("This national ID number is not valid: check the digits and type it again."),
}


def normalise(value):
    """The digits of ``value`` with spaces and dashes removed (Thai digits become 0–9)."""
    return _SEPARATORS.sub("", str(value or "")).translate(_THAI_DIGITS)


def normalise_digits(text):
    """``text`` with Thai digits (๐–๙) written as 0–9."""
    return str(text).translate(_THAI_DIGITS)


def check_digit(first_twelve):
    """The 13th digit that makes ``first_twelve`` a valid national ID."""
    total = sum(int(digit) * (13 - index) for index, digit in enumerate(first_twelve))
    return (11 - total % 11) % 10


def validate(value):
    """The normalised national ID, or a ValidationError whose message says what is wrong."""
    number = normalise(value)
    if not number:
        raise ValidationError(MESSAGES["empty"], code="empty")
    if not number.isascii() or not number.isdigit():
        raise ValidationError(MESSAGES["not_digits"], code="not_digits")
    if len(number) != LENGTH:
        raise ValidationError(MESSAGES["length"], code="length", params={"count": len(number)})
    if check_digit(number[:12]) != int(number[12]):
        raise ValidationError(MESSAGES["check_digit"], code="check_digit")
    return number


def problem(value):
    """The message saying why ``value`` is not a national ID, or "" when it is one."""
    try:
        validate(value)
    except ValidationError as error:
        return error.messages[0]
    return ""


def is_valid(value):
    return not problem(value)


def _key(key=None):
    key = settings.PORTAL_ID_HASH_KEY if key is None else key
    return key.encode() if isinstance(key, str) else key


def id_hash(national_id, *, key=None):
    """The keyed hash (64 hex characters) the portal keeps instead of the national ID.

    ``national_id`` is validated first: a hash of a mistyped number would never match.
    """
    number = validate(national_id)
    return hmac.new(_key(key), number.encode(), hashlib.sha256).hexdigest()


def hasher(*, key=None):
    """A function from an already validated number to its hash, for hashing many numbers fast."""
    prepared = hmac.new(_key(key), digestmod=hashlib.sha256)

    def hash_one(number):
        mac = prepared.copy()
        mac.update(number.encode())
        return mac.hexdigest()

    return hash_one
