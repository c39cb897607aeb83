from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EventAction(models.TextChoices):
    IDENTITY_RECORDED = "identity_recorded", _("identity recorded")
    DUPLICATE_REFUSED = "duplicate_refused", _("national ID already held by another account: refused")
    STANDING_GRANTED = "standing_granted", _("standing granted")
    STANDING_CHANGED = "standing_changed", _("standing changed")
    STANDING_REVOKED = "standing_revoked", _("standing revoked")
    RESIDENT_LIST_UPLOADED = "resident_list_uploaded", _("resident list uploaded")
    RESIDENT_NOT_LISTED = "resident_not_listed", _("national ID not on the resident list")
    PROPOSAL_CREATED = "proposal_created", _("local standing proposed from an address")
    PROPOSAL_CONFIRMED = "proposal_confirmed", _("proposed standing confirmed by the person")
    PROPOSAL_DECLINED = "proposal_declined", _("proposed standing declined by the person")


class VerificationEvent(models.Model):
    """One verification action, for the LAO's officers and for audits. Never holds a national ID.

    ``actor`` did it (an officer, or the person themselves); ``subject`` is the person it was
    about. Erasing a person's data empties both references and keeps the event, so the LAO's
    counts stay right.
    """

    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    action = models.CharField(_("action"), max_length=32, choices=EventAction.choices)
    authority = models.ForeignKey(
        "tenancy.Authority", on_delete=models.CASCADE, null=True, blank=True, related_name="+",
        verbose_name=_("LAO"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("by"),
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("person"),
    )
    method = models.CharField(_("method"), max_length=32, blank=True)
    detail = models.CharField(_("detail"), max_length=255, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("verification event")
        verbose_name_plural = _("verification events")
        indexes = [models.Index(fields=["authority", "-created_at"])]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.get_action_display()}"

    @property
    def method_label(self):
        from .standing import VerificationMethod

        return VerificationMethod(self.method).label if self.method in VerificationMethod.values else self.method
