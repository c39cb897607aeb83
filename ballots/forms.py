"""Officers' forms: the ballot's settings, its projects, and paper ballots from onsite forums."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ballots.models import Ballot, BallotProject, BallotRule, VoterStanding
from participation.photos import clean_photo
from portal.identity import national_id

from . import casting


class BallotForm(forms.ModelForm):
    class Meta:
        model = Ballot
        fields = ["budget", "ballot_rule", "max_choices", "min_choices", "result_rule"]
        widgets = {"ballot_rule": forms.RadioSelect, "result_rule": forms.RadioSelect}

    def __init__(self, *args, locked=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.locked = locked
        if locked:
            for field in self.fields.values():
                field.disabled = True

    def clean(self):
        data = super().clean()
        if data.get("ballot_rule") == BallotRule.APPROVE_K:
            k = data.get("max_choices")
            if not k:
                self.add_error("max_choices", _("Say how many projects a voter may choose."))
            elif data.get("min_choices") and data["min_choices"] > k:
                self.add_error("min_choices", _("The minimum cannot be more than the maximum."))
        return data


class IdeaChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, idea):
        cost = f" · {idea.estimated_cost:,.0f} ฿" if idea.estimated_cost is not None else ""
        village = f" · {idea.village}" if idea.village_id else ""
        return f"#{idea.pk} {idea.title}{village}{cost}"


class ProjectForm(forms.ModelForm):
    source_ideas = IdeaChoiceField(
        queryset=None, required=False, widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("From the ideas"),
        help_text=gettext_lazy("Published ideas this project answers; choose several to merge them. "
                               "Their authors are told. Leave empty for a project of the LAO's own."),
    )

    class Meta:
        model = BallotProject
        fields = ["title", "description", "cost", "village", "photo", "source_ideas", "sort_order"]

    def __init__(self, *args, authority, ideas, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["village"].queryset = authority.villages.all()
        self.fields["source_ideas"].queryset = ideas
        self.fields["photo"].widget.attrs.update({"accept": "image/jpeg,image/png,image/webp"})

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo and hasattr(photo, "content_type"):  # a new upload: re-encode without metadata
            return clean_photo(photo)
        return photo


class PaperBallotForm(forms.Form):
    forum_date = forms.DateField(label=gettext_lazy("Forum date"), widget=forms.DateInput(attrs={"type": "date"}))
    forum_place = forms.CharField(label=gettext_lazy("Forum place"), max_length=200)
    national_id = forms.CharField(
        label=gettext_lazy("Voter's national ID"), max_length=20,
        help_text=gettext_lazy("Checked against every ballot already counted, online or on paper; kept only as a keyed hash."),
    )
    standing = forms.ChoiceField(
        label=gettext_lazy("Voter's standing"),
        choices=[(VoterStanding.LOCAL, VoterStanding.LOCAL.label), (VoterStanding.OUTSIDER, VoterStanding.OUTSIDER.label)],
        widget=forms.RadioSelect,
    )
    projects = forms.MultipleChoiceField(label=gettext_lazy("Projects marked on the paper ballot"),
                                         widget=forms.CheckboxSelectMultiple, required=False)

    def __init__(self, *args, ballot, projects, voting_start, **kwargs):
        super().__init__(*args, **kwargs)
        self.ballot = ballot
        self.projects = projects
        self.voting_start = voting_start
        self.fields["projects"].choices = [(str(p.pk), f"{p.title} · {p.cost:,.0f} ฿") for p in projects]

    def clean_national_id(self):
        try:
            return national_id.id_hash(self.cleaned_data["national_id"])
        except ValidationError as error:
            raise ValidationError(error.messages[0]) from None

    def clean_forum_date(self):
        day = self.cleaned_data["forum_date"]
        if day > timezone.localdate():
            raise ValidationError(_("The forum date cannot be in the future."))
        if self.voting_start and day < self.voting_start:
            raise ValidationError(_("The forum was held before voting opened: its ballots cannot count."))
        return day

    def clean(self):
        data = super().clean()
        if "projects" in data:
            try:
                data["choice"] = casting.check(self.ballot, data["projects"], self.projects)
            except casting.BallotError as error:
                self.add_error("projects", str(error))
        return data
