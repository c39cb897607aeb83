from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ErasureRecord(models.Model):
    """That an account was erased, when, and how much was removed or anonymised.

    Nothing here identifies the person: not their id, name or e-mail.
    """

    erased_at = models.DateTimeField(_("erased at"), default=timezone.now)
    requested_by_self = models.BooleanField(_("requested by the person"), default=True)
    summary = models.JSONField(_("what was removed or anonymised"), default=dict)

    class Meta:
        verbose_name = _("account erasure")
        verbose_name_plural = _("account erasures")
        ordering = ["-erased_at"]

    def __str__(self):
        return f"{self.erased_at:%Y-%m-%d %H:%M}"
