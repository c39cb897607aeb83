from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.snippets.moderation_reasons import ModerationReason


class Flag(models.Model):
    """A citizen's report that an idea or a comment breaks the rules, with the reason."""

    authority = models.ForeignKey("tenancy.Authority", on_delete=models.CASCADE, related_name="flags",
                                  verbose_name=_("LAO"))
    idea = models.ForeignKey("ideas.Idea", on_delete=models.CASCADE, null=True, blank=True,
                             related_name="flags", verbose_name=_("idea"))
    comment = models.ForeignKey("django_comments_xtd.XtdComment", on_delete=models.CASCADE, null=True, blank=True,
                                related_name="+", verbose_name=_("comment"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="flags", verbose_name=_("person"))
    reason = models.CharField(_("reason"), max_length=32, choices=ModerationReason.choices)
    flagged_at = models.DateTimeField(_("flagged at"), default=timezone.now)

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        constraints = [
            models.UniqueConstraint(fields=["idea", "user"], name="one_flag_per_person_and_idea"),
            models.UniqueConstraint(fields=["comment", "user"], name="one_flag_per_person_and_comment"),
            models.CheckConstraint(
                condition=models.Q(idea__isnull=False, comment__isnull=True)
                | models.Q(idea__isnull=True, comment__isnull=False),
                name="flag_targets_one_item",
            ),
        ]
