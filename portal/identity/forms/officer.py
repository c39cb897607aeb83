"""The officer's forms: find a person, record a verification in person, correct or revoke a standing."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.identity.models import StandingKind
from portal.identity.standings import default_expiry
from portal.tenancy.models import Village

from .fields import NationalIDField


class PersonSearchForm(forms.Form):
    q = forms.CharField(
        label=_("E-mail, username or name"), min_length=3, max_length=150,
        help_text=_("An e-mail address or username exactly, or at least 3 letters of the name."),
    )


class StandingFieldsMixin:
    """Kind, village (of the chosen LAO only) and expiry, checked together."""

    def village_queryset(self, authorities):
        return Village.objects.filter(authority__in=authorities).select_related("authority").order_by(
            "authority__name_th", "number"
        )

    def clean_standing(self, cleaned, authority):
        kind, village = cleaned.get("kind"), cleaned.get("village")
        if kind == StandingKind.LOCAL and village is None and authority is not None and authority.villages.exists():
            self.add_error("village", _("Choose the village the person lives in (from the house registration)."))
        if kind == StandingKind.OUTSIDER and village is not None:
            self.add_error("village", _("A verified outsider has no village: leave it empty."))
        if village is not None and authority is not None and village.authority_id != authority.pk:
            self.add_error("village", _("This village is not one of the chosen LAO's villages."))
        expires = cleaned.get("expires_at")
        if expires is not None and expires <= timezone.localdate():
            self.add_error("expires_at", _("The expiry must be in the future."))


class OfficerVerificationForm(StandingFieldsMixin, forms.Form):
    authority = forms.ModelChoiceField(queryset=None, label=_("LAO"), empty_label=None)
    national_id = NationalIDField(
        help_text=_("From the ID card you have checked. It is not stored: only a keyed hash is kept."),
    )
    kind = forms.ChoiceField(
        label=_("Standing"), choices=StandingKind.choices, widget=forms.RadioSelect,
        help_text=_("Local: the house registration (ทะเบียนบ้าน) is in this LAO's area. Verified outsider: "
                    "identity checked, living elsewhere."),
    )
    village = forms.ModelChoiceField(queryset=None, label=_("Village"), required=False)
    expires_at = forms.DateField(
        label=_("Valid until"), widget=forms.DateInput(attrs={"type": "date"}),
    )
    documents_checked = forms.BooleanField(
        label=_("I have seen the person's ID card and, for a local, the house registration."),
    )

    def __init__(self, *args, authorities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["authority"].queryset = authorities
        self.fields["village"].queryset = self.village_queryset(authorities)
        self.fields["expires_at"].initial = timezone.localdate(default_expiry())

    def clean(self):
        cleaned = super().clean()
        self.clean_standing(cleaned, cleaned.get("authority"))
        return cleaned


class StandingChangeForm(StandingFieldsMixin, forms.Form):
    kind = OfficerVerificationForm.base_fields["kind"]
    village = forms.ModelChoiceField(queryset=None, label=_("Village"), required=False)
    expires_at = forms.DateField(label=_("Valid until"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, standing, **kwargs):
        super().__init__(*args, **kwargs)
        self.standing = standing
        self.fields["village"].queryset = self.village_queryset([standing.authority])

    def clean(self):
        cleaned = super().clean()
        self.clean_standing(cleaned, self.standing.authority)
        return cleaned


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), max_length=200,
        help_text=_("Why the standing ends (kept in the verification log; no ID numbers)."),
    )
