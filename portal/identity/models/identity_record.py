from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .standing import VerificationMethod


class IdentityRecord(models.Model):
    """One account is one person: the keyed hash of the person's national ID, and how it was proven.

    Both sides are unique: a national ID belongs to one account, an account to one national ID.
    The number itself is never stored (``portal.identity.national_id.id_hash``).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="identity_record",
        verbose_name=_("person"),
    )
    id_hash = models.CharField(_("national ID (keyed hash)"), max_length=64, unique=True, editable=False)
    method = models.CharField(_("verified by method"), max_length=32, choices=VerificationMethod.choices)
    authority = models.ForeignKey(
        "tenancy.Authority", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("LAO"), help_text=_("The LAO whose officer or resident list verified the person."),
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("verified by"),
    )
    verified_at = models.DateTimeField(_("verified at"), default=timezone.now)

    class Meta:
        verbose_name = _("identity record")
        verbose_name_plural = _("identity records")

    def __str__(self):
        return f"{self.user} — {self.get_method_display()}"
