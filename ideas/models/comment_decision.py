from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CommentDecision(models.Model):
    """A moderator's decision on a comment (or the automatic hiding at the flag threshold)."""

    record = models.ForeignKey("ideas.CommentRecord", on_delete=models.CASCADE, related_name="decisions",
                               verbose_name=_("comment"))
    decision = models.CharField(_("decision"), max_length=16)
    reason_code = models.CharField(_("reason code"), max_length=32, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                           related_name="+", verbose_name=_("by"))
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        verbose_name = _("comment decision")
        verbose_name_plural = _("comment decisions")
        ordering = ["at", "pk"]
