"""A kind of document's table, laid out as DLA staff set it: ``layout_table("plan", rows, context)``."""

from .kinds import DOCUMENT_KINDS
from .models import ExportLayout
from .tables import DocumentTable
from .tables.columns import is_english


def layout_table(kind, rows, context=None, layout=None):
    """The table of ``kind`` (a registered kind's code: ``"plan"``) for ``rows`` with ``layout``'s columns.

    Without a layout, the kind's layout marked for use in the admin is taken; without one
    (or when it has no usable column), the kind's built-in default, so an export never fails
    for want of a layout.
    """
    document_kind = DOCUMENT_KINDS[kind]
    if layout is None:
        layout = ExportLayout.objects.default_for(kind)
    elif layout.kind != kind:
        raise ValueError(f"Layout {layout.name!r} is for {layout.kind!r}, not {kind!r}.")
    columns = layout.document_columns() if layout else []
    if columns:
        title, corner_label = layout.title(), layout.corner_label
    else:
        columns = document_kind.default_columns()
        title = document_kind.title_en if is_english() else document_kind.title_th
        corner_label = document_kind.corner_label
    return DocumentTable(
        title=title,
        columns=columns,
        rows=rows,
        context=context or {},
        corner_label=corner_label,
        empty_message=str(document_kind.empty_message),
    )


def sample_rows(kind):
    """Made-up rows with a value in every field of ``kind``: what the admin's sample files show."""
    return list(DOCUMENT_KINDS[kind].sample_rows)
