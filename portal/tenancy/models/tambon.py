from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.models import Orderable


class Tambon(Orderable):
    """A tambon (ตำบล) the LAO covers: an address in it makes a person a proposed local.

    Tambon names repeat across the country, so an address matches only together with the
    LAO's province (see ``portal.identity.claims``).
    """

    authority = ParentalKey("tenancy.Authority", on_delete=models.CASCADE, related_name="tambons")
    name_th = models.CharField(
        _("Thai name"), max_length=150, help_text=_("Without the word ตำบล, e.g. อ่าวนาง.")
    )
    name_en = models.CharField(_("English name"), max_length=150, blank=True)
    geocode = models.CharField(
        _("DOPA tambon code"), max_length=6, blank=True,
        validators=[RegexValidator(r"^\d{6}$", _("A tambon code is exactly 6 digits."))],
    )

    class Meta(Orderable.Meta):
        verbose_name = _("tambon")
        verbose_name_plural = _("tambons")
        constraints = [
            models.UniqueConstraint(fields=["authority", "name_th"], name="unique_tambon_name_per_lao")
        ]

    def __str__(self):
        name = self.name_en if get_language() == "en" and self.name_en else self.name_th
        return f"{_('Tambon')} {name}"
