"""The search form: words, the kind of result, and on the central site a province and an LAO kind.

Whatever arrives in the query string, the form gives usable values: an unknown filter is
dropped (and the page says so), never an error.
"""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.tenancy.models import AuthorityKind, Province

from .results import KINDS

MAX_QUERY_LENGTH = 200

KIND_CHOICES = [
    ("", pgettext_lazy("search filter", "Everything")),
    ("pages", pgettext_lazy("search filter", "Pages")),
    ("ideas", pgettext_lazy("search filter", "Ideas")),
    ("comments", pgettext_lazy("search filter", "Comments")),
]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, strip=True)
    type = forms.ChoiceField(label=_("Show"), choices=KIND_CHOICES, required=False)
    province = forms.ModelChoiceField(
        label=_("Province"), queryset=Province.objects.all(), required=False, empty_label=_("All provinces"),
    )
    kind = forms.ChoiceField(
        label=_("Kind of local authority"), required=False, choices=[("", _("All kinds"))] + list(AuthorityKind.choices),
    )

    def __init__(self, data=None, *, central=False):
        super().__init__(data)
        self.central = central
        if not central:
            del self.fields["province"]
            del self.fields["kind"]
        self.fields["q"].widget.attrs.update({"type": "search", "autocomplete": "off", "enterkeyhint": "search"})
        self.valid = self.is_valid()

    def value(self, name):
        """The cleaned value of a field, or its empty value when what was sent is not valid."""
        if name in getattr(self, "cleaned_data", {}):
            return self.cleaned_data[name]
        return None if name == "province" else ""

    @property
    def text(self):
        return (self.data.get("q") or "").strip()[:MAX_QUERY_LENGTH] if self.data else ""

    @property
    def too_long(self):
        return bool(self.data) and len((self.data.get("q") or "").strip()) > MAX_QUERY_LENGTH

    @property
    def kinds(self):
        chosen = self.value("type")
        return (chosen,) if chosen in KINDS else KINDS

    @property
    def has_filters(self):
        return bool(self.value("type") or self.value("province") or self.value("kind"))

    @property
    def dropped_filters(self):
        """The filters sent with values that do not exist (an old link, a typo)."""
        return [self.fields[name].label for name in self.errors if name != "q"]

    def query_string(self, **overrides):
        params = {"q": self.text, "type": self.value("type")}
        if self.central:
            province = self.value("province")
            params.update(province=province.pk if province else "", kind=self.value("kind"))
        params.update(overrides)
        return urlencode({key: value for key, value in params.items() if value})
