"""The check every spreadsheet upload shares: a CSV or XLSX file under a size limit."""

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

ALLOWED_EXTENSIONS = (".csv", ".xlsx")
ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def check_spreadsheet_upload(upload, max_bytes):
    """Return the upload, or raise a ValidationError that says what is wrong with it."""
    if not upload.name.lower().endswith(ALLOWED_EXTENSIONS):
        raise forms.ValidationError(
            _("“%(name)s” is not a CSV (.csv) or Excel (.xlsx) file."), params={"name": upload.name}
        )
    if upload.size > max_bytes:
        raise forms.ValidationError(
            _("The file is %(size)s; the limit is %(limit)s."),
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
        )
    return upload
