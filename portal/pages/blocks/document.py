from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class EvidenceDocumentBlock(blocks.StructBlock):
    """A survey, report or minutes that backs a problem up, offered for download."""

    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(
        label=_("description"), max_length=250, required=False,
        help_text=_("What the document shows, e.g. minutes of the village forum of 12 May."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document.html"
        description = _("A document to download (survey, report, minutes) with a short description.")
        preview_value = {"document": None, "description": "ผลสำรวจความเสียหายของถนนสายหลักหมู่ที่ 3"}
