"""The blocks ideas offer a consultation's body: the idea form, the idea list and comments."""

from .comments import CommentsBlock
from .idea_form import IdeaFormBlock
from .idea_list import IdeaListBlock

__all__ = ["CommentsBlock", "IdeaFormBlock", "IdeaListBlock"]
