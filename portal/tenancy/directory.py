"""The central site's directory of LAOs: filter by text, province and kind."""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Authority, AuthorityKind, Province


class AuthorityDirectoryForm(forms.Form):
    q = forms.CharField(label=_("Name or DLA code"), required=False, max_length=100)
    province = forms.ModelChoiceField(
        label=_("Province"), queryset=Province.objects.all(), required=False,
        empty_label=_("All provinces"),
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False,
        choices=[("", _("All kinds"))] + list(AuthorityKind.choices),
    )

    def filtered(self):
        authorities = Authority.objects.select_related("province", "site").order_by(
            "province__name_th", "kind", "name_th"
        )
        if not self.is_bound or not self.is_valid():
            return authorities
        data = self.cleaned_data
        authorities = authorities.search(data.get("q"))
        if data.get("province"):
            authorities = authorities.filter(province=data["province"])
        if data.get("kind"):
            authorities = authorities.filter(kind=data["kind"])
        return authorities

    def query_string(self):
        if not self.is_bound or not self.is_valid():
            return ""
        params = {
            "q": self.cleaned_data.get("q") or "",
            "province": self.cleaned_data["province"].pk if self.cleaned_data.get("province") else "",
            "kind": self.cleaned_data.get("kind") or "",
        }
        return urlencode({k: v for k, v in params.items() if v})
