from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class AuthorityFunction(models.Model):
    """One function an LAO may carry out by law (or the one entry for "outside its authority").

    Citizens' ideas are classified by function, so an idea the LAO cannot act on is recognised
    early and referred to the area plan (ONE PLAN) or the agency in charge.
    """

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name_th = models.CharField(_("Thai name"), max_length=200)
    name_en = models.CharField(_("English name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    within_lao_authority = models.BooleanField(
        _("within the LAO's authority"), default=True,
        help_text=_("Untick for matters the LAO refers to ONE PLAN or another agency."),
    )
    legal_reference = models.CharField(
        _("legal reference"), max_length=255, blank=True,
        help_text=_("For example: พ.ร.บ. กำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 ม.16"),
    )

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("authority function")
        verbose_name_plural = _("authority functions")

    def __str__(self):
        return self.name_en if get_language() == "en" and self.name_en else self.name_th
