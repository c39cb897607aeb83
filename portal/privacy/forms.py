from django import forms
from django.utils.translation import gettext_lazy as _

from .consent import current_notice, record_consent
from .models.consent import AgeStatement


class ConsentForm(forms.Form):
    """Explicit consent to the notice in force, with the person's age statement (majority is 20)."""

    accept = forms.BooleanField(
        label=_("I have read the privacy notice and consent to the processing of my opinions and my data for public consultations."),
        error_messages={"required": _("Tick the box to consent; without consent you can read but not take part.")},
    )
    age = forms.ChoiceField(
        label=_("Age"), choices=AgeStatement.choices, widget=forms.RadioSelect, initial=AgeStatement.ADULT,
        error_messages={"required": _("Say whether you are 20 or older.")},
    )

    def record(self, user):
        # Not named save(): allauth's sign-up form, which inherits this, has its own save().
        return record_consent(user, current_notice(), self.cleaned_data["age"])


class ConsentSignupForm(ConsentForm):
    """The consent part of the sign-up form (allauth's ``ACCOUNT_SIGNUP_FORM_CLASS``)."""

    def signup(self, request, user):
        self.record(user)


class EraseAccountForm(forms.Form):
    confirm = forms.CharField(
        label=_("Type ลบบัญชี to confirm"), max_length=20,
        help_text=_("This cannot be undone."),
    )

    def clean_confirm(self):
        value = self.cleaned_data["confirm"].strip()
        if value not in ("ลบบัญชี", "erase"):
            raise forms.ValidationError(_("Type ลบบัญชี exactly to confirm."))
        return value
