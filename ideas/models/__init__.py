"""Ideas, supports, flags and the moderation record of comments."""

from .comment_decision import CommentDecision
from .comment_record import CommentRecord
from .flag import Flag
from .idea import Idea, IdeaPhoto, IdeaState, IdeaTransition, SubmitterStanding
from .support import Support

__all__ = [
    "CommentDecision", "CommentRecord", "Flag", "Idea", "IdeaPhoto", "IdeaState", "IdeaTransition",
    "SubmitterStanding", "Support",
]
