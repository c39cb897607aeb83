"""A table to export: a title, columns and rows, with the values each cell holds."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .columns import ROW_NUMBER, fill


@dataclass(frozen=True)
class HeaderCell:
    """A cell of the heading rows: ``colspan`` for a group heading, ``rowspan`` 2 for a column without a group."""

    text: str
    first_column: int
    colspan: int = 1
    rowspan: int = 1


def value_of(row, key):
    """A row's value for ``key``: a dict's item, or an object's attribute (called when it is a method)."""
    if isinstance(row, Mapping):
        value = row.get(key)
    else:
        value = getattr(row, key, None)
    if callable(value):
        value = value()
    return value


@dataclass
class DocumentTable:
    """What every format renders: ``title`` (lines after the first are subtitles), columns and rows.

    ``rows`` are dicts or objects, read once. ``context`` fills ``{placeholders}`` in the title
    and the headings (``{year_1}``, ``{authority}``). ``corner_label`` is printed in the top
    right corner, as official forms carry their code (``ผ 02``). ``empty_message`` is what the
    document says when there are no rows.
    """

    title: str
    columns: list
    rows: object = ()
    context: Mapping = field(default_factory=dict)
    corner_label: str = ""
    empty_message: str = ""

    def __post_init__(self):
        self.columns = list(self.columns)
        if not self.columns:
            raise ValueError("A table needs at least one column.")
        keys = [column.key for column in self.columns]
        if len(set(keys)) != len(keys):
            raise ValueError(f"Column keys repeat: {keys}.")
        self.rows = list(self.rows or ())

    @property
    def title_lines(self):
        return [line.strip() for line in fill(self.title, self.context).splitlines() if line.strip()]

    @property
    def headings(self):
        return [column.heading(self.context) for column in self.columns]

    @property
    def no_rows_message(self):
        return self.empty_message or _("There is nothing to list.")

    @property
    def has_groups(self):
        return any(column.group(self.context) for column in self.columns)

    def header_rows(self):
        """The heading as one row, or two when columns are grouped: [[HeaderCell, ...], ...]."""
        if not self.has_groups:
            return [[HeaderCell(heading, n) for n, heading in enumerate(self.headings)]]
        top, bottom = [], []
        n = 0
        while n < len(self.columns):
            group = self.columns[n].group(self.context)
            if not group:
                top.append(HeaderCell(self.columns[n].heading(self.context), n, rowspan=2))
                n += 1
                continue
            span = 1
            while n + span < len(self.columns) and self.columns[n + span].group(self.context) == group:
                span += 1
            top.append(HeaderCell(group, n, colspan=span))
            bottom.extend(HeaderCell(self.columns[m].heading(self.context), m) for m in range(n, n + span))
            n += span
        return [top, bottom]

    def flat_headings(self):
        """One heading per column, its group in front (``งบประมาณ 2566 (บาท)``): for CSV's single row."""
        headings = []
        for column in self.columns:
            group, heading = column.group(self.context), column.heading(self.context)
            headings.append(f"{group} {heading}" if group else heading)
        return headings

    def records(self):
        """Each row's raw values in column order, the row number filled in."""
        for number, row in enumerate(self.rows, start=1):
            yield [number if column.key == ROW_NUMBER else value_of(row, column.key) for column in self.columns]
