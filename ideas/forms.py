import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from participation.photos import MAX_PHOTOS, clean_photo

OUTSIDE = "outside"


class MultiplePhotoInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultiplePhotoField(forms.FileField):
    widget = MultiplePhotoInput

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultiplePhotoField, self).clean(f, initial) for f in files]


class IdeaForm(forms.Form):
    """What a person fills in to submit an idea. Everything typed survives a failed submission."""

    title = forms.CharField(
        label=_("Title"), max_length=140,
        help_text=_("In one line: the problem and where, e.g. “Flooded road in front of the school, หมู่ 3”."),
    )
    description = forms.CharField(
        label=_("Describe the problem and your idea"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What happens, who is affected, and what you propose."),
    )
    village = forms.ChoiceField(label=_("Where"), help_text=_("The village (หมู่) the idea is about."))
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=None, empty_label=_("Choose…"),
        help_text=_("The kind of local service the idea is about."),
    )
    estimated_cost = forms.DecimalField(
        label=_("Estimated cost in baht (if you know it)"), required=False, min_value=0, max_digits=14,
        decimal_places=2,
    )
    latitude = forms.DecimalField(label=_("Latitude (optional)"), required=False, min_value=5, max_value=21,
                                  max_digits=9, decimal_places=6)
    longitude = forms.DecimalField(label=_("Longitude (optional)"), required=False, min_value=97, max_value=106,
                                   max_digits=9, decimal_places=6)
    photos = MultiplePhotoField(
        label=_("Photos (optional, up to 3)"), required=False,
        help_text=_("JPEG, PNG or WebP, up to 8 MB each. Location data in the photo is removed."),
    )
    submission_token = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    def __init__(self, *args, authority=None, villages=None, categories=None, **kwargs):
        super().__init__(*args, **kwargs)
        if villages is None:
            villages = list(authority.villages.all()) if authority is not None else []
        self.villages = {str(v.pk): v for v in villages}
        self.fields["village"].choices = (
            [("", _("Choose…"))]
            + [(str(v.pk), str(v)) for v in villages]
            + [(OUTSIDE, _("Outside the area / not in one village"))]
        )
        from portal.snippets.models import AuthorityFunction

        self.fields["category"].queryset = AuthorityFunction.objects.order_by("sort_order", "pk")
        if categories is not None:  # already read for this request: no query to render the choices
            self.fields["category"].choices = [("", _("Choose…"))] + [(c.pk, str(c)) for c in categories]
        self.fields["photos"].widget.attrs.update({"accept": "image/jpeg,image/png,image/webp"})

    def clean_photos(self):
        uploads = self.cleaned_data.get("photos") or []
        if len(uploads) > MAX_PHOTOS:
            raise ValidationError(_("Attach at most 3 photos."))
        return [clean_photo(upload) for upload in uploads]

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("latitude") is None) != (cleaned.get("longitude") is None):
            self.add_error("longitude", _("Give both latitude and longitude, or neither."))
        if self.errors and self.files.getlist("photos"):
            # Browsers cannot keep chosen files across a failed submission: say so.
            self.add_error("photos", _("Choose your photos again after fixing the other fields."))
        return cleaned

    @property
    def chosen_village(self):
        value = self.cleaned_data.get("village")
        return None if value == OUTSIDE else self.villages.get(value)
