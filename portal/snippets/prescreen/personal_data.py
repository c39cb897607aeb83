"""Personal data in a citizen's text: Thai national ID numbers, mobile numbers, e-mail addresses.

Found in the normalised text (so Thai digits and invisible characters do not hide them) and
reported masked.
"""

import re

from django.utils.translation import gettext_lazy as _

from ..moderation_reasons import ModerationReason
from .verdict import Reason

_SEP = r"[ .\-]"
# 13 digits: written together; in the card's grouping with one kind of separator
# ("1-1120-34563-56-2"); or with any single separators between digits, then not part of a
# longer run of digits (which could be two numbers side by side).
NATIONAL_ID = re.compile(
    rf"(?<![0-9])(?:"
    rf"[0-9]{{13}}(?![0-9])"
    rf"|[0-9]({_SEP})[0-9]{{4}}\1[0-9]{{5}}\1[0-9]{{2}}\1[0-9](?![0-9])"
    rf"|(?<![0-9]{_SEP})[0-9](?:{_SEP}?[0-9]){{12}}(?!{_SEP}?[0-9])"
    rf")"
)
# 10 digits starting 06, 08 or 09 ("081-234-5678", "08 1234 5678").
MOBILE = re.compile(rf"(?<![0-9])0[689](?:{_SEP}?[0-9]){{8}}(?![0-9])")
EMAIL = re.compile(r"(?<![\w.+-])[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", re.ASCII)
# Government addresses (saraban@<lao>.go.th) are published contact points, not personal data.
PUBLIC_EMAIL_DOMAINS = (".go.th",)

NATIONAL_ID_DETAIL = _("national ID number")
ID_LIKE_DETAIL = _("13-digit number like a national ID (check digit does not match)")
MOBILE_DETAIL = _("mobile phone number")
EMAIL_DETAIL = _("e-mail address")


def digits_of(text):
    return "".join(char for char in text if char.isdigit())


def national_id_is_valid(digits):
    """The check digit rule: (11 − Σ dᵢ·(14−i) mod 11) mod 10, for i = 1..12."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum(int(digit) * (13 - index) for index, digit in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])


def mask_national_id(digits):
    """Only the last three digits show, in the card's grouping: x-xxxx-xxxxx-56-2."""
    return f"x-xxxx-xxxxx-{digits[10:12]}-{digits[12]}"


def mask_mobile(digits):
    return f"{digits[:2]}x-xxx-xx{digits[8:]}"


def mask_email(address):
    local, _at, domain = address.partition("@")
    return f"{local[0]}***@{domain}"


def find_personal_data(normalised):
    """Reasons for every national ID, mobile number and private e-mail address in the text.

    A 13-digit number whose check digit fails is still held (most likely an ID with one digit
    mistyped, which still identifies the person), with its own, weaker detail. Numbers starting
    with 0 are juristic persons' registration numbers, which are public, and are not held.
    """
    text = normalised.text
    reasons, taken = [], []

    def add(match, masked, detail):
        start, end = normalised.source_span(match.start(), match.end())
        reasons.append(Reason(ModerationReason.PERSONAL_DATA, masked, start, end - start, detail))
        taken.append((match.start(), match.end()))

    for match in NATIONAL_ID.finditer(text):
        digits = digits_of(match.group())
        if digits[0] == "0":
            continue
        valid = national_id_is_valid(digits)
        add(match, mask_national_id(digits), NATIONAL_ID_DETAIL if valid else ID_LIKE_DETAIL)
    for match in MOBILE.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        add(match, mask_mobile(digits_of(match.group())), MOBILE_DETAIL)
    for match in EMAIL.finditer(text):
        address = match.group()
        if address.endswith(PUBLIC_EMAIL_DOMAINS):
            continue
        add(match, mask_email(address), EMAIL_DETAIL)
    return reasons
