"""Each LAO's moderators decide on its ideas in the admin queue, one at a time or in bulk."""

from django.urls import reverse

import pytest

from ideas.models import Idea, IdeaState, IdeaTransition
from tests.conftest import staff_login

QUEUE = "/admin/moderation/"


def make_idea(authority, title, state=IdeaState.SUBMITTED):
    return Idea.objects.create(authority=authority, consultation_key="7b7c6f1e-2b1e-4a55-9d3c-8d9f3c1f2a10",
                               title=title, description="รายละเอียด", standing="local", state=state)


@pytest.fixture
def ideas(lao_a, lao_b):
    return {
        "a1": make_idea(lao_a, "ถนนหมู่ 1 ชำรุด"), "a2": make_idea(lao_a, "ไฟทางหมู่ 2"),
        "a3": make_idea(lao_a, "ขยะหมู่ 3"), "b1": make_idea(lao_b, "ทางเท้าเชียงใหม่"),
    }


@pytest.fixture
def moderator_a(lao_a, make_member, client):
    user = make_member(lao_a, "moderators")
    staff_login(client, user)
    return user


@pytest.mark.django_db
def test_queue_lists_only_this_laos_ideas(ideas, moderator_a, client):
    html = client.get(QUEUE).content.decode()
    assert "ถนนหมู่ 1 ชำรุด" in html and "ขยะหมู่ 3" in html
    assert "ทางเท้าเชียงใหม่" not in html


@pytest.mark.django_db
def test_approve_and_reject_with_reason_are_logged(ideas, moderator_a, client):
    client.post(QUEUE, {"ideas": [ideas["a1"].pk], "decision": "approve"})
    client.post(QUEUE, {"ideas": [ideas["a2"].pk], "decision": "reject", "reason_code": "campaign",
                        "note": "มีข้อความหาเสียง"})
    a1, a2 = Idea.objects.get(pk=ideas["a1"].pk), Idea.objects.get(pk=ideas["a2"].pk)
    assert a1.state == IdeaState.PUBLISHED and a1.published_at
    assert (a2.state, a2.reason_code, a2.state_reason) == (IdeaState.REJECTED, "campaign", "มีข้อความหาเสียง")
    log = IdeaTransition.objects.filter(idea=a2).get()
    assert (log.by, log.reason_code) == (moderator_a, "campaign")
    history = client.get(reverse("ideas_idea_history", args=[a2.pk])).content.decode()
    assert "campaign" in history and "มีข้อความหาเสียง" in history


@pytest.mark.django_db
def test_reject_needs_a_reason_and_duplicate_needs_the_original(ideas, moderator_a, client):
    client.post(QUEUE, {"ideas": [ideas["a1"].pk], "decision": "reject"})
    client.post(QUEUE, {"ideas": [ideas["a1"].pk], "decision": "reject", "reason_code": "duplicate"})
    client.post(QUEUE, {"ideas": [ideas["a1"].pk], "decision": "reject", "reason_code": "duplicate",
                        "duplicate_of": ideas["b1"].pk})  # another LAO's idea cannot be the original
    assert Idea.objects.get(pk=ideas["a1"].pk).state == IdeaState.SUBMITTED
    client.post(QUEUE, {"ideas": [ideas["a1"].pk], "decision": "reject", "reason_code": "duplicate",
                        "duplicate_of": ideas["a2"].pk})
    a1 = Idea.objects.get(pk=ideas["a1"].pk)
    assert a1.state == IdeaState.REJECTED and a1.duplicate_of_id == ideas["a2"].pk


@pytest.mark.django_db
def test_bulk_decisions(ideas, moderator_a, client):
    response = client.post(QUEUE, {"ideas": [ideas["a1"].pk, ideas["a2"].pk, ideas["a3"].pk], "decision": "approve"},
                           follow=True)
    assert "ตัดสินแล้ว 3 รายการ" in response.content.decode()
    assert Idea.objects.filter(authority=ideas["a1"].authority, state=IdeaState.PUBLISHED).count() == 3


@pytest.mark.django_db
def test_a_moderator_cannot_decide_or_see_another_laos_ideas(ideas, moderator_a, client):
    client.post(QUEUE, {"ideas": [ideas["b1"].pk], "decision": "approve"})
    assert Idea.objects.get(pk=ideas["b1"].pk).state == IdeaState.SUBMITTED
    assert client.get(reverse("ideas_idea_history", args=[ideas["b1"].pk])).status_code == 404


@pytest.mark.django_db
def test_only_moderators_open_the_queue(lao_a, make_member, client):
    staff_login(client, make_member(lao_a, "editors"))
    assert client.get(QUEUE).status_code == 403
