"""The budget file parser: good CSV and XLSX in, every bad row named, nothing half-imported."""

import io
from decimal import Decimal

from django.utils import translation

import pytest
from openpyxl import Workbook

from portal.pages.budget_import import parse_amount, parse_budget_file, replace_budget_lines
from portal.pages.models import BudgetSummaryPage

ROADS = "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน"
WELFARE = "ยุทธศาสตร์การพัฒนาคุณภาพชีวิต"

GOOD_CSV = (
    "group,item,amount,note\n"
    f"{ROADS},รางระบายน้ำหมู่ที่ 3,\"1,250,000\",กองช่าง\n"
    f"{ROADS},ซ่อมถนนลูกรัง,600000 บาท,\n"
    f"{WELFARE},เบี้ยยังชีพผู้สูงอายุ,\"14,280,000.50\",\n"
)


def xlsx(rows):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    data = io.BytesIO()
    workbook.save(data)
    return data.getvalue()


@pytest.fixture(autouse=True)
def thai():
    with translation.override("th"):
        yield


def test_good_csv():
    result = parse_budget_file("budget.csv", GOOD_CSV.encode())
    assert result.ok, result.errors
    assert [(r.row, r.group, r.item, r.amount, r.note) for r in result.rows] == [
        (2, ROADS, "รางระบายน้ำหมู่ที่ 3", Decimal("1250000"), "กองช่าง"),
        (3, ROADS, "ซ่อมถนนลูกรัง", Decimal("600000"), ""),
        (4, WELFARE, "เบี้ยยังชีพผู้สูงอายุ", Decimal("14280000.50"), ""),
    ]


def test_good_xlsx_with_numbers_text_and_formulas_cached_as_floats():
    data = xlsx([
        ["group", "item", "amount", "note"],
        [ROADS, "รางระบายน้ำหมู่ที่ 3", 1250000, "กองช่าง"],
        [ROADS, "ซ่อมถนนลูกรัง", "600,000 บาท", None],
        [WELFARE, "เบี้ยยังชีพผู้สูงอายุ", 14280000.500000002, None],
    ])
    result = parse_budget_file("budget.XLSX", data)
    assert result.ok, result.errors
    assert [r.amount for r in result.rows] == [Decimal("1250000"), Decimal("600000"), Decimal("14280000.5")]


def test_thai_headers_and_a_group_written_once_over_its_items():
    csv_text = (
        "หมวด/ยุทธศาสตร์,รายการ,จำนวนเงิน (บาท),หมายเหตุ\n"
        f"{ROADS},รางระบายน้ำ,\"1,250,000\",\n"
        ",ซ่อมถนนลูกรัง,600000,\n"
        "\n"
        f"{WELFARE},เบี้ยยังชีพ,100,\n"
    )
    result = parse_budget_file("งบ.csv", csv_text.encode())
    assert result.ok, result.errors
    assert [(r.row, r.group) for r in result.rows] == [(2, ROADS), (3, ROADS), (5, WELFARE)]


def test_thai_windows_encoding_and_semicolons():
    csv_text = "ยุทธศาสตร์;รายการ;จำนวนเงิน\nด้านเศรษฐกิจ;ส่งเสริมอาชีพ;200000\n"
    result = parse_budget_file("budget.csv", csv_text.encode("cp874"))
    assert result.ok, result.errors
    assert result.rows[0].item == "ส่งเสริมอาชีพ"


def test_every_bad_row_is_named_and_nothing_is_returned():
    csv_text = (
        "group,item,amount,note\n"
        f"{ROADS},ถนน,100,\n"            # row 2: good
        f"{ROADS},รางระบายน้ำ,,\n"       # row 3: missing amount
        f"{ROADS},ไฟฟ้า,-5000,\n"        # row 4: negative
        f"{ROADS},ประปา,หนึ่งแสน,\n"     # row 5: not a number
        f"{ROADS},,5000,\n"              # row 6: empty item
        f"{ROADS},ขุดลอก,\"(1,000)\",\n"  # row 7: negative in accounting notation
        f"{ROADS},เครื่องสูบน้ำ,100.255,\n"  # row 8: below a satang
    )
    result = parse_budget_file("budget.csv", csv_text.encode())
    assert result.rows == []
    assert [str(error) for error in result.errors] == [
        "แถวที่ 3: ไม่มีจำนวนเงิน",
        "แถวที่ 4: จำนวนเงินติดลบ",
        "แถวที่ 5: จำนวนเงิน “หนึ่งแสน” ไม่ใช่ตัวเลข",
        "แถวที่ 6: ไม่มีชื่อรายการ",
        "แถวที่ 7: จำนวนเงินติดลบ",
        "แถวที่ 8: จำนวนเงินมีทศนิยมเกินสองตำแหน่ง (สตางค์)",
    ]


def test_unknown_and_missing_columns_are_reported_on_row_1():
    result = parse_budget_file("budget.csv", "group,item,budget code,note\nก,ข,1,\n".encode())
    assert [str(error) for error in result.errors] == [
        "แถวที่ 1: ไม่รู้จักคอลัมน์ “budget code” (ต้องเป็น หมวด/ยุทธศาสตร์ รายการ จำนวนเงิน หมายเหตุ)",
        "แถวที่ 1: ไม่มีคอลัมน์ “amount / จำนวนเงิน”",
    ]


def test_the_first_group_cannot_be_empty_and_long_text_is_refused():
    csv_text = f"group,item,amount\n,ถนน,100\n{ROADS},{'ก' * 256},100\n"
    result = parse_budget_file("budget.csv", csv_text.encode())
    assert [str(error) for error in result.errors] == [
        "แถวที่ 2: ไม่มีหมวดหรือยุทธศาสตร์",
        "แถวที่ 3: ช่อง item / รายการ ยาวเกิน 255 ตัวอักษร",
    ]


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("budget.pdf", b"%PDF", "นำเข้าได้เฉพาะไฟล์ CSV (.csv) และ Excel (.xlsx)"),
        ("budget.xlsx", b"group,item,amount\n", "ไม่สามารถอ่านไฟล์นี้เป็นสมุดงาน Excel (.xlsx) ได้"),
        ("budget.csv", xlsx([["group", "item", "amount"]]), "ไฟล์นี้เป็นสมุดงาน Excel แต่ตั้งชื่อเป็น .csv"),
        ("budget.csv", b"", "แถวที่ 1: แถวแรกต้องเป็นชื่อคอลัมน์"),
        ("budget.csv", b"group,item,amount\n\n", "ไฟล์ไม่มีรายการงบประมาณใต้แถวชื่อคอลัมน์"),
    ],
    ids=["pdf", "csv-named-xlsx", "xlsx-named-csv", "empty", "header-only"],
)
def test_unreadable_files_say_why(name, data, message):
    result = parse_budget_file(name, data)
    assert not result.ok and result.rows == []
    assert str(result.errors[0]).startswith(message)


@pytest.mark.parametrize(
    "value, amount",
    [("1,250,000", "1250000"), ("1 250 000 บาท", "1250000"), ("฿ 99.5", "99.5"), (0, "0"), (12.3, "12.3")],
)
def test_amount_formats(value, amount):
    assert parse_amount(value) == (Decimal(amount), None)


@pytest.mark.django_db
def test_replacing_lines_saves_a_draft_and_leaves_the_live_page_alone(lao_a, make_budget, admin_user):
    page = make_budget(2570, [(ROADS, "ของเดิม", 1)])
    result = parse_budget_file("budget.csv", GOOD_CSV.encode())

    revision = replace_budget_lines(page, result.rows, user=admin_user)

    page = BudgetSummaryPage.objects.get(pk=page.pk)
    assert [line.item for line in page.budget_lines.all()] == ["ของเดิม"]
    assert page.has_unpublished_changes and page.latest_revision_id == revision.pk
    draft = page.get_latest_revision_as_object()
    assert [(line.item, line.amount) for line in draft.budget_lines.all()] == [
        ("รางระบายน้ำหมู่ที่ 3", Decimal("1250000")),
        ("ซ่อมถนนลูกรัง", Decimal("600000")),
        ("เบี้ยยังชีพผู้สูงอายุ", Decimal("14280000.50")),
    ]
    assert revision.user == admin_user
