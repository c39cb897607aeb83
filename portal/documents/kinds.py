"""The kinds of tabular document officers export, and the fields a layout may choose from.

Each kind lists every field its rows offer (key, default headings, kind of value, width) and
its default layout: the columns, title and corner label used until DLA staff define another
in the admin (``ExportLayout``). Row producers (the plan, the referrals) give rows as dicts or
objects with these keys; a layout decides which of them are printed, in which order, under
which headings. The kinds are defined and registered by the apps that own the rows
(``register_kind``; the planning app's are in ``planning/documents.py``).

``{placeholders}`` in titles and headings are filled from the context the exporting code
gives; ``placeholders`` lists them for the admin.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from .tables.columns import ROW_NUMBER, Column, ColumnKind


@dataclass(frozen=True)
class DocumentField:
    """A value the rows of a kind of document offer, with the column it makes by default."""

    key: str
    heading_th: str
    heading_en: str
    kind: ColumnKind = ColumnKind.TEXT
    width: int = 15
    group_th: str = ""
    group_en: str = ""

    @property
    def label(self):
        """How the admin names the field: its headings (placeholders and all) and its group."""
        group = f"{self.group_th} " if self.group_th else ""
        return f"{group}{self.heading_th} / {self.heading_en}"

    def column(self, heading_th="", heading_en="", group_th=None, group_en=None, width=None):
        return Column(
            key=self.key,
            heading_th=heading_th or self.heading_th,
            heading_en=heading_en or self.heading_en,
            kind=self.kind,
            width=width or self.width,
            group_th=self.group_th if group_th is None else group_th,
            group_en=self.group_en if group_en is None else group_en,
        )


@dataclass(frozen=True)
class DocumentKind:
    code: str
    label: str
    fields: tuple
    default_keys: tuple
    title_th: str
    title_en: str
    corner_label: str = ""
    empty_message: str = ""
    placeholders: dict = field(default_factory=dict)
    # What the admin's sample files of a layout show: made-up rows with a value in every field,
    # and the placeholders' values for an example LAO (``sample_context(authority)``).
    sample_rows: tuple = ()
    sample_context: Callable = None

    def __post_init__(self):
        keys = [f.key for f in self.fields]
        assert len(set(keys)) == len(keys), f"{self.code}: field keys repeat"
        assert set(self.default_keys) <= set(keys), f"{self.code}: default columns not among its fields"

    def field(self, key):
        return next((f for f in self.fields if f.key == key), None)

    @property
    def keys(self):
        return [f.key for f in self.fields]

    def default_columns(self):
        return [self.field(key).column() for key in self.default_keys]


ROW_NUMBER_FIELD = DocumentField(ROW_NUMBER, "ลำดับ", "No.", ColumnKind.NUMBER, 7)

# The kinds of document, registered by the apps whose rows they print (in their
# AppConfig.ready: the planning app's ผ.02 plan and referrals list). Layouts and exports find them here.
DOCUMENT_KINDS = {}


def register_kind(kind):
    DOCUMENT_KINDS[kind.code] = kind


def kind_choices():
    return [(kind.code, kind.label) for kind in DOCUMENT_KINDS.values()]


def field_choices():
    """Every field of every kind, grouped by kind (a layout's form checks it belongs to its kind)."""
    return [(kind.label, [(f.key, f.label) for f in kind.fields]) for kind in DOCUMENT_KINDS.values()]
