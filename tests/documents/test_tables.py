"""The table-export API: CSV, XLSX and PDF with Thai text intact, numbers and Buddhist-Era dates
formatted, headings repeated on every PDF page, and bad input giving a document, not an error."""

import csv
import datetime
import io
from decimal import Decimal

from django.utils import translation

import openpyxl
import pypdf
import pytest

from portal.documents.response import content_disposition
from portal.documents.tables import Column, ColumnKind, DocumentTable, render_table, table_response

from .conftest import comparable, pdf_pages_text, save_artifact

PROJECTS = [
    "ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านน้ำใส หมู่ที่ ๓",
    "ขุดลอกคลองส่งน้ำเพื่อการเกษตร บ้านทุ่งใหญ่",
    "ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ ถนนเลียบชายหาด",
]


def plan_columns():
    return [
        Column("row_number", "ลำดับ", "No.", ColumnKind.NUMBER, 7),
        Column("project", "โครงการ", "Project", ColumnKind.TEXT, 30),
        *(
            Column(f"budget_year_{n}", f"{{year_{n}}} (บาท)", f"{{year_{n}}} (baht)", ColumnKind.MONEY, 11,
                   group_th="งบประมาณ", group_en="Budget")
            for n in (1, 2)
        ),
        Column("households", "ครัวเรือน", "Households", ColumnKind.NUMBER, 10),
        Column("start", "เริ่ม", "Start", ColumnKind.DATE, 12),
        Column("progress", "ความก้าวหน้า", "Progress", ColumnKind.PERCENT, 10),
        Column("unit", "หน่วยงานรับผิดชอบหลัก", "Responsible unit", ColumnKind.TEXT, 16),
    ]


def plan_rows(count=3):
    return [
        {
            "project": PROJECTS[n % 3] + ("" if count <= 3 else f" ({n + 1})"),
            "budget_year_1": Decimal("1500000") if n % 2 == 0 else None,
            "budget_year_2": Decimal("250000.50"),
            "households": 1234,
            "start": datetime.date(2026, 11, 26),
            "progress": 45,
            "unit": "กองช่าง",
        }
        for n in range(count)
    ]


def plan_table(rows=None, **kwargs):
    return DocumentTable(
        title="รายละเอียดโครงการพัฒนา\nแผนพัฒนาท้องถิ่น (พ.ศ. {year_1} - {year_2})",
        columns=plan_columns(),
        rows=plan_rows() if rows is None else rows,
        context={"year_1": 2566, "year_2": 2567},
        corner_label="ผ 02",
        **kwargs,
    )


def read_csv(content):
    assert content.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def read_xlsx(content):
    return openpyxl.load_workbook(io.BytesIO(content)).active


# CSV ---------------------------------------------------------------------------------------------
def test_csv_has_thai_headings_and_values_with_plain_numbers_and_buddhist_era_dates():
    rows = read_csv(render_table(plan_table(), "csv").content)

    assert rows[0] == [
        "ลำดับ", "โครงการ", "งบประมาณ 2566 (บาท)", "งบประมาณ 2567 (บาท)", "ครัวเรือน", "เริ่ม", "ความก้าวหน้า",
        "หน่วยงานรับผิดชอบหลัก",
    ]
    assert rows[1] == ["1", PROJECTS[0], "1500000", "250000.5", "1234", "26 พ.ย. 2569", "45", "กองช่าง"]
    assert rows[2][:3] == ["2", PROJECTS[1], ""]
    assert len(rows) == 4


def test_csv_and_xlsx_do_not_turn_citizens_text_into_formulas():
    rows = [{"project": '=HYPERLINK("http://evil.example","คลิก")', "unit": "+66 75 000 000"}]
    csv_rows = read_csv(render_table(plan_table(rows), "csv").content)
    assert csv_rows[1][1] == "'=HYPERLINK(\"http://evil.example\",\"คลิก\")"
    assert csv_rows[1][7] == "'+66 75 000 000"

    sheet = read_xlsx(render_table(plan_table(rows), "xlsx").content)
    cell = next(c for row in sheet.iter_rows() for c in row if c.value and "HYPERLINK" in str(c.value))
    assert cell.data_type == "s"


# XLSX --------------------------------------------------------------------------------------------
def test_xlsx_reads_back_with_title_grouped_frozen_heading_numbers_dates_and_widths():
    sheet = read_xlsx(render_table(plan_table(), "xlsx").content)

    assert sheet["H1"].value == "ผ 02"
    assert sheet["A2"].value == "รายละเอียดโครงการพัฒนา"
    assert sheet["A3"].value == "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2567)"
    # Row 5: the group heading over the two budget years; the other headings span rows 5 and 6.
    assert [sheet.cell(5, n).value for n in range(1, 9)] == [
        "ลำดับ", "โครงการ", "งบประมาณ", None, "ครัวเรือน", "เริ่ม", "ความก้าวหน้า", "หน่วยงานรับผิดชอบหลัก",
    ]
    assert sheet["C6"].value == "2566 (บาท)" and sheet["D6"].value == "2567 (บาท)"
    merged = {str(cells) for cells in sheet.merged_cells.ranges}
    assert {"C5:D5", "A5:A6", "B5:B6", "A2:H2"} <= merged
    assert sheet.freeze_panes == "A7"
    assert sheet.print_title_rows == "$5:$6"

    assert [c.value for c in sheet[7]][:2] == [1, PROJECTS[0]]
    assert sheet["C7"].value == 1500000 and sheet["C7"].number_format == "#,##0.00"
    assert sheet["D7"].value == 250000.5
    assert sheet["E7"].value == 1234 and sheet["E7"].number_format == "#,##0"
    assert sheet["F7"].value == datetime.datetime(2026, 11, 26)
    assert sheet["F7"].number_format == "[$-107041E]d mmm yyyy"  # Excel's Thai Buddhist calendar
    assert sheet["G7"].value == 0.45 and sheet["G7"].number_format == "0%"
    assert sheet["C8"].value is None
    assert [sheet.cell(n + 7, 2).value for n in range(3)] == PROJECTS
    assert sheet.column_dimensions["B"].width == 30
    assert sheet.page_setup.orientation == "landscape"


def test_xlsx_in_english_has_english_headings_and_gregorian_date_format():
    with translation.override("en"):
        table = plan_table()
        table.context = {"year_1": 2023, "year_2": 2024}
        sheet = read_xlsx(render_table(table, "xlsx").content)
    assert sheet["B5"].value == "Project" and sheet["C5"].value == "Budget" and sheet["C6"].value == "2023 (baht)"
    assert sheet["F7"].number_format == "d mmm yyyy"


# PDF ---------------------------------------------------------------------------------------------
def test_pdf_is_a4_landscape_with_the_thai_font_embedded_and_thai_text_intact():
    content = render_table(plan_table(), "pdf").content
    save_artifact("table-plan-th.pdf", content)
    reader = pypdf.PdfReader(io.BytesIO(content))

    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    fonts = {font["/BaseFont"]: font for font in _fonts(page)}
    assert fonts and all("Sarabun" in name for name in fonts)
    assert all(_embedded(font) for font in fonts.values())

    text = comparable(pdf_pages_text(content)[0])
    for expected in (*PROJECTS, "รายละเอียดโครงการพัฒนา", "หน่วยงานรับผิดชอบหลัก", "ผ 02"):
        assert comparable(expected) in text, expected
    assert "1,500,000" in text and "250,000.50" in text and "1,234" in text
    assert "26พ.ย.2569" in text and "45%" in text


def test_pdf_repeats_the_heading_on_every_page_and_numbers_the_pages():
    content = render_table(plan_table(plan_rows(90)), "pdf").content
    save_artifact("table-plan-long-th.pdf", content)
    pages = [comparable(text) for text in pdf_pages_text(content)]

    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert comparable("หน่วยงานรับผิดชอบหลัก") in text
        assert comparable(f"หน้า {number} จาก {len(pages)}") in text
    assert comparable(PROJECTS[2] + " (90)") in pages[-1]


def test_pdf_in_english_has_english_headings_and_gregorian_dates():
    with translation.override("en"):
        text = " ".join(pdf_pages_text(render_table(plan_table(), "pdf").content))
    assert "Responsible unit" in text and "Page 1 of 1" in text and "26 Nov 2026" in text


# Bad input ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("format", ["csv", "xlsx", "pdf"])
def test_no_rows_gives_a_document_that_says_so(format):
    content = render_table(plan_table(rows=[]), format).content
    if format == "csv":
        assert read_csv(content)[1][0] == "ไม่มีรายการ"
    elif format == "xlsx":
        assert read_xlsx(content)["A7"].value == "ไม่มีรายการ"
    else:
        save_artifact("table-empty-th.pdf", content)
        assert comparable("ไม่มีรายการ") in comparable(pdf_pages_text(content)[0])


def test_a_custom_message_for_no_rows():
    table = plan_table(rows=[], empty_message="ยังไม่มีโครงการในแผน")
    assert read_csv(render_table(table, "csv").content)[1][0] == "ยังไม่มีโครงการในแผน"


def test_values_that_do_not_fit_their_column_are_written_as_text():
    rows = [{"project": None, "budget_year_1": "ยังไม่กำหนด", "households": "ประมาณ 50", "start": "ปลายปี",
             "progress": None, "unit": ["กองช่าง", "กองคลัง"]}]
    for format in ("csv", "xlsx", "pdf"):
        assert render_table(plan_table(rows), format).content
    csv_row = read_csv(render_table(plan_table(rows), "csv").content)[1]
    assert csv_row == ["1", "", "ยังไม่กำหนด", "", "ประมาณ 50", "ปลายปี", "", "กองช่าง, กองคลัง"]


def test_rows_may_be_objects_with_attributes_and_methods():
    class Project:
        project = "ซ่อมสะพานข้ามคลอง"

        def unit(self):
            return "กองช่าง"

    csv_row = read_csv(render_table(plan_table([Project()]), "csv").content)[1]
    assert csv_row[1] == "ซ่อมสะพานข้ามคลอง" and csv_row[7] == "กองช่าง"


def test_mistakes_in_column_definitions_are_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="kind 'currency' is not one of text, money"):
        Column("budget", "งบ", kind="currency")
    with pytest.raises(ValueError, match="at least one column"):
        DocumentTable("ว่าง", columns=[])
    with pytest.raises(ValueError, match="repeat"):
        DocumentTable("ซ้ำ", columns=[Column("a", "ก"), Column("a", "ข")])
    with pytest.raises(ValueError, match="Unknown document format 'docx'"):
        render_table(plan_table(), "docx")


def test_a_heading_with_a_stray_brace_is_printed_as_written():
    table = DocumentTable("แผน {year_1", [Column("a", "ปี {year_1} {unknown}")], rows=[{"a": 1}],
                          context={"year_1": 2566})
    assert table.title_lines == ["แผน {year_1"]
    assert table.headings == ["ปี 2566 {unknown}"]


# HTTP --------------------------------------------------------------------------------------------
def test_download_has_a_thai_filename_by_rfc_5987_and_is_not_cached():
    response = table_response(plan_table(), "xlsx", filename="แผนพัฒนา ผ.02")

    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="')
    assert disposition.endswith(
        "filename*=UTF-8''%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9E%E0%B8%B1%E0%B8%92%E0%B8%99%E0%B8%B2"
        "%20%E0%B8%9C.02.xlsx"
    )
    assert "no-cache" in response["Cache-Control"]


def test_ascii_filenames_need_no_second_form():
    assert content_disposition("plan-2566.csv") == 'attachment; filename="plan-2566.csv"'
    assert content_disposition("แผน.pdf", inline=True).startswith('inline; filename="')


def _fonts(page):
    resources = page["/Resources"]
    return [font.get_object() for font in resources["/Font"].values()]


def _embedded(font):
    descendant = font["/DescendantFonts"][0].get_object()
    descriptor = descendant["/FontDescriptor"].get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
