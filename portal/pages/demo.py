"""Demo content for an LAO: a problem brief and two years of budget summaries, in Thai.

The seed command calls these after provisioning. Each function is idempotent: a page whose
slug already exists under the LAO's home page is returned as it is, never duplicated. Names,
figures and amounts are illustrative, in the range of a small อบต. (about 35 million baht a
year, most of it allowances and salaries).
"""

from decimal import Decimal

from django.db import transaction

from wagtail.models import Locale

from portal.pages.models import BudgetLine, BudgetSummaryPage, ProblemBriefPage
from portal.tenancy.provisioning import translate_page

BRIEF_SLUG = "flooding-moo-3"

BRIEF_PROBLEM = (
    "<p>ทุกฤดูฝน ถนนสายหลักของหมู่ที่ 3 ช่วงหน้าโรงเรียนถึงวัดมีน้ำท่วมขังสูง 30–50 เซนติเมตร "
    "นานครั้งละหลายวัน เพราะรางระบายน้ำเดิมตื้นเขินและท่อลอดถนนมีขนาดเล็กเกินไป "
    "รถจักรยานยนต์ของนักเรียนและผู้ปกครองสัญจรไม่ได้ รถกู้ชีพต้องอ้อมไปอีกเกือบ 4 กิโลเมตร</p>"
    "<p>ที่ประชุมประชาคมหมู่บ้านเมื่อเดือนพฤษภาคมขอให้ อบต. สำรวจเส้นทางน้ำทั้งระบบ "
    "ก่อนตัดสินใจว่าจะยกระดับถนน ขุดลอกราง หรือวางท่อใหม่</p>"
)
BRIEF_TITLE = "น้ำท่วมขังถนนสายหลักหมู่ที่ 3 ทุกฤดูฝน"
BRIEF_SUMMARY = "ถนนสายหลักหมู่ที่ 3 น้ำท่วมขังทุกฤดูฝน กระทบ 320 ครัวเรือน"
BRIEF_FIGURES = [
    ("320", "ครัวเรือน", "อยู่ในพื้นที่น้ำท่วมขังในฤดูฝนปีที่ผ่านมา"),
    ("1.2", "กิโลเมตร", "ความยาวถนนที่น้ำท่วมขัง ตั้งแต่หน้าโรงเรียนถึงวัด"),
    ("45", "วัน", "จำนวนวันที่ถนนสัญจรไม่ได้ในฤดูฝนปีที่ผ่านมา"),
    ("180", "คน", "นักเรียนที่ใช้ถนนสายนี้ไปโรงเรียนทุกวัน"),
]

# English for the translation: wagtail-localize fills the rest from the Thai source.
BRIEF_ENGLISH = {
    BRIEF_TITLE: "Main road of Village 3 floods every rainy season",
    BRIEF_SUMMARY: "The main road of Village 3 floods every rainy season, affecting 320 households.",
    "ทุกฤดูฝน ถนนสายหลักของหมู่ที่ 3 ช่วงหน้าโรงเรียนถึงวัดมีน้ำท่วมขังสูง 30–50 เซนติเมตร "
    "นานครั้งละหลายวัน เพราะรางระบายน้ำเดิมตื้นเขินและท่อลอดถนนมีขนาดเล็กเกินไป "
    "รถจักรยานยนต์ของนักเรียนและผู้ปกครองสัญจรไม่ได้ รถกู้ชีพต้องอ้อมไปอีกเกือบ 4 กิโลเมตร": (
        "Every rainy season the main road of Village 3, from the school to the temple, stands "
        "under 30–50 cm of water for days at a time: the old drain has silted up and the culvert "
        "under the road is too small. Pupils and parents on motorcycles cannot pass, and the "
        "ambulance has to detour almost 4 km."
    ),
    "ที่ประชุมประชาคมหมู่บ้านเมื่อเดือนพฤษภาคมขอให้ อบต. สำรวจเส้นทางน้ำทั้งระบบ "
    "ก่อนตัดสินใจว่าจะยกระดับถนน ขุดลอกราง หรือวางท่อใหม่": (
        "In May the village forum asked the SAO to survey the whole drainage path before "
        "deciding whether to raise the road, dredge the drain or lay a new culvert."
    ),
    "ครัวเรือน": "households",
    "กิโลเมตร": "km",
    "วัน": "days",
    "คน": "pupils",
    "อยู่ในพื้นที่น้ำท่วมขังในฤดูฝนปีที่ผ่านมา": "lived in the flooded area last rainy season",
    "ความยาวถนนที่น้ำท่วมขัง ตั้งแต่หน้าโรงเรียนถึงวัด": "of road under water, from the school to the temple",
    "จำนวนวันที่ถนนสัญจรไม่ได้ในฤดูฝนปีที่ผ่านมา": "the road was impassable last rainy season",
    "นักเรียนที่ใช้ถนนสายนี้ไปโรงเรียนทุกวัน": "take this road to school every day",
}

INFRASTRUCTURE = "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน"
QUALITY_OF_LIFE = "ยุทธศาสตร์การพัฒนาคุณภาพชีวิตและสังคม"
ECONOMY = "ยุทธศาสตร์การพัฒนาเศรษฐกิจและการท่องเที่ยว"
ENVIRONMENT = "ยุทธศาสตร์การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม"
GOVERNANCE = "ยุทธศาสตร์การบริหารจัดการบ้านเมืองที่ดี"

# (group, item, amount in baht, note), in the order of the ordinance.
BUDGET_LINES = {
    2569: [
        (INFRASTRUCTURE, "ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนา–บ้านดอน หมู่ที่ 2", 1_980_000, "กองช่าง"),
        (INFRASTRUCTURE, "ซ่อมแซมถนนลูกรังภายในตำบล", 550_000, "กองช่าง"),
        (INFRASTRUCTURE, "ขยายเขตไฟฟ้าส่องสว่างสาธารณะ หมู่ที่ 1 และหมู่ที่ 5", 420_000, "ร่วมกับการไฟฟ้าส่วนภูมิภาค"),
        (QUALITY_OF_LIFE, "เบี้ยยังชีพผู้สูงอายุ", 13_560_000, "กองสวัสดิการสังคม"),
        (QUALITY_OF_LIFE, "เบี้ยยังชีพคนพิการ", 3_312_000, "กองสวัสดิการสังคม"),
        (QUALITY_OF_LIFE, "อาหารเสริม (นม) โรงเรียนและศูนย์พัฒนาเด็กเล็ก", 1_120_000, "กองการศึกษา"),
        (QUALITY_OF_LIFE, "ป้องกันและควบคุมโรคไข้เลือดออก", 120_000, ""),
        (ECONOMY, "ส่งเสริมอาชีพกลุ่มสตรีและวิสาหกิจชุมชน", 180_000, ""),
        (ENVIRONMENT, "บริหารจัดการขยะมูลฝอยชุมชน", 820_000, "รวมค่าจ้างเหมาขนขยะ"),
        (ENVIRONMENT, "ปลูกต้นไม้เพิ่มพื้นที่สีเขียวริมคลอง", 80_000, ""),
        (GOVERNANCE, "เงินเดือนและค่าจ้างพนักงานส่วนตำบล", 9_540_000, "สำนักปลัด"),
        (GOVERNANCE, "จัดซื้อครุภัณฑ์คอมพิวเตอร์", 150_000, ""),
        (GOVERNANCE, "จัดเวทีประชาคมท้องถิ่นเพื่อทบทวนแผนพัฒนาท้องถิ่น", 50_000, ""),
    ],
    2570: [
        (INFRASTRUCTURE, "ก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็กพร้อมบ่อพัก หมู่ที่ 3", 1_250_000, "จากประชาคมหมู่บ้าน"),
        (INFRASTRUCTURE, "ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนา–บ้านดอน หมู่ที่ 2 (ระยะที่ 2)", 2_450_000, "กองช่าง"),
        (INFRASTRUCTURE, "ซ่อมแซมถนนลูกรังภายในตำบล", 600_000, "กองช่าง"),
        (INFRASTRUCTURE, "ขยายเขตไฟฟ้าส่องสว่างสาธารณะ หมู่ที่ 4", 480_000, "ร่วมกับการไฟฟ้าส่วนภูมิภาค"),
        (QUALITY_OF_LIFE, "เบี้ยยังชีพผู้สูงอายุ", 14_280_000, "กองสวัสดิการสังคม"),
        (QUALITY_OF_LIFE, "เบี้ยยังชีพคนพิการ", 3_456_000, "กองสวัสดิการสังคม"),
        (QUALITY_OF_LIFE, "อาหารเสริม (นม) โรงเรียนและศูนย์พัฒนาเด็กเล็ก", 1_150_000, "กองการศึกษา"),
        (QUALITY_OF_LIFE, "อาหารกลางวันศูนย์พัฒนาเด็กเล็ก", 520_000, "กองการศึกษา"),
        (QUALITY_OF_LIFE, "ป้องกันและควบคุมโรคไข้เลือดออก", 150_000, ""),
        (ECONOMY, "ส่งเสริมอาชีพกลุ่มสตรีและวิสาหกิจชุมชน", 200_000, ""),
        (ECONOMY, "ส่งเสริมการท่องเที่ยวเชิงเกษตรของตำบล", 150_000, "จากประชาคมท้องถิ่น"),
        (ENVIRONMENT, "บริหารจัดการขยะมูลฝอยชุมชน", 850_000, "รวมค่าจ้างเหมาขนขยะ"),
        (ENVIRONMENT, "ปลูกต้นไม้เพิ่มพื้นที่สีเขียวริมคลอง", 100_000, ""),
        (GOVERNANCE, "เงินเดือนและค่าจ้างพนักงานส่วนตำบล", 9_850_000, "สำนักปลัด"),
        (GOVERNANCE, "จัดซื้อครุภัณฑ์คอมพิวเตอร์", 185_000, ""),
        (GOVERNANCE, "จัดเวทีประชาคมท้องถิ่นเพื่อทบทวนแผนพัฒนาท้องถิ่น", 60_000, ""),
    ],
}
BUDGET_TITLE = "งบประมาณรายจ่ายประจำปีงบประมาณ {year}"
BUDGET_SUMMARY = "สรุปงบประมาณรายจ่ายประจำปีงบประมาณ {year} ตามยุทธศาสตร์การพัฒนา"
BUDGET_INTRO = (
    "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ {year} ผ่านความเห็นชอบของสภาองค์การบริหารส่วนตำบล "
    "และใช้บังคับตั้งแต่วันที่ 1 ตุลาคม {start} โครงการด้านโครงสร้างพื้นฐานหลายรายการมาจาก"
    "ข้อเสนอของประชาคมหมู่บ้าน ตารางด้านล่างสรุปรายจ่ายตามยุทธศาสตร์การพัฒนา"
)


BUDGET_ENGLISH = {
    BUDGET_TITLE: "Annual budget, fiscal year {ce_year}",
    BUDGET_SUMMARY: "Summary of the annual budget of fiscal year {ce_year} by development strategy",
    BUDGET_INTRO: (
        "The budget ordinance of fiscal year {ce_year} was approved by the SAO council and takes "
        "effect on 1 October {start_ce}. Several infrastructure projects come from village "
        "forums. The tables below sum up the spending by development strategy; budget lines "
        "are listed as in the Thai ordinance."
    ),
}


def _existing_child(home, model, slug):
    return model.objects.child_of(home).filter(slug=slug).first()


def _publish_under(home, page):
    home.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@transaction.atomic
def create_demo_problem_brief(authority):
    """Publish a problem brief (flooding on the main road of หมู่ที่ 3) under the LAO's home page.

    Uses the LAO's villages numbered 3 and 4 when they exist, and a map point near its office
    when the registry knows where that is. Also publishes an English translation when the LAO
    has an English home page. Returns the Thai page (the existing one on a second call).
    """
    home = authority.home_page.specific
    existing = _existing_child(home, ProblemBriefPage, BRIEF_SLUG)
    if existing:
        return existing
    page = ProblemBriefPage(
        title=BRIEF_TITLE,
        slug=BRIEF_SLUG,
        problem=BRIEF_PROBLEM,
        evidence=[
            ("figure", {"number": Decimal(number), "unit": unit, "label": label})
            for number, unit, label in BRIEF_FIGURES
        ],
        search_description=BRIEF_SUMMARY,
    )
    if authority.office_lat is not None and authority.office_lon is not None:
        # About a kilometre north-east of the office: inside the LAO, not on its roof.
        page.latitude = round(Decimal(str(authority.office_lat)) + Decimal("0.008"), 6)
        page.longitude = round(Decimal(str(authority.office_lon)) + Decimal("0.006"), 6)
    page.villages = list(authority.villages.filter(number__in=[3, 4]))
    page = _publish_under(home, page)
    _translate_to_english(page, BRIEF_ENGLISH)
    return page


def _translate_to_english(page, strings):
    """Publish the English translation of ``page`` once, where the LAO has an English tree."""
    english = Locale.objects.filter(language_code="en").first()
    if english is None or page.get_translations().filter(locale=english).exists():
        return
    if not page.get_parent().get_translations().filter(locale=english).exists():
        return
    translate_page(page, english, strings)


def _budget_summary(home, year):
    slug = f"budget-{year}"
    existing = _existing_child(home, BudgetSummaryPage, slug)
    if existing:
        return existing
    page = BudgetSummaryPage(
        title=BUDGET_TITLE.format(year=year),
        slug=slug,
        fiscal_year=year,
        intro=BUDGET_INTRO.format(year=year, start=year - 1),
        search_description=BUDGET_SUMMARY.format(year=year),
    )
    page.budget_lines = [
        BudgetLine(group=group, item=item, amount=Decimal(amount), note=note, sort_order=index)
        for index, (group, item, amount, note) in enumerate(BUDGET_LINES[year])
    ]
    page = _publish_under(home, page)
    values = {"year": year, "start": year - 1, "ce_year": year - 543, "start_ce": year - 544}
    _translate_to_english(
        page, {thai.format(**values): english.format(**values) for thai, english in BUDGET_ENGLISH.items()}
    )
    return page


@transaction.atomic
def create_demo_budget_summaries(authority):
    """Publish budget summaries of fiscal years 2569 and 2570 under the LAO's home page.

    Returns the Thai pages ``[summary_2569, summary_2570]`` (existing ones on a second call);
    the 2570 page shows the change from 2569 per strategy. English translations are published
    too, with English titles and introductions; the budget lines stay as in the Thai ordinance
    (``BudgetLine`` is not a translatable model).
    """
    home = authority.home_page.specific
    return [_budget_summary(home, year) for year in sorted(BUDGET_LINES)]
