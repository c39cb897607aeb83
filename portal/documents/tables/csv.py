"""CSV: UTF-8 with a byte-order mark, so Excel opens Thai text correctly; one heading row, no title."""

import csv
import io

from .formatting import csv_cell


def render_csv(table):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(table.flat_headings())
    empty = True
    for record in table.records():
        empty = False
        writer.writerow([csv_cell(value, column.kind) for value, column in zip(record, table.columns, strict=True)])
    if empty:
        writer.writerow([table.no_rows_message] + [""] * (len(table.columns) - 1))
    return out.getvalue().encode("utf-8-sig")
