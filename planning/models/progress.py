"""Progress of a plan project, reported by officers and shown to the public."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .plan_project import PlanProject, ProjectStatus
from .referral import today


class ProgressUpdate(models.Model):
    project = models.ForeignKey(PlanProject, on_delete=models.CASCADE, related_name="updates",
                                verbose_name=_("project"))
    on_date = models.DateField(_("date"), default=today)
    status = models.CharField(_("status"), max_length=16, choices=ProjectStatus.choices)
    percent = models.PositiveSmallIntegerField(_("progress (%)"), validators=[MaxValueValidator(100)])
    text = models.TextField(_("what was done"), max_length=3000)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                           related_name="+", verbose_name=_("by"))
    created_at = models.DateTimeField(_("entered at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        ordering = ["-on_date", "-pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(percent__lte=100), name="progress_update_percent_at_most_100"),
        ]

    def __str__(self):
        return f"{self.project} · {self.percent}%"


class ProgressPhoto(models.Model):
    """A photo of the work, re-encoded on upload like ideas' photos (no EXIF, no GPS)."""

    update = models.ForeignKey(ProgressUpdate, on_delete=models.CASCADE, related_name="photos",
                               verbose_name=_("progress update"))
    image = models.ImageField(_("photo"), upload_to="progress/%Y/%m/", width_field="width", height_field="height")
    width = models.PositiveIntegerField(default=0, editable=False)
    height = models.PositiveIntegerField(default=0, editable=False)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("progress photo")
        verbose_name_plural = _("progress photos")
        ordering = ["sort_order", "pk"]
