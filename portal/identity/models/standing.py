from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class StandingKind(models.TextChoices):
    LOCAL = "local", _("local resident")
    OUTSIDER = "outsider", _("verified outsider")


class VerificationMethod(models.TextChoices):
    OFFICER = "officer", _("checked in person by an LAO officer")
    RESIDENT_LIST = "resident_list", _("matched against the LAO's resident list")
    IDENTITY_PROVIDER = "identity_provider", _("identity provider claims")


class StandingQuerySet(models.QuerySet):
    def current(self, at=None):
        """Standings that have not expired (an empty expiry never expires)."""
        at = at or timezone.now()
        return self.filter(models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=at))


class Standing(models.Model):
    """A person's standing with one LAO: a local resident (of a village) or a verified outsider.

    Separate from signing in: an account proves who holds it, a standing says what that person
    is to this LAO, who established it, how and until when. One per person and LAO.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="standings", verbose_name=_("person")
    )
    authority = models.ForeignKey(
        "tenancy.Authority", on_delete=models.CASCADE, related_name="standings", verbose_name=_("LAO")
    )
    kind = models.CharField(_("standing"), max_length=16, choices=StandingKind.choices)
    village = models.ForeignKey(
        "tenancy.Village", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("village"), help_text=_("The village (หมู่) a local resident lives in."),
    )
    method = models.CharField(_("verified by method"), max_length=32, choices=VerificationMethod.choices)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("verified by"),
    )
    verified_at = models.DateTimeField(_("verified at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)

    objects = StandingQuerySet.as_manager()

    class Meta:
        verbose_name = _("standing")
        verbose_name_plural = _("standings")
        constraints = [
            models.UniqueConstraint(fields=["user", "authority"], name="one_standing_per_person_and_lao"),
        ]

    def __str__(self):
        return f"{self.user} — {self.get_kind_display()} ({self.authority_id})"

    @property
    def is_local(self):
        return self.kind == StandingKind.LOCAL
