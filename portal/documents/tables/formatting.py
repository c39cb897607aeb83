"""How a value is written in each format: money with thousands separators, dates in the Buddhist Era.

Thai documents show dates as ``26 พ.ย. 2569``; English ones stay Gregorian (``26 Nov 2026``),
as everywhere in the portal (``portal.templatetags.thai_dates``). A value that does not fit
its column's kind (text in a money column) is written as text, never refused.
"""

import datetime
from decimal import Decimal, InvalidOperation

from portal.templatetags.thai_dates import thai_date

from .columns import ColumnKind

# Characters that make a spreadsheet read a cell as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_decimal(value):
    if isinstance(value, bool) or value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        return None


def as_date(value):
    if isinstance(value, datetime.datetime | datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def as_text(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple | set):
        return ", ".join(as_text(item) for item in value)
    return str(value)


def _grouped(amount, always_two_places=False):
    if always_two_places or amount != amount.to_integral_value():
        return f"{amount:,.2f}"
    return f"{amount:,.0f}"


def display(value, kind):
    """The value as a person reads it (PDF, and the text cells of CSV)."""
    if value is None or value == "":
        return ""
    if kind == ColumnKind.MONEY:
        amount = as_decimal(value)
        return as_text(value) if amount is None else _grouped(amount)
    if kind == ColumnKind.NUMBER:
        number = as_decimal(value)
        return as_text(value) if number is None else _grouped(number)
    if kind == ColumnKind.PERCENT:
        number = as_decimal(value)
        return as_text(value) if number is None else f"{number.normalize():f}%"
    if kind == ColumnKind.DATE:
        date = as_date(value)
        return as_text(value) if date is None else thai_date(date, "short")
    return as_text(value)


def plain_number(number):
    """1250000.00 → '1250000', 12.50 → '12.5': what any spreadsheet reads as a number."""
    text = f"{number.normalize():f}"
    return text


def csv_cell(value, kind):
    """Numbers without separators (machine-readable), dates as in PDF, text guarded against formulas."""
    if kind in (ColumnKind.MONEY, ColumnKind.NUMBER, ColumnKind.PERCENT):
        number = as_decimal(value)
        if number is not None:
            return plain_number(number)
    text = display(value, kind)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
