"""XLSX (openpyxl): title rows, the heading (grouped columns under one merged cell) frozen and
repeated on every printed page, real numbers and dates with formats, column widths.

Thai documents format dates with Excel's Buddhist-calendar code (``[$-107041E]``), so the
cell holds a real date and shows ``26 พ.ย. 2569``; English ones show ``26 Nov 2026``.
"""

import datetime
import io
import re

from django.utils import timezone

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from .columns import ColumnKind, is_english
from .formatting import as_date, as_decimal, as_text

THAI_DATE_FORMAT = "[$-107041E]d mmm yyyy"
ENGLISH_DATE_FORMAT = "d mmm yyyy"
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADING_FILL = PatternFill("solid", fgColor="DDE4EE")


def _number_format(number, kind):
    if kind == ColumnKind.MONEY:
        return "#,##0.00"
    if kind == ColumnKind.PERCENT:
        return "0%" if number == number.to_integral_value() else "0.00%"
    return "#,##0" if number == number.to_integral_value() else "#,##0.00"


def _write_value(cell, value, kind):
    """Put ``value`` in ``cell`` as a number or date when it is one, else as text (never a formula)."""
    if kind in (ColumnKind.MONEY, ColumnKind.NUMBER, ColumnKind.PERCENT):
        number = as_decimal(value)
        if number is not None:
            cell.value = float(number / 100) if kind == ColumnKind.PERCENT else _plain(number)
            cell.number_format = _number_format(number, kind)
            cell.alignment = Alignment(horizontal="right", vertical="top")
            return
    if kind == ColumnKind.DATE:
        date = as_date(value)
        if isinstance(date, datetime.datetime):
            date = (timezone.localtime(date) if timezone.is_aware(date) else date).date()
        if date is not None:
            cell.value = date
            cell.number_format = ENGLISH_DATE_FORMAT if is_english() else THAI_DATE_FORMAT
            cell.alignment = Alignment(horizontal="center", vertical="top")
            return
    text = ILLEGAL_CHARACTERS_RE.sub("", as_text(value))
    cell.value = text or None
    if text.startswith("="):
        cell.data_type = "s"  # openpyxl would otherwise store it as a formula
    cell.alignment = Alignment(wrap_text=True, vertical="top")


def _plain(number):
    return int(number) if number == number.to_integral_value() else float(number)


def sheet_name(title):
    name = SHEET_NAME_FORBIDDEN.sub(" ", title).strip().strip("'")
    return name[:31] or "Sheet1"


def render_xlsx(table):
    workbook = Workbook()
    sheet = workbook.active
    titles = table.title_lines
    sheet.title = sheet_name(titles[0] if titles else "")
    width = len(table.columns)
    last_letter = get_column_letter(width)
    row = 1

    if table.corner_label:
        cell = sheet.cell(row=row, column=width, value=table.corner_label)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="right")
        row += 1
    for n, line in enumerate(titles):
        cell = sheet.cell(row=row, column=1, value=ILLEGAL_CHARACTERS_RE.sub("", line))
        cell.font = Font(bold=True, size=14 if n == 0 else 12)
        cell.alignment = Alignment(horizontal="center")
        if width > 1:
            sheet.merge_cells(f"A{row}:{last_letter}{row}")
        row += 1
    if titles or table.corner_label:
        row += 1  # a blank row before the heading

    first_heading_row = row
    header_rows = table.header_rows()
    for cells in header_rows:
        for header in cells:
            column = header.first_column + 1
            cell = sheet.cell(row=row, column=column, value=header.text)
            if header.colspan > 1 or header.rowspan > 1:
                sheet.merge_cells(
                    start_row=row, start_column=column,
                    end_row=row + header.rowspan - 1, end_column=column + header.colspan - 1,
                )
        row += 1
    for heading_row in range(first_heading_row, row):
        for column in range(1, width + 1):
            cell = sheet.cell(row=heading_row, column=column)
            cell.font = Font(bold=True)
            cell.fill = HEADING_FILL
            cell.border = BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    first_data_row = row
    for record in table.records():
        for n, (value, column) in enumerate(zip(record, table.columns, strict=True), start=1):
            cell = sheet.cell(row=row, column=n)
            _write_value(cell, value, column.kind)
            cell.border = BORDER
        row += 1
    if row == first_data_row:
        cell = sheet.cell(row=row, column=1, value=table.no_rows_message)
        cell.font = Font(italic=True)
        cell.alignment = Alignment(horizontal="center")
        if width > 1:
            sheet.merge_cells(f"A{row}:{last_letter}{row}")

    for n, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = column.width
    sheet.freeze_panes = sheet.cell(row=first_data_row, column=1)
    sheet.print_title_rows = f"{first_heading_row}:{first_data_row - 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True

    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
