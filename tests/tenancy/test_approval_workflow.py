"""An LAO editor submits a page; an approver of the same LAO, and only that LAO, publishes it."""

from django.urls import reverse

from wagtail.models import Page, TaskState, WorkflowState

import pytest

from portal.pages.models import StandardPage
from portal.tenancy.models import PublisherApprovalTask
from portal.tenancy.workflow_setup import WORKFLOW_NAME
from tests.conftest import staff_login


def _add_url(home):
    return reverse("wagtailadmin_pages:add", args=["pages", "standardpage", home.id])


def _form(**extra):
    return {"title": "ประกาศรับฟังความคิดเห็น", "slug": "hearing", "intro": "", "body-count": "0", **extra}


@pytest.fixture
def submitted(lao_a, make_member, client):
    editor = make_member(lao_a, "editors")
    staff_login(client, editor)
    response = client.post(_add_url(lao_a.home_page), _form(**{"action-submit": "submit"}))
    assert response.status_code == 302, response.content[:500]
    page = StandardPage.objects.child_of(lao_a.home_page).get(slug="hearing")
    client.logout()
    return page


@pytest.mark.django_db
def test_every_lao_tree_uses_the_lao_approval_workflow(lao_a, lao_b):
    for authority in (lao_a, lao_b):
        home = Page.objects.get(id=authority.home_page_id)
        workflow = home.get_workflow()
        assert workflow.name == WORKFLOW_NAME
        assert isinstance(workflow.tasks.get().specific, PublisherApprovalTask)


@pytest.mark.django_db
def test_editor_cannot_publish_directly(lao_a, make_member, client):
    staff_login(client, make_member(lao_a, "editors"))
    client.post(_add_url(lao_a.home_page), _form(**{"action-publish": "publish"}))
    page = StandardPage.objects.child_of(lao_a.home_page).get(slug="hearing")
    assert not page.live


@pytest.mark.django_db
def test_submitted_page_waits_for_an_approver(submitted):
    state = WorkflowState.objects.get(object_id=str(submitted.id))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not StandardPage.objects.get(id=submitted.id).live


@pytest.mark.django_db
def test_approver_of_the_same_lao_publishes(submitted, lao_a, make_member, client):
    approver = make_member(lao_a, "approvers")
    staff_login(client, approver)
    task_state = TaskState.objects.get(workflow_state__object_id=str(submitted.id))
    # The approver's dashboard lists the page awaiting review.
    assert "ประกาศรับฟังความคิดเห็น" in client.get(reverse("wagtailadmin_home")).content.decode()
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[submitted.id, "approve", task_state.id])
    )
    assert response.status_code in (200, 302)
    page = StandardPage.objects.get(id=submitted.id)
    assert page.live
    assert WorkflowState.objects.get(object_id=str(submitted.id)).status == WorkflowState.STATUS_APPROVED


@pytest.mark.django_db
def test_approver_of_another_lao_can_neither_see_nor_approve(submitted, lao_b, make_member, client):
    outsider = make_member(lao_b, "approvers")
    staff_login(client, outsider)
    task_state = TaskState.objects.get(workflow_state__object_id=str(submitted.id))
    assert "ประกาศรับฟังความคิดเห็น" not in client.get(reverse("wagtailadmin_home")).content.decode()
    task = task_state.task.specific
    assert not task.get_task_states_user_can_moderate(outsider).exists()
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[submitted.id, "approve", task_state.id])
    )
    assert response.status_code in (403, 404)
    assert not StandardPage.objects.get(id=submitted.id).live
    assert TaskState.objects.get(id=task_state.id).status == TaskState.STATUS_IN_PROGRESS


@pytest.mark.django_db
def test_editor_cannot_approve_own_submission(submitted, lao_a, make_member, client):
    editor = make_member(lao_a, "editors", username="editor-two")
    staff_login(client, editor)
    task_state = TaskState.objects.get(workflow_state__object_id=str(submitted.id))
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[submitted.id, "approve", task_state.id])
    )
    assert response.status_code in (403, 404)
    assert not StandardPage.objects.get(id=submitted.id).live
