"""What an officer decided about a published idea: within the LAO's authority, referred
outside, not feasible, or a duplicate. Every decision is kept; the latest is ``current``."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TriageOutcome(models.TextChoices):
    WITHIN = "within", _("within the LAO's authority")
    REFER = "refer", _("referred outside the LAO")
    NOT_FEASIBLE = "not_feasible", _("not feasible")
    DUPLICATE = "duplicate", _("duplicate of another idea")


class WithinRoute(models.TextChoices):
    PLAN = "plan", _("candidate project for the local development plan")
    BALLOT = "ballot", _("candidate project for the budget vote")


class ReferralLevel(models.TextChoices):
    DISTRICT = "district", _("district area plan (ONE PLAN)")
    TAMBON = "tambon", _("tambon area plan (ONE PLAN)")
    AGENCY = "agency", _("a named agency")


class TriageDecision(models.Model):
    """One triage decision on one idea: who decided, when, what and why."""

    idea = models.ForeignKey("ideas.Idea", on_delete=models.CASCADE, related_name="triage_decisions",
                             verbose_name=_("idea"))
    authority = models.ForeignKey("tenancy.Authority", on_delete=models.CASCADE, related_name="+",
                                  verbose_name=_("LAO"))
    outcome = models.CharField(_("decision"), max_length=16, choices=TriageOutcome.choices)
    route = models.CharField(_("as"), max_length=8, choices=WithinRoute.choices, blank=True)
    function = models.ForeignKey("snippets.AuthorityFunction", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="+", verbose_name=_("authority function"))
    referral_level = models.CharField(_("referred to"), max_length=16, choices=ReferralLevel.choices, blank=True)
    agency = models.CharField(_("agency"), max_length=200, blank=True)
    duplicate_of = models.ForeignKey("ideas.Idea", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+", verbose_name=_("duplicate of"))
    note = models.TextField(_("note shown to the public"), blank=True, max_length=2000)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                           related_name="+", verbose_name=_("by"))
    at = models.DateTimeField(_("at"), default=timezone.now)
    current = models.BooleanField(_("current"), default=True)

    class Meta:
        verbose_name = _("triage decision")
        verbose_name_plural = _("triage decisions")
        ordering = ["-at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["idea"], condition=models.Q(current=True),
                                    name="one_current_triage_decision"),
        ]

    def __str__(self):
        return f"{self.idea_id}: {self.get_outcome_display()}"

    @property
    def target(self):
        """Where a referral went, in words: the agency's name or the level of the area plan."""
        if self.referral_level == ReferralLevel.AGENCY:
            return self.agency
        return self.get_referral_level_display()
