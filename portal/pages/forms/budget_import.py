"""The upload form of the budget import: one CSV or XLSX file, at most 2 MB."""

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
ALLOWED_EXTENSIONS = (".csv", ".xlsx")


class BudgetImportForm(forms.Form):
    file = forms.FileField(
        label=_("Budget file"),
        help_text=_("A CSV or Excel (.xlsx) file of at most 2 MB. First row: group, item, amount, "
                    "note (or หมวด/ยุทธศาสตร์, รายการ, จำนวนเงิน, หมายเหตุ)."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,text/csv,"
                                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}),
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
