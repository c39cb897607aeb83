"""Reading and storing a resident list: CSV and XLSX, every error by row, all or nothing."""

import io

from django.utils import translation

import pytest
from openpyxl import Workbook

from portal.identity.models import EventAction, ResidentListEntry, VerificationEvent
from portal.identity.national_id import id_hash
from portal.identity.resident_list import parse_resident_file, store_resident_list

from .conftest import EXAMPLE_ID, national_id, with_bad_check_digit


def xlsx(rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    workbook.save(data)
    return data.getvalue()


@pytest.mark.django_db
def test_good_csv_with_thai_header_and_duplicates(lao_a, villages_a, officer_a):
    text = "เลขประจำตัวประชาชน,หมู่ที่,ชื่อ\n" + "\n".join([
        f"{EXAMPLE_ID},3,สมชาย",
        f"{national_id(1)},หมู่ 1,สมหญิง",
        "1-1120-34563-56-2,3,สมชาย",  # the same person again, spelled differently
        f"{national_id(2)},,มานี",
        "",
    ])
    parsed = parse_resident_file("list.csv", text.encode(), lao_a)
    assert parsed.ok and parsed.rows_read == 4 and parsed.duplicates == 1
    assert store_resident_list(lao_a, parsed, by=officer_a) == 3
    entry = ResidentListEntry.objects.get(id_hash=id_hash(EXAMPLE_ID))
    assert entry.authority == lao_a and entry.village == villages_a[3]
    assert ResidentListEntry.objects.get(id_hash=id_hash(national_id(2))).village is None
    event = VerificationEvent.objects.get(action=EventAction.RESIDENT_LIST_UPLOADED)
    assert event.actor == officer_a and event.authority == lao_a and "residents=3" in event.detail


@pytest.mark.django_db
def test_good_xlsx_with_numbers_and_no_header(lao_a, villages_a):
    data = xlsx([[int(EXAMPLE_ID), 1], [national_id(3), 2.0], [float(national_id(4)), None]])
    parsed = parse_resident_file("residents.xlsx", data, lao_a)
    assert parsed.ok, [str(e) for e in parsed.errors]
    store_resident_list(lao_a, parsed)
    assert ResidentListEntry.objects.filter(authority=lao_a).count() == 3
    assert ResidentListEntry.objects.get(id_hash=id_hash(national_id(3))).village == villages_a[2]


@pytest.mark.django_db
def test_bad_rows_are_reported_by_row_and_nothing_is_stored(lao_a, villages_a):
    store_resident_list(lao_a, parse_resident_file("old.csv", f"{national_id(9)}\n".encode(), lao_a))
    bad = with_bad_check_digit(EXAMPLE_ID)
    text = "national_id,village\n" + "\n".join([
        f"{national_id(1)},1",
        "12345,1",  # row 3: too short
        f"{bad},2",  # row 4: check digit
        f"{national_id(2)},9",  # row 5: no village 9
        f"{national_id(3)},1",
        f"{national_id(3)},2",  # row 7: the same person in another village
    ])
    with translation.override("th"):
        parsed = parse_resident_file("list.csv", text.encode(), lao_a)
        messages = [str(e) for e in parsed.errors]
    assert parsed.error_count == 4 and not parsed.entries
    assert [e.row for e in parsed.errors] == [3, 4, 5, 7]
    assert messages[0].startswith("แถวที่ 3")
    assert all(bad not in m for m in messages)
    with pytest.raises(ValueError):
        store_resident_list(lao_a, parsed)
    # The earlier list is untouched.
    assert list(ResidentListEntry.objects.values_list("id_hash", flat=True)) == [id_hash(national_id(9))]


@pytest.mark.django_db
def test_replace_or_add(lao_a):
    store_resident_list(lao_a, parse_resident_file("a.csv", f"{national_id(1)}\n{national_id(2)}\n".encode(), lao_a))
    store_resident_list(lao_a, parse_resident_file("b.csv", f"{national_id(3)}\n".encode(), lao_a), replace=False)
    assert ResidentListEntry.objects.filter(authority=lao_a).count() == 3
    store_resident_list(lao_a, parse_resident_file("c.csv", f"{national_id(4)}\n".encode(), lao_a))
    assert list(ResidentListEntry.objects.values_list("id_hash", flat=True)) == [id_hash(national_id(4))]


@pytest.mark.django_db
def test_lists_of_two_laos_are_separate(lao_a, lao_b):
    store_resident_list(lao_a, parse_resident_file("a.csv", f"{EXAMPLE_ID}\n".encode(), lao_a))
    store_resident_list(lao_b, parse_resident_file("b.csv", f"{EXAMPLE_ID}\n{national_id(1)}\n".encode(), lao_b))
    store_resident_list(lao_a, parse_resident_file("a2.csv", f"{national_id(2)}\n".encode(), lao_a))
    assert ResidentListEntry.objects.filter(authority=lao_b).count() == 2


@pytest.mark.django_db
def test_unreadable_files(lao_a):
    assert parse_resident_file("list.pdf", b"%PDF", lao_a).error_count == 1
    assert parse_resident_file("list.xlsx", b"not a zip", lao_a).error_count == 1
    assert parse_resident_file("list.csv", b"", lao_a).error_count == 1
    assert parse_resident_file("list.csv", "ชื่อ,ที่อยู่\nสมชาย,กระบี่\n".encode(), lao_a).errors[0].row == 1
