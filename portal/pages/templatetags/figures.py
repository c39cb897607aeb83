"""How figures read on problem briefs and budget summaries: numbers, percentages, signed
changes and fiscal years in the active language."""

from decimal import Decimal, InvalidOperation

from django import template

from portal.templatetags.thai_dates import BE_OFFSET, _is_thai, baht

register = template.Library()

NO_FIGURE = "–"


@register.filter
def number(value):
    """Decimal('1.20') → '1.2', Decimal('12500') → '12,500': grouped, no trailing zeros."""
    try:
        value = Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return ""
    if value == value.to_integral_value():
        return f"{value:,.0f}"
    return f"{value.normalize():,f}"


@register.filter
def percent(value):
    """Decimal('12.5') → '12.5 %'; a dash when there is no figure (a share of nothing)."""
    if value is None or value == "":
        return NO_FIGURE
    return f"{Decimal(value):,.1f} %"


@register.filter
def signed_percent(value):
    """Decimal('5.2') → '+5.2 %', Decimal('-3') → '−3.0 %'."""
    if value is None or value == "":
        return NO_FIGURE
    value = Decimal(value)
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return f"{sign}{abs(value):,.1f} %"


@register.filter
def signed_baht(value):
    """Decimal('250000') → '+250,000 บาท'; a real minus sign for cuts."""
    if value is None or value == "":
        return NO_FIGURE
    value = Decimal(value)
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return f"{sign}{baht(abs(value))}"


@register.filter
def fiscal_year_label(be_year):
    """A fiscal year stored in BE (2570) as readers expect it: 2570 in Thai, 2027 in English."""
    if be_year in (None, ""):
        return ""
    be_year = int(be_year)
    return be_year if _is_thai() else be_year - BE_OFFSET
