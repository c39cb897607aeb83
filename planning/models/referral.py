"""Ideas referred outside the LAO (to ONE PLAN or an agency) and what became of them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


def today():
    """Today in the portal's time zone, looked up at each call (tests freeze it)."""
    return timezone.localdate()


class ReferralStatus(models.TextChoices):
    SENT = "sent", _("sent")
    ACKNOWLEDGED = "acknowledged", _("acknowledged")
    INCLUDED = "included", _("included in the area plan")
    DECLINED = "declined", pgettext_lazy("referral status", "declined")


class Referral(models.Model):
    """The referral a "refer" triage decision makes; its status is followed up by officers."""

    decision = models.OneToOneField("planning.TriageDecision", on_delete=models.CASCADE, related_name="referral",
                                    verbose_name=_("triage decision"))
    idea = models.ForeignKey("ideas.Idea", on_delete=models.CASCADE, related_name="referrals",
                             verbose_name=_("idea"))
    authority = models.ForeignKey("tenancy.Authority", on_delete=models.CASCADE, related_name="+",
                                  verbose_name=_("LAO"))
    referred_on = models.DateField(_("referred on"), default=today)
    status = models.CharField(_("status"), max_length=16, choices=ReferralStatus.choices,
                              default=ReferralStatus.SENT)
    status_changed_on = models.DateField(_("status since"), default=today)

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-referred_on", "-pk"]

    def __str__(self):
        return f"{self.idea_id} → {self.decision.target}"


class ReferralUpdate(models.Model):
    """One change of a referral's status: who, when, from what to what, with a note."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="updates",
                                 verbose_name=_("referral"))
    from_status = models.CharField(_("from"), max_length=16, choices=ReferralStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=16, choices=ReferralStatus.choices)
    note = models.TextField(_("note"), blank=True, max_length=2000)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                           related_name="+", verbose_name=_("by"))
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        verbose_name = _("referral status change")
        verbose_name_plural = _("referral status changes")
        ordering = ["at", "pk"]
