from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        description = _("A photo or figure with its alternative text and an optional caption.")
        preview_value = {"image": None, "caption": "ภาพถนนในหมู่ที่ 3 หลังน้ำท่วม"}
