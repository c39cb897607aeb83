"""The page approval step of every LAO: approved by whoever may publish the page.

One workflow, assigned to the root page, serves every LAO tree: the approvers of a page are
the users whose groups hold ``publish_page`` on it, which provisioning grants only to the
"<code> approvers" group of that LAO. No per-LAO workflow or task rows are needed, so
provisioning 7,849 LAOs adds nothing here, and an approver of LAO A can never approve a page
of LAO B.
"""

from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Task, TaskState
from wagtail.permission_policies.pages import PagePermissionPolicy


def _can_publish(obj, user):
    if user.is_superuser:
        return True
    if not isinstance(obj, Page):
        return False
    # Cached per user and page within a request, like Wagtail's own group check.
    cache = user.__dict__.setdefault("_ruamkhit_publish_checks", {})
    if obj.pk not in cache:
        cache[obj.pk] = obj.permissions_for_user(user).can_publish()
    return cache[obj.pk]


class PublisherApprovalTask(Task):
    """Approval by the people allowed to publish the page: the LAO's approvers."""

    admin_form_fields = Task.admin_form_fields

    def user_can_access_editor(self, obj, user):
        return _can_publish(obj, user)

    def locked_for_user(self, obj, user):
        return not _can_publish(obj, user)

    def user_can_lock(self, obj, user):
        return _can_publish(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if _can_publish(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve and publish"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["publish"])
        page_ids = pages.annotate(pk_text=Cast("pk", CharField())).values("pk_text")
        return states.filter(
            workflow_state__base_content_type__app_label="wagtailcore",
            workflow_state__base_content_type__model="page",
            workflow_state__object_id__in=page_ids,
        )

    @classmethod
    def get_description(cls):
        return _("The LAO's approvers (who may publish the page) approve it")

    class Meta:
        verbose_name = _("LAO approval task")
        verbose_name_plural = _("LAO approval tasks")
