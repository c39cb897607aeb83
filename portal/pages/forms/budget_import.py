"""The upload form of the budget import: one CSV or XLSX file, at most 2 MB."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.pages.forms.spreadsheet_upload import check_spreadsheet_upload

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


class BudgetImportForm(forms.Form):
    file = forms.FileField(
        label=_("Budget file"),
        help_text=_("A CSV or Excel (.xlsx) file of at most 2 MB. First row: group, item, amount, "
                    "note (or หมวด/ยุทธศาสตร์, รายการ, จำนวนเงิน, หมายเหตุ)."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,text/csv,"
                                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}),
    )

    def clean_file(self):
        return check_spreadsheet_upload(self.cleaned_data["file"], MAX_UPLOAD_BYTES)
