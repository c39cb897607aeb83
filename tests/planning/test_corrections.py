"""Officers correct or remove what they entered: ideas from a forum, progress updates, plan
projects. Nothing is e-mailed again; what other people gave is never deleted with them."""

import datetime

from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest
from PIL import Image

from ballots.models import Ballot, BallotProject, ResultStatus
from ideas.models import Idea, IdeaState, Support
from planning import forums, progress, triage
from planning.models import (
    Forum,
    ForumIdea,
    PlanProject,
    ProgressPhoto,
    ProgressUpdate,
    ProjectStatus,
    TriageOutcome,
)
from tests.ideas.test_ideas import photo_with_gps
from tests.search.conftest import everything, lao_scope, make_comment

from .conftest import TODAY, idea_url, public_html

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def forum(lao_a, page_a, villages, officer):
    return Forum.objects.create(authority=lao_a, consultation_key=page_a.translation_key, held_on=TODAY - 2 * DAY,
                                place="ศาลาประชาคมหมู่ 2", village=villages[1], attendance=40, created_by=officer)


@pytest.fixture
def forum_idea(forum, villages, officer, roads):
    return forums.enter_idea(forum, title="ขอรางระบายน้ำหน้าวัด", description="น้ำท่วมขังหน้าวัดทุกปี",
                             village=villages[1], category=roads, estimated_cost=50_000, by=officer)


def idea_fields(**overrides):
    return {"idea-title": "ขอรางระบายน้ำหน้าวัดบ้านคลองแห้ง", "idea-description": "น้ำท่วมขังหน้าวัดทุกฤดูฝน",
            "idea-village": "", "idea-category": "", "idea-estimated_cost": "80000", **overrides}


def test_an_officer_corrects_an_idea_from_a_forum(client, officer, forum, forum_idea, page_a, lao_a, villages):
    forum_page = client.get(reverse("planning_forum", args=[forum.pk])).content.decode()
    edit_url = reverse("planning_forum_idea_edit", args=[forum.pk, forum_idea.pk])
    assert edit_url in forum_page and reverse("planning_forum_idea_remove", args=[forum.pk, forum_idea.pk]) in forum_page
    assert "ขอรางระบายน้ำหน้าวัด" in client.get(edit_url).content.decode()

    response = client.post(edit_url, idea_fields(**{"idea-village": villages[2].pk}))
    assert response.status_code == 302
    idea = Idea.objects.get(pk=forum_idea.pk)
    assert (idea.title, idea.village, idea.estimated_cost, idea.state, idea.standing) == (
        "ขอรางระบายน้ำหน้าวัดบ้านคลองแห้ง", villages[2], 80_000, IdeaState.PUBLISHED, "onsite")
    assert ForumIdea.objects.get(idea=idea).forum == forum
    html = public_html(Client(), page_a, idea)
    assert "ขอรางระบายน้ำหน้าวัดบ้านคลองแห้ง" in html and "น้ำท่วมขังหน้าวัดทุกฤดูฝน" in html
    assert "เสนอในเวทีประชาคมที่ ศาลาประชาคมหมู่ 2" in html
    found = [r.object.title for r in everything(lao_scope(lao_a), "คลองแห้ง").results if r.kind == "ideas"]
    assert found == ["ขอรางระบายน้ำหน้าวัดบ้านคลองแห้ง"]
    entry = ModelLogEntry.objects.get(action="wagtail.edit", object_id=str(idea.pk))
    assert entry.user == officer and entry.data["changes"]["title"] == [
        "ขอรางระบายน้ำหน้าวัด", "ขอรางระบายน้ำหน้าวัดบ้านคลองแห้ง"]


def test_a_correction_without_a_title_is_refused_in_thai(client, officer, forum, forum_idea):
    url = reverse("planning_forum_idea_edit", args=[forum.pk, forum_idea.pk])
    response = client.post(url, idea_fields(**{"idea-title": "", "idea-estimated_cost": "-5"}))
    html = response.content.decode()
    assert response.status_code == 200 and "ไม่ได้บันทึกข้อเสนอ" in html and "ต้องระบุข้อมูล" in html
    assert Idea.objects.get(pk=forum_idea.pk).title == "ขอรางระบายน้ำหน้าวัด"
    assert not ModelLogEntry.objects.filter(action="wagtail.edit").exists()


def support(idea, django_user_model, **_):
    Support.objects.create(idea=idea, user=django_user_model.objects.create(username="fan"), standing="local")


def comment(idea, page, **_):
    make_comment(page, idea, "เห็นด้วย น้ำท่วมทุกปีจริง")


def decision(idea, officer, outside, **_):
    triage.decide(idea, TriageOutcome.NOT_FEASIBLE, by=officer, note="งบไม่พอ")


def plan_project(idea, lao, **_):
    project = PlanProject.objects.create(authority=lao, title="ทำรางระบายน้ำ", objective="x", target_output="x",
                                         first_year=2571, budget_year_1=1, kpi="x", expected_result="x",
                                         responsible_unit="x")
    project.source_ideas.add(idea)


@pytest.mark.parametrize("depend, reason", [
    (support, "มีผู้สนับสนุน 1 คน"),
    (comment, "มีความคิดเห็น 1 รายการ"),
    (decision, "เจ้าหน้าที่คัดกรองข้อเสนอนี้แล้ว"),
    (plan_project, "มีโครงการในแผนที่ทำจากข้อเสนอนี้"),
])
def test_an_idea_others_have_taken_part_in_is_not_removed(client, officer, forum, forum_idea, page_a, lao_a, outside,
                                                          django_user_model, depend, reason,
                                                          django_capture_on_commit_callbacks, mailoutbox):
    with django_capture_on_commit_callbacks(execute=True):
        depend(forum_idea, django_user_model=django_user_model, page=page_a, officer=officer, outside=outside,
               lao=lao_a)
    mailoutbox.clear()
    url = reverse("planning_forum_idea_remove", args=[forum.pk, forum_idea.pk])
    confirm = client.get(url).content.decode()
    assert "ไม่ได้ เนื่องจาก" in confirm and reason in confirm and "ซ่อน" in confirm and 'type="submit"' not in confirm
    response = client.post(url, follow=True)
    html = response.content.decode()
    assert "ไม่ได้ เนื่องจาก" in html and reason in html and "ผู้ตรวจสอบเนื้อหา" in html
    assert Idea.objects.filter(pk=forum_idea.pk, state=IdeaState.PUBLISHED).exists()
    assert ForumIdea.objects.filter(idea=forum_idea).exists()
    assert not ModelLogEntry.objects.filter(action="wagtail.delete").exists() and not mailoutbox


def test_an_idea_entered_by_mistake_is_removed_after_a_confirmation(client, officer, forum, forum_idea, page_a,
                                                                    lao_a):
    url = reverse("planning_forum_idea_remove", args=[forum.pk, forum_idea.pk])
    public_url = idea_url(page_a, forum_idea)
    confirm = client.get(url).content.decode()
    assert "ลบข้อเสนอ" in confirm and 'type="submit"' in confirm
    assert Idea.objects.filter(pk=forum_idea.pk).exists()  # showing the confirmation removes nothing
    response = client.post(url, follow=True)
    html = response.content.decode()
    assert "ลบข้อเสนอ “ขอรางระบายน้ำหน้าวัด” แล้ว" in html
    assert f"#{forum_idea.pk} ขอรางระบายน้ำหน้าวัด" not in html  # gone from the forum's list
    assert not Idea.objects.filter(pk=forum_idea.pk).exists() and not ForumIdea.objects.exists()
    assert Client().get(public_url, HTTP_HOST=lao_a.site.hostname).status_code == 404
    assert not [r for r in everything(lao_scope(lao_a), "รางระบายน้ำ").results if r.kind == "ideas"]
    entry = ModelLogEntry.objects.get(action="wagtail.delete", object_id=str(forum_idea.pk))
    assert entry.user == officer and entry.data["title"] == "ขอรางระบายน้ำหน้าวัด" and entry.data["forum"] == forum.pk


def test_only_ideas_of_that_forum_can_be_edited_there(client, officer, forum, forum_idea, page_a, make_idea):
    online = make_idea(page_a, "ข้อเสนอออนไลน์")
    other_forum = Forum.objects.create(authority=forum.authority, consultation_key=forum.consultation_key,
                                       held_on=forum.held_on, place="วัด", attendance=5)
    for target_forum, idea in [(forum, online), (other_forum, forum_idea)]:
        for name in ("planning_forum_idea_edit", "planning_forum_idea_remove"):
            url = reverse(name, args=[target_forum.pk, idea.pk])
            assert client.get(url).status_code == 404
            assert client.post(url, idea_fields()).status_code == 404
    assert Idea.objects.filter(pk__in=[online.pk, forum_idea.pk]).count() == 2
    assert Idea.objects.get(pk=online.pk).title == "ข้อเสนอออนไลน์"


# Progress updates


@pytest.fixture
def project(lao_a, page_a, make_idea, django_user_model):
    idea = make_idea(page_a, "ถนนหมู่ 2 เป็นหลุม")
    Support.objects.create(idea=idea, user=django_user_model.objects.create(username="fan", email="fan@example.org"),
                           standing="local")
    project = PlanProject.objects.create(
        authority=lao_a, title="ซ่อมผิวถนนสายบ้านคลองแห้ง", objective="เพื่อการสัญจร", target_output="ถนน 1 สาย",
        first_year=2571, budget_year_1=900_000, kpi="ร้อยละ 80 พึงพอใจ", expected_result="เดินทางสะดวก",
        responsible_unit="กองช่าง", source="idea")
    project.source_ideas.set([idea])
    return project


def record(project, officer, days_ago, status, percent, text, photos=()):
    return progress.record(project, status=status, percent=percent, text=text, on_date=TODAY - days_ago * DAY,
                           photos=[progress.clean_photo(p) for p in photos], by=officer, project_url="",
                           notify_people=False)


def update_fields(update, **overrides):
    return {"on_date": update.on_date.isoformat(), "status": update.status, "percent": str(update.percent),
            "text": update.text, **overrides}


def project_page(lao, project):
    return Client().get(f"/projects/{project.pk}/", HTTP_HOST=lao.site.hostname)


def test_correcting_the_percent_changes_the_projects_progress(client, officer, project, lao_a, mailoutbox,
                                                              django_capture_on_commit_callbacks):
    record(project, officer, 9, ProjectStatus.IN_PROGRESS, 20, "ปรับพื้นที่แล้ว")
    latest = record(project, officer, 2, ProjectStatus.IN_PROGRESS, 45, "เทคอนกรีตแล้ว 500 เมตร")
    page = client.get(reverse("planning_plan_project", args=[project.pk])).content.decode()
    url = reverse("planning_progress_edit", args=[project.pk, latest.pk])
    assert url in page and reverse("planning_progress_delete", args=[project.pk, latest.pk]) in page
    form = client.get(url).content.decode()
    assert 'value="45"' in form and f'value="{latest.on_date.isoformat()}"' in form  # the date picker shows it
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, update_fields(latest, percent="60", text="เทคอนกรีตแล้ว 700 เมตร"))
    assert response.status_code == 302
    project.refresh_from_db()
    assert (project.status, project.progress) == (ProjectStatus.IN_PROGRESS, 60)
    html = project_page(lao_a, project).content.decode()
    assert "กำลังดำเนินการ · 60%" in html and "เทคอนกรีตแล้ว 700 เมตร" in html and "500 เมตร" not in html
    assert ProgressUpdate.objects.get(pk=latest.pk).by == officer
    entry = ModelLogEntry.objects.get(action="wagtail.edit", object_id=str(latest.pk))
    assert entry.user == officer and entry.data["changes"]["percent"] == [45, 60]
    assert not mailoutbox  # a correction is not news


def test_moving_an_update_back_in_time_lets_the_next_one_set_the_status(client, officer, project):
    first = record(project, officer, 9, ProjectStatus.IN_PROGRESS, 20, "ปรับพื้นที่แล้ว")
    second = record(project, officer, 5, ProjectStatus.DONE, 100, "เสร็จแล้ว")
    client.post(reverse("planning_progress_edit", args=[project.pk, second.pk]),
                update_fields(second, on_date=(TODAY - 12 * DAY).isoformat()))
    project.refresh_from_db()
    assert (project.status, project.progress) == (first.status, first.percent)


def test_deleting_the_latest_update_rolls_the_status_back(client, officer, project, lao_a, mailoutbox,
                                                          django_capture_on_commit_callbacks):
    record(project, officer, 9, ProjectStatus.IN_PROGRESS, 40, "ปรับพื้นที่แล้ว")
    latest = record(project, officer, 2, ProjectStatus.DONE, 100, "เสร็จแล้ว", photos=[photo_with_gps()])
    name = latest.photos.get().image.name
    assert default_storage.exists(name)
    url = reverse("planning_progress_delete", args=[project.pk, latest.pk])
    confirm = client.get(url).content.decode()
    assert "เสร็จแล้ว" in confirm and 'type="submit"' in confirm and ProgressUpdate.objects.count() == 2
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url).status_code == 302
    project.refresh_from_db()
    assert (project.status, project.progress) == (ProjectStatus.IN_PROGRESS, 40)
    assert not ProgressPhoto.objects.exists() and not default_storage.exists(name)
    html = project_page(lao_a, project).content.decode()
    assert "กำลังดำเนินการ · 40%" in html and "เสร็จแล้ว" not in html
    entry = ModelLogEntry.objects.get(action="wagtail.delete", object_id=str(latest.pk))
    assert entry.user == officer and entry.data["percent"] == 100
    # With no update left, the project is as it was before the first one.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("planning_progress_delete", args=[project.pk, ProgressUpdate.objects.get().pk]))
    project.refresh_from_db()
    assert (project.status, project.progress) == (ProjectStatus.PLANNED, 0)
    assert not mailoutbox


def test_photos_are_removed_one_by_one_and_added_re_encoded(client, officer, project, mailoutbox,
                                                           django_capture_on_commit_callbacks):
    update = record(project, officer, 2, ProjectStatus.IN_PROGRESS, 40, "เทคอนกรีต",
                    photos=[photo_with_gps("a.jpg"), photo_with_gps("b.jpg")])
    wrong, kept = list(update.photos.all())
    url = reverse("planning_progress_edit", args=[project.pk, update.pk])
    form = client.get(url).content.decode()
    assert wrong.image.url in form and "ลบภาพเหล่านี้" in form
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, update_fields(update, remove_photos=[wrong.pk], photos=[photo_with_gps("c.jpg")]))
    assert response.status_code == 302
    photos = list(ProgressUpdate.objects.get(pk=update.pk).photos.all())
    assert len(photos) == 2 and photos[0] == kept and not ProgressPhoto.objects.filter(pk=wrong.pk).exists()
    assert not default_storage.exists(wrong.image.name) and default_storage.exists(kept.image.name)
    with photos[1].image.open() as stored, Image.open(stored) as image:
        assert image.getexif().get(0x8825) is None and max(image.size) <= 1600  # no GPS, resized
    assert ModelLogEntry.objects.get(action="wagtail.edit").data["changes"]["photos_added"] == 1
    assert not mailoutbox


@pytest.mark.parametrize("fields, error", [
    ({"percent": "150"}, "100"),
    ({"text": ""}, "ต้องระบุข้อมูล"),
    ({"on_date": (TODAY + 3 * DAY).isoformat()}, "วันที่ต้องไม่อยู่ในอนาคต"),
    ({"photos": "not-a-photo"}, "ไม่ใช่รูปภาพที่อ่านได้"),
    ({"photos": "too-many"}, "มีภาพได้ไม่เกิน 3 ภาพ"),
])
def test_a_bad_correction_is_refused_in_thai_and_nothing_changes(client, officer, project, fields, error):
    update = record(project, officer, 2, ProjectStatus.IN_PROGRESS, 40, "เทคอนกรีต", photos=[photo_with_gps()])
    if fields.get("photos") == "not-a-photo":
        fields = {"photos": [SimpleUploadedFile("report.jpg", b"%PDF-1.4 not a photo", "image/jpeg")]}
    elif fields.get("photos") == "too-many":
        fields = {"photos": [photo_with_gps(f"{n}.jpg") for n in range(3)]}
    response = client.post(reverse("planning_progress_edit", args=[project.pk, update.pk]),
                           update_fields(update, **{"percent": "55", **fields}))
    html = response.content.decode()
    assert response.status_code == 200 and error in html and "ไม่ได้บันทึกความก้าวหน้า" in html
    stored = ProgressUpdate.objects.get(pk=update.pk)
    assert (stored.percent, stored.text, stored.photos.count()) == (40, "เทคอนกรีต", 1)
    project.refresh_from_db()
    assert project.progress == 40 and not ModelLogEntry.objects.exists()


def test_an_update_belongs_to_its_project(client, officer, project, lao_a):
    other = PlanProject.objects.create(authority=lao_a, title="อีกโครงการ", objective="x", target_output="x",
                                       first_year=2571, budget_year_1=1, kpi="x", expected_result="x",
                                       responsible_unit="x")
    update = record(other, officer, 1, ProjectStatus.IN_PROGRESS, 30, "งานของอีกโครงการ")
    for name in ("planning_progress_edit", "planning_progress_delete"):
        url = reverse(name, args=[project.pk, update.pk])
        assert client.get(url).status_code == 404
        assert client.post(url, update_fields(update, percent="90")).status_code == 404
    assert ProgressUpdate.objects.get(pk=update.pk).percent == 30


# Plan projects


def test_deleting_a_project_from_ideas_puts_them_back_waiting(client, officer, project, lao_a, page_a, roads,
                                                              mailoutbox, django_capture_on_commit_callbacks):
    idea = project.source_ideas.get()
    triage.decide(idea, TriageOutcome.WITHIN, by=officer, function=roads, route="plan")
    update = record(project, officer, 2, ProjectStatus.IN_PROGRESS, 40, "เทคอนกรีต", photos=[photo_with_gps()])
    name = update.photos.get().image.name
    mailoutbox.clear()
    plan = client.get(reverse("planning_plan")).content.decode()
    assert "ถนนหมู่ 2 เป็นหลุม" not in plan.split("ยังไม่อยู่ในแผน")[1]
    url = reverse("planning_plan_project_delete", args=[project.pk])
    assert url in client.get(reverse("planning_plan_project", args=[project.pk])).content.decode()
    confirm = client.get(url).content.decode()
    assert "ความก้าวหน้า 1 ครั้ง" in confirm and "ภาพถ่ายผลงาน 1 ภาพ" in confirm and "ถนนหมู่ 2 เป็นหลุม" in confirm
    assert PlanProject.objects.filter(pk=project.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, follow=True)
    html = response.content.decode()
    assert "ลบโครงการ “ซ่อมผิวถนนสายบ้านคลองแห้ง” แล้ว" in html
    assert "ถนนหมู่ 2 เป็นหลุม" in html.split("ยังไม่อยู่ในแผน")[1]  # waiting again
    assert not PlanProject.objects.exists() and not ProgressUpdate.objects.exists()
    assert not ProgressPhoto.objects.exists() and not default_storage.exists(name)
    assert Idea.objects.filter(pk=idea.pk, state=IdeaState.PUBLISHED).exists() and idea.supports.count() == 1
    assert project_page(lao_a, project).status_code == 404
    assert "อยู่ในแผนพัฒนาท้องถิ่น" not in public_html(Client(), page_a, idea)
    entry = ModelLogEntry.objects.get(action="wagtail.delete", object_id=str(project.pk))
    assert entry.user == officer and entry.data["source_ideas"] == [idea.pk] and entry.data["updates"] == 1
    assert not mailoutbox


def test_deleting_a_project_from_a_funded_ballot_project_keeps_the_ballot_project(client, officer, lao_a, page_a):
    ballot = Ballot.objects.create(authority=lao_a, consultation_key=page_a.translation_key, budget=1_000_000,
                                   result_status=ResultStatus.DONE)
    funded = BallotProject.objects.create(ballot=ballot, title="ขุดลอกคลองแห้ง", description="ลอกคลอง 2 กม.",
                                          cost=300_000)
    ballot.result = {"selected": [str(funded.pk)]}
    ballot.save()
    project = PlanProject.objects.create(authority=lao_a, title="ขุดลอกคลองแห้ง", objective="x", target_output="x",
                                         first_year=2571, budget_year_1=300_000, kpi="x", expected_result="x",
                                         responsible_unit="x", source="ballot", ballot_project=funded)
    assert "ขุดลอกคลองแห้ง" not in client.get(reverse("planning_plan")).content.decode().split("ยังไม่อยู่ในแผน")[-1]
    confirm = client.get(reverse("planning_plan_project_delete", args=[project.pk])).content.decode()
    assert "โครงการที่ได้รับเลือกจากการลงคะแนน “ขุดลอกคลองแห้ง”" in confirm
    client.post(reverse("planning_plan_project_delete", args=[project.pk]))
    assert not PlanProject.objects.exists() and BallotProject.objects.filter(pk=funded.pk).exists()
    assert "ขุดลอกคลองแห้ง" in client.get(reverse("planning_plan")).content.decode().split("ยังไม่อยู่ในแผน")[-1]


def test_a_forum_recorded_by_mistake_is_deleted_after_a_confirmation(client, officer, forum, lao_a,
                                                                     django_capture_on_commit_callbacks):
    forum.minutes = SimpleUploadedFile("minutes.pdf", b"%PDF-1.4 minutes", content_type="application/pdf")
    forum.save()
    minutes = forum.minutes.name
    assert default_storage.exists(minutes)
    url = reverse("planning_forum_delete", args=[forum.pk])
    assert url in client.get(reverse("planning_forum", args=[forum.pk])).content.decode()
    page = client.get(url).content.decode()
    assert "ยืนยันลบเวทีที่บันทึกผิดนี้หรือไม่" in page and 'class="button serious"' in page
    assert Forum.objects.filter(pk=forum.pk).exists()  # a GET deletes nothing
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302 and response["Location"].startswith(reverse("planning_forums"))
    assert not Forum.objects.filter(pk=forum.pk).exists()
    assert not default_storage.exists(minutes)
    entry = ModelLogEntry.objects.get(action="wagtail.delete")
    assert entry.user == officer and entry.data["place"] == "ศาลาประชาคมหมู่ 2"


def test_a_forum_ideas_or_ballots_came_from_is_not_deleted(client, officer, forum, forum_idea):
    url = reverse("planning_forum_delete", args=[forum.pk])
    page = client.get(url).content.decode()
    assert "ลบเวทีนี้ไม่ได้" in page and "1 เรื่อง" in page
    assert 'class="button serious"' not in page and "ยืนยันลบเวทีที่บันทึกผิดนี้หรือไม่" not in page
    response = client.post(url, follow=True)
    assert "ลบเวทีนี้ไม่ได้" in response.content.decode()
    assert Forum.objects.filter(pk=forum.pk).exists() and ForumIdea.objects.filter(forum=forum).count() == 1
