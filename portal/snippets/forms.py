"""The admin form for a screening word: an LAO's moderator can only file words under their LAO."""

from django import forms

from wagtail.admin.forms import WagtailAdminModelForm

from portal.tenancy.models import Authority

from .permissions import moderated_authority_ids


class ScreeningWordForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None or user.is_superuser:
            return
        # Not the DLA: the choice is this moderator's LAOs (usually one), never the central list.
        field = self.fields["authority"]
        field.queryset = Authority.objects.filter(id__in=moderated_authority_ids(user))
        field.required = True
        field.empty_label = None
        field.widget = forms.Select()
        field.widget.choices = field.choices
