"""A column of an exported table: its key in the rows, its headings in Thai and English, its kind."""

import enum
import string
from dataclasses import dataclass

from django.utils.translation import get_language

# The key that numbers the rows (ลำดับ): filled in by the table, never read from a row.
ROW_NUMBER = "row_number"


class ColumnKind(enum.StrEnum):
    """How a column's values are written: as text, baht, a count, a date (Buddhist Era) or a percentage."""

    TEXT = "text"
    MONEY = "money"
    NUMBER = "number"
    DATE = "date"
    PERCENT = "percent"


def is_english():
    return (get_language() or "th").split("-")[0] == "en"


class _KeepUnknown(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def fill(template, context):
    """``template`` with ``{name}`` placeholders filled from ``context``; unknown ones are left as written.

    A heading with unbalanced braces is shown as written rather than refused: layouts are
    checked when saved (``portal.documents.forms``), and an export must not fail on a heading.
    """
    if not template or "{" not in template:
        return template or ""
    try:
        return string.Formatter().vformat(template, (), _KeepUnknown(context or {}))
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


def placeholders_in(template):
    """The placeholder names used in ``template``; ValueError when its braces do not pair up."""
    return {name for _, name, _, _ in string.Formatter().parse(template or "") if name is not None}


@dataclass(frozen=True)
class Column:
    """One column: ``key`` names the value in each row (a dict key or an attribute).

    ``width`` is in characters, as a spreadsheet counts them; the PDF shares the page width
    in the same proportions. Columns with the same ``group`` heading stand under one spanning
    heading (the ผ.02 puts the five plan years under "งบประมาณ").
    """

    key: str
    heading_th: str
    heading_en: str = ""
    kind: ColumnKind = ColumnKind.TEXT
    width: int = 15
    group_th: str = ""
    group_en: str = ""

    def __post_init__(self):
        try:
            object.__setattr__(self, "kind", ColumnKind(self.kind))
        except ValueError:
            kinds = ", ".join(kind.value for kind in ColumnKind)
            raise ValueError(f"Column {self.key!r}: kind {self.kind!r} is not one of {kinds}.") from None
        if not self.key:
            raise ValueError("A column needs a key.")
        if not 1 <= int(self.width) <= 200:
            raise ValueError(f"Column {self.key!r}: width {self.width} is not between 1 and 200 characters.")

    def heading(self, context=None):
        """The heading in the active language (English falls back to Thai), placeholders filled."""
        text = self.heading_en if is_english() and self.heading_en else self.heading_th
        return fill(text, context)

    def group(self, context=None):
        text = self.group_en if is_english() and self.group_en else self.group_th
        return fill(text, context)

    @property
    def is_numeric(self):
        return self.kind in (ColumnKind.MONEY, ColumnKind.NUMBER, ColumnKind.PERCENT)
