from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external link"), required=False)
    button_label = blocks.CharBlock(label=_("button label"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"
        description = _("A highlighted box that invites people to take part, with one button.")
        preview_value = {
            "title": "ร่วมเสนอโครงการพัฒนาหมู่บ้านของคุณ",
            "text": "ส่งความคิดเห็นได้ทุกวันจนถึงสิ้นเดือนนี้",
            "url": "https://example.org/",
            "button_label": "เสนอความคิดเห็น",
        }
