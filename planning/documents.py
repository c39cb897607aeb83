"""The documents officers export from the plan and the referrals: the ผ.02 plan table and the list
of referrals, as kinds of document of ``portal.documents`` (registered when the app is ready)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.documents.kinds import ROW_NUMBER_FIELD, DocumentField, DocumentKind, register_kind
from portal.documents.tables.columns import ROW_NUMBER, ColumnKind, is_english
from portal.templatetags.thai_dates import BE_OFFSET, fiscal_year_of, thai_date

from .models import PLAN_YEARS

# Local development plans run in five-year periods: 2566–2570, 2571–2575, ...
FIRST_PLAN_YEAR = 2566


def current_plan_first_year(today=None):
    year = fiscal_year_of(today or timezone.localdate())
    return FIRST_PLAN_YEAR + PLAN_YEARS * ((year - FIRST_PLAN_YEAR) // PLAN_YEARS)


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


PLAN_SAMPLE_ROWS = [
    {
        "project": "ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านน้ำใส หมู่ที่ 3",
        "objective": "เพื่อให้ประชาชนสัญจรไปมาได้สะดวกและปลอดภัย",
        "target_output": "ถนนกว้าง 5 เมตร ยาว 1,200 เมตร หนา 0.15 เมตร",
        "budget_year_1": 1_500_000, "budget_year_2": None, "budget_year_3": 250_000,
        "budget_year_4": None, "budget_year_5": None,
        "kpi": "ร้อยละ 80 ของผู้ใช้ถนนพึงพอใจ",
        "expected_result": "ประชาชนเดินทางสะดวก ลดอุบัติเหตุในฤดูฝน",
        "responsible_unit": "กองช่าง",
        "strategy": "การพัฒนาโครงสร้างพื้นฐาน", "plan_area": "แผนงานอุตสาหกรรมและการโยธา",
        "authority_function": "การจัดให้มีและบำรุงรักษาทางบกและทางน้ำ",
        "village": "หมู่ที่ 3 บ้านน้ำใส", "source": "ข้อเสนอประชาชน (ออนไลน์)",
        "total_budget": 1_750_000, "start_date": "2026-10-01", "progress": 35,
    },
    {
        "project": "จัดหาถังคัดแยกขยะประจำหมู่บ้าน",
        "objective": "เพื่อลดปริมาณขยะที่ต้องนำไปกำจัด",
        "target_output": "ถังคัดแยกขยะ 40 ชุด ใน 8 หมู่บ้าน",
        "budget_year_1": None, "budget_year_2": 120_000, "budget_year_3": 120_000,
        "budget_year_4": 120_000, "budget_year_5": None,
        "kpi": "ปริมาณขยะลดลงร้อยละ 20",
        "expected_result": "หมู่บ้านสะอาด ขยะลดลง",
        "responsible_unit": "กองสาธารณสุขและสิ่งแวดล้อม",
        "strategy": "การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม", "plan_area": "แผนงานเคหะและชุมชน",
        "authority_function": "การรักษาความสะอาดและการจัดการขยะ",
        "village": "ทุกหมู่บ้าน", "source": "เวทีประชาคม",
        "total_budget": 360_000, "start_date": "2027-10-01", "progress": 0,
    },
]

REFERRALS_SAMPLE_ROWS = [
    {
        "idea_title": "ขยายไหล่ทางหลวงหมายเลข 4203 หน้าโรงเรียน",
        "idea_summary": "ช่วงเช้ารถติดและเด็กนักเรียนเดินบนผิวจราจร",
        "village": "หมู่ที่ 2 บ้านคลองแห้ง", "authority_function": "ทางหลวงแผ่นดิน",
        "target": "แขวงทางหลวงกระบี่", "target_level": "จังหวัด",
        "referred_on": "2026-11-20", "status": "ส่งแล้ว", "status_changed_on": "2026-11-20",
        "supporters": 134, "estimated_cost": 4_500_000, "note": "แนบภาพถ่ายจุดเสี่ยง",
        "url": "https://ao-nang-sao.example/roads/ideas/12/",
    },
    {
        "idea_title": "ติดตั้งเสาสัญญาณโทรศัพท์บนเกาะ",
        "idea_summary": "บนเกาะไม่มีสัญญาณ ติดต่อฉุกเฉินไม่ได้",
        "village": "หมู่ที่ 6 บ้านเกาะ", "authority_function": "นอกอำนาจหน้าที่",
        "target": "แผนพัฒนาอำเภอ (ONE PLAN)", "target_level": "อำเภอ",
        "referred_on": "2026-10-05", "status": "บรรจุในแผนพื้นที่แล้ว", "status_changed_on": "2026-11-01",
        "supporters": 58, "estimated_cost": None, "note": "",
        "url": "https://ao-nang-sao.example/roads/ideas/15/",
    },
]

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
    sample_rows=tuple(PLAN_SAMPLE_ROWS),
    sample_context=lambda authority: plan_context(authority, current_plan_first_year()),
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
    sample_rows=tuple(REFERRALS_SAMPLE_ROWS),
    sample_context=lambda authority: referrals_context(authority),
)


def register():
    register_kind(PLAN)
    register_kind(REFERRALS)
