from uuid import uuid4

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("waiting")
    RUNNING = "running", _("being made")
    DONE = "done", _("ready")
    FAILED = "failed", _("failed")


class ExportJob(models.Model):
    """A PDF too long to draw during the request (``portal.documents.jobs``), made by a task.

    It holds the document's HTML until the PDF is made, then the PDF itself (in the database:
    an LAO's working data, never a public media file). Only the person who asked for it may
    see or download it; jobs older than a week are deleted."""

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
                                     verbose_name=_("requested by"))
    authority = models.ForeignKey("tenancy.Authority", on_delete=models.CASCADE, null=True, blank=True,
                                  related_name="+", verbose_name=_("LAO"))
    filename = models.CharField(_("file name"), max_length=200)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    status = models.CharField(_("status"), max_length=8, choices=JobStatus.choices, default=JobStatus.QUEUED)
    html = models.TextField(blank=True, editable=False)
    content = models.BinaryField(null=True, editable=False)
    error = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(_("asked for at"), default=timezone.now, db_index=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("document being made")
        verbose_name_plural = _("documents being made")

    def __str__(self):
        return self.filename
