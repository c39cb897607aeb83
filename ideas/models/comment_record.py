from django.db import models
from django.utils.translation import gettext_lazy as _

from .idea import SubmitterStanding


class CommentRecord(models.Model):
    """What the portal keeps beside a django-comments-xtd comment: its LAO, the commenter's
    standing, the pre-screen's findings and the moderation decision.

    The comment itself (text, thread, ``is_public`` and ``is_removed``) stays django-comments-xtd's;
    every query for comments goes through this record's LAO, so one LAO's comments never show
    on another's site.
    """

    comment = models.OneToOneField("django_comments_xtd.XtdComment", on_delete=models.CASCADE,
                                   related_name="record", verbose_name=_("comment"))
    authority = models.ForeignKey("tenancy.Authority", on_delete=models.CASCADE, related_name="comment_records",
                                  verbose_name=_("LAO"))
    consultation_key = models.UUIDField(_("consultation"), null=True, blank=True, db_index=True,
                                        help_text=_("Empty for a comment on an idea of the idea box."))
    standing = models.CharField(_("commenter's standing"), max_length=16, choices=SubmitterStanding.choices)
    screening = models.JSONField(_("pre-screen findings"), default=list, blank=True)
    awaiting_review = models.BooleanField(_("awaiting review"), default=True, db_index=True)
    reason_code = models.CharField(_("reason code"), max_length=32, blank=True)

    class Meta:
        verbose_name = _("comment record")
        verbose_name_plural = _("comment records")
