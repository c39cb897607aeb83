from django.utils.translation import gettext_lazy as _

from wagtail import blocks

FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph.html"
        description = _("Text with bold, italic, lists and links.")
        preview_value = (
            "<p>เทศบาลขอเชิญชวนประชาชนทุกหมู่บ้านร่วมเสนอความคิดเห็น"
            "เพื่อจัดทำแผนพัฒนาท้องถิ่นประจำปี</p>"
        )
