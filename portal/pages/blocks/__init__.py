"""Content blocks shared by page bodies; ``BODY_BLOCKS`` says which ones a body allows."""

from .call_to_action import CallToActionBlock
from .heading import HeadingBlock
from .image import CaptionedImageBlock
from .paragraph import ParagraphBlock

BODY_BLOCKS = [
    ("heading", HeadingBlock()),
    ("paragraph", ParagraphBlock()),
    ("image", CaptionedImageBlock()),
    ("call_to_action", CallToActionBlock()),
]

__all__ = [
    "BODY_BLOCKS",
    "CallToActionBlock",
    "CaptionedImageBlock",
    "HeadingBlock",
    "ParagraphBlock",
]
