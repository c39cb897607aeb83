"""An LAO's year-round idea box: open by default, closed by its officers with a message."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from participation.eligibility import Audience

DEFAULT_CLOSED_MESSAGE = "กล่องรับข้อเสนอปิดชั่วคราว ท่านยังเสนอความคิดเห็นได้ในการรับฟังความคิดเห็นที่เปิดอยู่"


class IdeaBox(models.Model):
    """How an LAO's idea box is set. An LAO without a row has an open box with the defaults."""

    authority = models.OneToOneField("tenancy.Authority", on_delete=models.CASCADE, related_name="idea_box",
                                     verbose_name=_("LAO"))
    is_open = models.BooleanField(
        _("open"), default=True,
        help_text=_("Open every day by default. When closed, people read the message below instead of the form."),
    )
    closed_message = models.TextField(
        _("message while closed"), blank=True, default=DEFAULT_CLOSED_MESSAGE,
        help_text=_("What people read while the box is closed, in Thai: why, and where else to take part."),
    )
    audience_submit = models.CharField(
        _("who may propose"), max_length=32, choices=Audience.choices, default=Audience.LOCALS_AND_OUTSIDERS,
    )
    audience_support = models.CharField(
        _("who may support"), max_length=32, choices=Audience.choices, default=Audience.LOCALS_AND_OUTSIDERS,
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("updated by"))

    class Meta:
        verbose_name = _("idea box")
        verbose_name_plural = _("idea boxes")

    def __str__(self):
        return str(self.authority)

    @classmethod
    def of(cls, authority):
        """The LAO's box settings, or the defaults (not saved) when it has none."""
        return cls.objects.filter(authority=authority).first() or cls(authority=authority)
