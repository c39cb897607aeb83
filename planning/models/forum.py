"""Onsite forums (ประชาคม): where they were held, who came, and what was gathered there.

Ideas entered from a forum are ordinary ideas (standing ``onsite``); paper ballots are
ordinary cast ballots (channel ``paper``). The links below say which forum each came from,
so they are counted with the online ones everywhere and the split can be shown.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MINUTES_EXTENSIONS = ["pdf", "doc", "docx", "odt", "jpg", "jpeg", "png"]


class Forum(models.Model):
    authority = models.ForeignKey("tenancy.Authority", on_delete=models.CASCADE, related_name="forums",
                                  verbose_name=_("LAO"))
    consultation_key = models.UUIDField(_("consultation"), db_index=True)
    held_on = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200)
    village = models.ForeignKey("tenancy.Village", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="+", verbose_name=_("village"))
    attendance = models.PositiveIntegerField(_("attendance (people)"))
    minutes = models.FileField(
        _("minutes"), upload_to="forum-minutes/%Y/%m/", blank=True,
        help_text=_("The minutes of the forum: PDF, Word, OpenDocument or a photo, up to 20 MB."),
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("recorded by"))
    created_at = models.DateTimeField(_("recorded at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("onsite forum")
        verbose_name_plural = _("onsite forums")
        ordering = ["-held_on", "-pk"]

    def __str__(self):
        return f"{self.place} ({self.held_on})"


class ForumIdea(models.Model):
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="idea_links", verbose_name=_("forum"))
    idea = models.OneToOneField("ideas.Idea", on_delete=models.CASCADE, related_name="forum_link",
                                verbose_name=_("idea"))

    class Meta:
        verbose_name = _("idea from a forum")
        verbose_name_plural = _("ideas from forums")


class ForumBallot(models.Model):
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="ballot_links",
                              verbose_name=_("forum"))
    cast_ballot = models.OneToOneField("ballots.CastBallot", on_delete=models.CASCADE,
                                       related_name="forum_link", verbose_name=_("paper ballot"))

    class Meta:
        verbose_name = _("paper ballot from a forum")
        verbose_name_plural = _("paper ballots from forums")
