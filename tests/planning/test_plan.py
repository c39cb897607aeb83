"""Plan projects from accepted ideas and funded ballot projects, and the ผ.02 export in three formats."""

import csv
import io

from django.test import Client
from django.urls import reverse

import openpyxl
import pytest

from ballots.models import Ballot, BallotProject, ResultStatus
from planning import triage
from planning.models import PlanProject, ProjectSource, TriageOutcome
from tests.documents.conftest import comparable, pdf_pages_text, save_artifact

from .conftest import public_html

pytestmark = pytest.mark.django_db

ROAD = "ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านคลองแห้ง หมู่ที่ 2"
WASTE = "จัดหาถังคัดแยกขยะประจำหมู่บ้าน"


def project_fields(**overrides):
    return {
        "title": ROAD, "objective": "เพื่อให้ประชาชนสัญจรได้สะดวกและปลอดภัย",
        "target_output": "ถนนกว้าง 5 เมตร ยาว 1,200 เมตร", "first_year": "2571",
        "budget_year_1": "1500000", "budget_year_2": "", "budget_year_3": "250000", "budget_year_4": "",
        "budget_year_5": "", "kpi": "ร้อยละ 80 ของผู้ใช้ถนนพึงพอใจ", "expected_result": "ลดอุบัติเหตุในฤดูฝน",
        "responsible_unit": "กองช่าง", "strategy": "", "plan_area": "", "function": "", "village": "",
        "start_date": "", **overrides,
    }


def test_an_accepted_idea_becomes_a_plan_project(client, officer, page_a, make_idea, roads, villages):
    idea = make_idea(page_a, "ถนนหมู่ 2 เป็นหลุม", village=villages[1], estimated_cost=900_000)
    triage.decide(idea, TriageOutcome.WITHIN, by=officer, function=roads, route="plan")
    index = client.get(reverse("planning_plan")).content.decode()
    assert "ถนนหมู่ 2 เป็นหลุม" in index
    form = client.get(reverse("planning_plan_project_add"), {"idea": idea.pk}).content.decode()
    assert "900000" in form and "2571" in form  # the idea's estimate as year 1; next fiscal year's plan
    response = client.post(reverse("planning_plan_project_add"), project_fields(source_ideas=[idea.pk],
                                                                                 village=villages[1].pk))
    project = PlanProject.objects.get()
    assert response.status_code == 302
    assert (project.authority, project.source, project.created_by) == (page_a.authority, ProjectSource.IDEA, officer)
    assert list(project.source_ideas.all()) == [idea]
    assert "ถนนหมู่ 2 เป็นหลุม" not in client.get(reverse("planning_plan")).content.decode().split(
        "ยังไม่อยู่ในแผน")[1]
    html = public_html(Client(), page_a, idea)
    assert "อยู่ในแผนพัฒนาท้องถิ่น" in html and ROAD in html


def test_a_funded_ballot_project_becomes_a_plan_project(client, officer, page_a, lao_a):
    ballot = Ballot.objects.create(authority=lao_a, consultation_key=page_a.translation_key, budget=1_000_000)
    funded = BallotProject.objects.create(ballot=ballot, title="ขุดลอกคลองแห้ง", description="ลอกคลอง 2 กม.",
                                          cost=300_000)
    BallotProject.objects.create(ballot=ballot, title="ไม่ได้รับเลือก", description="x", cost=900_000)
    ballot.result_status, ballot.result = ResultStatus.DONE, {"selected": [str(funded.pk)]}
    ballot.save()
    index = client.get(reverse("planning_plan")).content.decode()
    assert "ขุดลอกคลองแห้ง" in index and "ไม่ได้รับเลือก" not in index
    url = reverse("planning_plan_project_add") + f"?ballot_project={funded.pk}"
    assert "300000" in client.get(url).content.decode()
    client.post(url, project_fields(title="ขุดลอกคลองแห้ง", budget_year_1="300000", budget_year_3=""))
    project = PlanProject.objects.get()
    assert (project.ballot_project, project.source) == (funded, ProjectSource.BALLOT)
    assert "ขุดลอกคลองแห้ง" not in client.get(reverse("planning_plan")).content.decode().split("ยังไม่อยู่ในแผน")[-1]


def test_a_project_needs_a_budget_and_the_refusal_is_in_thai(client, officer):
    response = client.post(reverse("planning_plan_project_add"), project_fields(budget_year_1="", budget_year_3=""))
    assert "ระบุงบประมาณอย่างน้อยหนึ่งปีของแผน" in response.content.decode()
    assert not PlanProject.objects.exists()


@pytest.fixture
def plan(lao_a, officer):
    common = dict(authority=lao_a, first_year=2571, kpi="ร้อยละ 80 พึงพอใจ", responsible_unit="กองช่าง",
                  expected_result="ประชาชนเดินทางสะดวก", target_output="ถนน 1 สาย")
    return [
        PlanProject.objects.create(title=ROAD, objective="เพื่อการสัญจรที่ปลอดภัย", budget_year_1=1_500_000,
                                   budget_year_3=250_000, **common),
        PlanProject.objects.create(title=WASTE, objective="เพื่อลดขยะที่ต้องกำจัด", budget_year_2=120_000,
                                   budget_year_4=120_000, **common),
        PlanProject.objects.create(title="โครงการของแผนอื่น", objective="x", budget_year_1=1, **{
            **common, "first_year": 2566}),
    ]


def export(client, fmt, year=2571):
    response = client.get(reverse("planning_plan_export", args=[fmt]), {"year": year})
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    return response.content


def test_plan_export_as_csv(client, plan):
    rows = list(csv.reader(io.StringIO(export(client, "csv").decode("utf-8-sig"))))
    header = next(row for row in rows if "โครงการ" in row)
    assert header[:4] == ["ลำดับ", "โครงการ", "วัตถุประสงค์", "เป้าหมาย (ผลผลิตของโครงการ)"]
    assert header[4:9] == [f"งบประมาณ {year} (บาท)" for year in range(2571, 2576)]
    data = rows[rows.index(header) + 1:]
    assert [row[1] for row in data] == [ROAD, WASTE]
    assert data[0][4:9] == ["1500000", "", "250000", "", ""]


def test_plan_export_as_xlsx(client, plan, lao_a):
    sheet = openpyxl.load_workbook(io.BytesIO(export(client, "xlsx"))).active
    values = [row for row in sheet.iter_rows(values_only=True)]
    flat = [str(v) for row in values for v in row if v is not None]
    assert ROAD in flat and WASTE in flat and "โครงการของแผนอื่น" not in flat
    assert any("2571 - 2575" in v for v in flat) and any(lao_a.name_th in v for v in flat)
    road_row = next(row for row in values if ROAD in row)
    assert road_row[4] == 1_500_000 and road_row[6] == 250_000


def test_plan_export_as_pdf_with_thai_project_names(client, plan):
    content = export(client, "pdf")
    save_artifact("plan-p02-officers.pdf", content)
    assert content.startswith(b"%PDF")
    text = comparable("".join(pdf_pages_text(content)))
    assert comparable(ROAD) in text and comparable(WASTE) in text
    assert comparable("รายละเอียดโครงการพัฒนา") in text and "1,500,000" in text


def test_an_empty_plan_exports_a_document_that_says_so(client, officer):
    assert "ยังไม่มีโครงการในแผน" in export(client, "csv", 2580).decode("utf-8-sig")


def test_an_unknown_format_is_404(client, officer):
    assert client.get(reverse("planning_plan_export", args=["doc"])).status_code == 404
