"""Ideas, supports, flags, the moderation record of comments, and the LAO's idea box."""

from .box import IdeaBox
from .comment_decision import CommentDecision
from .comment_record import CommentRecord
from .flag import Flag
from .idea import Idea, IdeaPhoto, IdeaState, IdeaTransition, SubmitterStanding
from .support import Support

__all__ = [
    "CommentDecision", "IdeaBox", "CommentRecord", "Flag", "Idea", "IdeaPhoto", "IdeaState", "IdeaTransition",
    "SubmitterStanding", "Support",
]
