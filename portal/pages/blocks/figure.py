from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class FigureBlock(blocks.StructBlock):
    """One number that makes a problem concrete: "320 ครัวเรือน ได้รับผลกระทบ"."""

    # A decimal, not an integer: evidence is often "1.5 กิโลเมตร" or "37.5 %".
    number = blocks.DecimalBlock(label=_("number"), help_text=_("The number itself, e.g. 320."))
    unit = blocks.CharBlock(
        label=_("unit"), max_length=40, required=False,
        help_text=_("What is counted, e.g. households, kilometres, people."),
    )
    label = blocks.CharBlock(
        label=_("label"), max_length=200,
        help_text=_("What the number means, e.g. households flooded in the 2025 rainy season."),
    )

    class Meta:
        icon = "order"
        label = _("Figure")
        template = "blocks/figure.html"
        description = _("A key number with its unit and what it measures.")
        preview_value = {"number": "320", "unit": "ครัวเรือน", "label": "ได้รับผลกระทบจากน้ำท่วมขังในฤดูฝน"}
