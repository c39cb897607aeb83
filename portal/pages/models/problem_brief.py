from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from portal.pages.blocks import EVIDENCE_BLOCKS
from portal.pages.forms.problem_brief import ProblemBriefPageForm
from portal.pages.lao_tree import villages_of_page

from .base import PortalPage

PROBLEM_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]

# Thailand with a margin: a point outside is almost always latitude and longitude swapped
# (100.5, 13.7) or a sign lost, not a real place in an LAO.
THAILAND_LATITUDE = (Decimal("5.0"), Decimal("21.0"))
THAILAND_LONGITUDE = (Decimal("97.0"), Decimal("106.0"))


def _five_decimals(degrees):
    return str(Decimal(degrees).quantize(Decimal("0.00001"), rounding=ROUND_HALF_UP))


# What addresses a brief, told by the apps that own it in their AppConfig.ready: callables
# brief -> list of live pages (the consultations app gives its consultations that list the brief).
ADDRESSED_BY = []


def register_addressing(finder):
    """Say which pages address a brief: ``finder(brief)`` -> live pages in the brief's language."""
    if finder not in ADDRESSED_BY:
        ADDRESSED_BY.append(finder)


class ProblemBriefPage(PortalPage):
    """A local problem set out with its evidence, before anyone proposes a solution.

    Residents and the council read the same facts: what the problem is, the numbers, photos
    and documents behind it, the villages it touches and where it is; consultations that
    address it link back to it.
    """

    problem = RichTextField(
        _("problem"), features=PROBLEM_FEATURES,
        help_text=_("What the problem is, who it affects and since when, in plain words."),
    )
    evidence = StreamField(
        EVIDENCE_BLOCKS, verbose_name=_("evidence"), blank=True,
        help_text=_("Key figures, photos and documents that show the problem."),
    )
    villages = ParentalManyToManyField(
        "tenancy.Village", verbose_name=_("villages affected"), blank=True, related_name="problem_briefs",
        help_text=_("The villages (หมู่) of this LAO where the problem is felt."),
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Optional map point, in decimal degrees north, e.g. 8.0863."),
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Optional map point, in decimal degrees east, e.g. 98.9063."),
    )

    base_form_class = ProblemBriefPageForm
    content_panels = PortalPage.content_panels + [
        FieldPanel("problem"),
        FieldPanel("evidence"),
        FieldPanel("villages", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Map point"),
        ),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("problem"),
        index.SearchField("evidence"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("problem brief")
        verbose_name_plural = _("problem briefs")

    def clean(self):
        super().clean()
        errors = {}
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            errors[missing] = _("Give both latitude and longitude, or neither.")
        elif self.latitude is not None:
            low, high = THAILAND_LATITUDE
            if not low <= self.latitude <= high:
                errors["latitude"] = _(
                    "This latitude is outside Thailand (between 5 and 21). "
                    "Were latitude and longitude swapped?"
                )
            low, high = THAILAND_LONGITUDE
            if not low <= self.longitude <= high:
                errors["longitude"] = _(
                    "This longitude is outside Thailand (between 97 and 106). "
                    "Were latitude and longitude swapped?"
                )
        # A page not yet in the tree has no LAO to check against; the admin form already offers
        # only the LAO's own villages there.
        chosen = list(self.villages.all()) if self.path else []
        if chosen:
            own = set(villages_of_page(self).values_list("pk", flat=True))
            foreign = [village for village in chosen if village.pk not in own]
            if foreign:
                errors["villages"] = _("These villages are not in this LAO: %(villages)s") % {
                    "villages": ", ".join(str(village) for village in foreign)
                }
        if errors:
            raise ValidationError(errors)

    @property
    def has_map_point(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def coordinates(self):
        """'8.08630, 98.90630': five decimals locate a point to about a metre."""
        if not self.has_map_point:
            return ""
        return f"{_five_decimals(self.latitude)}, {_five_decimals(self.longitude)}"

    @property
    def map_url(self):
        """The point on openstreetmap.org: a link, so the page itself loads no map script or tiles."""
        if not self.has_map_point:
            return ""
        lat, lon = _five_decimals(self.latitude), _five_decimals(self.longitude)
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}"

    def related_consultations(self):
        """The pages that address this brief (``ADDRESSED_BY``), newest first as each app gives them."""
        return [page for finder in ADDRESSED_BY for page in finder(self)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["villages"] = sorted(self.villages.all(), key=lambda village: village.number)
        context["related_consultations"] = self.related_consultations()
        return context
