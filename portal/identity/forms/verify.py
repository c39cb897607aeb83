"""The citizen's form: "I am a resident" with the national ID number."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .fields import NationalIDField


class ResidentVerificationForm(forms.Form):
    national_id = NationalIDField(
        help_text=_("13 digits, as on your ID card. It is checked against the resident list and not stored: "
                    "only a keyed hash is kept."),
    )
