"""Background tasks of the document layer (django-tasks; see docs/deployment.md for the worker)."""

from django_tasks import task


@task()
def make_pdf(job_id):
    from .jobs import run  # jobs enqueues this task: a circle of two, task and caller

    return run(job_id)
