"""The resident list upload: one CSV or XLSX file, and whether it replaces or adds to the list."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.pages.forms.spreadsheet_upload import check_spreadsheet_upload

MAX_UPLOAD_BYTES = 40 * 1024 * 1024


class ResidentListUploadForm(forms.Form):
    REPLACE, ADD = "replace", "add"

    file = forms.FileField(
        label=_("Resident list"),
        help_text=_("A CSV or Excel (.xlsx) file of at most 40 MB: one resident per row, the 13-digit national "
                    "ID in the first column and, optionally, the village number (หมู่ที่) in the second. "
                    "A header row (national_id, village or เลขประจำตัวประชาชน, หมู่ที่) is optional."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,text/csv,"
                                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}),
    )
    mode = forms.ChoiceField(
        label=_("What the file does"), widget=forms.RadioSelect, initial=REPLACE,
        choices=[
            (REPLACE, _("Replace the LAO's resident list with this file")),
            (ADD, _("Add this file's residents to the current list")),
        ],
    )

    def clean_file(self):
        return check_spreadsheet_upload(self.cleaned_data["file"], MAX_UPLOAD_BYTES)
