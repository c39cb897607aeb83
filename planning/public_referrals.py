"""The public list of referrals: which ideas LAOs sent on to the ONE PLAN or an agency, and
what became of them. The filters, the rows, the summary by status and the export table.

Only what the idea's public page shows is listed: referrals of published ideas that belong
to the idea's current decision. Neither the author nor anything else personal is read.
"""

from urllib.parse import urlencode

from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ideas.models import IdeaState
from portal.documents.tables import Column, DocumentTable
from portal.tenancy.models import Authority, AuthorityKind, Province

from .models import Referral, ReferralLevel, ReferralStatus

PER_PAGE = 50
EXPORT_LIMIT = 5000


class ReferralFilterForm(forms.Form):
    """The filters of the page. Whatever arrives in the query string, the form gives usable
    values: an unknown value is dropped (and the page says so), never an error."""

    province = forms.ModelChoiceField(label=_("Province"), queryset=Province.objects.all(), required=False,
                                      empty_label=_("All provinces"))
    district = forms.ChoiceField(label=_("District"), required=False)
    kind = forms.ChoiceField(label=_("Kind of local authority"), required=False,
                             choices=[("", _("All kinds"))] + list(AuthorityKind.choices))
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("All statuses"))] + list(ReferralStatus.choices))
    level = forms.ChoiceField(label=_("Referred to"), required=False,
                              choices=[("", _("Anywhere"))] + list(ReferralLevel.choices))

    def __init__(self, data=None, *, central=False):
        super().__init__(data)
        self.central = central
        self.moved_district = False
        if central:
            self.districts = self._districts()
            self.fields["district"].choices = [("", _("All districts"))] + [(d, d) for d in self.districts]
        else:
            for name in ("province", "district", "kind"):
                del self.fields[name]
            self.districts = []
        self.is_valid()

    def _districts(self):
        """The districts of the chosen province's LAOs (none until a valid province is chosen)."""
        code = (self.data.get("province") or "").strip() if self.data else ""
        try:
            province = self.fields["province"].clean(code)
        except forms.ValidationError:
            return []
        if province is None:
            return []
        return list(Authority.objects.provisioned().filter(province=province).exclude(district_th="")
                    .order_by("district_th").values_list("district_th", flat=True).distinct())

    def clean(self):
        cleaned = super().clean()
        # A district left from another province (the province was changed, then "Show"):
        # not a mistake in the link, so it is dropped without a note.
        if "district" in self.errors and self.data.get("district"):
            sent = self.data.get("district")
            if Authority.objects.provisioned().filter(district_th=sent).exists():
                del self.errors["district"]
                cleaned["district"] = ""
                self.moved_district = True
        return cleaned

    def value(self, name):
        """The cleaned value of a field, or its empty value when what was sent is not valid."""
        if name in getattr(self, "cleaned_data", {}):
            return self.cleaned_data[name]
        return None if name == "province" else ""

    @property
    def dropped_filters(self):
        """The filters sent with values that do not exist (an old link, a typo)."""
        return [self.fields[name].label for name in self.errors if name in self.fields]

    @property
    def params(self):
        params = {"status": self.value("status"), "level": self.value("level")}
        if self.central:
            province = self.value("province")
            params.update(province=province.pk if province else "", district=self.value("district"),
                          kind=self.value("kind"))
        return {key: value for key, value in params.items() if value}

    @property
    def description(self):
        """The filters in words, for the export's title: "Krabi · District Ao Luek · sent"."""
        parts = []
        if self.central:
            if self.value("province"):
                parts.append(str(self.value("province")))
            if self.value("district"):
                parts.append(gettext("District %(district)s") % {"district": self.value("district")})
            if self.value("kind"):
                parts.append(str(AuthorityKind(self.value("kind")).label))
        if self.value("level"):
            parts.append(str(ReferralLevel(self.value("level")).label))
        if self.value("status"):
            parts.append(str(ReferralStatus(self.value("status")).label))
        return " · ".join(parts)

    def query_string(self, **overrides):
        params = dict(self.params, **overrides)
        return urlencode({key: value for key, value in params.items() if value})


def public_referrals(authority=None):
    """The referrals the public may see: of published ideas, from their current decision; of
    ``authority`` on its site, of every provisioned LAO on the central site (``None``)."""
    referrals = Referral.objects.filter(decision__current=True, idea__state=IdeaState.PUBLISHED)
    if authority is not None:
        return referrals.filter(authority=authority)
    return referrals.filter(authority__site__isnull=False)


def filtered(referrals, form, *, with_status=True):
    """``referrals`` narrowed by the form's valid filters (the status one too unless told)."""
    if form.central:
        if form.value("province"):
            referrals = referrals.filter(authority__province=form.value("province"))
            if form.value("district"):
                referrals = referrals.filter(authority__district_th=form.value("district"))
        if form.value("kind"):
            referrals = referrals.filter(authority__kind=form.value("kind"))
    if form.value("level"):
        referrals = referrals.filter(decision__referral_level=form.value("level"))
    if with_status and form.value("status"):
        referrals = referrals.filter(status=form.value("status"))
    return referrals


def summary(referrals):
    """[(status, label, count)] of ``referrals`` and their total, in one query."""
    counts = referrals.aggregate(
        total=Count("pk"), **{status: Count("pk", filter=Q(status=status)) for status in ReferralStatus.values})
    total = counts.pop("total")
    return [(status, label, counts[status]) for status, label in ReferralStatus.choices], total


def rows_of(referrals):
    """What a row shows, with one query (the consultation pages are looked up apart)."""
    return (referrals.select_related("decision", "idea", "authority", "authority__province")
            .only("referred_on", "status", "status_changed_on", "authority_id", "idea_id", "decision_id",
                  "decision__referral_level", "decision__agency", "decision__note",
                  "idea__title", "idea__consultation_key", "idea__state",
                  "authority__name_th", "authority__name_en", "authority__kind", "authority__district_th",
                  "authority__province__name_th", "authority__province__name_en")
            .order_by("-referred_on", "-pk"))


def export_table(referrals, urls, title):
    """The public columns of the list, for CSV and XLSX (``portal.documents.tables``)."""
    rows = []
    for referral in referrals:
        decision, authority = referral.decision, referral.authority
        rows.append({
            "idea_title": referral.idea.title,
            "authority": authority.full_name,
            "district": authority.district_th,
            "province": authority.province.name,
            "target_level": decision.get_referral_level_display(),
            "agency": decision.agency if decision.referral_level == ReferralLevel.AGENCY else "",
            "referred_on": referral.referred_on,
            "status": referral.get_status_display(),
            "status_changed_on": referral.status_changed_on,
            "note": decision.note,
            "url": urls.get(referral.idea_id, ""),
        })
    columns = [
        Column("row_number", "ลำดับ", "No.", "number", 7),
        Column("idea_title", "เรื่องที่เสนอ", "Idea", "text", 40),
        Column("authority", "องค์กรปกครองส่วนท้องถิ่น", "Local authority", "text", 28),
        Column("district", "อำเภอ", "District", "text", 16),
        Column("province", "จังหวัด", "Province", "text", 14),
        Column("target_level", "ส่งต่อถึง", "Referred to", "text", 26),
        Column("agency", "หน่วยงาน", "Agency", "text", 24),
        Column("referred_on", "วันที่ส่งต่อ", "Referred on", "date", 14),
        Column("status", "สถานะ", "Status", "text", 22),
        Column("status_changed_on", "วันที่ของสถานะ", "Status since", "date", 14),
        Column("note", "หมายเหตุจาก อปท.", "Note from the LAO", "text", 40),
        Column("url", "ลิงก์ข้อเสนอ", "Link to the idea", "text", 40),
    ]
    return DocumentTable(title=title, columns=columns, rows=rows, empty_message="ไม่มีข้อเสนอที่ส่งต่อ")
