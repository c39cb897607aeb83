"""A PDF table too long to draw in the request is made in the background: the officer waits on a
page that says so, then downloads it; nobody else can see it, and a failure says what to do."""

import datetime

from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from planning.models import PlanProject
from portal.documents.models import ExportJob, JobStatus
from tests.conftest import staff_login
from tests.planning.conftest import officer  # noqa: F401 (fixture)

from .conftest import comparable, pdf_pages_text

pytestmark = pytest.mark.django_db

ROAD = "ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านคลองแห้ง หมู่ที่ 2"
WASTE = "จัดหาถังคัดแยกขยะประจำหมู่บ้าน"


@pytest.fixture
def plan(lao_a):
    common = dict(authority=lao_a, first_year=2571, kpi="ร้อยละ 80 พึงพอใจ", responsible_unit="กองช่าง",
                  expected_result="ประชาชนเดินทางสะดวก", target_output="ถนน 1 สาย")
    return [PlanProject.objects.create(title=ROAD, objective="เพื่อการสัญจรที่ปลอดภัย", budget_year_1=1_500_000,
                                       **common),
            PlanProject.objects.create(title=WASTE, objective="เพื่อลดขยะ", budget_year_2=120_000, **common)]


@pytest.fixture
def long_means_two(settings):
    settings.PORTAL_PDF_INLINE_ROWS = 1  # the plan above (two rows) counts as long


def export(client, fmt):
    return client.get(reverse("planning_plan_export", args=[fmt]), {"year": 2571})


def test_a_long_pdf_is_made_in_the_background_then_downloaded(
        client, officer, plan, long_means_two, django_capture_on_commit_callbacks):  # noqa: F811
    with django_capture_on_commit_callbacks(execute=True):
        response = export(client, "pdf")
    job = ExportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("documents_export_job", args=[job.pk])
    assert (job.requested_by, job.rows, job.status, job.html) == (officer, 2, JobStatus.DONE, "")

    page = client.get(response["Location"])
    html = page.content.decode()
    assert "เอกสารพร้อมแล้ว" in html and 'http-equiv="refresh"' not in html
    assert "no-cache" in page["Cache-Control"]
    download = client.get(reverse("documents_export_job_download", args=[job.pk]))
    assert download.status_code == 200 and download["Content-Type"] == "application/pdf"
    assert "attachment" in download["Content-Disposition"] and "no-cache" in download["Cache-Control"]
    text = comparable("".join(pdf_pages_text(download.content)))
    assert comparable(ROAD) in text and comparable(WASTE) in text


def test_short_pdfs_and_every_csv_or_xlsx_come_at_once(client, officer, plan, settings):  # noqa: F811
    response = export(client, "pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    settings.PORTAL_PDF_INLINE_ROWS = 1
    for fmt in ("csv", "xlsx"):
        response = export(client, fmt)
        assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    assert not ExportJob.objects.exists()


def test_a_pdf_being_made_says_so_and_reloads_itself(client, officer, plan, long_means_two):  # noqa: F811
    response = export(client, "pdf")  # the task waits for the commit, which a test never makes
    job = ExportJob.objects.get()
    assert job.status == JobStatus.QUEUED and job.html
    html = client.get(response["Location"]).content.decode()
    assert 'http-equiv="refresh"' in html and "กำลังจัดทำ" in html
    assert client.get(reverse("documents_export_job_download", args=[job.pk])).status_code == 404


def test_only_the_person_who_asked_sees_the_document(
        client, officer, plan, long_means_two, lao_b, make_member,  # noqa: F811
        django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        export(client, "pdf")
    job = ExportJob.objects.get()
    urls = [reverse("documents_export_job", args=[job.pk]), reverse("documents_export_job_download", args=[job.pk])]
    for other in (make_member(plan[0].authority, "officers", "officer-a2"), make_member(lao_b, "officers", "officer-b")):
        someone = Client()
        staff_login(someone, other)
        assert [someone.get(url).status_code for url in urls] == [404, 404]
    anonymous = [Client().get(url) for url in urls]
    assert all(r.status_code == 302 and "login" in r["Location"] for r in anonymous)


def test_a_failure_says_what_to_do_and_keeps_nothing(
        client, officer, plan, long_means_two, monkeypatch, django_capture_on_commit_callbacks):  # noqa: F811
    def broken(html):
        raise RuntimeError("Pango is missing")

    monkeypatch.setattr("portal.documents.pdf.html_to_pdf", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = export(client, "pdf")
    job = ExportJob.objects.get()
    assert (job.status, job.content, job.html, job.error) == (JobStatus.FAILED, None, "", "Pango is missing")
    html = client.get(response["Location"]).content.decode()
    assert "ไม่สามารถจัดทำไฟล์ PDF" in html and "XLSX" in html
    assert client.get(reverse("documents_export_job_download", args=[job.pk])).status_code == 404


def test_documents_are_kept_for_a_week(client, officer, plan, long_means_two):  # noqa: F811
    old = ExportJob.objects.create(requested_by=officer, filename="เก่า", status=JobStatus.DONE, content=b"%PDF",
                                   created_at=timezone.now() - datetime.timedelta(days=8))
    assert client.get(reverse("documents_export_job", args=[old.pk])).status_code == 404
    export(client, "pdf")  # a new document clears the old ones away
    assert not ExportJob.objects.filter(pk=old.pk).exists()
    assert ExportJob.objects.count() == 1


def test_an_officer_whose_role_is_taken_away_loses_the_document(
        client, officer, plan, long_means_two, lao_a, django_capture_on_commit_callbacks):  # noqa: F811
    from django.contrib.auth.models import Group

    with django_capture_on_commit_callbacks(execute=True):
        export(client, "pdf")
    job = ExportJob.objects.get()
    urls = [reverse("documents_export_job", args=[job.pk]), reverse("documents_export_job_download", args=[job.pk])]
    assert [client.get(url).status_code for url in urls] == [200, 200]
    officer.groups.remove(Group.objects.get(name=lao_a.group_name("officers")))
    officer.groups.add(Group.objects.get(name=lao_a.group_name("editors")))  # still admin, no longer an officer
    assert [client.get(url).status_code for url in urls] == [404, 404]
