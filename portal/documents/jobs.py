"""Long PDF tables are made by a background task, not in the request.

WeasyPrint lays out about 60 rows of the ผ.02 plan table a second (``bench/documents.py``):
a plan of 1,000 projects takes some 20 s, longer than a web server lets a request run. A PDF
of more than ``PORTAL_PDF_INLINE_ROWS`` rows (150 by default) is therefore handed to a
django-tasks task: the officer is sent to a page that says it is being made and reloads itself
until the file is ready to download. The HTML is drawn in the request (it is quick), so the
task needs nothing but the job. With the default ``ImmediateBackend`` the task runs at once in
the same request; configure a queue backend and its worker to run it in the background
(docs/deployment.md).
"""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import ExportJob, JobStatus

logger = logging.getLogger(__name__)

KEEP_FOR = datetime.timedelta(days=7)


def inline_rows():
    return getattr(settings, "PORTAL_PDF_INLINE_ROWS", 150)


def needs_background(table, format):
    return format == "pdf" and len(table.rows) > inline_rows()


def start(table, filename, user, authority=None):
    """A job making ``table`` into a PDF for ``user``, handed to the task once saved."""
    from .tables.pdf import table_html
    from .tasks import make_pdf  # the task runs run(): a circle of two, task and caller

    ExportJob.objects.filter(created_at__lt=timezone.now() - KEEP_FOR).delete()
    job = ExportJob.objects.create(requested_by=user, authority=authority, filename=filename,
                                   rows=len(table.rows), html=table_html(table))
    transaction.on_commit(lambda: make_pdf.enqueue(str(job.pk)))
    return job


def run(job_id):
    """Make the job's PDF. Claimed by a conditional update: a job is made once, whoever runs it."""
    from .pdf import html_to_pdf

    if not ExportJob.objects.filter(pk=job_id, status=JobStatus.QUEUED).update(status=JobStatus.RUNNING):
        return None
    job = ExportJob.objects.get(pk=job_id)
    try:
        content = html_to_pdf(job.html)
    except Exception as error:  # any failure is the officer's to see, and is logged
        logger.exception("PDF export %s failed", job_id)
        ExportJob.objects.filter(pk=job_id).update(status=JobStatus.FAILED, error=str(error)[:500], html="",
                                                   finished_at=timezone.now())
        return None
    ExportJob.objects.filter(pk=job_id).update(status=JobStatus.DONE, content=content, html="",
                                               finished_at=timezone.now())
    return len(content)


def jobs_of(user):
    """The jobs a person may see: their own, none older than a week, and of an LAO's working
    data only while they are still one of its officers (a role taken away takes the file too)."""
    from django.db.models import Q

    from portal.tenancy.roles import authorities_in_role

    if not user.is_authenticated:
        return ExportJob.objects.none()
    return ExportJob.objects.filter(
        Q(authority__isnull=True) | Q(authority__in=authorities_in_role(user, "officers")),
        requested_by=user, created_at__gte=timezone.now() - KEEP_FOR,
    )
