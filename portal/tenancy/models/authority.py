import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

DLA_CODE_RE = re.compile(r"^\d{7}$")
dla_code_validator = RegexValidator(DLA_CODE_RE, _("A DLA code is exactly 7 digits."))


class AuthorityKind(models.TextChoices):
    """LAO kinds as the DLA registry names them."""

    PROVINCIAL_ADMIN_ORG = "provincial_admin_org", _("Provincial Administrative Organisation")
    CITY_MUNICIPALITY = "city_municipality", _("City Municipality")
    TOWN_MUNICIPALITY = "town_municipality", _("Town Municipality")
    SUBDISTRICT_MUNICIPALITY = "subdistrict_municipality", _("Subdistrict Municipality")
    SUBDISTRICT_ADMIN_ORG = "subdistrict_admin_org", _("Subdistrict Administrative Organisation")
    SPECIAL_ADMIN_AREA = "special_admin_area", _("Special Administrative Area")


# Thai prefixes used in full names (อบต.บ้านใหม่ → องค์การบริหารส่วนตำบลบ้านใหม่).
KIND_PREFIX_TH = {
    AuthorityKind.PROVINCIAL_ADMIN_ORG: "องค์การบริหารส่วนจังหวัด",
    AuthorityKind.CITY_MUNICIPALITY: "เทศบาลนคร",
    AuthorityKind.TOWN_MUNICIPALITY: "เทศบาลเมือง",
    AuthorityKind.SUBDISTRICT_MUNICIPALITY: "เทศบาลตำบล",
    AuthorityKind.SUBDISTRICT_ADMIN_ORG: "องค์การบริหารส่วนตำบล",
    AuthorityKind.SPECIAL_ADMIN_AREA: "",
}
KIND_SUFFIX_EN = {
    AuthorityKind.PROVINCIAL_ADMIN_ORG: "Provincial Administrative Organisation",
    AuthorityKind.CITY_MUNICIPALITY: "City Municipality",
    AuthorityKind.TOWN_MUNICIPALITY: "Town Municipality",
    AuthorityKind.SUBDISTRICT_MUNICIPALITY: "Subdistrict Municipality",
    AuthorityKind.SUBDISTRICT_ADMIN_ORG: "Subdistrict Administrative Organisation",
    AuthorityKind.SPECIAL_ADMIN_AREA: "",
}
# Short labels used in hostnames: krabi-pao.<domain>.
KIND_SLUG = {
    AuthorityKind.PROVINCIAL_ADMIN_ORG: "pao",
    AuthorityKind.CITY_MUNICIPALITY: "city",
    AuthorityKind.TOWN_MUNICIPALITY: "town",
    AuthorityKind.SUBDISTRICT_MUNICIPALITY: "tambon",
    AuthorityKind.SUBDISTRICT_ADMIN_ORG: "sao",
    AuthorityKind.SPECIAL_ADMIN_AREA: "special",
}


class AuthorityQuerySet(models.QuerySet):
    def provisioned(self):
        return self.filter(site__isnull=False)

    def search(self, text):
        text = (text or "").strip()
        if not text:
            return self
        return self.filter(
            models.Q(name_th__icontains=text)
            | models.Q(name_en__icontains=text)
            | models.Q(dla_code=text)
            | models.Q(district_th__icontains=text)
            | models.Q(province__name_th__icontains=text)
            | models.Q(province__name_en__icontains=text)
        )


class Authority(ClusterableModel):
    """One local administrative organisation (อปท.): one tenant of the portal."""

    dla_code = models.CharField(
        _("DLA code"), max_length=7, unique=True, validators=[dla_code_validator]
    )
    name_th = models.CharField(
        _("Thai name"), max_length=200, help_text=_("As in the DLA registry, without the kind.")
    )
    name_en = models.CharField(_("English name"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=32, choices=AuthorityKind.choices)
    province = models.ForeignKey(
        "tenancy.Province", on_delete=models.PROTECT, related_name="authorities",
        verbose_name=_("province"),
    )
    district_th = models.CharField(_("district (amphoe)"), max_length=100, blank=True)
    office_lat = models.DecimalField(
        _("office latitude"), max_digits=10, decimal_places=7, null=True, blank=True
    )
    office_lon = models.DecimalField(
        _("office longitude"), max_digits=10, decimal_places=7, null=True, blank=True
    )
    area_km2 = models.DecimalField(
        _("area (km²)"), max_digits=14, decimal_places=2,
        help_text=_("As published in the registry; some rows use other units."), null=True, blank=True,
    )
    slug = models.SlugField(
        _("slug"), max_length=63, unique=True,
        help_text=_("The first label of the LAO's hostname: <slug>.<portal domain>."),
    )
    site = models.OneToOneField(
        "wagtailcore.Site", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="authority", verbose_name=_("site"),
    )
    home_page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("home page"),
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("collection"),
    )
    provisioned_at = models.DateTimeField(_("provisioned at"), null=True, blank=True)

    objects = AuthorityQuerySet.as_manager()

    class Meta:
        ordering = ["province__name_th", "kind", "name_th"]
        verbose_name = _("local authority")
        verbose_name_plural = _("local authorities")
        indexes = [models.Index(fields=["kind", "province"])]

    def __str__(self):
        return self.full_name

    def clean(self):
        if self.dla_code and not DLA_CODE_RE.match(self.dla_code):
            raise ValidationError({"dla_code": _("A DLA code is exactly 7 digits.")})

    @property
    def full_name_th(self):
        return f"{KIND_PREFIX_TH[self.kind]}{self.name_th}"

    @property
    def full_name_en(self):
        if not self.name_en:
            return ""
        return f"{self.name_en} {KIND_SUFFIX_EN[self.kind]}".strip()

    @property
    def full_name(self):
        if get_language() == "en" and self.name_en:
            return self.full_name_en
        return self.full_name_th

    @property
    def is_provisioned(self):
        return self.site_id is not None

    def group_name(self, role):
        return f"{self.dla_code} {role}"


class Village(Orderable):
    """A village (หมู่ที่ n) of the LAO's area; ideas and residents are placed in one."""

    authority = ParentalKey(Authority, on_delete=models.CASCADE, related_name="villages")
    number = models.PositiveSmallIntegerField(_("village number (หมู่ที่)"))
    name_th = models.CharField(_("Thai name"), max_length=150)
    name_en = models.CharField(_("English name"), max_length=150, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("village")
        verbose_name_plural = _("villages")
        constraints = [
            models.UniqueConstraint(fields=["authority", "number"], name="unique_village_number")
        ]

    def __str__(self):
        name = self.name_en if get_language() == "en" and self.name_en else self.name_th
        return f"{_('Village')} {self.number} {name}"
