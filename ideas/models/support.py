from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .idea import SubmitterStanding


class Support(models.Model):
    """One person's support for one idea, with their standing when they gave it."""

    idea = models.ForeignKey("ideas.Idea", on_delete=models.CASCADE, related_name="supports",
                             verbose_name=_("idea"))
    # Empty once the person erased their account: the support still counts, anonymously.
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="supports", verbose_name=_("person"))
    standing = models.CharField(_("standing"), max_length=16, choices=SubmitterStanding.choices)
    given_at = models.DateTimeField(pgettext_lazy("support", "given at"), default=timezone.now)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [models.UniqueConstraint(fields=["idea", "user"], name="one_support_per_person")]
