"""Implementation tracking: progress updates on the project page, on each source idea and on the
LAO's home page, and e-mails to the authors and supporters of the source ideas."""

import datetime

from django.core import mail
from django.test import Client
from django.urls import reverse

import pytest
from PIL import Image

from ideas.models import Support
from planning.models import PlanProject, ProgressUpdate, ProjectStatus
from tests.ideas.test_ideas import photo_with_gps

from .conftest import TODAY, public_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def project(lao_a, page_a, make_idea, django_user_model):
    idea = make_idea(page_a, "ถนนหมู่ 2 เป็นหลุม")
    other = make_idea(page_a, "ซ่อมถนนหน้าวัด")
    fan = django_user_model.objects.create(username="fan", email="fan@example.org")
    Support.objects.create(idea=idea, user=fan, standing="local")
    Support.objects.create(idea=other, user=fan, standing="local")
    Support.objects.create(idea=idea, user=other.author, standing="local")
    project = PlanProject.objects.create(
        authority=lao_a, title="ซ่อมผิวถนนสายบ้านคลองแห้ง", objective="เพื่อการสัญจร", target_output="ถนน 1 สาย",
        first_year=2571, budget_year_1=900_000, kpi="ร้อยละ 80 พึงพอใจ", expected_result="เดินทางสะดวก",
        responsible_unit="กองช่าง")
    project.source_ideas.set([idea, other])
    return project, idea, other


def record(client, project, callbacks, **fields):
    with callbacks(execute=True):
        return client.post(reverse("planning_plan_project", args=[project.pk]), {
            "action": "progress", "on_date": (TODAY - datetime.timedelta(days=1)).isoformat(),
            "status": "in_progress", "percent": "40", "text": "เทคอนกรีตแล้ว 500 เมตร", **fields})


def test_progress_is_shown_everywhere_and_the_people_behind_the_ideas_are_told(
        client, officer, project, page_a, lao_a, django_capture_on_commit_callbacks):
    project, idea, other = project
    response = record(client, project, django_capture_on_commit_callbacks, photos=[photo_with_gps()])
    assert response.status_code == 302
    update = ProgressUpdate.objects.get()
    assert (update.percent, update.status, update.by) == (40, ProjectStatus.IN_PROGRESS, officer)
    project.refresh_from_db()
    assert (project.status, project.progress) == (ProjectStatus.IN_PROGRESS, 40)
    photo = update.photos.get()
    with photo.image.open() as stored, Image.open(stored) as image:
        assert image.getexif().get(0x8825) is None and max(image.size) <= 1600  # no GPS, resized

    public = Client()
    host = lao_a.site.hostname
    page = public.get(f"/projects/{project.pk}/", HTTP_HOST=host).content.decode()
    assert "ซ่อมผิวถนนสายบ้านคลองแห้ง" in page and "เทคอนกรีตแล้ว 500 เมตร" in page and "กำลังดำเนินการ" in page
    assert "25 พฤศจิกายน 2569" in page and photo.image.url in page and "ถนนหมู่ 2 เป็นหลุม" in page
    assert "ซ่อมผิวถนนสายบ้านคลองแห้ง" in public.get("/projects/", HTTP_HOST=host).content.decode()
    idea_page = public_html(public, page_a, idea)
    assert "ซ่อมผิวถนนสายบ้านคลองแห้ง" in idea_page and "เทคอนกรีตแล้ว 500 เมตร" in idea_page
    home = public.get("/", HTTP_HOST=host).content.decode()
    assert "ความก้าวหน้าของโครงการ" in home and "เทคอนกรีตแล้ว 500 เมตร" in home

    # Each author and supporter once, in Thai, with the project's link.
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        {idea.author.email, other.author.email, "fan@example.org"})
    assert "ดำเนินการแล้วร้อยละ 40" in mail.outbox[0].body
    assert f"http://{host}" in mail.outbox[0].body and f"/projects/{project.pk}/" in mail.outbox[0].body


def test_the_latest_update_sets_the_status(client, officer, project, django_capture_on_commit_callbacks):
    project = project[0]
    record(client, project, django_capture_on_commit_callbacks, status="done", percent="100", text="เสร็จแล้ว")
    record(client, project, django_capture_on_commit_callbacks, on_date=(TODAY - datetime.timedelta(days=20)).isoformat(),
           percent="10", text="เริ่มงาน (บันทึกย้อนหลัง)")
    project.refresh_from_db()
    assert (project.status, project.progress) == (ProjectStatus.DONE, 100)


@pytest.mark.parametrize("fields, error", [
    ({"percent": "140"}, "100"),
    ({"on_date": (TODAY + datetime.timedelta(days=3)).isoformat()}, "วันที่ต้องไม่อยู่ในอนาคต"),
    ({"text": ""}, "ต้องระบุข้อมูล"),
])
def test_a_bad_update_is_refused_in_thai_and_nothing_is_sent(client, officer, project, fields, error,
                                                             django_capture_on_commit_callbacks):
    response = record(client, project[0], django_capture_on_commit_callbacks, **fields)
    assert response.status_code == 200 and error in response.content.decode()
    assert not ProgressUpdate.objects.exists() and not mail.outbox


def test_cancelled_projects_are_not_public(client, lao_a, project):
    project = project[0]
    project.status = ProjectStatus.CANCELLED
    project.save()
    assert Client().get(f"/projects/{project.pk}/", HTTP_HOST=lao_a.site.hostname).status_code == 404
