"""Dates and money as Thai readers expect them: Buddhist Era years, Thai month names, baht.

Loaded as a template builtin. In English (the active language is ``en``) dates stay Gregorian.
"""

import datetime
from decimal import Decimal, InvalidOperation

from django import template
from django.utils import timezone
from django.utils.translation import get_language

register = template.Library()

BE_OFFSET = 543
MONTHS_TH = [
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
]
MONTHS_TH_SHORT = [
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
]
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]


def _is_thai():
    return (get_language() or "th").split("-")[0] != "en"


def _as_date(value):
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value
    if isinstance(value, datetime.date):
        return value
    return None


def be_year_of(value):
    """The Buddhist Era year of a date, datetime or CE year number."""
    if isinstance(value, int):
        return value + BE_OFFSET
    return value.year + BE_OFFSET


def fiscal_year_of(value):
    """The Thai fiscal year (BE) a date falls in: 1 October to 30 September, named by its end."""
    ce_year = value.year + 1 if value.month >= 10 else value.year
    return ce_year + BE_OFFSET


@register.filter
def be_year(value):
    """2026 or date(2026, 5, 1) → 2569."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, int):
        return be_year_of(value)
    date = _as_date(value)
    return "" if date is None else be_year_of(date)


@register.filter
def fiscal_year(value):
    """date(2026, 10, 1) → 2570 (ปีงบประมาณ 2570 runs 1 Oct 2026 – 30 Sep 2027); 2027 in English."""
    date = _as_date(value)
    if date is None:
        return ""
    year = fiscal_year_of(date)
    return year if _is_thai() else year - BE_OFFSET


@register.simple_tag
def today():
    """Today's date in the portal's time zone (Asia/Bangkok)."""
    return timezone.localdate()


@register.filter
def thai_date(value, style="long"):
    """'1 ตุลาคม 2569' (long), '1 ต.ค. 2569' (short), 'ตุลาคม 2569' (month); Gregorian in English."""
    date = _as_date(value)
    if date is None:
        return ""
    if _is_thai():
        months = MONTHS_TH_SHORT if style == "short" else MONTHS_TH
        year = be_year_of(date)
    else:
        months = [m[:3] for m in MONTHS_EN] if style == "short" else MONTHS_EN
        year = date.year
    month = months[date.month - 1]
    if style == "month":
        return f"{month} {year}"
    return f"{date.day} {month} {year}"


@register.filter
def thai_datetime(value, style="long"):
    """'1 ตุลาคม 2569 เวลา 14:30 น.'; '1 October 2026, 14:30' in English."""
    date = _as_date(value)
    if not isinstance(date, datetime.datetime):
        return thai_date(value, style)
    if _is_thai():
        return f"{thai_date(date, style)} เวลา {date:%H:%M} น."
    return f"{thai_date(date, style)}, {date:%H:%M}"


@register.filter
def baht(value):
    """1250000 → '1,250,000 บาท' ('1,250,000 baht' in English); satang shown only when present."""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return ""
    text = f"{amount:,.2f}" if amount != amount.to_integral_value() else f"{amount:,.0f}"
    return f"{text} บาท" if _is_thai() else f"{text} baht"
