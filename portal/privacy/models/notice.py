from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.fields import RichTextField


class PrivacyNoticeQuerySet(models.QuerySet):
    def current(self, at=None):
        """The notice in force: the highest version whose effective date has come."""
        return self.filter(effective_from__lte=at or timezone.now()).order_by("-version").first()


class PrivacyNotice(models.Model):
    """One version of the privacy notice. A new version asks everyone for consent again."""

    version = models.PositiveIntegerField(
        _("version"), unique=True, help_text=_("Raise it for every change: people are asked to consent again.")
    )
    effective_from = models.DateTimeField(_("in force from"), default=timezone.now)
    summary_th = models.TextField(_("summary (Thai)"), help_text=_("What the portal does with personal data, in a few lines."))
    summary_en = models.TextField(_("summary (English)"), blank=True)
    body_th = RichTextField(_("full notice (Thai)"))
    body_en = RichTextField(_("full notice (English)"), blank=True)

    objects = PrivacyNoticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")
        ordering = ["-version"]

    def __str__(self):
        return f"{_('Privacy notice')} v{self.version}"

    def summary(self, language):
        return self.summary_en if language == "en" and self.summary_en else self.summary_th

    def body(self, language):
        return self.body_en if language == "en" and self.body_en else self.body_th
