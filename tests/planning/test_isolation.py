"""An officer of LAO A can neither see, triage, follow up, export, correct nor remove LAO B's
ideas, referrals, projects, progress or forums: every id of LAO B is a 404 and nothing changes."""

import csv
import io

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from ideas.models import Idea
from planning import forums, progress, triage
from planning.models import (
    Forum,
    ForumIdea,
    PlanProject,
    ProgressPhoto,
    ProgressUpdate,
    Referral,
    TriageDecision,
    TriageOutcome,
)
from tests.conftest import staff_login
from tests.ideas.test_ideas import photo_with_gps

User = get_user_model()

pytestmark = pytest.mark.django_db


@pytest.fixture
def lao_b_work(lao_b, make_consultation, make_idea, make_member, outside, django_capture_on_commit_callbacks):
    page = make_consultation(lao_b, "screening", slug="b-roads")
    secret = make_idea(page, "ความลับของเชียงใหม่")
    referred = make_idea(page, "ส่งต่อของเชียงใหม่")
    officer_b = make_member(lao_b, "officers", "officer-b")
    with django_capture_on_commit_callbacks(execute=True):
        triage.decide(referred, TriageOutcome.REFER, by=officer_b, function=outside, referral_level="district",
                      note="หมายเหตุเชียงใหม่")
    project = PlanProject.objects.create(authority=lao_b, title="โครงการเชียงใหม่", objective="x", target_output="x",
                                         first_year=2571, budget_year_1=1, kpi="x", expected_result="x",
                                         responsible_unit="x")
    forum = Forum.objects.create(authority=lao_b, consultation_key=page.translation_key, held_on="2026-11-20",
                                 place="ศาลาเชียงใหม่", attendance=40)
    mail.outbox.clear()
    return page, secret, referred, project, forum


def test_lists_and_exports_show_nothing_of_another_lao(client, officer, page_a, make_idea, lao_b_work, lao_b):
    make_idea(page_a, "ข้อเสนออ่าวนาง")
    for url in [reverse("planning_triage") + "?show=all", reverse("planning_referrals"), reverse("planning_plan"),
                reverse("planning_forums")]:
        html = client.get(url).content.decode()
        assert "เชียงใหม่" not in html, url
    assert "ข้อเสนออ่าวนาง" in client.get(reverse("planning_triage")).content.decode()
    exported = client.get(reverse("planning_referrals_export", args=["csv"])).content.decode("utf-8-sig")
    assert "เชียงใหม่" not in exported and len(list(csv.reader(io.StringIO(exported)))) > 0
    plan = client.get(reverse("planning_plan_export", args=["csv"]), {"year": 2571}).content.decode("utf-8-sig")
    assert "โครงการเชียงใหม่" not in plan
    # Asking for the other LAO by its code is refused.
    for name in ("planning_referrals", "planning_plan", "planning_forums"):
        assert client.get(reverse(name), {"lao": lao_b.dla_code}).status_code == 404
    for name in ("planning_referrals_export", "planning_plan_export"):
        assert client.get(reverse(name, args=["xlsx"]), {"lao": lao_b.dla_code}).status_code == 404


def test_another_laos_objects_are_404_by_id(client, officer, lao_b_work):
    page, secret, referred, project, forum = lao_b_work
    referral = Referral.objects.get()
    assert client.get(reverse("planning_triage_idea", args=[secret.pk])).status_code == 404
    assert client.get(reverse("planning_referral", args=[referral.pk])).status_code == 404
    assert client.get(reverse("planning_plan_project", args=[project.pk])).status_code == 404
    assert client.get(reverse("planning_forum", args=[forum.pk])).status_code == 404
    assert client.get(reverse("planning_triage"), {"consultation": page.pk}).status_code == 404


def test_another_laos_ideas_cannot_be_triaged_or_changed(client, officer, page_a, make_idea, lao_b_work, roads):
    page, secret, referred, project, forum = lao_b_work
    mine = make_idea(page_a, "ของฉัน")
    before = (TriageDecision.objects.count(), Referral.objects.get().status, PlanProject.objects.count(),
              Idea.objects.get(pk=secret.pk).category_id)
    # In bulk, mixed with one of the officer's own ideas: refused whole.
    response = client.post(reverse("planning_triage"), {"ideas": [mine.pk, secret.pk], "outcome": "within",
                                                        "route": "plan", "function": roads.pk})
    assert response.status_code == 404
    assert client.post(reverse("planning_triage_idea", args=[secret.pk]),
                       {"outcome": "not_feasible", "note": "x"}).status_code == 404
    # A duplicate of another LAO's idea is refused.
    response = client.post(reverse("planning_triage"), {"ideas": [mine.pk], "outcome": "duplicate",
                                                        "duplicate_of": secret.pk})
    assert response.status_code == 200 and "ระบุหมายเลขของข้อเสนอที่เผยแพร่แล้วของ อปท. นี้" in response.content.decode()
    assert client.post(reverse("planning_referral", args=[Referral.objects.get().pk]),
                       {"status": "declined"}).status_code == 404
    assert client.post(reverse("planning_plan_project", args=[project.pk]), {"title": "x"}).status_code == 404
    assert client.post(reverse("planning_forum", args=[forum.pk]),
                       {"action": "idea", "idea-title": "x", "idea-description": "y"}).status_code == 404
    assert client.post(reverse("planning_plan_project_add") + f"?lao={page.authority.dla_code}",
                       {"title": "x"}).status_code == 404
    after = (TriageDecision.objects.count(), Referral.objects.get().status, PlanProject.objects.count(),
             Idea.objects.get(pk=secret.pk).category_id)
    assert after == before and not mail.outbox


def test_a_plan_project_cannot_take_another_laos_ideas(client, officer, lao_b_work):
    page, secret, *_ = lao_b_work
    response = client.post(reverse("planning_plan_project_add"), {
        "title": "x", "objective": "x", "target_output": "x", "first_year": "2571", "budget_year_1": "10",
        "kpi": "x", "expected_result": "x", "responsible_unit": "x", "source_ideas": [secret.pk]})
    assert response.status_code == 200 and PlanProject.objects.filter(title="x").count() == 0


def test_people_without_the_officer_role_get_403(client, lao_a, make_member):
    staff_login(client, make_member(lao_a, "editors", "editor-a"))
    for name in ("planning_triage", "planning_referrals", "planning_plan", "planning_forums"):
        assert client.get(reverse(name)).status_code == 403
    assert client.get(reverse("planning_plan_export", args=["csv"])).status_code == 403


def test_the_public_project_page_is_only_on_its_own_laos_site(client, lao_a, lao_b_work):
    project = lao_b_work[3]
    assert client.get(f"/projects/{project.pk}/", HTTP_HOST=lao_a.site.hostname).status_code == 404
    assert client.get(f"/projects/{project.pk}/", HTTP_HOST=project.authority.site.hostname).status_code == 200


# Correcting and removing: forum ideas, progress updates, plan projects.


@pytest.fixture
def lao_b_entries(lao_b_work, make_member):
    page, secret, referred, project, forum = lao_b_work
    officer_b = User.objects.get(username="officer-b")
    forum.refresh_from_db()  # the date as a date
    idea = forums.enter_idea(forum, title="ข้อเสนอจากเวทีเชียงใหม่", description="x", by=officer_b)
    update = progress.record(project, status="in_progress", percent=30, text="งานเชียงใหม่", on_date="2026-11-20",
                             photos=[progress.clean_photo(photo_with_gps())], by=officer_b, project_url="",
                             notify_people=False)
    return forum, idea, project, update


def correction_urls(forum, idea, project, update):
    return [
        reverse("planning_forum_idea_edit", args=[forum.pk, idea.pk]),
        reverse("planning_forum_idea_remove", args=[forum.pk, idea.pk]),
        reverse("planning_progress_edit", args=[project.pk, update.pk]),
        reverse("planning_progress_delete", args=[project.pk, update.pk]),
        reverse("planning_plan_project_delete", args=[project.pk]),
        reverse("planning_forum_delete", args=[forum.pk]),
    ]


def lao_b_state(idea, project, update):
    return (Idea.objects.filter(pk=idea.pk).values_list("title", "state").first(),
            PlanProject.objects.filter(pk=project.pk).values_list("status", "progress").first(),
            ProgressUpdate.objects.filter(pk=update.pk).values_list("percent", "text").first(),
            ProgressPhoto.objects.filter(update=update).count(), ForumIdea.objects.count(), Forum.objects.filter(authority=idea.authority).count())


def test_another_laos_entries_cannot_be_corrected_or_removed(client, officer, lao_a, page_a, lao_b_entries):
    forum_b, idea_b, project_b, update_b = lao_b_entries
    before = lao_b_state(idea_b, project_b, update_b)
    # The officer's own forum and project, to mix with LAO B's ids.
    forum_a = Forum.objects.create(authority=lao_a, consultation_key=page_a.translation_key, held_on="2026-11-20",
                                   place="ศาลาอ่าวนาง", attendance=10)
    project_a = PlanProject.objects.create(authority=lao_a, title="โครงการอ่าวนาง", objective="x", target_output="x",
                                           first_year=2571, budget_year_1=1, kpi="x", expected_result="x",
                                           responsible_unit="x")
    data = {"idea-title": "แก้โดย อปท. อื่น", "idea-description": "x", "on_date": "2026-11-20",
            "status": "done", "percent": "100", "text": "แก้โดย อปท. อื่น", "remove_photos": [1]}
    mixed = correction_urls(forum_a, idea_b, project_a, update_b)[:4]  # own forum or project, LAO B's idea or update
    urls = correction_urls(forum_b, idea_b, project_b, update_b) + mixed
    for url in urls:
        assert client.get(url).status_code == 404, url
        assert client.post(url, data).status_code == 404, url
    assert client.get(reverse("planning_forum_idea_edit", args=[forum_b.pk, 999999])).status_code == 404
    assert client.post(reverse("planning_plan_project_delete", args=[999999])).status_code == 404
    assert lao_b_state(idea_b, project_b, update_b) == before
    assert not ModelLogEntry.objects.exists() and not mail.outbox


def test_correcting_needs_the_officer_role(client, lao_a, make_member, lao_b_entries):
    urls = correction_urls(*lao_b_entries)
    before = lao_b_state(*lao_b_entries[1:])
    officer_b = User.objects.get(username="officer-b")
    # LAO B's own officer reaches them (the ids are right) ...
    staff_login(client, officer_b)
    assert all(client.get(url).status_code == 200 for url in urls)
    # ... an editor of the same LAO does not, nor one of another LAO, nor an officer of LAO A.
    for user in (make_member(lao_b_entries[0].authority, "editors", "editor-b"), make_member(lao_a, "editors")):
        other = Client()
        staff_login(other, user)
        for url in urls:
            assert other.get(url).status_code == 403, url
            assert other.post(url, {"percent": "100"}).status_code == 403, url
    # A signed-in citizen without admin access, and anyone signed out, are sent to sign in.
    citizen = Client()
    citizen.force_login(User.objects.create_user(username="citizen-x", password="pw-for-tests-1"))
    anonymous = Client()
    for visitor in (citizen, anonymous):
        for url in urls:
            for response in (visitor.get(url), visitor.post(url, {"percent": "100"})):
                assert response.status_code == 302 and "/login/" in response["Location"], url
    assert lao_b_state(*lao_b_entries[1:]) == before and not ModelLogEntry.objects.exists()
