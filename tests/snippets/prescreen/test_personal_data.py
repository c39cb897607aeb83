from django.utils import translation

import pytest

from portal.snippets.moderation_reasons import ModerationReason
from portal.snippets.prescreen.normalise import normalise
from portal.snippets.prescreen.personal_data import find_personal_data, national_id_is_valid


def found(text):
    with translation.override("en"):
        return [(reason.matched, str(reason.detail)) for reason in find_personal_data(normalise(text))]


def test_check_digit_of_the_national_id():
    assert national_id_is_valid("1112034563562")
    assert not national_id_is_valid("1112034563563")
    assert not national_id_is_valid("111203456356")


@pytest.mark.parametrize(
    "written", ["1112034563562", "1-1120-34563-56-2", "1 1120 34563 56 2", "๑๑๑๒๐๓๔๕๖๓๕๖๒", "11120\u200b34563562"]
)
def test_national_id_in_any_writing_is_found_and_masked(written):
    text = f"ลุงสมศักดิ์ เลขบัตร {written} ยังไม่ได้เบี้ย"
    assert found(text) == [("x-xxxx-xxxxx-56-2", "national ID number")]
    [reason] = find_personal_data(normalise(text))
    assert reason.category == ModerationReason.PERSONAL_DATA
    assert text[reason.position:reason.position + reason.length].startswith(written[:1])
    assert "1120" not in reason.matched


def test_a_mistyped_id_is_held_with_a_weaker_reason():
    assert found("เลขบัตร 3100501234567") == [
        ("x-xxxx-xxxxx-56-7", "13-digit number like a national ID (check digit does not match)")
    ]


def test_numbers_that_are_not_ids():
    assert found("งบ 1,250,000 บาท ปี 2569 2570 2571 2572") == []
    assert found("นิติบุคคล 0105536000011") == []  # juristic persons' numbers are public
    assert found("เลข 11120345635621") == []  # 14 digits


@pytest.mark.parametrize("written", ["0812345678", "081-234-5678", "08 1234 5678", "081.234.5678", "๐๙๑๒๓๔๕๖๗๘"])
def test_mobile_numbers(written):
    [(matched, detail)] = found(f"โทร {written} ได้เลย")
    assert detail == "mobile phone number"
    assert matched.startswith("0") and matched.count("x") == 6


def test_landlines_and_house_numbers_are_not_mobiles():
    assert found("กองช่าง 0 7563 7100 บ้านเลขที่ 12/3 หมู่ 2") == []


def test_email_addresses_except_government_ones():
    assert found("ส่งมาที่ Somchai.K@gmail.com นะ") == [("s***@gmail.com", "e-mail address")]
    assert found("ติดต่อ saraban@aonang.go.th") == []


def test_reasons_are_shown_in_the_moderators_language():
    with translation.override("th"):
        [reason] = find_personal_data(normalise("โทร 0812345678"))
        assert str(reason.detail) == "หมายเลขโทรศัพท์มือถือ"


def test_an_id_and_a_mobile_side_by_side():
    assert [detail for _, detail in found("1112034563562 0812345678")] == ["national ID number", "mobile phone number"]


def test_an_id_in_the_cards_grouping_next_to_a_phone():
    assert [detail for _, detail in found("1-1120-34563-56-2 081-234-5678")] == [
        "national ID number", "mobile phone number",
    ]
