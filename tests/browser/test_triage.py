"""An officer triages three ideas in the admin (within authority, refer, duplicate), makes a plan
project of the accepted one and downloads the ผ.02 table; the public idea pages show the outcomes."""

import io
from urllib.parse import urlparse

import openpyxl
import pytest

from ideas.models import Idea, IdeaState
from planning.models import PlanProject, TriageDecision
from portal.snippets.models import AuthorityFunction

from .test_consultation_workflow import sign_in, url

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_triages_exports_the_plan_and_citizens_see_the_outcomes(live_server, browser, lao_a, make_member,
                                                                       make_consultation, today):
    make_member(lao_a, "officers", "officer-ao-nang")
    page = make_consultation(lao_a, "screening", slug="roads")

    def idea(title):
        return Idea.objects.create(authority=lao_a, consultation_key=page.translation_key, title=title,
                                   description=f"รายละเอียด: {title}", standing="local", state=IdeaState.PUBLISHED)

    road, highway, original = idea("ซ่อมถนนหมู่ 2 หน้าโรงเรียน"), idea("ขยายทางหลวง 4203"), idea("ไฟส่องสว่างซอย 5")
    copy = idea("ไฟถนนซอย 5 ดับทั้งซอย")
    roads = AuthorityFunction.objects.filter(within_lao_authority=True).order_by("sort_order").first()
    outside = AuthorityFunction.objects.get(within_lao_authority=False)

    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH", accept_downloads=True)
    admin = sign_in(context, live_server, lao_a, "officer-ao-nang")
    admin.goto(url(live_server, lao_a, "/admin/triage/"))
    apply = "text=ใช้กับข้อเสนอที่เลือก"

    admin.check(f"#idea-{road.pk}")
    admin.check("input[name=outcome][value=within]")
    admin.select_option("select[name=function]", str(roads.pk))
    admin.select_option("select[name=route]", "plan")
    admin.click(apply)
    admin.wait_for_selector("text=ตัดสินแล้ว 1 รายการ")

    admin.check(f"#idea-{highway.pk}")
    admin.check("input[name=outcome][value=refer]")
    admin.select_option("select[name=function]", str(outside.pk))
    admin.select_option("select[name=referral_level]", "district")
    admin.fill("textarea[name=note]", "ทางหลวงแผ่นดินอยู่ในความรับผิดชอบของกรมทางหลวง")
    admin.click(apply)
    admin.wait_for_selector("text=ตัดสินแล้ว 1 รายการ")

    admin.check(f"#idea-{copy.pk}")
    admin.check("input[name=outcome][value=duplicate]")
    admin.fill("input[name=duplicate_of]", str(original.pk))
    admin.click(apply)
    admin.wait_for_selector("text=ตัดสินแล้ว 1 รายการ")
    assert [(d.idea_id, d.outcome) for d in TriageDecision.objects.order_by("pk")] == [
        (road.pk, "within"), (highway.pk, "refer"), (copy.pk, "duplicate")]
    admin.screenshot(path="test-artifacts/triage-queue.png", full_page=True)

    # The accepted idea becomes a plan project, and the ผ.02 table is downloaded.
    admin.goto(url(live_server, lao_a, "/admin/plan/"))
    admin.check(f"input[name=idea][value='{road.pk}']")
    admin.click("text=สร้างโครงการในแผนจากข้อเสนอที่เลือก")
    admin.fill("input[name=title]", "ปรับปรุงถนนหมู่ 2 หน้าโรงเรียน")
    admin.fill("textarea[name=target_output]", "ถนนคอนกรีตยาว 800 เมตร")
    admin.fill("input[name=budget_year_1]", "850000")
    admin.fill("input[name=kpi]", "ร้อยละ 80 ของผู้ปกครองพึงพอใจ")
    admin.fill("textarea[name=expected_result]", "นักเรียนเดินทางปลอดภัย")
    admin.fill("input[name=responsible_unit]", "กองช่าง")
    admin.click("text=บันทึกโครงการ")
    admin.wait_for_selector("text=บันทึกโครงการแล้ว")
    assert list(PlanProject.objects.get().source_ideas.all()) == [road]
    admin.goto(url(live_server, lao_a, "/admin/plan/"))
    with admin.expect_download() as download:
        admin.click("text=ผ.02 เป็น XLSX")
    sheet = openpyxl.load_workbook(io.BytesIO(open(download.value.path(), "rb").read())).active
    cells = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    assert "ปรับปรุงถนนหมู่ 2 หน้าโรงเรียน" in cells and "850000" in [c.split(".")[0] for c in cells]
    context.close()

    # Citizens read the outcomes on the ideas' pages.
    public = browser.new_context(viewport={"width": 375, "height": 740}, locale="th-TH")
    phone = public.new_page()
    base = f"http://{lao_a.site.hostname}:{urlparse(live_server.url).port}{page.relative_url(lao_a.site)}"
    phone.goto(f"{base}ideas/{road.pk}/")
    outcome = phone.locator(".idea-outcome").inner_text()
    assert "อยู่ในอำนาจหน้าที่ของ อปท." in outcome and "แผนพัฒนาท้องถิ่น" in outcome
    assert "ปรับปรุงถนนหมู่ 2 หน้าโรงเรียน" in phone.locator(".idea-project").inner_text()
    phone.goto(f"{base}ideas/{highway.pk}/")
    outcome = phone.locator(".idea-outcome").inner_text()
    assert "ส่งต่อถึง แผนพัฒนาอำเภอ (ONE PLAN)" in outcome and "กรมทางหลวง" in outcome and "ส่งแล้ว" in outcome
    phone.screenshot(path="test-artifacts/idea-referred-phone.png", full_page=True)
    phone.goto(f"{base}ideas/{copy.pk}/")
    phone.click("text=ไฟส่องสว่างซอย 5")
    phone.wait_for_url(f"**/ideas/{original.pk}/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    public.close()
