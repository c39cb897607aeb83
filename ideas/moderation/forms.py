from django import forms
from django.utils.translation import gettext_lazy as _

from portal.snippets.moderation_reasons import ModerationReason

APPROVE, REJECT, HIDE = "approve", "reject", "hide"


class DecisionForm(forms.Form):
    """A moderator's decision on one or more ideas of their LAO."""

    ideas = forms.ModelMultipleChoiceField(queryset=None, label=_("Ideas"),
                                           error_messages={"required": _("Select at least one idea.")})
    decision = forms.ChoiceField(choices=[(APPROVE, _("Approve and publish")), (REJECT, _("Reject")),
                                          (HIDE, _("Hide pending review"))], label=_("Decision"))
    reason_code = forms.ChoiceField(choices=[("", "—")] + list(ModerationReason.choices), required=False,
                                    label=_("Reason"))
    note = forms.CharField(required=False, max_length=500, label=_("Note shown to the author"))
    duplicate_of = forms.IntegerField(required=False, label=_("Number of the original idea (for duplicates)"))

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ideas"].queryset = queryset
        self.queryset = queryset

    def clean(self):
        cleaned = super().clean()
        decision, code = cleaned.get("decision"), cleaned.get("reason_code")
        if decision in (REJECT, HIDE) and not code:
            self.add_error("reason_code", _("Choose the reason."))
        if code == ModerationReason.DUPLICATE:
            original = cleaned.get("duplicate_of")
            ideas = cleaned.get("ideas") or []
            found = self.queryset.model.objects.filter(
                pk=original, authority__in={i.authority_id for i in ideas}
            ).first() if original else None
            if found is None or found in ideas:
                self.add_error("duplicate_of", _("Give the number of the original idea of this LAO."))
            cleaned["original"] = found
        return cleaned


class CommentDecisionForm(forms.Form):
    """A moderator's decision on comments of their LAO (their CommentRecords)."""

    comments = forms.ModelMultipleChoiceField(queryset=None, label=_("Comments"),
                                              error_messages={"required": _("Select at least one comment.")})
    decision = forms.ChoiceField(choices=[(APPROVE, _("Approve and publish")), (REJECT, _("Reject")),
                                          (HIDE, _("Hide pending review"))], label=_("Decision"))
    reason_code = forms.ChoiceField(choices=[("", "—")] + list(ModerationReason.choices), required=False,
                                    label=_("Reason"))

    def __init__(self, *args, queryset, **kwargs):
        kwargs.setdefault("auto_id", "id_comment_%s")  # the ideas' form is on the same page
        super().__init__(*args, **kwargs)
        self.fields["comments"].queryset = queryset

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") in (REJECT, HIDE) and not cleaned.get("reason_code"):
            self.add_error("reason_code", _("Choose the reason."))
        return cleaned
