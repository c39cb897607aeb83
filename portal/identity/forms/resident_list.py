"""The resident list upload: one CSV or XLSX file, and whether it replaces or adds to the list."""

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_BYTES = 40 * 1024 * 1024
ALLOWED_EXTENSIONS = (".csv", ".xlsx")


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
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(ALLOWED_EXTENSIONS):
            raise forms.ValidationError(
                _("“%(name)s” is not a CSV (.csv) or Excel (.xlsx) file."), params={"name": upload.name}
            )
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is %(size)s; the limit is %(limit)s."),
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_UPLOAD_BYTES)},
            )
        return upload
