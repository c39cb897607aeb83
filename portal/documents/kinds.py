"""The kinds of tabular document officers export, and the fields a layout may choose from.

Each kind lists every field its rows offer (key, default headings, kind of value, width) and
its default layout: the columns, title and corner label used until DLA staff define another
in the admin (``ExportLayout``). Row producers (the plan, the referrals) give rows as dicts or
objects with these keys; a layout decides which of them are printed, in which order, under
which headings.

``{placeholders}`` in titles and headings are filled from the context the exporting code
gives (``plan_context``, ``referrals_context``); ``placeholders`` lists them for the admin.
"""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.templatetags.thai_dates import BE_OFFSET, thai_date

from .tables import ROW_NUMBER, Column, ColumnKind
from .tables.columns import is_english

PLAN_YEARS = 5  # a local development plan covers five fiscal years


@dataclass(frozen=True)
class DocumentField:
    """A value the rows of a kind of document offer, with the column it makes by default."""

    key: str
    heading_th: str
    heading_en: str
    kind: ColumnKind = ColumnKind.TEXT
    width: int = 15
    group_th: str = ""
    group_en: str = ""

    @property
    def label(self):
        """How the admin names the field: its headings (placeholders and all) and its group."""
        group = f"{self.group_th} " if self.group_th else ""
        return f"{group}{self.heading_th} / {self.heading_en}"

    def column(self, heading_th="", heading_en="", group_th=None, group_en=None, width=None):
        return Column(
            key=self.key,
            heading_th=heading_th or self.heading_th,
            heading_en=heading_en or self.heading_en,
            kind=self.kind,
            width=width or self.width,
            group_th=self.group_th if group_th is None else group_th,
            group_en=self.group_en if group_en is None else group_en,
        )


@dataclass(frozen=True)
class DocumentKind:
    code: str
    label: str
    fields: tuple
    default_keys: tuple
    title_th: str
    title_en: str
    corner_label: str = ""
    empty_message: str = ""
    placeholders: dict = field(default_factory=dict)

    def __post_init__(self):
        keys = [f.key for f in self.fields]
        assert len(set(keys)) == len(keys), f"{self.code}: field keys repeat"
        assert set(self.default_keys) <= set(keys), f"{self.code}: default columns not among its fields"

    def field(self, key):
        return next((f for f in self.fields if f.key == key), None)

    @property
    def keys(self):
        return [f.key for f in self.fields]

    def default_columns(self):
        return [self.field(key).column() for key in self.default_keys]


ROW_NUMBER_FIELD = DocumentField(ROW_NUMBER, "ลำดับ", "No.", ColumnKind.NUMBER, 7)

PLAN = DocumentKind(
    code="plan",
    label=_("Development plan projects (ผ.02)"),
    fields=(
        ROW_NUMBER_FIELD,
        DocumentField("project", "โครงการ", "Project", width=28),
        DocumentField("objective", "วัตถุประสงค์", "Objective", width=26),
        DocumentField("target_output", "เป้าหมาย (ผลผลิตของโครงการ)", "Target (project output)", width=22),
        *(
            DocumentField(
                f"budget_year_{n}", f"{{year_{n}}} (บาท)", f"{{year_{n}}} (baht)", ColumnKind.MONEY, 12,
                group_th="งบประมาณ", group_en="Budget",
            )
            for n in range(1, PLAN_YEARS + 1)
        ),
        DocumentField("kpi", "ตัวชี้วัด (KPI)", "Indicator (KPI)", width=18),
        DocumentField("expected_result", "ผลที่คาดว่าจะได้รับ", "Expected result", width=22),
        DocumentField("responsible_unit", "หน่วยงานรับผิดชอบหลัก", "Responsible unit", width=14),
        DocumentField("strategy", "ยุทธศาสตร์", "Strategy", width=20),
        DocumentField("plan_area", "แผนงาน", "Programme", width=18),
        DocumentField("authority_function", "ด้านตามอำนาจหน้าที่", "Authority function", width=18),
        DocumentField("village", "หมู่บ้าน", "Village", width=14),
        DocumentField("source", "ที่มาของโครงการ", "Source", width=16),
        DocumentField("total_budget", "รวมงบประมาณ (บาท)", "Total budget (baht)", ColumnKind.MONEY, 13),
        DocumentField("start_date", "วันเริ่มโครงการ", "Start date", ColumnKind.DATE, 12),
        DocumentField("progress", "ความก้าวหน้า", "Progress", ColumnKind.PERCENT, 10),
    ),
    default_keys=(
        ROW_NUMBER, "project", "objective", "target_output",
        *(f"budget_year_{n}" for n in range(1, PLAN_YEARS + 1)),
        "kpi", "expected_result", "responsible_unit",
    ),
    title_th="รายละเอียดโครงการพัฒนา\nแผนพัฒนาท้องถิ่น (พ.ศ. {first_year} - {last_year})\n{authority}",
    title_en="Development projects\nLocal development plan ({first_year}–{last_year})\n{authority}",
    corner_label="ผ 02",
    empty_message=_("The plan has no projects yet."),
    placeholders={
        "authority": _("the LAO's full name"),
        "first_year": _("the first year of the plan (BE in Thai)"),
        "last_year": _("the last year of the plan"),
        **{f"year_{n}": _("a year of the plan, year_1 being the first") for n in range(1, PLAN_YEARS + 1)},
    },
)

REFERRALS = DocumentKind(
    code="referrals",
    label=_("Referrals to other agencies and ONE PLAN"),
    fields=(
        ROW_NUMBER_FIELD,
        DocumentField("idea_title", "เรื่องที่เสนอ", "Idea", width=30),
        DocumentField("idea_summary", "รายละเอียด", "Details", width=36),
        DocumentField("village", "หมู่บ้าน", "Village", width=14),
        DocumentField("authority_function", "ด้าน", "Function", width=18),
        DocumentField("target", "ส่งต่อถึง", "Referred to", width=24),
        DocumentField("target_level", "ระดับแผน", "Plan level", width=12),
        DocumentField("referred_on", "วันที่ส่งต่อ", "Referred on", ColumnKind.DATE, 12),
        DocumentField("status", "สถานะ", "Status", width=16),
        DocumentField("status_changed_on", "วันที่ปรับสถานะ", "Status since", ColumnKind.DATE, 12),
        DocumentField("supporters", "ผู้สนับสนุน (คน)", "Supporters", ColumnKind.NUMBER, 10),
        DocumentField("estimated_cost", "ประมาณการค่าใช้จ่าย (บาท)", "Estimated cost (baht)", ColumnKind.MONEY, 14),
        DocumentField("note", "หมายเหตุ", "Note", width=24),
        DocumentField("url", "ลิงก์", "Link", width=30),
    ),
    default_keys=(
        ROW_NUMBER, "idea_title", "village", "authority_function", "target", "referred_on", "status", "note",
    ),
    title_th="บัญชีข้อเสนอของประชาชนที่ส่งต่อหน่วยงานอื่นและแผนพัฒนาพื้นที่ (ONE PLAN)\n{authority}\nข้อมูล ณ วันที่ {date}",
    title_en="Citizens' ideas referred to other agencies and the area plan (ONE PLAN)\n{authority}\nAs of {date}",
    empty_message=_("No idea has been referred yet."),
    placeholders={"authority": _("the LAO's full name"), "date": _("the day of the export")},
)

DOCUMENT_KINDS = {kind.code: kind for kind in (PLAN, REFERRALS)}


def kind_choices():
    return [(kind.code, kind.label) for kind in DOCUMENT_KINDS.values()]


def field_choices():
    """Every field of every kind, grouped by kind (a layout's form checks it belongs to its kind)."""
    return [(kind.label, [(f.key, f.label) for f in kind.fields]) for kind in DOCUMENT_KINDS.values()]


def _authority_name(authority):
    return "" if authority is None else authority.full_name


def plan_context(authority, first_year):
    """Placeholders of the plan table: ``first_year`` is the plan's first fiscal year in BE (2566).

    In English the years are Gregorian, like every date of the English portal.
    """
    years = [first_year + n for n in range(PLAN_YEARS)]
    if is_english():
        years = [year - BE_OFFSET for year in years]
    return {
        "authority": _authority_name(authority),
        "first_year": years[0],
        "last_year": years[-1],
        **{f"year_{n}": year for n, year in enumerate(years, start=1)},
    }


def referrals_context(authority, day=None):
    return {"authority": _authority_name(authority), "date": thai_date(day or timezone.localdate(), "long")}
