"""The one approval workflow every LAO tree uses, assigned to the root page.

Also run by a data migration (with historical models) and by ``ensure_base_data`` for
databases that were flushed.
"""

WORKFLOW_NAME = "อนุมัติการเผยแพร่ของ อปท. (LAO approval)"
TASK_NAME = "ผู้อนุมัติของ อปท. ตรวจและเผยแพร่ (LAO approvers review and publish)"


def ensure_approval_workflow(apps=None):
    if apps is None:
        from django.apps import apps
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    PublisherApprovalTask = apps.get_model("tenancy", "PublisherApprovalTask")

    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return None
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        task_type, _ = ContentType.objects.get_or_create(app_label="tenancy", model="publisherapprovaltask")
        task = PublisherApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    # The root's workflow is the default of every tree below it (Wagtail's own default, the
    # "Moderators approval" of its global Moderators group, is replaced).
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow
