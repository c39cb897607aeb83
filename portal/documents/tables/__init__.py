"""The table-export API: a title, columns and rows in; CSV, XLSX or PDF out.

    from portal.documents.tables import Column, DocumentTable, table_response

    table = DocumentTable(
        title="บัญชีข้อเสนอ",
        columns=[Column("row_number", "ลำดับ", "No.", "number", 6), Column("title", "เรื่อง", "Subject")],
        rows=[{"title": "ซ่อมถนน"}],
    )
    return table_response(table, "xlsx", filename="บัญชีข้อเสนอ")
"""

from .columns import ROW_NUMBER, Column, ColumnKind
from .render import FORMATS, RenderedDocument, render_table, table_response
from .table import DocumentTable, HeaderCell

__all__ = [
    "FORMATS", "ROW_NUMBER", "Column", "ColumnKind", "DocumentTable", "HeaderCell", "RenderedDocument",
    "render_table", "table_response",
]
