from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PollAnswer(models.Model):
    """One person's answer to one poll block of a consultation.

    Keyed by the consultation's translation key, so the Thai page and its English translation
    share one poll, and by the block's id, which translations keep. The database allows one
    answer per person and poll, whatever the number of concurrent requests.
    """

    authority = models.ForeignKey(
        "tenancy.Authority", on_delete=models.CASCADE, related_name="poll_answers", verbose_name=_("LAO")
    )
    consultation_key = models.UUIDField(_("consultation"), db_index=True)
    block_id = models.CharField(_("poll"), max_length=64)
    # Empty once the person erased their account: the answer still counts, anonymously.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="poll_answers", verbose_name=_("person"),
    )
    choice = models.PositiveSmallIntegerField(_("choice"))
    choice_label = models.CharField(_("choice as shown"), max_length=255)
    answered_at = models.DateTimeField(_("answered at"), default=timezone.now)

    class Meta:
        verbose_name = _("poll answer")
        verbose_name_plural = _("poll answers")
        constraints = [
            models.UniqueConstraint(
                fields=["consultation_key", "block_id", "user"], name="one_poll_answer_per_person"
            ),
        ]

    def __str__(self):
        return f"{self.block_id}: {self.choice_label}"
