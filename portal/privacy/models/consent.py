from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AgeStatement(models.TextChoices):
    ADULT = "adult", _("I am 20 or older")
    MINOR_WITH_GUARDIAN = "minor_with_guardian", _("I am under 20 and my parent or guardian agrees")


class Consent(models.Model):
    """A person's explicit consent to one version of the privacy notice (PDPA s.26)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents", verbose_name=_("person")
    )
    notice = models.ForeignKey(
        "privacy.PrivacyNotice", on_delete=models.PROTECT, related_name="consents", verbose_name=_("notice")
    )
    age = models.CharField(_("age"), max_length=32, choices=AgeStatement.choices, default=AgeStatement.ADULT)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        constraints = [models.UniqueConstraint(fields=["user", "notice"], name="one_consent_per_notice")]

    def __str__(self):
        return f"{self.user_id} → v{self.notice_id}"
