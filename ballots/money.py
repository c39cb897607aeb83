"""Amounts of baht as the results show them."""

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction


def as_decimal(value):
    """A Fraction of baht as a Decimal rounded to the satang, for display."""
    value = Fraction(value)
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP)
