"""Officers' forms: triage decisions, referral status, plan projects, progress, forums."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ballots.forms import PaperBallotForm
from ideas.forms import MultiplePhotoField
from participation.photos import MAX_PHOTOS, clean_photo
from portal.snippets.models import AuthorityFunction
from portal.tenancy.models import Village

from .models import (
    Forum,
    PlanProject,
    ProgressUpdate,
    ReferralLevel,
    ReferralStatus,
    TriageOutcome,
    WithinRoute,
)
from .models.forum import MINUTES_EXTENSIONS

MAX_MINUTES_BYTES = 20 * 1024 * 1024


def date_input():
    """A browser's date picker: its value must be ISO (2026-11-24), whatever the language's format,
    or an edited record would show an empty date."""
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class TriageForm(forms.Form):
    """One decision for the ideas ticked in the queue (or for one idea)."""

    outcome = forms.ChoiceField(label=gettext_lazy("Decision"), choices=TriageOutcome.choices,
                                widget=forms.RadioSelect)
    function = forms.ModelChoiceField(
        label=gettext_lazy("Authority function"), queryset=AuthorityFunction.objects.all(), required=False,
        help_text=gettext_lazy("Which of the LAO's functions the idea is about (needed for “within” and “refer”)."),
    )
    route = forms.ChoiceField(label=gettext_lazy("Within authority, as"), choices=[("", "—"), *WithinRoute.choices],
                              required=False)
    referral_level = forms.ChoiceField(label=gettext_lazy("Refer to"), choices=[("", "—"), *ReferralLevel.choices],
                                       required=False)
    agency = forms.CharField(label=gettext_lazy("Agency"), max_length=200, required=False,
                             help_text=gettext_lazy("The agency's name, when referring to a named agency."))
    duplicate_of = forms.IntegerField(label=gettext_lazy("Number of the original idea"), required=False,
                                      min_value=1)
    note = forms.CharField(
        label=gettext_lazy("Note or reason, shown to the public"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Needed for “refer” and “not feasible”: the public and the author read it."),
    )

    def __init__(self, *args, ideas, **kwargs):
        super().__init__(*args, **kwargs)
        self.ideas = ideas  # the ideas the officer may triage: a duplicate's original is one of them

    def clean(self):
        data = super().clean()
        outcome = data.get("outcome")
        if outcome in (TriageOutcome.WITHIN, TriageOutcome.REFER) and not data.get("function"):
            self.add_error("function", _("Choose the authority function the idea is about."))
        if outcome == TriageOutcome.WITHIN and not data.get("route"):
            self.add_error("route", _("Say whether it is a candidate for the plan or for the budget vote."))
        if outcome == TriageOutcome.REFER:
            if not data.get("referral_level"):
                self.add_error("referral_level", _("Say where the idea is referred to."))
            elif data["referral_level"] == ReferralLevel.AGENCY and not data.get("agency", "").strip():
                self.add_error("agency", _("Give the name of the agency."))
        if outcome in (TriageOutcome.REFER, TriageOutcome.NOT_FEASIBLE) and not data.get("note", "").strip():
            self.add_error("note", _("Write the note or reason the public will read."))
        if outcome == TriageOutcome.DUPLICATE:
            number = data.get("duplicate_of")
            original = self.ideas.filter(pk=number).first() if number else None
            if original is None:
                self.add_error("duplicate_of", _("Give the number of a published idea of this LAO."))
            data["original"] = original
        return data


class ReferralStatusForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Status"), choices=ReferralStatus.choices)
    note = forms.CharField(label=gettext_lazy("Note"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=gettext_lazy("E.g. the letter's number or what the district office said."))


class IdeaChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, idea):
        return f"#{idea.pk} {idea.title}"


class PlanProjectForm(forms.ModelForm):
    source_ideas = IdeaChoiceField(queryset=None, required=False, widget=forms.CheckboxSelectMultiple,
                                   label=gettext_lazy("From the ideas"))

    class Meta:
        model = PlanProject
        fields = ["title", "objective", "target_output", "first_year", "budget_year_1", "budget_year_2",
                  "budget_year_3", "budget_year_4", "budget_year_5", "kpi", "expected_result", "responsible_unit",
                  "strategy", "plan_area", "function", "village", "start_date", "source_ideas"]
        widgets = {"start_date": date_input(),
                   "objective": forms.Textarea(attrs={"rows": 3}), "target_output": forms.Textarea(attrs={"rows": 2}),
                   "expected_result": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, authority, ideas, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["village"].queryset = Village.objects.filter(authority=authority)
        self.fields["source_ideas"].queryset = ideas

    def clean(self):
        data = super().clean()
        if not any(data.get(f"budget_year_{n}") for n in range(1, 6)):
            self.add_error("budget_year_1", _("Give the budget of at least one year of the plan."))
        return data


class ProgressForm(forms.ModelForm):
    photos = MultiplePhotoField(label=gettext_lazy("Photos"), required=False,
                                help_text=gettext_lazy("Up to 3 photos; location data in them is removed."))

    class Meta:
        model = ProgressUpdate
        fields = ["on_date", "status", "percent", "text"]
        widgets = {"on_date": date_input(), "text": forms.Textarea(attrs={"rows": 4})}

    def clean_on_date(self):
        day = self.cleaned_data["on_date"]
        if day > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."))
        return day

    def clean_photos(self):
        uploads = self.cleaned_data.get("photos") or []
        if len(uploads) > MAX_PHOTOS:
            raise ValidationError(_("Attach at most 3 photos."))
        return [clean_photo(upload) for upload in uploads]


class PhotoChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, photo):
        return _("Photo %(number)d") % {"number": self.position[photo.pk]}


class ProgressEditForm(ProgressForm):
    """Correcting an update: its fields, and its photos (tick those to remove, add more)."""

    remove_photos = PhotoChoiceField(label=gettext_lazy("Remove these photos"), queryset=None, required=False,
                                     widget=forms.CheckboxSelectMultiple)
    field_order = ["on_date", "status", "percent", "text", "remove_photos", "photos"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.current_photos = list(self.instance.photos.all())
        field = self.fields["remove_photos"]
        field.queryset = self.instance.photos.all()
        field.position = {photo.pk: number for number, photo in enumerate(self.current_photos, start=1)}
        if not self.current_photos:
            del self.fields["remove_photos"]
        self.fields["photos"].label = gettext_lazy("Add photos")
        self.fields["photos"].help_text = gettext_lazy(
            "Up to 3 photos in all; location data in them is removed.")

    def clean(self):
        data = super().clean()
        kept = len(self.current_photos) - len(data.get("remove_photos") or [])
        if kept + len(data.get("photos") or []) > MAX_PHOTOS:
            self.add_error("photos", _("An update has at most 3 photos: remove some before adding more."))
        return data


class ConsultationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, page):
        return page.title


class ForumForm(forms.ModelForm):
    consultation = ConsultationChoiceField(label=gettext_lazy("Consultation"), queryset=None)

    class Meta:
        model = Forum
        fields = ["consultation", "held_on", "place", "village", "attendance", "minutes"]
        widgets = {"held_on": date_input()}

    def __init__(self, *args, authority, consultations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["village"].queryset = Village.objects.filter(authority=authority)
        self.fields["consultation"].queryset = consultations
        if self.instance.pk:
            self.fields["consultation"].initial = consultations.filter(
                translation_key=self.instance.consultation_key).first()

    def clean_held_on(self):
        day = self.cleaned_data["held_on"]
        if day > timezone.localdate():
            raise ValidationError(_("The forum date cannot be in the future."))
        return day

    def clean_minutes(self):
        minutes = self.cleaned_data.get("minutes")
        if minutes and minutes.name.rsplit(".", 1)[-1].lower() not in MINUTES_EXTENSIONS:
            raise ValidationError(_("The minutes must be a PDF, Word or OpenDocument file or a photo."))
        if minutes and getattr(minutes, "size", 0) > MAX_MINUTES_BYTES:
            raise ValidationError(_("The minutes are too large: up to 20 MB."))
        return minutes

    def save(self, commit=True):
        forum = super().save(commit=False)
        forum.consultation_key = self.cleaned_data["consultation"].translation_key
        if commit:
            forum.save()
        return forum


class ForumIdeaForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Title"), max_length=140)
    description = forms.CharField(label=gettext_lazy("What was proposed"), max_length=5000, widget=forms.Textarea)
    village = forms.ModelChoiceField(label=gettext_lazy("Village"), queryset=None, required=False)
    category = forms.ModelChoiceField(label=gettext_lazy("Authority function"),
                                      queryset=AuthorityFunction.objects.all(), required=False)
    estimated_cost = forms.DecimalField(label=gettext_lazy("Estimated cost (baht)"), required=False, min_value=0,
                                        max_digits=14, decimal_places=2)

    def __init__(self, *args, authority, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["village"].queryset = Village.objects.filter(authority=authority)


class ForumPaperBallotForm(PaperBallotForm):
    """A paper ballot of a forum: the forum gives the date and place."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["forum_date"]
        del self.fields["forum_place"]
