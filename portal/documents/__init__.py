"""Officers' documents: tables exported as CSV, XLSX and PDF, their layouts, and consultation posters.

The table API (``portal.documents.tables``) knows nothing of plans or referrals: it turns a
title, column definitions and rows into a file. Layouts (``ExportLayout``) say which columns
a kind of document has, editable by DLA staff in the admin; ``portal.documents.kinds`` lists
the kinds and the fields each offers. ``portal.documents.posters`` prints a consultation's
QR poster. PDF is drawn by WeasyPrint with the Sarabun font shipped in ``fonts/``.
"""
