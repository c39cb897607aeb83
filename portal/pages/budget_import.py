"""Budget lines read from a spreadsheet (CSV or XLSX), checked row by row, all or nothing.

An LAO's finance section keeps its budget in Excel. The sheet's first row names the columns:
group, item, amount and note, in English or Thai (หมวด or ยุทธศาสตร์, รายการ, จำนวนเงิน,
หมายเหตุ). Amounts may carry thousands separators and "บาท". A group left empty continues the
group above it, as in a sheet where the strategy is written once over its items.

``parse_budget_file`` never saves anything: it answers the rows, or every error found with its
row number as the spreadsheet shows it (the header is row 1). ``replace_budget_lines`` then
writes the rows into a new draft revision of the page.
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from portal.pages.models import BudgetLine
from portal.pages.models.budget_line import AMOUNT_DECIMALS, AMOUNT_DIGITS

MAX_ROWS = 1000
# Header spellings per column, compared after lower-casing and dropping spaces.
HEADERS = {
    "group": ["group", "category", "strategy", "หมวด", "ยุทธศาสตร์", "หมวด/ยุทธศาสตร์", "ยุทธศาสตร์/หมวด", "แผนงาน"],
    "item": ["item", "label", "รายการ", "โครงการ"],
    "amount": ["amount", "amount(baht)", "จำนวนเงิน", "จำนวนเงิน(บาท)", "งบประมาณ", "งบประมาณ(บาท)"],
    "note": ["note", "notes", "หมายเหตุ"],
}
REQUIRED = ("group", "item", "amount")
# How a message names a column: both spellings, since a sheet may use either.
COLUMN_NAMES = {
    "group": "group / หมวด/ยุทธศาสตร์",
    "item": "item / รายการ",
    "amount": "amount / จำนวนเงิน",
    "note": "note / หมายเหตุ",
}
FIELD_LENGTHS = {
    name: BudgetLine._meta.get_field(name).max_length for name in ("group", "item", "note")
}
CURRENCY_WORDS = re.compile(r"(บาท|baht|thb|฿)", re.IGNORECASE)
SEPARATORS = re.compile(r"[,\s\u00a0\u202f]")
MAX_AMOUNT = Decimal(10) ** (AMOUNT_DIGITS - AMOUNT_DECIMALS)
# Excel on Thai Windows saves "CSV" in the Thai code page, not UTF-8.
CSV_ENCODINGS = ("utf-8-sig", "cp874")


def _header_key(text):
    return re.sub(r"\s+", "", str(text or "")).lower()


COLUMN_FOR_HEADER = {_header_key(h): column for column, headers in HEADERS.items() for h in headers}


@dataclass
class BudgetRow:
    row: int
    group: str
    item: str
    amount: Decimal
    note: str = ""


@dataclass
class RowError:
    row: int
    message: str

    def __str__(self):
        if self.row == 0:
            return self.message
        return _("Row %(row)d: %(problem)s") % {"row": self.row, "problem": self.message}


@dataclass
class BudgetImport:
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors and bool(self.rows)


class BudgetFileError(ValueError):
    """The file as a whole cannot be read (not a CSV or XLSX, wrong encoding, empty)."""


def parse_amount(value):
    """The amount in a cell as a Decimal, or a message saying what is wrong with it."""
    if isinstance(value, bool):
        return None, _("the amount is not a number")
    if isinstance(value, float):
        # A cell computed by a formula can hold 1250000.0000000002: keep what Excel displays.
        rounded = round(value, AMOUNT_DECIMALS)
        amount = Decimal(str(rounded if abs(value - rounded) < 1e-6 else value))
    elif isinstance(value, int | Decimal):
        amount = Decimal(value)
    else:
        text = SEPARATORS.sub("", CURRENCY_WORDS.sub("", str(value or "")))
        if not text:
            return None, _("the amount is missing")
        negative = text.startswith("(") and text.endswith(")")
        if negative:
            # Accounting notation for a negative number.
            text = "-" + text[1:-1]
        try:
            amount = Decimal(text)
        except InvalidOperation:
            return None, _("the amount “%(value)s” is not a number") % {"value": str(value).strip()}
    if not amount.is_finite():
        return None, _("the amount is not a number")
    if amount < 0:
        return None, _("the amount is negative")
    if amount != amount.quantize(Decimal(1).scaleb(-AMOUNT_DECIMALS)):
        return None, _("the amount has more than two decimals (satang)")
    if amount >= MAX_AMOUNT:
        return None, _("the amount is too large")
    return amount, None


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _read_csv(data):
    for encoding in CSV_ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise BudgetFileError(_("The CSV file is neither UTF-8 nor Thai Windows (TIS-620) text."))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def _read_xlsx(data):
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
        raise BudgetFileError(_("The file is not a readable Excel (.xlsx) workbook.")) from error
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def read_table(name, data):
    """The cells of the file's first sheet, by the file's extension; BudgetFileError if unreadable."""
    lower = name.lower()
    if lower.endswith(".xlsx"):
        return _read_xlsx(data)
    if lower.endswith(".csv"):
        if data.startswith(b"PK\x03\x04"):
            raise BudgetFileError(_("This file is an Excel workbook named .csv: save it as .xlsx or as CSV."))
        return _read_csv(data)
    raise BudgetFileError(_("Only CSV (.csv) and Excel (.xlsx) files can be imported."))


def _columns(header):
    """Map column positions to fields; errors for unknown, repeated or missing columns."""
    positions, errors = {}, []
    for index, cell in enumerate(header):
        text = _cell_text(cell)
        if not text:
            continue
        column = COLUMN_FOR_HEADER.get(_header_key(text))
        if column is None:
            errors.append(RowError(1, _("unknown column “%(name)s” (expected group, item, amount, note)")
                                   % {"name": text}))
        elif column in positions.values():
            errors.append(RowError(1, _("the column “%(name)s” appears twice") % {"name": text}))
        else:
            positions[index] = column
    for column in REQUIRED:
        if column not in positions.values():
            errors.append(RowError(1, _("the column “%(name)s” is missing") % {"name": COLUMN_NAMES[column]}))
    return positions, errors


def parse_rows(table):
    """Check every row of ``table`` (header first); a BudgetImport with rows or errors, never both."""
    result = BudgetImport()
    if not table or not any(_cell_text(cell) for cell in table[0]):
        result.errors.append(RowError(1, _("the first row must name the columns (group, item, amount, note)")))
        return result
    positions, result.errors = _columns(table[0])
    if result.errors:
        return result
    data_rows = [(number, cells) for number, cells in enumerate(table[1:], start=2)
                 if any(_cell_text(cell) for cell in cells)]
    if not data_rows:
        result.errors.append(RowError(0, _("The file has no budget lines under its header row.")))
        return result
    if len(data_rows) > MAX_ROWS:
        result.errors.append(RowError(0, _("The file has more than %(max)d lines.") % {"max": MAX_ROWS}))
        return result

    group = ""
    for number, cells in data_rows:
        values = {column: cells[index] if index < len(cells) else None for index, column in positions.items()}
        problems = []
        group = _cell_text(values["group"]) or group
        item = _cell_text(values["item"])
        note = _cell_text(values.get("note"))
        if not group:
            problems.append(_("the group (strategy or category) is missing"))
        if not item:
            problems.append(_("the item is empty"))
        amount, problem = parse_amount(values["amount"])
        if problem:
            problems.append(problem)
        for name, text in (("group", group), ("item", item), ("note", note)):
            if len(text) > FIELD_LENGTHS[name]:
                problems.append(_("the %(column)s is longer than %(max)d characters")
                                % {"column": COLUMN_NAMES[name], "max": FIELD_LENGTHS[name]})
        if problems:
            result.errors.extend(RowError(number, problem) for problem in problems)
        else:
            result.rows.append(BudgetRow(row=number, group=group, item=item, amount=amount, note=note))
    if result.errors:
        result.rows = []
    return result


def parse_budget_file(name, data):
    """Parse an uploaded file's name and bytes; file-level problems come back as a row-0 error."""
    try:
        table = read_table(name, data)
    except BudgetFileError as error:
        return BudgetImport(errors=[RowError(0, str(error))])
    return parse_rows(table)


@transaction.atomic
def replace_budget_lines(page, rows, user=None):
    """Replace the lines of ``page``'s latest draft with ``rows`` and save that as a new revision.

    Nothing is published: the live page keeps its lines until an editor or approver publishes
    the revision. Other draft changes in the latest revision are kept.
    """
    draft = page.get_latest_revision_as_object()
    draft.budget_lines = [
        BudgetLine(group=row.group, item=row.item, amount=row.amount, note=row.note, sort_order=index)
        for index, row in enumerate(rows)
    ]
    return draft.save_revision(user=user, log_action=True)
