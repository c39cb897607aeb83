"""The participation overview: its filters, the figures by province or by LAO, and the export table.

Every figure is a count of what the public pages already show; nothing personal is read. The
figures of one filter come from a fixed handful of aggregate queries, each grouped by province
(no province chosen) or by LAO (a province chosen), whatever the number of LAOs; they are kept
in the cache for ``CACHE_SECONDS``. What each figure counts is written in docs/overview.md and
on the page itself.
"""

from urllib.parse import urlencode

from django import forms
from django.core.cache import cache
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from ballots.models import Ballot, BallotChannel
from ballots.models.ballot import ResultStatus
from consultations.models import ConsultationPage
from consultations.timeline import fiscal_year_bounds
from ideas.models import Idea, IdeaState
from ideas.models.comment_record import CommentRecord
from ideas.models.idea import SubmitterStanding
from portal.documents.tables import Column, DocumentTable
from portal.templatetags.thai_dates import BE_OFFSET, fiscal_year_of
from portal.tenancy.models import Authority, AuthorityKind, Province

CACHE_SECONDS = 10 * 60
# The fiscal years offered: the next one (consultations are planned ahead) and five before the current.
YEARS_BACK = 5

# The figures, in the order of the table's columns: key, Thai and English headings for exports.
FIGURES = [
    ("online", "อปท. ที่เปิดเว็บไซต์แล้ว", "LAOs online"),
    ("registered", "อปท. ทั้งหมดในทะเบียน", "LAOs in the registry"),
    ("open_now", "การรับฟังที่เปิดอยู่วันนี้", "Consultations open today"),
    ("held", "การรับฟังในปีงบประมาณ", "Consultations in the fiscal year"),
    ("ideas", "ข้อเสนอที่เผยแพร่", "Ideas published"),
    ("ideas_local", "ข้อเสนอจากผู้อยู่ในพื้นที่", "Ideas from local residents"),
    ("ideas_outsider", "ข้อเสนอจากผู้อยู่นอกพื้นที่", "Ideas from outside the area"),
    ("ideas_onsite", "ข้อเสนอจากเวทีประชาคม", "Ideas from onsite forums"),
    ("supports", "การสนับสนุนข้อเสนอ", "Supports"),
    ("comments", "ความคิดเห็นที่เผยแพร่", "Public comments"),
    ("ballots_online", "บัตรลงคะแนนออนไลน์", "Ballots cast online"),
    ("ballots_paper", "บัตรลงคะแนนกระดาษ", "Paper ballots"),
    ("counted", "การลงคะแนนที่นับผลแล้ว", "Votes counted"),
]
KEYS = [key for key, _th, _en in FIGURES]


def current_fiscal_year(today=None):
    return fiscal_year_of(today or timezone.localdate())


class OverviewForm(forms.Form):
    """The filters: whatever the query string holds, the form gives usable values; an unknown
    value is dropped (and the page says so), never an error."""

    province = forms.ModelChoiceField(label=_("Province"), queryset=Province.objects.all(), required=False,
                                      empty_label=_("All provinces"))
    kind = forms.ChoiceField(label=_("Kind of local authority"), required=False,
                             choices=[("", _("All kinds"))] + list(AuthorityKind.choices))
    year = forms.TypedChoiceField(label=_("Fiscal year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data=None, *, today=None):
        self.current_year = current_fiscal_year(today)
        super().__init__(data, initial={"year": self.current_year})
        years = range(self.current_year + 1, self.current_year - YEARS_BACK - 1, -1)
        self.fields["year"].choices = [(year, year_label(year)) for year in years]
        self.is_valid()
        if self.is_bound and (not self.data.get("year") or "year" in self.errors):
            # The select shows the year the figures are for (the current one), not its first option.
            self.data = self.data.copy()
            self.data["year"] = str(self.current_year)

    def value(self, name):
        """The cleaned value of a field, or its default when what was sent is not valid."""
        value = getattr(self, "cleaned_data", {}).get(name)
        if name == "year":
            return value or self.current_year
        return value or (None if name == "province" else "")

    @property
    def dropped_filters(self):
        """The filters sent with values that do not exist (an old link, a typo)."""
        return [self.fields[name].label for name in self.errors if name in self.fields]

    @property
    def params(self):
        province = self.value("province")
        params = {"province": province.pk if province else "", "kind": self.value("kind"),
                  "year": self.value("year") if self.value("year") != self.current_year else ""}
        return {key: value for key, value in params.items() if value}

    def query_string(self, **overrides):
        params = dict(self.params, **overrides)
        return urlencode({key: value for key, value in params.items() if value})

    @property
    def description(self):
        """The filters in words, for the export's title: "Krabi · Subdistrict Administrative Organisation"."""
        parts = []
        if self.value("province"):
            parts.append(str(self.value("province")))
        if self.value("kind"):
            parts.append(str(AuthorityKind(self.value("kind")).label))
        parts.append(year_label(self.value("year")))
        return " · ".join(parts)


def year_label(year):
    """"ปีงบประมาณ 2570" in Thai; "Fiscal year 2027 (BE 2570)" in English."""
    if _english():  # English only: the Thai page names the year in the Buddhist Era alone
        return f"Fiscal year {year - BE_OFFSET} (BE {year})"
    return gettext("Fiscal year %(year)s") % {"year": year}


# The queries --------------------------------------------------------------------------------

def _scope(prefix, province, kind, online=True):
    """The LAOs counted, seen from a model that reaches Authority through ``prefix``."""
    q = Q(**{f"{prefix}site__isnull": False}) if online else Q()
    if province is not None:
        q &= Q(**{f"{prefix}province": province})
    if kind:
        q &= Q(**{f"{prefix}kind": kind})
    return q


def _grouped(queryset, prefix, by_lao, **aggregates):
    """{group: {figure: count}}: one query grouped by the LAO or by its province."""
    field = f"{prefix}id" if by_lao else f"{prefix}province_id"
    rows = queryset.values(group=F(field)).annotate(**aggregates).order_by()
    return {row.pop("group"): row for row in rows}


def compute(province, kind, year, today):
    """The rows (provinces, or the LAOs of ``province``) and their totals, with six queries or fewer."""
    by_lao = province is not None
    start, end = fiscal_year_bounds(year)
    held = Q(ideas_start__range=(start, end))
    open_now = Q(ideas_start__lte=today, ideas_end__gte=today) | Q(voting_start__lte=today, voting_end__gte=today)
    held_keys = ConsultationPage.objects.live().filter(held).values("translation_key")
    counts = {}

    # LAOs registered and online.
    if by_lao:
        laos = list(Authority.objects.filter(_scope("", province, kind, online=False)).select_related("site")
                    .order_by("name_en" if _english() else "name_th", "kind", "pk"))
        groups = [{"key": lao.pk, "name": lao.full_name, "url": _home_url(lao), "province": ""} for lao in laos]
        counts["authorities"] = {lao.pk: {"registered": 1, "online": int(lao.site_id is not None)} for lao in laos}
    else:
        provinces = Province.objects.order_by("name_en" if _english() else "name_th")
        groups = [{"key": p.pk, "name": p.name, "url": "", "province": p.pk} for p in provinces]
        counts["authorities"] = _grouped(
            Authority.objects.filter(_scope("", None, kind, online=False)), "", by_lao,
            registered=Count("pk"), online=Count("pk", filter=Q(site__isnull=False)))

    # Consultations: a page belongs to the LAO whose Thai home page heads its tree.
    owner = (Authority.objects.filter(_scope("", province, kind))
             .filter(home_page__path=Substr(OuterRef("path"), 1, ConsultationPage.steplen * 2))
             .values("id" if by_lao else "province_id")[:1])
    consultations = (ConsultationPage.objects.live().filter(held | open_now)
                     .annotate(group=Subquery(owner)).filter(group__isnull=False)
                     .values("group").annotate(open_now=Count("pk", filter=open_now), held=Count("pk", filter=held))
                     .order_by())
    counts["consultations"] = {row.pop("group"): row for row in consultations}

    # Ideas published in the year's consultations, or in the year in an idea box, and the
    # supports they were given.
    standing = {f"ideas_{name}": Count("pk", filter=Q(standing=name), distinct=True)
                for name in (SubmitterStanding.LOCAL, SubmitterStanding.OUTSIDER, SubmitterStanding.ONSITE)}
    in_year = Q(consultation_key__in=held_keys) | Q(consultation_key__isnull=True,
                                                     published_at__date__range=(start, end))
    counts["ideas"] = _grouped(
        Idea.objects.filter(in_year, _scope("authority__", province, kind), state=IdeaState.PUBLISHED),
        "authority__", by_lao, ideas=Count("pk", distinct=True), supports=Count("supports"), **standing)

    # Comments shown to the public (not withheld by moderation, not removed).
    counts["comments"] = _grouped(
        CommentRecord.objects.filter(
            Q(consultation_key__in=held_keys) | Q(consultation_key__isnull=True,
                                                  comment__submit_date__date__range=(start, end)),
            _scope("authority__", province, kind), comment__is_public=True, comment__is_removed=False),
        "authority__", by_lao, comments=Count("pk"))

    # Ballots cast, by channel, and votes whose result is counted.
    counts["ballots"] = _grouped(
        Ballot.objects.filter(_scope("authority__", province, kind), consultation_key__in=held_keys),
        "authority__", by_lao,
        ballots_online=Count("cast", filter=Q(cast__channel=BallotChannel.ONLINE)),
        ballots_paper=Count("cast", filter=Q(cast__channel=BallotChannel.PAPER)),
        counted=Count("pk", filter=Q(result_status=ResultStatus.DONE), distinct=True))

    totals = dict.fromkeys(KEYS, 0)
    for group in groups:
        group.update(dict.fromkeys(KEYS, 0))
        for by_group in counts.values():
            group.update(by_group.get(group["key"], {}))
        for key in KEYS:
            totals[key] += group[key]
    return groups, totals


def _english():
    return (get_language() or "th").startswith("en")


def _home_url(lao):
    """The LAO's home page on its own site, in the language of the page; empty when not online."""
    if lao.site_id is None:
        return ""
    return lao.site.root_url + ("/en/" if _english() else "/")


def figures(form, today=None):
    """The figures of the form's filters, from the cache when computed in the last ten minutes:
    {"rows", "totals", "by_lao", "computed_at"}."""
    today = today or timezone.localdate()
    province, kind, year = form.value("province"), form.value("kind"), form.value("year")
    key = ":".join(["dashboard", "overview", "1", get_language() or "th", province.pk if province else "",
                    kind, str(year), today.isoformat()])
    found = cache.get(key)
    if found is None:
        rows, totals = compute(province, kind, year, today)
        found = {"rows": rows, "totals": totals, "by_lao": province is not None, "computed_at": timezone.now()}
        cache.set(key, found, CACHE_SECONDS)
    return found


def export_table(data, title):
    """The table as shown (and its totals), for CSV and XLSX (``portal.documents.tables``)."""
    if data["by_lao"]:
        name = Column("name", "องค์กรปกครองส่วนท้องถิ่น", "Local authority", "text", 36)
    else:
        name = Column("name", "จังหวัด", "Province", "text", 20)
    columns = [name] + [Column(key, th, en, "number", 14) for key, th, en in FIGURES]
    rows = [{key: row[key] for key in ["name"] + KEYS} for row in data["rows"]]
    rows.append({"name": gettext("Total"), **data["totals"]})
    return DocumentTable(title=title, columns=columns, rows=rows)
