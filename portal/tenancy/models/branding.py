from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class AuthorityBranding(BaseSiteSetting):
    """What an LAO shows in its header and footer: logo and contact details, set by its editors."""

    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("logo"),
    )
    address_th = models.TextField(_("office address (Thai)"), blank=True)
    address_en = models.TextField(_("office address (English)"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    line_id = models.CharField(_("LINE official account"), max_length=100, blank=True)
    opening_hours = models.CharField(_("office hours"), max_length=200, blank=True)
    flag_threshold = models.PositiveSmallIntegerField(
        _("flags before an item is hidden"), default=3,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("When this many people flag an idea or a comment, it is hidden until a moderator decides."),
    )

    class Meta:
        verbose_name = _("LAO branding and contact")
