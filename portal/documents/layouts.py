"""A kind of document's table, laid out as DLA staff set it: ``layout_table("plan", rows, context)``."""

from .kinds import DOCUMENT_KINDS
from .models import ExportLayout
from .tables import DocumentTable
from .tables.columns import is_english


def layout_table(kind, rows, context=None, layout=None):
    """The table of ``kind`` (``"plan"``, ``"referrals"``) for ``rows`` with ``layout``'s columns.

    Without a layout, the kind's layout marked for use in the admin is taken; without one
    (or when it has no usable column), the kind's built-in default, so an export never fails
    for want of a layout.
    """
    document_kind = DOCUMENT_KINDS[kind]
    if layout is None:
        layout = ExportLayout.objects.default_for(kind)
    elif layout.kind != kind:
        raise ValueError(f"Layout {layout.name!r} is for {layout.kind!r}, not {kind!r}.")
    columns = layout.document_columns() if layout else []
    if columns:
        title, corner_label = layout.title(), layout.corner_label
    else:
        columns = document_kind.default_columns()
        title = document_kind.title_en if is_english() else document_kind.title_th
        corner_label = document_kind.corner_label
    return DocumentTable(
        title=title,
        columns=columns,
        rows=rows,
        context=context or {},
        corner_label=corner_label,
        empty_message=str(document_kind.empty_message),
    )


def sample_rows(kind):
    """Made-up rows with a value in every field of ``kind``: what the admin's sample files show."""
    return SAMPLE_ROWS[kind]


SAMPLE_ROWS = {
    "plan": [
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
    ],
    "referrals": [
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
    ],
}
