"""National ID check digit: valid, invalid, wrong length, not digits; messages in Thai."""

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from portal.identity import national_id

from .conftest import EXAMPLE_ID, with_bad_check_digit


@pytest.mark.parametrize("typed", [EXAMPLE_ID, "1-1120-34563-56-2", " 1 1120 34563 56 2 ", "๑๑๑๒๐๓๔๕๖๓๕๖๒"])
def test_valid_ids_are_normalised(typed):
    assert national_id.validate(typed) == EXAMPLE_ID
    assert national_id.is_valid(typed)


def test_check_digit_of_the_example():
    assert national_id.check_digit(EXAMPLE_ID[:12]) == 2


@pytest.mark.parametrize("typed, code", [
    (with_bad_check_digit(EXAMPLE_ID), "check_digit"),
    ("111203456356", "length"),
    ("11120345635621", "length"),
    ("1112O34563562", "not_digits"),
    ("abc", "not_digits"),
    ("", "empty"),
    ("  -- ", "empty"),
])
def test_invalid_ids_say_what_is_wrong(typed, code):
    with pytest.raises(ValidationError) as error:
        national_id.validate(typed)
    assert error.value.code == code
    assert not national_id.is_valid(typed)


def test_every_check_digit_but_one_fails():
    failures = [d for d in "0123456789" if not national_id.is_valid(EXAMPLE_ID[:12] + d)]
    assert len(failures) == 9


def test_messages_are_thai():
    with translation.override("th"):
        assert national_id.problem("123") == "เลขประจำตัวประชาชนมี 13 หลัก แต่เลขนี้มี 3 หลัก"
        assert "ไม่ถูกต้อง" in national_id.problem(with_bad_check_digit(EXAMPLE_ID))
        assert "ตัวเลข" in national_id.problem("12345678901x3")
