"""One entry point for every format: ``render_table(table, "pdf")`` and ``table_response(...)``."""

from dataclasses import dataclass

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from ..jobs import needs_background, start
from ..response import file_response
from .csv import render_csv
from .pdf import render_pdf
from .xlsx import render_xlsx

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = {
    "csv": ("text/csv; charset=utf-8", render_csv),
    "xlsx": (XLSX_TYPE, render_xlsx),
    "pdf": ("application/pdf", render_pdf),
}


@dataclass(frozen=True)
class RenderedDocument:
    content: bytes
    content_type: str
    extension: str


def render_table(table, format):
    """The table as a file: ``format`` is ``csv``, ``xlsx`` or ``pdf``."""
    try:
        content_type, render = FORMATS[format]
    except KeyError:
        raise ValueError(f"Unknown document format {format!r}: use one of {', '.join(FORMATS)}.") from None
    return RenderedDocument(render(table), content_type, format)


def table_response(table, format, filename, request=None, authority=None):
    """An HTTP download of the table; ``filename`` without extension, Thai allowed.

    Exports hold an LAO's working data: never cached on the way. Given the ``request``, a PDF
    too long to draw in it is made in the background instead (``portal.documents.jobs``) and
    the response sends the person to the page where it will be ready.
    """
    if request is not None and needs_background(table, format):
        job = start(table, filename, request.user, authority=authority)
        return redirect(reverse("documents_export_job", args=[job.pk]))
    document = render_table(table, format)
    response = file_response(document.content, f"{filename}.{document.extension}", document.content_type)
    add_never_cache_headers(response)
    return response
