from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ProposalStatus(models.TextChoices):
    PENDING = "pending", _("waiting for the person")
    CONFIRMED = "confirmed", _("confirmed")
    DECLINED = "declined", _("declined")


class StandingProposal(models.Model):
    """Local standing an identity provider's address suggests, until the person confirms it.

    An address claim says where the civil registry places the person, but a person may have
    moved since, or not want to take part there: the portal proposes, the person decides.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="standing_proposals",
        verbose_name=_("person"),
    )
    authority = models.ForeignKey(
        "tenancy.Authority", on_delete=models.CASCADE, related_name="standing_proposals", verbose_name=_("LAO")
    )
    tambon = models.ForeignKey(
        "tenancy.Tambon", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("tambon"),
    )
    village = models.ForeignKey(
        "tenancy.Village", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("village"),
    )
    provider_id = models.CharField(_("identity provider"), max_length=64)
    status = models.CharField(
        _("status"), max_length=16, choices=ProposalStatus.choices, default=ProposalStatus.PENDING
    )
    created_at = models.DateTimeField(_("proposed at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("standing proposal")
        verbose_name_plural = _("standing proposals")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "authority"], condition=models.Q(status="pending"),
                name="one_pending_standing_proposal_per_person_and_lao",
            ),
        ]

    def __str__(self):
        return f"{self.user} → {self.authority_id} ({self.status})"
