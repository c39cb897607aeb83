"""PDF: A4 landscape, the heading repeated on every page, page numbers, Thai font embedded."""

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.templatetags.thai_dates import thai_date

from ..pdf import css_string, html_to_pdf
from .columns import ROW_NUMBER, ColumnKind
from .formatting import display


def page_numbers_css(template):
    """'Page {page} of {pages}' as a CSS ``content`` value with the page counters in place."""
    parts = []
    for chunk in template.replace("{pages}", "\0pages\0").replace("{page}", "\0page\0").split("\0"):
        if chunk in ("page", "pages"):
            parts.append(f"counter({chunk})")
        elif chunk:
            parts.append(css_string(chunk))
    return " ".join(parts)


def _cell_class(column):
    if column.key == ROW_NUMBER:
        return "center"
    if column.is_numeric:
        return "num"
    if column.kind == ColumnKind.DATE:
        return "date"
    return ""


def table_html(table):
    total_width = sum(column.width for column in table.columns)
    columns = [
        {"width": f"{100 * column.width / total_width:.3f}%", "class": _cell_class(column)}
        for column in table.columns
    ]
    rows = []
    for record in table.records():
        cells = []
        for value, column in zip(record, table.columns, strict=True):
            text = display(value, column.kind)
            if not text and column.kind == ColumnKind.MONEY:
                text = "-"  # as official forms mark a year without budget
            cells.append({"text": text, "class": _cell_class(column)})
        rows.append(cells)
    return render_to_string("documents/table.html", {
        "table": table,
        "title_lines": table.title_lines,
        "columns": columns,
        "header_rows": table.header_rows(),
        "rows": rows,
        "printed": css_string(_("Printed on %(date)s") % {"date": thai_date(timezone.localdate(), "short")}),
        "page_numbers": page_numbers_css(_("Page {page} of {pages}")),
        "corner_label": css_string(table.corner_label),
    })


def render_pdf(table):
    return html_to_pdf(table_html(table))
