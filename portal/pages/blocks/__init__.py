"""Content blocks shared by page bodies.

``BODY_BLOCKS`` says which blocks a page body allows, ``EVIDENCE_BLOCKS`` which ones the
evidence of a problem brief allows.
"""

from .call_to_action import CallToActionBlock
from .document import EvidenceDocumentBlock
from .figure import FigureBlock
from .heading import HeadingBlock
from .image import CaptionedImageBlock
from .paragraph import ParagraphBlock

BODY_BLOCKS = [
    ("heading", HeadingBlock()),
    ("paragraph", ParagraphBlock()),
    ("image", CaptionedImageBlock()),
    ("call_to_action", CallToActionBlock()),
]

EVIDENCE_BLOCKS = [
    ("figure", FigureBlock()),
    ("image", CaptionedImageBlock()),
    ("document", EvidenceDocumentBlock()),
]

__all__ = [
    "BODY_BLOCKS",
    "EVIDENCE_BLOCKS",
    "CallToActionBlock",
    "CaptionedImageBlock",
    "EvidenceDocumentBlock",
    "FigureBlock",
    "HeadingBlock",
    "ParagraphBlock",
]
